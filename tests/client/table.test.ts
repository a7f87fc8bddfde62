/**
 * The browser client in a real browser (Debian chromium driven by playwright-core): the production
 * build served by `vite preview`, a game set up through the page and played to the end by the bots,
 * the outcome shown equal to the engine's for the same scenario and seed, the table drawn, and no
 * console error. Screenshots go to test-results/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { outcomeOf, playGame } from '@geneva/engine';
import { loadScenario } from '../conformance/support.js';

const CLIENT = fileURLToPath(new URL('../../packages/client/', import.meta.url));
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const OUT = mkdtempSync(join(tmpdir(), 'geneva-client-'));
const PORT = 4321;
const URL_ = `http://127.0.0.1:${PORT}/`;
// The flags measured in STACK.md: WebGL through SwiftShader, nothing from the network.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

let server: ChildProcess | undefined;
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const serverLog: string[] = [];

/**
 * Starts `vite preview` on the test's build. It serves the files and is no part of the client: if it
 * has gone (it once did under the full suite's load), it is started again, and its log is kept.
 */
async function startServer(): Promise<void> {
  if (server !== undefined && server.exitCode === null && server.signalCode === null) return;
  server = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort'], { cwd: CLIENT, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d: Buffer) => serverLog.push(d.toString()));
  server.stderr?.on('data', (d: Buffer) => serverLog.push(d.toString()));
  server.on('exit', (code, signal) => serverLog.push(`vite preview exited (${String(code)}, ${String(signal)})\n`));
  await serverUp();
}

async function serverUp(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${URL_}`);
}

beforeAll(async () => {
  // Its own output folder: turbo may build the client's dist/ at the same time.
  const build = spawnSync(process.execPath, [VITE, 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], { cwd: CLIENT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  await startServer();
  mkdirSync(RESULTS, { recursive: true });
  // playwright gives the browser a fresh temporary profile.
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(OUT, { recursive: true, force: true });
});

describe('the browser client', () => {
  it('opens on a game of rsa-2017 and draws the table', async () => {
    await page.goto(URL_);
    await page.getByTestId('where').filter({ hasText: 'rsa-2017 · seed 1 · ' }).waitFor();
    const canvas = page.locator('#table canvas');
    expect(await canvas.count()).toBe(1);
    await page.screenshot({ path: `${RESULTS}client-start.png` });
    expect(consoleErrors).toEqual([]);
  });

  it('plays a game set up in the page to the end and shows the engine outcome for that scenario and seed', async () => {
    await page.selectOption('#scenario', 'us-russia-bilateral');
    await page.fill('#seed', '7');
    await page.click('#new-game');
    await page.getByTestId('where').filter({ hasText: 'us-russia-bilateral · seed 7 · ' }).waitFor();
    await page.click('#step');
    await page.click('#to-end');
    await page.getByTestId('outcome').waitFor({ state: 'visible' });
    const shown = async (key: string) => page.getByTestId(`outcome-${key}`).textContent();
    const expected = outcomeOf(playGame(loadScenario('us-russia-bilateral'), { seed: '7' }));
    expect(await shown('inForce')).toBe(String(expected.inForce));
    expect(await shown('ratifications')).toBe(String(expected.ratifications));
    expect(await shown('civilianHarm')).toBe(String(expected.civilianHarm));
    expect(await shown('incidents')).toBe(String(expected.incidents));
    expect(await page.getByTestId('where').textContent()).toMatch(/· concluded ·/);
    await page.screenshot({ path: `${RESULTS}client-outcome.png` });
    expect(consoleErrors).toEqual([]);
  });

  it('remembers the last set-up when the page is opened again', async () => {
    await startServer();
    await page.reload().catch((error: unknown) => {
      throw new Error(`${String(error)}; server: ${serverLog.join('')}`);
    });
    await page.getByTestId('where').filter({ hasText: 'us-russia-bilateral · seed 7 · ' }).waitFor();
    expect(await page.inputValue('#scenario')).toBe('us-russia-bilateral');
    expect(await page.inputValue('#seed')).toBe('7');
    expect(consoleErrors).toEqual([]);
  });
});
