/**
 * The console's timers: the step timers in use, fields to change them from the current step on
 * (its time starts again), and a countdown to the current step's deadline, ticking between the
 * overviews the server sends (it sends one on a change, not every second).
 */
import type { OverviewMessage } from '@geneva/server';
import { stepTimersOf } from '../session/set-up.js';
import { h } from '../ui/dom.js';
import type { ConsoleActions, ConsolePart } from './console-part.js';
import { timeLeft } from './game-time.js';
import { describeTimers, timerFields } from './timer-fields.js';

/**
 * The "Timers" section.
 *
 * @example
 * const timers = timersPart(actions);
 * timers.update(overview);
 */
export function timersPart(actions: ConsoleActions): ConsolePart {
  const fields = timerFields('console-timer', 'New step timers', true);
  const inUse = h('p', { class: 'hint', 'data-testid': 'timers-in-use' });
  const problem = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'timers-problem' });
  const set = h('button', { type: 'submit', 'data-testid': 'set-timers' }, 'Set timers');
  const form = h('form', { class: 'timers', 'aria-labelledby': 'console-timers-title' }, fields.element, problem, h('div', { class: 'row' }, set));
  const element = h(
    'section',
    { class: 'console-timers', 'data-testid': 'console-timers' },
    h('h3', { id: 'console-timers-title' }, 'Timers'),
    inUse,
    h('p', { class: 'hint' }, 'New timers apply from the current step on, whose time starts again.'),
    form,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reading = fields.read();
    problem.textContent = reading.ok ? '' : reading.problem;
    if (reading.ok) actions.send({ type: 'timer', timer: reading.timer });
  });
  // The fields are refilled only when the timers in use change, not under the teacher's typing.
  let shown = '';
  return {
    element,
    update(o) {
      const timer = stepTimersOf(o.timer);
      inUse.textContent = `In use: ${describeTimers(timer ?? {})}.`;
      const key = JSON.stringify(timer ?? null);
      if (key === shown) return;
      shown = key;
      fields.fill(timer);
      problem.textContent = '';
    },
  };
}

/**
 * A countdown to the current step's deadline, for the console's status area.
 *
 * @example
 * const countdown = deadlineCountdown();
 * countdown.update(overview); // "This step ends in 3:59", then a tick a second
 */
export function deadlineCountdown(): ConsolePart {
  const element = h('p', { class: 'hint', role: 'timer', 'data-testid': 'console-deadline' });
  let overview: OverviewMessage | null = null;
  const tick = () => {
    const o = overview;
    if (o === null) return;
    element.dataset['deadline'] = o.deadline === null ? '' : String(o.deadline);
    if (o.over) element.textContent = '';
    else if (o.paused) element.textContent = 'Paused: the step’s time is frozen until you resume.';
    else if (o.waitingFor.length > 0) element.textContent = 'The step’s timer has not started: it waits for every team to join (or Start the timers now).';
    else if (o.deadline === null) element.textContent = 'No timer on this step: it waits for every team (or Force this step).';
    else element.textContent = `This step ends in ${timeLeft(o.deadline, Date.now())}; teams still waiting then get the safe default.`;
  };
  setInterval(tick, 1000);
  return {
    element,
    update(o) {
      overview = o;
      tick();
    },
  };
}
