/**
 * The debrief's plots, drawn with uPlot (small, canvas, no dependencies): trust over time, the
 * article positions step by step, and incidents and harm per year. Each plot is a figure with a
 * caption that says in words what it shows; a click on a plot jumps to that step; a marker shows,
 * on every plot at once, the step of the event the user is looking at in the timeline (what ties
 * an event to the graphs it moved).
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h } from '../ui/dom.js';
import { articlesCaption, trustCaption, yearsCaption } from './captions.js';
import type { DebriefSeries } from './series.js';

/**
 * Okabe & Ito's colour-blind-safe palette, its yellow (unreadable on a light page or a washed-out
 * projector) replaced by grey; lines also differ by dash pattern, so no line is told by colour alone.
 */
const PALETTE = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#6E6E6E'] as const;
const DASHES: readonly (readonly number[])[] = [[], [10, 5], [], [10, 5], [], [10, 5], [], [3, 4]];
const FONT = '14px system-ui, sans-serif';
const INK = '#1d2433';
const GRID = { stroke: '#d9d4c7', width: 1 };
/** Ticks closer than this (CSS px) are thinned out, so step labels never overlap. */
const MIN_TICK_SPACE = 44;

/** Caption ids must be unique in the page, whatever the number of debriefs mounted. */
let figures = 0;

/** The plots of a debrief, and what the rest of the screen may ask of them. */
export interface DebriefCharts {
  /** The figures to place in the page (drawn by {@link DebriefCharts.start}). */
  readonly trust: HTMLElement;
  readonly articles: HTMLElement;
  readonly years: HTMLElement;
  /** Draws the plots; call once the figures are in the document, so their width can be measured. */
  start(): void;
  /** Marks a timeline index on every plot (null: no mark). */
  mark(index: number | null): void;
  /** Destroys the plots and stops watching their size. */
  destroy(): void;
}

/** A plot waiting for its container to be measured. */
interface PlotSpec {
  readonly host: HTMLElement;
  readonly height: number;
  readonly options: (width: number) => uPlot.Options;
  readonly data: uPlot.AlignedData;
  /** The x value (timeline index or year) that a timeline index is marked at. */
  readonly markAt: (index: number) => number;
  /** The timeline index a picked data index jumps to. */
  readonly jumpTo: (dataIndex: number) => number;
}

/**
 * Builds the figures of the debrief's plots.
 *
 * @example
 * const charts = debriefCharts(series, (k) => onJump(k));
 * root.append(charts.trust, charts.articles, charts.years);
 * charts.start();
 */
