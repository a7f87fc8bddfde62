/**
 * Creating the initial state of a game from a validated scenario, a seed and the seat assignment.
 */
import { ARTICLES } from '../scenario/articles.js';
import type { Scenario, ScenarioActor, StateSpec } from '../scenario/schema.js';
import { seedRng } from '../rng/alea.js';
import { filled, mapped, numbers } from './arrays.js';
import { contentHash, hash32 } from '../rng/hash.js';
import { anyUncertainty, spreadsOf } from '../scenario/uncertainty.js';
import { publicEstimate, stateType, typeRngOf, typesHashOf, type StateType } from './private-types.js';
import type { RngState } from '../rng/alea.js';
import type { ActorInfo, DecisionMark, GameState, PrivateFacts, Roster, Tally, TypeEstimate } from './types.js';

/** The version of the game-state format (saved games carry it). */
export const STATE_VERSION = 4;

/** The decision mark of a seat that has not decided yet: everything is news to it (one object per seat: views share nothing). */
function noDecision(): DecisionMark {
  return { step: -1, publicSeen: 0, privateSeen: 0 };
}

/**
 * Builds the state before the first step. `seats[i]` names who plays actor i (a strategy id or
 * `human`); the flow is positioned by the caller (flow/step.ts).
 */
export function createState(scenario: Scenario, seed: string, seats: readonly string[], scenarioHash = contentHash(scenario)): GameState {
  const statics = staticsOf(scenario, scenarioHash);
  const { specs } = statics;
  // Each game has its own copies (a state shares nothing with another game).
  const actors = mapped(statics.actors, copyActor);
  const n = actors.length;
  const trustRows = mapped(statics.trust, (row) => numbers(row.length, (j) => row[j]!));
  // Private types: with any uncertainty, each state's truth is drawn from streams derived from the
  // seed (state/private-types.ts); without, nothing is drawn and the truth is the scenario's values.
  const typesHash = anyUncertainty(scenario.uncertainty) ? typesHashOf(seed) : null;
  const privateFacts = mapped(specs, ([id, spec], i) => privateOf(id, spec, i, trustRows[i]!, scenario, actors, typesHash === null ? null : typeRngOf(typesHash, statics.idHashes[i]!)));
  return {
    format: 'geneva-game',
    version: STATE_VERSION,
    scenario,
    scenarioId: scenario.id,
    scenarioHash,
    seed,
    seedHash: hash32(seed),
    seats: [...seats],
    actors,
    roster: copyRoster(statics.roster),
    flow: {
      phase: 'drafting',
      round: 0,
      year: 0,
      votesHeld: 0,
      amendmentsTabled: 0,
      adopted: false,
      adoptedRound: 0,
      inForce: false,
      inForceYear: 0,
      lapsed: false,
      bodyActive: false,
      // `memory` last: version-1 saves gain it last (persist/save.ts), and a save is compared as text.
      step: { index: 0, requests: [], sheets: [], faults: [], opened: { publicSeen: 0, privateSeen: numbers(n, () => 0) }, memory: [] },
    },
    world: {
      public: {
        text: numbers(ARTICLES.length, (k) => scenario.articles[ARTICLES[k]!].draft),
        pending: [],
        coalition: filled(n, null),
        signed: filled(n, false),
        ratified: filled(n, false),
        withdrawn: filled(n, false),
        refused: numbers(n, () => -1),
        techAccord: filled(n, false),
        pressure: numbers(n, () => 0),
        sharing: filled(n, false),
        defendsAll: filled(n, false),
        incidents: [],
        statements: [],
        pledges: [],
        rollCalls: [],
        estimates: mapped(statics.estimates, copyEstimate),
        log: [],
        lastVoteShare: -1,
        harm: numbers(n, () => 0),
      },
      private: privateFacts,
      secret: {
        operations: [],
        pledges: [],
        attackerOf: [],
        bodyFindings: [],
        yearHarm: numbers(n, () => 0),
        yearBackdoors: numbers(n, () => 0),
        yearAccused: filled(n, false),
      },
      tally: emptyTally(),
    },
    rng: seedRng(seed),
    log: [],
    history: [],
    memory: filled(n, null),
  };
}

