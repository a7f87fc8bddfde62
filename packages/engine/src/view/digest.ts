/**
 * The digest: what happened since a seat's last decision, in words, computed from the seat's view
 * alone. Every roll call (who voted how), the fate of the seat's own amendment, how the draft
 * moved, public statements, the messages and pledges addressed to the seat and whether pledges
 * were kept, shocks, incidents, attributions, signatures and ratifications. The client's team
 * panel, the server's team screens, the projector (its public part) and strategies all read this
 * one function, so what a team is told never differs between them.
 */
import { ARTICLES, type ArticleId } from '../scenario/articles.js';
import { amendmentLabel, articleTitleOf, capitalise, describeChange, describeEvent, nameOf, pledgeOfEvent, pledgePromise, type WordsContext } from '../state/describe.js';
import type { EventType, GameEvent } from '../state/events.js';
import type { DecisionMark, PledgeKind, RollCall } from '../state/types.js';
import type { DeepReadonly, PublicView, View } from './view.js';

interface EntryBase {
  /** The step whose events the entry reports. */
  readonly step: number;
  /** The entry in one plain sentence, from the reader's side ("you" for the reader). */
  readonly text: string;
  /** Public (on the record, for everyone) or private (for the reader and those named). */
  readonly visibility: 'public' | 'private';
}

/** How the states voted on one amendment or on the whole text. */
export interface RollCallEntry extends EntryBase {
  readonly kind: 'roll-call';
  /** The amendment's id, or -1 for the vote on the text. */
  readonly amendment: number;
  readonly article: ArticleId | null;
  /** Who tabled the amendment (actor id; null for the text). */
  readonly by: string | null;
  readonly passed: boolean;
  /** The weighted yes share among those voting. */
  readonly share: number;
  /** Actor ids, by vote. */
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
  /** The reader tabled it. */
  readonly mine: boolean;
}

/** An article of the draft moved. */
export interface DraftMovedEntry extends EntryBase {
  readonly kind: 'draft-moved';
  readonly article: ArticleId;
  readonly from: number;
  readonly to: number;
  readonly amendment: number;
  readonly by: string;
}

/** An amendment was tabled, or withdrawn before the vote. */
export interface AmendmentEntry extends EntryBase {
  readonly kind: 'amendment';
  /** tabled; withdrawn because another on the same article won the draw; or not tabled at all because the article was at its limit. */
  readonly fate: 'tabled' | 'withdrawn-in-draw' | 'at-limit';
  readonly article: ArticleId;
  readonly by: string;
  /** The amendment tabled (-1 when none was). */
  readonly amendment: number;
  readonly mine: boolean;
}

/** A public statement. */
export interface StatementEntry extends EntryBase {
  readonly kind: 'statement';
  readonly from: string;
  readonly words: string;
}

/** A private message to the reader (and perhaps others). */
export interface MessageEntry extends EntryBase {
  readonly kind: 'message';
  readonly from: string;
  /** Recipients' ids. */
  readonly to: readonly string[];
  readonly words: string;
}

/** A pledge made to the reader (or publicly), or one settled. */
export interface PledgeEntry extends EntryBase {
  readonly kind: 'pledge';
  readonly by: string;
  readonly pledge: PledgeKind;
  readonly status: 'made' | 'kept' | 'broken';
}

/** Any other event the reader may see: shocks, incidents, attributions, signatures, ratifications… */
export interface NewsEntry extends EntryBase {
  readonly kind: 'news';
  readonly event: EventType;
  /** The actor the event is about (id), if any. */
  readonly actor: string | null;
}

/** One thing that happened, by kind. */
export type DigestEntry = RollCallEntry | DraftMovedEntry | AmendmentEntry | StatementEntry | MessageEntry | PledgeEntry | NewsEntry;

/** What happened since a seat's last decision. */
export interface Digest {
  /** The step of the decision the news starts from (-1: the start of the game). */
  readonly since: number;
  /** One sentence that sums it up, e.g. 'Since your last decision: 3 roll calls, the draft moved on 2 articles, 1 public statement.' */
  readonly headline: string;
  /** In the order they happened. */
  readonly entries: readonly DigestEntry[];
}

