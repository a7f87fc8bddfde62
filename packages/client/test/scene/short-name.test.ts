/**
 * The table names seats as people do: every shipped actor's short name is its name or the
 * initials of a long one, never an id, and short enough for a label on the ring.
 */
import { describe, expect, it } from 'vitest';
import { shortName } from '../../src/scene/short-name.js';
import { shippedScenarios } from '../../src/scenarios.js';

describe('shortName', () => {
  it('drops a parenthesised aside and keeps short names whole', () => {
    expect(shortName('Citizen Lab (University of Toronto)')).toBe('Citizen Lab');
    expect(shortName('United Kingdom')).toBe('United Kingdom');
    expect(shortName('North Korea')).toBe('North Korea');
  });

  it('gives the initials of a long name, leaving out the small words', () => {
    expect(shortName('International Committee of the Red Cross')).toBe('ICRC');
    expect(shortName('Global Commission on the Stability of Cyberspace')).toBe('GCSC');
  });

  for (const [id, scenario] of shippedScenarios)
    it(`names every seat of ${id} in a label of at most 20 characters, never by its id`, () => {
      for (const [actorId, actor] of Object.entries(scenario.actors)) {
        const short = shortName(actor.name);
        expect(short.length).toBeGreaterThan(1);
        expect(short.length).toBeLessThanOrEqual(20);
        // The name itself (its start) or its capitals: what people call the actor, not the id.
        expect(short).not.toBe(actorId);
        expect(actor.name.startsWith(short) || /^[A-Z]{2,}$/.test(short)).toBe(true);
      }
    });
});
