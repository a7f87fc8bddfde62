/**
 * `--seat ACTOR=FILE`: user strategies from TypeScript and JavaScript files, loaded without a build
 * step, checked before the game starts, isolated when they misbehave — against the real binary.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geneva, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

const { file } = temp;

const alwaysSign = file(
  'always-sign.ts',
  `// Signs and ratifies whatever the text; typed, so loading it needs the TypeScript loader.
interface Req { readonly phase: string }
const strategy = {
  id: 'always-sign',
  name: 'Always sign',
  description: 'Votes for the text, signs and ratifies it.',
  meta: { kinds: ['state'] as const, stochastic: false, memory: false },
  decide(_view: unknown, request: Req): { phase: string; [slot: string]: unknown } {
    if (request.phase === 'vote') return { phase: 'vote', vote: 'yes' };
    if (request.phase === 'signature') return { phase: 'signature', sign: true };
    if (request.phase === 'ratification') return { phase: 'ratification', submit: true };
    return { phase: request.phase };
  },
};
export default strategy;
`,
);
const meta = (kinds: string) => `meta: { kinds: [${kinds}], stochastic: false, memory: false }`;
const throwing = file('throws.mjs', `export default { id: 'boom', name: 'Boom', description: '', ${meta("'state'")}, decide() { throw new Error('kaboom'); } };\n`);
const illegal = file('illegal.mjs', `export default { id: 'bad', name: 'Bad', description: '', ${meta("'state'")}, decide: () => ({ phase: 'nonsense' }) };\n`);
const firmOnly = file('firm.mjs', `export default { id: 'f', name: 'F', description: '', ${meta("'firm'")}, decide: (v, r) => ({ phase: r.phase }) };\n`);
const vandal = file('vandal.mjs', `export default { id: 'vandal', name: 'Vandal', description: '', ${meta("'state'")}, decide(v, r) { v.public.text[6] = 1; v.public.ratified.fill(true); return { phase: r.phase }; } };\n`);
const slow = file('slow.mjs', `export default { id: 'slow', name: 'Slow', description: '', ${meta("'state'")}, decide(v, r) { const end = Date.now() + 25; while (Date.now() < end); return { phase: r.phase }; } };\n`);
const noDefault = file('nothing.ts', 'export const x = 1;\n');
const broken = file('broken.ts', 'export default {{{ nope\n');

describe('geneva play --seat ACTOR=FILE', () => {
  it('plays a TypeScript strategy file without a build step, and the seat shows in the replay file', () => {
    const log = join(temp.dir, 'game.replay.json');
    const run = geneva(['play', 'rsa-2017', '--seat', `usa=${alwaysSign}`, '--json', '--log', log]);
    expect(run.status).toBe(0);
    const { outcome } = JSON.parse(run.stdout) as { outcome: { signedBy: string[]; faults: number } };
    expect(outcome.signedBy).toContain('usa');
    expect(outcome.faults).toBe(0);
    const replayed = geneva(['replay', log, '--json']);
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toBe(run.stdout);
  });

  it('replays with a strategy deciding again: exit 0 while it decides as recorded, exit 1 naming the step where it does not', () => {
    const log = join(temp.dir, 'redecide.replay.json');
    expect(geneva(['play', 'rsa-2017', '--seat', `usa=${alwaysSign}`, '--log', log]).status).toBe(0);
    const same = geneva(['replay', log, '--seat', `usa=${alwaysSign}`, '--json']);
    expect(same.status, same.stderr).toBe(0);
    const other = geneva(['replay', log, '--seat', 'usa=free-rider']);
    expect(other.status).toBe(1);
    expect(oneLineError({ ...other, stdout: '' })).toMatch(/^.*redecide\.replay\.json: diverged at step \d+: usa's strategy free-rider now decides \{.*\}; recorded \{.*\}$/);
    const bad = geneva(['replay', log, '--seat', `usa=${join(temp.dir, 'missing.ts')}`]);
    expect(bad.status).toBe(2);
    expect(oneLineError(bad)).toMatch(/--seat usa=.*missing\.ts: .*no such file$/);
  });

  it('is deterministic with a file strategy', () => {
    const args = ['play', 'rsa-2017', '--seed', '9', '--seat', `gbr=${alwaysSign}`, '--json'];
    expect(geneva(args).stdout).toBe(geneva(args).stdout);
  });

  it('survives a strategy that throws or returns illegal sheets: the seat falls back and faults are counted', () => {
    for (const path of [throwing, illegal]) {
      const run = geneva(['play', 'rsa-2017', '--seat', `usa=${path}`, '--json']);
      expect(run.status).toBe(0);
      const { outcome } = JSON.parse(run.stdout) as { outcome: { faults: number } };
      expect(outcome.faults).toBeGreaterThan(0);
    }
  });

  it('gives a strategy file a read-only view, sandboxed or --trusted: writing to it is a fault and changes nothing', () => {
    const clean = JSON.parse(geneva(['play', 'rsa-2017', '--seat', 'usa=realist', '--json']).stdout) as { outcome: { binding: number; ratifiedBy: string[] } };
    for (const mode of [[], ['--trusted']]) {
      const run = geneva(['play', 'rsa-2017', '--seat', `usa=${vandal}`, '--json', ...mode]);
      expect(run.status).toBe(0);
      const { outcome } = JSON.parse(run.stdout) as { outcome: { faults: number; binding: number; ratifiedBy: string[] } };
      expect(outcome.faults, mode.join()).toBeGreaterThan(0);
      expect(outcome.ratifiedBy.length).toBeLessThan(14);
      expect(outcome.binding).toBeLessThan(1);
    }
    expect(clean.outcome.binding).toBeLessThan(1);
  });

  it('gives a decision slower than --budget the safe fallback and a fault, and the game still replays', () => {
    const log = join(temp.dir, 'slow.replay.json');
    const run = geneva(['play', 'us-russia-bilateral', '--seat', `usa=${slow}`, '--budget', '5', '--json', '--log', log]);
    expect(run.status).toBe(0);
    const { outcome } = JSON.parse(run.stdout) as { outcome: { faults: number } };
    expect(outcome.faults).toBeGreaterThan(0);
    const replayed = geneva(['replay', log, '--json']);
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toBe(run.stdout);
  });

  it('refuses a budget that is not a positive number of milliseconds', () => {
    const run = geneva(['play', 'rsa-2017', '--budget', 'soon']);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toMatch(/--budget soon: expected a positive number of milliseconds/);
  });

  it('refuses, in one line and before the game, a missing file, a file without a strategy, a broken file and the wrong kind', () => {
    const cases: [string, RegExp][] = [
      [join(temp.dir, 'missing.ts'), /missing\.ts: no such file/],
      [noDefault, /nothing\.ts: the default export is not a strategy/],
      [broken, /broken\.ts: does not load/],
      [firmOnly, /plays firm seats, and usa is a state/],
    ];
    for (const [path, reason] of cases) {
      const run = geneva(['play', 'rsa-2017', '--seat', `usa=${path}`]);
      expect(run.status).toBe(2);
      expect(oneLineError(run)).toMatch(reason);
    }
  });
});
