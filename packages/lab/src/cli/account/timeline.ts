/**
 * The timeline of the account: the public events grouped into blocks (drafting, each negotiation
 * round, each vote, signature, ratification, each implementation year), each block a header and a
 * few lines. Families of per-seat events are summarised in one line; the rest are described one
 * by one; the noisiest (lobbying, sanctions, tabled amendments…) are left out.
 */
import { describeEvent, type EventType, type GameEvent } from '@geneva/engine';
import type { AccountContext } from './context.js';
import { capitalise, ratificationSummary, signatureSummary, voteSummary } from './conference.js';
import { INDENT, foldRepeats, wrap } from './format.js';
import { attributionSummary, incidentSummary, revelationSummary, withdrawalSummary } from './implementation.js';
import { amendmentSummary, coalitionSummary, pledgeSummary, statementSummary, techAccordSummary } from './negotiation.js';

/** A run of consecutive events of the same part of the game. */
interface Block {
  readonly key: string;
  readonly title: string;
  readonly events: GameEvent[];
}

/** The key of the last block (the end of the game), left out when nothing of note happened in it. */
const END = 'end';

/** Summarises a family of events of a block in a few lines. */
type Summary = (events: readonly GameEvent[], context: AccountContext) => string[];

/** Events left out of the account: per-seat noise, or shown through another event. */
const SKIPPED: ReadonlySet<EventType> = new Set<EventType>([
  'phase',
  'concluded',
  'lobbied',
  'sanctioned',
  'text-vote',
  'amendment-tabled',
  'amendment-withdrawn',
  'pledge-kept',
  'message',
]);

/** The families summarised in one place: the event types of each, and its summary. */
const FAMILIES: readonly { readonly types: readonly EventType[]; readonly summary: Summary }[] = [
  { types: ['coalition'], summary: coalitionSummary },
  { types: ['tech-accord'], summary: techAccordSummary },
  { types: ['pledge'], summary: pledgeSummary },
  { types: ['statement'], summary: statementSummary },
  { types: ['amendment-passed', 'amendment-failed'], summary: amendmentSummary },
  { types: ['adopted', 'rejected'], summary: voteSummary },
  { types: ['signed'], summary: signatureSummary },
  { types: ['ratified', 'ratification-failed'], summary: ratificationSummary },
  { types: ['withdrawal'], summary: withdrawalSummary },
  { types: ['incident'], summary: incidentSummary },
  { types: ['accused', 'body-finding', 'admitted', 'denied'], summary: attributionSummary },
  { types: ['revealed'], summary: revelationSummary },
];

/**
 * The timeline of a finished game, as lines.
 *
 * @example
 * timelineLines(accountContext(finalState)).join('\n');
 */
export function timelineLines(context: AccountContext): string[] {
  return blocksOf(context.events).flatMap((block) => {
    const lines = blockLines(block, context);
    if (lines.length === 0 && block.key === END) return [];
    return [block.title, ...(lines.length > 0 ? lines : ['Nothing happened in public']).flatMap((line) => wrap(INDENT + line))];
  });
}

/** Groups consecutive events by the part of the game they belong to. */
function blocksOf(events: readonly GameEvent[]): Block[] {
  const blocks: Block[] = [];
  for (const e of events) {
    const { key, title } = placeOf(e);
    const last = blocks[blocks.length - 1];
    if (last?.key === key) last.events.push(e);
    else blocks.push({ key, title, events: [e] });
  }
  return blocks;
}

/** The block an event belongs to. */
function placeOf(e: GameEvent): { key: string; title: string } {
  switch (e.phase) {
    case 'negotiation': return { key: `round ${e.round}`, title: `Negotiation, round ${e.round}` };
    case 'vote': return { key: `vote ${e.round}`, title: `Vote on the text (round ${e.round})` };
    case 'operations':
    case 'blame':
    case 'response': return { key: `year ${e.year}`, title: `Implementation, year ${e.year}` };
    case 'concluded': return { key: END, title: 'End of the game' };
    default: return { key: e.phase, title: capitalise(e.phase) };
  }
}

/** The lines of a block: each family summarised where it first appears, other events described. */
function blockLines(block: Block, context: AccountContext): string[] {
  const lines: string[] = [];
  const done = new Set<Summary>();
  for (const e of block.events) {
    if (SKIPPED.has(e.type)) continue;
    const family = FAMILIES.find((f) => f.types.includes(e.type));
    if (family === undefined) lines.push(capitalise(describeEvent(e, context.state.actors)));
    else if (!done.has(family.summary)) {
      done.add(family.summary);
      lines.push(...family.summary(block.events, context));
    }
  }
  return foldRepeats(lines);
}
