/**
 * The statechart of the game's phases (XState v5). It decides only *which phase comes next* after
 * a step resolves — tens of transitions a game — while plain rule functions decide what happens in
 * a step. The machine has no context: its guards read the game state carried by the event, so a
 * snapshot is fully determined by the phase stored in the game state, and restoring a saved game
 * needs nothing but that phase.
 */
import { type SnapshotFrom } from 'xstate';
import type { Phase, GameState } from '../state/types.js';
/** The one event: the current step has resolved. */
export interface StepResolved {
    readonly type: 'RESOLVED';
    readonly game: GameState;
}
/** Whether the text goes to a vote after this round. */
export declare function voteDue(game: GameState): boolean;
/** Whether a victim has detections awaiting its blame decision. */
export declare function blameDue(game: GameState): boolean;
/** Whether an accused state awaits its answer. */
export declare function responseDue(game: GameState): boolean;
/** The phase statechart. */
export declare const phaseMachine: import("xstate").StateMachine<import("xstate").MachineContext, StepResolved, {}, never, never, {
    type: "adopted";
    params: unknown;
} | {
    type: "voteDue";
    params: unknown;
} | {
    type: "moreRounds";
    params: unknown;
} | {
    type: "anySigned";
    params: unknown;
} | {
    type: "blameDue";
    params: unknown;
} | {
    type: "responseDue";
    params: unknown;
} | {
    type: "moreYears";
    params: unknown;
}, never, "concluded" | "drafting" | "negotiation" | "vote" | "signature" | "ratification" | {
    implementation: "operations" | "blame" | "response";
}, string, import("xstate").NonReducibleUnknown, import("xstate").NonReducibleUnknown, import("xstate").EventObject, import("xstate").MetaObject, {
    id: "geneva";
    states: {
        readonly drafting: {};
        readonly negotiation: {};
        readonly vote: {};
        readonly signature: {};
        readonly ratification: {};
        readonly implementation: {
            states: {
                readonly operations: {};
                readonly blame: {};
                readonly response: {};
            };
        };
        readonly concluded: {};
    };
}, import("xstate").MetaObject>;
type PhaseSnapshot = SnapshotFrom<typeof phaseMachine>;
/** The statechart value of a phase. */
export declare function stateValueOf(phase: Phase): string | Record<string, string>;
/** The phase of a statechart snapshot. */
export declare function phaseOf(snapshot: PhaseSnapshot): Phase;
/** Something that computes the next phase: pure (`transition`) or a long-lived actor. */
export type PhaseDriver = (game: GameState) => Phase;
/**
 * The pure driver: rebuilds the snapshot from the stored phase and runs XState's pure
 * `transition`. ~13 µs a call (STACK.md); fine for interactive play.
 */
export declare const purePhaseDriver: PhaseDriver;
/**
 * The fast driver: interprets the statechart's compiled transition table (see above).
 *
 * @example
 * const next = compiledPhaseDriver(game); // the same phase purePhaseDriver(game) returns
 */
export declare const compiledPhaseDriver: PhaseDriver;
export {};
