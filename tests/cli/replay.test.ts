/** `geneva play --log` and `geneva replay`: same outcome, divergences (exit 1), foreign files (exit 2). */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_YAML } from './fixtures.js';
import { geneva, linesOf, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(temp.remove);

/** A recorded game of rsa-2017, seed 5: the replay file and what `play --json` printed. */
const recorded = { file: '', json: '', account: '' };

beforeAll(() => {
  recorded.file = join(temp.dir, 'game.replay.json');
  const run = geneva(['play', 'rsa-2017', '--seed', '5', '--json', '--log', recorded.file]);
  expect(run.status).toBe(0);
  recorded.json = run.stdout;
  recorded.account = geneva(['play', 'rsa-2017', '--seed', '5']).stdout;
});

/** The recorded replay file as an object. */
function record(): Record<string, unknown> & { steps: { sheets: Record<string, Record<string, unknown>> }[]; outcome: Record<string, unknown> } {
  return JSON.parse(readFileSync(recorded.file, 'utf8')) as ReturnType<typeof record>;
}

/** Writes a replay file (an object as JSON, or raw text) in the temporary directory. */
function write(name: string, content: unknown): string {
  const path = join(temp.dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('geneva play --log', () => {
  it('writes a complete replay file and no temporary file', () => {
    const data = record();
    expect(data['format']).toBe('geneva-replay');
    expect(data['seed']).toBe('5');
    expect(data['scenario']).toMatchObject({ id: 'rsa-2017' });
    expect(data.steps.length).toBeGreaterThan(10);
    expect(JSON.stringify(data.outcome)).toBe(JSON.stringify((JSON.parse(recorded.json) as { outcome: unknown }).outcome));
    expect(readdirSync(temp.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('fails with one line and leaves no file when the folder does not exist (exit 2)', () => {
    const target = join(temp.dir, 'no-such-folder', 'game.json');
    const run = geneva(['play', 'rsa-2017', '--log', target]);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toMatch(/cannot write/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('geneva replay', () => {
  it('reproduces the same JSON, byte for byte (exit 0)', () => {
    const run = geneva(['replay', recorded.file, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(recorded.json);
  });

  it('prints the same account as play', () => {
    const run = geneva(['replay', recorded.file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(recorded.account);
  });

  it('accepts the shipped scenario given explicitly', () => {
    const run = geneva(['replay', recorded.file, '--scenario', 'rsa-2017', '--json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(recorded.json);
  });

  it('names the step where a tampered sheet became illegal (exit 1)', () => {
    const data = record();
    const step = data.steps.findIndex((s) => Object.values(s.sheets).some((sheet) => Array.isArray(sheet['votes'])));
    const seat = Object.keys(data.steps[step]!.sheets).find((id) => Array.isArray(data.steps[step]!.sheets[id]!['votes']))!;
    data.steps[step]!.sheets[seat]!['votes'] = ['yes'];
    const path = write('illegal.json', data);
    const run = geneva(['replay', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^${escape(path)}: diverged at step ${step}: ${seat}'s recorded sheet is no longer legal`))]);
  });

  it('detects sheets changed so that the game goes another way (exit 1)', () => {
    const data = record();
    for (const step of data.steps)
      for (const sheet of Object.values(step.sheets)) if (sheet['phase'] === 'signature') sheet['sign'] = false;
    const path = write('unsigned.json', data);
    const run = geneva(['replay', path, '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(oneLineErrorOnStderr(run.stderr)).toMatch(new RegExp(`^${escape(path)}: (diverged at step \\d+|outcome differs): `));
  });

  it('detects a recorded outcome that the game does not reach (exit 1)', () => {
    const data = record();
    data.outcome['incidents'] = 999;
    const path = write('outcome.json', data);
    const run = geneva(['replay', path]);
    expect(run.status).toBe(1);
    expect(oneLineErrorOnStderr(run.stderr)).toBe(`${path}: outcome differs: outcome.incidents: recorded 999, replayed ${String(record().outcome['incidents'])}`);
  });

  it('detects a record cut short (exit 1)', () => {
    const data = record();
    data.steps = data.steps.slice(0, -2);
    const run = geneva(['replay', write('short.json', data)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: (diverged at step \d+|outcome differs): /);
  });

  it('warns when replayed against a modified scenario, and names the divergence (exit 1)', () => {
    const scenario = write('mini.yaml', MINI_YAML);
    const log = join(temp.dir, 'mini.replay.json');
    expect(geneva(['play', scenario, '--seed', '2', '--log', log, '--json']).status).toBe(0);
    expect(geneva(['replay', log, '--scenario', scenario, '--json']).status).toBe(0);
    const shorter = write('mini-short.yaml', MINI_YAML.replace('  years: 3', '  years: 2'));
    const run = geneva(['replay', log, '--scenario', shorter]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = linesOf(run.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/warning: .*scenario mini has changed since the recording/);
    expect(lines[1]).toMatch(new RegExp(`^${escape(log)}: (diverged at step \\d+|outcome differs): `));
  });

  it('embeds a scenario that is not shipped as is, so the log replays (and opens in the browser) alone', () => {
    const log = join(temp.dir, 'mini-alone.replay.json');
    expect(geneva(['play', write('mini-alone.yaml', MINI_YAML), '--seed', '3', '--log', log]).status).toBe(0);
    const data = JSON.parse(readFileSync(log, 'utf8')) as Record<string, unknown>;
    expect((data['scenarioData'] as { id: string }).id).toBe('mini');
    expect(geneva(['replay', log]).status).toBe(0);
    const shipped = join(temp.dir, 'shipped.replay.json');
    expect(geneva(['play', 'rsa-2017', '--log', shipped]).status).toBe(0);
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).not.toHaveProperty('scenarioData');
  });

  it('needs --scenario for a game of a scenario that is not shipped (exit 2)', () => {
    const data = record();
    data['scenario'] = { id: 'atlantis', hash: 'x' };
    const run = geneva(['replay', write('atlantis.json', data)]);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toMatch(/no shipped scenario "atlantis".*--scenario/);
  });

  const foreign: readonly (readonly [string, string])[] = [
    ['a JSON file of something else', '{"hello": "world"}'],
    ['a file that is not JSON', 'this is not a replay\n'],
    ['a truncated replay file', '{"format":"geneva-replay","version":1,"steps":[{"step":0'],
    ['a replay file of a future version', '{"format":"geneva-replay","version":99}'],
    ['a replay file with malformed steps', '{"format":"geneva-replay","version":1,"engine":"0.1.0","scenario":{"id":"rsa-2017","hash":"x"},"seed":"1","seats":{},"steps":[3],"outcome":{}}'],
  ];
  for (const [name, text] of foreign) {
    it(`rejects ${name} with one line naming the file (exit 2)`, () => {
      const path = write('foreign.json', text);
      const run = geneva(['replay', path]);
      expect(run.status).toBe(2);
      expect(oneLineError(run).startsWith(`${path}: `)).toBe(true);
    });
  }

  it('rejects a missing file with one line (exit 2)', () => {
    const path = join(temp.dir, 'nope.json');
    const run = geneva(['replay', path]);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toBe(`${path}: no such file`);
  });
});

/** The only line on stderr. */
function oneLineErrorOnStderr(stderr: string): string {
  const lines = linesOf(stderr);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** A string as a literal regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
