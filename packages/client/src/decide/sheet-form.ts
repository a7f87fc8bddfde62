/**
 * A human seat's order sheet, built from the engine's request: every slot the request opens gets
 * a control offering exactly its legal options (the same description validates the sheet), with
 * what the seat's view lets it foresee of each choice. Defaults are the engine's safe fallback,
 * the sheet a timer would submit. An illegal sheet comes back from the engine as an error naming
 * the slot, shown in the form.
 */
import { amendmentLabel, ARTICLES, majorPowers, ratificationOutlook, type ConditionByIds, type IllegalDecision, type PledgeKind, type Request, type Sheet, type View } from '@geneva/engine';
import { h, replaceChildren } from '../ui/dom.js';
import { foresightOf, type Foresight } from './consequences.js';
import { actorName, amendmentSentence, articleTitle, outlookWords, pledgeSentence } from './words.js';
import { standing } from './brief-facts.js';

/** A control for one slot: its element and how to read its value. */
interface SlotControl {
  readonly element: HTMLElement;
  /** The slot's value, or undefined to leave the slot out of the sheet. */
  read(): unknown;
}

type Slots = Request['slots'];

/** What each slot asks, in the words of a delegation. */
const QUESTIONS: Readonly<Record<keyof Slots, string>> = {
  text: 'The draft you table as chair (each article between its bounds)',
  amend: 'Table an amendment',
  votes: 'Your votes on the pending amendments',
  coalition: 'Your coalition (public)',
  lobby: 'Lobby governments (raises how much they care about your causes)',
  techAccord: 'The Tech Accord of firms',
  vote: 'Your vote on the text',
  sign: 'Sign the convention?',
  submit: 'Submit it to your legislature for ratification?',
  targets: 'Covert operations against (secret; each uses one of your exploits)',
  disclose: 'Disclose your stockpiled vulnerabilities to vendors?',
  requestBackdoor: 'Ask your firms for a backdoor?',
  withdraw: 'Withdraw from the convention?',
  share: 'Share threat intelligence?',
  takedown: 'Take down attacker infrastructure?',
  defendAll: 'Defend customers everywhere (not only at home)?',
  backdoor: 'Your government asks for a backdoor',
  blame: 'Publicly blame someone for the incidents you detected?',
  answers: 'Answer the accusations against you',
  messages: 'Messages: a public statement, or a private message to one delegation',
  pledges: 'Promises (the game checks them against what you later do, and tells who was promised)',
};

/**
 * Builds the form for `request` into `root`. `onSubmit` gets the sheet and returns the engine's
 * error, if any, which the form then shows.
 */
export function mountSheetForm(root: HTMLElement, view: View, request: Request, fallback: Sheet, onSubmit: (sheet: Sheet) => IllegalDecision | null): void {
  const foresight = foresightOf(view);
  const controls = new Map<string, SlotControl>();
  const base = fallback as unknown as Readonly<Record<string, unknown>>;
  for (const [slot, spec] of Object.entries(request.slots) as [keyof Slots, Slots[keyof Slots]][]) {
    if (spec === undefined) continue;
    controls.set(slot, controlFor(slot, spec, base[slot], view, foresight));
  }
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'sheet-error' });
  const sections = [...controls.entries()].map(([slot, c]) => ({ slot: slot as keyof Slots, element: section(slot as keyof Slots, c.element, request, view) }));
  const first = sections.filter((s) => isPrimary(request.phase, s.slot));
  const rest = sections.filter((s) => !isPrimary(request.phase, s.slot));
  const heading = h('h2', { tabindex: '-1' }, `${view.self.name}: your order sheet`);
  const form = h(
    'form',
    { class: 'sheet', 'data-testid': 'sheet-form', 'data-phase': request.phase, 'data-step': request.step, 'data-round': request.round, 'data-seat': view.self.id, 'aria-label': `${view.self.name}: order sheet` },
    heading,
    h('p', { class: 'hint' }, whereLine(request), foresight ? ` ${standing(view) ?? ''}` : ''),
    ...first.map((s) => s.element),
    first.length === 0 ? h('p', { class: 'hint' }, 'Nothing is required of you in this step: the orders below are optional.') : null,
    // What matters in this step comes first; the rest is folded, a click away, so Submit stays in sight.
    rest.length === 0 ? null : h('details', { class: 'more', 'data-testid': 'more-orders', open: first.length === 0 }, h('summary', {}, `More orders (optional): ${rest.map((s) => SHORT[s.slot]).join(', ')}`), ...rest.map((s) => s.element)),
    error,
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'submit-sheet' }, 'Submit our orders'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sheet: Record<string, unknown> = { phase: request.phase };
    for (const [slot, control] of controls) {
      const value = control.read();
      if (value !== undefined) sheet[slot] = value;
    }
    const problem = onSubmit(sheet as unknown as Sheet);
    error.textContent = problem === null ? '' : `${problem.slot === '' ? '' : `${problem.slot}: `}${problem.message}`;
  });
  replaceChildren(root, form);
  // The sheet opens at its top, not scrolled where the last sheet left the panel, its title in focus.
  // Again once the store's update is over: the page makes the panel a scroll box only when the
  // seat's view shows (hot-seat.ts), and the browser then restores the panel's old scroll offset.
  const toTop = () => {
    for (let node: HTMLElement | null = root; node !== null; node = node.parentElement) node.scrollTop = 0;
  };
  toTop();
  queueMicrotask(toTop);
  heading.focus({ preventScroll: true });
}

