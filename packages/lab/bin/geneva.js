#!/usr/bin/env node
// The geneva command: runs the compiled CLI (built by `npm install` through the root prepare script).
import('../dist/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    console.error('geneva: the lab (or the engine) is not built yet; run `npm run build` at the repository root');
    process.exit(2);
  }
  throw error;
});
