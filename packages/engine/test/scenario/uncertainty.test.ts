/** The scenario's `uncertainty` block: defaults, per-state overrides, and one clear problem per mistake. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, parseScenario } from '../../src/scenario/load.js';
import { anyUncertainty, spreadsOf, type Uncertainty } from '../../src/scenario/uncertainty.js';
import { contentHash } from '../../src/rng/hash.js';
import { fixedTypes, loadScenario } from '../support/scenarios.js';

/** rsa-2017 as written, with `block` as its uncertainty (undefined: none), parsed again from YAML text. */
function withBlock(block: unknown) {
  const { uncertainty: _u, ...rest } = loadScenario('rsa-2017');
  return parseScenario(stringify(block === undefined ? rest : { ...rest, uncertainty: block }), 'u.yaml');
}

const ZEROS: Uncertainty = { ideal: 0, salience: 0, reservation: 0, domesticHurdle: 0, contentControl: 0, contentTolerance: 0, actors: {} };

describe('the uncertainty block', () => {
  it('is optional: a scenario without it has no spreads and keeps its content hash', () => {
    const result = withBlock(undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.uncertainty).toBeUndefined();
    expect(contentHash(result.scenario)).toBe(contentHash(fixedTypes(loadScenario('rsa-2017'))));
    expect(anyUncertainty(result.scenario.uncertainty)).toBe(false);
    expect(spreadsOf(result.scenario.uncertainty, 'usa')).toEqual({ ideal: 0, salience: 0, reservation: 0, domesticHurdle: 0, contentControl: 0, contentTolerance: 0 });
  });

  it('defaults every field it does not name to 0, and an all-zero block is no uncertainty', () => {
    const result = withBlock({ reservation: 0.05 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.uncertainty).toEqual({ ...ZEROS, reservation: 0.05 });
    expect(anyUncertainty(result.scenario.uncertainty)).toBe(true);
    expect(anyUncertainty(ZEROS)).toBe(false);
  });

  it("resolves a state's spreads: its own override, else the scenario-wide value", () => {
    const block = { ...ZEROS, ideal: 0.1, domesticHurdle: 0.3, actors: { usa: { domesticHurdle: 0.8 }, rus: { ideal: 0 } } };
    expect(spreadsOf(block, 'usa')).toMatchObject({ ideal: 0.1, domesticHurdle: 0.8 });
    expect(spreadsOf(block, 'rus')).toMatchObject({ ideal: 0, domesticHurdle: 0.3 });
    expect(spreadsOf(block, 'chn')).toMatchObject({ ideal: 0.1, domesticHurdle: 0.3 });
    // An override alone makes a scenario uncertain.
    expect(anyUncertainty({ ...ZEROS, actors: { usa: { reservation: 0.1 } } })).toBe(true);
  });

  it('refuses each mistake with one line naming its path', () => {
    const lines = (block: unknown) => {
      const result = withBlock(block);
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(lines({ reservation: -0.1 })).toEqual([expect.stringMatching(/^u\.yaml:\d+:\d+: uncertainty\.reservation: .*>=0/)]);
    expect(lines({ ideal: 0.7 })).toEqual([expect.stringMatching(/: uncertainty\.ideal: .*<=0\.5/)]);
    expect(lines({ reservaton: 0.1 })).toEqual([expect.stringMatching(/: uncertainty\.reservaton: unknown key/)]);
    expect(lines({ actors: { usa: { hurdle: 1 } } })).toEqual([expect.stringMatching(/: uncertainty\.actors\.usa\.hurdle: unknown key/)]);
    expect(lines({ actors: { xyz: { ideal: 0.1 } } })).toEqual([expect.stringMatching(/: uncertainty\.actors\.xyz: no state "xyz" in this scenario/)]);
    expect(lines({ actors: { microsoft: { ideal: 0.1 } } })).toEqual([expect.stringMatching(/: uncertainty\.actors\.microsoft: no state "microsoft" in this scenario \(only states have private types\)/)]);
  });

  it('is set in every shipped scenario', () => {
    for (const id of ['rsa-2017', 'voluntary-norms', 'us-russia-bilateral', 'fragmented-internet'])
      expect(anyUncertainty(loadScenario(id).uncertainty), id).toBe(true);
  });
});
