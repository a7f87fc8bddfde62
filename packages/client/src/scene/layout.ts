/**
 * Where everything goes on the canvas. The seats sit around an elliptical table (the negotiating
 * table), grouped by kind and, for states, by bloc; the inside of the ring is left free for trust
 * chords and incident arrows, which then never cross a seat. The draft's articles and the
 * pending/incident panel take a column on the right. Pure geometry: no Pixi objects here.
 */
import type { ActorNode } from '../model/table-model.js';

/** An axis-aligned rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where a seat is drawn and where its label goes. */
export interface SeatPlace {
  readonly x: number;
  readonly y: number;
  /** Node radius (area grows with capability). */
  readonly r: number;
  /** Outward normal of the ring at the seat: labels and badges are placed along it. */
  readonly nx: number;
  readonly ny: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly anchorX: number;
  readonly anchorY: number;
}

/** A labelled group of seats (a bloc of states, the firms, civil society). */
export interface GroupPlace {
  readonly key: string;
  readonly label: string;
  readonly members: readonly number[];
  /** Where the group's label goes (inside the ring, facing its seats). */
  readonly x: number;
  readonly y: number;
}

/** The whole layout of the canvas. */
export interface TableLayout {
  readonly width: number;
  readonly height: number;
  readonly header: Rect;
  readonly ring: { readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number };
  /** By actor index. */
  readonly seats: readonly SeatPlace[];
  readonly groups: readonly GroupPlace[];
  readonly articles: Rect;
  readonly panel: Rect;
  /** The legend's places: a block in the upper-left corner, a strip along the bottom of the ring area. */
  readonly legendTop: Rect;
  readonly legendBottom: Rect;
}

/** The header's height: phase, round/year, badges, body trust. */
export const HEADER_H = 40;
const LABEL_H = 16;
/** Two rows of legend under the ring. */
const LEGEND_STRIP_H = 42;
/** A gap between groups on the ring, in seat slots. */
const GROUP_GAP = 0.8;

/** The node radius for a capability in [0, 1]: area, not radius, grows with it. */
export function seatRadius(capability: number): number {
  return 8 + 14 * Math.sqrt(Math.max(0, Math.min(1, capability)));
}

/** Seat groups in ring order: states bloc by bloc (in order of appearance), then firms, then civil society. */
export function groupsOf(actors: readonly ActorNode[]): { key: string; label: string; members: number[] }[] {
  const groups = new Map<string, { key: string; label: string; members: number[] }>();
  const add = (key: string, label: string, index: number): void => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, members: [] }));
    group.members.push(index);
  };
  for (const a of actors) if (a.kind === 'state') add(`state:${a.bloc}`, `States · ${a.bloc}`, a.index);
  for (const a of actors) if (a.kind === 'firm') add('firm', 'Tech firms', a.index);
  for (const a of actors) if (a.kind === 'civil') add('civil', 'Civil society', a.index);
  return [...groups.values()];
}

/** A key that changes when the layout must (other actors, other groups, other capabilities). */
export function layoutKey(actors: readonly ActorNode[]): string {
  return actors.map((a) => `${a.id}/${a.kind}/${a.bloc}/${a.capability}`).join('|');
}

/**
 * Lays the table out for a canvas size. `labelWidth(i)` gives the measured width of actor i's
 * label, so labels that would collide are pushed outward instead of overlapping.
 */
