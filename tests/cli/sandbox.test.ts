/**
 * Strategy files are untrusted code: each attack of issue 16, written as a strategy file, against the
 * real `geneva` binary. Sandboxed (the default), a file cannot see past its view, change the game,
 * another seat or another entrant, or break the run: every attack is either contained (the game is
 * the same as its honest twin's, byte for byte) or a fault of its own seat, named in one line.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { geneva, oneLineError, REPO, tempDir } from './helpers.js';

/** A strategy file kept under tests/cli/fixtures (inside the repository, where `@geneva/engine` resolves). */
const fixture = (name: string) => relative(REPO, join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name));

const temp = tempDir();
afterAll(() => temp.remove());
const { file } = temp;

const META = `meta: { kinds: ['state'], stochastic: false, memory: false }`;

/**
 * A strategy that plays `{ phase }` (the defaults of every slot) after `attack`, whose own failure is
 * swallowed: it changes the game only if the attack gets through. `load` runs once at load.
 */
function attacker(name: string, attack: string, load = ''): string {
  return file(
    `${name}.mjs`,
    `${load}\nexport default { id: '${name}', name: '${name}', description: '', ${META},
  decide(view, request, rng, memory) { try { ${attack} } catch {} return { phase: request.phase }; } };\n`,
  );
}

/** The honest twin of every attacker: the same sheets, no attack. */
const twin = attacker('twin', '');

interface Outcome {
  readonly faults: number;
  readonly [key: string]: unknown;
}

function play(args: readonly string[]): { outcome: Outcome; stderr: string; status: number | null } {
  const run = geneva(['play', 'rsa-2017', '--json', ...args]);
  expect(run.status, run.stderr).toBe(0);
  return { outcome: (JSON.parse(run.stdout) as { outcome: Outcome }).outcome, stderr: run.stderr, status: run.status };
}

/** The fault reasons of a replay file, step by step. */
function faultReasons(log: string): string[] {
  const record = JSON.parse(readFileSync(log, 'utf8')) as { steps: { faults?: Record<string, string> }[] };
  return record.steps.flatMap((s) => Object.values(s.faults ?? {}));
}

