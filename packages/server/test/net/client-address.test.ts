/** How the limits per address name a client: IPv4 as is, IPv6 by its /64, loopback told apart. */
import { describe, expect, it } from 'vitest';
import { addressKey, isLoopback } from '../../src/net/client-address.js';

describe('addressKey', () => {
  it('keys IPv4 by the address, written plainly or mapped into IPv6', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::FFFF:10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('192.168.1.21')).not.toBe(addressKey('192.168.1.20'));
  });

  it('keys IPv6 by its /64, however the address is written', () => {
    const key = addressKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe(key);
    expect(addressKey('2001:db8:1:2:ffff::')).toBe(key);
    expect(addressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('puts a socket without an address in one shared bucket', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('not an address')).toBe('unknown');
  });
});

describe('isLoopback', () => {
  it('knows this computer from any other', () => {
    for (const a of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.1', '127.3.2.1', '127.0.0.2', '::', '::2', '1::1', '::ffff:10.0.0.1', '128.0.0.1', undefined]) expect(isLoopback(a), String(a)).toBe(false);
  });
});
