/**
 * Plain words for what a student reads: actor names instead of ids, articles by their titles with
 * what each end of their 0–1 scale means (docs/model.md §3), amendments and pledges as sentences,
 * and numbers given a meaning. One place, so the order sheet, the brief and the printed briefings
 * say the same thing the same way.
 */
import { ARTICLES, type ActorInfo, type PledgeKind, type RatificationOutlook } from '@geneva/engine';

/** An article's plain title and what 0 and 1 mean on its scale (docs/model.md §3). */
export interface ArticleWords {
  readonly title: string;
  readonly low: string;
  readonly high: string;
}

/** The eight articles in the engine's order. */
export const ARTICLE_WORDS: Readonly<Record<(typeof ARTICLES)[number], ArticleWords>> = {
  targets: { title: 'Protected targets', low: 'no protected targets', high: 'broad protection of the private sector, infrastructure and elections' },
  assistance: { title: 'Duty to assist', low: 'no duty to assist', high: 'full help to private-sector detection and recovery' },
  disclosure: { title: 'Vulnerability disclosure', low: 'states may stockpile flaws freely', high: 'every flaw reported to vendors' },
  restraint: { title: 'Restraint on cyberweapons', low: 'no limit on cyberweapons', high: 'strict restraint and non-proliferation' },
  backdoors: { title: 'Backdoors', low: 'backdoors allowed', high: 'no backdoors in mass-market products' },
  content: { title: 'Content scope', low: 'narrow, technical scope', high: 'broad "information security", with a right to restrict content' },
  binding: { title: 'Bindingness', low: 'voluntary norms', high: 'a binding convention with verification' },
  attribution: { title: 'Attribution body', low: 'no attribution body', high: 'an independent body with access powers' },
};

/** The titles a game gives its articles (a view's or a scenario's `articles`). */
export type ArticleTitles = Readonly<Record<(typeof ARTICLES)[number], { readonly title: string }>>;

/**
 * The title of article `k` (an index, or an id): the game's own (`titles`, from the view or the
 * scenario, so the sheet, the brief, the table and the digest name an article alike), else a
 * generic one.
 */
export function articleTitle(k: number | string, titles?: ArticleTitles): string {
  const id = typeof k === 'number' ? ARTICLES[k] : k;
  if (id === undefined || !(id in ARTICLE_WORDS)) return 'an article';
  return titles?.[id as keyof ArticleTitles]?.title ?? ARTICLE_WORDS[id as keyof typeof ARTICLE_WORDS].title;
}

/** A position on article `k` with what it means: "0.45 (nearer voluntary norms)". */
export function positionWords(k: number, x: number): string {
  const words = ARTICLE_WORDS[ARTICLES[k] as keyof typeof ARTICLE_WORDS];
  if (words === undefined) return x.toFixed(2);
  const lean = x <= 0.05 ? words.low : x >= 0.95 ? words.high : x < 0.4 ? `nearer “${words.low}”` : x > 0.6 ? `nearer “${words.high}”` : 'halfway';
  return `${x.toFixed(2)} (${lean})`;
}

/** "raise Bindingness from 0.45 to 0.55" (clamped to the scale, as the engine clamps it). */
export function amendmentSentence(article: number, delta: number, now: number, titles?: ArticleTitles): string {
  const to = Math.min(1, Math.max(0, now + delta));
  return `${delta > 0 ? 'raise' : 'lower'} ${articleTitle(article, titles)} from ${now.toFixed(2)} to ${to.toFixed(2)}`;
}

/** An actor's name from its index or id, never the id itself. */
export function actorName(actors: readonly ActorInfo[], who: number | string): string {
  const actor = typeof who === 'number' ? actors[who] : actors.find((a) => a.id === who);
  return actor?.name ?? 'an unknown seat';
}

/** A 0–1 level in words. */
export function levelWord(x: number): string {
  if (x < 0.15) return 'very low';
  if (x < 0.35) return 'low';
  if (x < 0.6) return 'moderate';
  if (x < 0.8) return 'high';
  return 'very high';
}

/** How much an article matters, from its normalised weight (eight articles: 0.125 is average). */
export function weightWords(w: number): string {
  if (w >= 0.18) return 'matters most to you';
  if (w >= 0.12) return 'matters to you';
  if (w >= 0.06) return 'matters a little';
  return 'hardly matters to you';
}

/** What a pledge of `kind` promises, as the end of "We promise …". `about` names its target. */
export function pledgeSentence(kind: PledgeKind, about: string | null): string {
  switch (kind) {
    case 'support-amendment':
      return `to vote for ${about ?? 'an amendment'}`;
    case 'vote-yes':
      return 'to vote yes on the treaty text';
    case 'sign':
      return 'to sign the convention';
    case 'ratify':
      return 'to submit the convention to our legislature for ratification';
    case 'ratify-if':
      return `to submit the convention for ratification once ${about ?? 'enough of the states we name'} have ratified it`;
    case 'no-operations':
      return `to run no covert operation against ${about ?? 'any state'}`;
    case 'refuse-backdoors':
      return 'to refuse every government request for a backdoor';
  }
}

/** A pledge's state in words. */
export function pledgeStatus(status: 'open' | 'kept' | 'broken'): string {
  return status === 'open' ? 'not yet due' : status;
}

/** What submitting the text now means, in sentences: the legislature's odds, and whether the seat's ratification decides entry into force. */
export function outlookWords(o: RatificationOutlook): string {
  const pct = (p: number) => `${Math.round(p * 100)}%`;
  const approval = `If you submit it now, your legislature approves it with a ${pct(o.approval)} chance.`;
  const yes = Math.round(o.inForceIfYes * 100);
  const no = Math.round(o.inForceIfNo * 100);
  const force =
    yes === no
      ? yes >= 99
        ? 'The convention binds the others whether or not you join: staying out lets you ride free on their restraint.'
        : yes <= 1
          ? 'Too few others are likely to ratify for the convention to enter into force soon, whatever you do.'
          : `The convention is in force after this step with a ${pct(o.inForceIfYes)} chance whether or not you join.`
      : `The convention is in force after this step with a ${pct(o.inForceIfYes)} chance if you ratify and ${pct(o.inForceIfNo)} if you do not: your ratification ${yes - no >= 50 ? 'very likely decides it' : 'may decide it'}.`;
  const worth = o.worth > 0.005 ? 'For you, joining is worth more than staying out.' : o.worth < -0.005 ? 'For you, staying out is worth more than joining.' : 'For you, joining and staying out are worth about the same.';
  return `${approval} ${force} ${worth}`;
}
