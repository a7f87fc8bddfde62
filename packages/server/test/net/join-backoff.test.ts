/**
 * A connection's failed joins back off (free ones, then 1 s, 2 s, 4 s… up to a cap), and an
 * address's failures count distinct wrong secrets, each once, on a clock the test moves.
 */
import { describe, expect, it } from 'vitest';
import { RequestError } from '../../src/protocol/errors.js';
import { JoinBackoff } from '../../src/net/join-backoff.js';
import { RecentFailures } from '../../src/net/recent-failures.js';

const wrong = () => {
  throw new RequestError('unauthorized', 'unknown join code');
};
const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (error) {
    return (error as RequestError).code;
  }
};

describe('JoinBackoff', () => {
  it('lets the free failures through, then waits 1 s, 2 s, 4 s… up to the cap', () => {
    const clock = { now: 0 };
    const backoff = new JoinBackoff(2, 4, () => clock.now);
    expect([codeOf(() => backoff.attempt(wrong)), codeOf(() => backoff.attempt(wrong))]).toEqual(['unauthorized', 'unauthorized']);
    expect(codeOf(() => backoff.attempt(() => 1))).toBe('too-many-attempts');
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = clock.now;
      while (codeOf(() => backoff.attempt(() => 1)) === 'too-many-attempts') clock.now += 100;
      waits.push(clock.now - start);
      expect(codeOf(() => backoff.attempt(wrong))).toBe('unauthorized');
    }
    expect(waits).toEqual([1000, 2000, 4000, 4000, 4000]);
  });

  it('counts only unknown codes, not other refusals or successes', () => {
    const backoff = new JoinBackoff(1, 60, () => 0);
    for (let i = 0; i < 5; i++) expect(codeOf(() => backoff.attempt(() => 'seat'))).toBe('ok');
    expect(codeOf(() => backoff.attempt(() => { throw new RequestError('invalid', 'x'); }))).toBe('invalid');
    expect(codeOf(() => backoff.attempt(() => 'seat'))).toBe('ok');
  });
});

describe('RecentFailures', () => {
  it('counts a repeated secret once, and says when the oldest leaves the window', () => {
    const failures = new RecentFailures(2, 60_000);
    for (let i = 0; i < 10; i++) failures.record('code:STALE', i);
    expect(failures.wait(10)).toBe(0);
    failures.record('code:OTHER', 20);
    expect(failures.wait(30)).toBe(60_009 - 30);
    expect(failures.wait(60_009)).toBe(0);
    expect(failures.empty(60_020)).toBe(true);
  });
});
