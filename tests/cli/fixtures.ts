/**
 * A small valid scenario (two states, a firm, an NGO) written for the CLI tests, and the broken
 * variants `geneva validate` must reject with the right path and line.
 */

/** A minimal valid scenario, as YAML. */
export const MINI_YAML = `# A minimal scenario for the CLI tests.
id: mini
title: A minimal test scenario
description: Two states, a firm and an NGO negotiate a short convention.
year: 2020
sources:
  - id: test
    title: Made up for the tests
articles:
  targets: { title: Protected targets, draft: 0.8 }
  assistance: { title: Assistance, draft: 0.6 }
  disclosure: { title: Disclosure, draft: 0.5 }
  restraint: { title: Restraint, draft: 0.5 }
  backdoors: { title: No backdoors, draft: 0.6 }
  content: { title: Content scope, draft: 0.1 }
  binding: { title: Bindingness, draft: 0.6 }
  attribution: { title: Attribution, draft: 0.5 }
actors:
  usa:
    kind: state
    name: United States
    strategy: realist
    bloc: west
    capability: 0.9
    exposure: 0.8
    domesticHurdle: 2
    contentControl: 0.1
    reservation: 0.6
    ideal: { targets: 0.7, assistance: 0.6, disclosure: 0.3, restraint: 0.2, backdoors: 0.4, content: 0, binding: 0.3, attribution: 0.4 }
    salience: { targets: 1, restraint: 1 }
  deu:
    kind: state
    name: Germany
    strategy: norm-entrepreneur
    bloc: west
    capability: 0.4
    exposure: 0.7
    domesticHurdle: 1
    contentControl: 0.1
    reservation: 0.4
    ideal: { targets: 0.9, assistance: 0.7, disclosure: 0.7, restraint: 0.6, backdoors: 0.8, content: 0, binding: 0.8, attribution: 0.8 }
    salience: { targets: 1, binding: 1 }
  acme:
    kind: firm
    name: Acme Software
    strategy: neutral-firm
    home: usa
    market: { west: 0.8 }
    intel: 0.5
    neutrality: 0.7
    pressure: 0.3
  ngo:
    kind: civil
    name: An NGO
    strategy: advocacy-ngo
    advocacy: 0.5
    credibility: 0.6
    focus: [targets]
rules:
  chair: deu
  rounds: 4
  firstVote: 2
  entryIntoForce: { ratifications: 2 }
horizon:
  years: 3
`;

/** A broken variant of {@link MINI_YAML}: what to change, and what validate must report. */
export interface BrokenCase {
  readonly name: string;
  /** Replaces `from` (a whole line of MINI_YAML) by `to` (one or more lines; '' deletes it). */
  readonly from: string;
  readonly to: string;
  /** The dotted path of the problem. */
  readonly path: string;
  /** The 1-based line of the problem in the broken file, when the test pins it. */
  readonly line?: number;
  /** A pattern the reason must match. */
  readonly reason: RegExp;
}

/** The 1-based line of the first line of MINI_YAML equal to `text`. */
export function lineOf(text: string): number {
  const index = MINI_YAML.split('\n').indexOf(text);
  if (index < 0) throw new Error(`no line "${text}" in the fixture`);
  return index + 1;
}

/** The broken variants. */
export const BROKEN: readonly BrokenCase[] = [
  {
    name: 'a bad type at a nested path',
    from: '    capability: 0.9',
    to: '    capability: high',
    path: 'actors.usa.capability',
    line: lineOf('    capability: 0.9'),
    reason: /number/,
  },
  {
    name: 'an unknown key',
    from: '    domesticHurdle: 1',
    to: '    domesticHurdle: 1\n    domesticHurdel: 1',
    path: 'actors.deu.domesticHurdel',
    line: lineOf('    domesticHurdle: 1') + 1,
    reason: /unknown key/,
  },
  {
    name: 'a missing required key',
    from: '    intel: 0.5',
    to: '',
    path: 'actors.acme.intel',
    reason: /required/,
  },
  {
    name: 'a firm whose home is not a state',
    from: '    home: usa',
    to: '    home: ngo',
    path: 'actors.acme.home',
    line: lineOf('    home: usa'),
    reason: /no state "ngo"/,
  },
  {
    name: 'a value out of range in a rules block',
    from: '  entryIntoForce: { ratifications: 2 }',
    to: '  entryIntoForce: { ratifications: 0 }',
    path: 'rules.entryIntoForce.ratifications',
    line: lineOf('  entryIntoForce: { ratifications: 2 }'),
    reason: /.+/,
  },
];

/** MINI_YAML with one line replaced. */
export function broken(c: Pick<BrokenCase, 'from' | 'to'>): string {
  const lines = MINI_YAML.split('\n');
  const index = lines.indexOf(c.from);
  if (index < 0) throw new Error(`no line "${c.from}" in the fixture`);
  lines.splice(index, 1, ...(c.to === '' ? [] : c.to.split('\n')));
  return lines.join('\n');
}

/** A YAML syntax error: an unclosed flow sequence. */
export const SYNTAX_ERROR_YAML = MINI_YAML.replace('    focus: [targets]', '    focus: [targets');
