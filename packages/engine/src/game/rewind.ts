/**
 * Going back in a game: the facilitator of a class rolls a game back to an earlier step, or forks
 * a new game from there. The state at a step is rebuilt from the game's own record (scenario, seed,
 * seats and the sheets before that step), so it is exactly the state the seats saw then.
 */
import { replayRecordOf, resumeRecord } from '../persist/replay.js';
import type { GameState } from '../state/types.js';

/** The result of {@link rewind}. */
export type RewindResult = { readonly ok: true; readonly state: GameState } | { readonly ok: false; readonly error: string };

/**
 * The game as it stood at the start of step `step` (an earlier step in which someone decided, or
 * the current one: its sheets so far undone), before any seat answered, with every later sheet,
 * event and memory undone; bots answer again as they did (they are deterministic). The steps' numbers stay those
 * of the game, so a client can name a step it has seen.
 *
 * @example
 * const back = rewind(game, 12);
 * if (back.ok) game = back.state; else console.log(back.error);
 */
export function rewind(state: GameState, step: number): RewindResult {
  const current = state.flow.step.index;
  if (!Number.isInteger(step) || step < 0 || step > current) return { ok: false, error: `step ${step} is not between 0 and the current step, ${current}` };
  const record = replayRecordOf(state);
  const steps = record.steps.filter((s) => s.step < step);
  if (step !== current && !record.steps.some((s) => s.step === step && Object.keys(s.sheets).length > 0))
    return { ok: false, error: `nobody decided in step ${step}: pick a step in which seats decided` };
  const resumed = resumeRecord(state.scenario, { seed: record.seed, seats: record.seats, steps });
  if (!resumed.ok) return { ok: false, error: `the game's own record does not replay (step ${resumed.divergence.step}: ${resumed.divergence.reason})` };
  if (resumed.state.flow.step.index !== step) return { ok: false, error: `step ${step} cannot be returned to (the record resumes at step ${resumed.state.flow.step.index})` };
  return { ok: true, state: resumed.state };
}
