/**
 * A networked class in real browsers: the real server (a child process) serving the client's
 * production build; the facilitator sets a game up in the page and starts it on the server, its
 * console gives the join links, and one browser context per team opens its link. Each team plays the order sheets its page offers (the
 * engine's safe defaults, and one private message) to the end; no page ever shows the other
 * team's brief; a projector opened from the console's watch link shows the public table live (who
 * is still to decide, the pause, the end) and never a brief or the private message; the console
 * pauses and resumes the game and opens the debrief, whose outcome is the engine's with the same
 * decisions; no console error anywhere. A second class exercises the console's controls: step
 * timers set up before the start and changed during play, a scheduled event brought forward (the
 * teams' news shows it), a rollback (both teams' sheets return to the step, the event undone) and
 * a fork (its console, opened from the link the first one offers, shows it paused with its own
 * join links).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { builtinStrategy, defaultSheetFor, defineStrategy, outcomeOf, playGame, type Sheet } from '@geneva/engine';
import { loadScenario } from '../conformance/support.js';
import { RESULTS } from '../client/support/page.js';
import { servedClass, type ServedClass, type ServerProcess } from './support.js';

let served: ServedClass | undefined;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  served = await servedClass('geneva-net-');
  ({ server, browser } = served);
});

afterAll(async () => {
  await served?.close();
});

/** The private message the United States sends Russia with its first sheet (no projector may show it). */
const SECRET = 'Back channel: we can live with 0.4 on backdoors';

/** What each team does: the safe default its page offers, decided from its view alone (and the United States' private message). */
const defaults = defineStrategy({
  id: 'defaults',
  name: 'the page defaults',
  description: 'submits the order sheet as the page offers it',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide: (view, request) => {
    const sheet = defaultSheetFor(view, request);
    return view.self.id === 'usa' && request.step === 0 ? ({ ...sheet, messages: [{ to: ['rus'], text: SECRET }] } as Sheet) : sheet;
  },
});

/**
 * The facilitator sets a class up in the page (us-russia-bilateral, the United States and Russia
 * as teams, `before` for anything else on the set-up screen) and starts it on the server.
 */
async function startClass(facilitator: Page, seed: number, before?: () => Promise<void>): Promise<void> {
  await facilitator.goto(server.url);
  await facilitator.getByTestId('scenario').selectOption('shipped:us-russia-bilateral');
  await facilitator.getByTestId('seed').fill(String(seed));
  await facilitator.locator('select[data-seat="usa"]').selectOption('human');
  await facilitator.locator('select[data-seat="rus"]').selectOption('human');
  await before?.();
  await facilitator.getByTestId('networked').click();
  await facilitator.getByTestId('console').waitFor({ timeout: 15_000 });
}

