/**
 * The numbers behind the debrief's plots, computed from the states of a game (states[k] = the game
 * after k steps). Pure and DOM-free, so the same series can be tested against the engine and reused
 * by any other view (CSV export, a projector page). The debrief comes after the game, so every
 * series is omniscient: private trust, secret harm of undetected operations included.
 */
import { ARTICLES, type ArticleId, type GameState, type Phase } from '@geneva/engine';

/** One line of the article chart: an article's public position after each step. */
export interface ArticleSeries {
  readonly id: ArticleId;
  /** The scenario's title of the article (e.g. "Protected targets"). */
  readonly title: string;
  /** Position in [0,1] at each timeline index. */
  readonly values: readonly number[];
}

/** Incidents and civilian harm of one year (year 0: the talks, before the implementation years). */
export interface YearBucket {
  readonly year: number;
  /** A short label for the axis ("talks", "Y1", …). */
  readonly label: string;
  /** Incidents made public in the year. */
  readonly incidents: number;
  /** Civilian harm suffered in the year, known or not (omniscient). */
  readonly harm: number;
  /** The first timeline index at which the game is in that year (where a click on the bar jumps). */
  readonly firstIndex: number;
}

/** When a state signed, ratified, failed to ratify or withdrew (timeline indices; null: never). */
export interface Participation {
  readonly id: string;
  readonly name: string;
  readonly bloc: string;
  readonly signedAt: number | null;
  readonly ratifiedAt: number | null;
  /** Its legislature rejected ratification. */
  readonly ratificationFailedAt: number | null;
  readonly withdrewAt: number | null;
}

/** Everything the debrief plots. Every per-step array has one entry per state (timeline index). */
export interface DebriefSeries {
  /** Timeline indices 0…n−1: the x of every per-step chart. */
  readonly x: readonly number[];
  /**
   * The step that led to each timeline index, in a few letters ("start" for index 0, then "draft",
   * "R3", "vote", "Y2"…): a point labelled R3 shows the game right after a step of round 3.
   */
  readonly labels: readonly string[];
  /** Timeline indices where a round, a phase or a year begins (the x axis ticks). */
  readonly ticks: readonly number[];
  /** Mean over actors of the Beta mean of their trust in the attribution body. */
  readonly bodyTrust: readonly number[];
  /** Mean pairwise trust (every ordered pair of distinct actors). */
  readonly pairTrust: readonly number[];
  /** One line per article, in the engine's fixed order. */
  readonly articles: readonly ArticleSeries[];
  /** Years 0…last year reached. */
  readonly years: readonly YearBucket[];
  /** Every state actor, in seat order. */
  readonly participation: readonly Participation[];
}

/**
 * The series of a game.
 *
 * @example
 * const s = debriefSeries(states);
 * s.articles[0]!.values.at(-1); // the final position of the first article
 */
export function debriefSeries(states: readonly GameState[]): DebriefSeries {
  const final = lastOf(states);
  const labels = states.map((_, k) => {
    const before = states[k - 1];
    return before === undefined ? 'start' : stepLabel(before.flow.phase, before.flow.round, before.flow.year);
  });
  return {
    x: states.map((_, k) => k),
    labels,
    // A tick wherever the label changes: one per round, phase and year, never one per step.
    ticks: labels.flatMap((label, k) => (k === 0 || label !== labels[k - 1] ? [k] : [])),
    bodyTrust: states.map(bodyTrustOf),
    pairTrust: states.map(pairTrustOf),
    articles: ARTICLES.map((id, a) => ({
      id,
      title: final.scenario.articles[id].title,
      values: states.map((s) => s.world.public.text[a] ?? 0),
    })),
    years: yearBuckets(states),
    participation: participationOf(states),
  };
}

/**
 * For every event of the final log, the timeline index of the first state whose log holds it: the
 * state right after the step that produced it. The log only grows (each state's log is a prefix of
 * the next one's), so one sweep suffices. Going by the log rather than by `event.step` matters for
 * events emitted as a step opens (a new round's phase marker, scheduled shocks): they carry the
 * number of the step about to be played but are already in the state right after the previous one.
 */
