import { describe, expect, it } from 'vitest';
import { SeriesSummarizer, statistics } from '../../src/batch/series-summary.js';

describe('series-summary statistics', () => {
  it('agree with numpy (mean, sd with n − 1, linear percentiles), values computed with numpy 1.24 and committed', () => {
    expect(statistics([0.3, 1.7, 0.0, 2.25, 0.9, 4.1, 1.1])).toEqual(['7', '1.478571', '1.388602', '0.09', '0.6', '1.1', '1.975', '3.545']);
    expect(statistics([1, 2, 3, 4])).toEqual(['4', '2.5', '1.290994', '1.15', '1.75', '2.5', '3.25', '3.85']);
  });

  it('leave sd and the bands empty for one value', () => {
    expect(statistics([0.25])).toEqual(['1', '0.25', '', '', '', '', '', '']);
  });
});

describe('SeriesSummarizer', () => {
  const line = (run: number, point: number, clock: string, t: number, quantity: string, value: number) => `${run},${point},${run % 2},${clock},${t},${quantity},${value}`;

  it('summarises a point once the next begins, rounds before years, in time and quantity order', () => {
    const summary = new SeriesSummarizer();
    const out: string[] = [];
    for (const l of [
      line(0, 0, 'round', 1, 'amendmentsTabled', 3),
      line(0, 0, 'year', 2019, 'incidents', 2),
      line(0, 0, 'year', 2018, 'operations', 1),
      line(0, 0, 'year', 2018, 'incidents', 4),
      line(1, 0, 'year', 2018, 'incidents', 6),
      line(1, 0, 'round', 1, 'amendmentsTabled', 5),
    ])
      out.push(...summary.add(l));
    expect(out).toEqual([]);
    out.push(...summary.add(line(2, 1, 'year', 2018, 'incidents', 1)));
    expect(out).toEqual([
      '0,round,1,amendmentsTabled,2,4,1.414214,3.1,3.5,4,4.5,4.9',
      '0,year,2018,operations,1,1,,,,,,',
      '0,year,2018,incidents,2,5,1.414214,4.1,4.5,5,5.5,5.9',
      '0,year,2019,incidents,1,2,,,,,,',
    ]);
    expect(summary.finish()).toEqual(['1,year,2018,incidents,1,1,,,,,,']);
    expect(summary.finish()).toEqual([]);
  });

  it('refuses lines that are not series lines or come out of run order', () => {
    const summary = new SeriesSummarizer();
    expect(() => summary.add('0,0,0,year,2018,incidents')).toThrow(/not a series line/);
    expect(() => summary.add('0,0,0,year,2018,incidents,lots')).toThrow(/not a series line/);
    summary.add(line(4, 2, 'year', 2018, 'incidents', 1));
    expect(() => summary.add(line(0, 0, 'year', 2018, 'incidents', 1))).toThrow(/point 0 after point 2: the lines are not in run order/);
  });
});
