/**
 * Saving and restoring a game mid-way. A save is versioned JSON holding the whole state (the
 * scenario included, so a save opens without the scenario file). Restoring checks the format, the
 * version, the scenario (valid, and matching its recorded hash) and the shape of the state, so a
 * corrupt or foreign file is a clear error and never a half-loaded game.
 */
import { freeze } from 'immer';
import { contentHash } from '../rng/hash.js';
import { validateScenario } from '../scenario/load.js';
import { STATE_VERSION } from '../state/create.js';
import { publicEstimate } from '../state/private-types.js';
import { spreadsOf } from '../scenario/uncertainty.js';
import type { GameState } from '../state/types.js';
import { buildRequests } from '../flow/requests.js';
import { ENGINE_VERSION } from './version.js';
import { ARTICLES } from '../scenario/articles.js';

/** The format tag of a save file. */
export const SAVE_FORMAT = 'geneva-save';

/** The result of restoring a save. */
export type RestoreResult = { readonly ok: true; readonly state: GameState } | { readonly ok: false; readonly error: string };

/**
 * Serialises a game (finished or not).
 *
 * @example
 * fs.writeFileSync('class-3.geneva.json', saveGame(game));
 */
export function saveGame(state: GameState): string {
  return JSON.stringify({ format: SAVE_FORMAT, version: STATE_VERSION, engine: ENGINE_VERSION, state });
}

/**
 * Restores a game saved by {@link saveGame}. Never throws for bad input.
 *
 * @example
 * const restored = restoreGame(text);
 * if (restored.ok) game = restored.state; else console.error(`class-3.geneva.json: ${restored.error}`);
 */
export function restoreGame(text: string): RestoreResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data) || data['format'] !== SAVE_FORMAT) return fail('not a Geneva save file (no "format": "geneva-save")');
  if (typeof data['version'] !== 'number' || data['version'] > STATE_VERSION)
    return fail(`saved in format version ${String(data['version'])}; this engine reads up to ${STATE_VERSION}`);
  const v2 = data['version'] < 2 ? withoutMemory(data['state']) : data['state'];
  const v3 = data['version'] < 3 ? withoutMarks(v2) : v2;
  const state = data['version'] < 4 ? withoutParticipation(v3) : v3;
  const problem = shapeProblem(state);
  if (problem !== null) return fail(`corrupt save: ${problem}`);
  return { ok: true, state: freeze(state as GameState, true) };
}

function shapeProblem(state: unknown): string | null {
  if (!isObject(state) || state['format'] !== 'geneva-game') return 'state: missing or not a game state';
  const scenario = validateScenario(state['scenario'], 'save');
  if (!scenario.ok) return `state.scenario: ${scenario.problems[0]!.path}: ${scenario.problems[0]!.reason}`;
  if (contentHash(scenario.scenario) !== state['scenarioHash']) return 'state.scenarioHash: does not match the scenario it holds';
  const n = Object.keys(scenario.scenario.actors).length;
  for (const key of ['seats', 'actors', 'log', 'history', 'memory'] as const) if (!Array.isArray(state[key])) return `state.${key}: not a list`;
  if ((state['seats'] as unknown[]).length !== n || (state['actors'] as unknown[]).length !== n) return 'state.actors: wrong number of seats';
  if ((state['memory'] as unknown[]).length !== n) return 'state.memory: wrong number of seats';
  const world = state['world'];
  if (!isObject(world) || !isObject(world['public']) || !Array.isArray(world['private']) || world['private'].length !== n)
    return 'state.world: missing or malformed';
  const records = recordsProblem(world) ?? participationProblem(world, n, state['flow']);
  if (records !== null) return records;
  const rng = state['rng'];
  if (!isObject(rng) || !['s0', 's1', 's2', 'c'].every((k) => typeof rng[k] === 'number')) return 'state.rng: malformed generator state';
  const flow = state['flow'];
  if (!isObject(flow) || !isObject(flow['step'])) return 'state.flow: missing or malformed';
  try {
    const requests = buildRequests(state as unknown as GameState);
    if (JSON.stringify(requests) !== JSON.stringify((flow['step'] as Record<string, unknown>)['requests']))
      return 'state.flow.step.requests: inconsistent with the rest of the state';
  } catch (error) {
    return `state: inconsistent (${error instanceof Error ? error.message : String(error)})`;
  }
  return null;
}

