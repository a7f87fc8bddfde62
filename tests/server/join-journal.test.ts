/**
 * A client that joins again and again cannot grow a game's journal without bound: a rejoin with a
 * token writes nothing, and one join code opens at most 32 sessions (then a one-line refusal) until
 * the facilitator gives the seat a new code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, kill, startServerProcess, type ServerProcess } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'geneva-join-journal-'));
let server: ServerProcess | null = null;
afterAll(async () => {
  if (server) await kill(server);
  rmSync(dir, { recursive: true, force: true });
});

/** Sends `join` until it is answered by something other than `rate-limited` (a connection gets 10 messages a second). */
async function join_(client: Client, message: Record<string, unknown>): Promise<Record<string, unknown>> {
  for (;;) {
    const answer = await client.request({ type: 'join', ...message });
    if (answer['code'] !== 'rate-limited') return answer;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('joins and the journal', () => {
  it('keeps the journal bounded when a client joins in a loop', async () => {
    server = await startServerProcess(dir);
    const facilitator = await Client.open(server.url);
    const created = await facilitator.request({ type: 'create', scenario: 'us-russia-bilateral', humans: ['usa', 'rus'] });
    const journal = join(dir, `${created['gameId'] as string}.jsonl`);
    const lines = () => readFileSync(journal, 'utf8').split('\n').length - 1;
    const code = (created['seats'] as { seat: string; code: string }[]).find((s) => s.seat === 'usa')!.code;

    const client = await Client.open(server.url);
    const answers: Record<string, unknown>[] = [];
    for (let i = 0; i < 60; i++) answers.push(await join_(client, { code }));
    const joined = answers.filter((a) => a['type'] === 'joined');
    expect(joined).toHaveLength(32);
    expect(answers.slice(32).every((a) => a['type'] === 'error' && a['code'] === 'forbidden')).toBe(true);
    expect(answers[59]!['message']).toMatch(/^usa's join code has already signed in 32 devices/);
    // The creation, 32 sessions and usa's first arrival.
    expect(lines()).toBe(34);

    // Rejoining with a token, a hundred times, writes nothing.
    const token = joined[0]!['token'] as string;
    for (let i = 0; i < 100; i++) expect((await join_(client, { token }))['type']).toBe('joined');
    expect(lines()).toBe(34);

    // A new code from the facilitator opens the seat afresh.
    const reissued = await facilitator.request({ type: 'reissue', token: created['facilitatorToken'], seat: 'usa' });
    expect((await join_(client, { code: (reissued['seat'] as { code: string }).code }))['type']).toBe('joined');
    for (const c of [facilitator, client]) c.close();
  });
});
