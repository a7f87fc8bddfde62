/**
 * A created scenario's size is bounded on the real server: a scenario with too many actors, rounds
 * or years, or too many bytes, is refused in one line naming the limit, over `POST /api/games` and
 * the WebSocket's `create`; every shipped scenario, sent as data, is still accepted (issue 16, must 6).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@geneva/engine';
import { hostileServer, http, JSON_HEADERS, RawClient } from './hostile-support.js';
import { REPO, type ServerProcess } from './support.js';

let server: ServerProcess;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ server, cleanup } = await hostileServer()));
afterAll(async () => cleanup?.());

function shipped(file: string): Scenario {
  const result = parseScenario(readFileSync(join(REPO, 'scenarios', file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.scenario;
}

/** rsa-2017 with `extra` more civil-society actors (copies of the ICRC): a valid scenario. */
function withActors(extra: number): Scenario {
  const base = shipped('rsa-2017.yaml');
  const icrc = base.actors['icrc']!;
  const clones = Object.fromEntries(Array.from({ length: extra }, (_, i) => [`civil-${i}`, { ...icrc, name: `Civil society ${i}` }]));
  return { ...base, actors: { ...base.actors, ...clones } };
}

function post(body: object): ReturnType<typeof http> {
  return http(server.url, 'POST', '/api/games', { headers: JSON_HEADERS, body: JSON.stringify(body) });
}

describe('limits on a created scenario', () => {
  it('accepts every shipped scenario sent as data', async () => {
    for (const file of readdirSync(join(REPO, 'scenarios')).filter((f) => f.endsWith('.yaml'))) {
      const answer = await post({ scenarioData: shipped(file), humans: ['usa'] });
      expect({ file, status: answer.status, text: answer.status === 201 ? '' : answer.text }).toEqual({ file, status: 201, text: '' });
    }
  });

  it('refuses too many actors, rounds, years or bytes in one line naming the limit', async () => {
    const base = shipped('rsa-2017.yaml');
    const cases: [string, object, RegExp][] = [
      ['actors', withActors(40), /at most 64 actors \(this one has 65\)/],
      ['rounds', { ...base, rules: { ...base.rules, rounds: 21 } }, /at most 20 rounds \(this one has 21\)/],
      ['years', { ...base, horizon: { years: 16 } }, /at most 15 years \(this one has 16\)/],
      ['bytes', { ...base, description: 'x'.repeat(140 * 1024) }, /at most 128 KB/],
    ];
    for (const [what, scenarioData, limit] of cases) {
      const answer = await post({ scenarioData, humans: ['usa'] });
      const body = JSON.parse(answer.text) as { code: string; message: string };
      expect({ what, status: answer.status, code: body.code }).toEqual({ what, status: 413, code: 'too-large' });
      expect(body.message).toMatch(limit);
      expect(body.message).not.toContain('\n');
    }
  });

  it('refuses an oversized scenario over the WebSocket too, with its ref', async () => {
    const client = await RawClient.open(server.url);
    client.send(JSON.stringify({ type: 'create', ref: 'big', scenarioData: withActors(40), humans: ['usa'] }));
    const error = await client.next((m) => m['ref'] === 'big');
    expect(error).toMatchObject({ type: 'error', code: 'too-large' });
    expect(error['message']).toMatch(/at most 64 actors/);
    client.close();
  });
});