describe('a networked class', () => {
  it('lets two teams play their seats from their own browsers, each seeing only its own view', async () => {
    // The facilitator sets the game up in the page and starts a networked class.
    const errors: string[] = [];
    const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    facilitator.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    facilitator.on('pageerror', (e) => errors.push(`console: ${e.message}`));
    await startClass(facilitator, 7);
    const gameId = new URL(facilitator.url()).searchParams.get('console')!;
    const created = { gameId, seats: await Promise.all(['usa', 'rus'].map(async (seat) => ({ seat, link: (await facilitator.getByTestId(`join-link-${seat}`).getAttribute('href'))! }))) };
    const wait = { timeout: 15_000 };

    // The projector: the console gives a read-only watch link, and a fourth browser opens it.
    await facilitator.getByTestId('watch-link-button').click();
    const watchAnchor = facilitator.getByTestId('watch-link');
    await watchAnchor.waitFor(wait);
    expect(await watchAnchor.getAttribute('target')).toBe('_blank');
    expect(await facilitator.getByTestId('console-projector').innerText()).toContain('safe to project');
    const watchLink = (await watchAnchor.getAttribute('href'))!;
    expect(watchLink).toMatch(/\/\?watch=/);
    const projector = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    projector.on('console', (m) => m.type() === 'error' && errors.push(`projector: ${m.text()}`));
    projector.on('pageerror', (e) => errors.push(`projector: ${e.message}`));
    await projector.goto(watchLink);
    await projector.getByTestId('watch-screen').waitFor(wait);
    await projector.locator('#stage canvas').waitFor(wait);
    await projector.getByTestId('watch-where').filter({ hasText: /negotiation|drafting/ }).waitFor(wait);
    /** The seats the projector lists as still to decide (sorted ids). */
    const awaitingOf = async () => (await projector.locator('[data-testid="watch-awaiting"] li[data-seat]').evaluateAll((items) => items.map((li) => li.getAttribute('data-seat') ?? ''))).sort().join(',');
    const projectorShowsNothingPrivate = async () => {
      const text = await projector.locator('body').innerText();
      expect(text).not.toContain(SECRET);
      for (const name of ['United States', 'Russia']) expect(text).not.toContain(`${name}: private brief`);
      expect(await projector.getByTestId('sheet-form').count()).toBe(0);
    };
    // A link with a token the server does not know: one line, no table.
    const refused = await projector.context().newPage();
    refused.on('pageerror', (e) => errors.push(`refused projector: ${e.message}`));
    await refused.goto(new URL(`/?watch=${'x'.repeat(32)}`, server.url).href);
    await refused.getByTestId('watch-error').filter({ hasText: 'does not open a game' }).waitFor(wait);
    await refused.close();

    const teams: { seat: string; page: Page; other: string; submitted: number }[] = [];
    for (const { seat, link } of created.seats) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${seat}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${seat}: ${e.message}`));
      await page.goto(link);
      teams.push({ seat, page, other: seat === 'usa' ? 'Russia' : 'United States', submitted: -1 });
    }
    const [usa, rus] = teams as [(typeof teams)[number], (typeof teams)[number]];

    // The drafting step is the United States' alone; it sends Russia a private message with it.
    await expect.poll(awaitingOf, wait).toBe('usa');
    const draft = usa.page.locator('[data-testid="sheet-form"][data-step="0"]');
    await draft.waitFor(wait);
    await usa.page.screenshot({ path: `${RESULTS}server-seat.png` });
    // The optional orders (messages, promises) are folded: unfold them as a team would.
    for (const more of await draft.locator('details.more:not([open]) > summary').all()) await more.click();
    await draft.locator('select[aria-label="message 1: to"]').selectOption({ label: 'Russia' });
    await draft.locator('input[aria-label="message 1: text"]').fill(SECRET);
    await usa.page.getByTestId('submit-sheet').click();
    await draft.waitFor({ ...wait, state: 'detached' });
    usa.submitted = 0;
    let sheets = 1;
    // Round 1: both teams are to decide; once the United States has, only Russia.
    await expect.poll(awaitingOf, wait).toBe('rus,usa');
    await rus.page.getByTestId('private-brief').filter({ hasText: SECRET }).waitFor(wait);
    // Before its first sheet, Russia's digest opens its panel with the United States' private word.
    await rus.page.getByTestId('digest').filter({ hasText: `United States wrote privately to you: “${SECRET}”` }).waitFor(wait);
    expect(await usa.page.getByTestId('digest').innerText()).not.toContain(SECRET);
    const round1 = usa.page.locator('[data-testid="sheet-form"][data-step="1"]');
    await round1.waitFor(wait);
    await usa.page.getByTestId('submit-sheet').click();
    await round1.waitFor({ ...wait, state: 'detached' });
    usa.submitted = 1;
    sheets++;
    await expect.poll(awaitingOf, wait).toBe('rus');
    await projectorShowsNothingPrivate();

    for (let guard = 0; guard < 400; guard++) {
      let over = 0;
      await projectorShowsNothingPrivate();
      for (const team of teams) {
        const body = await team.page.locator('body').innerText();
        // Only its own brief, ever.
        expect(body).not.toContain(`${team.other}: private brief`);
        if ((await team.page.getByTestId('seat-over').count()) > 0) {
          over++;
          continue;
        }
        const form = team.page.getByTestId('sheet-form');
        if ((await form.count()) === 0) continue;
        const step = Number(await form.getAttribute('data-step'));
        if (step <= team.submitted) continue; // the next view is on its way
        const digest = await team.page.getByTestId('digest').innerText();
        // Round 2 (step 2): round 1's public statements by the other seats; round 3: round 2's roll calls.
        if (step === 2) expect(digest).toMatch(/EastWest Institute said publicly: “/);
        if (step === 3) {
          expect(await team.page.locator('[data-testid="digest"] [data-kind="roll-call"]').count()).toBeGreaterThan(0);
          expect(digest).toMatch(/Amendment \d+ by .+: (passed|failed) (with \d+% of the weighted votes|as every state with a vote abstained)\. For: /);
          if (team.seat === 'rus') await team.page.screenshot({ path: `${RESULTS}server-seat-digest.png` });
        }
        await team.page.getByTestId('submit-sheet').click();
        team.submitted = step;
        sheets++;
        if (sheets === 6) {
          // The console sees who has decided; a pause reaches the teams' screens and the projector.
          await facilitator.locator('[data-testid="console-seats"] tr[data-status]').first().waitFor(wait);
          await facilitator.screenshot({ path: `${RESULTS}server-console.png` });
          await projector.screenshot({ path: `${RESULTS}server-projector.png` });
          await facilitator.getByTestId('console-pause').click();
          for (const t of teams) await t.page.getByTestId('clock').filter({ hasText: 'paused' }).waitFor(wait);
          // The notice stays while the game is paused: the clock's second tick once wiped it.
          await new Promise((r) => setTimeout(r, 1_500));
          for (const t of teams) expect(await t.page.getByTestId('clock').textContent()).toContain('The facilitator has paused the game.');
          await projector.getByTestId('watch-where').filter({ hasText: 'PAUSED' }).waitFor(wait);
          await projector.getByTestId('watch-clock').filter({ hasText: 'Paused' }).waitFor(wait);
          await facilitator.getByTestId('console-pause').click();
          for (const t of teams) await expect.poll(() => t.page.getByTestId('clock').textContent(), { timeout: 30_000 }).not.toContain('paused');
          await expect.poll(() => projector.getByTestId('watch-where').textContent(), wait).not.toContain('PAUSED');
        }
      }
      if (over === teams.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(teams.map((t) => t.page.getByTestId('seat-over'))).toHaveLength(2);
    for (const team of teams) expect(await team.page.getByTestId('seat-over').count()).toBe(1);
    expect(sheets).toBeGreaterThan(10);
    // The projector shows the public statements, and follows the game to its end without anything private.
    expect(await projector.getByTestId('watch-news-statements').innerText()).toMatch(/EastWest Institute: “/);
    await projector.getByTestId('watch-over').waitFor(wait);
    await projector.getByTestId('watch-where').filter({ hasText: 'concluded' }).waitFor(wait);
    expect(await awaitingOf()).toBe('');
    await projectorShowsNothingPrivate();
    expect(errors).toEqual([]);

    // The console's debrief: the replay file opens in review, with the outcome of the engine's game.
    await facilitator.getByTestId('console-debrief').click();
    await facilitator.locator('#debrief:not([hidden])').waitFor();
    await facilitator.screenshot({ path: `${RESULTS}server-debrief.png` });
    const scenario = loadScenario('us-russia-bilateral');
    const engine = playGame(scenario, { seed: 7, seats: { usa: 'defaults', rus: 'defaults' }, strategies: (id) => (id === 'defaults' ? defaults : builtinStrategy(id)) });
    const expected = outcomeOf(engine);
    for (const key of ['inForce', 'ratifications', 'incidents', 'civilianHarm'] as const)
      expect(JSON.parse((await facilitator.getByTestId(`outcome-${key}`).getAttribute('data-value'))!), key).toEqual(expected[key]);
    expect(errors).toEqual([]);
  }, 300_000);

  it('lets the facilitator set timers, bring an event forward, roll back, reissue a code and fork from the console', async () => {
    const started = Date.now();
    const errors: string[] = [];
    const contexts: BrowserContext[] = [];
    const watch = (page: Page, who: string) => {
      page.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
    };
    const newPage = async (who: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      contexts.push(context);
      const page = await context.newPage();
      watch(page, who);
      return page;
    };
    const wait = { timeout: 15_000 };
    const facilitator = await newPage('console');
    const dialogs: string[] = [];
    facilitator.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });

    // The set-up: two human teams, ten minutes a step.
    await startClass(facilitator, 11, () => facilitator.getByTestId('setup-timer-seconds').fill('600'));
    const gameId = new URL(facilitator.url()).searchParams.get('console')!;
    const remembered = JSON.parse((await facilitator.evaluate(() => localStorage.getItem('geneva.setup'))) ?? 'null') as { timer?: unknown } | null;
    expect(remembered?.timer).toEqual({ seconds: 600 });
    await facilitator.getByTestId('timers-in-use').filter({ hasText: '600 s a step' }).waitFor(wait);
    expect(await facilitator.getByTestId('console-timer-seconds').inputValue()).toBe('600');
    // No team has joined yet: the step's timer waits for them, and the console says so.
    await facilitator.getByTestId('console-waiting').filter({ hasText: 'Still to join: United States, Russia' }).waitFor(wait);
    await facilitator.getByTestId('console-deadline').filter({ hasText: 'has not started' }).waitFor(wait);

    // New timers from the console: a vote gets a minute and a half.
    await facilitator.getByTestId('console-timer-vote').fill('90');
    await facilitator.getByTestId('set-timers').click();
    await facilitator.getByTestId('timers-in-use').filter({ hasText: '600 s a step; vote 90 s' }).waitFor(wait);

    const links = Object.fromEntries(await Promise.all(['usa', 'rus'].map(async (seat) => [seat, (await facilitator.getByTestId(`join-link-${seat}`).getAttribute('href'))!] as const)));
    const usa = await newPage('usa');
    const rus = await newPage('rus');
    await usa.goto(links['usa']!);
    await rus.goto(links['rus']!);
    const teams = [usa, rus];
    // Every team is in: the step's whole time starts now.
    await facilitator.getByTestId('console-deadline').filter({ hasText: /This step ends in (9|10):\d\d/ }).waitFor(wait);
    expect(await facilitator.getByTestId('console-waiting').isHidden()).toBe(true);
    /** A team hands in the sheet its page offers for `step` and waits until the page has taken it. */
    const submit = async (page: Page, step: number) => {
      const form = page.locator(`[data-testid="sheet-form"][data-step="${step}"]`);
      await form.waitFor(wait);
      await page.getByTestId('submit-sheet').click();
      await form.waitFor({ ...wait, state: 'detached' });
    };
    const consoleAt = (step: number) => facilitator.getByTestId('console-where').filter({ hasText: new RegExp(`· step ${step}\\b`) }).waitFor(wait);

    // Step 0 (drafting) is the United States' alone; in steps 1 and 2 (rounds 1 and 2) both teams decide.
    await submit(usa, 0);
    for (const page of teams) await submit(page, 1);
    await consoleAt(2);

    // The election attack of round 4, brought forward to round 2: every team's news shows it at once.
    const trigger = facilitator.getByTestId('trigger-0');
    await trigger.click();
    await facilitator.locator('tr[data-event="0"][data-status="triggered"]').waitFor(wait);
    expect(dialogs.at(-1)).toMatch(/election-attack \(United States\).*step 2/);
    for (const page of teams) await page.getByTestId('seat-news').filter({ hasText: 'The facilitator brought a scheduled event forward' }).waitFor(wait);
    for (const page of teams) expect(await page.getByTestId('seat-news').innerText()).toContain('An election in United States was attacked');
    await rus.screenshot({ path: `${RESULTS}server-seat-news.png` });
    expect(await facilitator.getByTestId('console-error').textContent()).toBe('');
    for (const page of teams) await submit(page, 2);
    await consoleAt(3);

    // Back to the start of round 1: both teams' sheets are for step 1 again, and the event is due again.
    await facilitator.getByTestId('rewind-step').selectOption('1');
    await facilitator.getByTestId('rollback').click();
    expect(dialogs.at(-1)).toMatch(/Roll this class’s game back to the start of Step 1 · negotiation, round 1/);
    for (const page of teams) await page.locator('[data-testid="sheet-form"][data-step="1"]').waitFor(wait);
    // Every team is told, in words.
    for (const page of teams) await page.getByTestId('seat-notice').filter({ hasText: 'The facilitator rolled the game back to negotiation, round 1: decisions after that were undone.' }).waitFor(wait);
    await usa.screenshot({ path: `${RESULTS}server-seat-rollback-notice.png` });
    await facilitator.locator('tr[data-event="0"][data-status="due"]').waitFor(wait);
    await consoleAt(1);
    await facilitator.screenshot({ path: `${RESULTS}server-console-controls.png`, fullPage: true });
    for (const page of teams) expect(await page.getByTestId('seat-news').innerText()).not.toContain('brought a scheduled event forward');

    // Russia's code reached the wrong team: a new code; the page joined with the old one loses the seat.
    await facilitator.getByTestId('reissue-rus').click();
    expect(dialogs.at(-1)).toMatch(/Give Russia a new join code\?/);
    await rus.getByTestId('seat-revoked').filter({ hasText: 'no longer holds Russia’s seat' }).waitFor(wait);
    expect(await rus.getByTestId('sheet-form').count()).toBe(0);
    await facilitator.getByTestId('console-status').filter({ hasText: 'New join code for Russia' }).waitFor(wait);
    const newLink = (await facilitator.getByTestId('join-link-rus').getAttribute('href'))!;
    expect(newLink).not.toBe(links['rus']);
    const rusAgain = await newPage('rus, new code');
    await rusAgain.goto(newLink);
    await rusAgain.locator('[data-testid="sheet-form"][data-step="1"]').waitFor(wait);
    const stale = await newPage('old rus link');
    await stale.goto(links['rus']!);
    await stale.getByTestId('seat-revoked').filter({ hasText: 'does not open a seat' }).waitFor(wait);

    // A fork from step 1: a new game, paused, with its own codes; this one stays at step 1.
    await facilitator.getByTestId('rewind-step').selectOption('1');
    await facilitator.getByTestId('fork').click();
    expect(dialogs.at(-1)).toMatch(/Fork a new game from the start of Step 1/);
    const forkLink = facilitator.getByTestId('fork-link');
    await forkLink.waitFor(wait);
    const forkId = new URLSearchParams((await forkLink.getAttribute('href'))!.replace(/^\/\?/, '')).get('console')!;
    expect(forkId).not.toBe(gameId);
    expect(await facilitator.getByTestId('console-where').textContent()).toContain(`Game ${gameId} `);
    await forkLink.click();
    await facilitator.waitForURL(`**/?console=${forkId}`, wait);
    await facilitator.getByTestId('console-where').filter({ hasText: /step 1 · PAUSED/ }).waitFor(wait);
    expect(await facilitator.getByTestId('console-fork-of').textContent()).toBe(`Forked from game ${gameId} at step 1.`);
    await facilitator.getByTestId('timers-in-use').filter({ hasText: '600 s a step; vote 90 s' }).waitFor(wait);
    for (const seat of ['usa', 'rus']) {
      const link = (await facilitator.getByTestId(`join-link-${seat}`).getAttribute('href'))!;
      expect(link).toMatch(/\?join=/);
      expect(link).not.toBe(links[seat]);
    }
    // A refusal shows in the console's line: a paused game cannot be forced.
    await facilitator.getByTestId('console-force').click();
    await facilitator.getByTestId('console-error').filter({ hasText: 'paused' }).waitFor(wait);
    expect(errors).toEqual([]);
    for (const context of contexts) await context.close();
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
  it('lets a bot stand in for an absent team, by itself after a dropout or at the facilitator\'s word, hands the seat back, and marks the bot\'s moves in the debrief', async () => {
    const errors: string[] = [];
    const wait = { timeout: 15_000 };
    const open = async (who: string) => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
      return page;
    };
    const facilitator = await open('console');
    // A bot stands in for a team whose devices are all away for a second.
    await startClass(facilitator, 5, () => facilitator.getByTestId('setup-timer-absent').fill('1'));
    await facilitator.getByTestId('timers-in-use').filter({ hasText: 'a bot stands in after 1 s away' }).waitFor(wait);
    const link = async (seat: string) => (await facilitator.getByTestId(`join-link-${seat}`).getAttribute('href'))!;
    const usa = await open('usa');
    const away = await open('rus');
    await usa.goto(await link('usa'));
    await away.goto(await link('rus'));
    const submit = async (page: Page, step: number) => {
      const form = page.locator(`[data-testid="sheet-form"][data-step="${step}"]`);
      await form.waitFor(wait);
      await page.getByTestId('submit-sheet').click();
      await form.waitFor({ ...wait, state: 'detached' });
    };
    // The projector, for the public notice of a stand-in.
    await facilitator.getByTestId('watch-link-button').click();
    const projector = await open('projector');
    await projector.goto((await facilitator.getByTestId('watch-link').getAttribute('href'))!);
    await projector.getByTestId('watch-screen').waitFor(wait);
    await submit(usa, 0);
    await away.locator('[data-testid="sheet-form"][data-step="1"]').waitFor(wait);

    // Russia's laptop drops out: a second later a bot stands in, and the projector tells the room;
    // the team opens its link again on another laptop and has its seat back.
    await away.context().close();
    await projector.getByTestId('watch-stand-ins').filter({ hasText: 'A bot stands in for Russia' }).waitFor(wait);
    const rus = await open('rus, back');
    await rus.goto(await link('rus'));
    await projector.getByTestId('watch-stand-ins').waitFor({ ...wait, state: 'detached' });
    await rus.getByTestId('where').filter({ hasText: 'step 1' }).waitFor(wait);

    // Russia's team is away: a bot stands in; its page says so and offers no sheet, and the projector tells the room.
    await facilitator.getByTestId('console-replace-rus').filter({ hasText: 'Bot stands in' }).click();
    await rus.getByTestId('clock').filter({ hasText: 'A bot is standing in for your team' }).waitFor(wait);
    await new Promise((r) => setTimeout(r, 1_500)); // and it stays up past the clock's next tick
    expect(await rus.getByTestId('clock').textContent()).toContain('A bot is standing in for your team');
    await projector.getByTestId('watch-stand-ins').filter({ hasText: 'A bot stands in for Russia' }).waitFor(wait);
    expect(await rus.getByTestId('sheet-form').count()).toBe(0);
    await submit(usa, 1);
    await submit(usa, 2);
    // Back: the facilitator hands the seat back, and Russia's team decides again.
    await facilitator.getByTestId('console-replace-rus').filter({ hasText: 'Hand back to the team' }).click();
    await projector.getByTestId('watch-stand-ins').waitFor({ ...wait, state: 'detached' });
    const submitted = new Map<Page, number>([
      [usa, 2],
      [rus, 0],
    ]);
    for (let guard = 0; guard < 600; guard++) {
      let over = 0;
      for (const page of [usa, rus]) {
        if ((await page.getByTestId('seat-over').count()) > 0) {
          over++;
          continue;
        }
        const form = page.getByTestId('sheet-form');
        if ((await form.count()) === 0) continue;
        const step = Number(await form.getAttribute('data-step'));
        if (step <= submitted.get(page)!) continue; // the next view is on its way
        await page.getByTestId('submit-sheet').click();
        submitted.set(page, step);
      }
      if (over === 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await rus.getByTestId('seat-over').waitFor(wait);

    // The debrief names the seat a bot stood in for, with its steps; a step's button moves the review there.
    await facilitator.getByTestId('console-debrief').click();
    await facilitator.locator('#debrief:not([hidden])').waitFor(wait);
    const marks = facilitator.getByTestId('debrief-stand-ins');
    await marks.waitFor(wait);
    const row = marks.locator('li[data-actor="rus"]');
    expect(await row.innerText()).toMatch(/^Russia: a bot decided for the team (once|\d+ times)/);
    expect(await marks.locator('li').count()).toBe(1);
    expect(await row.locator('button[data-jump]').count()).toBeGreaterThan(0);
    await facilitator.screenshot({ path: `${RESULTS}server-debrief-stand-ins.png` });
    expect(errors).toEqual([]);
  }, 120_000);
});
