/**
 * The attribution body is a lever only if it acts: in rsa-2017, where the convention enters into
 * force in most games and creates a body, the body must name states and the trust that actors place
 * in it must move with its record (DESIGN.md, "Trust": confirmed findings add to α, false ones to β).
 * A calibration that left the body's confidence always below the evidence bar once kept every
 * actor's trust at its prior in every game; this test would have caught it.
 */
import { describe, expect, it } from 'vitest';
import { contentHash, createGame, outcomeOf, playGame } from '@geneva/engine';
import { loadScenario } from './support.js';

const GAMES = 80;

describe('the attribution body in rsa-2017', () => {
  const scenario = loadScenario('rsa-2017');
  const scenarioHash = contentHash(scenario);
  const games = Array.from({ length: GAMES }, (_, k) => playGame(scenario, { seed: `body-${k}`, scenarioHash }));
  const inForce = games.filter((g) => g.flow.bodyActive);

  it('names states in games where it exists, more often right than wrong', () => {
    expect(inForce.length).toBeGreaterThan(GAMES / 3);
    let right = 0;
    let wrong = 0;
    for (const game of inForce)
      for (const incident of game.world.public.incidents) {
        if (incident.bodyNamed < 0) continue;
        if (incident.bodyNamed === game.world.secret.attackerOf[incident.id]) right++;
        else wrong++;
      }
    expect(right + wrong).toBeGreaterThan(inForce.length / 2);
    expect(right).toBeGreaterThan(wrong);
  });

  it('moves the actors\' trust in it away from their prior in some of those games', () => {
    const prior = outcomeOf(createGame(scenario, { seed: 'prior' })).attributionTrust;
    const moved = inForce.filter((g) => Math.abs(outcomeOf(g).attributionTrust - prior) > 1e-9);
    expect(moved.length).toBeGreaterThan(inForce.length / 10);
  });
});
