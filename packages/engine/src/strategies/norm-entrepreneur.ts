/** The norm entrepreneur: champions a binding convention, keeps its promises, runs no operations. */
import { defineStrategy } from './strategy.js';
import { stateFacts } from './estimates.js';
import { draftTowardIdeal } from './drafting.js';
import { blameSuspects, stateNegotiation, stateOperations, submits, treatyDecision } from './tactics.js';
import { answerHonestly } from './answers.js';

/** The norm entrepreneur bot (`norm-entrepreneur`); see the file header. */
export const normEntrepreneur = defineStrategy({
  id: 'norm-entrepreneur',
  name: 'Norm entrepreneur',
  description: 'Champions a binding convention: joins the friends, amends toward its ideal, signs and ratifies unless the text hurts it, never operates, discloses what it finds, admits only the truth.',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(view, request) {
    const me = stateFacts(view)!;
    switch (request.phase) {
      case 'drafting':
        return draftTowardIdeal(view, request);
      case 'negotiation': {
        const sheet = stateNegotiation(view, me, request, 'friends');
        if (view.round === 1 && request.slots.pledges) sheet.pledges = [{ kind: 'sign', to: [] }, { kind: 'no-operations', to: [] }];
        return sheet;
      }
      case 'operations':
        return stateOperations(request, [], true, false, false, submits(view, me, -0.1));
      case 'blame':
        return { phase: 'blame', blame: blameSuspects(view, me, 0.5) };
      case 'response':
        return { phase: 'response', answers: answerHonestly(view, me) };
      default:
        return treatyDecision(view, me, request, -0.05, 0.05)!;
    }
  },
});
