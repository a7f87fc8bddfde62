/**
 * A networked class in real browsers: the real server (a child process) serving the client's
 * production build; the facilitator sets a game up in the page and starts it on the server, its
 * console gives the join links, and one browser context per team opens its link. Each team plays the order sheets its page offers (the
 * engine's safe defaults) to the end; no page ever shows the other team's brief; the console pauses
 * and resumes the game and opens the debrief, whose outcome is the engine's with the same
 * decisions; no console error anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtinStrategy, defaultSheetFor, defineStrategy, outcomeOf, playGame } from '@geneva/engine';
import { loadScenario } from '../conformance/support.js';
import { RESULTS } from '../client/support/page.js';
import { REPO, kill, startServerProcess, type ServerProcess } from './support.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const temp = mkdtempSync(join(tmpdir(), 'geneva-net-'));
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  const out = join(temp, 'client');
  const build = spawnSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: join(REPO, 'packages/client'), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  server = await startServerProcess(join(temp, 'data'), ['--client', out]);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  if (server) await kill(server);
  rmSync(temp, { recursive: true, force: true });
});

/** What each team does: the safe default its page offers, decided from its view alone. */
const defaults = defineStrategy({
  id: 'defaults',
  name: 'the page defaults',
  description: 'submits the order sheet as the page offers it',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide: (view, request) => defaultSheetFor(view, request),
});

describe('a networked class', () => {
  it('lets two teams play their seats from their own browsers, each seeing only its own view', async () => {
    // The facilitator sets the game up in the page and starts a networked class.
    const errors: string[] = [];
    const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    facilitator.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    facilitator.on('pageerror', (e) => errors.push(`console: ${e.message}`));
    await facilitator.goto(server.url);
    await facilitator.getByTestId('scenario').selectOption('shipped:us-russia-bilateral');
    await facilitator.getByTestId('seed').fill('7');
    await facilitator.locator('select[data-seat="usa"]').selectOption('human');
    await facilitator.locator('select[data-seat="rus"]').selectOption('human');
    await facilitator.getByTestId('networked').click();
    await facilitator.getByTestId('console').waitFor();
    const gameId = new URL(facilitator.url()).searchParams.get('console')!;
    const created = { gameId, seats: await Promise.all(['usa', 'rus'].map(async (seat) => ({ seat, link: (await facilitator.getByTestId(`join-link-${seat}`).getAttribute('href'))! }))) };
    const teams: { seat: string; page: Page; other: string; submitted: number }[] = [];
    for (const { seat, link } of created.seats) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${seat}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${seat}: ${e.message}`));
      await page.goto(link);
      teams.push({ seat, page, other: seat === 'usa' ? 'Russia' : 'United States', submitted: -1 });
    }
    let sheets = 0;
    for (let guard = 0; guard < 400; guard++) {
      let over = 0;
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
        if (sheets === 0) await team.page.screenshot({ path: `${RESULTS}server-seat.png` });
        await team.page.getByTestId('submit-sheet').click();
        team.submitted = step;
        sheets++;
        if (sheets === 6) {
          // The console sees who has decided; a pause reaches the teams' screens.
          await facilitator.locator('[data-testid="console-seats"] tr[data-status]').first().waitFor();
          await facilitator.screenshot({ path: `${RESULTS}server-console.png` });
          await facilitator.getByTestId('console-pause').click();
          for (const t of teams) await t.page.getByTestId('clock').filter({ hasText: 'paused' }).waitFor();
          await facilitator.getByTestId('console-pause').click();
          for (const t of teams) await expect.poll(() => t.page.getByTestId('clock').textContent(), { timeout: 30_000 }).not.toContain('paused');
        }
      }
      if (over === teams.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(teams.map((t) => t.page.getByTestId('seat-over'))).toHaveLength(2);
    for (const team of teams) expect(await team.page.getByTestId('seat-over').count()).toBe(1);
    expect(sheets).toBeGreaterThan(10);
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
});
