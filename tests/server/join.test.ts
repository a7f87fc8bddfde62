/**
 * A networked class's doors, in a real browser: a student given the server's bare address finds the
 * link to the join page, types a wrong code (a sentence says so), then the right one, and lands on
 * the team's screen, which says it waits for the other team to join; when the facilitator reissues
 * the team's code, that device clears the seat's sheet, brief and table at once and says how to
 * rejoin. The console builds the links on an address the class can reach, says the timers wait for
 * the teams, downloads the replay and a save, plays the game "To the end" after a confirmation,
 * and opens the debrief on its outcome.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { restoreGame } from '@geneva/engine';
import { RESULTS } from '../client/support/page.js';
import { Client, servedClass, type ServedClass, type ServerProcess } from './support.js';

const wait = { timeout: 20_000 };
let served: ServedClass | undefined;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  served = await servedClass('geneva-join-');
  ({ server, browser } = served);
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await served?.close();
});

interface Created {
  gameId: string;
  facilitatorToken: string;
  seats: { seat: string; name: string; code: string; token: string; link: string }[];
}

/** A class of two teams (the United States and Russia), created over the HTTP API. */
async function createClass(): Promise<Created> {
  const answer = await fetch(`${server.url}/api/games`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'us-russia-bilateral', seed: 3, humans: ['usa', 'rus'], timer: { seconds: 600 } }) });
  expect(answer.status).toBe(201);
  return (await answer.json()) as Created;
}

/** A page that records console errors into `errors`. */
async function newPage(errors: string[], name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  return page;
}

