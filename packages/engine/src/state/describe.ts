/**
 * Events in plain words, for the CLI's account, the client's timeline, the digest and the debrief:
 * actor names and article titles, never ids or slot names; numbers with their meaning.
 */
import { ARTICLES, ARTICLE_TITLES } from '../scenario/articles.js';
import type { GameEvent } from './events.js';
import type { ActorInfo, Phase, PledgeKind } from './types.js';
import type { ConditionByIds } from '../flow/sheets.js';

/** What a sentence may know beyond the event: the game's article titles, and whose eyes read it. */
export interface WordsContext {
  /** Article titles by index (the scenario's); the generic titles when absent. */
  readonly articles?: readonly string[];
  /** The reader's actor index: sentences about it say "you" (absent: nobody is "you"). */
  readonly self?: number;
}

/**
 * One sentence for an event, starting with a capital letter.
 *
 * @example
 * describeEvent(event, state.actors); // 'United States ratified the convention (the table had given its legislature a 42% chance of approving)'
 */
export function describeEvent(e: GameEvent, actors: readonly ActorInfo[], context: WordsContext = {}): string {
  return capitalise(sentenceOf(e, actors, context));
}

/** A reader-relative name: "you" for the reader, the actor's name otherwise. */
export function nameOf(i: number, actors: readonly ActorInfo[], context: WordsContext = {}): string {
  if (i < 0) return 'the attribution body';
  if (i === context.self) return 'you';
  return actors[i]?.name ?? 'an unknown seat';
}

/** An article's title (the scenario's when given). */
export function articleTitleOf(article: number, context: WordsContext = {}): string {
  return context.articles?.[article] ?? ARTICLE_TITLES[ARTICLES[article] ?? 'targets'];
}

/** How people number amendments: from 1 (the engine counts from 0). */
export function amendmentLabel(id: number): string {
  return `amendment ${id + 1}`;
}

/** An amendment's change in a phrase: 'raise Bindingness from 0.45 to 0.55'. */
export function describeChange(article: number, from: number, to: number, context: WordsContext = {}): string {
  return `${to >= from ? 'raise' : 'lower'} ${articleTitleOf(article, context)} from ${from.toFixed(2)} to ${to.toFixed(2)}`;
}

/** What a pledge promises, as a verb phrase: 'to vote for amendment 3'. `condition`: a `ratify-if` pledge's states (ids) and how many. */
export function pledgePromise(kind: PledgeKind, target: number, actors: readonly ActorInfo[], context: WordsContext = {}, condition?: ConditionByIds): string {
  switch (kind) {
    case 'support-amendment': return `to vote for ${amendmentLabel(target)}`;
    case 'vote-yes': return 'to vote for the text';
    case 'sign': return 'to sign the convention';
    case 'ratify': return 'to ratify the convention';
    case 'ratify-if': return `to ratify the convention once ${conditionWords(condition, actors, context)} ratified it`;
    case 'no-operations': return target >= 0 ? `to run no covert operation against ${nameOf(target, actors, context)}` : 'to run no covert operation against anyone';
    case 'refuse-backdoors': return 'to refuse its government any backdoor';
  }
}

/** 'at least 2 of the United States, China and Russia have', or 'the United States has'. */
function conditionWords(condition: ConditionByIds | undefined, actors: readonly ActorInfo[], context: WordsContext): string {
  if (condition === undefined || condition.states.length === 0) return 'enough others have';
  const names = condition.states.map((id) => nameOf(actors.findIndex((a) => a.id === id), actors, context));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  if (condition.states.length === 1) return `${list} ${list === 'you' ? 'have' : 'has'}`;
  if (condition.atLeast === condition.states.length) return `${condition.atLeast === 2 ? 'both' : 'all of'} ${list} have`;
  return `at least ${condition.atLeast} of ${list} have`;
}

/**
 * A pledge event's text: the pledge kind, and for a `ratify-if` pledge its condition
 * (`ratify-if:usa,chn`, with the number in the event's value). The inverse of {@link pledgeEventText}.
 */
export function pledgeOfEvent(text: string, atLeast: number): { kind: PledgeKind; condition?: ConditionByIds } {
  const [kind, states] = text.split(':');
  return states === undefined ? { kind: kind as PledgeKind } : { kind: kind as PledgeKind, condition: { states: states.split(','), atLeast } };
}

/** The text a pledge event carries (see {@link pledgeOfEvent}). */
export function pledgeEventText(kind: PledgeKind, states: readonly string[] | undefined): string {
  return states === undefined ? kind : `${kind}:${states.join(',')}`;
}

