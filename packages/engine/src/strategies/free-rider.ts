/**
 * The free-rider: wants others bound by a convention and stays out itself; votes for the text,
 * signs for the photograph, never submits it for ratification, and operates freely.
 */
import { defineStrategy } from './strategy.js';
import { stateFacts } from './estimates.js';
import { draftTowardIdeal } from './drafting.js';
import { denyAll } from './answers.js';
import { blameSuspects, chooseTargets, stateNegotiation, stateOperations } from './tactics.js';

/** The free-rider bot (`free-rider`); see the file header. */
export const freeRider = defineStrategy({
  id: 'free-rider',
  name: 'Free-rider',
  description: 'Supports a convention that binds others: votes yes and signs, never ratifies, runs operations whenever they pay a little, stockpiles, denies.',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(view, request) {
    const me = stateFacts(view)!;
    switch (request.phase) {
      case 'drafting':
        return draftTowardIdeal(view, request);
      case 'negotiation':
        return stateNegotiation(view, me, request, null);
      case 'vote':
        return { phase: 'vote', vote: 'yes' };
      case 'signature':
        return { phase: 'signature', sign: true };
      case 'ratification':
        return { phase: 'ratification', submit: false };
      case 'operations':
        return stateOperations(request, chooseTargets(view, me, request, -0.02), false, true, false);
      case 'blame':
        return { phase: 'blame', blame: blameSuspects(view, me, 0.6) };
      case 'response':
        return { phase: 'response', answers: denyAll(me) };
    }
  },
});
