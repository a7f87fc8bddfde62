import { defineConfig } from 'vitest/config';

// Unit tests of the client's logic (session, models) in Node; the page itself is tested in a real browser (tests/client).
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
