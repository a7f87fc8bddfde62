/**
 * A game's set-up: which scenario (shipped, or a file the teacher loaded), which seed, and who
 * plays each seat (a human team or a built-in bot). The last one is remembered in the browser so a
 * class reopens where it left off.
 */
import { builtinStrategies, formatProblem, HUMAN, parseScenario, PHASES, validateScenario, type ActorKind, type DecisionPhase, type Scenario } from '@geneva/engine';
import { shippedScenarios } from '../scenarios.js';

/** Where the scenario comes from. */
export type ScenarioSource = { readonly kind: 'shipped'; readonly id: string } | { readonly kind: 'file'; readonly name: string; readonly text: string };

/** Everything needed to start a game. */
export interface SetUp {
  readonly source: ScenarioSource;
  readonly seed: string;
  /** Who plays each seat, by actor id: `human` or a built-in strategy id (absent: the scenario's default). */
  readonly seats: Readonly<Record<string, string>>;
  /** A shorter game for a class: negotiation rounds and implementation years (absent: the scenario's). */
  readonly rounds?: number;
  readonly years?: number;
  /** Step timers for a networked class (absent: none; a hot-seat game has the "Time is up" button instead). */
  readonly timer?: StepTimers;
}

/**
 * Step timers of a networked class, in seconds: a default for every step, and overrides for some
 * decision phases (a vote takes less time than a negotiation round). A phase without a value takes
 * the default; without either, the step waits for every team.
 */
export interface StepTimers {
  readonly seconds?: number;
  readonly phases?: Readonly<Partial<Record<DecisionPhase, number>>>;
  /** A bot stands in for a team whose devices have all been away this long, until it returns. */
  readonly absent?: number;
}

/** The phases in which seats decide, so the ones a timer may be set for. */
export const DECISION_PHASES: readonly DecisionPhase[] = PHASES.filter((p): p is DecisionPhase => p !== 'concluded');

/** The longest step timer the server accepts (its `LIMITS.timerSeconds`): an hour. */
export const MAX_STEP_SECONDS = 3600;

/**
 * Step timers read back from storage or from the server: only values within the server's bounds,
 * for known phases, are kept, so a hand-edited or outdated entry cannot make a creation fail.
 *
 * @example
 * stepTimersOf({ seconds: 240, phases: { vote: 90, bogus: 5 } }); // { seconds: 240, phases: { vote: 90 } }
 */
export function stepTimersOf(value: unknown): StepTimers | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { seconds?: unknown; phases?: unknown; absent?: unknown };
  const seconds = validSeconds(record.seconds) ? record.seconds : undefined;
  const absent = validSeconds(record.absent) ? record.absent : undefined;
  const phases: Partial<Record<DecisionPhase, number>> = {};
  if (typeof record.phases === 'object' && record.phases !== null)
    for (const phase of DECISION_PHASES) {
      const v = (record.phases as Record<string, unknown>)[phase];
      if (validSeconds(v)) phases[phase] = v;
    }
  const hasPhases = Object.keys(phases).length > 0;
  if (seconds === undefined && !hasPhases && absent === undefined) return undefined;
  return { ...(seconds === undefined ? {} : { seconds }), ...(hasPhases ? { phases } : {}), ...(absent === undefined ? {} : { absent }) };
}

function validSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_STEP_SECONDS;
}

/** A scenario, or the problems of the file, one line each (file:line:column: path: reason). */
export type ScenarioLoad = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The scenario of a source, validated by the engine.
 *
 * @example
 * loadScenario({ kind: 'file', name: 'mine.yaml', text }); // { ok: false, problems: ['mine.yaml:4:3: rules.rounds: …'] }
 */
export function loadScenario(source: ScenarioSource): ScenarioLoad {
  if (source.kind === 'shipped') {
    const scenario = shippedScenarios.get(source.id);
    return scenario ? { ok: true, scenario } : { ok: false, problems: [`${source.id}: no such shipped scenario`] };
  }
  const result = parseScenario(source.text, source.name);
  return result.ok ? result : { ok: false, problems: result.problems.map(formatProblem) };
}

/**
 * The scenario a set-up plays: its source, shortened to the set-up's rounds and years if given
 * (validated by the engine, so a first vote after the last round is refused with its path).
 */
export function scenarioOf(setUp: SetUp): ScenarioLoad {
  const load = loadScenario(setUp.source);
  if (!load.ok) return load;
  const base = load.scenario;
  const rounds = setUp.rounds ?? base.rules.rounds;
  const years = setUp.years ?? base.horizon.years;
  if (rounds === base.rules.rounds && years === base.horizon.years) return load;
  // Scheduled events past the shortened game are dropped with it; the engine validates the rest.
  const shortened = {
    ...base,
    rules: { ...base.rules, rounds, firstVote: Math.min(base.rules.firstVote, Math.max(1, rounds)) },
    horizon: { ...base.horizon, years },
    events: base.events.filter((e) => (e.round ?? 0) <= rounds && (e.year ?? 0) <= years),
  };
  const result = validateScenario(shortened, 'set-up');
  return result.ok ? result : { ok: false, problems: result.problems.map((p) => `${p.path}: ${p.reason}`) };
}

/** The choices for a seat of this kind: a human team, then every built-in bot that plays the kind. */
export function seatChoices(kind: ActorKind): readonly { readonly id: string; readonly label: string }[] {
  return [
    { id: HUMAN, label: 'Human team' },
    ...builtinStrategies.filter((s) => s.meta.kinds.includes(kind)).map((s) => ({ id: s.id, label: `Bot: ${s.name}` })),
  ];
}

/** The seats of a set-up for a scenario: the set-up's choice where it is valid for the seat, else the scenario's default. */
export function seatsFor(scenario: Scenario, seats: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scenario.actors).map(([id, actor]) => {
      const chosen = seats[id];
      const valid = chosen !== undefined && seatChoices(actor.kind).some((c) => c.id === chosen);
      return [id, valid ? chosen : actor.strategy];
    }),
  );
}

const SET_UP_KEY = 'geneva.setup';

/** The last set-up, or null (none yet, or unreadable). */
export function lastSetUp(): SetUp | null {
  try {
    const value = JSON.parse(localStorage.getItem(SET_UP_KEY) ?? 'null') as Partial<SetUp> | null;
    if (value === null || typeof value.seed !== 'string' || typeof value.seats !== 'object' || value.seats === null) return null;
    const source = value.source;
    const timer = stepTimersOf(value.timer);
    const length = (n: unknown, max: number) => (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max ? n : undefined);
    const rounds = length(value.rounds, 40);
    const years = length(value.years, 30);
    const rest = { seed: value.seed, seats: value.seats, ...(timer === undefined ? {} : { timer }), ...(rounds === undefined ? {} : { rounds }), ...(years === undefined ? {} : { years }) };
    if (source?.kind === 'shipped' && typeof source.id === 'string') return { source, ...rest };
    if (source?.kind === 'file' && typeof source.name === 'string' && typeof source.text === 'string') return { source, ...rest };
    return null;
  } catch {
    return null;
  }
}

/** Remembers a set-up for the next visit. */
export function rememberSetUp(setUp: SetUp): void {
  try {
    localStorage.setItem(SET_UP_KEY, JSON.stringify(setUp));
  } catch {
    // Storage may be full or disabled: the set-up simply is not remembered.
  }
}
