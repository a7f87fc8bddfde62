import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discover, type BoxStep, type DiscoveryPoint } from '../../src/batch/discovery.js';

/** A grid of x, z in 0 … 9, ten runs a point, with the outcome wherever `happens(x, z)`. */
function grid(happens: (x: number, z: number) => boolean): DiscoveryPoint[] {
  const points: DiscoveryPoint[] = [];
  for (let x = 0; x < 10; x++) for (let z = 0; z < 10; z++) points.push({ parameters: { x, z, label: `p${x}` }, runs: 10, hits: happens(x, z) ? 10 : 0 });
  return points;
}

/** Mass, density and coverage of a box, counted point by point. */
function counted(points: readonly DiscoveryPoint[], step: BoxStep): { mass: number; density: number; coverage: number } {
  const inside = points.filter((p) => p.runs > 0 && Object.entries(step.box).every(([path, [lo, hi]]) => Number(p.parameters[path]) >= lo && Number(p.parameters[path]) <= hi));
  const total = points.reduce((s, p) => s + p.runs, 0);
  const hits = points.reduce((s, p) => s + p.hits, 0);
  const mass = inside.reduce((s, p) => s + p.runs, 0);
  const inHits = inside.reduce((s, p) => s + p.hits, 0);
  return { mass: mass / total, density: mass === 0 ? 0 : inHits / mass, coverage: inHits / hits };
}

describe('discover (PRIM)', () => {
  it('finds the region where the outcome happens, and leaves an irrelevant parameter out of the box', () => {
    const points = grid((x) => x <= 3);
    const found = discover('inForce', points)!;
    expect(found.baseRate).toBe(0.4);
    const box = found.trajectory[found.chosen]!;
    expect(box.box).toEqual({ x: [0, 3] });
    expect(box).toMatchObject({ mass: 0.4, density: 1, coverage: 1 });
  });

  it('narrows two parameters where both matter', () => {
    const found = discover('inForce', grid((x, z) => x >= 6 && z <= 4))!;
    expect(found.trajectory[found.chosen]!.box).toEqual({ x: [6, 9], z: [0, 4] });
  });

  it('chooses the densest box that keeps at least half the runs with the outcome', () => {
    // Certain at x = 0, then rarer and rarer: the boxes trade density for coverage.
    const points = grid(() => false).map((p) => ({ ...p, hits: Math.max(0, 10 - 2 * Number(p.parameters['x'])) }));
    const found = discover('inForce', points)!;
    const chosen = found.trajectory[found.chosen]!;
    expect(chosen.coverage).toBeGreaterThanOrEqual(0.5);
    for (const step of found.trajectory) if (step.coverage >= 0.5) expect(step.density).toBeLessThanOrEqual(chosen.density);
    expect(chosen.box).toEqual({ x: [0, 1] });
  });

  it('has nothing to discover for an outcome that always or never happens, or without a numeric parameter that varies', () => {
    expect(discover('inForce', grid(() => true))).toBeNull();
    expect(discover('inForce', grid(() => false))).toBeNull();
    expect(discover('inForce', [{ parameters: { label: 'a' }, runs: 5, hits: 2 }, { parameters: { label: 'b' }, runs: 5, hits: 4 }])).toBeNull();
    expect(discover('inForce', [{ parameters: { x: 1 }, runs: 5, hits: 2 }, { parameters: { x: 1 }, runs: 5, hits: 4 }])).toBeNull();
  });

  it('keeps to its invariants on any design: each box counted as it says, denser and smaller step by step, never under the minimum mass', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 6 }), z: fc.double({ min: -1, max: 1, noNaN: true }), flag: fc.boolean(), runs: fc.integer({ min: 0, max: 12 }), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), (raw) => {
        const points = raw.map((p) => ({ parameters: { x: p.x, z: p.z, flag: p.flag }, runs: p.runs, hits: Math.round(p.share * p.runs) }));
        const found = discover('inForce', points);
        if (found === null) return;
        const { trajectory } = found;
        expect(trajectory[0]).toMatchObject({ box: {}, mass: 1, coverage: 1 });
        trajectory.forEach((step, k) => {
          const direct = counted(points, step);
          expect(step.mass).toBeCloseTo(direct.mass, 5);
          expect(step.density).toBeCloseTo(direct.density, 5);
          expect(step.coverage).toBeCloseTo(direct.coverage, 5);
          if (k > 0) {
            expect(step.density).toBeGreaterThanOrEqual(trajectory[k - 1]!.density);
            expect(step.mass).toBeLessThan(trajectory[k - 1]!.mass);
            expect(step.mass).toBeGreaterThanOrEqual(0.05 - 1e-6);
          }
        });
        expect(trajectory[found.chosen]!.coverage).toBeGreaterThanOrEqual(0.5);
      }),
      { numRuns: 300 },
    );
  });
});