describe('the doors of a networked class', () => {
  it('takes a student from the bare address to the join page, refuses a wrong code in a sentence, and joins the seat', async () => {
    const errors: string[] = [];
    const created = await createClass();
    const usa = created.seats.find((s) => s.seat === 'usa')!;
    const student = await newPage(errors, 'student');
    await student.goto(server.url);
    await student.getByTestId('join-offer-link').waitFor(wait);
    await student.screenshot({ path: `${RESULTS}server-bare-address.png` });
    await student.getByTestId('join-offer-link').click();
    await student.getByTestId('join-screen').waitFor(wait);
    expect(new URL(student.url()).pathname).toBe('/join');

    await student.getByTestId('join-code').fill('ZZZZZ-ZZZZZ');
    await student.getByTestId('join-button').click();
    const problem = student.getByTestId('join-problem');
    await problem.filter({ hasText: 'No team’s seat has the code ZZZZZ-ZZZZZ' }).waitFor(wait);
    await student.screenshot({ path: `${RESULTS}server-join-wrong-code.png` });
    await student.getByTestId('join-code').fill('hi');
    await student.getByTestId('join-button').click();
    await problem.filter({ hasText: 'That is not a join code' }).waitFor(wait);

    await student.getByTestId('join-code').fill(usa.code.toLowerCase());
    await student.getByTestId('join-button').click();
    await student.getByTestId('where').filter({ hasText: 'United States' }).waitFor(wait);
    await student.getByTestId('sheet-form').waitFor(wait);
    // The other team has not joined: the clock waits, and the screen says so in words.
    await student.getByTestId('clock').filter({ hasText: 'Waiting for the other teams to join (Russia)' }).waitFor(wait);
    await student.screenshot({ path: `${RESULTS}server-join-seat.png` });

    // The old ?join=CODE links still work.
    const linked = await newPage(errors, 'linked');
    await linked.goto(created.seats.find((s) => s.seat === 'rus')!.link.replace(/^http:\/\/[^/]+/, server.url));
    await linked.getByTestId('where').filter({ hasText: 'Russia' }).waitFor(wait);
    // Every team is in: the step timer runs.
    await student.getByTestId('clock').filter({ hasText: /s left in this step/ }).waitFor(wait);
    expect(errors).toEqual([]);
    await student.context().close();
    await linked.context().close();
  });

  it('clears a device whose code was reissued at once, and says how to rejoin', async () => {
    const errors: string[] = [];
    const created = await createClass();
    const usa = created.seats.find((s) => s.seat === 'usa')!;
    const student = await newPage(errors, 'student');
    await student.goto(`${server.url}/join`);
    await student.getByTestId('join-code').fill(usa.code);
    await student.getByTestId('join-button').click();
    await student.getByTestId('sheet-form').waitFor(wait);
    expect(await student.locator('#side').innerText()).toContain('United States');

    const facilitator = await Client.open(server.url);
    const reissued = await facilitator.request({ type: 'reissue', token: created.facilitatorToken, seat: 'usa' });
    expect(reissued['type']).toBe('reissued');
    await student.getByTestId('seat-revoked').waitFor(wait);
    expect(await student.getByTestId('seat-revoked').innerText()).toMatch(/no longer holds United States’s seat.*\n*.*To rejoin.*\/join/s);
    expect(await student.getByTestId('sheet-form').count()).toBe(0);
    const side = await student.locator('#side').innerText();
    expect(side).not.toMatch(/brief|Submit/i);
    expect(await student.locator('#stage').isHidden()).toBe(true);
    await student.screenshot({ path: `${RESULTS}server-seat-reissued.png` });

    // A reload with the old code: still no seat, the same way back.
    await student.reload();
    await student.getByTestId('seat-revoked').filter({ hasText: 'does not open a seat' }).waitFor(wait);
    facilitator.close();
    expect(errors).toEqual([]);
    await student.context().close();
  });

  it('gives the console reachable links, the waiting teams, the files, To the end and a debrief open on its outcome', async () => {
    const errors: string[] = [];
    const created = await createClass();
    const teacher = await newPage(errors, 'console');
    await teacher.goto(server.url);
    await teacher.evaluate((c) => {
      const seats = c.seats.map(({ seat, name, code, link }) => ({ seat, name, code, link }));
      localStorage.setItem(`geneva.console.${c.gameId}`, JSON.stringify({ gameId: c.gameId, facilitatorToken: c.facilitatorToken, seats }));
    }, created);
    await teacher.goto(`${server.url}/?console=${created.gameId}`);
    await teacher.getByTestId('console-waiting').filter({ hasText: 'Still to join: United States, Russia' }).waitFor(wait);
    // Bound to 127.0.0.1, the server says so: no student's laptop can reach it.
    await teacher.getByTestId('console-loopback').waitFor({ state: 'visible', ...wait });
    expect(await teacher.getByTestId('console-join-page').innerText()).toContain(`${server.url}/join`);
    expect(await teacher.getByTestId('join-link-usa').getAttribute('href')).toMatch(new RegExp(`^${server.url}/\\?join=`));
    await teacher.screenshot({ path: `${RESULTS}server-console-waiting.png`, fullPage: true });

    const [save] = await Promise.all([teacher.waitForEvent('download'), teacher.getByTestId('download-save').click()]);
    const restored = restoreGame(readFileSync((await save.path())!, 'utf8'));
    expect(restored.ok).toBe(true);
    const [replay] = await Promise.all([teacher.waitForEvent('download'), teacher.getByTestId('download-replay').click()]);
    expect(JSON.parse(readFileSync((await replay.path())!, 'utf8'))).toHaveProperty('steps');
    expect(replay.suggestedFilename()).toBe(`geneva-${created.gameId}.replay.json`);

    const dialogs: string[] = [];
    teacher.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await teacher.getByTestId('console-to-the-end').click();
    expect(dialogs[0]).toMatch(/Bots stand in for every team/);
    const debrief = teacher.getByTestId('console-debrief');
    await expect.poll(() => debrief.isEnabled(), wait).toBe(true);
    await debrief.click();
    const outcome = teacher.getByTestId('debrief-outcome-section');
    await outcome.waitFor(wait);
    await expect.poll(() => teacher.evaluate('document.activeElement?.dataset.testid'), wait).toBe('debrief-outcome-section');
    const box = (await outcome.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(768);
    await teacher.screenshot({ path: `${RESULTS}server-debrief-outcome.png` });
    expect(errors).toEqual([]);
    await teacher.context().close();
  });
});