describe('a sandboxed strategy file cannot change the game', () => {
  const honest = play(['--seat', `usa=${twin}`, '--seat', `chn=${twin}`]).outcome;

  const attacks: [string, string, string?][] = [
    ['descriptor', "Object.getOwnPropertyDescriptor(view.public, 'text').value.fill(1); view.public.ratified.fill(true);"],
    ['requests', 'request.slots.targets && (request.slots.targets.max = 99); request.slots.pledges && (request.slots.pledges.states.length = 0);'],
    ['prototypes', '', 'Math.exp = () => 1e9; Math.log = () => 0; Array.prototype.push = function () { return 0; }; Int32Array.prototype.fill = function () { return this; };'],
    ['globals', "globalThis.seen = (globalThis.seen ?? 0) + 1; Object.prototype.phase = 'vote';"],
  ];
  const cases = [...attacks.map(([name, attack, load]): [string, string] => [name, load === undefined ? attacker(name, attack) : attacker(name, attack, load)]), ['engine', fixture('replaces-builtins.mjs')]];
  for (const [name, path] of cases)
    it(`${name}: the game is its honest twin's, byte for byte`, () => {
      expect(play(['--seat', `usa=${path}`, '--seat', `chn=${twin}`]).outcome).toEqual(honest);
      // The built-ins are frozen: in-process (--trusted) too, replacing their decide changes nothing.
      if (name === 'engine') expect(play(['--seat', `usa=${path}`, '--seat', `chn=${twin}`, '--trusted']).outcome).toEqual(honest);
      if (name !== 'prototypes') return;
      // In-process (--trusted, as every file ran before the sandbox), patched built-ins bend the
      // game, or break it (a non-zero exit): the comparison above can fail.
      const trusted = geneva(['play', 'rsa-2017', '--json', '--seat', `usa=${path}`, '--seat', `chn=${twin}`, '--trusted']);
      expect(trusted.status !== 0 || JSON.stringify((JSON.parse(trusted.stdout) as { outcome: Outcome }).outcome) !== JSON.stringify(honest)).toBe(true);
    });

  it('cannot read the seed hash from its rng, nor Node, the file system or timers', () => {
    const spy = file(
      'spy.mjs',
      `export default { id: 'spy', name: 'Spy', description: '', ${META},
  decide(view, request, rng) {
    let fs = 'none';
    try { fs = typeof require('node:fs').readFileSync; } catch {}
    const seen = [typeof process, fs, typeof setInterval, typeof setTimeout, typeof fetch, typeof SharedArrayBuffer, typeof WebAssembly, String(rng.seedHash), Object.getOwnPropertyNames(rng).join('+')];
    throw new Error('saw ' + seen.join(','));
  } };\n`,
    );
    const log = join(temp.dir, 'spy.replay.json');
    expect(geneva(['play', 'us-russia-bilateral', '--seat', `usa=${spy}`, '--log', log]).status).toBe(0);
    const reasons = faultReasons(log);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toBe('spy threw: Error: saw undefined,none,undefined,undefined,undefined,undefined,undefined,undefined,');
  });

  it("keeps a seat's globals from every other seat: two seats of one file never meet", () => {
    const gossip = file(
      'gossip.mjs',
      `export default { id: 'gossip', name: 'Gossip', description: '', ${META},
  decide(view) { (globalThis.seats ??= new Set()).add(view.seat); throw new Error('seats ' + globalThis.seats.size); } };\n`,
    );
    const log = join(temp.dir, 'gossip.replay.json');
    expect(geneva(['play', 'us-russia-bilateral', '--seat', `usa=${gossip}`, '--seat', `rus=${gossip}`, '--log', log]).status).toBe(0);
    expect(new Set(faultReasons(log))).toEqual(new Set(['gossip threw: Error: seats 1']));
  });

  it('refuses a file that imports Node, in one line, before the game', () => {
    const reader = file('reader.mjs', `import { readFileSync } from 'node:fs';\nexport default { id: 'r', name: 'R', description: '', ${META}, decide: (v, r) => ({ phase: r.phase, x: readFileSync('/etc/passwd') }) };\n`);
    const run = geneva(['play', 'rsa-2017', '--seat', `usa=${reader}`]);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toMatch(/reader\.mjs: does not load in the sandbox: it imports node:fs, which a sandboxed strategy cannot use/);
  });
});

