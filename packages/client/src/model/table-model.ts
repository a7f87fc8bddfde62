/**
 * What the table shows, derived from a game state for one perspective. The scene draws only a
 * TableModel, so nothing a perspective may not see can reach the screen: the public perspective
 * (the projector) reads the public record alone, a seat's reads its view (public record plus its
 * own private facts), and only the omniscient one (debrief, replay) reads the whole state.
 */
import { ARTICLES, publicViewOf, viewFor, type ActorKind, type DeepReadonly, type GameState, type Phase, type PrivateFacts, type PublicView, type View } from '@geneva/engine';

type Facts = DeepReadonly<PrivateFacts>;

/** Whose eyes the table is seen through. */
export type Perspective = { readonly kind: 'public' } | { readonly kind: 'omniscient' } | { readonly kind: 'seat'; readonly seat: number };

/** Where an actor stands on the convention. */
export type Standing = 'outside' | 'signed' | 'ratified' | 'withdrawn';

/** One actor on the table. */
export interface ActorNode {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly bloc: string;
  readonly capability: number;
  readonly standing: Standing;
  readonly coalition: 'friends' | 'sovereignty' | null;
  readonly techAccord: boolean;
  /** Civilian harm suffered so far (public). */
  readonly harm: number;
  /** Whether the actor is the perspective's own seat. */
  readonly self: boolean;
  /** Whether the actor must still decide in the current step. */
  readonly awaiting: boolean;
  /** Whether a human team plays the seat. */
  readonly human: boolean;
}

/** Trust of one actor in another, in [0, 1]. */
export interface TrustEdge {
  readonly from: number;
  readonly to: number;
  readonly value: number;
}

/** An actor's public stance on an article: the direction of its latest amendment to it. */
export interface Stance {
  readonly actor: number;
  readonly direction: 1 | -1;
}

/** One article of the draft. */
export interface ArticleBar {
  readonly id: string;
  readonly title: string;
  /** The current position, in [0, 1]. */
  readonly position: number;
  /** Ideal positions the perspective may see (its own; every state's when omniscient). */
  readonly ideals: readonly { readonly actor: number; readonly value: number }[];
  readonly stances: readonly Stance[];
}

/** An amendment awaiting its vote. */
export interface PendingAmendment {
  readonly id: number;
  readonly by: number;
  readonly article: string;
  readonly direction: 1 | -1;
}

/** An incident of the implementation years, as far as the perspective knows. */
export interface IncidentMark {
  readonly id: number;
  readonly year: number;
  readonly target: number;
  readonly harm: number;
  /** The state publicly blamed by the victim (-1: none). */
  readonly accused: number;
  /** The state named by the attribution body (-1: none) and its confidence. */
  readonly bodyNamed: number;
  readonly bodyConfidence: number;
  readonly answer: 'admit' | 'deny' | 'none';
  /** The attacker, when the perspective knows it (revealed publicly, or omniscient); -1 otherwise. */
  readonly attacker: number;
  readonly source: 'operation' | 'election-attack' | 'mass-event';
}

/** Everything the table draws. */
export interface TableModel {
  readonly perspective: Perspective;
  readonly scenarioId: string;
  readonly phase: Phase;
  readonly round: number;
  readonly year: number;
  readonly step: number;
  readonly adopted: boolean;
  readonly inForce: boolean;
  readonly actors: readonly ActorNode[];
  readonly trust: readonly TrustEdge[];
  readonly articles: readonly ArticleBar[];
  readonly pending: readonly PendingAmendment[];
  readonly incidents: readonly IncidentMark[];
  /** Trust in the attribution body (the seat's own belief, or the mean when omniscient); null in public. */
  readonly bodyTrust: number | null;
}

/** What a view does not hold but the table shows: who is still deciding, who is human, article titles. */
export interface TableExtras {
  /** Seats that must still decide in the current step. */
  readonly awaiting?: ReadonlySet<number>;
  /** Seats played by human teams. */
  readonly humans?: ReadonlySet<number>;
  /** Article titles by id (the scenario's; the ids when absent). */
  readonly titles?: Readonly<Record<string, string>>;
}

/**
 * The table for a state seen from a perspective. The public perspective is built from the
 * engine's `publicViewOf` alone (see {@link publicTableModel}) and a seat's from its `viewFor`
 * alone (see {@link viewTableModel}), so neither can show more than it may see; only the
 * omniscient one reads the whole state.
 *
 * @example
 * tableModel(game, { kind: 'seat', seat: 0 }).trust; // seat 0's trust in each other actor
 */
export function tableModel(state: GameState, perspective: Perspective): TableModel {
  const extras: TableExtras = {
    awaiting: new Set(state.flow.step.requests.filter((r) => state.flow.step.sheets[r.seat] === null).map((r) => r.seat)),
    humans: new Set(state.actors.filter((a) => state.seats[a.index] === 'human').map((a) => a.index)),
    titles: Object.fromEntries(ARTICLES.map((id) => [id, state.scenario.articles[id].title])),
  };
  if (perspective.kind === 'public') return publicTableModel(publicViewOf(state), extras);
  if (perspective.kind === 'seat') return viewTableModel(viewFor(state, perspective.seat), 'seat', extras);
  const attackers = new Map<number, number>();
  for (const op of state.world.secret.operations) if (op.incident >= 0) attackers.set(op.incident, op.attacker);
  return build(viewFor(state, 0), perspective, state.world.private, attackers, extras);
}