/**
 * What a game's start takes from its scenario alone, the same for every game of a batch: never
 * handed out, each game gets copies.
 */
interface ScenarioStatics {
  /** The content hash it was built for: a scenario changed in place since is built again. */
  readonly hash: string;
  readonly specs: readonly (readonly [string, ScenarioActor])[];
  readonly actors: readonly ActorInfo[];
  readonly roster: Roster;
  readonly trust: readonly (readonly number[])[];
  /** The table's starting estimate of each state's type (null for firms and civil society). */
  readonly estimates: readonly (TypeEstimate | null)[];
  /** Each actor's id hashed, for the streams of the type draws. */
  readonly idHashes: readonly number[];
}

// Built once per scenario object: a batch plays thousands of games of one scenario, and building
// these (object entries, maps, bloc lookups) was ~5% of each game's time; copying them is cheap.
const STATICS = new WeakMap<Scenario, ScenarioStatics>();

function staticsOf(scenario: Scenario, hash: string): ScenarioStatics {
  const known = STATICS.get(scenario);
  if (known !== undefined && known.hash === hash) return known;
  const specs = Object.entries(scenario.actors);
  const index = new Map(specs.map(([id], i) => [id, i]));
  const actors = mapped(specs, ([id, spec], i) => actorInfo(id, i, spec, scenario, index));
  const estimates = mapped(specs, ([id, spec]) => (spec.kind === 'state' ? publicEstimate(spec, spreadsOf(scenario.uncertainty, id)) : null));
  const idHashes = mapped(specs, ([id]) => hash32(id));
  const statics: ScenarioStatics = { hash, specs, actors, roster: rosterOf(actors), trust: initialTrust(scenario, actors), estimates, idHashes };
  STATICS.set(scenario, statics);
  return statics;
}

/** A copy of an actor's public facts (one literal shape, as actorInfo builds them). */
function copyActor(a: ActorInfo): ActorInfo {
  return { id: a.id, index: a.index, kind: a.kind, name: a.name, bloc: a.bloc, capability: a.capability, exposure: a.exposure, home: a.home, voteWeight: a.voteWeight };
}

/** A game's own copy of a starting estimate (the table revises it as the game goes). */
function copyEstimate(e: TypeEstimate | null): TypeEstimate | null {
  if (e === null) return null;
  return {
    ...e,
    ideal: e.ideal.slice(),
    idealSpread: e.idealSpread.slice(),
    salience: e.salience.slice(),
    salienceSpread: e.salienceSpread.slice(),
  };
}

function copyRoster(r: Roster): Roster {
  return { ids: r.ids.slice(), stateIds: r.stateIds.slice(), otherStates: mapped(r.otherStates, (ids) => ids.slice()), hasFirms: r.hasFirms.slice() };
}

function emptyTally(): Tally {
  return {
    incidents: 0, civilianHarm: 0, covertOpsParties: 0, covertOpsNonParties: 0, attributionsCorrect: 0,
    attributionsFalse: 0, attributionsDenied: 0, withdrawals: 0, massEvents: 0, pledgesMade: 0,
    pledgesKept: 0, pledgesBroken: 0, faults: 0,
  };
}

