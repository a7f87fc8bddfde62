/**
 * Illegal decisions: a malformed sheet — wrong phase, a slot the request does not open, a value
 * outside a slot's options or bounds, a list of the wrong length, bad talk — returns a typed error
 * that names the offending slot, and changes nothing: the seat may still decide.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PHASES,
  applyDecision,
  createGame,
  fallbackSheet,
  isOver,
  legalDecisions,
  type GameState,
  type Request,
  type Sheet,
  type Slots,
} from '@geneva/engine';
import { SCENARIO_IDS, applyAll, botSheets, loadScenario, modeOf } from '../conformance/support.js';

const ALL_SLOTS = [
  'text', 'amend', 'votes', 'coalition', 'lobby', 'techAccord', 'vote', 'sign', 'submit', 'targets', 'disclose',
  'requestBackdoor', 'withdraw', 'share', 'takedown', 'defendAll', 'backdoor', 'blame', 'answers', 'messages', 'pledges',
  // Names a client's JSON may carry that are not slots but are members of Object.prototype.
  'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf',
] as const;

/** The states at the start of every step of one talkative game per scenario, with their JSON. */
const positions: { state: GameState; hash: string }[] = [];

beforeAll(() => {
  for (const id of SCENARIO_IDS) {
    const scenario = loadScenario(id);
    const { strategies } = modeOf(scenario, 'talkative');
    let state = createGame(scenario, { seed: `illegal-${id}` });
    while (!isOver(state)) {
      positions.push({ state, hash: JSON.stringify(state) });
      state = applyAll(state, botSheets(state, strategies));
    }
  }
});

/** A value that is none of the options (primitives by identity, objects by their JSON). */
function notAnOption(options: readonly unknown[], value: unknown): boolean {
  if (value === undefined) return false;
  const json = JSON.stringify(value);
  return !options.some((o) => o === value || (typeof o === 'object' && o !== null && JSON.stringify(o) === json));
}

interface Corruption {
  readonly sheet: Record<string, unknown>;
  readonly code: 'wrong-phase' | 'closed-slot' | 'bad-value';
  readonly slot: string;
}

