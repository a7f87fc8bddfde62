/**
 * The address the console builds the students' links on. The teacher may have opened the console
 * at 127.0.0.1, which no student's laptop reaches: the server says which addresses the class can
 * reach (every classroom-network address when it listens on 0.0.0.0), the console builds the join
 * and projector links on one of them, and the teacher can pick another. A server that listens on
 * this computer only is said so, in a sentence with the way to open it.
 */
import { h, replaceChildren } from '../ui/dom.js';

/** The address picker of the console. */
export interface AddressPart {
  readonly element: HTMLElement;
  /** The base URL links are built on now (`http://host:port`). */
  base(): string;
  /** The server's answer to the console's join: its reachable addresses. */
  known(addresses: readonly string[], loopbackOnly: boolean): void;
}

/**
 * The "Students' address" section; `changed` runs when the teacher picks another address.
 *
 * @example
 * const address = addressPart(() => renderCodes());
 * address.known(['http://192.168.1.20:8080'], false);
 */
export function addressPart(changed: () => void): AddressPart {
  const select = h('select', { id: 'console-address', 'data-testid': 'console-address' });
  const warning = h('p', { class: 'notice', role: 'alert', 'data-testid': 'console-loopback', hidden: true }, 'Only this computer can reach the server: the students’ laptops cannot. Stop it and start it again with --host 0.0.0.0 (GENEVA_HOST=0.0.0.0 npm run serve).');
  const door = h('p', { class: 'hint', 'data-testid': 'console-join-page' });
  const element = h(
    'section',
    { class: 'console-address', 'aria-labelledby': 'console-address-title' },
    h('h3', { id: 'console-address-title' }, 'Where students join'),
    h('div', { class: 'row' }, h('label', { for: select.id }, 'Address the students use'), select),
    door,
    warning,
  );
  let base = location.origin;
  const show = () => {
    door.textContent = `Students open ${base}/join and type their team’s code, or open their team’s link below.`;
  };
  select.addEventListener('change', () => {
    base = select.value;
    show();
    changed();
  });
  show();
  return {
    element,
    base: () => base,
    known(addresses, loopbackOnly) {
      const choices = addresses.length > 0 ? addresses : [location.origin];
      if (!choices.includes(base)) base = choices[0]!;
      replaceChildren(select, ...choices.map((a) => h('option', { value: a }, a)));
      select.value = base;
      warning.hidden = !loopbackOnly;
      show();
      changed();
    },
  };
}

/**
 * A link of the server's (`http://any:port/?join=CODE`) rebuilt on `base`, keeping its path and query.
 *
 * @example
 * onBase('http://127.0.0.1:8080/?join=K7QF2-MXP9A', 'http://192.168.1.20:8080'); // 'http://192.168.1.20:8080/?join=K7QF2-MXP9A'
 */
export function onBase(link: string, base: string): string {
  try {
    const url = new URL(link);
    return `${base}${url.pathname}${url.search}`;
  } catch {
    return link;
  }
}