/** Events the digest reports otherwise (votes as roll calls, passed amendments as draft moves) or not at all (headings). */
const COVERED: ReadonlySet<EventType> = new Set<EventType>(['phase', 'text-vote', 'amendment-passed', 'amendment-failed', 'concluded']);

/**
 * What happened since the seat's last decision (or since `mark`, for a strategy that keeps its own
 * place), in plain words, from `view` alone.
 *
 * @example
 * const digest = digestFor(viewFor(game, 'fra'));
 * digest.headline; // 'Since your last decision: 2 roll calls, the draft moved on 1 article, 1 public statement.'
 * digest.entries.filter((e) => e.kind === 'roll-call'); // who voted how on each amendment
 */
export function digestFor(view: View, mark: DecisionMark = view.me.lastDecision): Digest {
  const context = wordsContextOf(view, view.seat);
  const entries: DigestEntry[] = [];
  for (const call of view.public.rollCalls) if (call.step >= mark.step) entries.push(...rollCallEntries(view, call, context));
  entries.push(...logEntries(view, view.public.log.slice(mark.publicSeen), 'public', context));
  entries.push(...logEntries(view, view.me.log.slice(mark.privateSeen), 'private', context));
  const ordered = inOrder(entries);
  return { since: mark.step, headline: headlineOf(ordered), entries: ordered };
}

/**
 * The public part of the digest of everything since step `since` (a projector's news): roll calls,
 * the draft's moves, statements and every public event, with no seat's private facts.
 *
 * @example
 * publicDigest(publicViewOf(game), game.flow.step.index - 1).entries; // the last step's news
 */
export function publicDigest(view: PublicView, since: number): Digest {
  const context = wordsContextOf(view, -1);
  const entries: DigestEntry[] = [];
  for (const call of view.public.rollCalls) if (call.step >= since) entries.push(...rollCallEntries(view, call, context));
  entries.push(...logEntries(view, view.public.log.filter((e) => e.step >= since), 'public', context));
  const ordered = inOrder(entries);
  return { since, headline: headlineOf(ordered, 'Since then'), entries: ordered };
}

/** The words context of a view: the game's article titles, and the reader (-1: nobody). */
export function wordsContextOf(view: PublicView, self: number): WordsContext {
  return { articles: ARTICLES.map((a) => view.articles[a].title), self };
}

/** Entries by step, keeping their order within a step (roll calls before the step's other news). */
function inOrder(entries: readonly DigestEntry[]): DigestEntry[] {
  return entries.map((entry, i) => ({ entry, i })).sort((a, b) => a.entry.step - b.entry.step || a.i - b.i).map((x) => x.entry);
}

/**
 * The entries of a run of events, with one line per lobbied actor and step ("United States was
 * lobbied by Microsoft, Google and Access Now") instead of one per lobbyist: a round of lobbying
 * is a dozen events that say one thing.
 */
function logEntries(view: PublicView & { readonly me?: View['me'] }, events: readonly DeepReadonly<GameEvent>[], visibility: 'public' | 'private', context: WordsContext): DigestEntry[] {
  const id = (i: number) => view.actors[i]?.id ?? '';
  // Entries, and in place of each lobbied actor's first lobbying of a step, the key of its group.
  const out: (DigestEntry | string)[] = [];
  const lobbies = new Map<string, { step: number; target: number; by: number[] }>();
  for (const e of events) {
    if (e.type !== 'lobbied') {
      out.push(...eventEntries(view, e, visibility, context, id));
      continue;
    }
    const key = `${e.step}:${e.other}`;
    const lobby = lobbies.get(key);
    if (lobby !== undefined) lobby.by.push(e.actor);
    else {
      lobbies.set(key, { step: e.step, target: e.other, by: [e.actor] });
      out.push(key);
    }
  }
  return out.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const { step, target, by } = lobbies.get(entry)!;
    const names = by.map((i) => nameOf(i, view.actors, context));
    const text = `${capitalise(nameOf(target, view.actors, context))} ${target === context.self ? 'were' : 'was'} lobbied by ${listOf(names)}.`;
    return { kind: 'news', step, visibility, event: 'lobbied', actor: id(target), text };
  });
}

