/**
 * The lines of series.csv: a run's series (the engine's `seriesOf`) in long format, one value a
 * line, `run,point,replication,clock,t,quantity,value`. Formatted in the workers with the run's
 * row, like runs.csv's lines, and written in run order beside them.
 */
import type { SeriesValue } from '@geneva/engine';
import type { BatchRun } from './runs.js';

/** The columns of series.csv, in order. */
export const SERIES_COLUMNS = ['run', 'point', 'replication', 'clock', 't', 'quantity', 'value'] as const;

/**
 * A run's series as CSV lines joined by newlines, without the last newline ('' for no values).
 * No cell needs quoting: clocks and quantities are fixed words, the rest numbers.
 *
 * @example
 * seriesLines({ run: 3, point: 1, replication: 0, seed: '1/0' }, [{ clock: 'year', t: 2018, quantity: 'incidents', value: 2 }]); // '3,1,0,year,2018,incidents,2'
 */
export function seriesLines(run: BatchRun, series: readonly SeriesValue[]): string {
  const head = `${run.run},${run.point},${run.replication},`;
  let text = '';
  for (let k = 0; k < series.length; k++) {
    const v = series[k]!;
    text += `${k === 0 ? '' : '\n'}${head}${v.clock},${v.t},${v.quantity},${v.value}`;
  }
  return text;
}
