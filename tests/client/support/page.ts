/**
 * The client under test: its production build served by `vite preview`, and Debian chromium
 * driven by playwright-core with the flags measured in STACK.md (WebGL through SwiftShader, nothing
 * from the network). Console errors and page errors are collected so every test can fail on them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CLIENT = fileURLToPath(new URL('../../../packages/client/', import.meta.url));
const VITE = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
/** Where screenshots go (CI keeps them as artifacts). */
export const RESULTS = fileURLToPath(new URL('../../../test-results/', import.meta.url));
/** Debian chromium's flags for the tests (STACK.md): WebGL through SwiftShader, nothing from the network. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** A served build and a browser page on it. */
export interface ClientUnderTest {
  readonly url: string;
  readonly page: Page;
  readonly browser: Browser;
  /** Console and page errors seen so far. */
  readonly errors: string[];
  /** Starts the server again if it has gone (it is no part of the client). */
  ensureServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the client into a temporary folder (turbo may build its dist/ at the same time), serves
 * it on `port` and opens a 1280×720 page.
 */
export async function openClient(port: number): Promise<ClientUnderTest> {
  const out = mkdtempSync(join(tmpdir(), 'geneva-client-'));
  const build = spawnSync(process.execPath, [VITE, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: CLIENT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const url = `http://127.0.0.1:${port}/`;
  const log: string[] = [];
  let server: ChildProcess | undefined;
  const ensureServer = async () => {
    if (server !== undefined && server.exitCode === null && server.signalCode === null) return;
    server = spawn(process.execPath, [VITE, 'preview', '--outDir', out, '--port', String(port), '--strictPort'], { cwd: CLIENT, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
    server.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`vite preview did not answer on ${url}: ${log.join('')}`);
  };
  await ensureServer();
  mkdirSync(RESULTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    url,
    page,
    browser,
    errors,
    ensureServer,
    async close() {
      await browser.close();
      server?.kill();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
