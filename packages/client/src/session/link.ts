/**
 * A game started from the page's address, for a projector demo or a shared link:
 * `?scenario=rsa-2017&seed=4&pace=fast` starts an all-bot game of a shipped scenario at once.
 * The speed script uses it to time the first drawn table and the frames of a game at full pace.
 */
import type { Pace } from './session-store.js';
import type { SetUp } from './set-up.js';

/** The set-up and pace an address asks for, or null when it asks for none. */
export function linkedGame(search: string): { readonly setUp: SetUp; readonly pace: Pace } | null {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  if (scenario === null) return null;
  const pace = params.get('pace');
  return {
    setUp: { source: { kind: 'shipped', id: scenario }, seed: params.get('seed') ?? '1', seats: {} },
    pace: pace === 'slow' || pace === 'fast' ? pace : 'paused',
  };
}