/** The slots that are the point of each phase: shown first; the others are folded. */
const PRIMARY: Readonly<Record<Request['phase'], readonly (keyof Slots)[]>> = {
  drafting: ['text'],
  negotiation: ['votes', 'amend'],
  vote: ['vote'],
  signature: ['sign'],
  ratification: ['submit'],
  operations: ['targets', 'submit', 'disclose', 'withdraw', 'backdoor', 'share'],
  blame: ['blame'],
  response: ['answers'],
};

function isPrimary(phase: Request['phase'], slot: keyof Slots): boolean {
  return PRIMARY[phase].includes(slot);
}

/** A slot's name in the folded section's summary. */
const SHORT: Readonly<Record<keyof Slots, string>> = {
  text: 'the draft', amend: 'an amendment', votes: 'votes', coalition: 'coalition', lobby: 'lobbying', techAccord: 'Tech Accord', vote: 'vote', sign: 'signature',
  submit: 'ratification', targets: 'covert operations', disclose: 'disclosure', requestBackdoor: 'backdoor request', withdraw: 'withdrawal', share: 'sharing',
  takedown: 'takedowns', defendAll: 'defence', backdoor: 'backdoor', blame: 'blame', answers: 'answers', messages: 'messages', pledges: 'promises',
};

/** Where the game is, in words. */
function whereLine(request: Request): string {
  switch (request.phase) {
    case 'drafting':
      return 'You chair the conference: table the draft.';
    case 'negotiation':
      return `Negotiation round ${request.round}.`;
    case 'vote':
      return 'The vote on the treaty text.';
    case 'signature':
      return 'The convention is adopted: sign it or not.';
    case 'ratification':
      return 'Ratification: submit the convention to your legislature or not.';
    case 'operations':
      return `Implementation year ${request.year}: this year's operations.`;
    case 'blame':
      return `Implementation year ${request.year}: the attacks you detected.`;
    case 'response':
      return `Implementation year ${request.year}: answer the accusations against you.`;
  }
}

function section(slot: keyof Slots, control: HTMLElement, request: Request, view: View): HTMLElement {
  const note = slot === 'submit' ? outlookNote(view) : null;
  return h('fieldset', { class: `slot slot-${slot}`, 'data-slot': slot }, h('legend', {}, questionOf(slot, request, view)), note, control);
}

/** A slot's question; ratifying in an implementation year is worded as ratifying or acceding. */
function questionOf(slot: keyof Slots, request: Request, view: View): string {
  if (slot !== 'submit' || request.phase !== 'operations') return QUESTIONS[slot];
  return view.public.signed[view.seat] === true
    ? 'Submit the convention to your legislature for ratification this year?'
    : 'Accede to the convention this year (you did not sign it; your legislature must approve)?';
}

/** What submitting means now, in the engine's own numbers. */
function outlookNote(view: View): HTMLElement | null {
  const outlook = ratificationOutlook(view);
  return outlook === null ? null : h('p', { class: 'hint', 'data-testid': 'ratification-outlook' }, outlookWords(outlook));
}