/** Draws what to break in a request's sheet, from a vector of arbitrary choices. */
const planArb = fc.record({
  what: fc.nat(),
  key: fc.nat(),
  index: fc.nat(),
  how: fc.nat(),
  junk: fc.anything({ maxDepth: 2 }),
});
type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function corrupt(request: Request, base: Sheet, plan: Plan): Corruption | null {
  const sheet: Record<string, unknown> = { ...base };
  const open = Object.keys(request.slots) as (keyof Slots)[];
  const closed = ALL_SLOTS.filter((k) => !(k in request.slots));
  switch (plan.what % 3) {
    case 0: {
      const others = PHASES.filter((p) => p !== request.phase);
      return { sheet: { ...sheet, phase: others[plan.how % others.length] }, code: 'wrong-phase', slot: 'phase' };
    }
    case 1: {
      if (closed.length === 0) return null;
      const key = closed[plan.key % closed.length]!;
      const value = key === 'messages' || key === 'pledges' ? [{ to: [], text: 'x', kind: 'sign' }] : plan.junk === undefined ? 1 : plan.junk;
      return { sheet: { ...sheet, [key]: value }, code: 'closed-slot', slot: key };
    }
  }
  const key = open[plan.key % open.length]!;
  const slot = request.slots[key]!;
  const bad = (value: unknown, where = key as string): Corruption => ({ sheet: { ...sheet, [key]: value }, code: 'bad-value', slot: where });
  const junk = plan.junk;
  switch (slot.type) {
    case 'choice':
      return notAnOption(slot.options, junk) ? bad(junk) : bad('not-an-option');
    case 'amendment':
      switch (plan.how % 4) {
        case 0:
          return bad({ article: 'not-an-article', direction: 1 }, `${key}.article`);
        case 1:
          return bad({ article: slot.articles[plan.index % slot.articles.length], direction: 2 }, `${key}.direction`);
        case 2:
          return bad({ article: slot.articles[0], direction: 1, extra: true });
        default:
          return bad(junk === null || junk === undefined ? 'not-an-amendment' : Array.isArray(junk) ? junk : [junk]);
      }
    case 'subset': {
      const options = slot.options;
      switch (plan.how % 4) {
        case 0:
          return bad(Array.isArray(junk) || junk === undefined ? 'not-a-list' : junk);
        case 1:
          return bad(Array.from({ length: slot.max + 1 }, (_, k) => options[k % Math.max(1, options.length)] ?? 'x'));
        case 2:
          return slot.max >= 2 && options.length > 0 ? bad([options[0], options[0]]) : null;
        default: {
          if (slot.max === 0) return null;
          const at = plan.index % slot.max;
          const list = options.slice(0, at);
          if (list.length < at) return null;
          return bad([...list, `${request.actor}-nobody`], `${key}.${at}`);
        }
      }
    }
    case 'list': {
      if (plan.how % 2 === 0 || slot.items.length === 0) return bad([...slot.items.map(() => slot.options[0]), slot.options[0]]);
      const at = plan.index % slot.items.length;
      const entry = notAnOption(slot.options, junk) ? junk : 'not-an-option';
      return bad(slot.items.map((_, k) => (k === at ? entry : slot.options[0])), `${key}.${at}`);
    }
    case 'vector': {
      if (plan.how % 2 === 0) return bad(slot.min.slice(1));
      const at = plan.index % slot.min.length;
      const wrong = [slot.min[at]! - 0.01 - (plan.how % 7) / 10, slot.max[at]! + 0.01 + (plan.how % 5) / 10, Number.NaN, Infinity, '0.5'][plan.how % 5];
      return bad(slot.min.map((lo, k) => (k === at ? wrong : lo)), `${key}.${at}`);
    }
    case 'messages': {
      const ok = { to: [], text: 'hello' };
      const other = slot.recipients.find((id) => id !== request.actor)!;
      switch (plan.how % 6) {
        case 0:
          return bad(Array.from({ length: slot.max + 1 }, () => ok));
        case 5:
          return bad([{ to: [other, other], text: 'twice' }], 'messages.0.to');
        case 1:
          return bad([ok, { to: [], text: '' }], 'messages.1.text');
        case 2:
          return bad([{ to: [], text: 'x'.repeat(slot.maxLength + 1) }], 'messages.0.text');
        case 3:
          return bad([{ to: [request.actor], text: 'to myself' }], 'messages.0.to');
        default:
          return bad([ok, { to: ['nobody-here'], text: 'hi' }], 'messages.1.to');
      }
    }
    case 'pledges': {
      const kind = slot.kinds[plan.index % slot.kinds.length]!;
      const others = slot.states.filter((id) => id !== request.actor);
      const valid = { kind, to: [], ...(kind === 'support-amendment' ? { target: slot.amendments[0] } : {}), ...(kind === 'ratify-if' ? { states: others.slice(0, 2), atLeast: 1 } : {}) };
      const other = slot.recipients.find((id) => id !== request.actor)!;
      switch (plan.how % 5) {
        case 0:
          return bad([{ kind: 'conquer-the-world', to: [] }], 'pledges.0.kind');
        case 4:
          return kind === 'support-amendment' && slot.amendments.length === 0 ? null : bad([{ ...valid, to: [other, other] }], 'pledges.0.to');
        case 1:
          return kind === 'support-amendment' && slot.amendments.length === 0 ? null : bad([valid, { ...valid, to: [request.actor] }], 'pledges.1.to');
        case 2:
          return slot.kinds.includes('support-amendment') ? bad([{ kind: 'support-amendment', to: [], target: 9999 }], 'pledges.0.target') : null;
        default:
          if (slot.kinds.includes('ratify-if') && plan.index % 2 === 1)
            return plan.index % 4 === 1 ? bad([{ kind: 'ratify-if', to: [], states: [request.actor], atLeast: 1 }], 'pledges.0.states') : bad([{ kind: 'ratify-if', to: [], states: others.slice(0, 1), atLeast: 2 }], 'pledges.0.atLeast');
          return slot.kinds.includes('no-operations') ? bad([{ kind: 'no-operations', to: [], target: 'nobody-here' }], 'pledges.0.target') : null;
      }
    }
  }
}

describe('illegal decisions', () => {
  it('return a typed error naming the slot, and change nothing (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), planArb, (p, r, plan) => {
        const { state, hash } = positions[p % positions.length]!;
        const requests = state.flow.step.requests;
        const request = requests[r % requests.length]!;
        const base = fallbackSheet(state, request);
        const broken = corrupt(request, base, plan);
        fc.pre(broken !== null);
        const result = applyDecision(state, request.seat, broken!.sheet as unknown as Sheet);
        expect(result.ok, JSON.stringify(broken!.sheet)).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe(broken!.code);
        expect(result.error.slot).toBe(broken!.slot);
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(0);
        // Nothing changed: the state is as it was, and the seat may still decide.
        expect(JSON.stringify(state) === hash).toBe(true);
        expect(legalDecisions(state, request.seat)).toBe(request);
        expect(applyDecision(state, request.seat, base).ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('covered every phase and every kind of slot', () => {
    const phases = new Set(positions.map((p) => p.state.flow.phase));
    expect([...phases].sort()).toEqual(['blame', 'drafting', 'negotiation', 'operations', 'ratification', 'response', 'signature', 'vote']);
    const kinds = new Set(positions.flatMap((p) => p.state.flow.step.requests.flatMap((r) => Object.values(r.slots).map((s) => s.type))));
    expect([...kinds].sort()).toEqual(['amendment', 'choice', 'list', 'messages', 'pledges', 'subset', 'vector']);
  });
});
