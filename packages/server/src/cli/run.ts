/**
 * Entry point for running the CLI from source (`node --import tsx src/cli/run.ts …`), as tests
 * and the load test do; the built binary is `bin/geneva-server.js`.
 */
import { main } from './main.js';

await main(process.argv);
