/**
 * The content-control spoiler: pushes "information security" (a broad content scope) into the
 * text, leads the sovereignty coalition, backs the text only if content control is in it, and
 * keeps its operations going.
 */
import { A } from '../scenario/articles.js';
import { defineStrategy } from './strategy.js';
import { stateFacts, surplusOf } from './estimates.js';
import { draftTowardIdeal } from './drafting.js';
import { denyAll } from './answers.js';
import { blameSuspects, chooseTargets, stateNegotiation, stateOperations, submits, worthSubmitting } from './tactics.js';

/** Content scope below which it votes against the text. */
export const CONTENT_DEMAND = 0.5;

const contentFirst = (article: number) => (article === A.content ? 0.05 : 0);

/** The content-control spoiler bot (`content-spoiler`); see the file header. */
export const contentSpoiler = defineStrategy({
  id: 'content-spoiler',
  name: 'Content-control spoiler',
  description: 'Pushes a broad content scope, leads the sovereignty coalition, votes against any text without content control, operates when it pays, denies all.',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(view, request) {
    const me = stateFacts(view)!;
    const content = view.public.text[A.content]!;
    const surplus = () => surplusOf(view, me, view.public.text);
    switch (request.phase) {
      case 'drafting':
        return draftTowardIdeal(view, request, (a) => (a === A.content ? 0.3 : 0));
      case 'negotiation':
        return stateNegotiation(view, me, request, 'sovereignty', contentFirst);
      case 'vote':
        return { phase: 'vote', vote: content >= CONTENT_DEMAND && surplus() > 0 ? 'yes' : 'no' };
      case 'signature':
        return { phase: 'signature', sign: content >= CONTENT_DEMAND && surplus() > 0 };
      case 'ratification':
        return { phase: 'ratification', submit: worthSubmitting(view, me, 0) };
      case 'operations':
        return stateOperations(request, chooseTargets(view, me, request, 0), false, true, request.slots.withdraw !== undefined && surplus() < -0.1, submits(view, me, 0));
      case 'blame':
        return { phase: 'blame', blame: blameSuspects(view, me, 0.4) };
      case 'response':
        return { phase: 'response', answers: denyAll(me) };
    }
  },
});