/** A pledge event's promise in words. */
function promiseOfEvent(e: GameEvent, actors: readonly ActorInfo[], context: WordsContext): string {
  const { kind, condition } = pledgeOfEvent(e.text, e.value);
  return pledgePromise(kind, e.other, actors, context, condition);
}

/** Civilian harm in words (an operation's harm is opHarm × exposure; a mass event's 0.15 for all). */
export function harmWords(harm: number): string {
  if (harm >= 0.1) return 'severe';
  if (harm >= 0.04) return 'serious';
  return 'limited';
}

/** A probability as a chance in words: '42%'. */
function chance(p: number): string {
  return `${Math.round(p * 100)}%`;
}

function sentenceOf(e: GameEvent, actors: readonly ActorInfo[], context: WordsContext): string {
  const who = (i: number) => nameOf(i, actors, context);
  const a = who(e.actor);
  const o = who(e.other);
  const article = articleTitleOf(e.value, context);
  const its = e.actor === context.self ? 'your' : 'its';
  // "you" reads well as a subject or an object; possessives and places need their own words.
  const whose = e.actor === context.self ? 'your' : `${a}'s`;
  const inA = e.actor === context.self ? 'in your country' : `in ${a}`;
  switch (e.type) {
    case 'phase': return phaseHeading(e);
    case 'draft-tabled': return `${a}, as chair, tabled the draft convention${draftPositions(e.text, context)}`;
    case 'amendment-tabled': return `${a} tabled ${amendmentLabel(e.other)}: ${e.text === '+' ? 'strengthen' : 'weaken'} ${article}`;
    case 'amendment-withdrawn':
      return e.text === 'bound'
        ? `${a} could not table an amendment on ${article}: it is already as far as it can go in that direction`
        : `${capitalise(whose)} amendment on ${article} was withdrawn: ${e.other >= 0 ? `${amendmentLabel(e.other)} ` : 'another amendment '}on the same article was drawn by lot instead`;
    case 'amendment-passed': return `${e.other >= 0 ? capitalise(amendmentLabel(e.other)) : 'The amendment'} on ${article} by ${a} passed with ${chance(Number(e.text))} of the weighted votes`;
    case 'amendment-failed': return `${e.other >= 0 ? capitalise(amendmentLabel(e.other)) : 'The amendment'} on ${article} by ${a} failed with ${chance(Number(e.text))} of the weighted votes`;
    case 'coalition': return `${a} ${e.text === 'none' ? `left ${its} coalition` : `joined the ${coalitionName(e.text)}`}`;
    case 'lobbied': return `${a} lobbied ${o}`;
    case 'tech-accord': return `${a} ${e.text} the tech accord (firms' pledge to defend every customer and help attack no one)`;
    case 'statement': return `${a} said publicly: “${e.text}”`;
    case 'message': return `${a} wrote privately to ${o}: “${e.text}”`;
    case 'pledge': return `${a} promised ${promiseOfEvent(e, actors, context)}`;
    case 'pledge-kept': return `${a} kept ${its} promise ${promiseOfEvent(e, actors, context)}`;
    case 'pledge-broken': return `${a} broke ${its} promise ${promiseOfEvent(e, actors, context)}`;
    case 'text-vote': return `${a} voted ${e.text === 'yes' ? 'for' : e.text === 'no' ? 'against' : 'neither for nor against (abstained on)'} the text`;
    case 'adopted': return `The text was adopted with ${chance(e.value)} of the weighted votes`;
    case 'rejected': return `The text was rejected: only ${chance(e.value)} of the weighted votes were for it`;
    case 'signed': return `${a} signed the convention`;
    case 'ratified': return `${a} ${e.text === 'accession' ? 'acceded to' : 'ratified'} the convention (the table had given ${its} legislature a ${chance(e.value)} chance of approving)`;
    case 'ratification-failed': return `${capitalise(whose)} legislature refused to ${e.text === 'accession' ? 'accede to' : 'ratify'} the convention (the table had given it a ${chance(e.value)} chance of approving)`;
    case 'in-force': return `The convention ${e.text === 'revived' ? 'came back into force' : 'entered into force'}${e.value ? ', with an independent attribution body' : ''}`;
    case 'not-in-force': return 'The convention did not enter into force: too few states ratified it';
    case 'operation': return `${a} ran a covert operation against ${o} (${e.text === 'success' ? 'it succeeded' : 'it failed'})`;
    case 'detected': return `${a} detected a covert operation (${incidentLabel(e.text)}); ${e.actor === context.self ? 'your' : 'its'} services suspect ${e.other >= 0 ? o : 'no one in particular'} (${chance(e.value)} sure)`;
    case 'incident': return `${a} ${e.actor === context.self ? 'were' : 'was'} hit by a cyberattack (incident ${e.other + 1}): ${harmWords(e.value)} harm to civilians`;
    case 'accused': return `${a} publicly blamed ${o} for incident ${e.value + 1}`;
    case 'body-finding': return e.other >= 0 ? `The attribution body named ${o} as the attacker in ${incidentLabel(e.text)} (${chance(e.value)} sure)` : `The attribution body could not name an attacker in ${incidentLabel(e.text.replace(': no state named', ''))}`;
    case 'admitted': return `${a} admitted incident ${e.value + 1}`;
    case 'denied': return `${a} denied incident ${e.value + 1}`;
    case 'sanctioned': return `${a} paid a price in reputation and sanctions (${e.value >= 0.3 ? 'heavy' : e.value >= 0.1 ? 'moderate' : 'light'})`;
    case 'revealed': return `The truth came out: ${a} ${e.actor === context.self ? 'were' : 'was'} behind incident ${e.value + 1} against ${o}`;
    case 'withdrawal': return `${a} withdrew from the convention`;
    case 'lapsed': return 'The convention fell below its quorum and lapsed';
    case 'mass-event': return e.actor >= 0 ? `The leaked exploit came from ${whose} stockpile` : `MASS CYBER EVENT: a leaked exploit hit everyone${e.text ? ` — ${e.text}` : ''}`;
    case 'government-change': return `Change of government ${inA}${e.text ? ` — ${e.text}` : ''}`;
    case 'election-attack': return `An election ${inA} was attacked${e.text ? ` — ${e.text}` : ''}`;
    case 'leak': return e.actor >= 0 ? `LEAK: ${a} ran an operation against ${o}${e.text ? ` — ${e.text}` : ''}` : `Leak: ${e.text}`;
    case 'backdoor-requested': return `${a} asked ${o} for a backdoor into its products`;
    case 'backdoor-granted': return `${a} granted ${o} a backdoor`;
    case 'backdoor-refused': return `${a} refused ${o} a backdoor`;
    case 'fault': return `${a} ${e.actor === context.self ? 'were' : 'was'} given the default decision: ${faultWords(e.text)}`;
    case 'event-triggered': return `The facilitator brought a scheduled event forward (${e.text.replace(/-/g, ' ')})`;
    case 'concluded': return 'The game is over';
  }
}

