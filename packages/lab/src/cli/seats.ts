/**
 * The `--seat ACTOR=STRATEGY` options of `geneva play`: every seat is a bot, so each must name an
 * actor of the scenario and a strategy — a built-in id or a strategy file — that can play that
 * actor's kind.
 */
import { builtinStrategies, builtinStrategy, HUMAN, type Scenario, type ScenarioActor, type SeatAssignment } from '@geneva/engine';
import { UserError } from './errors.js';
import { isStrategyFile, loadStrategyFile, type FileLoading, type LoadedStrategyFile } from './strategy-files.js';

/** Seats and where their strategies come from. */
export interface SeatPlan {
  /** Strategy id (or the file as given) per overridden actor. */
  readonly seats: SeatAssignment;
  /** The strategy files of those seats, by the name the seats give them (see `gameStrategies`). */
  readonly files: ReadonlyMap<string, LoadedStrategyFile>;
}

/**
 * Checks `--seat` options against a scenario and turns them into a seat assignment.
 *
 * @throws UserError (exit 2) naming the first bad option
 * @example
 * const { seats, files } = await seatAssignment(scenario, ['usa=realist', 'rus=./my-bot.ts'], loading);
 */
export async function seatAssignment(scenario: Scenario, options: readonly string[], loading: FileLoading): Promise<SeatPlan> {
  const seats: Record<string, string> = {};
  const files = new Map<string, LoadedStrategyFile>();
  for (const option of options) {
    const [actor, strategy] = splitSeat(option);
    if (Object.hasOwn(seats, actor)) throw new UserError(`geneva: --seat ${option}: seat ${actor} is given twice`);
    if (isStrategyFile(strategy)) {
      const loaded = files.get(strategy) ?? (await loadStrategyFile(strategy, `--seat ${option}`, loading));
      checkKind(scenario, actor, loaded, option);
      files.set(strategy, loaded);
    } else checkSeat(scenario, actor, strategy, option);
    seats[actor] = strategy;
  }
  return { seats, files };
}

/** The scenario's actor named by a `--seat` option, or a one-line error listing the actors. */
function actorOf(scenario: Scenario, actor: string, option: string): ScenarioActor {
  const spec = Object.hasOwn(scenario.actors, actor) ? scenario.actors[actor] : undefined;
  if (spec === undefined)
    throw new UserError(`geneva: --seat ${option}: no actor "${actor}" in scenario ${scenario.id} (actors: ${Object.keys(scenario.actors).join(', ')})`);
  return spec;
}

/** A loaded strategy file must be able to play the actor's kind. */
function checkKind(scenario: Scenario, actor: string, strategy: LoadedStrategyFile, option: string): void {
  const spec = actorOf(scenario, actor, option);
  if (!strategy.meta.kinds.includes(spec.kind))
    throw new UserError(`geneva: --seat ${option}: ${strategy.id} plays ${strategy.meta.kinds.join(' or ')} seats, and ${actor} is a ${spec.kind}`);
}

/** Splits `ACTOR=STRATEGY`. */
function splitSeat(option: string): [string, string] {
  const at = option.indexOf('=');
  const actor = option.slice(0, at).trim();
  const strategy = option.slice(at + 1).trim();
  if (at < 0 || actor === '' || strategy === '') throw new UserError(`geneva: --seat ${option}: expected ACTOR=STRATEGY (for example usa=realist)`);
  return [actor, strategy];
}

/** Checks one seat: a known actor, a built-in strategy, of the right kind, not a human. */
function checkSeat(scenario: Scenario, actor: string, strategyId: string, option: string): void {
  const spec = actorOf(scenario, actor, option);
  const fitting = builtinStrategies.filter((s) => s.meta.kinds.includes(spec.kind)).map((s) => s.id);
  if (strategyId === HUMAN)
    throw new UserError(`geneva: --seat ${option}: play is all-bot, "${HUMAN}" seats are not allowed (strategies for a ${spec.kind}: ${fitting.join(', ')})`);
  const strategy = builtinStrategy(strategyId);
  if (strategy === undefined)
    throw new UserError(`geneva: --seat ${option}: no built-in strategy "${strategyId}" (strategies for a ${spec.kind}: ${fitting.join(', ')})`);
  if (!strategy.meta.kinds.includes(spec.kind))
    throw new UserError(
      `geneva: --seat ${option}: ${strategyId} plays ${strategy.meta.kinds.join(' or ')} seats, and ${actor} is a ${spec.kind} (strategies for a ${spec.kind}: ${fitting.join(', ')})`,
    );
}
