/**
 * Legality of a sheet against its request: the same slot descriptions that the client draws and the
 * random player samples. An illegal sheet yields a typed error naming the slot; nothing changes.
 */
import type { AmendmentSlot, Request, Slots } from './requests.js';
import type { ArticleId } from '../scenario/articles.js';
import type { Sheet, PledgeOrder, MessageOrder } from './sheets.js';

/** Why a decision was refused. */
export interface IllegalDecision {
  readonly code: 'not-your-turn' | 'wrong-phase' | 'closed-slot' | 'bad-value' | 'already-decided' | 'game-over';
  /** The offending slot (`votes.2`, `pledges.0.kind`), or '' for the whole sheet. */
  readonly slot: string;
  readonly message: string;
}

const TALK_KEYS = new Set(['phase', 'messages', 'pledges']);

/**
 * Checks a sheet against the request it answers.
 *
 * @returns null when legal, else the first problem found
 * @example
 * const problem = checkSheet(request, { phase: 'vote', vote: 'maybe' });
 * // { code: 'bad-value', slot: 'vote', message: 'vote must be one of "yes", "no", "abstain"' }
 */
export function checkSheet(request: Request, sheet: Sheet): IllegalDecision | null {
  if (typeof sheet !== 'object' || sheet === null) return bad('', 'a sheet must be an object');
  if (sheet.phase !== request.phase)
    return { code: 'wrong-phase', slot: 'phase', message: `the game is in ${request.phase}, not ${show(sheet.phase)}` };
  const slots = request.slots as Record<string, Slots[keyof Slots]>;
  const fields = sheet as unknown as Record<string, unknown>;
  // for…in with an own-property check: no key array allocated (this runs for every sheet of a batch).
  for (const key in fields) {
    if (key === 'phase' || !Object.hasOwn(fields, key)) continue;
    const value = fields[key];
    if (value === undefined) continue;
    const slot = Object.hasOwn(slots, key) ? slots[key] : undefined;
    if (slot === undefined) {
      if (TALK_KEYS.has(key) && Array.isArray(value) && value.length === 0) continue;
      return { code: 'closed-slot', slot: key, message: `${key} is not open to ${request.actor} in ${request.phase}` };
    }
    const problem = checkSlot(key, slot, value, request.actor);
    if (problem !== null) return problem;
  }
  return null;
}

function checkSlot(key: string, slot: NonNullable<Slots[keyof Slots]>, value: unknown, self: string): IllegalDecision | null {
  switch (slot.type) {
    case 'choice':
      return isOption(slot.options, value) ? null : bad(key, `${key} must be one of ${list(slot.options)}`);
    case 'amendment':
      return checkAmendment(key, slot, value);
    case 'subset': {
      if (!Array.isArray(value)) return bad(key, `${key} must be a list`);
      if (value.length > slot.max) return bad(key, `${key} takes at most ${slot.max}`);
      if (hasDuplicate(value)) return bad(key, `${key} lists an entry twice`);
      for (let k = 0; k < value.length; k++)
        if (!slot.options.includes(value[k] as string)) return bad(`${key}.${k}`, `${show(value[k])} is not one of ${list(slot.options)}`);
      return null;
    }
    case 'list': {
      if (!Array.isArray(value) || value.length !== slot.items.length)
        return bad(key, `${key} needs exactly ${slot.items.length} entries (${slot.items.join(', ') || 'none'})`);
      for (let k = 0; k < value.length; k++)
        if (!isOption(slot.options, value[k])) return bad(`${key}.${k}`, `${show(value[k])} is not one of ${list(slot.options)}`);
      return null;
    }
    case 'vector': {
      if (!Array.isArray(value) || value.length !== slot.min.length) return bad(key, `${key} needs ${slot.min.length} numbers`);
      const wrong = value.findIndex(
        (v, i) => typeof v !== 'number' || !Number.isFinite(v) || v < slot.min[i]! - 1e-9 || v > slot.max[i]! + 1e-9,
      );
      return wrong < 0 ? null : bad(`${key}.${wrong}`, `must lie in [${slot.min[wrong]!.toFixed(2)}, ${slot.max[wrong]!.toFixed(2)}]`);
    }
    case 'messages':
      return checkMessages(slot.max, slot.maxLength, slot.recipients, value, self);
    case 'pledges':
      return checkPledges(slot, value, self);
  }
}

/** Whether a short list holds an entry twice (no Set: subsets hold at most a few entries). */
function hasDuplicate(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (items[i] === items[j]) return true;
  return false;
}

function checkAmendment(key: string, slot: AmendmentSlot, value: unknown): IllegalDecision | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return bad(key, `${key} must be null or { article, direction }`);
  const order = value as Record<string, unknown>;
  let fields = 0;
  for (const k in order) if (Object.hasOwn(order, k)) fields++;
  if (fields !== 2 || !Object.hasOwn(order, 'article') || !Object.hasOwn(order, 'direction'))
    return bad(key, `${key} must be null or { article, direction }`);
  if (!slot.articles.includes(order['article'] as ArticleId)) return bad(`${key}.article`, `must be one of ${list(slot.articles)}`);
  if (!slot.directions.includes(order['direction'] as 1 | -1)) return bad(`${key}.direction`, `must be one of ${list(slot.directions)}`);
  return null;
}

