import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from '../../src/queue/redis-url.js';

describe('a Redis URL', () => {
  it('gives the host, port, database, credentials and TLS, and names it without the password', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6390/2')).toEqual({ options: { host: '127.0.0.1', port: 6390, db: 2, maxRetriesPerRequest: null }, display: 'redis://127.0.0.1:6390/2' });
    const secure = parseRedisUrl('rediss://ana:p%40ss@cache.example.org');
    expect(secure).toEqual({
      options: { host: 'cache.example.org', port: 6379, db: 0, username: 'ana', password: 'p@ss', tls: { servername: 'cache.example.org' }, maxRetriesPerRequest: null },
      display: 'rediss://ana:***@cache.example.org',
    });
    expect(parseRedisUrl('redis://[::1]:7000')).toMatchObject({ options: { host: '::1', port: 7000 } });
  });

  it('refuses what is not one in a sentence, never echoing a password', () => {
    const cases: [string, RegExp][] = [
      ['localhost:6379', /^unknown scheme localhost: \(expected redis:\/\/ or rediss:\/\/\)$/],
      ['http://h:1', /^unknown scheme http:/],
      ['not a url', /^not a URL/],
      ['redis://h:1/16', /^the database must be from 0 to 15 \(got 16\)$/],
      ['redis://h:1/x', /^the database must be a number/],
      ['redis://h:1/?a=b', /^query strings and fragments are not read/],
      ['redis://:secret@h:99999', /^not a URL/],
    ];
    for (const [text, reason] of cases) {
      const result = parseRedisUrl(text);
      expect(typeof result, text).toBe('string');
      expect(result as string, text).toMatch(reason);
      expect(result as string).not.toContain('secret');
    }
  });
});
