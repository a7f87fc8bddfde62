/**
 * The facilitator's class controls over the wire: triggering a scheduled event early, rolling the
 * game back to an earlier step, forking a new game from one, and changing the step timers; each
 * journaled, so a restarted server rebuilds the very same games (and keeps the step's deadline).
 */
import { describe, expect, it } from 'vitest';
import { publicViewOf, saveGame } from '@geneva/engine';
import {
  type CreatedMessage,
  type ErrorMessage,
  type JoinedMessage,
  type OverviewMessage,
  type PublicMessage,
  type ReissuedMessage,
  type WatchLinkMessage,
  type RunningServer,
  type ViewMessage,
} from '../src/index.js';
import { TestClient } from './support/client.js';
import { scratchServer } from './support/scratch-server.js';
import { playSeat, shippedScenario } from './support/game.js';
import { scriptedSheet } from './support/sheets.js';

const scenario = shippedScenario('rsa-2017');
const MASS_EVENT = scenario.events.findIndex((e) => e.kind === 'mass-event');

describe('class controls', () => {
  const scratch = scratchServer();
  let server: RunningServer;

  async function newGame(humans = ['usa', 'rus']): Promise<{ facilitator: TestClient; created: CreatedMessage; token: string }> {
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 8, humans });
    expect(created.type).toBe('created');
    return { facilitator, created, token: created.facilitatorToken };
  }

  /** A team's client joined to its seat (its first view left unread, for playSeat). */
  async function joined(token: string): Promise<{ client: TestClient }> {
    const client = await TestClient.open(server.url);
    await client.request({ type: 'join', token });
    return { client };
  }

  it('triggers a scheduled event at once for every screen, once only', async () => {
    server = await scratch.start();
    const { facilitator, created, token } = await newGame();
    const usa = await joined(created.seats[0]!.token);
    const step = server.registry.room(created.gameId)!.step;
    const overview = (await facilitator.next((m) => m.type === 'overview')) as OverviewMessage;
    expect(overview.events[MASS_EVENT]).toMatchObject({ index: MASS_EVENT, kind: 'mass-event', round: 3, status: 'due' });

    expect(await facilitator.request({ type: 'inject', token, step, event: MASS_EVENT })).toMatchObject({ type: 'accepted', what: 'inject', step });
    const seen = (await usa.client.next((m) => m.type === 'view' && m.view.public.log.some((e) => e.type === 'mass-event'))) as ViewMessage;
    expect(seen.step).toBe(step);
    expect(seen.request).not.toBeNull(); // still to decide, now knowing of the event
    const after = (await facilitator.next((m) => m.type === 'overview' && m.events[MASS_EVENT]?.status === 'triggered')) as OverviewMessage;
    expect(after.step).toBe(step);

    expect(await facilitator.request<ErrorMessage>({ type: 'inject', token, step, event: MASS_EVENT })).toMatchObject({ code: 'bad-event', message: expect.stringContaining('already been triggered') });
    expect(await facilitator.request<ErrorMessage>({ type: 'inject', token, step: step + 1, event: 0 })).toMatchObject({ code: 'stale-step' });
    expect(await usa.client.request<ErrorMessage>({ type: 'inject', token: created.seats[0]!.token, step, event: 0 })).toMatchObject({ code: 'forbidden' });
    usa.client.close();
    facilitator.close();
  });

  it('rolls back to an earlier step: the game is what it was then, every screen goes back, and play goes on', async () => {
    const { facilitator, created, token } = await newGame();
    const room = server.registry.room(created.gameId)!;
    const firstStep = room.step;
    const atFirst = saveGame(room.state);
    const [usa, rus] = [await joined(created.seats[0]!.token), await joined(created.seats[1]!.token)];
    await Promise.all([playSeat(usa.client, created.seats[0]!.token, undefined, firstStep + 3), playSeat(rus.client, created.seats[1]!.token, undefined, firstStep + 3)]);
    expect(room.step).toBeGreaterThanOrEqual(firstStep + 3);

    expect(await facilitator.request<ErrorMessage>({ type: 'rollback', token, step: room.step + 5 })).toMatchObject({ code: 'bad-step' });
    expect(await facilitator.request({ type: 'rollback', token, step: firstStep })).toMatchObject({ type: 'accepted', what: 'rollback' });
    expect(saveGame(room.state)).toBe(atFirst);
    // Views of steps already played may still be unread: the one after the rollback asks again.
    const back = (await usa.client.next((m) => m.type === 'view' && m.step === firstStep && m.request !== null)) as ViewMessage;
    expect(back.view.step).toBe(firstStep);
    const overview = (await facilitator.next((m) => m.type === 'overview' && m.step === firstStep)) as OverviewMessage;
    expect(overview.steps.at(-1)).toMatchObject({ step: firstStep, human: true });

    // The teams play the step again: the game goes on.
    const usaAgain = { type: 'submit', token: created.seats[0]!.token, step: firstStep, sheet: scriptedSheet(back.view, back.request!) };
    expect(await usa.client.request(usaAgain)).toMatchObject({ type: 'accepted' });
    await playSeat(rus.client, created.seats[1]!.token, undefined, firstStep + 1);
    await facilitator.next((m) => m.type === 'overview' && m.step > firstStep);
    for (const c of [usa.client, rus.client, facilitator]) c.close();
  });

  it('forks a new game from an earlier step, paused, with its own codes, leaving the original as it is', async () => {
    const { facilitator, created, token } = await newGame();
    const room = server.registry.room(created.gameId)!;
    const firstStep = room.step;
    const atFirst = saveGame(room.state);
    const usa = await joined(created.seats[0]!.token);
    const rus = await joined(created.seats[1]!.token);
    await Promise.all([playSeat(usa.client, created.seats[0]!.token, undefined, firstStep + 2), playSeat(rus.client, created.seats[1]!.token, undefined, firstStep + 2)]);
    const original = saveGame(room.state);

    const fork = await facilitator.request<CreatedMessage>({ type: 'fork', token, step: firstStep });
    expect(fork).toMatchObject({ type: 'created', forkOf: { gameId: created.gameId, step: firstStep } });
    expect(fork.gameId).not.toBe(created.gameId);
    expect(fork.seats.map((s) => s.seat)).toEqual(['usa', 'rus']);
    expect(fork.seats[0]!.code).not.toBe(created.seats[0]!.code);
    const forked = server.registry.room(fork.gameId)!;
    expect(forked.paused).toBe(true);
    expect(saveGame(forked.state)).toBe(atFirst);
    expect(saveGame(room.state)).toBe(original);
    // The fork's codes open the fork; its first view is the step forked at, still to decide.
    const team = await TestClient.open(server.url);
    expect(await team.request({ type: 'join', code: fork.seats[0]!.code })).toMatchObject({ type: 'joined', gameId: fork.gameId, seat: 'usa' });
    const first = (await team.next((m) => m.type === 'view')) as ViewMessage;
    expect(first).toMatchObject({ step: firstStep, request: expect.anything() });
    for (const c of [usa.client, rus.client, team, facilitator]) c.close();
  });

  it('changes the timers from the console, and a restarted server rebuilds every game and keeps the deadline', async () => {
    const { facilitator, created, token } = await newGame(['usa']);
    const room = server.registry.room(created.gameId)!;
    expect(room.timer.deadline).toBeNull();
    expect(await facilitator.request({ type: 'start', token })).toMatchObject({ type: 'accepted', what: 'start' });
    const started = Date.now();
    expect(await facilitator.request({ type: 'timer', token, timer: { seconds: 600, phases: { negotiation: 300 } } })).toMatchObject({ type: 'accepted', what: 'timer' });
    const overview = (await facilitator.next((m) => m.type === 'overview' && m.deadline !== null)) as OverviewMessage;
    expect(overview.timer).toEqual({ seconds: 600, phases: { negotiation: 300 } });
    const seconds = room.state.flow.phase === 'negotiation' ? 300 : 600;
    expect(overview.deadline! - started).toBeGreaterThanOrEqual(seconds * 1000 - 50);
    expect(overview.deadline! - Date.now()).toBeLessThanOrEqual(seconds * 1000);
    expect(await facilitator.request<ErrorMessage>({ type: 'timer', token, timer: { seconds: -1 } })).toMatchObject({ code: 'invalid' });

    const saves = new Map(server.registry.all().map((r) => [r.id, saveGame(r.state)]));
    const deadline = room.timer.deadline!;
    const paused = new Map(server.registry.all().map((r) => [r.id, r.paused]));
    facilitator.close();
    await server.close();
    await new Promise((resolve) => setTimeout(resolve, 300));

    server = await scratch.start();
    expect(server.registry.all()).toHaveLength(saves.size);
    for (const r of server.registry.all()) {
      expect(saveGame(r.state)).toBe(saves.get(r.id));
      expect(r.paused).toBe(paused.get(r.id));
    }
    const rebuilt = server.registry.room(created.gameId)!;
    expect(rebuilt.timerConfig).toEqual({ seconds: 600, phases: { negotiation: 300 } });
    // The step keeps its deadline: the time the server was down counted, nothing was added.
    expect(Math.abs(rebuilt.timer.deadline! - deadline)).toBeLessThan(50);
  });
});

