/** Reading sweep text: resource-exhaustion inputs are one problem naming the file, never a throw (as for scenarios, whose test is the engine's). */
import { describe, expect, it } from 'vitest';
import { parseSweep } from '../../src/batch/sweep.js';

const bomb = (depth: number) => ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.slice(0, depth).split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[k]!}`).join(', ')}]`)].join('\n');

describe('hostile sweep YAML', () => {
  it('an alias bomb is one problem', () => {
    const result = parseSweep(`method: grid\nx:\n  ${bomb(8).replace(/\n/g, '\n  ')}\n`, 'w.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ path: '', reason: 'too many alias expansions (more than 1000: an alias bomb?)' })]);
  });
});