/**
 * The table as a seat sees it (`seat`), or as the public sees it (`public`: the view's own facts
 * are left out), from a seat's view only: what a networked client receives.
 *
 * @example
 * viewTableModel(view, 'seat', { titles }).articles[0].ideals; // the seat's own ideal only
 */
export function viewTableModel(view: View, kind: 'public' | 'seat', extras: TableExtras = {}): TableModel {
  // A view is a public view plus the seat's own facts: the public table simply leaves them unread.
  if (kind === 'public') return publicTableModel(view, extras);
  return build(view, { kind: 'seat', seat: view.seat }, [view.me], new Map(), extras);
}

/**
 * The table as the public sees it, from the public view alone (the engine's `publicViewOf`, what a
 * projector receives from the server): no trust, no ideals, only publicly revealed attackers.
 * `extras` take seat indices; a watcher maps the server's actor ids through `view.actors`.
 *
 * @example
 * publicTableModel(message.view, { awaiting: new Set([0, 3]), humans: new Set([0, 1]), titles });
 */
export function publicTableModel(view: PublicView, extras: TableExtras = {}): TableModel {
  return build(view, { kind: 'public' }, [], new Map(), extras);
}

/**
 * The model from the public parts of a view, the private facts the perspective may see, and the
 * attackers it knows. It takes a PublicView so that the public table needs nothing a seat holds.
 */
function build(view: PublicView, perspective: Perspective, seen: readonly Facts[], attackers: ReadonlyMap<number, number>, extras: TableExtras): TableModel {
  const pub = view.public;
  const self = perspective.kind === 'seat' ? perspective.seat : -1;
  const actors = view.actors.map<ActorNode>((a) => ({
    index: a.index,
    id: a.id,
    name: a.name,
    kind: a.kind,
    bloc: a.bloc,
    capability: a.capability,
    standing: pub.withdrawn[a.index] ? 'withdrawn' : pub.ratified[a.index] ? 'ratified' : pub.signed[a.index] ? 'signed' : 'outside',
    coalition: pub.coalition[a.index] ?? null,
    techAccord: pub.techAccord[a.index] ?? false,
    harm: pub.harm[a.index] ?? 0,
    self: a.index === self,
    awaiting: extras.awaiting?.has(a.index) ?? false,
    human: extras.humans?.has(a.index) ?? false,
  }));
  return {
    perspective,
    scenarioId: view.scenarioId,
    phase: view.phase,
    round: view.round,
    year: view.year,
    step: view.step,
    adopted: view.adopted,
    inForce: view.inForce,
    actors,
    trust: trustEdges(seen),
    articles: articleBars(view, seen, extras.titles ?? {}),
    pending: pub.pending.map((p) => ({ id: p.id, by: p.by, article: ARTICLES[p.article] ?? '?', direction: p.delta > 0 ? 1 : -1 })),
    incidents: incidentMarks(view, attackers),
    bodyTrust: seen.length === 0 ? null : seen.reduce((sum, f) => sum + f.bodyAlpha / (f.bodyAlpha + f.bodyBeta), 0) / seen.length,
  };
}

function trustEdges(seen: readonly Facts[]): TrustEdge[] {
  const edges: TrustEdge[] = [];
  for (const facts of seen)
    facts.trust.forEach((value, to) => {
      if (to !== facts.index) edges.push({ from: facts.index, to, value });
    });
  return edges;
}

function articleBars(view: PublicView, seen: readonly Facts[], titles: Readonly<Record<string, string>>): ArticleBar[] {
  const latest = new Map<string, Stance>();
  for (const e of view.public.log)
    if (e.type === 'amendment-tabled') latest.set(`${e.value}:${e.actor}`, { actor: e.actor, direction: e.text === '+' ? 1 : -1 });
  return ARTICLES.map((id, k) => ({
    id,
    title: titles[id] ?? id,
    position: view.public.text[k] ?? 0,
    ideals: seen.flatMap((facts) => (facts.kind === 'state' ? [{ actor: facts.index, value: facts.ideal[k] ?? 0 }] : [])),
    stances: [...latest.entries()].filter(([key]) => key.startsWith(`${k}:`)).map(([, stance]) => stance),
  }));
}

function incidentMarks(view: PublicView, attackers: ReadonlyMap<number, number>): IncidentMark[] {
  return view.public.incidents.map((incident) => ({
    id: incident.id,
    year: incident.year,
    target: incident.target,
    harm: incident.harm,
    accused: incident.accused,
    bodyNamed: incident.bodyNamed,
    bodyConfidence: incident.bodyConfidence,
    answer: incident.answer,
    attacker: incident.revealedAttacker >= 0 ? incident.revealedAttacker : (attackers.get(incident.id) ?? -1),
    source: incident.source,
  }));
}
