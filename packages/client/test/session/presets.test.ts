/**
 * Class-length presets: each longer preset asks more sheets of a team and more minutes, and none
 * asks more than the human scale DESIGN.md sets (about 45 requests a seat in a whole game).
 */
import { describe, expect, it } from 'vitest';
import { PRESETS, gameLoad } from '../../src/session/presets.js';
import { scenarioOf } from '../../src/session/set-up.js';

describe('class-length presets', () => {
  it('fit their lessons: longer presets ask more of a team, none past the human scale', () => {
    const loads = PRESETS.map((preset) => {
      const load = scenarioOf({ source: { kind: 'shipped', id: 'rsa-2017' }, seed: '1', seats: { usa: 'human' }, rounds: preset.rounds, years: preset.years });
      if (!load.ok) throw new Error(load.problems.join('\n'));
      return gameLoad(load.scenario, '1', { usa: 'human' }, ['usa'], preset.timer);
    });
    for (const load of loads) {
      expect(load.sheets.min).toBeGreaterThan(0);
      expect(load.sheets.max).toBeLessThanOrEqual(45);
    }
    for (let k = 1; k < loads.length; k++) {
      expect(loads[k]!.sheets.min).toBeGreaterThan(loads[k - 1]!.sheets.max);
      expect(loads[k]!.minutes!).toBeGreaterThan(loads[k - 1]!.minutes!);
    }
    // The 45-minute lesson's decisions leave time for the briefing and the debrief.
    expect(loads[0]!.minutes!).toBeLessThanOrEqual(25);
    expect(loads[1]!.minutes!).toBeLessThanOrEqual(55);
  });
});
