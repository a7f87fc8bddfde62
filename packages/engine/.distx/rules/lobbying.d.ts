import type { GameState } from '../state/types.js';
/** Salience added per lobbying action, × advocacy × credibility, spread over the focus articles. */
export declare const SALIENCE_PUSH = 0.15;
/** Pressure added per lobbying action, × advocacy × credibility. */
export declare const PRESSURE_PUSH = 0.4;
/** Share of pressure left after each step. */
export declare const PRESSURE_RETENTION = 0.85;
/** How far a firm's lobbying moves its home state's ideal, × the firm's market weight. */
export declare const FIRM_PULL = 0.06;
/** Lets pressure fade (called once per lobbying step). */
export declare function fadePressure(state: GameState): void;
/** Applies the lobbying of seats (`targets[i]`: the state ids seat i lobbies). */
export declare function lobby(state: GameState, targets: readonly (readonly string[] | undefined)[]): void;