describe('reissuing a seat', () => {
  const scratch = scratchServer();
  let server: RunningServer;

  it("gives a seat a new code and token: the old ones and their sessions stop working, also after a restart", async () => {
    server = await scratch.start();
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 2, humans: ['usa', 'rus'] });
    const [usa, rus] = created.seats;
    // The wrong team got usa's code and joined with it.
    const intruder = await TestClient.open(server.url);
    const session = await intruder.request<JoinedMessage>({ type: 'join', code: usa!.code });
    await intruder.next((m) => m.type === 'view');

    const reissued = await facilitator.request<ReissuedMessage>({ type: 'reissue', token: created.facilitatorToken, seat: 'usa' });
    expect(reissued).toMatchObject({ type: 'reissued', gameId: created.gameId, seat: { seat: 'usa', link: expect.stringContaining('?join=') } });
    expect(reissued.seat.code).not.toBe(usa!.code);
    expect(await intruder.next((m) => m.type === 'error')).toMatchObject({ code: 'revoked', message: expect.stringContaining('new join code') });
    const view = (await (async () => {
      const team = await TestClient.open(server.url);
      await team.request({ type: 'join', code: reissued.seat.code });
      return team.next((m) => m.type === 'view');
    })()) as ViewMessage;
    for (const old of [usa!.token, session.token]) {
      const refused = await intruder.request<ErrorMessage>({ type: 'submit', token: old, step: view.step, sheet: scriptedSheet(view.view, view.request!) });
      expect(refused).toMatchObject({ code: 'unauthorized' });
    }
    expect(await intruder.request({ type: 'join', code: usa!.code })).toMatchObject({ code: 'unauthorized' });
    expect(await facilitator.request({ type: 'reissue', token: created.facilitatorToken, seat: 'chn' })).toMatchObject({ code: 'bad-seats' });
    // rus keeps its code.
    expect(await intruder.request({ type: 'join', code: rus!.code })).toMatchObject({ type: 'joined', seat: 'rus' });

    await server.close();
    server = await scratch.start();
    const after = await TestClient.open(server.url);
    expect(await after.request({ type: 'join', code: usa!.code })).toMatchObject({ code: 'unauthorized' });
    expect(await after.request({ type: 'join', token: session.token })).toMatchObject({ code: 'unauthorized' });
    expect(await after.request({ type: 'join', code: reissued.seat.code })).toMatchObject({ type: 'joined', seat: 'usa' });
    expect(await after.request({ type: 'join', token: reissued.seat.token })).toMatchObject({ type: 'joined', seat: 'usa' });
    expect(await after.request({ type: 'join', code: rus!.code })).toMatchObject({ type: 'joined', seat: 'rus' });
    after.close();
  });
});

