/**
 * The game state. It is split by who may see it, so that a seat's view is a projection by
 * reference (cheap enough for every bot decision of a batch) and never a filtered copy:
 *
 * - `world.public`: the public record, seen by every seat;
 * - `world.private[i]`: seat i's own facts (its preferences, stockpile, beliefs, inbox);
 * - `world.secret`: the truth no seat sees (who really ran which operation);
 * - `flow`: where the game is (phase, round, year, the current step's requests and sheets);
 * - `rng`: the chance stream; `log`: every event, for replay and the omniscient debrief.
 *
 * Everything is plain JSON-safe data (arrays indexed by actor), so a state serialises as is.
 */
import type { RngState } from '../rng/alea.js';
import type { ActorKind, Scenario } from '../scenario/schema.js';
import type { GameEvent } from './events.js';
import type { JsonObject } from './json.js';
import type { Request } from '../flow/requests.js';
import type { Sheet, Vote } from '../flow/sheets.js';

/** The phases of the game, in the order they come. */
export const PHASES = [
  'drafting',
  'negotiation',
  'vote',
  'signature',
  'ratification',
  'operations',
  'blame',
  'response',
  'concluded',
] as const;
/** A phase of the game. */
export type Phase = (typeof PHASES)[number];
/** A phase in which seats decide (all but `concluded`). */
export type DecisionPhase = Exclude<Phase, 'concluded'>;

/** A coalition a state may join during negotiation. */
export type Coalition = 'friends' | 'sovereignty';

/** What every seat knows of an actor from the start (static for the game). */
export interface ActorInfo {
  readonly id: string;
  readonly index: number;
  readonly kind: ActorKind;
  readonly name: string;
  /** Bloc of a state; a firm's home state's bloc; `civil` for civil society. */
  readonly bloc: string;
  /** Public estimate of offensive capability (states), market weight (firms), advocacy (civil). */
  readonly capability: number;
  /** Civilian exposure (states), 0 for others. */
  readonly exposure: number;
  /** Home state index (firms), -1 otherwise. */
  readonly home: number;
  /** Vote weight (states), 0 for others. */
  readonly voteWeight: number;
}

/** Static lists derived from a game's actors (public facts). */
export interface Roster {
  /** Every actor id, in seat order. */
  readonly ids: readonly string[];
  /** The states' ids, in seat order. */
  readonly stateIds: readonly string[];
  /** For each seat, the ids of the states other than itself. */
  readonly otherStates: readonly (readonly string[])[];
  /** For each seat, whether it is a state with at least one firm at home. */
  readonly hasFirms: readonly boolean[];
}

/** An amendment on the table. */
export interface Amendment {
  readonly id: number;
  readonly by: number;
  readonly article: number;
  /** Signed change of the article's position (± the rules' step). */
  readonly delta: number;
  readonly round: number;
}

/** A message: a public statement or a private note to named seats. */
export interface Message {
  readonly step: number;
  readonly from: number;
  /** Recipients' indices; empty for a public statement. */
  readonly to: readonly number[];
  readonly text: string;
}

/** What a pledge promises. */
export type PledgeKind = 'support-amendment' | 'vote-yes' | 'sign' | 'ratify' | 'ratify-if' | 'no-operations' | 'refuse-backdoors';

/** The condition of a `ratify-if` pledge: at least `atLeast` of `states` have ratified (and not withdrawn). */
export interface RatifyCondition {
  readonly states: readonly number[];
  readonly atLeast: number;
}

/** A structured promise the engine checks against later actions. */
export interface Pledge {
  readonly id: number;
  readonly step: number;
  readonly by: number;
  /** Recipients' indices; empty for a public pledge. */
  readonly to: readonly number[];
  readonly kind: PledgeKind;
  /** The amendment id (support-amendment) or the protected state (no-operations; -1 for all). */
  readonly target: number;
  /** Present exactly on a `ratify-if` pledge: the ratifications it waits for. */
  readonly condition?: RatifyCondition;
  status: 'open' | 'kept' | 'broken';
}

