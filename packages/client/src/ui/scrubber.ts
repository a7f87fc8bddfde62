/**
 * The review timeline: a slider over every step boundary of a finished game or a replay file,
 * step back and forth, and a jump to the start of any phase, round or year. The table follows, from
 * the perspective chosen in the bar.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { GameState } from '@geneva/engine';
import type { Session } from '../session/session-store.js';
import { h, replaceChildren } from './dom.js';

/** The first timeline index of each phase (each round, each year), labelled. */
export function phaseMarks(timeline: readonly GameState[]): { readonly index: number; readonly label: string }[] {
  const marks: { index: number; label: string }[] = [];
  let last = '';
  timeline.forEach((state, index) => {
    const { phase, round, year } = state.flow;
    const label = phase === 'negotiation' ? `negotiation, round ${round}` : year > 0 && phase !== 'concluded' ? `year ${year}: ${phase}` : phase;
    const key = phase === 'negotiation' ? `n${round}` : year > 0 && phase !== 'concluded' ? `y${year}${phase}` : phase;
    if (key !== last) marks.push({ index, label });
    last = key;
  });
  return marks;
}

/** Builds the scrubber; returns its element. */
export function scrubber(store: StoreApi<Session>): HTMLElement {
  const slider = h('input', { type: 'range', min: 0, max: 0, step: 1, value: 0, 'data-testid': 'scrub', 'aria-label': 'Step of the game shown' });
  const back = h('button', { type: 'button', 'data-testid': 'scrub-back', title: 'Step back (←)' }, '◀ Back');
  const forward = h('button', { type: 'button', 'data-testid': 'scrub-forward', title: 'Step forward (→)' }, 'Forward ▶');
  const jump = h('select', { 'data-testid': 'jump', 'aria-label': 'Jump to a phase' });
  const label = h('output', { 'data-testid': 'scrub-label' });
  slider.addEventListener('input', () => store.getState().scrub(Number(slider.value)));
  back.addEventListener('click', () => store.getState().scrub(store.getState().cursor - 1));
  forward.addEventListener('click', () => store.getState().scrub(store.getState().cursor + 1));
  jump.addEventListener('change', () => store.getState().scrub(Number(jump.value)));
  const root = h('div', { class: 'scrubber', role: 'group', 'aria-label': 'Review timeline' }, back, slider, forward, label, h('label', {}, 'Jump to ', jump));
  let marksOf: readonly GameState[] | null = null;
  const render = (s: Session) => {
    root.hidden = s.timeline.length === 0;
    if (s.timeline.length === 0) return;
    slider.max = String(s.timeline.length - 1);
    slider.value = String(s.cursor);
    back.disabled = s.cursor <= 0;
    forward.disabled = s.cursor >= s.timeline.length - 1;
    label.textContent = `step ${s.cursor} / ${s.timeline.length - 1}`;
    const marks = phaseMarks(s.timeline);
    if (marksOf !== s.timeline) {
      replaceChildren(jump, ...marks.map((m) => h('option', { value: String(m.index) }, m.label)));
      marksOf = s.timeline;
    }
    const current = [...marks].reverse().find((m) => m.index <= s.cursor);
    if (current !== undefined) jump.value = String(current.index);
  };
  store.subscribe((s, previous) => {
    if (s.timeline !== previous.timeline || s.cursor !== previous.cursor) render(s);
  });
  render(store.getState());
  return root;
}
