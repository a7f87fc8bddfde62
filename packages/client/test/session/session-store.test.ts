/**
 * The session store in Node: hot-seat turns and hand-over, perspectives that never open another
 * seat's view during play, the same game as the engine's for the same seed and decisions, replay
 * files and saves (good and bad).
 */
import { describe, expect, it } from 'vitest';
import {
  builtinStrategy,
  defineStrategy,
  ENGINE_VERSION,
  isOver,
  legalDecisions,
  outcomeOf,
  playGame,
  replayRecordOf,
  saveGame,
  type Request,
  type Sheet,
} from '@geneva/engine';
import { openPerspectives, sessionStore, shownState } from '../../src/session/session-store.js';
import { shippedScenarios } from '../../src/scenarios.js';

const SCENARIO = 'us-russia-bilateral';

/** A team's simple policy, from the request alone: say yes to everything, attack no one. */
function policy(request: Request): Sheet {
  const s = request.slots;
  switch (request.phase) {
    case 'drafting':
      return { phase: 'drafting', text: s.text!.min.map((lo, k) => (lo + s.text!.max[k]!) / 2) };
    case 'negotiation':
      return { phase: 'negotiation', amend: null, ...(s.votes ? { votes: s.votes.items.map(() => 'yes' as const) } : {}), ...(s.coalition ? { coalition: 'friends' as const } : {}) };
    case 'vote':
      return { phase: 'vote', vote: 'yes' };
    case 'signature':
      return { phase: 'signature', sign: true };
    case 'ratification':
      return { phase: 'ratification', submit: true };
    case 'operations':
      return { phase: 'operations', ...(s.targets ? { targets: [], disclose: true } : {}) };
    case 'blame':
      return { phase: 'blame', blame: s.blame?.items.map(() => null) ?? [] };
    case 'response':
      return { phase: 'response', answers: s.answers?.items.map(() => 'deny' as const) ?? [] };
  }
}

const asStrategy = defineStrategy({
  id: 'policy',
  name: 'the test policy',
  description: 'yes to everything',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide: (_view, request) => policy(request),
});

function playedThroughTheStore(seed: string) {
  const store = sessionStore();
  const problems = store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed, seats: { usa: 'human' } });
  expect(problems).toBeNull();
  let turns = 0;
  for (let guard = 0; guard < 500 && !isOver(store.getState().game!); guard++) {
    const s = store.getState();
    if (s.turn === null) {
      s.stepBots();
      continue;
    }
    expect(s.turn.revealed).toBe(false);
    expect(s.perspective).toEqual({ kind: 'public' });
    expect(openPerspectives(s)).toEqual([{ kind: 'public' }]);
    s.reveal();
    const revealed = store.getState();
    expect(revealed.perspective).toEqual({ kind: 'seat', seat: revealed.turn!.seat });
    const request = legalDecisions(revealed.game!, revealed.turn!.seat)!;
    expect(revealed.submit(policy(request))).toBeNull();
    // Back to the public table; or, when the last sheet ended the game (the step resolves at once), the review.
    expect(store.getState().perspective).toEqual({ kind: isOver(store.getState().game!) ? 'omniscient' : 'public' });
    turns++;
  }
  return { store, turns };
}

