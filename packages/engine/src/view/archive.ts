/**
 * A seat's message archive: every public statement and every private message it sent or received,
 * grouped by counterpart and in order, with when each was said. Built from the seat's view alone,
 * so a team reads the same archive during play, in review and in the debrief.
 */
import { describeWhen } from '../state/describe.js';
import type { DeepReadonly, View } from './view.js';
import type { Message } from '../state/types.js';

/** One message of the archive. */
export interface ArchivedMessage {
  readonly step: number;
  /** When it was said, in words: 'negotiation, round 2'. */
  readonly when: string;
  /** The sender's actor id and name. */
  readonly from: string;
  readonly fromName: string;
  /** Recipients' names (empty for a public statement). */
  readonly toNames: readonly string[];
  /** Whether the reader sent it. */
  readonly mine: boolean;
  readonly text: string;
}

/** The messages exchanged with one counterpart (or the public statements). */
export interface Conversation {
  /** The counterpart's actor id, or 'public' for the statements everyone heard. */
  readonly with: string;
  /** The counterpart's name, or 'Public statements'. */
  readonly title: string;
  readonly messages: readonly ArchivedMessage[];
}

/**
 * The seat's archive: public statements first, then one conversation per counterpart, in the
 * order their first message came.
 *
 * @example
 * messageArchive(viewFor(game, 'usa')).find((c) => c.with === 'rus')?.messages; // what Russia and the US said to each other
 */
export function messageArchive(view: View): readonly Conversation[] {
  const when = whenOfSteps(view);
  const archived = (m: DeepReadonly<Message>): ArchivedMessage => ({
    step: m.step,
    when: when(m.step),
    from: view.actors[m.from]!.id,
    fromName: view.actors[m.from]!.name,
    toNames: m.to.map((i) => view.actors[i]?.name ?? '?'),
    mine: m.from === view.seat,
    text: m.text,
  });
  const conversations = new Map<number, ArchivedMessage[]>();
  for (const m of view.me.inbox) {
    const counterparts = m.from === view.seat ? m.to.filter((i) => i !== view.seat) : [m.from];
    for (const c of counterparts) {
      const list = conversations.get(c) ?? [];
      list.push(archived(m));
      conversations.set(c, list);
    }
  }
  const statements: Conversation = { with: 'public', title: 'Public statements', messages: view.public.statements.map(archived) };
  const privately = [...conversations].map(([i, messages]): Conversation => ({ with: view.actors[i]!.id, title: view.actors[i]!.name, messages }));
  return [statements, ...privately];
}

/** When each step happened, in words, from the phase headings of the public log. */
function whenOfSteps(view: View): (step: number) => string {
  const log = view.public.log;
  return (step) => {
    // The last public event at or before the step tells its phase, round and year.
    let found = -1;
    for (let k = log.length - 1; k >= 0; k--) {
      if (log[k]!.step <= step) {
        found = k;
        break;
      }
    }
    const e = found < 0 ? null : log[found]!;
    return e === null ? 'at the start' : describeWhen(e.phase, e.round, e.year);
  };
}
