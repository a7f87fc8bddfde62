/**
 * A seat's private facts as sentences a student can act on, each number with its meaning
 * (docs/model.md §2, §5, §7). Read only from the seat's own view, so the brief in play and the
 * printed briefing before the game say the same thing. Pure: strings in, no DOM.
 */
import { ARTICLES, type View } from '@geneva/engine';
import { foresightOf } from './consequences.js';
import { actorName, articleTitle, levelWord, positionWords, weightWords } from './words.js';

/** A state's wishes, most important article first: "Bindingness matters most to you (20% of …)". */
export function wishes(view: View): readonly string[] {
  const me = view.me;
  if (me.kind !== 'state') return [];
  return ARTICLES.map((_, k) => k)
    .sort((a, b) => (me.salience[b] ?? 0) - (me.salience[a] ?? 0))
    .map((k) => {
      const w = me.salience[k] ?? 0;
      const now = view.public.text[k] ?? 0;
      return `${articleTitle(k, view.articles)} ${weightWords(w)} (${Math.round(w * 100)}% of what the text is worth to you): you want ${positionWords(k, me.ideal[k] ?? 0)}; the draft says ${now.toFixed(2)}.`;
    });
}

/** The chance that a legislature with this hurdle ratifies, for a given surplus (docs/model.md §7, without pressure or red line). */
function ratificationChance(view: View, surplus: number, hurdle: number): number {
  return 1 / (1 + Math.exp(-(view.rules.ratificationSlope * surplus - hurdle)));
}

/** What a state cannot accept, and what a treaty must beat: its reservation value, hurdle and content red line. */
export function limits(view: View): readonly string[] {
  const me = view.me;
  if (me.kind !== 'state') return [];
  const slope = view.rules.ratificationSlope;
  const even = slope > 0 ? me.domesticHurdle / slope : 0;
  const lines = [
    `A treaty must beat what staying out is worth to you: ${me.reservation.toFixed(2)} on a 0–1 scale (${levelWord(me.reservation)}), which includes the value of keeping your own cyber options free.`,
    `Your legislature must ratify: a treaty only as good as staying out would pass with a ${Math.round(ratificationChance(view, 0, me.domesticHurdle) * 100)}% chance; it must beat staying out by ${even.toFixed(2)} for even odds. Public pressure helps.`,
  ];
  const over = (me.contentTolerance + 0.5).toFixed(2);
  lines.push(
    me.contentControl < 0.5
      ? `You reject state control of online content: above ${me.contentTolerance.toFixed(2)} on Content scope the whole text loses value for you (none at all above ${over}), and your legislature balks.`
      : `You want state control of online content: a narrow Content scope makes every clause of the text worth less to you.`,
  );
  return lines;
}

/** Where a state stands with the draft as it is: better in, or better out, and by how much. */
export function standing(view: View): string | null {
  const foresight = foresightOf(view);
  if (foresight === null) return null;
  const s = foresight.surplus;
  if (Math.abs(s) < 0.005) return 'With the draft as it stands, joining is worth about as much to you as staying out.';
  return `With the draft as it stands, joining is ${s > 0 ? 'better' : 'worse'} for you than staying out (by ${Math.abs(s).toFixed(2)} on the 0–1 scale of what a text is worth).`;
}

/** Facts about the seat's means and beliefs, in words. */
export function means(view: View): readonly string[] {
  const me = view.me;
  const body = me.bodyAlpha / (me.bodyAlpha + me.bodyBeta);
  const trust = `You believe the attribution body's findings ${body >= 0.6 ? 'fairly well' : body >= 0.4 ? 'about half the time' : 'little'} (${Math.round(body * 100)}%).`;
  if (me.kind === 'state')
    return [
      `Your offensive cyber capability is ${levelWord(me.capability)} (${me.capability.toFixed(2)} of 1); other states know it.`,
      `You hold about ${Math.floor(me.exploits)} unused software flaws (exploits); a covert operation needs one, and a stockpile can leak.`,
      trust,
    ];
  if (me.kind === 'firm')
    return [
      `Your threat intelligence is ${levelWord(me.intel)}; sharing it helps states detect attacks.`,
      `Your leaning to stay neutral (defend everyone, refuse backdoors) is ${levelWord(me.neutrality)}.`,
      `Your home government's pressure on you is ${levelWord(me.pressure)}: each backdoor you refuse costs you that much goodwill.`,
      me.backdoorsGranted === 0 ? 'You have granted no backdoor.' : `You have granted ${me.backdoorsGranted} backdoor${me.backdoorsGranted === 1 ? '' : 's'}.`,
      trust,
    ];
  return [
    `Your campaigning strength is ${levelWord(me.advocacy * me.credibility)} (advocacy ${levelWord(me.advocacy)}, credibility ${levelWord(me.credibility)}).`,
    `You campaign on: ${me.focus.map((k) => articleTitle(k, view.articles)).join(', ')}.`,
    trust,
  ];
}

/** Whom the seat trusts most and least, by name, in words. */
export function trustLine(view: View): string {
  const me = view.me;
  const others = me.trust
    .map((value, i) => ({ i, value }))
    .filter((t) => t.i !== me.index)
    .sort((a, b) => b.value - a.value);
  const say = (t: { i: number; value: number }) => `${actorName(view.actors, t.i)} (${levelWord(t.value)})`;
  const most = others.slice(0, 3).map(say).join(', ');
  const least = others.length > 3 ? others.slice(-2).reverse().map(say).join(', ') : '';
  return least === '' ? `You trust ${most}.` : `You trust most ${most}; least ${least}.`;
}

/** How the seat's result is scored (docs/model.md §10), by kind. */
export function scoring(kind: 'state' | 'firm' | 'civil'): string {
  if (kind === 'state')
    return 'Your score is your welfare over the implementation years: as a party, what the text is worth to you minus what restraint costs you; outside, what staying out is worth. Attacks you suffer, accusations and exposure cost you; your successful covert operations gain you something.';
  if (kind === 'firm') return 'Your score is your customers kept safe (less harm in the markets you serve), minus each backdoor you grant and each refusal your government punishes, plus a little for being in the Tech Accord.';
  return 'Your score falls with the harm civilians suffer each year, and rises while a convention is in force whose text matches your campaign.';
}
