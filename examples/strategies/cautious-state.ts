/**
 * A worked example for a state seat: a cautious supporter. It amends the article where the text is
 * furthest from its ideal (weighted by salience), votes for amendments that raise its utility, joins
 * the convention only when the engine's own surplus says it pays, and never runs an operation.
 */
import { ARTICLES, defineStrategy, expectedBound, textUtility, treatySurplus, type Sheet, type StatePrivate } from '@geneva/engine';

export default defineStrategy({
  id: 'cautious-state',
  name: 'Cautious state',
  description: 'Amends toward its ideal, votes by its utility, joins only if the surplus is positive, never operates.',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(view, request): Sheet {
    const me = view.me as StatePrivate;
    const text = view.public.text;
    const surplus = treatySurplus(me, view.self.exposure, text, expectedBound(view.public, view.actors), view.rules);
    switch (request.phase) {
      case 'negotiation': {
        const gaps = text.map((x, a) => me.salience[a]! * Math.abs(me.ideal[a]! - x));
        const a = gaps.indexOf(Math.max(...gaps));
        const amend = gaps[a]! > 0.01 ? { article: ARTICLES[a]!, direction: me.ideal[a]! > text[a]! ? (1 as const) : (-1 as const) } : null;
        const votes = view.public.pending.map((p) => {
          const after = text.map((x, k) => (k === p.article ? Math.min(1, Math.max(0, x + p.delta)) : x));
          return textUtility(me, after) > textUtility(me, text) ? ('yes' as const) : ('no' as const);
        });
        return { phase: 'negotiation', amend, votes, coalition: surplus > 0 ? 'friends' : null };
      }
      case 'vote':
        return { phase: 'vote', vote: surplus > 0 ? 'yes' : 'no' };
      case 'signature':
        return { phase: 'signature', sign: surplus > 0 };
      case 'ratification':
        return { phase: 'ratification', submit: surplus > 0 };
      case 'operations':
        return { phase: 'operations', targets: [], disclose: true };
      case 'blame':
        return { phase: 'blame', blame: me.toBlame.map((d) => (d.suspect >= 0 && d.confidence > 0.6 ? view.actors[d.suspect]!.id : null)) };
      default:
        return { phase: request.phase } as Sheet;
    }
  },
});
