/**
 * The table on a screen of any size (the projector's): the canvas takes the box it is given, and
 * the scene is drawn at a scale chosen from that box, so that type grows with the screen. The
 * layout then works in the scene's own units (the box divided by the scale), and keeps its
 * proportions of a 1280-wide table whatever the box.
 */

/** The scene's size, in its own units, at which its type is drawn at its nominal size. */
const DESIGN = { width: 1050, height: 640 } as const;
/** Below 1 the labels (13 units) would fall under 13 px; above this a huge screen gains nothing. */
const MIN_SCALE = 1;
const MAX_SCALE = 2.5;

/** The scale and the scene's size for a box of CSS pixels. */
export interface TableFit {
  /** CSS pixels per scene unit. */
  readonly scale: number;
  /** The scene's size in its own units (the box divided by the scale). */
  readonly width: number;
  readonly height: number;
}

/**
 * Fits the table to a box: the largest scale at which a table of the design size fits, kept
 * between 1 and 2.5.
 *
 * @example
 * tableFit(1450, 960).scale; // ≈ 1.38: labels of 13 units are 18 px on a 1920×1080 projector
 */
export function tableFit(width: number, height: number): TableFit {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.min(w / DESIGN.width, h / DESIGN.height)));
  return { scale, width: w / scale, height: h / scale };
}
