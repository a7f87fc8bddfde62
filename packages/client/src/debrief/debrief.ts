/**
 * The debrief screen: after a game, what happened and why. The outcome metrics, the plots (trust,
 * article positions, incidents and harm per year, who signed, ratified and withdrew) and a timeline
 * of the key events. Teachers call the debrief the weak link of every classroom simulation, and ask
 * for "a timeline that ties each proposal, message and event to the graphs it moved": here picking
 * or hovering an event marks its step on every plot, and picking an event or a point of a plot asks
 * the host (through `onJump`) to show the table as it was at that step.
 */
import { outcomeOf, type GameState } from '@geneva/engine';
import { h } from '../ui/dom.js';
import { debriefCharts } from './charts.js';
import { keyEventGroups } from './key-events.js';
import { headline, outcomeTable, welfareRanking } from './outcome-table.js';
import { participationTable } from './participation.js';
import { debriefSeries } from './series.js';
import { standInList, standInsOf } from './stand-ins.js';
import { talkSection } from './talk.js';
import { timeline } from './timeline.js';
import './debrief.css';

/** What the host of the debrief may be told. */
export interface DebriefOptions {
  /** Called when the user picks an event or a point of a plot: the timeline index (0 = before the first step, k = after step k) to show on the table. */
  readonly onJump?: (timelineIndex: number) => void;
}

/** Ids of headings must be unique in the page, even with two debriefs side by side. */
let mounted = 0;

/**
 * Renders the debrief of a game into root (replacing its content). states[0] is the game before
 * its first step, states[k] the game after k steps; the last is the final state (usually
 * concluded). Returns a function that removes listeners/charts.
 *
 * @example
 * const unmount = mountDebrief(document.querySelector('#debrief')!, states, { onJump: (k) => showTable(states[k]!) });
 */
export function mountDebrief(root: HTMLElement, states: readonly GameState[], options: DebriefOptions = {}): () => void {
  const final = states.at(-1);
  if (final === undefined) throw new RangeError('mountDebrief needs at least one state of the game');
  const id = `debrief-${++mounted}`;
  const outcome = outcomeOf(final);
  const series = debriefSeries(states);
  let selected: HTMLElement | null = null;

  const jump = (index: number) => {
    charts.mark(index);
    options.onJump?.(index);
  };
  const charts = debriefCharts(series, (index) => {
    // A point picked on a plot: forget the timeline's selection, which no longer matches.
    selected?.removeAttribute('aria-current');
    selected = null;
    jump(index);
  });
  const enteredIntoForce = final.log.some((e) => e.type === 'in-force');
  const standIns = standInList(standInsOf(final, series.labels));

  const section = (key: string, title: string, ...body: HTMLElement[]) =>
    h('section', { class: `debrief-section debrief-section-${key}`, 'aria-labelledby': `${id}-${key}` }, h('h3', { id: `${id}-${key}` }, title), ...body);
  const screen = h(
    'article',
    { class: 'debrief', 'aria-labelledby': `${id}-title`, 'data-testid': 'debrief' },
    h(
      'header',
      { class: 'debrief-header' },
      h('h2', { id: `${id}-title` }, `Debrief: ${final.scenario.title}`),
      h('p', { class: 'debrief-meta' }, `Scenario ${final.scenarioId} · seed ${final.seed} · ${states.length - 1} steps${final.flow.phase === 'concluded' ? '' : ' (the game is not over)'}`),
      h('p', { class: 'debrief-headline', 'data-testid': 'debrief-headline' }, headline(outcome, enteredIntoForce)),
    ),
    h(
      'div',
      { class: 'debrief-layout' },
      h(
        'div',
        { class: 'debrief-main' },
        section('outcome', 'Outcome', outcomeTable(outcome)),
        section('welfare', 'Who did best', welfareRanking(outcome, final)),
        section('trust', 'Trust over time', charts.trust),
        section('articles', 'Article positions', charts.articles),
        section('years', 'Incidents and civilian harm per year', charts.years),
        section('participation', 'Who signed, ratified and withdrew', participationTable(series)),
        ...(standIns === null ? [] : [section('stand-ins', 'Where a bot stood in for a team', standIns)]),
        section('talk', 'What was said', talkSection(final)),
      ),
      timeline(keyEventGroups(states), `${id}-events`),
    ),
  );

  const jumpTarget = (event: Event): HTMLElement | null => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-jump]') : null;
    return target !== null && screen.contains(target) ? target : null;
  };
  const indexOf = (element: HTMLElement) => Number(element.dataset['jump']);
  const onClick = (event: MouseEvent) => {
    const target = jumpTarget(event);
    if (target === null) return;
    selected?.removeAttribute('aria-current');
    selected = target;
    target.setAttribute('aria-current', 'step');
    jump(indexOf(target));
  };
  // Hovering or tabbing onto an event previews its step on the plots; leaving restores the pick.
  const onPreview = (event: Event) => {
    const target = jumpTarget(event);
    if (target !== null) charts.mark(indexOf(target));
  };
  const onLeave = (event: Event) => {
    if (jumpTarget(event) !== null) charts.mark(selected === null ? null : indexOf(selected));
  };
  screen.addEventListener('click', onClick);
  screen.addEventListener('pointerover', onPreview);
  screen.addEventListener('focusin', onPreview);
  screen.addEventListener('pointerout', onLeave);
  screen.addEventListener('focusout', onLeave);

  root.replaceChildren(screen);
  charts.start();

  return () => {
    screen.removeEventListener('click', onClick);
    screen.removeEventListener('pointerover', onPreview);
    screen.removeEventListener('focusin', onPreview);
    screen.removeEventListener('pointerout', onLeave);
    screen.removeEventListener('focusout', onLeave);
    charts.destroy();
    screen.remove();
  };
}
