/**
 * The size of a scenario a client sends to create a game (`scenarioData`), checked before the
 * engine validates it: a game's cost grows with its actors, rounds and years, and is paid again at
 * every restart, so a scenario beyond {@link LIMITS.scenario} is refused in one line naming the
 * limit. The counts are read from the raw data (the engine's defaults apply below the limits).
 */
import { LIMITS } from './limits.js';
import { RequestError } from './errors.js';

/**
 * Throws `too-large` when `data` exceeds a limit on actors, rounds, years or bytes.
 *
 * @example
 * checkScenarioSize({ actors: { usa: {}, rus: {} }, rules: { rounds: 30 } });
 * // RequestError: scenarioData: a scenario has at most 20 rounds (this one has 30)
 */
export function checkScenarioSize(data: Readonly<Record<string, unknown>>): void {
  const { actors, rounds, years, bytes } = LIMITS.scenario;
  const size = Buffer.byteLength(JSON.stringify(data), 'utf8');
  if (size > bytes) refuse(`at most ${bytes / 1024} KB as JSON (this one has ${Math.ceil(size / 1024)} KB)`);
  const actorCount = count(data['actors']);
  if (actorCount > actors) refuse(`at most ${actors} actors (this one has ${actorCount})`);
  const roundCount = field(data['rules'], 'rounds');
  if (roundCount > rounds) refuse(`at most ${rounds} rounds (this one has ${roundCount})`);
  const yearCount = field(data['horizon'], 'years');
  if (yearCount > years) refuse(`at most ${years} years (this one has ${yearCount})`);
}

function refuse(limit: string): never {
  throw new RequestError('too-large', `scenarioData: a scenario has ${limit}`);
}

/** The number of keys of an object (0 for anything else: the engine refuses it later). */
function count(value: unknown): number {
  return typeof value === 'object' && value !== null ? Object.keys(value).length : 0;
}

/** A numeric field of an object (0 when absent or not a number: the engine decides then). */
function field(value: unknown, key: string): number {
  const n = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}