function controlFor(slot: keyof Slots, spec: NonNullable<Slots[keyof Slots]>, initial: unknown, view: View, foresight: Foresight | null): SlotControl {
  switch (spec.type) {
    case 'choice':
      return radios(slot, spec.options as readonly (string | boolean | null)[], initial, (o) => choiceLabel(slot, o, view));
    case 'amendment':
      return amendment(spec.articles, spec.directions, view, foresight);
    case 'list':
      return list(slot, spec.items, spec.options as readonly (string | null)[], initial, view, foresight);
    case 'subset':
      return subset(slot, spec.options, spec.max, initial, view);
    case 'vector':
      return vector(spec.min, spec.max, initial, view);
    case 'messages':
      return messages(spec.max, spec.maxLength, spec.recipients, view);
    case 'pledges':
      return pledges(spec, view);
  }
}

const COALITIONS: Readonly<Record<string, string>> = { friends: 'Friends of the convention', sovereignty: 'Sovereignty group' };

function choiceLabel(slot: keyof Slots, option: string | boolean | null, view: View): string {
  if (option === null) return slot === 'coalition' ? 'no coalition' : 'no one';
  if (option === true) return slot === 'techAccord' ? 'in the accord' : 'yes';
  if (option === false) return slot === 'techAccord' ? 'out of the accord' : 'no';
  return COALITIONS[option] ?? (view.actors.some((a) => a.id === option) ? actorName(view.actors, option) : option);
}

/** What a change of treaty value means to the seat: "good for you (+0.012)". */
function effectWords(change: number): string {
  const size = Math.abs(change).toFixed(3);
  if (size === '0.000') return 'no difference to you';
  return change > 0 ? `good for you (+${size})` : `bad for you (−${size})`;
}

let ids = 0;
/** A unique id for label/control pairs. */
function uid(prefix: string): string {
  return `${prefix}-${++ids}`;
}

function radios<T extends string | boolean | null>(slot: string, options: readonly T[], initial: unknown, label: (o: T) => string): SlotControl {
  const name = uid(slot);
  // Without a fallback value the safe default is to do nothing: no, or none.
  const start = initial !== undefined ? initial : options.includes(false as T) ? false : options.includes(null as T) ? null : options[0];
  const inputs = options.map((option, k) => {
    const input = h('input', { type: 'radio', name, value: String(k), checked: option === start, 'data-option': String(option) });
    return { option, input, element: h('label', { class: 'choice' }, input, ` ${label(option)}`) };
  });
  return {
    element: h('div', { class: 'choices', role: 'radiogroup' }, ...inputs.map((i) => i.element)),
    read: () => inputs.find((i) => i.input.checked)?.option,
  };
}

function select<T>(options: readonly T[], initial: unknown, label: (o: T) => string, attributes: Readonly<Record<string, string>> = {}): { element: HTMLSelectElement; read: () => T | undefined } {
  const element = h('select', attributes, ...options.map((o, k) => h('option', { value: String(k), selected: o === initial }, label(o))));
  return { element, read: () => options[Number(element.value)] };
}

function amendment(articles: readonly string[], directions: readonly (1 | -1)[], view: View, foresight: Foresight | null): SlotControl {
  type Choice = { article: string; direction: 1 | -1 } | null;
  const step = view.rules.amendmentStep;
  const choices: Choice[] = [null, ...articles.flatMap((article) => directions.map((direction) => ({ article, direction })))];
  const label = (c: Choice) => {
    if (c === null) return 'no amendment';
    const k = ARTICLES.indexOf(c.article as (typeof ARTICLES)[number]);
    const now = view.public.text[k] ?? 0;
    const effect = foresight ? `: ${effectWords(foresight.change(k, c.direction * step))}` : '';
    return `${c.direction > 0 ? '▲' : '▼'} ${amendmentSentence(k, c.direction * step, now, view.articles)}${effect}`;
  };
  const control = select(choices, null, label, { 'aria-label': 'Amendment to table', 'data-testid': 'amend' });
  return { element: control.element, read: () => control.read() ?? null };
}

function itemLabel(slot: keyof Slots, item: string, view: View, foresight: Foresight | null): string {
  if (slot !== 'votes') return `${item.replace(/^incident/, 'Incident')}:`;
  const id = Number(item.replace(/^amendment /, ''));
  const pending = view.public.pending.find((a) => a.id === id);
  if (pending === undefined) return item;
  const effect = foresight ? `: ${effectWords(foresight.change(pending.article, pending.delta))}` : '';
  return `A${amendmentLabel(id).slice(1)} by ${actorName(view.actors, pending.by)}, to ${amendmentSentence(pending.article, pending.delta, view.public.text[pending.article] ?? 0, view.articles)}${effect}`;
}

