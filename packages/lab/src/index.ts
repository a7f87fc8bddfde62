/**
 * `@geneva/lab`: the Node-side tooling around Geneva's engine: sweep files and their designs, batch
 * rows and summaries (with Morris, Sobol and scenario discovery), tournaments, and the `geneva`
 * command that drives them (with its worker pool and the sandbox of strategy files). It imports the
 * engine (`@geneva/engine`), never the reverse: the engine stays a pure library that runs unchanged
 * in a browser or a worker.
 *
 * @packageDocumentation
 */

/** Summary statistics with confidence intervals. */
export { summarize, RunningMoments, rateOf, type SampleSummary, type RateSummary } from './stats/summary.js';
/** Tournaments: which games to play, and the standings from their results. */
export { planTournament, repetitionSeed, type Entrant, type TournamentRequest, type TournamentGame, type TournamentPlan } from './tournament/plan.js';
export { standingsOf, ranked, othersWelfare, type Failure, type Standing, type Standings, type TournamentResult } from './tournament/standings.js';
export { scoreGames, type Score, type ScoredGame, type Scoring, type VoidPair } from './tournament/scoring.js';
/** Batches: sweep files and their designs, rows and summaries. */
export { batchRun, batchColumns, batchRow, runCount, formatRow, failedRow, rowFormatter, csvHeader, type BatchRun, type FormattedRow } from './batch/runs.js';
export { parseShard, shardRange, type Shard, type ShardRange } from './batch/shards.js';
export { shardFromEnvironment, type EnvironmentVariables, type ShardFromEnvironment } from './batch/shard-env.js';
export { BatchSummarizer, PointTable, type BatchSummary, type PointSummary, type Sensitivity } from './batch/summary.js';
export { morrisIndices, type ElementaryEffects } from './batch/morris.js';
export { sobolIndices, sobolAnalysis, type SobolIndices, type SobolPair } from './batch/sobol.js';
export { sobolSequence, SOBOL_MAX_PARAMETERS } from './batch/sobol-sequence.js';
export { sensitivityAnalysis, type SensitivityAnalysis } from './batch/sensitivity.js';
export { noiseShares, type NoiseShare } from './batch/noise.js';
export { ReplicateStore } from './batch/replicates.js';
export { discover, type Box, type BoxStep, type Discovery, type DiscoveryPoint, type PeelingOptions } from './batch/discovery.js';
export { parseSweep, designOf, designSeedOf, designProblem, extremes, pointValues, singlePointDesign, sweepSchema, type Sweep, type SweepParameter, type Design, type SweepResult } from './batch/sweep.js';
export { sweepJsonSchema } from './batch/sweep-json-schema.js';
/** Series (series.csv, series-summary.csv) and derived outcomes (a sweep's `outcomes:`). */
export { SERIES_COLUMNS, seriesLines } from './batch/series-rows.js';
export { SERIES_SUMMARY_COLUMNS, SeriesSummarizer, statistics } from './batch/series-summary.js';
export { compileOutcome, compileOutcomes, type CompiledOutcome, type DerivedEvaluator } from './batch/derived.js';
