/**
 * `npm run bench -w @geneva/lab` (second part): what the sandbox costs. A strategy file's decision
 * in-process (--trusted) and in its V8 isolate (the default), in microseconds, over whole rsa-2017 games with the example
 * strategies; a fresh context per game; and the games per second of a tournament of sandboxed and of
 * trusted entrants against the built-ins (the real `geneva tournament`, on every core). Figures,
 * not assertions. BENCH_GAMES (default 40) and BENCH_REPETITIONS (default 60) tune it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinStrategy, parseScenario, playGame, type Scenario, type Strategy } from '@geneva/engine';
import { loadStrategyFile, type LoadedStrategyFile } from '../src/cli/strategy-files.js';
import { DEFAULT_MEMORY_MB } from '../src/sandbox/sandboxed-file.js';

const GAMES = Number(process.env['BENCH_GAMES'] ?? 40);
const REPETITIONS = process.env['BENCH_REPETITIONS'] ?? '60';
const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const parsed = parseScenario(readFileSync(repo('scenarios/rsa-2017.yaml'), 'utf8'), 'rsa-2017.yaml');
if (!parsed.ok) throw new Error('rsa-2017 does not parse');
const scenario: Scenario = parsed.scenario;
const FILES = { usa: 'examples/strategies/cautious-state.ts', gbr: 'examples/strategies/grudging-state.ts', microsoft: 'examples/strategies/loyal-firm.ts', accessnow: 'examples/strategies/watchdog-ngo.ts' };

/** Microseconds per decision of the four example files, and per game, over GAMES games. */
async function perDecision(trusted: boolean): Promise<{ decision: number; game: number }> {
  const loading = { trusted, limits: { memoryMb: DEFAULT_MEMORY_MB, timeMs: 1000 } };
  const files = new Map<string, LoadedStrategyFile>();
  for (const [seat, file] of Object.entries(FILES)) files.set(seat, await loadStrategyFile(repo(file), seat, loading));
  let spent = 0;
  let decisions = 0;
  const timed = (s: Strategy): Strategy => ({
    ...s,
    decide(view, request, rng, memory) {
      const t = performance.now();
      try {
        return s.decide(view, request, rng, memory);
      } finally {
        spent += performance.now() - t;
        decisions++;
      }
    },
  });
  const begin = performance.now();
  for (let g = 0; g < GAMES; g++) {
    const sessions = new Map([...files].map(([seat, file]) => [seat, file.session()]));
    const lookup = (id: string) => {
      const session = sessions.get(id);
      return session === undefined ? builtinStrategy(id) : timed(session.strategy);
    };
    playGame(scenario, { seed: g, seats: Object.fromEntries(Object.keys(FILES).map((seat) => [seat, seat])), strategies: lookup });
    for (const session of sessions.values()) session.close();
  }
  const total = performance.now() - begin;
  for (const file of files.values()) file.dispose();
  return { decision: (1000 * spent) / decisions, game: total / GAMES };
}

/** Games per second of `geneva tournament` with the example state file and two built-ins, usa as focus. */
function tournament(extra: readonly string[]): number {
  const out = execFileSync(
    process.execPath,
    [repo('packages/lab/bin/geneva.js'), 'tournament', 'rsa-2017', '--strategies', `${repo(FILES.usa)},realist,norm-entrepreneur`, '--focus', 'usa', '--repetitions', REPETITIONS, '--out', '/tmp/geneva-bench-tournament', '--quiet', ...extra],
    { encoding: 'utf8' },
  );
  const match = /(\d+) games on (\d+) workers? in ([\d.]+) s/.exec(out);
  if (match === null) throw new Error(`unexpected tournament output: ${out.split('\n')[0]}`);
  return Number(match[1]) / Number(match[3]);
}

const builtin = await (async () => {
  const t = performance.now();
  for (let g = 0; g < GAMES; g++) playGame(scenario, { seed: g });
  return (performance.now() - t) / GAMES;
})();
const trusted = await perDecision(true);
const sandboxed = await perDecision(false);
console.log(`Sandbox cost on rsa-2017 (${GAMES} games; the four example files in usa, gbr, microsoft and accessnow; node ${process.version}):`);
console.log(`  a decision of a file in-process (--trusted): ${trusted.decision.toFixed(0)} µs; in its isolate: ${sandboxed.decision.toFixed(0)} µs (the view sent by difference, JSON both ways)`);
console.log(`  a game: ${builtin.toFixed(1)} ms with built-ins only, ${trusted.game.toFixed(1)} ms with the files trusted, ${sandboxed.game.toFixed(1)} ms sandboxed (a fresh context per seat and game included)`);
const games = [tournament([]), tournament(['--trusted'])];
console.log(`  geneva tournament (the example state file, realist, norm-entrepreneur; usa; ${REPETITIONS} seeds; all cores): ${games[0]!.toFixed(0)} games/s sandboxed, ${games[1]!.toFixed(0)} games/s --trusted`);
