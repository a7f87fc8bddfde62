import { describe, expect, it } from 'vitest';
import { applyDecision, createGame, isOver, pendingRequests, playBots, scheduledEvents, triggerEvent } from '../../src/game/game.js';
import { defaultSheetFor } from '../../src/flow/fallback.js';
import { replay, replayRecordOf } from '../../src/persist/replay.js';
import { restoreGame, saveGame } from '../../src/persist/save.js';
import { viewFor } from '../../src/view/view.js';
import type { GameState } from '../../src/state/types.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('rsa-2017');
const MASS_EVENT = scenario.events.findIndex((e) => e.kind === 'mass-event');
const ELECTION = scenario.events.findIndex((e) => e.kind === 'election-attack');

/** Humans answer with the safe default of their view; bots play the rest. */
function playOn(game: GameState, untilStep = Infinity): GameState {
  let state = playBots(game);
  while (!isOver(state) && state.flow.step.index < untilStep) {
    for (const r of pendingRequests(state)) {
      const result = applyDecision(state, r.seat, defaultSheetFor(viewFor(state, r.seat), r));
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    state = playBots(state);
  }
  return state;
}

const start = () => playBots(createGame(scenario, { seed: 3, seats: { usa: 'human', fra: 'human' } }));

describe('triggerEvent', () => {
  it('applies a scheduled event at once, visibly, and it does not come again at its time', () => {
    const game = start();
    expect(scheduledEvents(game)[MASS_EVENT]!.status).toBe('due');
    const result = triggerEvent(game, MASS_EVENT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fresh = result.state.log.slice(game.log.length).map((e) => e.type);
    expect(fresh).toEqual(['event-triggered', 'mass-event']);
    expect(result.state.world.tally.massEvents).toBe(game.world.tally.massEvents + 1);
    expect(scheduledEvents(result.state)[MASS_EVENT]!.status).toBe('triggered');
    // Every seat sees it, including the human seats still to decide.
    const usa = result.state.actors.findIndex((a) => a.id === 'usa');
    expect(viewFor(result.state, usa).public.log.some((e) => e.type === 'mass-event')).toBe(true);

    const final = playOn(result.state);
    const scheduledMass = final.log.filter((e) => e.type === 'mass-event' && e.text === scenario.events[MASS_EVENT]!.description);
    expect(scheduledMass).toHaveLength(1);
    expect(scheduledMass[0]!.step).toBe(game.flow.step.index);
    // Without the trigger the event comes in its round.
    const untouched = playOn(game).log.filter((e) => e.type === 'mass-event' && e.text === scenario.events[MASS_EVENT]!.description);
    expect(untouched).toHaveLength(1);
    expect(untouched[0]!.round).toBe(scenario.events[MASS_EVENT]!.round);
  });

  it('refuses, changing nothing, an event already triggered or past, an unknown one, or a finished game', () => {
    const game = start();
    const once = triggerEvent(game, ELECTION);
    if (!once.ok) throw new Error(once.error);
    expect(triggerEvent(once.state, ELECTION)).toEqual({ ok: false, error: `scheduled event ${ELECTION} has already been triggered` });
    expect(triggerEvent(game, 99)).toMatchObject({ ok: false, error: expect.stringMatching(/^no scheduled event 99/) });
    expect(triggerEvent(game, 0.5).ok).toBe(false);
    const later = playOn(game, 4);
    expect(later.flow.round).toBeGreaterThanOrEqual(scenario.events[ELECTION]!.round!);
    expect(triggerEvent(later, ELECTION)).toEqual({ ok: false, error: `scheduled event ${ELECTION} has already happened` });
    const over = playOn(game);
    expect(triggerEvent(over, MASS_EVENT)).toEqual({ ok: false, error: 'the game is over' });
  });

  it('is kept by the replay record, by a save, and replays to the same game', () => {
    let game = start();
    game = playOn(game, game.flow.step.index + 1);
    const usa = game.actors.findIndex((a) => a.id === 'usa');
    const usaRequest = pendingRequests(game).find((r) => r.seat === usa);
    // Part of the step answered before the trigger, part after: replay puts the trigger where it
    // takes effect for the resolution.
    if (usaRequest) {
      const answered = applyDecision(game, usa, defaultSheetFor(viewFor(game, usa), usaRequest));
      if (answered.ok) game = answered.state;
    }
    const triggered = triggerEvent(game, MASS_EVENT);
    if (!triggered.ok) throw new Error(triggered.error);
    const restored = restoreGame(saveGame(triggered.state));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.state.flow.step.injected).toEqual([MASS_EVENT]);
    const final = playOn(restored.state);
    expect(final.history.filter((h) => h.injected !== undefined).map((h) => h.injected)).toEqual([[MASS_EVENT]]);

    const record = JSON.parse(JSON.stringify(replayRecordOf(final))) as ReturnType<typeof replayRecordOf>;
    expect(record.steps.filter((s) => s.injected).map((s) => s.injected)).toEqual([[MASS_EVENT]]);
    const again = replay(scenario, record);
    expect(again.ok).toBe(true);
    expect(again.state.world).toEqual(final.world);
    // Dropping the trigger from the record makes the replay go another way.
    const without = { ...record, steps: record.steps.map(({ injected: _dropped, ...s }) => s) };
    expect(replay(scenario, without).ok).toBe(false);
  });
});
