/**
 * `geneva-server`: starts the classroom server. Flags by commander; the address is printed so the
 * facilitator can read it out (or project it) to the class.
 */
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { isLoopback } from '../net/addresses.js';
import { startServer } from '../net/server.js';

/** Parses a port number (0 for any free port). */
function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return n;
}

/** What the teacher reads at start: the addresses to give the students, or why there is none. */
export function addressLines(addresses: readonly string[]): string {
  if (addresses.every((a) => isLoopback(new URL(a).hostname)))
    return 'Only this computer can connect (loopback): students cannot reach it. To open it to the classroom: --host 0.0.0.0 (GENEVA_HOST=0.0.0.0 npm run serve).\n';
  const list = addresses.map((a) => `  ${a}/join\n`).join('');
  return `Students join at ${addresses.length === 1 ? 'this address' : 'one of these addresses (the one on the classroom network)'} and type their code:\n${list}`;
}

/**
 * Runs the command line (`argv` as in `process.argv`). Resolves once the server listens; SIGINT and
 * SIGTERM close it cleanly (journals are written line by line, so even a kill loses nothing).
 */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name('geneva-server')
    .description("Geneva's classroom server: every team on its own device, a facilitator console.")
    // Environment defaults let `GENEVA_HOST=0.0.0.0 npm run serve` open the server without npm eating the flag.
    .option('--host <address>', 'interface to listen on; 0.0.0.0 opens the server to the classroom network ($GENEVA_HOST)', process.env['GENEVA_HOST'] || '127.0.0.1')
    .option('--port <number>', 'port to listen on, 0 for any free port ($GENEVA_PORT)', port, port(process.env['GENEVA_PORT'] || '8080'))
    .option('--data <dir>', 'folder of the game journals ($GENEVA_DATA)', process.env['GENEVA_DATA'] || './geneva-data')
    .option('--client <dir>', 'folder of the built client (default: packages/client/dist)')
    .option('--scenarios <dir>', 'folder of the shipped scenarios (default: the repository scenarios/)')
    .showHelpAfterError();
  program.parse([...argv]);
  const options = program.opts<{ host: string; port: number; data: string; client?: string; scenarios?: string }>();
  const server = await startServer({
    host: options.host,
    port: options.port,
    dataDir: resolve(options.data),
    ...(options.client === undefined ? {} : { clientDir: resolve(options.client) }),
    ...(options.scenarios === undefined ? {} : { scenariosDir: resolve(options.scenarios) }),
    // Said before the journals are replayed (a large game takes a while): the server already answers.
    onListening: (url) => process.stdout.write(`Geneva server answering on ${url}; resuming the games in ${resolve(options.data)}…\n`),
  });
  process.stdout.write(`Geneva server listening on ${server.url} (games in ${resolve(options.data)})\n`);
  process.stdout.write(addressLines(server.addresses));
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
