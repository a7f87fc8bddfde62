/**
 * The parts of a batch's summary.json the figures draw: Sobol indices, Morris effects, Spearman's ρ
 * and PRIM's peeling trajectories. Each is checked field by field (a hand-edited or cut file is
 * refused naming the field), and fields added later are let through, so the figures keep working
 * while the summary grows. The per-point statistics are not read: they come from runs.csv.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError, messageOf } from '../cli/errors.js';
import { readTextFile } from '../cli/io.js';

const sobolSchema = z.looseObject({ parameter: z.string(), outcome: z.string(), s1: z.number(), s1Conf: z.number(), st: z.number(), stConf: z.number() });
const morrisSchema = z.looseObject({ parameter: z.string(), outcome: z.string(), muStar: z.number(), mu: z.number(), sigma: z.number().nullable() });
const sensitivitySchema = z.looseObject({ parameter: z.string(), outcome: z.string(), rho: z.number() });
const stepSchema = z.looseObject({ box: z.record(z.string(), z.tuple([z.number(), z.number()])), mass: z.number(), density: z.number(), coverage: z.number() });
const discoverySchema = z.looseObject({ outcome: z.string(), baseRate: z.number(), trajectory: z.array(stepSchema).min(1), chosen: z.number().int().nonnegative() });
const summarySchema = z.looseObject({
  sobol: z.array(sobolSchema).default([]),
  morris: z.array(morrisSchema).default([]),
  sensitivity: z.array(sensitivitySchema).default([]),
  discovery: z.array(discoverySchema).default([]),
});

/** What the figures read of summary.json. */
export type PlottedSummary = z.infer<typeof summarySchema>;
/** Sobol indices of one parameter for one outcome. */
export type SobolEntry = z.infer<typeof sobolSchema>;
/** Morris effects of one parameter on one outcome. */
export type MorrisEntry = z.infer<typeof morrisSchema>;
/** Spearman's ρ of one parameter and one outcome. */
export type SensitivityEntry = z.infer<typeof sensitivitySchema>;
/** PRIM's peeling trajectory for one outcome. */
export type DiscoveryEntry = z.infer<typeof discoverySchema>;

/**
 * Reads summary.json of a batch folder; null when there is none (a batch still running).
 *
 * @throws UserError (exit 2) `<dir>/summary.json: not JSON (…)` or `<dir>/summary.json: sobol[3].s1: …`
 * @example
 * readPlottedSummary('variance')?.sobol[0]; // { parameter: 'rules.sanction', outcome: 'inForce', s1: 0.02, … }
 */
export function readPlottedSummary(dir: string): PlottedSummary | null {
  const file = join(dir, 'summary.json');
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(file));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: not JSON (${messageOf(error)})`);
  }
  const parsed = summarySchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  throw new UserError(`${file}: ${where === '' ? 'not a batch summary' : where}: ${issue.message}`);
}
