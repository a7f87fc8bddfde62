/**
 * A human seat's order sheet, built from the engine's request: every slot the request opens gets
 * a control offering exactly its legal options (the same description validates the sheet), with
 * what the seat's view lets it foresee of each choice. Defaults are the engine's safe fallback,
 * the sheet a timer would submit. An illegal sheet comes back from the engine as an error naming
 * the slot, shown in the form.
 */
import { ARTICLES, type IllegalDecision, type Request, type Sheet, type View } from '@geneva/engine';
import { h, replaceChildren } from '../ui/dom.js';
import { foresightOf, signed, type Foresight } from './consequences.js';

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
  coalition: 'Coalition',
  lobby: 'Lobby',
  techAccord: 'Tech accord',
  vote: 'Your vote on the text',
  sign: 'Sign the convention?',
  submit: 'Submit it to your legislature for ratification?',
  targets: 'Covert operations against (secret)',
  disclose: 'Disclose your stockpiled vulnerabilities to vendors?',
  requestBackdoor: 'Ask your firms for a backdoor?',
  withdraw: 'Withdraw from the convention?',
  share: 'Share threat intelligence?',
  takedown: 'Take down attacker infrastructure?',
  defendAll: 'Defend customers everywhere (not only at home)?',
  backdoor: 'Your government asks for a backdoor',
  blame: 'Publicly blame someone for the incidents you detected?',
  answers: 'Answer the accusations against you',
  messages: 'Messages (public statements or private to named seats)',
  pledges: 'Pledges (checked by the engine against what you later do)',
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
  const form = h(
    'form',
    { class: 'sheet', 'data-testid': 'sheet-form', 'data-phase': request.phase, 'data-step': request.step, 'data-round': request.round, 'data-seat': view.self.id, 'aria-label': `${view.self.name}: order sheet` },
    h('h2', {}, `${view.self.name}: your order sheet`),
    h('p', { class: 'hint' }, whereLine(request), foresight ? ` · your treaty surplus now ${signed(foresight.surplus)}` : ''),
    ...[...controls.entries()].map(([slot, c]) => section(slot as keyof Slots, c.element)),
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
  form.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}

function whereLine(request: Request): string {
  const phase = request.phase === 'operations' || request.phase === 'blame' || request.phase === 'response' ? `implementation year ${request.year} (${request.phase})` : request.phase;
  return request.phase === 'negotiation' ? `negotiation round ${request.round}` : phase;
}

function section(slot: keyof Slots, control: HTMLElement): HTMLElement {
  return h('fieldset', { class: `slot slot-${slot}`, 'data-slot': slot }, h('legend', {}, QUESTIONS[slot]), control);
}

function controlFor(slot: keyof Slots, spec: NonNullable<Slots[keyof Slots]>, initial: unknown, view: View, foresight: Foresight | null): SlotControl {
  switch (spec.type) {
    case 'choice':
      return radios(slot, spec.options as readonly (string | boolean | null)[], initial, (o) => choiceLabel(slot, o));
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

function choiceLabel(slot: keyof Slots, option: string | boolean | null): string {
  if (option === null) return slot === 'coalition' ? 'none' : 'no one';
  if (option === true) return slot === 'techAccord' ? 'in the accord' : 'yes';
  if (option === false) return slot === 'techAccord' ? 'out of the accord' : 'no';
  return option;
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
    const effect = foresight ? ` (your surplus ${signed(foresight.change(k, c.direction * step))})` : '';
    return `${c.article} ${c.direction > 0 ? '▲ raise' : '▼ lower'} (now ${now.toFixed(2)})${effect}`;
  };
  const control = select(choices, null, label, { 'aria-label': 'Amendment to table', 'data-testid': 'amend' });
  return { element: control.element, read: () => control.read() ?? null };
}

function itemLabel(slot: keyof Slots, item: string, view: View, foresight: Foresight | null): string {
  if (slot !== 'votes') return item;
  const id = Number(item.replace(/^amendment /, ''));
  const pending = view.public.pending.find((a) => a.id === id);
  if (pending === undefined) return item;
  const by = view.actors[pending.by]?.name ?? '?';
  const effect = foresight ? ` — your surplus ${signed(foresight.change(pending.article, pending.delta))}` : '';
  return `${item}: ${ARTICLES[pending.article] ?? '?'} ${pending.delta > 0 ? '▲' : '▼'} by ${by}${effect}`;
}

function list(slot: keyof Slots, items: readonly string[], options: readonly (string | null)[], initial: unknown, view: View, foresight: Foresight | null): SlotControl {
  const starts = Array.isArray(initial) ? (initial as unknown[]) : [];
  const rows = items.map((item, k) => {
    const id = uid(slot);
    const control = select(options, starts[k] ?? options[0], (o) => (o === null ? 'no one' : o), { id });
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
    return { input, element: h('div', { class: 'row' }, h('label', { for: id }, article), input, out) };
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
  const to = recipientOptions(spec.recipients, view);
  const targets = (kind: string): { id: string | number | undefined; label: string }[] =>
    kind === 'support-amendment'
      ? spec.amendments.map((id) => ({ id, label: `amendment ${id}` }))
      : kind === 'no-operations'
        ? [{ id: undefined, label: 'against any state' }, ...spec.states.filter((s) => s !== view.self.id).map((id) => ({ id, label: `against ${id}` }))]
        : [{ id: undefined, label: '—' }];
  const rows = Array.from({ length: spec.max }, (_, k) => {
    const kinds: (string | null)[] = [null, ...spec.kinds];
    const kind = select(kinds, null, (o) => o ?? 'no pledge', { 'aria-label': `pledge ${k + 1}: kind` });
    const target = h('select', { 'aria-label': `pledge ${k + 1}: about` });
    const recipient = select(to, null, (o) => o.label, { 'aria-label': `pledge ${k + 1}: to` });
    const refill = () => replaceChildren(target, ...targets(kind.read() ?? '').map((t, i) => h('option', { value: String(i) }, t.label)));
    kind.element.addEventListener('change', refill);
    refill();
    const read = () => {
      const chosen = kind.read();
      if (chosen === null || chosen === undefined) return null;
      const about = targets(chosen)[Number(target.value)]?.id;
      const id = recipient.read()?.id ?? null;
      return { kind: chosen, to: id === null ? [] : [id], ...(about === undefined ? {} : { target: about }) };
    };
    return { read, element: h('div', { class: 'row' }, kind.element, target, recipient.element) };
  });
  return {
    element: h('div', { class: 'list' }, ...(spec.kinds.length === 0 ? ['(no pledges open now)'] : rows.map((r) => r.element))),
    read: () => rows.map((r) => r.read()).filter((p) => p !== null),
  };
}