/** A publicly known incident of the implementation years. */
export interface Incident {
  readonly id: number;
  readonly year: number;
  /** The state hit (-1 for a mass event, which hits everyone). */
  readonly target: number;
  readonly harm: number;
  /** Who the victim blamed publicly (-1: silent, or not yet decided). */
  accused: number;
  /** Who the attribution body named (-1: none, or no body). */
  bodyNamed: number;
  /** The body's stated confidence (0 when it named no one). */
  bodyConfidence: number;
  /** The accused's answer, once given. */
  answer: 'admit' | 'deny' | 'none';
  /** Set when the truth came out (a leak, a confession, a later revelation). */
  revealedAttacker: number;
  /** The kind of incident: an operation, or an exogenous event. */
  readonly source: 'operation' | 'election-attack' | 'mass-event';
}

/**
 * A roll call: how every state voted on one amendment or on the whole text. Roll calls are public,
 * as at a real conference, so every seat can tell who supported what.
 */
export interface RollCall {
  /** The step whose resolution held the vote. */
  readonly step: number;
  readonly round: number;
  /** The amendment voted on, or -1 for the vote on the whole text. */
  readonly amendment: number;
  /** The amendment's article index (-1 for the text). */
  readonly article: number;
  /** Who tabled the amendment (-1 for the text). */
  readonly by: number;
  /** The article's position before the vote, and the one the amendment proposed (0 for the text). */
  readonly from: number;
  readonly to: number;
  /** Each actor's vote, by actor index (null: not a voter). */
  readonly votes: readonly (Vote | null)[];
  /** The weighted yes share among those voting. */
  readonly share: number;
  readonly passed: boolean;
}

/**
 * What the table believes of a state's private type: a mean for each field, and how uncertain it
 * is (a standard deviation, 0 when the type is common knowledge). It starts at the scenario's
 * public values and is revised from what every seat sees (roll calls, signatures, ratifications,
 * pledges kept or broken), so it is common knowledge: every seat reads the same estimate.
 */
export interface TypeEstimate {
  /** Estimated ideal position per article, and its uncertainty per article. */
  ideal: number[];
  idealSpread: number[];
  /** Estimated salience weights per article (summing to 1), and the spread of each weight. */
  salience: number[];
  salienceSpread: number[];
  reservation: number;
  reservationSpread: number;
  domesticHurdle: number;
  hurdleSpread: number;
  contentControl: number;
  contentControlSpread: number;
  contentTolerance: number;
  contentToleranceSpread: number;
}

/** The public record: seen by every seat. */
export interface PublicRecord {
  text: number[];
  pending: Amendment[];
  coalition: (Coalition | null)[];
  signed: boolean[];
  ratified: boolean[];
  withdrawn: boolean[];
  /**
   * The year in which each state's legislature last refused the text (0: at the ratification step,
   * -1: never). A government may submit again `rules.resubmitAfter` years later.
   */
  refused: number[];
  techAccord: boolean[];
  /** Public pressure on each state from civil society (logit units). */
  pressure: number[];
  /** Whether each firm shared threat intelligence last year. */
  sharing: boolean[];
  /** Whether each firm defended customers everywhere last year. */
  defendsAll: boolean[];
  incidents: Incident[];
  statements: Message[];
  pledges: Pledge[];
  /** Every roll call so far, in order (amendments and the text). */
  rollCalls: RollCall[];
  /** The table's estimate of each state's private type (null for firms and civil society). */
  estimates: (TypeEstimate | null)[];
  /** Public events (the seat-visible part of the log). */
  log: GameEvent[];
  /** Yes-share of the last vote on the text, -1 before any. */
  lastVoteShare: number;
  /** Cumulative civilian harm per state. */
  harm: number[];
}

/** What a state alone knows of an operation it ran. */
export interface OwnOperation {
  readonly year: number;
  readonly target: number;
  readonly success: boolean;
}

/** What a victim alone knows of an operation it detected. */
export interface Detection {
  readonly incident: number;
  readonly year: number;
  /** Its own services' suspect (-1: unidentified). */
  readonly suspect: number;
  /** Its services' confidence in that suspect. */
  readonly confidence: number;
}

/** An accusation awaiting the accused's answer. */
export interface Accusation {
  readonly incident: number;
  /** The accuser (-1 for the attribution body). */
  readonly by: number;
}

