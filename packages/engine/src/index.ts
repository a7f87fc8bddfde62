/**
 * Geneva's engine: a deterministic, pure simulator of the negotiation, signature, ratification and
 * implementation of a Digital Geneva Convention among states, tech firms and civil society.
 *
 * The public API, in the order a caller meets it:
 * 1. load a scenario ({@link parseScenario});
 * 2. create a game ({@link createGame}) or play one with bots in every seat ({@link playGame});
 * 3. ask who must decide what ({@link pendingRequests}, {@link legalDecisions}), show a seat its
 *    view ({@link viewFor}), apply its sheet ({@link applyDecision}) or let the bots play
 *    ({@link playBots});
 * 4. read the events ({@link eventsOf}, {@link describeEvent}) and the outcome ({@link outcomeOf});
 * 5. save and restore ({@link saveGame}, {@link restoreGame}); record and replay
 *    ({@link replayRecordOf}, {@link replay}).
 *
 * @packageDocumentation
 */

// Scenarios
/** Article ids of the draft convention, in their fixed order. */
export { ARTICLES, ARTICLE_TITLES, type ArticleId } from './scenario/articles.js';
/** The zod schema of scenario files and the types derived from it. */
export {
  scenarioSchema,
  type Scenario,
  type ScenarioInput,
  type ScenarioActor,
  type StateSpec,
  type FirmSpec,
  type CivilSpec,
  type Rules,
  type ScheduledEvent,
  type EventKind,
  type ActorKind,
  type Uncertainty,
} from './scenario/schema.js';
/** Private types: the spreads a scenario's `uncertainty` block gives a state. */
export { spreadsOf, TYPE_FIELDS, type Spreads, type TypeField } from './scenario/uncertainty.js';
/** Parsing and validating scenario text; problems as `file:line:col: path: reason` lines. */
export { parseScenario, validateScenario, formatProblem, MAX_YAML_BYTES, type ScenarioProblem, type ScenarioResult } from './scenario/load.js';
/** The JSON Schema of scenario files, for editors. */
export { scenarioJsonSchema } from './scenario/json-schema.js';
/** The ids of the scenarios shipped in `scenarios/`. */
export { shippedScenarioIds } from './scenario/shipped.js';
/** Scenario parameters by path: read one, or change some and validate. */
export { parameterAt, withParameters, type ParameterResult } from './scenario/parameters.js';

// Games
/** Creating games, reading requests, applying sheets, letting bots play (immutable API). */
export {
  createGame,
  pendingRequests,
  legalDecisions,
  applyDecision,
  forceStep,
  playBots,
  isOver,
  eventsOf,
  seatIndex,
  triggerEvent,
  scheduledEvents,
  type NewGameOptions,
  type StrategyLookup,
  type ApplyOptions,
  type ApplyResult,
  type TriggerResult,
  type ScheduledEventStatus,
} from './game/game.js';
/** Where a scheduled event stands in a game. */
export type { ScheduledStatus } from './rules/shocks.js';
/** Rolling a game back to an earlier step (a facilitator's rollback or fork). */
export { rewind, type RewindResult } from './game/rewind.js';
/** Playing a whole all-bot game on the fast path. */
export { playGame, type PlayOptions } from './game/run.js';
/** A time budget per bot decision (the caller's clock). */
export type { DecisionBudget } from './game/bots.js';
/** Seat assignment: `human` or a strategy id per actor. */
export { HUMAN, SeatError, resolveSeats, type SeatAssignment } from './game/seats.js';
/** The state of a game and its parts. */
export type {
  GameState,
  Phase,
  DecisionPhase,
  ActorInfo,
  PublicRecord,
  PrivateFacts,
  StatePrivate,
  FirmPrivate,
  CivilPrivate,
  Incident,
  Amendment,
  Pledge,
  PledgeKind,
  Message,
  Coalition,
  Detection,
  Accusation,
  OwnOperation,
  StepRecord,
  SeatMemory,
  RollCall,
  TypeEstimate,
  DecisionMark,
  StepOpening,
} from './state/types.js';
/** JSON values (what a strategy's memory may hold). */
export type { JsonValue, JsonObject } from './state/json.js';
/** The phases, in order. */
export { PHASES } from './state/types.js';
/** Events of the log. */
export type { GameEvent, EventType } from './state/events.js';
/** Events, amendments, pledges and places in the game in plain words. */
export { describeEvent, describeChange, describeWhen, pledgePromise, amendmentLabel, articleTitleOf, nameOf, harmWords, type WordsContext } from './state/describe.js';

