import { defineConfig } from 'vitest/config';

// Tests start real servers on ephemeral ports and play whole games: generous timeouts, no retries.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
