import { describe, expect, it } from 'vitest';
import type { Cell } from '@geneva/engine';
import { compileOutcome, compileOutcomes } from '../../src/batch/derived.js';

const COLUMNS = ['run', 'point', 'replication', 'seed', 'actors.usa.domesticHurdle', 'adopted', 'inForce', 'civilianHarm', 'incidents', 'ratifiedBy', 'text.binding', 'welfareBy.usa', 'welfareBy.us-gov', 'faults', 'error'];
const ROW: Readonly<Record<string, Cell>> = {
  'actors.usa.domesticHurdle': 2.5,
  adopted: true,
  inForce: false,
  civilianHarm: 6.5,
  incidents: 4,
  ratifiedBy: 'usa;gbr;fra',
  'text.binding': 0.6,
  'welfareBy.usa': -1.25,
  'welfareBy.us-gov': 0.5,
};

/** The value of `expression` on ROW, or the reason it is refused. */
function value(expression: string): number | boolean | null | string {
  const result = compileOutcome('x', expression, COLUMNS);
  return result.ok ? result.outcome.evaluate((c) => ROW[c] ?? null) : `refused: ${result.reason}`;
}

describe('derived outcomes', () => {
  it('evaluate thresholds, arithmetic, logic, conditions, dotted and bracketed columns, parameters and the functions', () => {
    expect(value('civilianHarm > 5')).toBe(true);
    expect(value('civilianHarm / incidents')).toBe(1.625);
    expect(value('has(ratifiedBy, "usa") + has(ratifiedBy, "gbr") + has(ratifiedBy, "deu")')).toBe(2);
    expect(value('adopted && !inForce')).toBe(true);
    expect(value('inForce || civilianHarm <= 6.5')).toBe(true);
    expect(value('text.binding >= 0.5 ? 1 : -1')).toBe(1);
    expect(value('welfareBy["us-gov"] - welfareBy.usa')).toBe(1.75);
    expect(value('abs(welfareBy.usa) + max(1, incidents, 2) - min(3, 2)')).toBe(1.25 + 4 - 2);
    expect(value('actors.usa.domesticHurdle * 2 % 3')).toBe(2);
    expect(value('ratifiedBy == "usa;gbr;fra"')).toBe(true);
    expect(value('incidents != 4')).toBe(false);
  });

  it('give an empty cell, not Infinity or NaN, where the arithmetic has no number', () => {
    expect(value('civilianHarm / (incidents - 4)')).toBeNull();
    const result = compileOutcome('x', 'civilianHarm * 2', COLUMNS);
    expect(result.ok && result.outcome.evaluate(() => null)).toBeNull();
  });

  it('list the columns they read', () => {
    const result = compileOutcome('x', 'has(ratifiedBy, "usa") && civilianHarm > text.binding', COLUMNS);
    expect(result.ok && [...result.outcome.reads].sort()).toEqual(['civilianHarm', 'ratifiedBy', 'text.binding']);
  });

  it('refuse hostile or mistaken expressions with a reason, never running them', () => {
    const refused: [string, RegExp][] = [
      ['civilHarm > 5', /^unknown name "civilHarm" \(not a column of runs\.csv\)$/],
      ['civilianHarm >', /^syntax error: /],
      ['(civilianHarm', /^syntax error: /],
      ['constructor', /^unknown name "constructor"/],
      ['__proto__.polluted', /^unknown name "__proto__\.polluted"/],
      ['civilianHarm.constructor.constructor("return process")()', /^unknown function \(an expression\)/],
      ['this.constructor', /^"this" is not allowed/],
      ['eval("1")', /^unknown function eval \(only abs, min, max, has\)$/],
      ['Function("x")', /^unknown function Function/],
      ['[1, 2]', /^a list \[ … \] is not allowed/],
      ['incidents; civilianHarm', /^several expressions side by side is not allowed/],
      ['incidents = 3', /^syntax error: /],
      ['incidents | 1', /^the operator \| is not allowed$/],
      ['~incidents', /^the operator ~ is not allowed$/],
      ['welfareBy[0]', /^a column name in brackets must be a quoted text/],
      ['ratifiedBy', /^the expression gives text; it must give a number or a yes\/no/],
      ['ratifiedBy * 2', /^\* needs numbers, not a list of ids/],
      ['ratifiedBy == 2', /^== compares a text with a number$/],
      ['has(incidents, "usa")', /^has takes a list of ids and an id/],
      ['abs(1, 2)', /^abs takes one number$/],
      ['incidents > 0 ? ratifiedBy : 0', /^both branches of c \? a : b must give the same kind of value$/],
      ['seed == "1/0"', /^seed identifies a run; an outcome cannot read it$/],
      ['run > 3', /^run identifies a run/],
      ['/x/', /^syntax error: /],
      ['1'.repeat(2001), /^the expression is longer than 2000 characters$/],
    ];
    for (const [expression, reason] of refused) expect(value(expression), expression).toMatch(new RegExp(`^refused: ${reason.source.slice(1)}`));
  });

  it('refuse names that clash with a built-in column or are not plain identifiers, and name the outcome at fault', () => {
    expect(compileOutcome('inForce', 'civilianHarm > 5', COLUMNS)).toEqual({ ok: false, reason: 'the name clashes with the built-in column inForce: choose another' });
    expect(compileOutcome('text.high', 'civilianHarm > 5', COLUMNS)).toMatchObject({ ok: false, reason: expect.stringMatching(/letters, digits and _/) });
    expect(compileOutcome('1st', 'civilianHarm > 5', COLUMNS)).toMatchObject({ ok: false });
    expect(compileOutcomes({ fine: 'incidents > 1', broken: 'nope' }, COLUMNS)).toEqual({ ok: false, name: 'broken', reason: 'unknown name "nope" (not a column of runs.csv)' });
    const both = compileOutcomes({ a: 'incidents > 1', b: 'civilianHarm * 2' }, COLUMNS);
    expect(both.ok && both.outcomes.map((o) => o.name)).toEqual(['a', 'b']);
  });
});
