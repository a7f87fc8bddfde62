/**
 * A class from its first minute to its last: the step timers wait until every team has joined (or
 * the facilitator starts them), journaled so a restart keeps it; a rollback tells every seat and
 * the projector where the game went back to, and a fork's teams are told what their game is; the
 * console downloads a save file the hot-seat client opens; "To the end" lets bots stand in for
 * every team and plays the game to its end; the facilitator learns the addresses the class can
 * reach. Each new message refused in one line when it comes from the wrong hands or malformed.
 */
import { describe, expect, it } from 'vitest';
import { isOver, replayRecordOf, restoreGame } from '@geneva/engine';
import {
  type ClockMessage,
  type CreatedMessage,
  type ErrorMessage,
  type JoinedMessage,
  type NoticeMessage,
  type OverviewMessage,
  type RunningServer,
  type SaveMessage,
  type ViewMessage,
  type WatchLinkMessage,
} from '../src/index.js';
import { linkBase, reachableAddresses } from '../src/net/addresses.js';
import { addressLines } from '../src/cli/main.js';
import { TestClient } from './support/client.js';
import { scratchServer } from './support/scratch-server.js';
import { scriptedSheet } from './support/sheets.js';

describe('a class from start to end', () => {
  const scratch = scratchServer();
  let server: RunningServer;

  async function newGame(timer?: object): Promise<{ facilitator: TestClient; created: CreatedMessage; token: string }> {
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 8, humans: ['usa', 'rus'], ...(timer ? { timer } : {}) });
    expect(created.type).toBe('created');
    return { facilitator, created, token: created.facilitatorToken };
  }

  async function joinSeat(code: string): Promise<TestClient> {
    const client = await TestClient.open(server.url);
    expect(await client.request({ type: 'join', code })).toMatchObject({ type: 'joined' });
    return client;
  }

  it('starts the step timers only when every team has joined, and a restart keeps them waiting', async () => {
    server = await scratch.start();
    const { facilitator, created } = await newGame({ seconds: 600 });
    const room = server.registry.room(created.gameId)!;
    expect(room.timer.deadline).toBeNull();
    const usa = await joinSeat(created.seats[0]!.code);
    const clock = await usa.next((m): m is ClockMessage => m.type === 'clock');
    expect(clock).toMatchObject({ deadline: null, waitingFor: ['rus'] });
    const overview = await facilitator.next((m): m is OverviewMessage => m.type === 'overview' && m.waitingFor.length === 1);
    expect(overview).toMatchObject({ deadline: null, waitingFor: ['rus'] });

    // A restart while waiting: the journal says who has joined, and the clock still waits.
    facilitator.close();
    usa.close();
    await server.close();
    server = await scratch.start();
    const rebuilt = server.registry.room(created.gameId)!;
    expect(rebuilt.waitingFor).toEqual(['rus']);
    expect(rebuilt.timer.deadline).toBeNull();

    const joinedAt = Date.now();
    const rus = await joinSeat(created.seats[1]!.code);
    const running = await rus.next((m): m is ClockMessage => m.type === 'clock' && m.deadline !== null);
    expect(running.waitingFor).toEqual([]);
    // The step's whole time starts when the last team arrives, not at the creation.
    expect(running.deadline! - joinedAt).toBeGreaterThanOrEqual(600_000 - 50);
    rus.close();
  });

  it('lets the facilitator start the timers without a team, and refuses it from a seat or twice', async () => {
    const { facilitator, created, token } = await newGame({ seconds: 600 });
    const usa = await joinSeat(created.seats[0]!.code);
    const usaToken = ((usa.messages.find((m) => m.type === 'joined') as JoinedMessage).token);
    expect(await usa.request<ErrorMessage>({ type: 'start', token: usaToken })).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(await facilitator.request<ErrorMessage>({ type: 'start', token, now: true })).toMatchObject({ type: 'error', code: 'invalid' });
    expect(await facilitator.request({ type: 'start', token })).toMatchObject({ type: 'accepted', what: 'start' });
    expect(server.registry.room(created.gameId)!.timer.deadline).not.toBeNull();
    const again = await facilitator.request<ErrorMessage>({ type: 'start', token });
    expect(again).toMatchObject({ type: 'error', code: 'invalid' });
    expect(again.message.split('\n')).toHaveLength(1);
    usa.close();
    facilitator.close();
  });

  it('tells every seat and the projector where a rollback took the game, and a fork its teams', async () => {
    const { facilitator, created, token } = await newGame();
    const usa = await joinSeat(created.seats[0]!.code);
    const usaToken = (usa.messages.find((m) => m.type === 'joined') as JoinedMessage).token;
    const rus = await joinSeat(created.seats[1]!.code);
    const rusToken = (rus.messages.find((m) => m.type === 'joined') as JoinedMessage).token;
    const link = await facilitator.request<WatchLinkMessage>({ type: 'watch-link', token });
    const projector = await TestClient.open(server.url);
    await projector.request({ type: 'join', token: link.token });
    const room = server.registry.room(created.gameId)!;
    const first = room.step;
    // Both teams decide the first step, so the game moves on.
    for (const [client, seatToken] of [[usa, usaToken], [rus, rusToken]] as const) {
      const view = await client.next((m): m is ViewMessage => m.type === 'view' && m.request !== null);
      expect(await client.request({ type: 'submit', token: seatToken, step: view.step, sheet: scriptedSheet(view.view, view.request!) })).toMatchObject({ type: 'accepted' });
    }
    expect(room.step).toBeGreaterThan(first);
    expect(usa.messages.some((m) => m.type === 'notice')).toBe(false);

    expect(await facilitator.request({ type: 'rollback', token, step: first })).toMatchObject({ type: 'accepted', what: 'rollback' });
    for (const client of [usa, rus, projector]) {
      const notice = await client.next((m): m is NoticeMessage => m.type === 'notice');
      expect(notice.notice).toMatchObject({ kind: 'rollback', step: first, phase: room.state.flow.phase, round: room.state.flow.round });
    }
    // A device joining later at that step is told too.
    const late = await TestClient.open(server.url);
    await late.request({ type: 'join', token: usaToken });
    expect(await late.next((m): m is NoticeMessage => m.type === 'notice')).toMatchObject({ notice: { kind: 'rollback', step: first } });

    const fork = await facilitator.request<CreatedMessage>({ type: 'fork', token, step: first });
    const forkTeam = await joinSeat(fork.seats[0]!.code);
    expect(await forkTeam.next((m): m is NoticeMessage => m.type === 'notice')).toMatchObject({ notice: { kind: 'fork', forkOf: created.gameId, step: first } });
    for (const c of [usa, rus, projector, late, forkTeam, facilitator]) c.close();
  });

  it('gives the facilitator a save file the hot-seat client opens, and no one else', async () => {
    const { facilitator, created, token } = await newGame();
    const save = await facilitator.request<SaveMessage>({ type: 'save', token });
    expect(save).toMatchObject({ type: 'save', gameId: created.gameId });
    const restored = restoreGame(save.text);
    expect(restored.ok && restored.state.flow.step.index).toBe(server.registry.room(created.gameId)!.step);
    const usa = await joinSeat(created.seats[0]!.code);
    const usaToken = (usa.messages.find((m) => m.type === 'joined') as JoinedMessage).token;
    expect(await usa.request<ErrorMessage>({ type: 'save', token: usaToken })).toMatchObject({ type: 'error', code: 'forbidden' });
    usa.close();
    facilitator.close();
  });

  it('plays to the end with bots standing in for every team, journaled so a restart finds the same end', async () => {
    const { facilitator, created, token } = await newGame({ seconds: 600 });
    expect(await facilitator.request({ type: 'pause', token })).toMatchObject({ type: 'accepted' });
    const usa = await joinSeat(created.seats[0]!.code);
    const usaToken = (usa.messages.find((m) => m.type === 'joined') as JoinedMessage).token;
    expect(await usa.request<ErrorMessage>({ type: 'finish', token: usaToken })).toMatchObject({ code: 'forbidden' });
    expect(await facilitator.request({ type: 'finish', token })).toMatchObject({ type: 'accepted', what: 'finish' });
    // The stand-ins play the rest in the engine thread, off the event loop: the end arrives as a view.
    expect(await usa.next((m): m is ViewMessage => m.type === 'view' && m.view.phase === 'concluded')).toBeTruthy();
    const room = server.registry.room(created.gameId)!;
    expect(isOver(room.state)).toBe(true);
    expect(room.timer.deadline).toBeNull();
    const record = replayRecordOf(room.state);
    // Every team's sheet from then on was a stand-in's.
    expect(new Set(record.steps.flatMap((s) => s.standIns ?? []))).toEqual(new Set(['usa', 'rus']));
    expect(await facilitator.request<ErrorMessage>({ type: 'finish', token })).toMatchObject({ code: 'game-over' });

    const steps = JSON.stringify(record.steps);
    usa.close();
    facilitator.close();
    await server.close();
    server = await scratch.start();
    expect(JSON.stringify(replayRecordOf(server.registry.room(created.gameId)!.state).steps)).toBe(steps);
  });

  it('tells the console the addresses the class can reach', async () => {
    const { facilitator, token } = await newGame();
    const console_ = await TestClient.open(server.url);
    const joined = await console_.request<JoinedMessage>({ type: 'join', token });
    expect(joined).toMatchObject({ role: 'facilitator', addresses: [server.url], loopbackOnly: true });
    console_.close();
    facilitator.close();
  });
});