/**
 * A version-3 state (before accession, the table's type estimates and revival) as a version-4 one.
 * Its scenario keeps the rules it was played under: no accession, no revival (the rules' new
 * fields are filled in that way, and the scenario hash recomputed, only when the recorded hash
 * matched the scenario as saved). The estimates are the scenario's values; refusals and a lapse are
 * read from the log.
 */
function withoutParticipation(state: unknown): unknown {
  if (!isObject(state) || !isObject(state['scenario']) || !isObject(state['scenario']['rules']) || !isObject(state['world']) || !isObject(state['flow'])) return state;
  if (!isObject(state['world']['public']) || !Array.isArray(state['log'])) return state;
  if (contentHash(state['scenario']) !== state['scenarioHash']) return state;
  const rules = { accession: false, revival: false, ...state['scenario']['rules'] };
  const validated = validateScenario({ ...state['scenario'], rules }, 'save');
  if (!validated.ok) return state;
  const scenario = validated.scenario;
  const log = state['log'] as unknown[];
  const events = (type: string) => log.filter((e): e is Record<string, unknown> => isObject(e) && e['type'] === type);
  const actors = Object.entries(scenario.actors);
  // Fields a save already holds are kept (a save of version 1 or 2 written by this engine has them).
  const saved = state['world']['public'];
  const refused = Array.isArray(saved['refused']) ? saved['refused'] : actors.map((_, i) => (events('ratification-failed').some((e) => e['actor'] === i) ? 0 : -1));
  const estimates = Array.isArray(saved['estimates']) ? saved['estimates'] : actors.map(([id, spec]) => (spec.kind === 'state' ? publicEstimate(spec, spreadsOf(scenario.uncertainty, id)) : null));
  const publicRecord = { ...saved, refused, estimates };
  return {
    ...state,
    scenario,
    scenarioHash: contentHash(scenario),
    world: { ...state['world'], public: publicRecord },
    flow: { ...state['flow'], lapsed: typeof state['flow']['lapsed'] === 'boolean' ? state['flow']['lapsed'] : events('lapsed').length > 0 && state['flow']['inForce'] !== true },
  };
}

/** A version-1 state (before strategy memory) as a version-2 one: no seat has memory yet. */
function withoutMemory(state: unknown): unknown {
  if (!isObject(state) || !Array.isArray(state['seats']) || !isObject(state['flow']) || !isObject(state['flow']['step'])) return state;
  const history = Array.isArray(state['history']) ? state['history'].map((h: unknown) => (isObject(h) ? { ...h, memory: [] } : h)) : state['history'];
  return { ...state, flow: { ...state['flow'], step: { ...state['flow']['step'], memory: [] } }, history, memory: state['seats'].map(() => null) };
}

/** What the digest reads beyond the rest: roll calls and each seat's decision mark (a hand-edited save must not crash a screen). */
function recordsProblem(world: Record<string, unknown>): string | null {
  const calls = (world['public'] as Record<string, unknown>)['rollCalls'];
  if (!Array.isArray(calls)) return 'state.world.public.rollCalls: not a list';
  const badCall = calls.findIndex((c) => !isObject(c) || typeof c['step'] === 'undefined' || !Array.isArray(c['votes']) || !['step', 'amendment', 'article', 'by', 'from', 'to', 'share'].every((k) => typeof c[k] === 'number'));
  if (badCall >= 0) return `state.world.public.rollCalls[${badCall}]: malformed roll call`;
  const badMark = (world['private'] as unknown[]).findIndex((p) => !isObject(p) || !isObject(p['lastDecision']) || !['step', 'publicSeen', 'privateSeen'].every((k) => Number.isInteger((p['lastDecision'] as Record<string, unknown>)[k])));
  if (badMark >= 0) return `state.world.private[${badMark}].lastDecision: malformed`;
  return null;
}

