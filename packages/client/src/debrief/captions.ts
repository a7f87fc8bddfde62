/**
 * The text alternative of each chart: a sentence or two that says what the plot shows, for screen
 * readers, for print, and for a projector where a thin line is hard to read. Pure (no DOM).
 */
import type { DebriefSeries } from './series.js';

/** Trust over time: where each mean started, ended and bottomed out. */
export function trustCaption(s: DebriefSeries): string {
  return `Mean trust in the attribution body ${course(s.bodyTrust, s.labels)}. Mean trust between actors ${course(s.pairTrust, s.labels)}.`;
}

/** Article positions: the final text, and the article that moved most. */
export function articlesCaption(s: DebriefSeries): string {
  const finals = s.articles.map((a) => `${a.title} ${fixed(a.values.at(-1) ?? 0, 2)}`).join(', ');
  let moved = s.articles[0];
  let most = -1;
  for (const a of s.articles) {
    const change = Math.abs((a.values.at(-1) ?? 0) - (a.values[0] ?? 0));
    if (change > most) [moved, most] = [a, change];
  }
  const biggest = moved === undefined || most <= 0
    ? 'No article moved.'
    : `The largest change: ${moved.title}, ${fixed(moved.values[0] ?? 0, 2)} → ${fixed(moved.values.at(-1) ?? 0, 2)}.`;
  return `Final positions (0 to 1): ${finals}. ${biggest}`;
}

/** Incidents and harm per year, every value (there are only a handful of years). */
export function yearsCaption(s: DebriefSeries): string {
  const incidents = s.years.map((y) => `${y.label} ${y.incidents}`).join(', ');
  const harm = s.years.map((y) => `${y.label} ${fixed(y.harm, 3)}`).join(', ');
  return `Incidents per year: ${incidents}. Civilian harm per year: ${harm}. "talks" is the time before the implementation years.`;
}

/** "went from a to b (lowest c at label)" for a series. */
function course(values: readonly number[], labels: readonly string[]): string {
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  let low = 0;
  values.forEach((v, k) => {
    if (v < (values[low] ?? Infinity)) low = k;
  });
  const lowest = (values[low] ?? first) < Math.min(first, last) ? ` (lowest ${fixed(values[low] ?? 0, 3)} at ${labels[low] ?? low})` : '';
  return `went from ${fixed(first, 3)} to ${fixed(last, 3)}${lowest}`;
}

function fixed(x: number, digits: number): string {
  return x.toFixed(digits);
}