describe('hot-seat play through the session store', () => {
  it('reaches the same game as the engine with the same seed and decisions', () => {
    const { store, turns } = playedThroughTheStore('7');
    const s = store.getState();
    expect(turns).toBeGreaterThan(5);
    expect(isOver(s.game!)).toBe(true);
    const scenario = shippedScenarios.get(SCENARIO)!;
    const engine = playGame(scenario, { seed: '7', seats: { usa: 'policy' }, strategies: lookup });
    expect(s.game!.log).toEqual(engine.log);
    expect(outcomeOf(s.game!)).toEqual(outcomeOf(engine));
  });

  it('resolves the step when its last human sheet is in, without a press of Step', () => {
    const store = sessionStore();
    store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed: '5', seats: { usa: 'human', rus: 'human' } });
    for (let guard = 0; guard < 50 && store.getState().game!.flow.phase !== 'negotiation'; guard++) {
      const s = store.getState();
      if (s.turn === null) {
        s.stepBots();
        continue;
      }
      s.reveal();
      store.getState().submit(policy(legalDecisions(store.getState().game!, store.getState().turn!.seat)!));
    }
    const step = store.getState().game!.flow.step.index;
    for (let team = 0; team < 2; team++) {
      const s = store.getState();
      expect(s.turn).not.toBeNull();
      s.reveal();
      expect(store.getState().submit(policy(legalDecisions(store.getState().game!, store.getState().turn!.seat)!))).toBeNull();
    }
    expect(store.getState().game!.flow.step.index).toBeGreaterThan(step);
  });

  it('opens the review timeline and the omniscient perspective at the end', () => {
    const { store } = playedThroughTheStore('3');
    const s = store.getState();
    expect(s.timeline.length).toBe(s.game!.history.length + 1);
    expect(s.cursor).toBe(s.timeline.length - 1);
    expect(shownState(s)!.log).toEqual(s.game!.log);
    expect(openPerspectives(s).map((p) => p.kind)).toContain('omniscient');
    s.scrub(2);
    expect(store.getState().cursor).toBe(2);
    expect(shownState(store.getState())!.history).toHaveLength(2);
  });

  it('refuses an illegal sheet with the engine error and changes nothing', () => {
    const store = sessionStore();
    store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed: '1', seats: { usa: 'human' } });
    while (store.getState().turn === null) store.getState().stepBots();
    store.getState().reveal();
    const before = store.getState().game;
    const error = store.getState().submit({ phase: 'vote', vote: 'maybe' } as unknown as Sheet);
    expect(error).not.toBeNull();
    expect(store.getState().game).toBe(before);
    expect(store.getState().turn?.revealed).toBe(true);
  });

  it('refuses to submit before the team has revealed its view', () => {
    const store = sessionStore();
    store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed: '1', seats: { usa: 'human' } });
    while (store.getState().turn === null) store.getState().stepBots();
    expect(store.getState().submit({ phase: 'vote', vote: 'yes' })?.code).toBe('not-your-turn');
  });
});

/** The test policy for usa, the built-ins for every other seat. */
const lookup = (id: string) => (id === 'policy' ? asStrategy : builtinStrategy(id));

describe('set-up', () => {
  it('shortens the game for a class and reports a bad length by its path', () => {
    const store = sessionStore();
    expect(store.getState().start({ source: { kind: 'shipped', id: 'rsa-2017' }, seed: '1', seats: {}, rounds: 3, years: 2 })).toBeNull();
    expect(store.getState().game!.scenario.rules.rounds).toBe(3);
    expect(store.getState().game!.scenario.horizon.years).toBe(2);
    const problems = store.getState().start({ source: { kind: 'shipped', id: 'rsa-2017' }, seed: '1', seats: {}, years: 0 });
    expect(problems?.[0]).toMatch(/^horizon\.years: /);
  });

  it('reports every problem of a scenario file as file:line:column: path: reason', () => {
    const store = sessionStore();
    const problems = store.getState().start({ source: { kind: 'file', name: 'mine.yaml', text: 'id: mine\ntitle: 3\n' }, seed: '1', seats: {} });
    expect(problems!.length).toBeGreaterThan(0);
    for (const p of problems!) expect(p).toMatch(/^mine\.yaml(:\d+:\d+)?: \S+: /);
    expect(store.getState().screen).toBe('setup');
  });
});