/** What ratification, accession and the table's beliefs read (a hand-edited save must not crash a game that plays on). */
function participationProblem(world: Record<string, unknown>, n: number, flow: unknown): string | null {
  const pub = world['public'] as Record<string, unknown>;
  const refused = pub['refused'];
  if (!Array.isArray(refused) || refused.length !== n || !refused.every((y) => Number.isInteger(y))) return 'state.world.public.refused: not a year per seat';
  const estimates = pub['estimates'];
  if (!Array.isArray(estimates) || estimates.length !== n) return 'state.world.public.estimates: not an estimate per seat';
  const bad = estimates.findIndex((e) => e !== null && !isEstimate(e));
  if (bad >= 0) return `state.world.public.estimates[${bad}]: malformed estimate`;
  const secret = world['secret'];
  const pledges = isObject(secret) && Array.isArray(secret['pledges']) ? secret['pledges'] : [];
  const badPledge = [...pledges, ...(Array.isArray(pub['pledges']) ? pub['pledges'] : [])].find((p) => isObject(p) && p['condition'] !== undefined && !isCondition(p['condition'], n));
  if (badPledge !== undefined) return `state: pledge ${String((badPledge as Record<string, unknown>)['id'])}: malformed condition`;
  if (!isObject(flow) || typeof flow['lapsed'] !== 'boolean') return 'state.flow.lapsed: not true or false';
  return null;
}

/** A state's type estimate: a finite number per article in each list, and finite scalars. */
function isEstimate(e: unknown): boolean {
  if (!isObject(e)) return false;
  const perArticle = ['ideal', 'idealSpread', 'salience', 'salienceSpread'].every((k) => Array.isArray(e[k]) && (e[k] as unknown[]).length === ARTICLES.length && (e[k] as unknown[]).every(Number.isFinite));
  const scalars = ['reservation', 'reservationSpread', 'domesticHurdle', 'hurdleSpread', 'contentControl', 'contentControlSpread', 'contentTolerance', 'contentToleranceSpread'];
  return perArticle && scalars.every((k) => Number.isFinite(e[k]));
}

/** A `ratify-if` condition: seat indices, and a whole number of them. */
function isCondition(c: unknown, n: number): boolean {
  return isObject(c) && Array.isArray(c['states']) && c['states'].every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < n) && Number.isInteger(c['atLeast']);
}

/**
 * A version-2 state (before roll calls and decision marks) as a version-3 one, filling in only
 * what is missing: no roll call is known, and each seat's last decision is placed at the start of the step it was taken in (the
 * first public or private event of that step), so its first digest repeats at most that step's
 * opening news.
 */
function withoutMarks(state: unknown): unknown {
  if (!isObject(state) || !isObject(state['world']) || !isObject(state['world']['public']) || !Array.isArray(state['world']['private'])) return state;
  if (!isObject(state['flow']) || !isObject(state['flow']['step']) || !Array.isArray(state['history'])) return state;
  const world = state['world'];
  const publicRecord = world['public'] as Record<string, unknown>;
  const complete = Array.isArray(publicRecord['rollCalls']) && isObject(state['flow']['step']['opened']) && (world['private'] as unknown[]).every((p) => isObject(p) && isObject(p['lastDecision']));
  if (complete) return state;
  const logOf = (x: unknown): unknown[] => (isObject(x) && Array.isArray(x['log']) ? x['log'] : []);
  const firstAt = (log: unknown[], step: number) => {
    const i = log.findIndex((e) => isObject(e) && typeof e['step'] === 'number' && e['step'] >= step);
    return i < 0 ? log.length : i;
  };
  const history = state['history'] as unknown[];
  const lastStepOf = (seat: number): number => {
    for (let k = history.length - 1; k >= 0; k--) {
      const h: unknown = history[k];
      if (isObject(h) && Array.isArray(h['seats']) && h['seats'].includes(seat) && typeof h['index'] === 'number') return h['index'];
    }
    return -1;
  };
  const privateFacts = (world['private'] as unknown[]).map((p, seat) => {
    if (!isObject(p) || isObject(p['lastDecision'])) return p;
    const step = lastStepOf(seat);
    const mark = step < 0 ? { step, publicSeen: 0, privateSeen: 0 } : { step, publicSeen: firstAt(logOf(publicRecord), step), privateSeen: firstAt(logOf(p), step) };
    return { ...p, lastDecision: mark };
  });
  const step = state['flow']['step'];
  const opened = isObject(step['opened']) ? step['opened'] : { publicSeen: logOf(publicRecord).length, privateSeen: privateFacts.map((p) => logOf(p).length) };
  return {
    ...state,
    world: { ...world, public: { ...publicRecord, rollCalls: Array.isArray(publicRecord['rollCalls']) ? publicRecord['rollCalls'] : [] }, private: privateFacts },
    flow: { ...state['flow'], step: { ...step, opened } },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: string): RestoreResult {
  return { ok: false, error };
}