function rollCallEntries(view: PublicView, call: DeepReadonly<RollCall>, context: WordsContext): DigestEntry[] {
  // Voters by actor index; states without a vote (observers, weight 0) are also listed apart.
  const by = { yes: [] as number[], no: [] as number[], abstain: [] as number[] };
  const observers: string[] = [];
  call.votes.forEach((v, i) => {
    if (v === null) return;
    by[v].push(i);
    if (view.actors[i]!.voteWeight === 0) observers.push(`${nameOf(i, view.actors, context)} (${v === 'yes' ? 'for' : v === 'no' ? 'against' : 'abstained'})`);
  });
  const ids = { yes: by.yes.map((i) => view.actors[i]!.id), no: by.no.map((i) => view.actors[i]!.id), abstain: by.abstain.map((i) => view.actors[i]!.id) };
  const voting = (list: readonly number[]) => list.filter((i) => view.actors[i]!.voteWeight > 0);
  const names = (list: readonly number[]) => voting(list).map((i) => nameOf(i, view.actors, context));
  const abstained = names(by.abstain);
  const tally = `For: ${listOf(names(by.yes))}. Against: ${listOf(names(by.no))}.${abstained.length > 0 ? ` Abstained: ${listOf(abstained)}.` : ''}${observers.length > 0 ? ` Without a vote: ${listOf(observers)}.` : ''}`;
  // Nobody with a vote took a side: a share of 0% would read as a defeat by votes against.
  const sided = voting(by.yes).length + voting(by.no).length > 0;
  const pct = sided ? `with ${Math.round(call.share * 100)}% of the weighted votes` : 'as every state with a vote abstained';
  const mine = call.by >= 0 && call.by === context.self;
  const subject =
    call.amendment < 0
      ? `The vote on the whole text: ${call.passed ? 'adopted' : 'rejected'} ${pct}.`
      : `${capitalise(amendmentLabel(call.amendment))} by ${nameOf(call.by, view.actors, context)}, to ${describeChange(call.article, call.from, call.to, context)}: ${call.passed ? 'passed' : 'failed'} ${pct}.`;
  const entry: RollCallEntry = {
    kind: 'roll-call',
    step: call.step,
    visibility: 'public',
    text: `${mine ? 'Your amendment — ' : ''}${subject} ${tally}`,
    amendment: call.amendment,
    article: call.article >= 0 ? ARTICLES[call.article]! : null,
    by: call.by >= 0 ? view.actors[call.by]!.id : null,
    passed: call.passed,
    share: call.share,
    ...ids,
    mine,
  };
  if (call.amendment < 0 || !call.passed || call.from === call.to) return [entry];
  const moved: DraftMovedEntry = {
    kind: 'draft-moved',
    step: call.step,
    visibility: 'public',
    text: `The draft moved: ${articleTitleOf(call.article, context)} went from ${call.from.toFixed(2)} to ${call.to.toFixed(2)} (${amendmentLabel(call.amendment)}, by ${nameOf(call.by, view.actors, context)}).`,
    article: ARTICLES[call.article]!,
    from: call.from,
    to: call.to,
    amendment: call.amendment,
    by: view.actors[call.by]!.id,
  };
  return [entry, moved];
}

function eventEntries(view: PublicView & { readonly me?: View['me'] }, e: DeepReadonly<GameEvent>, visibility: 'public' | 'private', context: WordsContext, id: (i: number) => string): DigestEntry[] {
  const self = context.self ?? -1;
  const base = { step: e.step, visibility };
  const sentence = () => sentenceOf(describeEvent(e as GameEvent, view.actors, context));
  switch (e.type) {
    case 'statement':
      return e.actor === self ? [] : [{ ...base, kind: 'statement', text: sentence(), from: id(e.actor), words: e.text }];
    case 'message': {
      if (e.actor === self) return [];
      const message = view.me?.inbox.find((m) => m.step === e.step && m.from === e.actor && m.text === e.text);
      const to = message === undefined ? [e.other] : [...message.to];
      const others = to.filter((i) => i !== self);
      const text = sentenceOf(`${capitalise(nameOf(e.actor, view.actors, context))} wrote privately to you${others.length > 0 ? ` (and ${listOf(others.map((i) => nameOf(i, view.actors, context)))})` : ''}: “${e.text}”`);
      return [{ ...base, kind: 'message', text, from: id(e.actor), to: to.map(id), words: e.text }];
    }
    case 'pledge':
      if (e.actor === self) return [];
      return [pledgeEntry(view, e, 'made', visibility === 'private' ? ' to you' : ' to everyone', context, id)];
    case 'pledge-kept':
    case 'pledge-broken':
      return [pledgeEntry(view, e, e.type === 'pledge-kept' ? 'kept' : 'broken', '', context, id)];
    case 'amendment-tabled':
      return [amendmentEntry(view, e, 'tabled', e.other, context, id)];
    case 'amendment-withdrawn':
      // A draw lost by another seat is no news to the reader; its own is.
      return e.actor === self ? [amendmentEntry(view, e, e.text === 'bound' ? 'at-limit' : 'withdrawn-in-draw', e.text === 'bound' ? -1 : e.other, context, id)] : [];
    case 'fault':
      return e.actor === self ? [{ ...base, kind: 'news', event: e.type, actor: id(e.actor), text: sentence() }] : [];
    default:
      return COVERED.has(e.type) ? [] : [{ ...base, kind: 'news', event: e.type, actor: e.actor >= 0 ? id(e.actor) : null, text: sentence() }];
  }
}

