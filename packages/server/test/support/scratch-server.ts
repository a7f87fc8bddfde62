/**
 * A server on a fresh data folder for a block of tests, closed and removed after them; `start`
 * (re)starts it on the same folder, as after a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { startServer, type RunningServer } from '../../src/index.js';

/** Call inside a `describe` block: the folder and the server live as long as the block. */
export function scratchServer(): { start(): Promise<RunningServer> } {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-server-'));
  let running: RunningServer | null = null;
  afterAll(async () => {
    await running?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    async start() {
      running = await startServer({ dataDir: dir, port: 0, log: () => {} });
      return running;
    },
  };
}
