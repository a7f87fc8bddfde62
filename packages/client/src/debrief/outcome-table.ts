/**
 * The outcome metrics as readable lists, grouped the way a debrief discussion goes (the treaty,
 * the conflict, attribution, talk, welfare). Each value is formatted for people and deterministic,
 * and also carries its raw JSON in `data-value`, so a test compares it exactly with the engine.
 */
import type { GameState, Outcome } from '@geneva/engine';
import { h } from '../ui/dom.js';

/** The scalar fields of the outcome (the lists and the text are shown by the charts and tables). */
type ScalarField = { [K in keyof Outcome]: Outcome[K] extends number | boolean ? K : never }[keyof Outcome];

interface Row {
  readonly field: ScalarField;
  readonly label: string;
}

/** The groups and the order of the rows; every scalar field of the outcome appears once. */
const GROUPS: readonly { readonly title: string; readonly rows: readonly Row[] }[] = [
  {
    title: 'The convention',
    rows: [
      { field: 'adopted', label: 'Text adopted' },
      { field: 'adoptedRound', label: 'Adopted in round' },
      { field: 'signatories', label: 'Signatories' },
      { field: 'ratifications', label: 'Ratifications' },
      { field: 'inForce', label: 'Entered into force' },
      { field: 'capabilityBound', label: 'Share of offensive capability bound' },
      { field: 'withdrawals', label: 'Withdrawals' },
      { field: 'techAccordSigners', label: 'Tech accord signers' },
      { field: 'contentScope', label: 'Final content scope' },
      { field: 'binding', label: 'Final bindingness' },
    ],
  },
  {
    title: 'Conflict',
    rows: [
      { field: 'incidents', label: 'Incidents made public' },
      { field: 'massEvents', label: 'Mass cyber events' },
      { field: 'civilianHarm', label: 'Civilian harm' },
      { field: 'covertOpsParties', label: 'Covert operations by parties' },
      { field: 'covertOpsNonParties', label: 'Covert operations by non-parties' },
    ],
  },
  {
    title: 'Attribution',
    rows: [
      { field: 'attributionsCorrect', label: 'Correct attributions' },
      { field: 'attributionsFalse', label: 'False attributions' },
      { field: 'attributionsDenied', label: 'Attributions denied' },
      { field: 'attributionTrust', label: 'Mean trust in the attribution body' },
    ],
  },
  {
    title: 'Talk',
    rows: [
      { field: 'pledgesMade', label: 'Pledges made' },
      { field: 'pledgesKept', label: 'Pledges kept' },
      { field: 'pledgesBroken', label: 'Pledges broken' },
      { field: 'faults', label: 'Faulty or missing decisions' },
    ],
  },
  {
    title: 'Welfare (mean per kind)',
    rows: [
      { field: 'welfareStates', label: 'States' },
      { field: 'welfareFirms', label: 'Firms' },
      { field: 'welfareCivil', label: 'Civil society' },
    ],
  },
];

/**
 * A value for people: yes/no, integers as they are, other numbers to 3 decimals (deterministic:
 * no locale, no trailing-zero trimming that would make columns jump).
 */
export function formatValue(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** The outcome metrics as one section of definition lists, one per group. */
export function outcomeTable(outcome: Outcome): HTMLElement {
  return h(
    'div',
    { class: 'debrief-outcome', 'data-testid': 'debrief-outcome' },
    ...GROUPS.map((group) =>
      h(
        'section',
        { class: 'debrief-outcome-group' },
        h('h4', {}, group.title),
        h('dl', {}, ...group.rows.flatMap((row) => [h('dt', {}, row.label), valueCell(row.field, outcome[row.field], outcome)])),
      ),
    ),
  );
}

function valueCell(field: ScalarField, value: number | boolean, outcome: Outcome): HTMLElement {
  // Round 0 means "never": say so rather than print a round that did not happen.
  const text = field === 'adoptedRound' && !outcome.adopted ? '—' : formatValue(value);
  return h('dd', { 'data-testid': `outcome-${field}`, 'data-value': JSON.stringify(value) }, text);
}

/**
 * One or two sentences that say what happened, for the top of the debrief. `enteredIntoForce`
 * tells a convention that lapsed (in force once, not at the end) from one that never was.
 */
export function headline(outcome: Outcome, enteredIntoForce: boolean): string {
  const treaty = !outcome.adopted
    ? 'The text was never adopted.'
    : `The text was adopted in round ${outcome.adoptedRound}, signed by ${outcome.signatories} and ratified by ${outcome.ratifications}; ` +
      (outcome.inForce
        ? `it entered into force, binding ${Math.round(outcome.capabilityBound * 100)}% of offensive capability.`
        : enteredIntoForce
          ? 'it entered into force, then lapsed below its quorum.'
          : 'it never entered into force.');
  const conflict = `${outcome.incidents} incident${outcome.incidents === 1 ? '' : 's'}, civilian harm ${formatValue(outcome.civilianHarm)}, ` +
    `${outcome.withdrawals} withdrawal${outcome.withdrawals === 1 ? '' : 's'}.`;
  return `${treaty} ${conflict}`;
}

/**
 * Every actor's welfare at the end, best first, human teams marked: the class's own scoreboard
 * (welfare is what each actor's preferences make of the text, the incidents and the sanctions).
 */
export function welfareRanking(outcome: Outcome, final: GameState): HTMLElement {
  const rows = final.actors
    .map((a) => ({ a, value: outcome.welfareBy[a.id] ?? 0, human: final.seats[a.index] === 'human' }))
    .sort((x, y) => y.value - x.value || x.a.index - y.a.index);
  return h(
    'table',
    { class: 'debrief-welfare', 'data-testid': 'welfare-ranking' },
    h('caption', {}, 'Welfare of each actor at the end, best first'),
    h('tr', {}, h('th', {}, '#'), h('th', {}, 'actor'), h('th', {}, 'kind'), h('th', {}, 'played by'), h('th', {}, 'welfare')),
    ...rows.map((r, k) =>
      h(
        'tr',
        { class: r.human ? 'human' : '' },
        h('td', {}, String(k + 1)),
        h('td', {}, r.a.name),
        h('td', {}, r.a.kind),
        h('td', {}, r.human ? 'a human team' : (final.seats[r.a.index] ?? '')),
        h('td', { 'data-testid': `welfare-${r.a.id}`, 'data-value': JSON.stringify(r.value) }, formatValue(r.value)),
      ),
    ),
  );
}
