/**
 * The key events of a game, grouped by where they happened (a round, a phase, a year), each with
 * the timeline index to jump to. Pure and DOM-free. Not every event: a debrief that lists 160
 * "lobbied" lines hides the dozen that decided the game, so only the kinds a teacher discusses
 * are kept (the full log stays available to the CLI and to replays).
 */
import { describeEvent, publicViewOf, wordsContextOf, type EventType, type GameEvent, type GameState } from '@geneva/engine';
import { timelineIndexOfEvents } from './series.js';

/** What a key event is about; the timeline shows it as a word and a border style, never colour alone. */
export type KeyEventKind = 'text' | 'treaty' | 'conflict' | 'attribution' | 'shock';

/** The kinds kept, and what each one is about. */
const KEY_KINDS: Partial<Record<EventType, KeyEventKind>> = {
  'draft-tabled': 'text',
  'amendment-passed': 'text',
  'amendment-failed': 'text',
  coalition: 'text',
  'tech-accord': 'text',
  adopted: 'treaty',
  rejected: 'treaty',
  signed: 'treaty',
  ratified: 'treaty',
  'ratification-failed': 'treaty',
  'in-force': 'treaty',
  'not-in-force': 'treaty',
  withdrawal: 'treaty',
  lapsed: 'treaty',
  'pledge-broken': 'treaty',
  incident: 'conflict',
  'election-attack': 'conflict',
  'mass-event': 'shock',
  'government-change': 'shock',
  leak: 'shock',
  'event-triggered': 'shock',
  accused: 'attribution',
  'body-finding': 'attribution',
  admitted: 'attribution',
  denied: 'attribution',
  revealed: 'attribution',
};

/** The events that change the course of a game: shown emphasised. */
const MAJOR: ReadonlySet<EventType> = new Set(['adopted', 'rejected', 'in-force', 'not-in-force', 'lapsed', 'withdrawal', 'mass-event']);

/** One line of the timeline. */
export interface KeyEvent {
  /** Position of the event in the game's log. */
  readonly logIndex: number;
  /** The state to show when the event is picked: the first one whose log holds it. */
  readonly timelineIndex: number;
  readonly type: EventType;
  readonly kind: KeyEventKind;
  readonly major: boolean;
  /** The event in plain words ({@link describeEvent}); several alike events share one line. */
  readonly text: string;
  /** How many events the line stands for (alike events of one step are merged: "A, B and C signed"). */
  readonly count: number;
}

/** The events of one round, phase or implementation year. */
export interface EventGroup {
  /** Stable key, e.g. `negotiation-3` or `year-2`. */
  readonly key: string;
  /** Heading, e.g. "Negotiation, round 3". */
  readonly title: string;
  /** Where the group begins (its phase marker, else its first event). */
  readonly timelineIndex: number;
  readonly events: readonly KeyEvent[];
}

/**
 * The key events of a game (its last state's log), in order, grouped by round, phase and year.
 *
 * @example
 * keyEventGroups(states).map((g) => `${g.title}: ${g.events.length}`);
 */
export function keyEventGroups(states: readonly GameState[]): EventGroup[] {
  const final = states.at(-1);
  if (final === undefined) return [];
  const at = timelineIndexOfEvents(states);
  // The debrief reads the whole log as the class's omniscient record: the scenario's titles, nobody's "you".
  const words = wordsContextOf(publicViewOf(final), -1);
  const groups: { key: string; title: string; timelineIndex: number; events: Draft[] }[] = [];
  final.log.forEach((event, logIndex) => {
    const key = groupKey(event);
    let group = groups.at(-1);
    if (group === undefined || group.key !== key) {
      group = { key, title: groupTitle(event), timelineIndex: at[logIndex] ?? 0, events: [] };
      groups.push(group);
    }
    const kind = KEY_KINDS[event.type];
    // Phase markers become the group headings; the rest is filtered to the key kinds.
    if (kind === undefined) return;
    const timelineIndex = at[logIndex] ?? 0;
    const text = describeEvent(event, final.actors, words);
    const name = final.actors[event.actor]?.name;
    const rest = name !== undefined && text.startsWith(name) ? text.slice(name.length) : null;
    const previous = group.events.at(-1);
    // Eleven "X signed" lines in a row bury the rest: alike events of one step share a line.
    if (rest !== null && previous !== undefined && previous.type === event.type && previous.timelineIndex === timelineIndex && previous.rest === rest) {
      previous.names.push(name!);
      return;
    }
    group.events.push({ logIndex, timelineIndex, type: event.type, kind, major: MAJOR.has(event.type), text, rest, names: name === undefined ? [] : [name] });
  });
  // Blame and response open new phases within a year: their groups merge by key above, and a
  // group with nothing key in it (a quiet round) still stands, so the sequence of rounds reads whole.
  return groups.map((g) => ({
    key: g.key,
    title: g.title,
    timelineIndex: g.timelineIndex,
    events: g.events.map(({ rest, names, ...e }) => ({
      ...e,
      text: names.length > 1 && rest !== null ? `${listOf(names)}${rest}` : e.text,
      count: Math.max(1, names.length),
    })),
  }));
}

/** A key event being collected: the sentence without its subject, and the subjects so far. */
interface Draft extends Omit<KeyEvent, 'count'> {
  readonly rest: string | null;
  readonly names: string[];
}

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Rounds and years group; the phases in between are one group each. */
function groupKey(e: GameEvent): string {
  switch (e.phase) {
    case 'negotiation': return `negotiation-${e.round}`;
    case 'vote': return `vote-${e.round}`;
    case 'operations':
    case 'blame':
    case 'response': return `year-${e.year}`;
    default: return e.phase;
  }
}

function groupTitle(e: GameEvent): string {
  switch (e.phase) {
    case 'drafting': return 'Drafting';
    case 'negotiation': return `Negotiation, round ${e.round}`;
    case 'vote': return `Vote on the text (after round ${e.round})`;
    case 'signature': return 'Signature';
    case 'ratification': return 'Ratification';
    case 'operations':
    case 'blame':
    case 'response': return `Implementation, year ${e.year}`;
    case 'concluded': return 'End of the game';
  }
}