describe('a sandboxed strategy file cannot break the run', () => {
  const cases: [string, string, RegExp][] = [
    ['hang', 'for (;;) {}', /^hang was stopped after 200 ms \(its time limit\)$/],
    ['bomb', 'const a = []; for (;;) a.push(new Array(1e6).fill(request.step));', /^bomb ran out of memory \(its limit is 16 MB\)/],
    ['exit', 'process.exit(0);', /^exit threw: ReferenceError: process is not defined$/],
    ['interval', 'setInterval(() => {}, 1);', /^interval threw: ReferenceError: setInterval is not defined$/],
    ['tostring', 'throw { toString() { throw new Error("no"); } };', /^tostring threw something that is not an Error$/],
    ['getter', "return { get phase() { throw new Error('no'); } };", /^getter threw: Error: no$/],
    ['async', 'return (async () => { throw new Error("later"); })();', /^async (threw: Error: later|gave an illegal sheet)/],
    ['random', 'return { phase: Math.random() < 2 ? request.phase : "" };', /^random threw: Error: Math\.random is not available to a strategy: draw from the rng argument/],
  ];
  for (const [name, body, reason] of cases)
    it(`${name}: the game ends, exit 0, and each fault names the seat's strategy alone`, () => {
      const path = file(`${name}.mjs`, `export default { id: '${name}', name: '${name}', description: '', ${META}, decide(view, request) { ${body} } };\n`);
      const log = join(temp.dir, `${name}.replay.json`);
      const started = Date.now();
      const run = geneva(['play', 'us-russia-bilateral', '--seat', `usa=${path}`, '--budget', '200', '--memory', '16', '--log', log, '--json']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(Date.now() - started).toBeLessThan(45_000);
      const reasons = faultReasons(log);
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(r).toMatch(name === 'bomb' ? /^bomb (ran out of memory|was stopped earlier in this game)/ : reason);
      // The game replays from its file, the faults included.
      expect(geneva(['replay', log, '--json']).stdout).toBe(run.stdout);
    });

  it('a file that throws, exits or hangs at load is refused in one line (exit 2), not run', () => {
    const loads: [string, RegExp][] = [
      ['throw new Error("at load");', /does not load in the sandbox: threw: Error: at load$/],
      ['process.exit(0);', /does not load in the sandbox: threw: ReferenceError: process is not defined$/],
      ['for (;;) {}', /does not load in the sandbox: was stopped after 2000 ms \(its time limit\)$/],
    ];
    for (const [load, reason] of loads) {
      const path = file('load.mjs', `${load}\nexport default { id: 'l', name: 'L', description: '', ${META}, decide: (v, r) => ({ phase: r.phase }) };\n`);
      const run = geneva(['play', 'us-russia-bilateral', '--seat', `usa=${path}`]);
      expect(run.status, load).toBe(2);
      expect(oneLineError(run), load).toMatch(reason);
    }
  });

  it('--memory must be a sane number of MB', () => {
    const run = geneva(['play', 'rsa-2017', '--memory', '2']);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toBe('geneva: --memory 2: expected a whole number of MB from 8 to 4096');
  });
});

describe('--trusted runs the file in-process, and still never lies with its exit code', () => {
  it('plays the same game as the sandbox for an honest file', () => {
    const args = ['play', 'rsa-2017', '--seat', 'usa=./examples/strategies/cautious-state.ts', '--seat', 'gbr=./examples/strategies/grudging-state.ts', '--json'];
    expect(geneva([...args, '--trusted']).stdout).toBe(geneva(args).stdout);
  });

  it('ends when the work ends, though a trusted file leaves a timer running', () => {
    const interval = file('forever.mjs', `export default { id: 'forever', name: 'F', description: '', ${META}, decide(v, r) { setInterval(() => {}, 1000); return { phase: r.phase }; } };\n`);
    const started = Date.now();
    const run = geneva(['play', 'us-russia-bilateral', '--seat', `usa=${interval}`, '--trusted', '--json']);
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('exits non-zero, in one line, when a trusted file ends the process itself', () => {
    const exits = file('exits.mjs', `export default { id: 'exits', name: 'E', description: '', ${META}, decide(v, r) { process.exit(0); } };\n`);
    const run = geneva(['play', 'us-russia-bilateral', '--seat', `usa=${exits}`, '--trusted', '--json']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(oneLineError(run)).toMatch(/^geneva: the work did not complete: something ended the process early \(a --trusted strategy file\?\)$/);
  });

  it('words a throwing toString, a throwing getter and an async decide as faults (never a stack trace)', () => {
    for (const body of ['throw { toString() { throw new Error("no"); } };', "return { get phase() { throw new Error('no'); } };", 'return (async () => { throw new Error("later"); })();']) {
      const path = file('nasty.mjs', `export default { id: 'nasty', name: 'N', description: '', ${META}, decide(view, request) { ${body} } };\n`);
      const run = geneva(['play', 'us-russia-bilateral', '--seat', `usa=${path}`, '--trusted', '--json']);
      expect(run.status, body).toBe(0);
      expect(run.stderr, body).toBe('');
      expect((JSON.parse(run.stdout) as { outcome: Outcome }).outcome.faults, body).toBeGreaterThan(0);
    }
  });
});
