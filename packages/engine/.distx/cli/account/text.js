/**
 * The final text of the convention: each article's position as a bar, from the draft the chair
 * tabled to the end of the negotiation.
 */
import { ARTICLES } from '../../index.js';
import { INDENT, bar } from './format.js';
/**
 * The lines of the final text.
 *
 * @example
 * textLines(context, outcomeOf(state)); // ['  targets      ████…  0.90 → 0.80  Protected targets', …]
 */
export function textLines(context, outcome) {
    const tabled = tabledDraft(context);
    const width = Math.max(...ARTICLES.map((a) => a.length));
    return ARTICLES.map((article) => {
        const final = outcome.text[article];
        const title = context.state.scenario.articles[article].title;
        return `${INDENT}${article.padEnd(width)}  ${bar(final)}  ${tabled[article].toFixed(2)} → ${final.toFixed(2)}  ${title}`;
    });
}
/** The positions of the draft as tabled by the chair (from its event), else the scenario's draft. */
function tabledDraft(context) {
    const positions = Object.fromEntries(ARTICLES.map((a) => [a, context.state.scenario.articles[a].draft]));
    const event = context.events.find((e) => e.type === 'draft-tabled');
    for (const pair of event?.text.split(' ') ?? []) {
        const [article, value] = pair.split('=');
        if (ARTICLES.includes(article ?? '') && value !== undefined && Number.isFinite(Number(value)))
            positions[article] = Number(value);
    }
    return positions;
}
//# sourceMappingURL=text.js.map