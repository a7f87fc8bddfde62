/**
 * The students' door to a networked class (`/join`): one box for the code the teacher gave the
 * team, and a Join button. The code is checked with the server before the page moves on, so a
 * mistyped code gets a sentence here (not a half-loaded seat screen); a good one opens the team's
 * screen (`/?join=CODE`) already holding the seat.
 */
import type { ServerMessage } from '@geneva/server';
import { h, replaceChildren } from '../ui/dom.js';
import { rememberSeatToken } from './seat-connection.js';

/** A code as a team types it: letters and digits, dashes and spaces ignored. */
const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9\s-]{3,31}$/;

/** Builds the join page into `root`; `initial`: a code to fill in (a seat screen sending the team back). */
export function mountJoinScreen(root: HTMLElement, initial = ''): void {
  const input = h('input', { id: 'join-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', placeholder: 'K7QF2-MXP9A', 'data-testid': 'join-code', value: initial, required: true });
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': 'join-button' }, 'Join');
  const problem = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'join-problem' });
  const form = h(
    'form',
    { class: 'join', 'data-testid': 'join-screen', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, 'Join your class'),
    h('p', {}, 'Type the code your teacher gave your team. It looks like K7QF2-MXP9A; capitals and the dash do not matter.'),
    h('div', { class: 'row' }, h('label', { for: input.id }, 'Your team’s code'), input, button),
    problem,
    h('p', { class: 'hint' }, 'Several laptops of one team may use the same code. Teacher? ', h('a', { href: '/' }, 'Set a game up here'), '.'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = input.value.trim().toUpperCase();
    if (!CODE_SHAPE.test(code)) {
      problem.textContent = 'That is not a join code: type the code your teacher gave you, 10 letters and digits like K7QF2-MXP9A.';
      return;
    }
    button.disabled = true;
    problem.textContent = '';
    void checkCode(code).then((answer) => {
      button.disabled = false;
      if (answer.ok) location.assign(`/?join=${encodeURIComponent(code)}`);
      else problem.textContent = answer.problem;
    });
  });
  replaceChildren(root, form);
  input.focus();
}

type Answer = { readonly ok: true } | { readonly ok: false; readonly problem: string };

/** Joins the seat of `code` once, keeping the token for the team's screen; a sentence when refused. */
function checkCode(code: string): Promise<Answer> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    } catch {
      return resolve({ ok: false, problem: 'This page cannot reach the game server: ask your teacher for the class’s address.' });
    }
    const done = (answer: Answer) => {
      socket.close();
      resolve(answer);
    };
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'join', code })));
    socket.addEventListener('error', () => resolve({ ok: false, problem: 'No game server answers at this address: ask your teacher for the class’s address.' }));
    socket.addEventListener('message', (event) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(String(event.data)) as ServerMessage;
      } catch {
        return;
      }
      if (message.type === 'joined' && message.role === 'seat') {
        rememberSeatToken(code, message.token);
        done({ ok: true });
      } else if (message.type === 'error') done({ ok: false, problem: refusalWords(code, message.code, message.message) });
    });
  });
}

/** A refusal of a join code, in a sentence a student can act on. */
function refusalWords(code: string, errorCode: string, message: string): string {
  if (errorCode === 'unauthorized') return `No team’s seat has the code ${code}: check it with your teacher (a new code may have replaced it).`;
  if (errorCode === 'too-many-attempts') return `Too many wrong codes from this network: ${message}.`;
  return `The server refused the code: ${message}.`;
}
