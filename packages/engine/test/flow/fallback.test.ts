import { describe, expect, it } from 'vitest';
import { createGame, pendingRequests, playBots } from '../../src/game/game.js';
import { checkSheet } from '../../src/flow/legality.js';
import { defaultSheetFor, fallbackSheet } from '../../src/flow/fallback.js';
import { viewFor } from '../../src/view/view.js';
import { loadScenario } from '../support/scenarios.js';

describe('the safe sheet', () => {
  it('is legal, and a seat holding only its view (sent as JSON) gets the same one as the engine', () => {
    for (const id of ['rsa-2017', 'us-russia-bilateral']) {
      let game = createGame(loadScenario(id), { seed: 3 });
      let checked = 0;
      while (game.flow.phase !== 'concluded') {
        for (const request of pendingRequests(game)) {
          const view = JSON.parse(JSON.stringify(viewFor(game, request.seat))) as ReturnType<typeof viewFor>;
          const sheet = fallbackSheet(game, request);
          expect(checkSheet(request, sheet)).toBeNull();
          expect(defaultSheetFor(view, request)).toEqual(sheet);
          checked++;
        }
        game = playBots(game, undefined, 1);
      }
      expect(checked).toBeGreaterThan(50);
    }
  });
});
