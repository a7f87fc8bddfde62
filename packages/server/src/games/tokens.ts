/**
 * Secrets: tokens and join codes from `node:crypto`, stored only as SHA-256 hashes (a copied data
 * folder gives nobody a seat). A token is long (for machines); a join code is short and typable
 * (for a team at a projector) but still ~50 bits, and guessing is throttled by the rate limit.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32 without I, L, O, U: no confusable characters on a projector. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new secret token: 24 random bytes, base64url (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A new game id: 9 random bytes, base64url (not secret: it names the file on disk). */
export function newGameId(): string {
  return randomBytes(9).toString('base64url');
}

/** A new join code: 10 characters of base32 in two groups (`K7QF2-MXP9A`). */
export function newJoinCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b & 31];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A join code as typed (any case, dashes and spaces, O for 0, I and L for 1), normalised. */
export function normalizeCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The stored form of a secret: SHA-256, hex, with a purpose prefix so a code never matches a token. */
export function hashSecret(kind: 'token' | 'code', secret: string): string {
  const value = kind === 'code' ? normalizeCode(secret) : secret;
  return createHash('sha256').update(`${kind}:${value}`).digest('hex');
}
