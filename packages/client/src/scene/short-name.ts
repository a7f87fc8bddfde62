/**
 * The name a seat goes by on the table: the actor's name, short enough for a label on the ring.
 * People read names, never ids (`gbr`, `prk`): "United Kingdom", "North Korea", and for long
 * names of organisations their initials ("International Committee of the Red Cross" → "ICRC").
 */

/** Names longer than this become their initials (a label must fit beside its seat). */
const LONGEST = 20;

/** Words left out of initials ("Committee of the Red Cross" → "CRC"). */
const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'la']);

/**
 * The short name of an actor: its name without a parenthesised aside, or the initials of a long one.
 *
 * @example
 * shortName('Citizen Lab (University of Toronto)'); // 'Citizen Lab'
 * shortName('Global Commission on the Stability of Cyberspace'); // 'GCSC'
 */
export function shortName(name: string): string {
  const plain = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim() || name.trim();
  if (plain.length <= LONGEST) return plain;
  const words = plain.split(' ').filter((w) => !MINOR.has(w.toLowerCase()));
  const initials = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  return initials.length >= 2 ? initials : plain;
}