describe('watching (a projector)', () => {
  const scratch = scratchServer();
  let server: RunningServer;

  it('shows the public table through a read-only link, and nothing of any seat, for a whole game', async () => {
    server = await scratch.start();
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 6, humans: ['usa', 'rus'] });
    const link = await facilitator.request<WatchLinkMessage>({ type: 'watch-link', token: created.facilitatorToken });
    expect(link).toMatchObject({ type: 'watch-link', gameId: created.gameId, link: expect.stringContaining(`?watch=${link.token}`) });
    const watcher = await TestClient.open(server.url);
    expect(await watcher.request({ type: 'join', token: link.token })).toMatchObject({ type: 'joined', role: 'watcher', gameId: created.gameId });
    const first = (await watcher.next((m) => m.type === 'public')) as PublicMessage;
    expect(first).toMatchObject({ humans: ['usa', 'rus'], awaiting: expect.arrayContaining(['usa', 'rus']), paused: false });

    // A watcher can do nothing but watch.
    expect(await watcher.request({ type: 'pause', token: link.token })).toMatchObject({ code: 'forbidden' });
    expect(await watcher.request({ type: 'submit', token: link.token, step: first.step, sheet: { phase: 'negotiation' } })).toMatchObject({ code: 'forbidden' });

    const teams = await Promise.all(created.seats.map(async (s) => {
      const client = await TestClient.open(server.url);
      await client.request({ type: 'join', token: s.token });
      return { client, token: s.token };
    }));
    // usa and rus talk in private: the watcher must never see it.
    await Promise.all(teams.map((t) => playSeat(t.client, t.token, (view) => (view.phase === 'negotiation' ? [{ to: view.self.id === 'usa' ? ['rus'] : ['usa'], text: `secret-of-${view.self.id}` }] : []))));
    const room = server.registry.room(created.gameId)!;
    const last = (await watcher.next((m) => m.type === 'public' && m.view.phase === 'concluded')) as PublicMessage;
    expect(last.view).toEqual(JSON.parse(JSON.stringify(publicViewOf(room.state))));
    expect(teams[0]!.client.raw.join('\n')).toContain('secret-of-rus'); // the private talk did happen
    const raw = watcher.raw.join('\n');
    for (const forbidden of ['secret-of-usa', 'secret-of-rus', '"me":', '"rng"', '"secret"', '"history"', '"inbox"', '"bodyAlpha"']) expect(raw).not.toContain(forbidden);
    expect(watcher.messages.filter((m) => m.type === 'public').length).toBeGreaterThan(10);

    // The link survives a restart.
    await server.close();
    server = await scratch.start();
    const again = await TestClient.open(server.url);
    expect(await again.request({ type: 'join', token: link.token })).toMatchObject({ type: 'joined', role: 'watcher' });
    for (const c of [facilitator, watcher, again, ...teams.map((t) => t.client)]) c.close();
  });
});

