/** `geneva play`: the JSON result, determinism, every shipped scenario, seats, the readable account. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedScenarioIds } from '@geneva/engine';
import { BROKEN, MINI_YAML, broken } from './fixtures.js';
import { SCENARIOS, geneva, linesOf, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(temp.remove);

const NUMBER_FIELDS = [
  'adoptedRound',
  'signatories',
  'ratifications',
  'capabilityBound',
  'incidents',
  'civilianHarm',
  'covertOpsParties',
  'covertOpsNonParties',
  'attributionsCorrect',
  'attributionsFalse',
  'attributionsDenied',
  'attributionTrust',
  'withdrawals',
  'techAccordSigners',
  'contentScope',
  'binding',
  'welfareStates',
  'welfareFirms',
  'welfareCivil',
] as const;
const BOOLEAN_FIELDS = ['adopted', 'inForce'] as const;
const LIST_FIELDS = ['signedBy', 'ratifiedBy', 'techAccordBy'] as const;
const ARTICLES = ['targets', 'assistance', 'disclosure', 'restraint', 'backdoors', 'content', 'binding', 'attribution'];

/** Parses `play --json` output, checking it is exactly one JSON object on one line. */
function parseResult(stdout: string): { scenario: unknown; seed: unknown; outcome: Record<string, unknown> } {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(linesOf(stdout)).toHaveLength(1);
  const value: unknown = JSON.parse(stdout);
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  const result = value as { scenario: unknown; seed: unknown; outcome: Record<string, unknown> };
  expect(Object.keys(result).sort()).toEqual(['outcome', 'scenario', 'seed']);
  return result;
}

/** Checks every outcome field the issue lists, with its type. */
function checkOutcome(outcome: Record<string, unknown>): void {
  for (const key of NUMBER_FIELDS) expect(typeof outcome[key], key).toBe('number');
  for (const key of BOOLEAN_FIELDS) expect(typeof outcome[key], key).toBe('boolean');
  for (const key of LIST_FIELDS) {
    expect(Array.isArray(outcome[key]), key).toBe(true);
    for (const id of outcome[key] as unknown[]) expect(typeof id, key).toBe('string');
  }
  const text = outcome['text'] as Record<string, unknown>;
  expect(typeof text === 'object' && text !== null && !Array.isArray(text)).toBe(true);
  expect(Object.keys(text).sort()).toEqual([...ARTICLES].sort());
  for (const article of ARTICLES) expect(typeof text[article], article).toBe('number');
}

