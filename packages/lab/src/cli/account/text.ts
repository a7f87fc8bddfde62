/**
 * The final text of the convention: each article's position as a bar, from the draft the chair
 * tabled to the end of the negotiation.
 */
import { ARTICLES, type ArticleId, type Outcome } from '@geneva/engine';
import type { AccountContext } from './context.js';
import { INDENT, bar } from './format.js';

/**
 * The lines of the final text.
 *
 * @example
 * textLines(context, outcomeOf(state)); // ['  targets      ████…  0.90 → 0.80  Protected targets', …]
 */
export function textLines(context: AccountContext, outcome: Outcome): string[] {
  const tabled = tabledDraft(context);
  const width = Math.max(...ARTICLES.map((a) => a.length));
  return ARTICLES.map((article) => {
    const final = outcome.text[article];
    const title = context.state.scenario.articles[article].title;
    return `${INDENT}${article.padEnd(width)}  ${bar(final)}  ${tabled[article].toFixed(2)} → ${final.toFixed(2)}  ${title}`;
  });
}

/** The positions of the draft as tabled by the chair (from its event), else the scenario's draft. */
function tabledDraft(context: AccountContext): Record<ArticleId, number> {
  const positions = Object.fromEntries(ARTICLES.map((a) => [a, context.state.scenario.articles[a].draft])) as Record<ArticleId, number>;
  const event = context.events.find((e) => e.type === 'draft-tabled');
  for (const pair of event?.text.split(' ') ?? []) {
    const [article, value] = pair.split('=');
    if ((ARTICLES as readonly string[]).includes(article ?? '') && value !== undefined && Number.isFinite(Number(value)))
      positions[article as ArticleId] = Number(value);
  }
  return positions;
}