function list(slot: keyof Slots, items: readonly string[], options: readonly (string | null)[], initial: unknown, view: View, foresight: Foresight | null): SlotControl {
  const starts = Array.isArray(initial) ? (initial as unknown[]) : [];
  const rows = items.map((item, k) => {
    const id = uid(slot);
    const control = select(options, starts[k] ?? options[0], (o) => (o === null ? 'no one (stay silent)' : view.actors.some((a) => a.id === o) ? actorName(view.actors, o) : o), { id });
    return { control, element: h('div', { class: 'row' }, h('label', { for: id }, itemLabel(slot, item, view, foresight)), control.element) };
  });
  return {
    element: h('div', { class: 'list' }, ...(rows.length === 0 ? ['(nothing to decide)'] : rows.map((r) => r.element))),
    read: () => rows.map((r) => r.control.read() ?? null),
  };
}

function subset(slot: keyof Slots, options: readonly string[], max: number, initial: unknown, view: View): SlotControl {
  const chosen = new Set(Array.isArray(initial) ? (initial as string[]) : []);
  const boxes = options.map((option) => {
    const input = h('input', { type: 'checkbox', value: option, checked: chosen.has(option) });
    const name = view.actors.find((a) => a.id === option)?.name ?? option;
    return { option, input, element: h('label', { class: 'choice' }, input, ` ${name}`) };
  });
  // At most `max`: the remaining boxes are disabled once the limit is reached.
  const limit = () => {
    const count = boxes.filter((b) => b.input.checked).length;
    for (const b of boxes) b.input.disabled = !b.input.checked && count >= max;
  };
  boxes.forEach((b) => b.input.addEventListener('change', limit));
  limit();
  const note = max === 0 ? ' (none possible now)' : ` (at most ${max})`;
  return {
    element: h('div', { class: 'choices', 'data-max': max }, ...boxes.map((b) => b.element), h('span', { class: 'hint' }, slot === 'targets' ? `${note}; each draws on your exploit stock` : note)),
    read: () => boxes.filter((b) => b.input.checked).map((b) => b.option),
  };
}

function vector(min: readonly number[], max: readonly number[], initial: unknown, view: View): SlotControl {
  const start = Array.isArray(initial) ? (initial as number[]) : [...view.public.text];
  const sliders = ARTICLES.map((article, k) => {
    const id = uid('text');
    const input = h('input', { id, type: 'range', min: min[k] ?? 0, max: max[k] ?? 1, step: 'any', value: start[k] ?? 0 });
    const out = h('output', { for: id }, (start[k] ?? 0).toFixed(2));
    input.addEventListener('input', () => (out.textContent = Number(input.value).toFixed(2)));
    return { input, element: h('div', { class: 'row' }, h('label', { for: id }, articleTitle(article, view.articles)), input, out) };
  });
  return { element: h('div', { class: 'list' }, ...sliders.map((s) => s.element)), read: () => sliders.map((s) => Number(s.input.value)) };
}

function recipientOptions(recipients: readonly string[], view: View): { id: string | null; label: string }[] {
  return [{ id: null, label: 'everyone (public)' }, ...recipients.filter((id) => id !== view.self.id).map((id) => ({ id, label: view.actors.find((a) => a.id === id)?.name ?? id }))];
}

function messages(max: number, maxLength: number, recipients: readonly string[], view: View): SlotControl {
  const to = recipientOptions(recipients, view);
  const rows = Array.from({ length: max }, (_, k) => {
    const target = select(to, null, (o) => o.label, { 'aria-label': `message ${k + 1}: to` });
    const text = h('input', { type: 'text', maxlength: maxLength, placeholder: k === 0 ? 'a statement or a private message (optional)' : '', 'aria-label': `message ${k + 1}: text` });
    return { target, text, element: h('div', { class: 'row' }, target.element, text) };
  });
  return {
    element: h('div', { class: 'list' }, ...rows.map((r) => r.element)),
    read: () =>
      rows
        .filter((r) => r.text.value.trim() !== '')
        .map((r) => {
          const id = r.target.read()?.id ?? null;
          return { to: id === null ? [] : [id], text: r.text.value.trim() };
        }),
  };
}