describe('geneva play --json', () => {
  it('prints exactly one JSON object with scenario, seed and a complete outcome', () => {
    const run = geneva(['play', 'rsa-2017', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = parseResult(run.stdout);
    expect(result.scenario).toBe('rsa-2017');
    expect(result.seed).toBe('1');
    checkOutcome(result.outcome);
  });

  it('gives byte-identical output for the same seed, and different games across seeds', () => {
    const first = geneva(['play', 'rsa-2017', '--seed', '7', '--json']);
    const again = geneva(['play', 'rsa-2017', '--seed', '7', '--json']);
    expect(first.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    const outcomes = ['1', '2', '3', '7'].map((seed) => JSON.stringify(parseResult(geneva(['play', 'rsa-2017', '--seed', seed, '--json']).stdout).outcome));
    expect(new Set(outcomes).size).toBeGreaterThan(1);
  });

  it('says, at the vote on the text, why a state voted against a text it may like (holding out for its amendment)', () => {
    const run = geneva(['play', 'rsa-2017', '--seed', '31']);
    expect(run.status, run.stderr).toBe(0);
    const vote = run.stdout.slice(run.stdout.indexOf('Vote on the text'), run.stdout.indexOf('\nSignature'));
    expect(vote.replace(/\s+/g, ' ')).toMatch(/United States said publicly: “We vote against the text for now: our amendment to weaken ‘Protected targets’ is still pending, and we expect the table to pass it\./);
    expect(vote).toMatch(/against: United States, Russia, China, Iran/);
  });

  it('accepts any string as the seed and reports it as a string', () => {
    const run = geneva(['play', 'rsa-2017', '--seed', 'class-3b', '--json']);
    expect(run.status).toBe(0);
    expect(parseResult(run.stdout).seed).toBe('class-3b');
    expect(parseResult(geneva(['play', 'rsa-2017', '--seed', '42', '--json']).stdout).seed).toBe('42');
  });

  for (const id of shippedScenarioIds) {
    it(`plays the shipped scenario ${id}`, () => {
      const run = geneva(['play', id, '--json']);
      expect(run.status).toBe(0);
      const result = parseResult(run.stdout);
      expect(result.scenario).toBe(id);
      checkOutcome(result.outcome);
    });
  }

  it('plays a scenario file given by path', () => {
    const path = join(temp.dir, 'mini.yaml');
    writeFileSync(path, MINI_YAML);
    const run = geneva(['play', path, '--json']);
    expect(run.status).toBe(0);
    expect(parseResult(run.stdout).scenario).toBe('mini');
  });

  it('finds shipped scenarios in GENEVA_SCENARIOS_DIR when set', () => {
    const dir = join(temp.dir, 'shipped');
    mkdirSync(dir);
    writeFileSync(join(dir, 'mini.yaml'), MINI_YAML);
    copyFileSync(join(SCENARIOS, 'rsa-2017.yaml'), join(dir, 'rsa-2017.yaml'));
    const run = geneva(['play', 'mini', '--json'], { env: { GENEVA_SCENARIOS_DIR: dir } });
    expect(run.status).toBe(0);
    expect(parseResult(run.stdout).scenario).toBe('mini');
    const unknown = geneva(['play', 'voluntary-norms'], { env: { GENEVA_SCENARIOS_DIR: dir } });
    expect(unknown.status).toBe(2);
    expect(oneLineError(unknown)).toMatch(/shipped: rsa-2017, mini/);
  });
});

describe('geneva play: seats', () => {
  it('plays with valid seat overrides, which change the game', () => {
    const base = geneva(['play', 'rsa-2017', '--json']);
    const run = geneva(['play', 'rsa-2017', '--seat', 'usa=norm-entrepreneur', '--seat', 'microsoft=government-firm', '--json']);
    expect(run.status).toBe(0);
    checkOutcome(parseResult(run.stdout).outcome);
    expect(run.stdout).not.toBe(base.stdout);
  });

  const bad: readonly (readonly [string, string, RegExp])[] = [
    ['an unknown actor', 'xyz=realist', /no actor "xyz"/],
    ['an unknown strategy', 'usa=genius', /no built-in strategy "genius"/],
    ['a strategy of the wrong kind', 'microsoft=realist', /realist plays state seats, and microsoft is a firm/],
    ['a human seat', 'usa=human', /all-bot/],
    ['a malformed option', 'usa', /ACTOR=STRATEGY/],
  ];
  for (const [name, seat, message] of bad) {
    it(`rejects ${name} with one line (exit 2)`, () => {
      const run = geneva(['play', 'rsa-2017', '--seat', seat]);
      expect(run.status).toBe(2);
      expect(oneLineError(run)).toMatch(message);
    });
  }
});

describe('geneva play: errors', () => {
  it('rejects an unknown scenario id with one line listing the shipped ids (exit 2)', () => {
    const run = geneva(['play', 'atlantis-2030']);
    expect(run.status).toBe(2);
    const line = oneLineError(run);
    for (const id of shippedScenarioIds) expect(line).toContain(id);
  });

  it('prints the problem lines of an invalid scenario file (exit 1)', () => {
    const path = join(temp.dir, 'broken.yaml');
    writeFileSync(path, broken(BROKEN[0]!));
    const run = geneva(['play', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toContain(`${path}:${BROKEN[0]!.line}:17: actors.usa.capability: Invalid input: expected number, received string`);
  });

  it('rejects a missing argument and an unknown flag with one line (exit 2)', () => {
    for (const args of [['play'], ['play', 'rsa-2017', '--sed', '3'], ['play', 'rsa-2017', '--seed'], ['play', 'rsa-2017', 'extra']]) {
      const run = geneva(args);
      expect(run.status, args.join(' ')).toBe(2);
      oneLineError(run);
    }
  });
});

describe('geneva play: the readable account', () => {
  it('tells the game in plain text of a readable length', () => {
    const run = geneva(['play', 'rsa-2017']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(60);
    expect(lines.length).toBeLessThanOrEqual(170);
    for (const heading of ['TIMELINE', 'FINAL TEXT', 'RESULT', 'OUTCOME']) expect(lines.some((l) => l.startsWith(heading)), heading).toBe(true);
    expect(run.stdout).toContain('Negotiation, round 1');
    expect(run.stdout).toMatch(/Signed \(\d+\): /);
    expect(run.stdout).toMatch(/attributionsCorrect +\d+/);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('lobbied');
  });

  it('is deterministic too', () => {
    expect(geneva(['play', 'voluntary-norms', '--seed', '3']).stdout).toBe(geneva(['play', 'voluntary-norms', '--seed', '3']).stdout);
  });
});