describe('a stand-in, seen from the projector', () => {
  const scratch = scratchServer();

  it('is a public notice: the watchers are told which teams a bot plays for, and when a team is back', async () => {
    const server = await scratch.start();
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 6, humans: ['usa', 'rus'] });
    const token = created.facilitatorToken;
    const link = await facilitator.request<WatchLinkMessage>({ type: 'watch-link', token });
    const watcher = await TestClient.open(server.url);
    await watcher.request({ type: 'join', token: link.token });
    expect(((await watcher.next((m) => m.type === 'public')) as PublicMessage).standIns).toEqual([]);
    expect(await facilitator.request({ type: 'replace', token, seat: 'rus', by: 'bot' })).toMatchObject({ type: 'accepted' });
    const replaced = (await watcher.next((m) => m.type === 'public' && m.standIns.length > 0)) as PublicMessage;
    expect(replaced).toMatchObject({ standIns: ['rus'], humans: ['usa', 'rus'] });
    expect(await facilitator.request({ type: 'replace', token, seat: 'rus', by: 'human' })).toMatchObject({ type: 'accepted' });
    expect(((await watcher.next((m) => m.type === 'public' && m.standIns.length === 0)) as PublicMessage).humans).toEqual(['usa', 'rus']);
    for (const c of [facilitator, watcher]) c.close();
  });
});
