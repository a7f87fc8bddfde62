import { describe, expect, it } from 'vitest';
import { majorPowers } from '../../src/view/major-powers.js';
import { freshState, seat } from '../support/scenarios.js';

describe('the major powers', () => {
  it('are the other states from capability 0.6, in seat order: the same list for the bots and the order sheet', () => {
    const state = freshState('rsa-2017');
    expect(majorPowers(state.actors, seat(state, 'bra')).map((a) => a.id)).toEqual(['usa', 'gbr', 'isr', 'rus', 'chn']);
    expect(majorPowers(state.actors, seat(state, 'usa')).map((a) => a.id)).toEqual(['gbr', 'isr', 'rus', 'chn']);
  });
});
