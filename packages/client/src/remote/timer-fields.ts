/**
 * The step timers as form fields: seconds for every step, and optionally per decision phase (an
 * empty field: no timer, or for a phase, the default). The set-up screen asks for them before a
 * networked class starts and the console while it runs, with the same fields and the same checks,
 * so what a teacher types means the same in both places.
 */
import type { DecisionPhase } from '@geneva/engine';
import { DECISION_PHASES, MAX_STEP_SECONDS, type StepTimers } from '../session/set-up.js';
import { h } from '../ui/dom.js';

/** Timers read from the fields, or the one-line problem of the first field that is not a duration. */
export type TimerReading = { readonly ok: true; readonly timer: StepTimers } | { readonly ok: false; readonly problem: string };

/** What a teacher typed: the default and the phases' fields, as text. */
export interface TimerTexts {
  readonly seconds: string;
  readonly phases: Readonly<Partial<Record<DecisionPhase, string>>>;
  /** Seconds a team may be away before a bot stands in (empty: never). */
  readonly absent?: string;
}

/**
 * The timers that fields' texts describe; empty fields are left out (so all empty: no timer).
 *
 * @example
 * readTimerTexts({ seconds: '240', phases: { vote: '90', blame: '' } }); // { ok: true, timer: { seconds: 240, phases: { vote: 90 } } }
 * readTimerTexts({ seconds: '0', phases: {} }); // { ok: false, problem: 'Seconds per step: …' }
 */
export function readTimerTexts(texts: TimerTexts): TimerReading {
  const check = (label: string, text: string): number | string | undefined => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    const value = Number(trimmed);
    if (!Number.isInteger(value) || value < 1 || value > MAX_STEP_SECONDS) return `${label}: a whole number of seconds from 1 to ${MAX_STEP_SECONDS}, or empty for none`;
    return value;
  };
  const seconds = check('Seconds per step', texts.seconds);
  if (typeof seconds === 'string') return { ok: false, problem: seconds };
  const phases: Partial<Record<DecisionPhase, number>> = {};
  for (const phase of DECISION_PHASES) {
    const value = check(phaseLabel(phase), texts.phases[phase] ?? '');
    if (typeof value === 'string') return { ok: false, problem: value };
    if (value !== undefined) phases[phase] = value;
  }
  const absent = check('Bot stands in after', texts.absent ?? '');
  if (typeof absent === 'string') return { ok: false, problem: absent };
  const hasPhases = Object.keys(phases).length > 0;
  return { ok: true, timer: { ...(seconds === undefined ? {} : { seconds }), ...(hasPhases ? { phases } : {}), ...(absent === undefined ? {} : { absent }) } };
}

/**
 * The timers in a few words, for a status line.
 *
 * @example
 * describeTimers({ seconds: 240, phases: { vote: 90 } }); // '240 s a step; vote 90 s'
 */
export function describeTimers(timer: StepTimers): string {
  const phases = DECISION_PHASES.flatMap((p) => {
    const seconds = timer.phases?.[p];
    return seconds === undefined ? [] : [`${p} ${seconds} s`];
  });
  const base = timer.seconds === undefined ? (phases.length === 0 ? 'no timer' : 'no timer by default') : `${timer.seconds} s a step`;
  const away = timer.absent === undefined ? [] : [`a bot stands in after ${timer.absent} s away`];
  return [base, ...phases, ...away].join('; ');
}

/** The step-timer fields of a form. */
export interface TimerFields {
  /** The fieldset to place in the form. */
  readonly element: HTMLFieldSetElement;
  /** The timers as typed now. */
  read(): TimerReading;
  /** Shows `timer` in the fields (undefined: all empty). */
  fill(timer: StepTimers | undefined): void;
}

/**
 * Fields for the step timers; ids and test ids start with `prefix` (`<prefix>-seconds`,
 * `<prefix>-vote`, …), so two forms on one page never share a label's target.
 *
 * @example
 * const timers = timerFields('setup-timer', 'Step timers', false);
 * form.append(timers.element);
 */
export function timerFields(prefix: string, legend: string, phasesOpen: boolean): TimerFields {
  const field = (id: string, placeholder: string) =>
    h('input', { type: 'number', id, min: 1, max: MAX_STEP_SECONDS, step: 1, inputmode: 'numeric', size: 6, placeholder, 'data-testid': id });
  const seconds = field(`${prefix}-seconds`, 'none');
  const phases = new Map(DECISION_PHASES.map((phase) => [phase, field(`${prefix}-${phase}`, 'default')]));
  const absent = field(`${prefix}-absent`, 'never');
  const element = h(
    'fieldset',
    { class: 'timers', 'data-testid': prefix },
    h('legend', {}, legend),
    h('div', { class: 'row' }, h('label', { for: seconds.id }, 'Seconds per step'), seconds, h('span', { class: 'hint' }, 'Empty: no timer. When a step’s time is up, teams that have not decided get the safe default, recorded as a fault.')),
    h(
      'details',
      { open: phasesOpen },
      h('summary', {}, 'By phase (optional; empty: seconds per step)'),
      h('div', { class: 'row' }, ...[...phases].flatMap(([phase, input]) => [h('label', { for: input.id }, phaseLabel(phase)), input])),
    ),
    h(
      'div',
      { class: 'row' },
      h('label', { for: absent.id }, 'Bot stands in after'),
      absent,
      h('span', { class: 'hint' }, 'seconds with none of a team’s devices connected (empty: never, the facilitator decides); the seat goes back to the team when it reconnects.'),
    ),
  );
  // A number field holds '' for text that is not a number: say so rather than read it as "no timer".
  const text = (input: HTMLInputElement) => (input.validity.badInput ? '?' : input.value);
  return {
    element,
    read: () => readTimerTexts({ seconds: text(seconds), phases: Object.fromEntries([...phases].map(([phase, input]) => [phase, text(input)])), absent: text(absent) }),
    fill(timer) {
      seconds.value = String(timer?.seconds ?? '');
      absent.value = String(timer?.absent ?? '');
      for (const [phase, input] of phases) input.value = String(timer?.phases?.[phase] ?? '');
    },
  };
}

/** A phase's name as a field label. */
function phaseLabel(phase: DecisionPhase): string {
  return phase.charAt(0).toUpperCase() + phase.slice(1);
}
