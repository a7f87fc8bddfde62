/**
 * A networked class in real browsers: the real server (a child process) serving the client's
 * production build, a game created through its HTTP API with two human seats, and one browser
 * context per team opening its join link. Each team plays the order sheets its page offers (the
 * engine's safe defaults) to the end; no page ever shows the other team's brief; the game equals
 * the engine's with the same decisions; no console error anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtinStrategy, defaultSheetFor, defineStrategy, outcomeOf, playGame, replay, type ReplayRecord } from '@geneva/engine';
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
    const created = (await (await fetch(`${server.url}/api/games`, { method: 'POST', body: JSON.stringify({ scenario: 'us-russia-bilateral', seed: 7, humans: ['usa', 'rus'] }) })).json()) as {
      gameId: string;
      facilitatorToken: string;
      seats: { seat: string; link: string }[];
    };
    const errors: string[] = [];
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
      }
      if (over === teams.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(teams.map((t) => t.page.getByTestId('seat-over'))).toHaveLength(2);
    for (const team of teams) expect(await team.page.getByTestId('seat-over').count()).toBe(1);
    expect(sheets).toBeGreaterThan(10);
    expect(errors).toEqual([]);

    // The game the server played is the engine's game with the same decisions.
    const record = (await (await fetch(`${server.url}/api/games/${created.gameId}/replay`, { headers: { authorization: `Bearer ${created.facilitatorToken}` } })).json()) as ReplayRecord & { record?: ReplayRecord };
    const file = record.record ?? record;
    const scenario = loadScenario('us-russia-bilateral');
    expect(replay(scenario, file).ok).toBe(true);
    const engine = playGame(scenario, { seed: 7, seats: { usa: 'defaults', rus: 'defaults' }, strategies: (id) => (id === 'defaults' ? defaults : builtinStrategy(id)) });
    expect(file.outcome).toEqual(outcomeOf(engine));
  }, 300_000);
});
