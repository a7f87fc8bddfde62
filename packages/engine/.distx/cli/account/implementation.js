import { incidentOfText, trueAttacker } from './context.js';
import { counted, listLine } from './format.js';
/** Who withdrew from the convention. */
export function withdrawalSummary(events, context) {
    return [listLine('Withdrew from the convention', context.names(events.filter((e) => e.type === 'withdrawal').map((e) => e.actor)))];
}
/** The year's public incidents: who was hit, and the harm done. */
export function incidentSummary(events, context) {
    const incidents = events.filter((e) => e.type === 'incident');
    const harm = incidents.reduce((sum, e) => sum + e.value, 0);
    return [`Incidents (${incidents.length}): ${counted(context.names(incidents.map((e) => e.actor)))}; harm ${harm.toFixed(3)}`];
}
/** Every public attribution of the year with its verdict and answer, then the body's silences. */
export function attributionSummary(events, context) {
    const lines = [];
    const unnamed = [];
    for (const e of events) {
        if (e.type === 'accused')
            lines.push(accusationLine(e.actor, e.other, e.value, '', events, context));
        if (e.type !== 'body-finding')
            continue;
        const incident = incidentOfText(e.text);
        if (incident === undefined)
            continue;
        if (e.other < 0)
            unnamed.push(incident);
        else
            lines.push(accusationLine(-1, e.other, incident, ` (confidence ${e.value.toFixed(2)})`, events, context));
    }
    if (unnamed.length > 0)
        lines.push(`The attribution body named no one for incident${unnamed.length > 1 ? 's' : ''} ${unnamed.join(', ')}`);
    return lines;
}
/** `X blamed Y for incident N — false (it was Z); Y denied`. */
function accusationLine(by, accused, incident, note, events, context) {
    const who = by >= 0 ? `${context.name(by)} blamed` : 'The attribution body named';
    return `${who} ${context.name(accused)} for incident ${incident}${note} — ${verdict(accused, incident, context)}${answer(accused, incident, events, context)}`;
}
/** `correct`, or `false (it was X)`. */
function verdict(accused, incident, context) {
    const truth = trueAttacker(context, incident);
    if (truth === accused)
        return 'correct';
    return `false (${truth >= 0 ? `it was ${context.name(truth)}` : 'no state was behind it'})`;
}
/** `; Y denied` or `; Y admitted`, from the year's answers. */
function answer(accused, incident, events, context) {
    const reply = events.find((e) => (e.type === 'denied' || e.type === 'admitted') && e.actor === accused && e.value === incident);
    return reply === undefined ? '' : `; ${context.name(accused)} ${reply.type}`;
}
/** The truths that came out in the year, in one sentence. */
export function revelationSummary(events, context) {
    const truths = events
        .filter((e) => e.type === 'revealed')
        .map((e) => `${context.name(e.actor)} was behind incident ${e.value} against ${context.name(e.other)}`);
    return [`The truth came out: ${truths.join('; ')}`];
}
//# sourceMappingURL=implementation.js.map