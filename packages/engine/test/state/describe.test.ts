import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/state/describe.js';
import type { GameEvent } from '../../src/state/events.js';
import { freshState, loadScenario, seat } from '../support/scenarios.js';

const state = freshState(loadScenario('rsa-2017'), 'words');
const usa = seat(state, 'usa');
const event = (type: GameEvent['type'], fields: Partial<GameEvent> = {}): GameEvent => ({ type, step: 3, phase: 'negotiation', round: 2, year: 0, actor: usa, other: -1, value: 0, text: '', visibleTo: null, ...fields });

describe('events in plain words', () => {
  it('says "you" and "your" to the reader, and names the others', () => {
    const you = { self: usa };
    expect(describeEvent(event('election-attack'), state.actors, you)).toBe('An election in your country was attacked');
    expect(describeEvent(event('election-attack'), state.actors)).toBe('An election in United States was attacked');
    expect(describeEvent(event('ratification-failed', { value: 0.3 }), state.actors, you)).toBe('Your legislature refused to ratify the convention (the table had given it a 30% chance of approving)');
    expect(describeEvent(event('incident', { other: 2, value: 0.12 }), state.actors, you)).toBe('You were hit by a cyberattack (incident 3): severe harm to civilians');
    expect(describeEvent(event('government-change'), state.actors, you)).toBe('Change of government in your country');
  });

  it('names articles by their titles and pledges by what they promise, never by ids or slot names', () => {
    const titles = { articles: ['A', 'B', 'C', 'D', 'E', 'F', 'Bindingness (binding)', 'H'] };
    expect(describeEvent(event('amendment-tabled', { other: 4, value: 6, text: '+' }), state.actors, titles)).toBe('United States tabled amendment 5: strengthen Bindingness (binding)');
    expect(describeEvent(event('pledge', { text: 'support-amendment', other: 2 }), state.actors)).toBe('United States promised to vote for amendment 3');
    expect(describeEvent(event('draft-tabled', { text: 'targets=0.90 binding=0.75' }), state.actors)).toBe('United States, as chair, tabled the draft convention (0 = weakest, 1 = strongest): Protected targets 0.90, Bindingness 0.75');
  });
});
