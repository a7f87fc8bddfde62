/**
 * A whole game over the wire: three teams on their own connections, bots in the other seats. The
 * game must end as the same game played in-process with the same decisions, and no message a seat
 * receives may carry anything but its own view: checked on every message of the game.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, replay, type View } from '@geneva/engine';
import { startServer, type CreatedMessage, type ReplayMessage, type RunningServer } from '../src/index.js';
import { TestClient } from './support/client.js';
import { playSeat, referenceGame, shippedScenario, type Talker } from './support/game.js';

const HUMANS = ['usa', 'rus', 'chn'];
const SECRET = 'SECRET-NOTE-usa-to-rus-7f3a';
/** usa writes privately to rus in every negotiation step; chn must never read it. */
const talk: Talker = (view: View, request) =>
  view.self.id === 'usa' && request.phase === 'negotiation' && request.slots.messages ? [{ to: ['rus'], text: `${SECRET} round ${view.round}` }] : [];

/** Keys of the state that no view may contain, wherever they appear. */
const FORBIDDEN_KEYS = ['world', 'secret', 'rng', 'history', 'memory', 'seedHash', 'roster', 'flow', 'attackerOf', 'bodyFindings', 'seats', 'sheets', 'tally'];
/**
 * Keys found in an actor's private facts. The table's public estimates of each state's type
 * (`public.estimates`) use some of the same names: they are common knowledge, not the truth (the
 * conformance suite checks that no view holds another state's drawn truth).
 */
const PRIVATE_KEYS = ['ideal', 'salience', 'inbox', 'domesticHurdle', 'reservation', 'bodyAlpha'];
const PUBLIC_ESTIMATES = /^view\.public\.estimates\.\d+$/;

/** Every problem with what seat `index` received (empty: nothing leaked). */
function leaks(raw: readonly string[], index: number): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (value === null || typeof value !== 'object') return;
    if (!Array.isArray(value)) {
      const keys = Object.keys(value);
      for (const k of keys) if (FORBIDDEN_KEYS.includes(k)) problems.push(`${path.join('.')}.${k}`);
      if (keys.some((k) => PRIVATE_KEYS.includes(k))) {
        const own = path.join('.') === 'view.me' && (value as { index?: number }).index === index;
        if (!own && !PUBLIC_ESTIMATES.test(path.join('.'))) problems.push(`private facts at ${path.join('.')}`);
      }
    }
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  for (const text of raw) {
    const message = JSON.parse(text) as { type: string; request?: { seat: number } | null; view?: { seat: number } };
    if (!['joined', 'view', 'clock', 'accepted', 'error'].includes(message.type)) problems.push(`a seat received a ${message.type} message`);
    if (message.view !== undefined && message.view.seat !== index) problems.push(`view of seat ${message.view.seat}`);
    if (message.request && message.request.seat !== index) problems.push(`request of seat ${message.request.seat}`);
    walk(message, []);
  }
  return problems;
}

describe('a full game over the wire', () => {
  let dir: string;
  let server: RunningServer;
  let created: CreatedMessage;
  const seats = new Map<string, TestClient>();
  let facilitator: TestClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'geneva-server-'));
    server = await startServer({ dataDir: dir, port: 0, log: () => {} });
    facilitator = await TestClient.open(server.url);
    created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 11, humans: HUMANS });
    expect(created.type).toBe('created');
    // Each team joins with its join code (what it types), and plays with the token it gets back.
    await Promise.all(
      created.seats.map(async (s) => {
        const client = await TestClient.open(server.url);
        const joined = await client.request({ type: 'join', code: s.code.toLowerCase() });
        expect(joined).toMatchObject({ type: 'joined', role: 'seat', seat: s.seat });
        seats.set(s.seat, client);
        await playSeat(client, (joined as { token: string }).token, talk);
      }),
    );
  });

  afterAll(async () => {
    for (const c of [facilitator, ...seats.values()]) c.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends as the same game played in-process with the same decisions', async () => {
    const debrief = await facilitator.request<ReplayMessage>({ type: 'replay', token: created.facilitatorToken });
    expect(debrief.type).toBe('replay');
    const scenario = shippedScenario('rsa-2017');
    const reference = referenceGame(scenario, 11, HUMANS, talk);
    expect(debrief.outcome).toEqual(JSON.parse(JSON.stringify(outcomeOf(reference))));
    expect(replay(scenario, debrief.record).ok).toBe(true);
  });

  it('never sends a seat anything but its own view, in any message of the game', () => {
    HUMANS.forEach((id) => {
      const index = Object.keys(shippedScenario('rsa-2017').actors).indexOf(id);
      expect(seats.get(id)!.raw.length).toBeGreaterThan(10);
      expect(leaks(seats.get(id)!.raw, index)).toEqual([]);
    });
  });

  it('lets a private message reach its recipient and no one else', () => {
    const seen = (id: string) => seats.get(id)!.raw.some((text) => text.includes(SECRET));
    expect(seen('usa')).toBe(true);
    expect(seen('rus')).toBe(true);
    expect(seen('chn')).toBe(false);
  });

  it('shows the facilitator every seat, and the game as over', () => {
    const overview = facilitator.messages.filter((m) => m.type === 'overview').at(-1);
    expect(overview).toMatchObject({ type: 'overview', over: true, phase: 'concluded' });
    if (overview?.type !== 'overview') throw new Error('no overview');
    expect(overview.seats.filter((s) => s.control === 'human').map((s) => s.id)).toEqual(HUMANS);
    expect(overview.seats.every((s) => s.status === 'idle')).toBe(true);
  });
});
