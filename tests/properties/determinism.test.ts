/**
 * Determinism: scenario + seed + the sequence of decisions fully determine the event log, bit for
 * bit: across runs, across processes (another time zone and locale), whatever Math.random and the
 * clock say, and when the same decisions are fed back by replay.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { contentHash, createGame, playBots, playGame, replay, replayRecordOf } from '@geneva/engine';
import { SCENARIO_IDS, loadScenario, modeOf } from '../conformance/support.js';

const scenarios = Object.fromEntries(SCENARIO_IDS.map((id) => [id, loadScenario(id)]));
const gameArb = fc.record({
  id: fc.constantFrom(...SCENARIO_IDS),
  seed: fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String)),
  mode: fc.constantFrom('bots' as const, 'random' as const, 'talkative' as const),
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('determinism', () => {
  it('the same scenario and seed give the same game, bit for bit (property)', () => {
    fc.assert(
      fc.property(gameArb, ({ id, seed, mode }) => {
        const scenario = scenarios[id]!;
        const { seats, strategies } = modeOf(scenario, mode);
        const a = playGame(scenario, { seed, seats, strategies });
        const b = playGame(structuredClone(scenario), { seed, seats, strategies });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });

  it('the same decisions, fed back, give the same log (property)', () => {
    fc.assert(
      fc.property(gameArb, ({ id, seed, mode }) => {
        const scenario = scenarios[id]!;
        const { seats, strategies } = modeOf(scenario, mode);
        const record = JSON.parse(JSON.stringify(replayRecordOf(playGame(scenario, { seed, seats, strategies })))) as ReturnType<typeof replayRecordOf>;
        const one = replay(scenario, record);
        const two = replay(structuredClone(scenario), record);
        expect(one.ok && two.ok).toBe(true);
        expect(JSON.stringify(two.state.log)).toBe(JSON.stringify(one.state.log));
      }),
      { numRuns: 20 },
    );
  });

  it('does not depend on Math.random or the clock', () => {
    const scenario = scenarios['rsa-2017']!;
    const run = (random: number, time: string) => {
      vi.spyOn(Math, 'random').mockReturnValue(random);
      vi.useFakeTimers({ now: new Date(time) });
      const fast = JSON.stringify(playGame(scenario, { seed: 'clock', seats: modeOf(scenario, 'random').seats }));
      const immutable = JSON.stringify(playBots(createGame(scenario, { seed: 'clock' })));
      vi.restoreAllMocks();
      vi.useRealTimers();
      return [fast, immutable];
    };
    expect(run(0.999, '2031-06-30T23:59:59Z')).toEqual(run(0.001, '2017-02-14T09:00:00Z'));
  });

  it('gives the same log in another process, in another time zone and locale', () => {
    const cases = [
      ['rsa-2017', 'x-process-1'],
      ['fragmented-internet', '77'],
      ['voluntary-norms', 'x-process-3'],
    ] as const;
    const here = cases.map(([id, seed]) => contentHash(playGame(scenarios[id]!, { seed }).log));
    const script = `
      import { readFileSync } from 'node:fs';
      import { contentHash, parseScenario, playGame } from '@geneva/engine';
      const cases = ${JSON.stringify(cases)};
      const out = cases.map(([id, seed]) => {
        const path = ${JSON.stringify(fileURLToPath(new URL('../../scenarios/', import.meta.url)))} + id + '.yaml';
        const parsed = parseScenario(readFileSync(path, 'utf8'), path);
        return contentHash(playGame(parsed.scenario, { seed }).log);
      });
      console.log(JSON.stringify(out));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout) as string[]).toEqual(here);
  });
});