/** Facts every seat has privately, whatever its kind. */
interface PrivateCommon {
  readonly index: number;
  /** Trust in every other actor, 0..1 (own row of the trust matrix). */
  trust: number[];
  /** Beta belief in the attribution body's findings. */
  bodyAlpha: number;
  bodyBeta: number;
  /** Private messages sent and received. */
  inbox: Message[];
  /** Private pledges made or received (copies; status kept in step with the canonical one). */
  pledges: Pledge[];
  /** Private events (the seat-visible, non-public part of the log). */
  log: GameEvent[];
  /** Welfare accumulated so far. */
  welfare: number;
  /** Where the logs stood when this seat's last decision was taken (what its digest starts from). */
  lastDecision: DecisionMark;
}

/**
 * Where a seat's last decision was taken: the step, and how far the public log and the seat's
 * private log then went. What came after is news to the seat.
 */
export interface DecisionMark {
  /** The step of the decision (-1: none yet). */
  readonly step: number;
  /** Events of the public log the seat had seen when it decided. */
  readonly publicSeen: number;
  /** Events of its private log it had seen when it decided. */
  readonly privateSeen: number;
}

/** A state's private facts. */
export interface StatePrivate extends PrivateCommon {
  readonly kind: 'state';
  ideal: number[];
  /** Salience weights per article, summing to 1. */
  salience: number[];
  domesticHurdle: number;
  reservation: number;
  readonly contentControl: number;
  readonly contentTolerance: number;
  readonly capability: number;
  /** Exploits in the stockpile. */
  exploits: number;
  /** Whether it discloses the vulnerabilities it finds (this year's policy). */
  discloses: boolean;
  /** Backdoors its firms granted it. */
  backdoors: number;
  operations: OwnOperation[];
  detections: Detection[];
  /** Detections of this year still awaiting a blame decision. */
  toBlame: Detection[];
  /** Public accusations against it awaiting its answer. */
  accusations: Accusation[];
}

/** A firm's private facts. */
export interface FirmPrivate extends PrivateCommon {
  readonly kind: 'firm';
  readonly intel: number;
  readonly neutrality: number;
  readonly pressure: number;
  readonly market: readonly number[];
  /** A backdoor request from its home government awaits its answer. */
  backdoorRequested: boolean;
  backdoorsGranted: number;
}

/** A civil-society actor's private facts. */
export interface CivilPrivate extends PrivateCommon {
  readonly kind: 'civil';
  readonly advocacy: number;
  readonly credibility: number;
  readonly focus: readonly number[];
}

/** A seat's private facts. */
export type PrivateFacts = StatePrivate | FirmPrivate | CivilPrivate;

/** The truth about an operation (secret). */
export interface Operation {
  readonly id: number;
  readonly year: number;
  readonly attacker: number;
  readonly target: number;
  readonly success: boolean;
  readonly detected: boolean;
  /** Public incident id once known (detected, or exposed by a leak), else -1. */
  incident: number;
  /** Whether the attacker was a party when it acted. */
  readonly byParty: boolean;
}

/** What no seat sees. */
export interface SecretRecord {
  operations: Operation[];
  /** Canonical pledges (seat copies mirror their status). */
  pledges: Pledge[];
  /** The true attacker of each public incident (-1 for exogenous ones). */
  attackerOf: number[];
  /** The body's findings of this year, published with the victims' attributions. */
  bodyFindings: BodyFinding[];
  /** Harm suffered this year, by state. */
  yearHarm: number[];
  /** Backdoors granted this year, by firm. */
  yearBackdoors: number[];
  /** Actors publicly accused this year (no quiet-year trust recovery toward them). */
  yearAccused: boolean[];
}

/** A finding of the attribution body, before publication. */
export interface BodyFinding {
  readonly incident: number;
  /** The state named (-1: none, below the evidence bar or unidentified). */
  readonly named: number;
  readonly confidence: number;
}

