/** The command line as a whole: help, version, and one-line usage errors with exit 2. */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '@geneva/engine';
import { geneva, oneLineError } from './helpers.js';

const COMMANDS = ['validate', 'play', 'replay', 'schema', 'strategies'];

describe('geneva', () => {
  it('prints the engine version with --version', () => {
    const run = geneva(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${ENGINE_VERSION}\n`);
  });

  it('lists every command with --help', () => {
    const run = geneva(['--help']);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(command);
  });

  for (const command of COMMANDS) {
    it(`prints the help of ${command} with --help and with help ${command}`, () => {
      for (const args of [[command, '--help'], ['help', command]]) {
        const run = geneva(args);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^Usage: geneva ${command} `));
        expect(run.stderr).toBe('');
      }
    });
  }

  const mistakes: readonly (readonly [string, readonly string[], RegExp])[] = [
    ['no command', [], /missing command/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['help on an unknown command', ['help', 'frobnicate'], /no such command/],
    ['an unknown flag', ['play', 'rsa-2017', '--colour'], /unknown option '--colour'/],
    ['a misspelt flag', ['play', 'rsa-2017', '--sed', '2'], /unknown option '--sed'.*--seed/],
    ['a flag without its value', ['play', 'rsa-2017', '--log'], /argument missing/],
    ['an unknown global flag', ['--verbose', 'play', 'rsa-2017'], /unknown option '--verbose'/],
    ['a missing argument of replay', ['replay'], /^geneva: replay: missing argument 'file' \(or --batch DIR --run I\)$/],
    ['an extra argument', ['schema', 'extra'], /too many arguments/],
    ['an unknown flag of strategies', ['strategies', '--yaml'], /unknown option '--yaml'/],
  ];
  for (const [name, args, message] of mistakes) {
    it(`makes ${name} a one-line error with exit 2`, () => {
      const run = geneva(args);
      expect(run.status).toBe(2);
      expect(oneLineError(run)).toMatch(message);
    });
  }
});
