/**
 * How the console names a moment of the game: "negotiation, round 3", "operations, year 2", and a
 * step to go back to as "Step 12 · negotiation, round 3". One wording for the status line, the
 * scheduled events and the rewind list, so a teacher matches them at a glance.
 */
import type { OverviewMessage } from '@geneva/server';

/** A step the game can go back to, as the overview lists it. */
export type StepChoice = OverviewMessage['steps'][number];

/**
 * The phase with its round or year, as a class says it.
 *
 * @example
 * whenWords('negotiation', 3, 0); // 'negotiation, round 3'
 * whenWords('operations', 10, 2); // 'operations, year 2'
 */
export function whenWords(phase: string, round: number, year: number, over = false): string {
  if (phase === 'negotiation') return `negotiation, round ${round}`;
  return year > 0 && !over && phase !== 'concluded' ? `${phase}, year ${year}` : phase;
}

/**
 * A step's label in the rewind list; steps where a human team decided are marked, since going back
 * before them undoes the teams' own work, not only the bots'.
 *
 * @example
 * stepLabel({ step: 12, phase: 'negotiation', round: 3, year: 0, human: true }, 14); // 'Step 12 · negotiation, round 3 · teams decided'
 */
export function stepLabel(choice: StepChoice, current: number): string {
  const mark = choice.step === current ? 'this step, from its start' : choice.human ? 'teams decided' : null;
  return [`Step ${choice.step}`, whenWords(choice.phase, choice.round, choice.year), ...(mark === null ? [] : [mark])].join(' · ');
}

/**
 * When a scheduled event is due, as the scenario schedules it.
 *
 * @example
 * scheduledWhen({ round: 4 }); // 'round 4'
 */
export function scheduledWhen(event: { readonly round?: number; readonly year?: number }): string {
  if (event.round !== undefined) return `round ${event.round}`;
  if (event.year !== undefined) return `year ${event.year}`;
  return '—';
}

/**
 * Time left until `deadline` (epoch ms), as minutes and seconds.
 *
 * @example
 * timeLeft(Date.now() + 95_000, Date.now()); // '1:35'
 */
export function timeLeft(deadline: number, now: number): string {
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
