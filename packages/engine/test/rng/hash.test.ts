import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../src/rng/hash.js';
import { loadScenario } from '../support/scenarios.js';

/** The canonical JSON as it was first written (a replacer that rebuilds each object with sorted keys): hashes already recorded in saves and manifests depend on this text. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

describe('canonicalJson', () => {
  it('writes the text of the reference form for any JSON value, keys like array indices included', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '2', '10', '01', '-1', '1.5', '4294967294', '4294967295', 'é', 'Z', 'a'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string(), fc.array(tie('value')), fc.dictionary(key, tie('value'))),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });

  it('writes what JSON.stringify writes for undefined and non-finite values, and sorts keys', () => {
    const value = { b: [1, undefined, Number.NaN, { d: 2, c: 3 }], a: 'x', u: undefined, 10: 'ten', 2: 'two', n: -0, inf: Infinity };
    expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson(value)).toBe('{"2":"two","10":"ten","a":"x","b":[1,null,null,{"c":3,"d":2}],"inf":null,"n":0}');
  });

  it('gives every shipped scenario the hash it had', () => {
    for (const id of ['rsa-2017', 'voluntary-norms', 'us-russia-bilateral', 'fragmented-internet']) {
      const scenario = loadScenario(id);
      expect(canonicalJson(scenario), id).toBe(reference(scenario));
    }
    expect(contentHash(loadScenario('rsa-2017'))).toBe('08ec55a9365dad');
  });
});
