/**
 * Class-length presets: a game that fits the lesson. Each chooses negotiation rounds,
 * implementation years and step timers; what it implies for a team (how many order sheets, how
 * many minutes of decisions) is not guessed but measured, by playing the set-up's scenario with the
 * bots in every seat and counting each seat's requests (the engine's own flow decides which steps
 * there are: an early adoption skips rounds, a detected attack adds a blame step).
 */
import { HUMAN, playGame, replayRecordOf, type DecisionPhase, type Scenario } from '@geneva/engine';
import type { StepTimers } from './set-up.js';

/** A class length and the game it plays. */
export interface ClassPreset {
  readonly id: '45' | '90' | '2x90';
  readonly label: string;
  readonly rounds: number;
  readonly years: number;
  /** Step timers for a networked class; in hot-seat they are the pace to keep by the clock. */
  readonly timer: StepTimers & { readonly seconds: number; readonly phases: Readonly<Partial<Record<DecisionPhase, number>>> };
}

// Negotiation is where teams talk and bargain: it gets the time. Votes and signatures are one click.
const QUICK = { drafting: 120, vote: 90, signature: 60, ratification: 60, blame: 90, response: 90 } as const;

/** The presets, shortest first. */
export const PRESETS: readonly ClassPreset[] = [
  { id: '45', label: '45-minute lesson', rounds: 2, years: 1, timer: { seconds: 180, phases: { ...QUICK, negotiation: 240, operations: 150 } } },
  { id: '90', label: '90-minute lesson', rounds: 4, years: 2, timer: { seconds: 180, phases: { ...QUICK, negotiation: 300, operations: 180 } } },
  { id: '2x90', label: 'Two 90-minute lessons', rounds: 6, years: 4, timer: { seconds: 180, phases: { ...QUICK, negotiation: 360, operations: 180 } } },
];

/** What a game of a set-up asks of the teams, measured over a few bot games. */
export interface GameLoad {
  /** Fewest and most order sheets one of the counted seats handed in, over the games played. */
  readonly sheets: { readonly min: number; readonly max: number };
  /** Minutes of decisions if every step takes its full timer (mean over the games played). */
  readonly minutes: number | null;
}

/**
 * Plays `scenario` with a bot in every seat (a human seat gets the scenario's bot for it) for the
 * seed and the next two, and counts the sheets of `counted` seats (ids; empty: every state).
 *
 * @example
 * gameLoad(shortened, '1', { usa: 'human' }, ['usa'], PRESETS[0].timer); // { sheets: { min: 6, max: 8 }, minutes: 21 }
 */
export function gameLoad(scenario: Scenario, seed: string, seats: Readonly<Record<string, string>>, counted: readonly string[], timer: StepTimers | undefined): GameLoad {
  const bots = Object.fromEntries(Object.entries(scenario.actors).map(([id, actor]) => [id, seats[id] === undefined || seats[id] === HUMAN ? actor.strategy : seats[id]!]));
  const ids = counted.length > 0 ? counted : Object.keys(scenario.actors).filter((id) => scenario.actors[id]!.kind === 'state');
  const counts: number[] = [];
  let seconds = 0;
  const seeds = [seed, `${seed}-2`, `${seed}-3`];
  for (const s of seeds) {
    const steps = replayRecordOf(playGame(scenario, { seed: s, seats: bots })).steps;
    for (const id of ids) counts.push(steps.filter((step) => step.sheets[id] !== undefined).length);
    for (const step of steps) seconds += stepSeconds(timer, step.phase as DecisionPhase) ?? 0;
  }
  const timed = timer !== undefined && (timer.seconds !== undefined || timer.phases !== undefined);
  return { sheets: { min: Math.min(...counts), max: Math.max(...counts) }, minutes: timed ? Math.round(seconds / seeds.length / 60) : null };
}

function stepSeconds(timer: StepTimers | undefined, phase: DecisionPhase): number | undefined {
  return timer?.phases?.[phase] ?? timer?.seconds;
}

/** The load in words, for the set-up: "Each team hands in 6 to 8 order sheets; about 21 minutes of decisions at these timers." */
export function loadWords(load: GameLoad, teams: readonly string[]): string {
  const { min, max } = load.sheets;
  const who = teams.length === 0 ? 'Each state' : teams.length === 1 ? `The ${teams[0]} team` : 'Each human team';
  const sheets = min === max ? `${min}` : `${min} to ${max}`;
  const time = load.minutes === null ? '' : `; about ${load.minutes} minutes of decisions if every step uses its full timer`;
  return `${who} hands in ${sheets} order sheets (measured by playing this set-up with the bots)${time}.`;
}