export function debriefCharts(series: DebriefSeries, onPick: (timelineIndex: number) => void): DebriefCharts {
  let marked: number | null = null;
  const plots: uPlot[] = [];
  const observers: ResizeObserver[] = [];
  const xs = series.x.slice();

  const stepAxis = (): uPlot.Axis => ({
    ...axisStyle(),
    splits: (u) => thin(series.ticks, u, MIN_TICK_SPACE),
    values: (_u, splits) => splits.map((v) => series.labels[v] ?? ''),
  });
  const stepX: uPlot.Series = { label: 'Step', value: (_u, v) => (v === null ? '—' : `${v} · ${series.labels[v] ?? ''}`) };
  const stepScales: uPlot.Scales = { x: { time: false, range: [0, Math.max(1, xs.length - 1)] }, y: { range: [0, 1] } };
  const lineSeries = (label: string, k: number): uPlot.Series => ({
    label,
    stroke: PALETTE[k % PALETTE.length]!,
    dash: [...(DASHES[k % DASHES.length] ?? [])],
    width: 2.5,
    points: { show: false },
    value: (_u, v) => (v === null ? '—' : v.toFixed(3)),
  });

  const specs: PlotSpec[] = [];
  const figure = (id: string, title: string, caption: string, height: number, plot: Omit<PlotSpec, 'host' | 'height'>): HTMLElement => {
    // The canvas says nothing to a screen reader: the plot is an image named by its title and
    // described by the caption, which sighted readers see too.
    const captionId = `debrief-caption-${++figures}`;
    const host = h('div', { class: 'debrief-plot', role: 'img', 'aria-label': title, 'aria-describedby': captionId });
    specs.push({ host, height, ...plot });
    return h('figure', { class: 'debrief-chart', 'data-testid': `debrief-chart-${id}` }, host, h('figcaption', { id: captionId }, caption));
  };

  const trust = figure('trust', 'Trust over time', trustCaption(series), 220, {
    data: [xs, series.bodyTrust.slice(), series.pairTrust.slice()],
    options: (width) => ({
      width, height: 220,
      // Trust moves by hundredths: a fixed 0–1 axis would flatten it, so the axis spans at least 0.2
      // around the data, within 0–1 (the caption gives the exact values).
      scales: { x: stepScales.x!, y: { range: (_u, min, max) => zoomed(min, max, 0.2) } },
      axes: [stepAxis(), { ...axisStyle(), values: (_u, s) => s.map((v) => v.toFixed(2)) }],
      series: [stepX, lineSeries('Trust in the attribution body', 4), lineSeries('Trust between actors', 5)],
      cursor: cursor(true),
    }),
    markAt: (k) => k,
    jumpTo: (i) => i,
  });

  const articles = figure('articles', 'Article positions over the steps', articlesCaption(series), 300, {
    data: [xs, ...series.articles.map((a) => a.values.slice())],
    options: (width) => ({
      width, height: 300, scales: stepScales, axes: [stepAxis(), { ...axisStyle(), values: (_u, s) => s.map((v) => v.toFixed(1)) }],
      series: [stepX, ...series.articles.map((a, k) => lineSeries(a.title, k))],
      cursor: cursor(true),
    }),
    markAt: (k) => k,
    jumpTo: (i) => i,
  });

  const years = series.years;
  const yearOf = (k: number) => years.reduce((y, b) => (b.firstIndex <= k ? b.year : y), 0);
  const yearsFigure = figure('years', 'Incidents and civilian harm per year', yearsCaption(series), 220, {
    data: [years.map((y) => y.year), years.map((y) => y.incidents), years.map((y) => y.harm)],
    options: (width) => ({
      width, height: 220,
      scales: { x: { time: false, range: [-0.5, years.length - 0.5] }, n: { range: (_u, _min, max) => [0, Math.max(1, max)] }, harm: { range: (_u, _min, max) => [0, Math.max(0.1, max * 1.1)] } },
      axes: [
        { ...axisStyle(), splits: () => years.map((y) => y.year), values: (_u, s) => s.map((v) => years[v]?.label ?? '') },
        { ...axisStyle(), scale: 'n', label: 'incidents', labelFont: FONT, values: (_u, s) => s.map((v) => (Number.isInteger(v) ? String(v) : '')) },
        { ...axisStyle(), scale: 'harm', side: 1, label: 'civilian harm', labelFont: FONT, grid: { show: false }, values: (_u, s) => s.map((v) => v.toFixed(2)) },
      ],
      series: [
        { label: 'Year', value: (_u, v) => (v === null ? '—' : (years[v]?.label ?? '')) },
        { label: 'Incidents', scale: 'n', stroke: PALETTE[4], fill: 'rgba(0, 114, 178, 0.45)', width: 1.5, paths: uPlot.paths.bars!({ size: [0.55, 64] }), points: { show: false }, value: (_u, v) => (v === null ? '—' : String(v)) },
        { label: 'Civilian harm', scale: 'harm', stroke: PALETTE[5], width: 2.5, dash: [10, 5], points: { show: true, size: 9, fill: PALETTE[5] }, value: (_u, v) => (v === null ? '—' : v.toFixed(3)) },
      ],
      cursor: cursor(false),
    }),
    markAt: yearOf,
    jumpTo: (i) => years[i]?.firstIndex ?? 0,
  });

  /** A dashed vertical line at the marked step, drawn over the series (redraw, no re-layout). */
  const markHook = (spec: PlotSpec) => (u: uPlot) => {
    if (marked === null) return;
    const x = Math.round(u.valToPos(spec.markAt(marked), 'x', true));
    const { ctx, bbox } = u;
    ctx.save();
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2 * uPlot.pxRatio;
    ctx.setLineDash([6 * uPlot.pxRatio, 4 * uPlot.pxRatio]);
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    ctx.restore();
  };

  return {
    trust,
    articles,
    years: yearsFigure,
    start() {
      for (const spec of specs) {
        const width = () => Math.max(280, Math.floor(spec.host.clientWidth));
        const options = spec.options(width());
        options.hooks = { draw: [markHook(spec)] };
        const plot = new uPlot(options, spec.data, spec.host);
        plots.push(plot);
        // A click anywhere on the plot picks the nearest step (or year) under the cursor.
        plot.over.addEventListener('click', () => {
          const i = plot.cursor.idx;
          if (i !== null && i !== undefined) onPick(spec.jumpTo(i));
        });
        plot.over.style.cursor = 'pointer';
        // Resized on the next frame, not inside the observer: resizing there would notify the
        // observer again in the same frame, which the browser reports as an error.
        let frame = 0;
        const observer = new ResizeObserver(() => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => {
            if (plots.includes(plot) && width() !== plot.width) plot.setSize({ width: width(), height: spec.height });
          });
        });
        observer.observe(spec.host);
        observers.push(observer);
      }
    },
    mark(index) {
      if (index === marked) return;
      marked = index;
      for (const plot of plots) plot.redraw(false, false);
    },
    destroy() {
      for (const o of observers) o.disconnect();
      for (const p of plots) p.destroy();
      observers.length = 0;
      plots.length = 0;
    },
  };
}

function axisStyle(): uPlot.Axis {
  return { font: FONT, stroke: INK, grid: GRID, ticks: { stroke: GRID.stroke, width: 1 } };
}

/** The two per-step plots share a cursor, so a step hovered on one is shown on the other. */
function cursor(synced: boolean): uPlot.Cursor {
  return { drag: { x: false, y: false }, ...(synced ? { sync: { key: 'geneva-debrief-steps' } } : {}) };
}

/** A [lo, hi] range around [min, max], at least `span` wide, inside [0, 1]. */
function zoomed(min: number, max: number, span: number): [number, number] {
  const mid = (min + max) / 2;
  const half = Math.max(span, (max - min) * 1.2) / 2;
  const lo = Math.max(0, Math.min(mid - half, 1 - 2 * half));
  return [lo, Math.min(1, lo + 2 * half)];
}

/** Keeps the ticks that are at least `space` CSS px from the previous kept one. */
function thin(ticks: readonly number[], u: uPlot, space: number): number[] {
  const kept: number[] = [];
  let last = -Infinity;
  for (const t of ticks) {
    const px = u.valToPos(t, 'x');
    if (px - last >= space) {
      kept.push(t);
      last = px;
    }
  }
  return kept;
}
