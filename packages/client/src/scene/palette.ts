/**
 * Colours and type of the table. Colours come from the Okabe–Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies; every colour that carries meaning
 * is paired with a second cue (a glyph, a ring style, a label), so nothing is colour only.
 */
import { TextStyle, type TextStyleFontWeight } from 'pixi.js';
import type { Standing } from '../model/table-model.js';

/** Ink for text and outlines: near-black on the paper background (contrast > 12:1). */
export const INK = 0x1d2433;
/** Secondary text: still ≥ 4.5:1 on the paper background, for projector readability. */
export const MUTED = 0x4d5566;
/** The canvas background (set by the client's `app.init`). */
export const PAPER = 0xf7f4ec;
/** Hairlines and empty tracks. */
export const RULE = 0xc9c2b0;

/** Fill of a seat by where it stands on the convention (glyphs in `actors.ts` repeat it). */
export const STANDING_COLOUR: Readonly<Record<Standing, number>> = {
  outside: 0xd4d4d4, // pale grey, hollow look: no commitment yet
  signed: 0xe69f00, // Okabe–Ito orange
  ratified: 0x009e73, // Okabe–Ito bluish green
  withdrawn: 0xd55e00, // Okabe–Ito vermillion (and a cross glyph)
};

/** Words for the standings, for the legend and summaries. */
export const STANDING_WORD: Readonly<Record<Standing, string>> = {
  outside: 'outside',
  signed: 'signed',
  ratified: 'ratified',
  withdrawn: 'withdrawn',
};

/** Coalition halos: a single ring for the friends, a double ring for the sovereignty group. */
export const COALITION_COLOUR = { friends: 0x0072b2, sovereignty: 0xcc79a7 } as const;

/** Trust chords diverge from neutral: blue for trust, vermillion for distrust. */
export const TRUST_COLOUR = { high: 0x0072b2, low: 0xd55e00 } as const;

/** Incidents: the burst on the target, the blame arrow and the true attacker's arrow. */
export const INCIDENT_COLOUR = { burst: 0xf0e442, blame: 0xb8460b, attacker: 0x1d2433, body: 0x6a3d9a } as const;

/** The article bars. */
export const BAR_COLOUR = { fill: 0x3f6e96, track: 0xdcd5c3, ideal: 0x1d2433, self: 0xe69f00 } as const;

/** Badges of the header (adopted, in force). */
export const BADGE_COLOUR = { adopted: 0x0072b2, inForce: 0x009e73 } as const;

/** The font stack: system UI fonts, falling back to what a bare Linux box has. */
export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif';

/**
 * A text style, shared by every Text that uses it (one TextStyle per look, not per Text).
 * Sizes are ≥ 13 px: the table must read at 1280×720 and on a projector.
 */
export function textStyle(size: number, fill: number = INK, weight: TextStyleFontWeight = 'normal'): TextStyle {
  return new TextStyle({ fontFamily: FONT, fontSize: size, fill, fontWeight: weight });
}

/** Adds an outline in the colour underneath, so text stays legible where chords cross it. */
function withHalo(style: TextStyle, colour: number): TextStyle {
  style.stroke = { color: colour, width: 4, join: 'round' };
  return style;
}

/** Fixes the line height of multi-line lists, so the panel can count its rows. */
function withLineHeight(style: TextStyle, lineHeight: number): TextStyle {
  style.lineHeight = lineHeight;
  return style;
}

/** The styles the scene uses, created once. */
export const STYLES = {
  title: textStyle(20, INK, 'bold'),
  subtitle: textStyle(14, MUTED),
  heading: textStyle(14, INK, 'bold'),
  body: textStyle(13, INK),
  muted: textStyle(13, MUTED),
  list: withLineHeight(textStyle(13, INK), 18),
  listMuted: withLineHeight(textStyle(13, MUTED), 18),
  label: textStyle(13, INK, '600'),
  labelSelf: textStyle(14, 0xffffff, 'bold'),
  group: withHalo(textStyle(13, MUTED, 'bold'), PAPER),
  badge: textStyle(13, 0xffffff, 'bold'),
  arrow: withHalo(textStyle(13, INCIDENT_COLOUR.blame, 'bold'), PAPER),
  attacker: withHalo(textStyle(13, INCIDENT_COLOUR.attacker, 'bold'), PAPER),
} as const;