function actorInfo(id: string, i: number, spec: ScenarioActor, scenario: Scenario, index: Map<string, number>): ActorInfo {
  // Explicit literals of one shape (no spreads): these objects are read on every bot decision. The
  // kind is written as a literal, not copied from the parsed file: a literal string is interned, so
  // the engine's many `kind === 'state'` tests compare pointers, not characters.
  switch (spec.kind) {
    case 'state':
      return { id, index: i, kind: 'state', name: spec.name, bloc: spec.bloc, capability: spec.capability, exposure: spec.exposure, home: -1, voteWeight: spec.voteWeight };
    case 'firm': {
      const home = scenario.actors[spec.home] as StateSpec;
      const weight = Object.values(spec.market).reduce((s, m) => s + m, 0);
      return { id, index: i, kind: 'firm', name: spec.name, bloc: home.bloc, capability: Math.min(1, weight), exposure: 0, home: index.get(spec.home)!, voteWeight: 0 };
    }
    case 'civil':
      return { id, index: i, kind: 'civil', name: spec.name, bloc: 'civil', capability: spec.advocacy, exposure: 0, home: -1, voteWeight: 0 };
  }
}

function rosterOf(actors: readonly ActorInfo[]): Roster {
  const stateIds = mapped(actors.filter((a) => a.kind === 'state'), (a) => a.id);
  return {
    ids: mapped(actors, (a) => a.id),
    stateIds,
    otherStates: mapped(actors, (a) => stateIds.filter((id) => id !== a.id)),
    hasFirms: mapped(actors, (a) => a.kind === 'state' && actors.some((f) => f.kind === 'firm' && f.home === a.index)),
  };
}

/** The trust matrix: pair overrides, else bloc-to-bloc trust, else the default; 1 on the diagonal. */
function initialTrust(scenario: Scenario, actors: readonly ActorInfo[]): number[][] {
  const { pairs, blocs } = scenario.trust;
  const rows = mapped(actors, (from) => numbers(actors.length, (j) => (from.index === j ? 1 : (blocs[from.bloc]?.[actors[j]!.bloc] ?? scenario.trust.default))));
  const index = new Map(actors.map((a) => [a.id, a.index]));
  for (const p of pairs) rows[index.get(p.from)!]![index.get(p.to)!] = p.value;
  return rows;
}

function privateOf(id: string, spec: ScenarioActor, i: number, trust: number[], scenario: Scenario, actors: readonly ActorInfo[], rng: RngState | null): PrivateFacts {
  const { alpha, beta } = scenario.trust.body;
  switch (spec.kind) {
    case 'state':
      return stateFacts(spec, i, trust, alpha, beta, stateType(spec, spreadsOf(scenario.uncertainty, id), rng));
    case 'firm':
      return {
        index: i, trust, bodyAlpha: alpha, bodyBeta: beta, inbox: [], pledges: [], log: [], welfare: 0, lastDecision: noDecision(),
        kind: 'firm',
        intel: spec.intel,
        neutrality: spec.neutrality,
        pressure: spec.pressure,
        market: numbers(actors.length, (j) => (actors[j]!.kind === 'state' ? (spec.market[actors[j]!.bloc] ?? 0) : 0)),
        backdoorRequested: false,
        backdoorsGranted: 0,
      };
    case 'civil':
      return {
        index: i, trust, bodyAlpha: alpha, bodyBeta: beta, inbox: [], pledges: [], log: [], welfare: 0, lastDecision: noDecision(),
        kind: 'civil',
        advocacy: spec.advocacy,
        credibility: spec.credibility,
        focus: numbers(spec.focus.length, (k) => ARTICLES.indexOf(spec.focus[k]!)),
      };
  }
}

function stateFacts(spec: StateSpec, i: number, trust: number[], alpha: number, beta: number, type: StateType): PrivateFacts {
  return {
    index: i, trust, bodyAlpha: alpha, bodyBeta: beta, inbox: [], pledges: [], log: [], welfare: 0, lastDecision: noDecision(),
    kind: 'state',
    ideal: type.ideal,
    salience: type.salience,
    domesticHurdle: type.domesticHurdle,
    reservation: type.reservation,
    contentControl: type.contentControl,
    contentTolerance: type.contentTolerance,
    capability: spec.capability,
    exploits: spec.exploits ?? 4 * spec.capability,
    discloses: false,
    backdoors: 0,
    operations: [],
    detections: [],
    toBlame: [],
    accusations: [],
  };
}