function phaseHeading(e: GameEvent): string {
  switch (e.text) {
    case 'negotiation': return `— Negotiation, round ${e.round} —`;
    case 'operations': return `— Implementation, year ${e.year} —`;
    case 'vote': return '— The vote on the text —';
    case 'signature': return '— Signature —';
    case 'ratification': return '— Ratification —';
    case 'blame': return `— Attribution, year ${e.year} —`;
    case 'response': return `— Answers to accusations, year ${e.year} —`;
    case 'concluded': return '— The end —';
    default: return `— ${e.text} —`;
  }
}

function coalitionName(coalition: string): string {
  return coalition === 'friends' ? 'Friends of the Convention coalition' : coalition === 'sovereignty' ? 'Sovereignty coalition' : `${coalition} coalition`;
}

/** 'incident 3' (the engine's count from 0) as people count it. */
function incidentLabel(text: string): string {
  const m = /^incident (\d+)$/.exec(text.trim());
  return m ? `incident ${Number(m[1]) + 1}` : text;
}

function faultWords(reason: string): string {
  return reason.startsWith('no decision in time') ? 'no decision came in time' : reason;
}

/** The draft-tabled event's `targets=0.90 …` text as titles and positions. */
function draftPositions(text: string, context: WordsContext): string {
  const parts = text.split(' ').map((p) => p.split('=')).filter((p) => p.length === 2);
  if (parts.length === 0) return '';
  const list = parts.map(([id, x]) => `${articleTitleOf(ARTICLES.indexOf(id as (typeof ARTICLES)[number]), context)} ${x}`);
  return ` (0 = weakest, 1 = strongest): ${list.join(', ')}`;
}

/** The first letter in capitals. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** Where a game was, in words: 'negotiation, round 2', 'implementation, year 1'. */
export function describeWhen(phase: Phase, round: number, year: number): string {
  switch (phase) {
    case 'drafting': return 'drafting';
    case 'negotiation': return `negotiation, round ${round}`;
    case 'vote': return 'the vote on the text';
    case 'signature': return 'signature';
    case 'ratification': return 'ratification';
    case 'operations': return `implementation, year ${year}`;
    case 'blame': return `attribution, year ${year}`;
    case 'response': return `answers to accusations, year ${year}`;
    case 'concluded': return 'the end';
  }
}
