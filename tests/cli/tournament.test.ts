/**
 * `geneva tournament`: entrants in focus seats against the scenario's defaults on worker threads —
 * the same results for any worker count, the standings checked against results.csv, misbehaving
 * strategies (throwing, illegal, slow, hanging) isolated and named — against the real binary.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '@geneva/lab';
import { geneva, oneLineError, REPO, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

const { file } = temp;

const meta = `meta: { kinds: ['state'], stochastic: false, memory: false }`;
const throwing = file('throws.mjs', `export default { id: 'boom', name: 'Boom', description: '', ${meta}, decide() { throw new Error('kaboom'); } };\n`);
const illegal = file('illegal.mjs', `export default { id: 'bad', name: 'Bad', description: '', ${meta}, decide: () => ({ phase: 'nonsense' }) };\n`);
const slow = file('slow.mjs', `export default { id: 'slow', name: 'Slow', description: '', ${meta}, decide(v, r) { const end = Date.now() + 600; while (Date.now() < end); return { phase: r.phase }; } };\n`);
// An infinite loop in year 2 of some games (with --seed 7: repetition 0 but not 1).
const hangsOnce = file(
  'hangs-once.mjs',
  `let decisions = 0;
export default { id: 'hangs-once', name: 'Hangs once', description: '', ${meta},
  decide(v, r) { if (r.phase === 'operations' && v.year === 2 && v.public.log.length % 3 === 0) { for (;;) {} } return { phase: r.phase }; } };
`,
);

interface Summary {
  games: number;
  focus: string[];
  ranking: {
    rank: number;
    entrant: string;
    games: number;
    failed: number;
    forfeits: number;
    voided: number;
    faults: number;
    winShare: number;
    welfare: { mean: number; sd: number | null; ci95: [number, number] | null; n: number };
    delta: { mean: number; sd: number | null; ci95: [number, number] | null; n: number };
  }[];
  failures: { game: number; entrant: string; focus: string; seed: string; error: string; culprit: string | null; counted: string }[];
}

/** The strategy files kept under tests/cli/fixtures, as paths relative to the repository (the CLI's working directory). */
const fixture = (name: string) => relative(REPO, join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name));

function readSummary(dir: string): Summary {
  return JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
}

/** results.csv as records (no quoted commas in these tournaments' cells but the error text, which is last-but-one). */
function readCsv(dir: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(dir, 'results.csv'), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return rows.map((row) => {
    const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(columns.map((c, k) => [c, cells[k] ?? '']));
  });
}

