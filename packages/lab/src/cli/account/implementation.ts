/**
 * Summaries of an implementation year: withdrawals, incidents, and every public attribution with
 * its verdict (correct or false, judged against the truth now that the game is over) and the
 * accused's answer.
 */
import type { GameEvent } from '@geneva/engine';
import { incidentOfText, trueAttacker, type AccountContext } from './context.js';
import { counted, listLine } from './format.js';

/** Who withdrew from the convention. */
export function withdrawalSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  return [listLine('Withdrew from the convention', context.names(events.filter((e) => e.type === 'withdrawal').map((e) => e.actor)))];
}

/** The year's public incidents: who was hit, and the harm done. */
export function incidentSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const incidents = events.filter((e) => e.type === 'incident');
  const harm = incidents.reduce((sum, e) => sum + e.value, 0);
  return [`Incidents (${incidents.length}): ${counted(context.names(incidents.map((e) => e.actor)))}; harm ${harm.toFixed(3)}`];
}

/** Every public attribution of the year with its verdict and answer, then the body's silences. */
export function attributionSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const lines: string[] = [];
  const unnamed: number[] = [];
  for (const e of events) {
    if (e.type === 'accused') lines.push(accusationLine(e.actor, e.other, e.value, '', events, context));
    if (e.type !== 'body-finding') continue;
    const incident = incidentOfText(e.text);
    if (incident === undefined) continue;
    if (e.other < 0) unnamed.push(incident);
    else lines.push(accusationLine(-1, e.other, incident, ` (confidence ${e.value.toFixed(2)})`, events, context));
  }
  if (unnamed.length > 0) lines.push(`The attribution body named no one for incident${unnamed.length > 1 ? 's' : ''} ${unnamed.join(', ')}`);
  return lines;
}

/** `X blamed Y for incident N — false (it was Z); Y denied`. */
function accusationLine(by: number, accused: number, incident: number, note: string, events: readonly GameEvent[], context: AccountContext): string {
  const who = by >= 0 ? `${context.name(by)} blamed` : 'The attribution body named';
  return `${who} ${context.name(accused)} for incident ${incident}${note} — ${verdict(accused, incident, context)}${answer(accused, incident, events, context)}`;
}

/** `correct`, or `false (it was X)`. */
function verdict(accused: number, incident: number, context: AccountContext): string {
  const truth = trueAttacker(context, incident);
  if (truth === accused) return 'correct';
  return `false (${truth >= 0 ? `it was ${context.name(truth)}` : 'no state was behind it'})`;
}

/** `; Y denied` or `; Y admitted`, from the year's answers. */
function answer(accused: number, incident: number, events: readonly GameEvent[], context: AccountContext): string {
  const reply = events.find((e) => (e.type === 'denied' || e.type === 'admitted') && e.actor === accused && e.value === incident);
  return reply === undefined ? '' : `; ${context.name(accused)} ${reply.type}`;
}

/** The truths that came out in the year, in one sentence. */
export function revelationSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const truths = events
    .filter((e) => e.type === 'revealed')
    .map((e) => `${context.name(e.actor)} was behind incident ${e.value} ${e.other >= 0 ? `against ${context.name(e.other)}` : '(a mass event: its leaked exploit hit everyone)'}`);
  return [`The truth came out: ${truths.join('; ')}`];
}