function checkMessages(max: number, maxLength: number, recipients: readonly string[], value: unknown, self: string): IllegalDecision | null {
  if (!Array.isArray(value)) return bad('messages', 'messages must be a list');
  if (value.length > max) return bad('messages', `at most ${max} messages a step`);
  for (const [i, m] of (value as MessageOrder[]).entries()) {
    if (typeof m?.text !== 'string' || m.text.length === 0 || m.text.length > maxLength)
      return bad(`messages.${i}.text`, `a message is 1 to ${maxLength} characters`);
    const to = recipientProblem(m.to, recipients, self);
    if (to !== null) return bad(`messages.${i}.to`, to);
  }
  return null;
}

function checkPledges(slot: NonNullable<Slots['pledges']>, value: unknown, self: string): IllegalDecision | null {
  if (!Array.isArray(value)) return bad('pledges', 'pledges must be a list');
  if (value.length > slot.max) return bad('pledges', `at most ${slot.max} pledges a step`);
  for (const [i, p] of (value as PledgeOrder[]).entries()) {
    if (!slot.kinds.includes(p?.kind)) return bad(`pledges.${i}.kind`, `must be one of ${list(slot.kinds)}`);
    const to = recipientProblem(p.to, slot.recipients, self);
    if (to !== null) return bad(`pledges.${i}.to`, to);
    if (p.kind === 'support-amendment' && !slot.amendments.includes(p.target as number))
      return bad(`pledges.${i}.target`, `must be a pending amendment id (${list(slot.amendments)})`);
    if (p.kind === 'no-operations' && p.target !== undefined && !slot.states.includes(p.target as string))
      return bad(`pledges.${i}.target`, 'must be a state id, or left out for all states');
    if (p.kind === 'ratify-if') {
      const problem = conditionProblem(p, slot.states, self);
      if (problem !== null) return bad(`pledges.${i}.${problem[0]}`, problem[1]);
    }
  }
  return null;
}

/** What is wrong with a `ratify-if` pledge's condition: `states`, other distinct states; `atLeast`, a whole number from 1 to their count. */
function conditionProblem(p: PledgeOrder, states: readonly string[], self: string): [string, string] | null {
  const listed: unknown = p.states;
  if (!Array.isArray(listed) || listed.length === 0) return ['states', 'must list the states whose ratifications the pledge waits for'];
  const wrong = listed.find((s) => s === self || !states.includes(s as string));
  if (wrong !== undefined) return ['states', `${show(wrong)} is not another state of this game`];
  if (new Set(listed).size !== listed.length) return ['states', 'lists a state twice'];
  const atLeast: unknown = p.atLeast;
  if (typeof atLeast !== 'number' || !Number.isInteger(atLeast) || atLeast < 1 || atLeast > listed.length)
    return ['atLeast', `must be a whole number from 1 to ${listed.length}`];
  return null;
}

function recipientProblem(to: unknown, recipients: readonly string[], self: string): string | null {
  if (!Array.isArray(to)) return 'to must be a list of actor ids (empty for public)';
  const wrong = to.find((r) => r === self || !recipients.includes(r as string));
  if (wrong === undefined && new Set(to).size !== to.length) return 'to lists a recipient twice';
  return wrong === undefined ? null : `${show(wrong)} is not another seat of this game`;
}

/** Whether `value` is one of `options` (primitives by identity, small objects by their fields). */
function isOption(options: readonly unknown[], value: unknown): boolean {
  if (value === null || typeof value !== 'object') return options.includes(value);
  const fields = value as Record<string, unknown>;
  let count = 0;
  for (const _ in fields) count++;
  for (const o of options) {
    if (o === null || typeof o !== 'object') continue;
    const option = o as Record<string, unknown>;
    let n = 0;
    let same = true;
    for (const k in option) {
      n++;
      if (option[k] !== fields[k]) {
        same = false;
        break;
      }
    }
    // Inherited fields do not count: the match must be the value's own.
    if (same && n === count && Object.keys(option).every((k) => Object.hasOwn(fields, k))) return true;
  }
  return false;
}

/** Equality of option values: primitives, or small plain objects (amendment orders). */
export function sameOption(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (x[k] !== y[k]) return false;
    count++;
  }
  for (const _ in y) count--;
  return count === 0;
}

function bad(slot: string, message: string): IllegalDecision {
  return { code: 'bad-value', slot, message };
}

/** A value as text for a message; never throws (a client's JSON may hold `{"toString": null}`). */
function show(value: unknown): string {
  try {
    return String(value);
  } catch {
    return JSON.stringify(value) ?? typeof value;
  }
}

function list(options: readonly unknown[]): string {
  const shown = options.slice(0, 8).map((o) => JSON.stringify(o));
  return shown.join(', ') + (options.length > 8 ? ', …' : '');
}