function pledges(spec: NonNullable<Slots['pledges']>, view: View): SlotControl {
  const to = recipientOptions(spec.recipients, view).map((o) => ({ ...o, label: o.id === null ? 'made to everyone (public)' : `made to ${o.label}` }));
  const amendmentWords = (id: number) => {
    const a = view.public.pending.find((p) => p.id === id);
    return a === undefined ? amendmentLabel(id) : `${amendmentLabel(id)} (${amendmentSentence(a.article, a.delta, view.public.text[a.article] ?? 0, view.articles)})`;
  };
  const targets = (kind: string): { id: string | number | undefined; label: string; condition?: ConditionByIds }[] =>
    kind === 'support-amendment'
      ? spec.amendments.map((id) => ({ id, label: amendmentWords(id) }))
      : kind === 'no-operations'
        ? [{ id: undefined, label: 'against any state' }, ...spec.states.filter((s) => s !== view.self.id).map((id) => ({ id, label: `against ${actorName(view.actors, id)}` }))]
        : kind === 'ratify-if'
          ? conditionChoices(spec.states, view).map((c) => ({ id: undefined, label: c.label, condition: c.condition }))
          : [{ id: undefined, label: '—' }];
  const rows = Array.from({ length: spec.max }, (_, k) => {
    const kinds: (PledgeKind | null)[] = [null, ...spec.kinds];
    const kind = select(kinds, null, (o) => (o === null ? 'no promise' : `We promise ${pledgeSentence(o, o === 'support-amendment' ? 'the amendment below' : o === 'no-operations' ? 'the state below' : o === 'ratify-if' ? 'the states below' : null)}`), { 'aria-label': `pledge ${k + 1}: kind` });
    const target = h('select', { 'aria-label': `pledge ${k + 1}: about` });
    const recipient = select(to, null, (o) => o.label, { 'aria-label': `pledge ${k + 1}: to` });
    const refill = () => replaceChildren(target, ...targets(kind.read() ?? '').map((t, i) => h('option', { value: String(i) }, t.label)));
    kind.element.addEventListener('change', refill);
    refill();
    const read = () => {
      const chosen = kind.read();
      if (chosen === null || chosen === undefined) return null;
      const picked = targets(chosen)[Number(target.value)];
      const about = picked?.id;
      const id = recipient.read()?.id ?? null;
      return { kind: chosen, to: id === null ? [] : [id], ...(about === undefined ? {} : { target: about }), ...(picked?.condition ?? {}) };
    };
    return { read, element: h('div', { class: 'row' }, kind.element, target, recipient.element) };
  });
  return {
    element: h('div', { class: 'list' }, ...(spec.kinds.length === 0 ? ['(no pledges open now)'] : rows.map((r) => r.element))),
    read: () => rows.map((r) => r.read()).filter((p) => p !== null),
  };
}

/**
 * The conditions a team may attach to a promise to ratify: half or all of the major powers (the
 * engine's `majorPowers`, the same the bots wait for), a majority of all other states, or one named state.
 */
function conditionChoices(states: readonly string[], view: View): { label: string; condition: ConditionByIds }[] {
  const others = view.actors.filter((a) => a.kind === 'state' && a.id !== view.self.id && states.includes(a.id));
  const majors = majorPowers(view.actors, view.seat).filter((a) => states.includes(a.id));
  const names = (list: readonly { id: string }[]) => list.map((a) => actorName(view.actors, a.id)).join(', ');
  const choices: { label: string; condition: ConditionByIds }[] = [];
  if (majors.length >= 2) {
    const half = Math.ceil(majors.length / 2);
    choices.push({ label: `at least ${half} of the major powers (${names(majors)})`, condition: { states: majors.map((a) => a.id), atLeast: half } });
    choices.push({ label: `all of the major powers (${names(majors)})`, condition: { states: majors.map((a) => a.id), atLeast: majors.length } });
  }
  if (others.length >= 2) {
    const majority = Math.floor(others.length / 2) + 1;
    choices.push({ label: `a majority of the other states (${majority} of ${others.length})`, condition: { states: others.map((a) => a.id), atLeast: majority } });
  }
  for (const a of others) choices.push({ label: actorName(view.actors, a.id), condition: { states: [a.id], atLeast: 1 } });
  return choices;
}
