/**
 * Golden playthroughs: one seeded all-bot game per shipped scenario, committed as
 * tests/conformance/golden/<id>.json (the outcome, the count of public events by type, and content
 * hashes of the whole log and of every sheet), and diffed here. Any change to the rules, the bots or
 * the scenarios that changes a game shows up as a diff.
 *
 * When a change of the game is intended, rewrite the files and review the diff before committing:
 *
 *   GENEVA_UPDATE_GOLDEN=1 npx vitest run conformance/golden      (from tests/)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentHash, outcomeOf, playGame, type GameState, type Scenario } from '@geneva/engine';
import { SCENARIO_IDS, loadScenario } from './support.js';

const UPDATE = process.env['GENEVA_UPDATE_GOLDEN'] === '1';
const SEED = 'golden-2017';
const dir = fileURLToPath(new URL('./golden/', import.meta.url));

/** The hashes of a game's log and sheets. */
function hashes(state: GameState) {
  return {
    logHash: contentHash(state.log),
    // Steps as recorded before strategy memory existed: no shipped bot keeps memory.
    sheetsHash: contentHash(state.history.map(({ memory: _memory, ...step }) => step)),
  };
}

/** The committed digest of a game. */
function digest(id: string, state: GameState, fixed: GameState) {
  const counts: Record<string, number> = {};
  for (const e of state.world.public.log) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return {
    scenario: id,
    seed: SEED,
    steps: state.history.length,
    events: state.log.length,
    publicEvents: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))),
    ...hashes(state),
    outcome: outcomeOf(state),
    // The same game with the scenario's types as the truth (its uncertainty block removed): what
    // the scenario played before private types, kept to show that zero uncertainty changes nothing.
    fixedTypes: hashes(fixed),
  };
}

describe('golden playthroughs', () => {
  it.each(SCENARIO_IDS)('%s plays as recorded', (id) => {
    const { uncertainty: _uncertainty, ...fixed } = loadScenario(id);
    const actual = digest(id, playGame(loadScenario(id), { seed: SEED }), playGame(fixed as Scenario, { seed: SEED }));
    const file = `${dir}${id}.json`;
    if (UPDATE) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!existsSync(file)) throw new Error(`no golden file ${file}: run GENEVA_UPDATE_GOLDEN=1 npx vitest run conformance/golden`);
    const expected = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(actual).toEqual(expected);
  });
});
