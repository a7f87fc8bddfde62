/**
 * `geneva plot DIR [--out DIR2] [--outcomes LIST]`: writes SVG figures of a batch folder (default
 * into DIR/plots): outcome distributions and rates per design point, Spearman's ρ, Sobol indices,
 * Morris effects, PRIM's trajectories and time-series bands, whichever the batch's files hold.
 * Every file is read and checked, and every figure drawn, before the first one is written; each is
 * then written under a temporary name and renamed, so a refusal or a failure leaves nothing half-written.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { makeDirectory, printLines, writeFileAtomic } from '../io.js';
import { readManifest, type Manifest } from '../batch/manifest.js';
import { evenlySpaced } from '../../plot/figure.js';
import { pointAxis } from '../../plot/point-axis.js';
import { readRunOutcomes } from '../../plot/run-outcomes.js';
import { readPlottedSummary } from '../../plot/summary-file.js';
import { readSeries } from '../../plot/series-file.js';
import { chooseOutcomes, isAsked, outcomesAsked, type OutcomesAsked } from '../../plot/outcome-choice.js';
import { batchFigures, type BatchData } from '../../plot/batch-figures.js';
import { renderSvg } from '../../plot/render.js';

/** The options of `geneva plot`. */
export interface PlotOptions {
  /** Where the SVG files go (default: DIR/plots). */
  readonly out?: string;
  /** --outcomes: 'all', or names separated by commas (default: the key outcomes). */
  readonly outcomes?: string;
}

/** Design points a per-point figure shows at most (evenly spaced over a larger design). */
export const MAX_POINTS_SHOWN = 30;

/**
 * Writes the figures of a batch folder.
 *
 * @throws UserError (exit 2) naming the file: not a batch folder, a truncated runs.csv, a summary.json that is not JSON, an unknown outcome
 * @example
 * await plotCommand('batch-rsa-2017', {}); // batch-rsa-2017/plots/outcome-civilianHarm.svg, …
 */
export async function plotCommand(dir: string, options: PlotOptions): Promise<ExitCode> {
  const manifest = batchManifest(dir);
  const asked = outcomesAsked(options.outcomes);
  const data = await readBatch(dir, manifest, asked);
  const outcomes = chooseOutcomes(asked, [...data.runs.yesNo.keys(), ...data.runs.numeric.keys()]);
  const { figures, notes } = batchFigures(data, outcomes);
  const drawn = [];
  for (const figure of figures) drawn.push({ figure, svg: await renderSvg(figure) });
  const out = options.out ?? join(dir, 'plots');
  makeDirectory(out);
  for (const { figure, svg } of drawn) writeFileAtomic(join(out, figure.file), svg);
  const where = folderName(out);
  const { rows } = data.runs;
  printLines([
    ...drawn.map(({ figure }) => `Wrote ${join(where, figure.file)}: ${figure.title}.`),
    ...notes,
    `${drawn.length} ${drawn.length === 1 ? 'figure' : 'figures'} of the batch of ${rows} runs of ${manifest.scenario.id}${rows < manifest.runs ? ` (of the ${manifest.runs} planned)` : ''} are in ${where}; open them in a browser or put them in a report as they are.`,
  ]);
  return EXIT.ok;
}

/** Every file of the batch the figures draw, read and checked; runs.csv must be there, the others may not. */
async function readBatch(dir: string, manifest: Manifest, asked: OutcomesAsked): Promise<BatchData> {
  const total = manifest.design.points.length;
  const shown = evenlySpaced(total, MAX_POINTS_SHOWN);
  if (!existsSync(join(dir, 'runs.csv'))) throw new UserError(`${join(dir, 'runs.csv')}: no such file (the batch has written no runs yet)`);
  const runs = await readRunOutcomes(dir, manifest.design.paths, new Set(shown), (name) => isAsked(asked, name));
  const axis = pointAxis(manifest.design.paths, manifest.design.points, shown);
  return { points: { shown, total, axis }, runs, summary: readPlottedSummary(dir), series: await readSeries(dir), method: manifest.sweep?.content.method ?? null };
}

/** A folder under the current one is named from here, any other by its full path. */
function folderName(out: string): string {
  const near = relative(process.cwd(), out);
  if (near === '') return '.';
  return near.startsWith('..') || isAbsolute(near) ? resolve(out) : near;
}

/** The manifest of a batch folder, or a one-line refusal saying why the folder is not one. */
function batchManifest(dir: string): Manifest {
  if (!existsSync(dir)) throw new UserError(`geneva: plot: ${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new UserError(`geneva: plot: ${dir}: not a folder (give the folder of a batch, the --out of geneva batch)`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new UserError(`geneva: plot: ${dir}: not a batch folder (it has no manifest.json; give the --out folder of geneva batch)`);
  return readManifest(dir);
}
