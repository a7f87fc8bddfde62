/**
 * The limits per client address as pure logic, on a clock the test moves: connections, failed
 * joins, game creations, the loopback exemption, and a table that forgets idle addresses.
 */
import { describe, expect, it } from 'vitest';
import { AddressLimitError, AddressLimits, DEFAULT_ADDRESS_LIMITS, type AddressLimitOptions } from '../../src/net/address-limits.js';
import { RequestError } from '../../src/protocol/errors.js';
import { LIMITS } from '../../src/protocol/limits.js';

const A = '203.0.113.7';
const B = '198.51.100.9';

/** Limits on a manual clock (milliseconds), loopback not exempt unless said. */
function limits(options: Partial<AddressLimitOptions> = {}) {
  const clock = { now: 0 };
  const l = new AddressLimits({ exemptLoopback: false, ...options }, () => clock.now);
  return { l, clock };
}

const unknownCode = (): never => {
  throw new RequestError('unauthorized', 'unknown join code');
};

/** The error `run` throws (failing the test if it returns). */
function thrown(run: () => unknown): RequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('AddressLimits', () => {
  it('defaults to the values of LIMITS', () => {
    expect(new AddressLimits().options).toEqual(DEFAULT_ADDRESS_LIMITS);
    expect(DEFAULT_ADDRESS_LIMITS).toMatchObject({ connections: 64, failedAttempts: 300, attemptWindowSeconds: 600, httpConnections: 128, creations: 30, creationWindowSeconds: 3600, exemptLoopback: true });
    expect(DEFAULT_ADDRESS_LIMITS.connections).toBe(LIMITS.connectionsPerAddress);
  });

  it('refuses limits that would let nobody in, when made', () => {
    expect(() => new AddressLimits({ connections: 0 })).toThrow(RangeError);
    expect(() => new AddressLimits({ failedAttempts: 0 })).toThrow(RangeError);
    expect(() => new AddressLimits({ creationWindowSeconds: 0 })).toThrow(RangeError);
  });

  it('caps simultaneous connections per address, and frees a place when one closes', () => {
    const { l } = limits({ connections: 2 });
    expect([l.connect(A), l.connect(A), l.connect(A)]).toEqual([true, true, false]);
    expect(l.connect(B)).toBe(true);
    // The same client written as IPv4-mapped IPv6 is the same address.
    expect(l.connect(`::ffff:${A}`)).toBe(false);
    l.disconnect(A);
    expect(l.connect(A)).toBe(true);
    expect(l.connect(A)).toBe(false);
  });

  it('refuses joins unchecked after too many failures, saying when to try again', () => {
    const { l, clock } = limits({ failedAttempts: 3, attemptWindowSeconds: 60 });
    for (let i = 0; i < 3; i++) {
      clock.now = i * 1_000;
      expect(thrown(() => l.attempt(A, unknownCode)).code).toBe('unauthorized');
    }
    let checked = 0;
    const valid = () => ++checked;
    clock.now = 2_500;
    const refused = thrown(() => l.attempt(A, valid));
    expect(refused).toBeInstanceOf(AddressLimitError);
    expect(refused).toMatchObject({ code: 'too-many-attempts', retryAfterSeconds: 58 });
    expect(refused.message).toMatch(/try again in 58 s$/);
    expect(checked).toBe(0);
    // Another address is not affected.
    expect(l.attempt(B, valid)).toBe(1);
    // The first failure leaves the window at 60 s: one more try is allowed.
    clock.now = 60_000;
    expect(l.attempt(A, valid)).toBe(2);
  });

  it('counts only unknown codes and tokens, not successes or other refusals', () => {
    const { l } = limits({ failedAttempts: 2 });
    for (let i = 0; i < 10; i++) expect(l.attempt(A, () => 'seat')).toBe('seat');
    const forbidden = () => {
      throw new RequestError('forbidden', 'not the facilitator of this game');
    };
    for (let i = 0; i < 10; i++) expect(thrown(() => l.attempt(A, forbidden)).code).toBe('forbidden');
    expect(thrown(() => l.attempt(A, unknownCode)).code).toBe('unauthorized');
    expect(l.attempt(A, () => 'still allowed')).toBe('still allowed');
    expect(thrown(() => l.attempt(A, unknownCode)).code).toBe('unauthorized');
    expect(thrown(() => l.attempt(A, () => 'now refused')).code).toBe('too-many-attempts');
  });

  it('caps game creations per address per window; a failed creation does not count', () => {
    const { l, clock } = limits({ creations: 2, creationWindowSeconds: 3600 });
    const badScenario = () => {
      throw new RequestError('unknown-scenario', 'no scenario "x"');
    };
    for (let i = 0; i < 5; i++) expect(thrown(() => l.create(A, badScenario)).code).toBe('unknown-scenario');
    expect(l.create(A, () => 'game 1')).toBe('game 1');
    clock.now = 600_000;
    expect(l.create(A, () => 'game 2')).toBe('game 2');
    let created = 0;
    const refused = thrown(() => l.create(A, () => ++created));
    expect(refused).toMatchObject({ code: 'too-many-creations', retryAfterSeconds: 3000 });
    expect(created).toBe(0);
    expect(l.create(B, () => 'elsewhere')).toBe('elsewhere');
    clock.now = 3_600_000;
    expect(l.create(A, () => 'game 3')).toBe('game 3');
  });

  it('counts the addresses of one IPv6 /64 as one client', () => {
    const { l } = limits({ connections: 2, failedAttempts: 1 });
    expect(l.connect('2001:db8:1:2::a')).toBe(true);
    expect(l.connect('2001:db8:1:2::b')).toBe(true);
    expect(l.connect('2001:db8:1:2:dead:beef:0:1')).toBe(false);
    expect(l.connect('2001:db8:1:3::a')).toBe(true);
    thrown(() => l.attempt('2001:db8:1:2::c', unknownCode));
    expect(thrown(() => l.attempt('2001:db8:1:2::d', () => 0)).code).toBe('too-many-attempts');
  });

  it('leaves this computer unlimited by default, and limits it when told', () => {
    const exempt = new AddressLimits({ connections: 1, failedAttempts: 1, creations: 1 }, () => 0);
    for (let i = 0; i < 5; i++) {
      expect(exempt.connect('127.0.0.1')).toBe(true);
      expect(thrown(() => exempt.attempt('::1', unknownCode)).code).toBe('unauthorized');
      expect(exempt.create('::ffff:127.0.0.1', () => i)).toBe(i);
    }
    expect(exempt.size).toBe(0);
    expect(exempt.connect(A)).toBe(true);
    expect(exempt.connect(A)).toBe(false);
    const { l } = limits({ connections: 1 });
    expect([l.connect('127.0.0.1'), l.connect('127.0.0.1')]).toEqual([true, false]);
  });

  it('forgets an address once it is idle: no connection, no recent failure or creation', () => {
    const { l, clock } = limits({ failedAttempts: 5, attemptWindowSeconds: 60, creations: 5, creationWindowSeconds: 3600 });
    l.connect(A);
    l.connect(A);
    expect(l.size).toBe(1);
    l.disconnect(A);
    expect(l.size).toBe(1);
    l.disconnect(A);
    expect(l.size).toBe(0);
    // A success leaves nothing behind; a failure is kept for its window, a creation for its own.
    l.attempt(A, () => 0);
    expect(l.size).toBe(0);
    thrown(() => l.attempt(A, unknownCode));
    l.create(B, () => 0);
    expect(l.size).toBe(2);
    clock.now = 60_000;
    l.attempt(A, () => 0);
    expect(l.size).toBe(1);
    clock.now = 3_600_000;
    l.attempt(B, () => 0);
    expect(l.size).toBe(0);
  });

  it('stays bounded under many addresses: failures that aged out are swept', () => {
    const { l, clock } = limits({ failedAttempts: 5, attemptWindowSeconds: 60 });
    const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    for (let i = 0; i < 10_000; i++) thrown(() => l.attempt(address(i), unknownCode));
    expect(l.size).toBe(10_000);
    // A window on, the next new address sweeps every entry whose failures have aged out.
    clock.now = 60_000;
    thrown(() => l.attempt(address(10_000), unknownCode));
    expect(l.size).toBe(1);
    // Under a steady stream of new addresses (one failure every 100 ms: 600 live at any time),
    // the table holds those of the last two windows at most, never everything ever seen.
    let largest = 0;
    for (let i = 0; i < 5_000; i++) {
      clock.now = 120_000 + i * 100;
      thrown(() => l.attempt(address(20_000 + i), unknownCode));
      l.connect(address(30_000 + i));
      l.disconnect(address(30_000 + i));
      largest = Math.max(largest, l.size);
    }
    expect(largest).toBeGreaterThanOrEqual(600);
    expect(largest).toBeLessThanOrEqual(2 * 600 + 1);
  });
});