describe('the addresses students can reach', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
    eth0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
      { address: 'fe80::1', family: 'IPv6', internal: false, netmask: 'ffff::', mac: '', cidr: null, scopeid: 1 },
    ],
    wlan0: [{ address: '10.0.0.5', family: 'IPv4', internal: false, netmask: '255.0.0.0', mac: '', cidr: null }],
  } as const;

  it('lists every non-internal IPv4 on 0.0.0.0, and only the bound address otherwise', () => {
    expect(reachableAddresses('0.0.0.0', 8080, interfaces as never)).toEqual(['http://192.168.1.20:8080', 'http://10.0.0.5:8080']);
    expect(reachableAddresses('127.0.0.1', 8080, interfaces as never)).toEqual(['http://127.0.0.1:8080']);
    expect(reachableAddresses('0.0.0.0', 8080, { lo: interfaces.lo } as never)).toEqual(['http://127.0.0.1:8080']);
  });

  it('builds links on a reachable address when the teacher opened the page at 127.0.0.1', () => {
    const lan = ['http://192.168.1.20:8080'];
    expect(linkBase('http://127.0.0.1:8080', lan)).toBe('http://192.168.1.20:8080');
    expect(linkBase('http://localhost:8080', lan)).toBe('http://192.168.1.20:8080');
    expect(linkBase('http://10.0.0.5:8080', lan)).toBe('http://10.0.0.5:8080');
    expect(linkBase('http://127.0.0.1:8080', ['http://127.0.0.1:8080'])).toBe('http://127.0.0.1:8080');
  });

  it('prints what the teacher gives the students, or says nobody else can connect', () => {
    expect(addressLines(['http://192.168.1.20:8080'])).toContain('http://192.168.1.20:8080/join');
    expect(addressLines(['http://127.0.0.1:8080'])).toMatch(/^Only this computer can connect.*--host 0\.0\.0\.0/);
  });
});
