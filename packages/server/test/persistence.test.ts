/**
 * Journals: a server started on the same data folder resumes every game exactly where it was
 * (same state, same seat tokens), and a torn last line from a crash is dropped.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveGame } from '@geneva/engine';
import { readJournal, startServer, type CreatedMessage } from '../src/index.js';
import { TestClient } from './support/client.js';
import { playSeat } from './support/game.js';

describe('journals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-server-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resume a game exactly after a restart, with hashed secrets only on disk', async () => {
    let server = await startServer({ dataDir: dir, port: 0, log: () => {} });
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 4, humans: ['usa'] });
    const token = created.seats[0]!.token;
    const client = await TestClient.open(server.url);
    await client.request({ type: 'join', token });
    await playSeat(client, token, undefined, 6);
    expect(await facilitator.request({ type: 'pause', token: created.facilitatorToken })).toMatchObject({ type: 'accepted' });
    const before = saveGame(server.registry.room(created.gameId)!.state);
    await server.close();

    const path = join(dir, `${created.gameId}.jsonl`);
    const text = readFileSync(path, 'utf8');
    for (const secret of [token, created.facilitatorToken, created.seats[0]!.code]) expect(text).not.toContain(secret);
    appendFileSync(path, '{"t":"submit","at":1,"st'); // a crash in the middle of a write
    expect(readJournal(path).tornTail).toBe(true);

    const warnings: string[] = [];
    server = await startServer({ dataDir: dir, port: 0, log: (line) => warnings.push(line) });
    const room = server.registry.room(created.gameId)!;
    expect(saveGame(room.state)).toBe(before);
    expect(room.paused).toBe(true);
    expect(warnings.some((w) => w.includes('torn'))).toBe(true);
    // The same tokens still open the game, and it plays on to the end.
    const console2 = await TestClient.open(server.url);
    await console2.request({ type: 'join', token: created.facilitatorToken });
    expect(await console2.request({ type: 'resume', token: created.facilitatorToken })).toMatchObject({ type: 'accepted' });
    const again = await TestClient.open(server.url);
    await again.request({ type: 'join', token });
    await playSeat(again, token);
    expect(room.state.flow.phase).toBe('concluded');
    expect(readJournal(path).tornTail).toBe(false);
    for (const c of [facilitator, client, console2, again]) c.close();
    await server.close();
  });
});
