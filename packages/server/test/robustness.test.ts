/**
 * Hostile and confused clients: every bad message gets one error to its sender, changes nothing in
 * the game, and another game on the same server keeps being played.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, LIMITS, type CreatedMessage, type ErrorMessage, type RunningServer, type ViewMessage } from '../src/index.js';
import { TestClient } from './support/client.js';
import { playSeat } from './support/game.js';
import { scriptedSheet } from './support/sheets.js';

describe('bad messages', () => {
  let dir: string;
  let server: RunningServer;
  let created: CreatedMessage;
  let usa: TestClient;
  let usaToken: string;
  let first: ViewMessage;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'geneva-server-'));
    server = await startServer({ dataDir: dir, port: 0, log: () => {} });
    const facilitator = await TestClient.open(server.url);
    created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 5, humans: ['usa', 'rus'] });
    facilitator.close();
    usa = await TestClient.open(server.url);
    usaToken = created.seats.find((s) => s.seat === 'usa')!.token;
    await usa.request({ type: 'join', token: usaToken });
    first = (await usa.next((m) => m.type === 'view')) as ViewMessage;
  });

  afterAll(async () => {
    usa.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The game's state object: the same reference means nothing changed (states are immutable). */
  const stateNow = () => server.registry.room(created.gameId)!.state;

  /** Sends `message` on a fresh connection (so the rate limit of one case spares the others). */
  async function refused(message: Record<string, unknown> | string | Buffer): Promise<ErrorMessage> {
    const client = await TestClient.open(server.url);
    const before = stateNow();
    client.send(message);
    const error = (await client.next((m) => m.type === 'error')) as ErrorMessage;
    expect(stateNow()).toBe(before);
    client.close();
    return error;
  }

  const sheet = () => scriptedSheet(first.view, first.request!);

  it('refuses a wrong token', async () => {
    expect(await refused({ type: 'submit', token: 'x'.repeat(32), step: first.step, sheet: sheet() })).toMatchObject({ code: 'unauthorized' });
  });

  it('refuses a seat acting as facilitator, and a facilitator submitting', async () => {
    expect(await refused({ type: 'pause', token: usaToken })).toMatchObject({ code: 'forbidden' });
    expect(await refused({ type: 'submit', token: created.facilitatorToken, step: first.step, sheet: sheet() })).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a sheet for another step, and an illegal sheet with the slot named', async () => {
    expect(await refused({ type: 'submit', token: usaToken, step: first.step + 1, sheet: sheet() })).toMatchObject({ code: 'stale-step' });
    const wrong = await refused({ type: 'submit', token: usaToken, step: first.step, sheet: { ...sheet(), coalition: 'nobody' } });
    expect(wrong.code).toBe('invalid');
    const illegal = await refused({ type: 'submit', token: usaToken, step: first.step, sheet: { phase: 'vote', vote: 'yes' } });
    expect(illegal).toMatchObject({ code: 'wrong-phase', slot: 'phase' });
  });

  it('refuses out-of-turn and replayed submissions', async () => {
    const reply = await usa.request({ type: 'submit', token: usaToken, step: first.step, sheet: sheet() });
    expect(reply).toMatchObject({ type: 'accepted', step: first.step });
    // The same message again (a replay) and any other sheet of this step: refused, nothing changes.
    expect(await refused({ type: 'submit', token: usaToken, step: first.step, sheet: sheet() })).toMatchObject({ code: 'already-decided' });
  });

  it('refuses malformed JSON, non-objects, unknown types and binary frames', async () => {
    expect(await refused('{"type": "submit", ')).toMatchObject({ code: 'malformed' });
    expect(await refused('[1,2,3]')).toMatchObject({ code: 'invalid' });
    expect(await refused({ type: 'launch-missiles', token: usaToken })).toMatchObject({ code: 'unknown-type' });
    expect(await refused({ type: 'join' })).toMatchObject({ code: 'invalid' });
    expect(await refused(Buffer.from([1, 2, 3]))).toMatchObject({ code: 'malformed' });
  });

  it('refuses an oversized message, and closes on a frame past the hard cap', async () => {
    const big = { type: 'submit', token: usaToken, step: first.step, sheet: { phase: 'negotiation', messages: [{ to: [], text: 'x'.repeat(LIMITS.messageBytes) }] } };
    expect(await refused(big)).toMatchObject({ code: 'too-large' });
    const client = await TestClient.open(server.url);
    client.send('x'.repeat(LIMITS.framePayload + 1));
    expect((await client.whenClosed()).code).toBe(1009);
  });

  it('rate-limits a flooding connection, then closes it', async () => {
    const client = await TestClient.open(server.url);
    const before = stateNow();
    for (let i = 0; i < LIMITS.floodClose + LIMITS.burst + 10; i++) client.send({ type: 'pause', token: 'y'.repeat(32), ref: `flood-${i}` });
    // The refusal names the message it refuses (its `ref`), as every other error does.
    expect(await client.next((m) => m.type === 'error' && m.code === 'rate-limited')).toMatchObject({ ref: expect.stringMatching(/^flood-\d+$/) as unknown });
    expect((await client.whenClosed()).code).toBe(1008);
    expect(stateNow()).toBe(before);
  });

  it('keeps serving another game meanwhile', async () => {
    const other = await TestClient.open(server.url);
    const game = await other.request<CreatedMessage>({ type: 'create', scenario: 'voluntary-norms', seed: 2, humans: ['usa'] });
    const joined = await other.request({ type: 'join', token: game.seats[0]!.token });
    expect(joined.type).toBe('joined');
    const steps = await playSeat(other, game.seats[0]!.token);
    expect(steps.length).toBeGreaterThan(3);
    expect(server.registry.room(game.gameId)!.state.flow.phase).toBe('concluded');
    other.close();
  });
});