describe('geneva tournament', () => {
  const args = ['tournament', 'us-russia-bilateral', '--strategies', 'realist,norm-entrepreneur,reciprocator', '--focus', 'usa', '--repetitions', '12', '--seed', '7', '--quiet'];

  it('gives byte-identical results.csv and the same standings with 1 and 2 workers', () => {
    const one = join(temp.dir, 'w1');
    const two = join(temp.dir, 'w2');
    const a = geneva([...args, '--workers', '1', '--out', one]);
    const b = geneva([...args, '--workers', '2', '--out', two]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(readFileSync(join(one, 'results.csv'), 'utf8')).toBe(readFileSync(join(two, 'results.csv'), 'utf8'));
    expect(readSummary(one).ranking).toEqual(readSummary(two).ranking);
    expect(a.stdout).toMatch(/rank +strategy/);
    expect(a.stdout).toMatch(/\(scenario defaults\)/);
  });

  it('reports standings that match a direct computation from results.csv, on the same seeds for every entrant', () => {
    const dir = join(temp.dir, 'w1');
    const rows = readCsv(dir);
    const summary = readSummary(dir);
    expect(rows).toHaveLength(summary.games);
    expect(rows).toHaveLength(12 + 3 * 12);
    const seedsOf = (entrant: string) => rows.filter((r) => r['entrant'] === entrant).map((r) => r['seed']);
    expect(seedsOf('realist')).toEqual(seedsOf('(defaults)'));
    expect(seedsOf('reciprocator')).toEqual(seedsOf('(defaults)'));
    for (const standing of summary.ranking) {
      const mine = rows.filter((r) => r['entrant'] === standing.entrant);
      const welfare = summarize(mine.map((r) => Number(r['welfare'])));
      expect(standing.welfare.mean).toBeCloseTo(welfare.mean, 9);
      expect(standing.welfare.ci95![0]).toBeCloseTo(welfare.ci95![0], 9);
      const deltas = mine.map((r) => Number(r['welfare']) - Number(r['defaultWelfare']));
      expect(standing.delta.mean).toBeCloseTo(summarize(deltas).mean, 6);
      expect(standing.winShare).toBeCloseTo(deltas.reduce((s, d) => s + (d > 1e-9 ? 1 : Math.abs(d) <= 1e-9 ? 0.5 : 0), 0) / deltas.length, 9);
    }
    const means = summary.ranking.map((s) => s.delta.mean);
    expect(means).toEqual([...means].sort((x, y) => y - x));
    // The realist is usa's default here: its games are the baselines, so it neither wins nor loses.
    expect(summary.ranking.find((s) => s.entrant === 'realist')!.delta.mean).toBe(0);
  });

  it('any game replays alone with geneva play and the seed in its row', () => {
    const row = readCsv(join(temp.dir, 'w1')).find((r) => r['entrant'] === 'reciprocator' && r['repetition'] === '5')!;
    const run = geneva(['play', 'us-russia-bilateral', '--seed', row['seed']!, '--seat', `usa=reciprocator`, '--json']);
    expect(run.status).toBe(0);
    const outcome = (JSON.parse(run.stdout) as { outcome: { welfareBy: Record<string, number> } }).outcome;
    expect(String(outcome.welfareBy['usa'])).toBe(row['welfare']);
  });

  it('isolates strategies that throw, give illegal sheets or are slow: faults, not failures', () => {
    const dir = join(temp.dir, 'faulty');
    const run = geneva(['tournament', 'us-russia-bilateral', '--strategies', `${throwing},${illegal},${slow}`, '--focus', 'usa', '--repetitions', '2', '--budget', '300', '--out', dir, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const summary = readSummary(dir);
    for (const entrant of [throwing, illegal, slow]) {
      const standing = summary.ranking.find((s) => s.entrant === entrant)!;
      expect(standing.games, entrant).toBe(2);
      expect(standing.failed, entrant).toBe(0);
      expect(standing.faults, entrant).toBeGreaterThan(0);
    }
    // Each game row says which seats faulted and why.
    const rows = readCsv(dir).filter((r) => r['entrant'] === throwing);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row['faultReasons']).toMatch(/^usa: boom threw: Error: kaboom \(×\d+\)$/);
    // Sandboxed, a slow decision is interrupted at the budget.
    expect(readCsv(dir).find((r) => r['entrant'] === slow)!['faultReasons']).toMatch(/^usa: slow was stopped after 300 ms \(its time limit\)/);
    expect(readCsv(dir).filter((r) => r['entrant'] === '(defaults)').every((r) => r['counted'] === 'baseline')).toBe(true);
  });

  it('counts a game a strategy fails against it: a bot that hangs when losing ranks no better than its honest twin, and not first', () => {
    // sore-loser.mjs plays as honest-twin.mjs but hangs for good in the last year when its welfare is
    // low. When failed games were dropped, it ranked first on the games it did not lose.
    const [twin, sore] = [fixture('honest-twin.mjs'), fixture('sore-loser.mjs')];
    const dir = join(temp.dir, 'sore');
    // --trusted: in-process, the hang is not interrupted, and the game fails (sandboxed, see below).
    const run = geneva(['tournament', 'us-russia-bilateral', '--strategies', `realist,norm-entrepreneur,${twin},${sore}`, '--focus', 'usa', '--repetitions', '12', '--budget', '100', '--out', dir, '--quiet', '--trusted']);
    expect(run.status, run.stderr).toBe(0);
    const summary = readSummary(dir);
    const [honest, loser] = [twin, sore].map((name) => summary.ranking.find((s) => s.entrant === name)!);
    expect(loser!.forfeits).toBeGreaterThan(0);
    expect(loser!.forfeits + loser!.games).toBe(12);
    expect(loser!.delta.n).toBe(12); // every seed counts
    expect(loser!.rank).toBeGreaterThan(1);
    expect(loser!.rank).toBeGreaterThanOrEqual(honest!.rank);
    expect(loser!.delta.mean).toBeLessThanOrEqual(honest!.delta.mean);
    expect(loser!.winShare).toBeLessThanOrEqual(honest!.winShare);
    expect(summary.failures.every((f) => f.entrant === sore && f.culprit === sore && f.counted === 'forfeit')).toBe(true);
    // A forfeit's row: a loss, at a welfare no better than the default's on that seed.
    const forfeits = readCsv(dir).filter((r) => r['counted'] === 'forfeit');
    expect(forfeits).toHaveLength(loser!.forfeits);
    for (const row of forfeits) {
      expect(row['win']).toBe('0');
      expect(Number(row['welfare'])).toBeLessThanOrEqual(Number(row['defaultWelfare']));
    }
    expect(run.stdout).toMatch(/counted as forfeits \(losses\)/);
    expect(run.stdout).toMatch(/is a forfeit: a loss, with the worst welfare any game got/);
  });

  it('charges a --trusted file that throws only in worker threads to its own seat: the baselines and the other entrants play on', () => {
    const workerOnly = file(
      'worker-only.mjs',
      `import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) throw new Error('only in workers');\nexport default { id: 'w', name: 'W', description: '', ${meta}, decide: (v, r) => ({ phase: r.phase }) };\n`,
    );
    const dir = join(temp.dir, 'worker-only');
    const run = geneva(['tournament', 'us-russia-bilateral', '--strategies', `realist,${workerOnly}`, '--focus', 'usa', '--repetitions', '3', '--out', dir, '--quiet', '--trusted']);
    expect(run.status, run.stderr).toBe(0);
    const summary = readSummary(dir);
    expect(summary.failures).toEqual([]);
    expect(summary.ranking.find((s) => s.entrant === 'realist')!.faults).toBe(0);
    const rows = readCsv(dir).filter((r) => r['entrant'] === workerOnly);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row['faultReasons']).toMatch(/^usa: .*could not load in this worker: .*only in workers/);
    // Sandboxed, the same file cannot even ask where it runs.
    const sandboxed = geneva(['tournament', 'us-russia-bilateral', '--strategies', `realist,${workerOnly}`, '--focus', 'usa', '--repetitions', '3', '--out', join(temp.dir, 'worker-only-2'), '--quiet']);
    expect(sandboxed.status).toBe(2);
    expect(oneLineError(sandboxed)).toMatch(/worker-only\.mjs: does not load in the sandbox: it imports node:worker_threads/);
  });

  it('gives the same strategy entered under two names the same figures and the same rank', () => {
    const dir = join(temp.dir, 'twins');
    const [a, b] = [fixture('honest-twin.mjs'), `./${fixture('honest-twin.mjs')}`];
    // By name, ./tests/… comes before free-rider and tests/… after it: ordering ties by name would split them.
    const run = geneva(['tournament', 'us-russia-bilateral', '--strategies', `${a},${b},free-rider`, '--focus', 'usa', '--repetitions', '8', '--out', dir, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const ranking = readSummary(dir).ranking;
    const [one, two] = [a, b].map((name) => ranking.find((s) => s.entrant === name)!);
    expect(one!.rank).toBe(two!.rank);
    expect({ ...one, entrant: '' }).toEqual({ ...two, entrant: '' });
    expect(ranking.map((s) => s.rank)).toEqual(ranking[0]!.entrant === 'free-rider' ? [1, 2, 2] : [1, 1, 3]);
  });

  it('fails a game whose --trusted strategy never returns, names the strategy and seat, and goes on with the rest', () => {
    const dir = join(temp.dir, 'hang');
    const started = Date.now();
    const run = geneva(['tournament', 'us-russia-bilateral', '--strategies', `realist,${hangsOnce}`, '--focus', 'usa', '--repetitions', '4', '--seed', '7', '--budget', '20', '--workers', '2', '--out', dir, '--quiet', '--trusted']);
    expect(run.status, run.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(50_000);
    const summary = readSummary(dir);
    expect(summary.failures.length).toBeGreaterThan(0);
    for (const failure of summary.failures) {
      expect(failure.entrant).toBe(hangsOnce);
      expect(failure.culprit).toBe(hangsOnce);
      expect(failure.error).toMatch(/\(seat usa\) made no decision for 1000 ms \(hung\)/);
    }
    const standing = summary.ranking.find((s) => s.entrant === hangsOnce)!;
    expect(standing.games + standing.failed).toBe(4);
    expect(summary.ranking.find((s) => s.entrant === 'realist')!.games).toBe(4);
    expect(run.stdout).toMatch(/failed game/);
    const rows = readCsv(dir).filter((r) => r['error'] !== '');
    expect(rows.map((r) => Number(r['game']))).toEqual(summary.failures.map((f) => f.game));
  });

  it('stops a game past its --time-limit and names the strategy that spent the time', () => {
    // 150 ms a decision, each within the budget: only the game's wall-clock limit can stop it. The
    // limit leaves the all-default baseline (a few ms) ample room even on a loaded machine.
    const crawl = file('crawl.mjs', `export default { id: 'crawl', name: 'Crawl', description: '', ${meta}, decide(v, r) { const end = Date.now() + 150; while (Date.now() < end); return { phase: r.phase }; } };\n`);
    const dir = join(temp.dir, 'limit');
    const run = geneva(['tournament', 'us-russia-bilateral', '--strategies', crawl, '--focus', 'usa', '--repetitions', '1', '--budget', '1000', '--time-limit', '1500', '--out', dir, '--quiet', '--trusted']);
    expect(run.status, run.stderr).toBe(0);
    const failures = readSummary(dir).failures;
    expect(failures.map((f) => f.entrant)).toEqual([crawl]);
    // One seed: a mean without a spread or an interval (null, not sd 0 and [mean, mean]), and the report says why.
    expect(readSummary(dir).ranking[0]!.welfare).toMatchObject({ n: 1, sd: null, ci95: null });
    expect(run.stdout).toMatch(/^With one seed there is no spread to measure, so no interval \(–\): play more seeds \(--repetitions\) for one\.$/m);
    expect(failures[0]!.error).toMatch(/crawl\.mjs \(seat usa\) the game ran past its 1500 ms limit/);
  });

  it('refuses bad input in one line before any game: unknown entrant, actor, kind, flag values, broken file', () => {
    const cases: [string[], RegExp][] = [
      [['--strategies', 'nosuch'], /^geneva: --strategies nosuch: no built-in strategy "nosuch", and not a \.ts\/\.js file \(built-ins: .*\)$/],
      [['--strategies', 'realist', '--focus', 'atlantis'], /^geneva: --focus: no actor "atlantis" in scenario us-russia-bilateral/],
      [['--strategies', 'neutral-firm', '--focus', 'usa'], /^geneva: --focus: neutral-firm plays firm seats, and no focus seat \(usa\) is one$/],
      [['--strategies', 'realist,realist'], /^geneva: --strategies realist: entered twice$/],
      [['--strategies', 'realist', '--repetitions', '0'], /^geneva: --repetitions 0: expected a whole number from 1 to 1000000$/],
      [['--strategies', 'realist', '--workers', 'many'], /^geneva: --workers many: expected a whole number/],
      [['--strategies', 'realist', '--time-limit', '-1'], /^geneva: --time-limit -1: expected a positive number of milliseconds$/],
      [['--strategies', join(temp.dir, 'missing.ts')], /^geneva: --strategies .*missing\.ts: .*missing\.ts: no such file$/],
      [[], /^geneva: required option '--strategies <list>' not specified$/],
    ];
    for (const [extra, expected] of cases) {
      const run = geneva(['tournament', 'us-russia-bilateral', ...extra, '--out', join(temp.dir, 'never')]);
      expect(run.status, extra.join(' ')).toBe(2);
      expect(oneLineError(run), extra.join(' ')).toMatch(expected);
    }
    expect(() => readFileSync(join(temp.dir, 'never', 'summary.json'))).toThrow();
  });
});
