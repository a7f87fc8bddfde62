/**
 * Wrong join codes from one classroom address (a NAT: every student's laptop has the same address)
 * do not lock the class out of the real server: a student guessing codes is slowed on their own
 * connection, and a class retrying a stale link counts once; only a script trying 300 distinct wrong
 * codes in 10 minutes, connection after connection, meets the address's last-resort ceiling. Before,
 * 20 wrong codes a minute refused every join from the address (issue 16, must 6). The students
 * connect from 127.0.0.2 (127.0.0.1, the facilitator's own, is exempt from the limits per address).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSROOM_ADDRESS, hostileServer, http, JSON_HEADERS, RawClient } from './hostile-support.js';
import type { ServerProcess } from './support.js';

let server: ServerProcess;
let cleanup: () => Promise<void>;
let classroom: string;
let code: string;
beforeAll(async () => {
  ({ server, cleanup } = await hostileServer());
  classroom = server.url;
  const answer = await http(server.url, 'POST', '/api/games', { headers: JSON_HEADERS, body: JSON.stringify({ scenario: 'us-russia-bilateral', humans: ['usa', 'rus'] }) });
  code = (JSON.parse(answer.text) as { seats: { code: string }[] }).seats[0]!.code;
});
afterAll(async () => cleanup?.());

let ref = 0;
/** Sends a join and returns its answer. */
async function join(client: RawClient, what: { code?: string; token?: string }): Promise<Record<string, unknown>> {
  const r = ++ref;
  client.send(JSON.stringify({ type: 'join', ref: r, ...what }));
  return client.next((m) => m['ref'] === r);
}

/** A wrong code that looks like a real one (base32, two groups of five). */
const wrong = (i: number) => `ZZ${String(i).padStart(3, '0').replace(/\d/g, (d) => 'ABCDEFGHJK'[Number(d)]!)}-QQQQQ`;

describe('failed joins from one classroom address', () => {
  it('slow down the guessing connection only: the rest of the class still joins', async () => {
    const guesser = await RawClient.open(classroom, { localAddress: CLASSROOM_ADDRESS });
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await join(guesser, { code: wrong(i) }));
    expect(answers.slice(0, 5).map((a) => a['code'])).toEqual(Array(5).fill('unauthorized'));
    const waits = answers.filter((a) => a['code'] === 'too-many-attempts');
    expect(waits.length).toBeGreaterThan(10);
    expect(waits[0]!['message']).toMatch(/^too many wrong codes on this connection: wait \d+ s before trying again$/);
    // A classmate on the same address joins at once.
    const classmate = await RawClient.open(classroom, { localAddress: CLASSROOM_ADDRESS });
    expect(await join(classmate, { code })).toMatchObject({ type: 'joined', seat: 'usa' });
    guesser.close();
    classmate.close();
  });

  it('count a stale code retried by the whole class once', async () => {
    for (let device = 0; device < 40; device++) {
      const client = await RawClient.open(classroom, { localAddress: CLASSROOM_ADDRESS });
      for (let i = 0; i < 3; i++) expect(await join(client, { code: 'STALE-CODE1' })).toMatchObject({ code: 'unauthorized' });
      client.close();
    }
    const student = await RawClient.open(classroom, { localAddress: CLASSROOM_ADDRESS });
    expect(await join(student, { code })).toMatchObject({ type: 'joined', seat: 'usa' });
    student.close();
  });

  it('meet the address ceiling only after 300 distinct wrong codes, connection after connection', async () => {
    // The earlier tests' distinct wrong codes count too: the 5 to 7 the guesser had checked, and the stale one.
    let tried = 0;
    let refused: Record<string, unknown> | undefined;
    for (let batch = 0; refused === undefined && batch < 80; batch++) {
      const client = await RawClient.open(classroom, { localAddress: CLASSROOM_ADDRESS });
      for (let i = 0; i < 5 && refused === undefined; i++) {
        const answer = await join(client, { code: wrong(100 + tried++) });
        if (answer['code'] !== 'unauthorized') refused = answer;
      }
      client.close();
    }
    expect(refused).toMatchObject({ code: 'too-many-attempts' });
    expect(refused!['message']).toMatch(/^too many wrong join codes from this address: try again in \d+ s$/);
    expect(tried).toBeGreaterThan(290);
    expect(tried).toBeLessThanOrEqual(300);
  });
});
