import type { Scenario } from '../scenario/schema.js';
import type { GameState } from '../state/types.js';
import type { Sheet } from '../flow/sheets.js';
import { type Outcome } from '../outcome/outcome.js';
/** The format tag of a replay file. */
export declare const REPLAY_FORMAT = "geneva-replay";
/** The version of the replay format. */
export declare const REPLAY_VERSION = 1;
/** One step of a replay file. */
export interface ReplayStep {
    readonly step: number;
    readonly phase: string;
    readonly round: number;
    readonly year: number;
    /** Sheets by actor id. */
    readonly sheets: Readonly<Record<string, Sheet>>;
    /** Faults by actor id. */
    readonly faults?: Readonly<Record<string, string>>;
}
/** A replay file. */
export interface ReplayRecord {
    readonly format: typeof REPLAY_FORMAT;
    readonly version: number;
    readonly engine: string;
    readonly scenario: {
        readonly id: string;
        readonly hash: string;
    };
    readonly seed: string;
    /** Who played each seat, by actor id. */
    readonly seats: Readonly<Record<string, string>>;
    readonly steps: readonly ReplayStep[];
    /** The outcome the game reached when recorded. */
    readonly outcome: Outcome;
}
/** Where a replay went another way. */
export interface Divergence {
    /** The step (or -1 for the final outcome). */
    readonly step: number;
    readonly reason: string;
}
/** The result of a replay. */
export type ReplayResult = {
    readonly ok: true;
    readonly state: GameState;
    readonly outcome: Outcome;
} | {
    readonly ok: false;
    readonly divergence: Divergence;
    readonly state: GameState;
};
/**
 * The replay record of a game (finished or not).
 *
 * @example
 * fs.writeFileSync('game.replay.json', JSON.stringify(replayRecordOf(final)));
 */
export declare function replayRecordOf(state: GameState): ReplayRecord;
/**
 * Replays a record against a scenario: the same seed and seats, the recorded sheets fed back
 * step by step. Reports the first divergence: a step asked of other seats or in another phase, a
 * sheet no longer legal, or a different final outcome.
 *
 * @example
 * const result = replay(scenario, record);
 * if (!result.ok) console.error(`diverged at step ${result.divergence.step}: ${result.divergence.reason}`);
 */
export declare function replay(scenario: Scenario, record: ReplayRecord): ReplayResult;
/**
 * Checks that parsed JSON is a replay file, returning an error message when it is not.
 *
 * @example
 * const problem = replayFileProblem(JSON.parse(text));
 */
export declare function replayFileProblem(data: unknown): string | null;