export function timelineIndexOfEvents(states: readonly GameState[]): number[] {
  const log = lastOf(states).log;
  const index = new Array<number>(log.length);
  let k = 0;
  for (let p = 0; p < log.length; p++) {
    while (k < states.length - 1 && states[k]!.log.length <= p) k++;
    index[p] = k;
  }
  return index;
}

/** A short label for where the game is, for axis ticks and table cells. */
export function stepLabel(phase: Phase, round: number, year: number): string {
  switch (phase) {
    case 'drafting': return 'draft';
    case 'negotiation': return `R${round}`;
    case 'vote': return 'vote';
    case 'signature': return 'sign';
    case 'ratification': return 'ratify';
    case 'operations':
    case 'blame':
    case 'response': return `Y${year}`;
    case 'concluded': return 'end';
  }
}

/** Mean trust in the attribution body: the same formula as the engine's outcome (unrounded). */
function bodyTrustOf(state: GameState): number {
  const facts = state.world.private;
  if (facts.length === 0) return 0;
  return facts.reduce((sum, p) => sum + p.bodyAlpha / (p.bodyAlpha + p.bodyBeta), 0) / facts.length;
}

/** Mean of trust[i][j] over i ≠ j (an actor's trust in itself is not a relation). */
function pairTrustOf(state: GameState): number {
  let sum = 0;
  let pairs = 0;
  for (const p of state.world.private) {
    p.trust.forEach((t, j) => {
      if (j === p.index) return;
      sum += t;
      pairs++;
    });
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/**
 * Incidents and harm per year, from the engine's tallies step by step: what step k added is
 * counted in the year of states[k] (a shock that opens year y is tallied as year y begins). Using
 * the tally rather than the public incident list keeps the secret harm of undetected operations
 * and the mass events' harm, so the years add up to the outcome's totals.
 */
function yearBuckets(states: readonly GameState[]): YearBucket[] {
  const lastYear = lastOf(states).flow.year;
  const incidents = new Array<number>(lastYear + 1).fill(0);
  const harm = new Array<number>(lastYear + 1).fill(0);
  const firstIndex = new Array<number>(lastYear + 1).fill(-1);
  states.forEach((s, k) => {
    const y = s.flow.year;
    if (firstIndex[y] === -1) firstIndex[y] = k;
    const before = states[k - 1];
    if (before === undefined) return;
    incidents[y] = incidents[y]! + s.world.tally.incidents - before.world.tally.incidents;
    harm[y] = harm[y]! + s.world.tally.civilianHarm - before.world.tally.civilianHarm;
  });
  return incidents.map((n, year) => ({
    year,
    label: year === 0 ? 'talks' : `Y${year}`,
    incidents: n,
    harm: harm[year]!,
    firstIndex: Math.max(0, firstIndex[year]!),
  }));
}

/** Who signed, ratified, failed to ratify and withdrew, and when (the first state showing it). */
function participationOf(states: readonly GameState[]): Participation[] {
  const final = lastOf(states);
  const at = timelineIndexOfEvents(states);
  const firstWhere = (pick: (s: GameState) => boolean): number | null => {
    const k = states.findIndex(pick);
    return k < 0 ? null : k;
  };
  return final.actors
    .filter((a) => a.kind === 'state')
    .map((a) => {
      const failed = final.log.findIndex((e) => e.type === 'ratification-failed' && e.actor === a.index);
      return {
        id: a.id,
        name: a.name,
        bloc: a.bloc,
        signedAt: firstWhere((s) => s.world.public.signed[a.index] === true),
        ratifiedAt: firstWhere((s) => s.world.public.ratified[a.index] === true),
        ratificationFailedAt: failed < 0 ? null : (at[failed] ?? null),
        withdrewAt: firstWhere((s) => s.world.public.withdrawn[a.index] === true),
      };
    });
}

function lastOf(states: readonly GameState[]): GameState {
  const final = states.at(-1);
  if (final === undefined) throw new RangeError('a debrief needs at least one state of the game');
  return final;
}
