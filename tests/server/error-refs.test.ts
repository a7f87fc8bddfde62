/**
 * Every error the real server sends in answer to a message carries that message's `ref` whenever
 * the ref can be read from it: a message that is not JSON, a binary frame, an oversized one, a
 * schema failure, an unknown type, an unknown token, an engine refusal (issue 16, must 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileServer, RawClient } from './hostile-support.js';
import type { ServerProcess } from './support.js';

let server: ServerProcess;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ server, cleanup } = await hostileServer()));
afterAll(async () => cleanup?.());

/** Sends `data` and returns the error answered to it. */
async function errorFor(client: RawClient, data: string | Buffer, binary = false): Promise<Record<string, unknown>> {
  const before = client.messages.length;
  client.send(data, binary);
  return client.next((m) => m['type'] === 'error' && client.messages.indexOf(m) >= before);
}

describe('ref on every error', () => {
  it('echoes the ref of a message that is not JSON, binary, oversized, invalid, unknown or unauthorised', async () => {
    const client = await RawClient.open(server.url);
    const cases: [string, string | Buffer, boolean, string][] = [
      ['broken JSON', '{"type":"join","ref":"r1","code":', false, 'malformed'],
      ['broken JSON, number ref', '{"ref": 42, "type": "join", "code": "ABCD', false, 'malformed'],
      ['binary frame', Buffer.from(JSON.stringify({ type: 'join', ref: 'r3', code: 'AAAAA-BBBBB' })), true, 'malformed'],
      ['oversized', JSON.stringify({ type: 'join', ref: 'r4', code: 'x'.repeat(70 * 1024) }), false, 'too-large'],
      ['oversized, ref last', `{"type":"join","code":"${'x'.repeat(70 * 1024)}","ref":"r5"}`, false, 'too-large'],
      ['schema', JSON.stringify({ type: 'join', ref: 'r6', code: 1 }), false, 'invalid'],
      ['unknown type', JSON.stringify({ type: 'dance', ref: 'r7' }), false, 'unknown-type'],
      ['unknown token', JSON.stringify({ type: 'pause', ref: 'r8', token: 't'.repeat(32) }), false, 'unauthorized'],
    ];
    const expected = ['r1', 42, 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'];
    for (const [i, [what, data, binary, code]] of cases.entries()) {
      const error = await errorFor(client, data, binary);
      expect({ what, code: error['code'], ref: error['ref'] }).toEqual({ what, code, ref: expected[i] });
    }
    client.close();
  });

  it('sends no ref when none can be read (a JSON array, an unusable ref)', async () => {
    const client = await RawClient.open(server.url);
    expect((await errorFor(client, '[1,2]'))['ref']).toBeUndefined();
    expect((await errorFor(client, '{"type":"join","ref":{"a":1}'))['ref']).toBeUndefined();
    client.close();
  });
});
