/**
 * A step timer below the floor (5 s) is refused in one line naming the field, at a game's creation
 * (HTTP and WebSocket) and in the facilitator's timer control; a test lowers the floor only through
 * the variable documented for tests, and a 1 ms timer stays refused even then.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, kill, startServerProcess, type ServerProcess } from './support.js';

const servers: ServerProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'geneva-timer-floor-'));
afterAll(async () => {
  for (const server of servers) await kill(server);
  rmSync(dir, { recursive: true, force: true });
});

async function start(env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const server = await startServerProcess(join(dir, String(servers.length)), [], env);
  servers.push(server);
  return server;
}

async function post(server: ServerProcess, body: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/api/games`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the step timer floor', () => {
  it('refuses a 1 ms step timer, or a 2 s phase timer, at creation and in the timer control', async () => {
    const server = await start();
    const tiny = await post(server, { scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 0.001 } });
    expect(tiny.status).toBe(400);
    expect(tiny.body).toMatchObject({ code: 'invalid', message: 'timer.seconds: a step timer is at least 5 seconds (0.001 asked)' });
    const phase = await post(server, { scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 60, phases: { vote: 2 } } });
    expect(phase.body).toMatchObject({ code: 'invalid', message: 'timer.phases.vote: a step timer is at least 5 seconds (2 asked)' });

    const facilitator = await Client.open(server.url);
    expect(await facilitator.request({ type: 'create', scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 1 } })).toMatchObject({ type: 'error', code: 'invalid' });
    const created = await facilitator.request({ type: 'create', scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 5 } });
    expect(created['type']).toBe('created');
    const token = created['facilitatorToken'] as string;
    const refused = await facilitator.request({ type: 'timer', token, timer: { seconds: 0.001 } });
    expect(refused).toMatchObject({ type: 'error', code: 'invalid', message: 'timer.seconds: a step timer is at least 5 seconds (0.001 asked)' });
    expect(await facilitator.request({ type: 'timer', token, timer: { phases: { negotiation: 4.9 } } })).toMatchObject({ code: 'invalid', message: expect.stringMatching(/^timer\.phases\.negotiation: /) as unknown });
    expect(await facilitator.request({ type: 'timer', token, timer: { seconds: 240 } })).toMatchObject({ type: 'accepted', what: 'timer' });
    facilitator.close();
  });

  it('lets a test lower the floor through GENEVA_TEST_MIN_STEP_SECONDS, never below what it sets', async () => {
    const server = await start({ GENEVA_TEST_MIN_STEP_SECONDS: '0.2' });
    expect((await post(server, { scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 0.3 } })).status).toBe(201);
    expect((await post(server, { scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 0.001 } })).body).toMatchObject({
      code: 'invalid',
      message: 'timer.seconds: a step timer is at least 0.2 seconds (0.001 asked)',
    });
    const raised = await start({ GENEVA_TEST_MIN_STEP_SECONDS: '60' });
    expect((await post(raised, { scenario: 'us-russia-bilateral', humans: ['usa'], timer: { seconds: 10 } })).status).toBe(201);
  });
});
