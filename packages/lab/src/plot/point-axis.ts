/**
 * How the per-point figures name their points. With one swept parameter, a point is best named by
 * its value, in the order of the values (a sweep of the quorum reads left to right, 3 to 12); with
 * several, by its number in runs.csv, since no single value orders them.
 */
import type { JsonValue } from '@geneva/engine';

/** The x axis of a per-point figure: its title, and each point's label in the order drawn. */
export interface PointAxis {
  readonly title: string;
  /** Each point shown, by its label, in the order drawn. */
  readonly order: readonly { readonly point: number; readonly label: string }[];
}

/**
 * The axis of the points shown of a design.
 *
 * @param values the swept values of each point (by point number), in the order of `paths`
 * @example
 * pointAxis(['rules.sanction'], [[0.5], [0.1], [0.9]], [0, 1, 2]).order.map((o) => o.label); // ['0.1', '0.5', '0.9']
 */
export function pointAxis(paths: readonly string[], values: readonly (readonly JsonValue[])[], shown: readonly number[]): PointAxis {
  const numbered = { title: 'design point (its number in runs.csv)', order: shown.map((point) => ({ point, label: String(point) })) };
  if (paths.length !== 1) return numbered;
  const byValue = shown.map((point) => ({ point, value: values[point]?.[0] ?? null }));
  if (byValue.some((p) => typeof p.value !== 'number' && typeof p.value !== 'boolean')) return numbered;
  byValue.sort((a, b) => Number(a.value) - Number(b.value) || a.point - b.point);
  const text = (v: JsonValue): string => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v));
  const counts = new Map<string, number>();
  for (const p of byValue) counts.set(text(p.value), (counts.get(text(p.value)) ?? 0) + 1);
  // Two points of one value (a random design of an integer) keep their numbers, so they stay apart.
  const order = byValue.map(({ point, value }) => ({ point, label: counts.get(text(value))! > 1 ? `${text(value)} (#${point})` : text(value) }));
  return { title: `${paths[0]!} (one design point each)`, order };
}
