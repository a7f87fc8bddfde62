/**
 * The facilitator's controls: the step timer forces a step (absent seats get the safe default and a
 * fault), a pause freezes sheets, bots and the timer, and a bot stands in for an absent team and
 * hands the seat back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayRecordOf } from '@geneva/engine';
import { startServer, type ClockMessage, type CreatedMessage, type OverviewMessage, type RunningServer, type ViewMessage } from '../src/index.js';
import { MIN_STEP_SECONDS_ENV } from '../src/games/timer-floor.js';
import { TestClient } from './support/client.js';
import { scriptedSheet } from './support/sheets.js';

describe('facilitator controls', () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    // These steps time out in a fraction of a second: the floor lowered the way documented for tests.
    process.env[MIN_STEP_SECONDS_ENV] = '0.1';
    dir = mkdtempSync(join(tmpdir(), 'geneva-server-'));
    server = await startServer({ dataDir: dir, port: 0, log: () => {} });
  });
  afterAll(async () => {
    delete process.env[MIN_STEP_SECONDS_ENV];
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function newGame(timer?: object): Promise<{ facilitator: TestClient; created: CreatedMessage }> {
    const facilitator = await TestClient.open(server.url);
    const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed: 8, humans: ['usa', 'rus'], ...(timer ? { timer } : {}) });
    expect(created.type).toBe('created');
    return { facilitator, created };
  }

  it('forces the step when its timer runs out, recording a fault for the silent seats', async () => {
    const { facilitator, created } = await newGame({ seconds: 0.3 });
    // No team joins: the facilitator starts the clock without them.
    expect(await facilitator.request({ type: 'start', token: created.facilitatorToken })).toMatchObject({ type: 'accepted', what: 'start' });
    const room = server.registry.room(created.gameId)!;
    const step = room.step;
    const overview = (await facilitator.next((m) => m.type === 'overview' && m.step > step, 10_000)) as OverviewMessage;
    expect(overview.faults).toMatchObject({ usa: 1, rus: 1 });
    facilitator.close();
  });

  it('stops bots, sheets and the timer while paused', async () => {
    const { facilitator, created } = await newGame({ seconds: 0.4 });
    const token = created.facilitatorToken;
    expect(await facilitator.request({ type: 'start', token })).toMatchObject({ type: 'accepted', what: 'start' });
    expect(await facilitator.request({ type: 'pause', token })).toMatchObject({ type: 'accepted', what: 'pause' });
    const room = server.registry.room(created.gameId)!;
    const frozen = room.state;
    const usa = await TestClient.open(server.url);
    const usaToken = created.seats[0]!.token;
    await usa.request({ type: 'join', token: usaToken });
    const view = (await usa.next((m) => m.type === 'view')) as ViewMessage;
    expect(((await usa.next((m) => m.type === 'clock')) as ClockMessage).paused).toBe(true);
    expect(await usa.request({ type: 'submit', token: usaToken, step: view.step, sheet: scriptedSheet(view.view, view.request!) })).toMatchObject({ code: 'paused' });
    // Longer than the timer: a running timer would have forced the step by now.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(room.state).toBe(frozen);
    expect(await facilitator.request({ type: 'resume', token })).toMatchObject({ type: 'accepted', what: 'resume' });
    await facilitator.next((m) => m.type === 'overview' && m.step > view.step, 10_000);
    usa.close();
    facilitator.close();
  });

  it('lets a bot stand in for an absent team, and hands the seat back', async () => {
    const { facilitator, created } = await newGame();
    const token = created.facilitatorToken;
    const rus = created.seats.find((s) => s.seat === 'rus')!;
    const usa = created.seats.find((s) => s.seat === 'usa')!;
    const room = server.registry.room(created.gameId)!;
    expect(await facilitator.request({ type: 'replace', token, seat: 'rus', by: 'bot' })).toMatchObject({ type: 'accepted' });
    const overview = facilitator.messages.filter((m): m is OverviewMessage => m.type === 'overview').at(-1)!;
    expect(overview.seats.find((s) => s.id === 'rus')).toMatchObject({ control: 'stand-in', status: 'decided' });
    // The team cannot act while its stand-in plays; usa's sheet alone now completes the step.
    const client = await TestClient.open(server.url);
    await client.request({ type: 'join', token: rus.token });
    const view = (await client.next((m) => m.type === 'view')) as ViewMessage;
    expect(view.request).toBeNull();
    const usaClient = await TestClient.open(server.url);
    await usaClient.request({ type: 'join', token: usa.token });
    const usaView = (await usaClient.next((m) => m.type === 'view')) as ViewMessage;
    const step = room.step;
    expect(await usaClient.request({ type: 'submit', token: usa.token, step, sheet: scriptedSheet(usaView.view, usaView.request!) })).toMatchObject({ type: 'accepted' });
    expect(room.step).toBeGreaterThan(step);
    // The game's record marks rus's sheet of that step as the stand-in's, for the debrief.
    expect(replayRecordOf(room.state).steps.find((s) => s.step === step)?.standIns).toEqual(['rus']);
    expect(await facilitator.request({ type: 'replace', token, seat: 'rus', by: 'human' })).toMatchObject({ type: 'accepted' });
    expect(await facilitator.request({ type: 'replace', token, seat: 'rus', by: 'human' })).toMatchObject({ code: 'invalid' });
    expect(await facilitator.request({ type: 'replace', token, seat: 'gbr', by: 'bot' })).toMatchObject({ code: 'bad-seats' });
    // The stand-in had already answered this step for rus; from the next step on, rus decides again.
    const usaNext = (await usaClient.next((m) => m.type === 'view' && m.request !== null)) as ViewMessage;
    await usaClient.request({ type: 'submit', token: usa.token, step: usaNext.step, sheet: scriptedSheet(usaNext.view, usaNext.request!) });
    const back = (await client.next((m) => m.type === 'view' && m.request !== null)) as ViewMessage;
    expect(back.request?.actor).toBe('rus');
    for (const c of [client, usaClient, facilitator]) c.close();
  });

  it('lets a bot stand in for a team whose devices are away past timer.absent, and hands the seat back when it returns', async () => {
    const { facilitator, created } = await newGame({ absent: 0.3 });
    const usa = created.seats.find((s) => s.seat === 'usa')!;
    const rus = created.seats.find((s) => s.seat === 'rus')!;
    const room = server.registry.room(created.gameId)!;
    const controlOf = (seat: string) => facilitator.messages.filter((m): m is OverviewMessage => m.type === 'overview').at(-1)!.seats.find((s) => s.id === seat)!.control;
    // rus never joined: no countdown for a seat nobody has taken yet.
    const team = await TestClient.open(server.url);
    await team.request({ type: 'join', token: usa.token });
    await team.next((m) => m.type === 'view');
    team.close();
    await facilitator.next((m) => m.type === 'overview' && m.seats.some((s) => s.id === 'usa' && s.control === 'stand-in'), 5000);
    expect(controlOf('rus')).toBe('human');
    const usaSeat = room.state.actors.findIndex((a) => a.id === 'usa');
    expect(room.awayStandIns.has(usaSeat)).toBe(true);
    // The team is back (a reload): the seat is its own again.
    const back = await TestClient.open(server.url);
    await back.request({ type: 'join', token: usa.token });
    await facilitator.next((m) => m.type === 'overview' && m.seats.some((s) => s.id === 'usa' && s.control === 'human'), 5000);
    expect(room.awayStandIns.has(usaSeat)).toBe(false);
    // A stand-in the facilitator chose is not handed back by a join: that is the facilitator's call.
    expect(await facilitator.request({ type: 'replace', token: created.facilitatorToken, seat: 'rus', by: 'bot' })).toMatchObject({ type: 'accepted' });
    const rusClient = await TestClient.open(server.url);
    await rusClient.request({ type: 'join', token: rus.token });
    await rusClient.next((m) => m.type === 'view');
    expect(controlOf('rus')).toBe('stand-in');
    for (const c of [back, rusClient, facilitator]) c.close();
  });
});