export function layoutTable(actors: readonly ActorNode[], labelWidth: (index: number) => number, width: number, height: number): TableLayout {
  const ringW = Math.round(width * 0.625);
  const header: Rect = { x: 0, y: 0, w: width, h: HEADER_H };
  const colX = ringW + 14;
  const colW = width - colX - 14;
  const articlesH = Math.min(height * 0.54, 332);
  const articles: Rect = { x: colX, y: HEADER_H + 6, w: colW, h: articlesH };
  const panelY = articles.y + articlesH + 8;
  const panel: Rect = { x: colX, y: panelY, w: colW, h: height - panelY - 8 };

  // The ring area runs from the header to the legend strip along the bottom.
  const stripY = height - LEGEND_STRIP_H;
  const areaH = stripY - HEADER_H;
  const cx = ringW / 2;
  const cy = HEADER_H + areaH / 2 - 4;
  // Room beside the ring for the widest name: a seat on either side has its label beside it.
  const widest = actors.reduce((w, _, i) => Math.max(w, labelWidth(i)), 0);
  const rx = Math.max(80, ringW / 2 - Math.max(88, widest + 36));
  const ry = Math.max(60, areaH / 2 - 72);
  const ring = { cx, cy, rx, ry };

  const groups = groupsOf(actors);
  const arc = arcTable(rx, ry);
  const units = actors.length + groups.length * GROUP_GAP;
  const slot = arc.total / Math.max(1, units);
  // Centre the states on the top of the ring: short state ids sit on the sides, the longer firm
  // and NGO ids along the bottom, where the ring runs horizontally and labels have room.
  const stateGroups = groups.filter((g) => g.key.startsWith('state:'));
  const stateUnits = stateGroups.reduce((n, g) => n + g.members.length, 0) + Math.max(0, stateGroups.length - 1) * GROUP_GAP;
  const top = arc.at(-Math.PI / 2);
  let s = (stateUnits > 0 ? top - ((stateUnits - 1) / 2) * slot : top) + arc.total;

  const seats: SeatPlace[] = [];
  const boxes: Rect[] = [];
  const placedGroups: GroupPlace[] = [];
  for (const group of groups) {
    const first = s;
    for (const index of group.members) {
      const theta = arc.theta(s);
      const x = cx + rx * Math.cos(theta);
      const y = cy + ry * Math.sin(theta);
      let nx = Math.cos(theta) / rx;
      let ny = Math.sin(theta) / ry;
      const norm = Math.hypot(nx, ny) || 1;
      nx /= norm;
      ny /= norm;
      const r = seatRadius(actors[index]?.capability ?? 0);
      const w = labelWidth(index);
      let place = labelPlace(x, y, r + 10, nx, ny, w);
      for (let tries = 0; tries < 3 && boxes.some((b) => overlaps(b, place.box)); tries++) place = labelPlace(x, y, r + 10 + (tries + 1) * 15, nx, ny, w);
      place = insideRing(place, ringW);
      boxes.push(place.box);
      seats[index] = { x, y, r, nx, ny, labelX: place.x, labelY: place.y, anchorX: place.ax, anchorY: place.ay };
      s += slot;
    }
    const mid = arc.theta((first + s - slot) / 2);
    placedGroups.push({
      key: group.key,
      label: group.label,
      members: group.members,
      x: cx + (rx - 74) * Math.cos(mid),
      y: cy + (ry - 58) * Math.sin(mid),
    });
    s += slot * GROUP_GAP;
  }
  return {
    width,
    height,
    header,
    ring,
    seats,
    groups: placedGroups,
    articles,
    panel,
    legendTop: { x: 10, y: HEADER_H + 6, w: 190, h: 100 },
    legendBottom: { x: 10, y: stripY, w: ringW - 20, h: LEGEND_STRIP_H },
  };
}

function labelPlace(x: number, y: number, dist: number, nx: number, ny: number, w: number): { x: number; y: number; ax: number; ay: number; box: Rect } {
  const lx = x + nx * dist;
  const ly = y + ny * dist;
  // Anchor the label on the side facing the node, so it grows away from the ring.
  const ax = 0.5 - 0.5 * nx;
  const ay = 0.5 - 0.5 * ny;
  return { x: lx, y: ly, ax, ay, box: { x: lx - ax * w - 2, y: ly - ay * LABEL_H - 1, w: w + 4, h: LABEL_H + 2 } };
}

/** A label moved sideways, if need be, so that it stays on the canvas's ring area. */
function insideRing(place: ReturnType<typeof labelPlace>, ringW: number): ReturnType<typeof labelPlace> {
  const shift = Math.max(0, 2 - place.box.x) + Math.min(0, ringW - 2 - (place.box.x + place.box.w));
  if (shift === 0) return place;
  return { ...place, x: place.x + shift, box: { ...place.box, x: place.box.x + shift } };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Arc length along an ellipse, so seats are evenly spaced along the ring, not by angle. */
function arcTable(rx: number, ry: number): { total: number; at: (theta: number) => number; theta: (s: number) => number } {
  const n = 720;
  const cumulative = new Float64Array(n + 1);
  const angle = (k: number): number => -Math.PI + (2 * Math.PI * k) / n;
  for (let k = 1; k <= n; k++) {
    const a = angle(k - 1);
    const b = angle(k);
    cumulative[k] = (cumulative[k - 1] ?? 0) + Math.hypot(rx * (Math.cos(b) - Math.cos(a)), ry * (Math.sin(b) - Math.sin(a)));
  }
  const total = cumulative[n] ?? 1;
  return {
    total,
    at: (theta) => {
      const k = Math.round(((theta + Math.PI) / (2 * Math.PI)) * n);
      return cumulative[Math.max(0, Math.min(n, k))] ?? 0;
    },
    theta: (s) => {
      const t = ((s % total) + total) % total;
      let lo = 0;
      let hi = n;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) <= t) lo = mid;
        else hi = mid;
      }
      const a = cumulative[lo] ?? 0;
      const b = cumulative[hi] ?? a;
      const f = b > a ? (t - a) / (b - a) : 0;
      return angle(lo) + f * ((2 * Math.PI) / n);
    },
  };
}
