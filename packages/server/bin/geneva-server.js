#!/usr/bin/env node
// The classroom server's command: runs the built CLI (npm run build -w @geneva/server).
import { main } from '../dist/cli/main.js';

await main(process.argv);