function pledgeEntry(view: PublicView, e: DeepReadonly<GameEvent>, status: 'made' | 'kept' | 'broken', audience: string, context: WordsContext, id: (i: number) => string): PledgeEntry {
  const who = capitalise(nameOf(e.actor, view.actors, context));
  const { kind, condition } = pledgeOfEvent(e.text, e.value);
  const promise = pledgePromise(kind, e.other, view.actors, context, condition);
  const its = e.actor === context.self ? 'your' : 'its';
  const text = status === 'made' ? `${who} promised${audience} ${promise}.` : `${who} ${status} ${its} promise ${promise}.`;
  return { step: e.step, visibility: e.visibleTo === null ? 'public' : 'private', kind: 'pledge', text, by: id(e.actor), pledge: kind, status };
}

function amendmentEntry(view: PublicView, e: DeepReadonly<GameEvent>, fate: AmendmentEntry['fate'], amendment: number, context: WordsContext, id: (i: number) => string): AmendmentEntry {
  const mine = e.actor === context.self;
  const article = articleTitleOf(e.value, context);
  const text =
    fate === 'at-limit'
      ? `Your amendment on ${article} was not tabled: the article is already as far as it can go in that direction.`
      : fate === 'withdrawn-in-draw'
        ? `Your amendment on ${article} was withdrawn: another seat tabled one on the same article and the draw picked theirs (${amendmentLabel(amendment)}). Only one amendment per article is voted on each round.`
        : `${mine ? 'Your amendment was tabled as' : `${capitalise(nameOf(e.actor, view.actors, context))} tabled`} ${amendmentLabel(amendment)}: ${e.text === '+' ? 'strengthen' : 'weaken'} ${article}. It is voted on next round.`;
  return { step: e.step, visibility: e.visibleTo === null ? 'public' : 'private', kind: 'amendment', fate, article: ARTICLES[e.value]!, by: id(e.actor), amendment, mine, text };
}

function headlineOf(entries: readonly DigestEntry[], lead = 'Since your last decision'): string {
  if (entries.length === 0) return `${lead}: nothing new.`;
  const count = (kind: DigestEntry['kind']) => entries.filter((e) => e.kind === kind).length;
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (count('roll-call') > 0) parts.push(plural(count('roll-call'), 'roll call', 'roll calls'));
  if (count('draft-moved') > 0) parts.push(`the draft moved on ${plural(count('draft-moved'), 'article', 'articles')}`);
  if (count('statement') > 0) parts.push(plural(count('statement'), 'public statement', 'public statements'));
  if (count('message') > 0) parts.push(plural(count('message'), 'private message to you', 'private messages to you'));
  if (count('pledge') > 0) parts.push(plural(count('pledge'), 'pledge', 'pledges'));
  if (count('news') > 0) parts.push(plural(count('news'), 'other piece of news', 'other pieces of news'));
  if (count('amendment') > 0) parts.push(plural(count('amendment'), 'amendment tabled or withdrawn', 'amendments tabled or withdrawn'));
  return `${lead}: ${parts.join(', ')}.`;
}

function listOf(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** A sentence with its full stop: none added after a quotation that already ends one ("… vote.”). */
export function sentenceOf(text: string): string {
  return /[.!?]”?$/.test(text) ? text : `${text}.`;
}
