/**
 * The public stances: for each article, who pushed it up or down with their latest public
 * amendment. Drawn from a table model's articles, whose stances come from the public record in
 * every perspective, so the hot-seat news and the projector show the same table.
 */
import type { TableModel } from '../model/table-model.js';
import { h } from './dom.js';

/**
 * The stances table of `model` (null while no article has an amendment behind it).
 *
 * @example
 * side.append(stancesTable(publicTableModel(view)) ?? '');
 */
export function stancesTable(model: TableModel): HTMLElement | null {
  const rows = model.articles.filter((a) => a.stances.length > 0);
  if (rows.length === 0) return null;
  const ids = (a: (typeof rows)[number], direction: 1 | -1) => a.stances.filter((s) => s.direction === direction).map((s) => model.actors[s.actor]?.id ?? '?').join(', ') || '—';
  return h(
    'table',
    { class: 'stances', 'data-testid': 'stances' },
    h('caption', {}, 'Public stances: the latest amendment each actor tabled on an article'),
    h('tr', {}, h('th', {}, 'article'), h('th', {}, 'at'), h('th', {}, '▲ raise'), h('th', {}, '▼ lower')),
    ...rows.map((a) => h('tr', {}, h('td', {}, a.title), h('td', {}, a.position.toFixed(2)), h('td', {}, ids(a, 1)), h('td', {}, ids(a, -1)))),
  );
}