// Decisions
/** Requests: what a seat must decide, slot by slot. */
export type { Request, Slots, AmendmentSlot, ChoiceSlot, SubsetSlot, ListSlot, VectorSlot, MessagesSlot, PledgesSlot } from './flow/requests.js';
/** Order sheets: one decision per seat per step. */
export {
  blankSheet,
  type Mutable,
  type Sheet,
  type SheetOf,
  type Vote,
  type AmendOrder,
  type MessageOrder,
  type PledgeOrder,
  type ConditionByIds,
  type Talk,
  type DraftingSheet,
  type NegotiationSheet,
  type VoteSheet,
  type SignatureSheet,
  type RatificationSheet,
  type OperationsSheet,
  type BlameSheet,
  type ResponseSheet,
} from './flow/sheets.js';
/** Legality of a sheet against its request, with a typed error. */
export { checkSheet, type IllegalDecision } from './flow/legality.js';
/** The safe decision used when a seat gives no valid sheet. */
export { fallbackSheet, defaultSheetFor } from './flow/fallback.js';
/** The phase statechart (XState v5). */
export { phaseMachine } from './flow/machine.js';

// Views and outcomes
/** What a seat may see. */
export { viewFor, publicViewOf, type View, type PublicView, type DeepReadonly } from './view/view.js';
export { ratificationOutlook, type RatificationOutlook } from './view/outlook.js';
export { majorPowers, MAJOR_POWER_CAPABILITY } from './view/major-powers.js';
/** What happened since a seat's last decision, in words (the one digest every screen and bot reads). */
export {
  digestFor,
  publicDigest,
  wordsContextOf,
  type Digest,
  type DigestEntry,
  type RollCallEntry,
  type DraftMovedEntry,
  type AmendmentEntry,
  type StatementEntry,
  type MessageEntry,
  type PledgeEntry,
  type NewsEntry,
} from './view/digest.js';
/** A seat's message archive, by counterpart. */
export { messageArchive, type Conversation, type ArchivedMessage } from './view/archive.js';
/** The outcome metrics. */
export { outcomeOf, type Outcome } from './outcome/outcome.js';
/** The temptation to cheat: a state's expected value of an operation now. */
export { defectionIncentive } from './outcome/incentives.js';
/** The course of a game: per-round and per-year series of its key quantities. */
export { seriesOf } from './outcome/series.js';
export { ROUND_QUANTITIES, YEAR_QUANTITIES, type SeriesValue, type SeriesClock, type SeriesQuantity } from './outcome/series-quantities.js';
/** An outcome as one flat row (CSV, data frames). */
export { flattenOutcome, type Cell } from './outcome/flatten.js';
/** Utilities a seat (or the client) can compute from its view. */
export {
  textUtility,
  treatySurplus,
  expectedBound,
  contentFactor,
  protection,
  restraintCost,
  type Preferences,
  type ParticipationRecord,
} from './rules/utility.js';
/** Participation as a strategic choice: eligibility, others' odds, pivot odds and the pivotal surplus (docs/model.md §7.1). */
export { mayRatify, ratificationOdds, pivotOdds, pivotalSurplus, legislatureChance, type PivotOdds, type ParticipationInputs, type TreatyMoment, type EstimatedType } from './rules/participation.js';
export { conditionMet } from './rules/talk.js';

// Strategies
/** The strategy interface. */
export { defineStrategy, grantLiveViews, readsLiveViews, rngOf, rngStateOf, StrategyFault, type Strategy, type StrategyMeta, type Rng, type Memory } from './strategies/strategy.js';
/** The built-in strategies. */
export { builtinStrategies, builtinStrategy } from './strategies/builtin.js';
/** The uniform random legal sheet (for fuzzing and baselines). */
export { randomSheet } from './strategies/random-player.js';

// Persistence
/** Saving and restoring games. */
export { saveGame, restoreGame, SAVE_FORMAT, type RestoreResult } from './persist/save.js';
/** Replay files and replay. */
export {
  replay,
  replayRecordOf,
  replayTimeline,
  resumeRecord,
  type RecordedSteps,
  type TimelineResult,
  replayFileProblem,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type ReplayRecord,
  type ReplayStep,
  type ReplayResult,
  type ReplayOptions as ReplayRunOptions,
  type Divergence,
} from './persist/replay.js';
/** The engine's version. */
export { ENGINE_VERSION } from './persist/version.js';
/** Seeded generator and content hashes (for tools that derive seeds the same way). */
export { seedRng, deriveRng, nextFloat, type RngState } from './rng/alea.js';
export { contentHash, hash32 } from './rng/hash.js';