describe('replay files and saves', () => {
  const scenario = shippedScenarios.get('rsa-2017')!;
  const final = playGame(scenario, { seed: 4 });
  const record = replayRecordOf(final);

  it('opens a replay file on its whole timeline', () => {
    const store = sessionStore();
    expect(store.getState().openReplay('game.replay.json', JSON.stringify(record))).toBeNull();
    const s = store.getState();
    expect(s.timeline).toHaveLength(record.steps.length + 1);
    expect(outcomeOf(s.timeline[s.timeline.length - 1]!)).toEqual(record.outcome);
    expect(s.perspective).toEqual({ kind: 'omniscient' });
  });

  it('names the file and the reason for a file that is not a replay', () => {
    const store = sessionStore();
    expect(store.getState().openReplay('x.json', '{')).toMatch(/^x\.json: not JSON/);
    expect(store.getState().openReplay('x.json', '{"format":"other"}')).toMatch(/^x\.json: /);
    const foreign = { ...record, scenario: { id: 'atlantis', hash: 'x' } };
    expect(store.getState().openReplay('a.json', JSON.stringify(foreign))).toMatch(/^a\.json: scenario atlantis is not shipped/);
    expect(store.getState().screen).toBe('setup');
  });

  it('shows a replay that diverges up to the divergence, with a notice', () => {
    const store = sessionStore();
    const cut = { ...record, outcome: { ...record.outcome, incidents: 999 } };
    expect(store.getState().openReplay('cut.json', JSON.stringify(cut))).toBeNull();
    expect(store.getState().notice).toMatch(/^cut\.json: the replay diverges at the end/);
  });

  it('resumes a saved game where it was, and refuses a corrupt save', () => {
    const store = sessionStore();
    store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed: '9', seats: { usa: 'human' } });
    while (store.getState().turn === null) store.getState().stepBots();
    const text = saveGame(store.getState().game!);
    const other = sessionStore();
    expect(other.getState().loadSave('class.geneva.json', text)).toBeNull();
    expect(other.getState().game!.log).toEqual(store.getState().game!.log);
    expect(other.getState().turn).toEqual({ seat: store.getState().turn!.seat, revealed: false });
    expect(other.getState().loadSave('bad.json', text.slice(0, 100))).toMatch(/^bad\.json: /);
  });
});

describe('files from another engine version', () => {
  it('says so when a save or a replay was written by another engine', () => {
    const store = sessionStore();
    store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed: '2', seats: {} });
    const saved = JSON.parse(saveGame(store.getState().game!)) as Record<string, unknown>;
    const other = sessionStore();
    expect(other.getState().loadSave('old.geneva.json', JSON.stringify({ ...saved, engine: '0.0.1' }))).toBeNull();
    expect(other.getState().notice).toBe(`old.geneva.json: written by engine 0.0.1; this page runs engine ${ENGINE_VERSION}`);
    const record = replayRecordOf(playGame(shippedScenarios.get(SCENARIO)!, { seed: 2 }));
    expect(other.getState().openReplay('old.replay.json', JSON.stringify({ ...record, engine: '0.0.1' }))).toBeNull();
    expect(other.getState().notice).toMatch(/^old\.replay\.json: written by engine 0\.0\.1/);
    expect(other.getState().openReplay('new.replay.json', JSON.stringify(record))).toBeNull();
    expect(other.getState().notice).toBeNull();
  });
});

describe('time up', () => {
  it('gives every human seat still to decide the safe default, recorded as a fault, after the bots have decided', () => {
    const store = sessionStore();
    store.getState().start({ source: { kind: 'shipped', id: SCENARIO }, seed: '5', seats: { usa: 'human', rus: 'human' } });
    // Drafting is the chair's (usa) alone; then round 1 asks both teams and the bots.
    store.getState().timeUp();
    while (store.getState().turn === null) store.getState().stepBots();
    const before = store.getState().game!;
    store.getState().timeUp();
    const after = store.getState().game!;
    const step = after.history[after.history.length - 1]!;
    expect(step.index).toBe(before.flow.step.index);
    expect(step.faults.map(([seat]) => after.actors[seat]!.id).sort()).toEqual(['rus', 'usa']);
    // The bots decided as they would have: their sheets are those of an all-bot step from the same state.
    const bots = step.seats.filter((seat) => after.seats[seat] !== 'human');
    expect(bots.length).toBeGreaterThan(0);
    expect(store.getState().perspective).toEqual({ kind: 'public' });
  });
});
