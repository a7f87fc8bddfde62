/**
 * The realist: weighs every decision by its own surplus, keeps its offensive options open, runs
 * operations whose expected gain exceeds the expected cost of being caught, denies everything.
 */
import { defineStrategy } from './strategy.js';
import { stateFacts, surplusOf } from './estimates.js';
import { draftTowardIdeal } from './drafting.js';
import { denyAll } from './answers.js';
import { heldOutFor, holdoutSheet } from './holdout.js';
import { blameSuspects, chooseTargets, stateNegotiation, stateOperations, submits, treatyDecision } from './tactics.js';

/** The realist bot (`realist`); see the file header. */
export const realist = defineStrategy({
  id: 'realist',
  name: 'Realist',
  description: 'Follows its own surplus: amends and votes by it, joins only a text worth more than its reservation, runs operations with positive expected value, stockpiles, asks for backdoors, denies all accusations.',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(view, request) {
    const me = stateFacts(view)!;
    switch (request.phase) {
      case 'drafting':
        return draftTowardIdeal(view, request);
      case 'negotiation':
        return stateNegotiation(view, me, request, null);
      case 'operations': {
        const leave = request.slots.withdraw !== undefined && surplusOf(view, me, view.public.text) < -0.1;
        return stateOperations(request, chooseTargets(view, me, request, 0), false, true, leave, submits(view, me, 0));
      }
      case 'blame':
        return { phase: 'blame', blame: blameSuspects(view, me, 0.6) };
      case 'response':
        return { phase: 'response', answers: denyAll(me) };
      case 'vote': {
        const held = heldOutFor(view, me);
        return held ? holdoutSheet(view, request, held) : treatyDecision(view, me, request, 0)!;
      }
      default:
        return treatyDecision(view, me, request, 0)!;
    }
  },
});