/** Counters behind the outcome metrics. */
export interface Tally {
  incidents: number;
  civilianHarm: number;
  covertOpsParties: number;
  covertOpsNonParties: number;
  attributionsCorrect: number;
  attributionsFalse: number;
  attributionsDenied: number;
  withdrawals: number;
  massEvents: number;
  pledgesMade: number;
  pledgesKept: number;
  pledgesBroken: number;
  faults: number;
}

/** The world: public, private and secret. */
export interface World {
  public: PublicRecord;
  private: PrivateFacts[];
  secret: SecretRecord;
  tally: Tally;
}

/** The current step: who was asked what, and the sheets received so far. */
export interface StepState {
  /** Global step number, from 0. */
  index: number;
  requests: Request[];
  /** Sheets received, by actor index (null: not yet). */
  sheets: (Sheet | null)[];
  /** Faults of this step (seat, reason): a strategy's exception, illegal sheet or timeout. */
  faults: [number, string][];
  /** Strategy memories changed in this step (seat, memory after its decision). */
  memory: [number, SeatMemory][];
  /**
   * Scheduled events of the scenario (their indices) a facilitator triggered early during this
   * step, in order; absent when none (the batch path never allocates it).
   */
  injected?: number[];
  /**
   * Human seats whose sheet a bot decided in this step, standing in for an absent team (a
   * facilitator's move in class); absent when none.
   */
  standIns?: number[];
  /** How far the logs went once the step was open (what every seat asked had seen by then). */
  opened: StepOpening;
}

/** The length of the public log and of each seat's private log when a step was opened. */
export interface StepOpening {
  readonly publicSeen: number;
  /** By actor index. */
  readonly privateSeen: readonly number[];
}

/**
 * A bot seat's strategy memory (see `Strategy`): the strategy's own JSON object and how far into
 * the seat's public and private logs it has observed.
 */
export interface SeatMemory {
  readonly value: JsonObject;
  /** Events of the public log already observed. */
  readonly publicSeen: number;
  /** Events of the seat's private log already observed. */
  readonly privateSeen: number;
}

/** Where the game is. */
export interface Flow {
  phase: Phase;
  round: number;
  year: number;
  votesHeld: number;
  /** Amendments tabled so far (the next amendment's id). */
  amendmentsTabled: number;
  adopted: boolean;
  adoptedRound: number;
  inForce: boolean;
  inForceYear: number;
  /** The convention was in force and fell below its quorum (final unless `rules.revival`). */
  lapsed: boolean;
  /** The attribution body exists (text created one and the treaty is in force). */
  bodyActive: boolean;
  step: StepState;
}

/** A record of a resolved step, for replay: who was asked, and the sheets they gave. */
export interface StepRecord {
  readonly index: number;
  readonly phase: DecisionPhase;
  readonly round: number;
  readonly year: number;
  readonly seats: readonly number[];
  readonly sheets: readonly Sheet[];
  /** Faults recorded in the step (seat, reason); replay records them again. */
  readonly faults: readonly (readonly [number, string])[];
  /** Strategy memories changed in the step (seat, memory); replay restores them. */
  readonly memory: readonly (readonly [number, SeatMemory])[];
  /** Scheduled events triggered early during the step (their indices); replay triggers them again. */
  readonly injected?: readonly number[];
  /** Human seats whose sheet a stand-in bot decided in the step; replay marks them again. */
  readonly standIns?: readonly number[];
}

/** The whole game state. JSON-safe; never shared between games. */
export interface GameState {
  readonly format: 'geneva-game';
  readonly version: number;
  /** The validated scenario (never mutated; not part of any seat's view). */
  readonly scenario: Scenario;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: string;
  /** 32-bit hash of the seed, for derived streams. */
  readonly seedHash: number;
  /** Who plays each seat: a strategy id, or `human`. */
  readonly seats: readonly string[];
  readonly actors: readonly ActorInfo[];
  /** Static lists derived from the actors, computed once per game for the per-step code. */
  readonly roster: Roster;
  flow: Flow;
  world: World;
  rng: RngState;
  /** Every event, in order (the omniscient log). */
  log: GameEvent[];
  /** Every resolved step with its sheets (what replay feeds back). */
  history: StepRecord[];
  /** Each seat's strategy memory (null: none kept, or not yet). */
  memory: (SeatMemory | null)[];
}
