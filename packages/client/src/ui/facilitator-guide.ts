/**
 * The facilitator guide, printable from the set-up page: docs/facilitator.md itself, bundled at
 * build time and drawn with a small Markdown reader (headings, paragraphs, lists, tables, bold and
 * code), so the page and the repository's guide are one text and cannot drift apart.
 */
import guide from '../../../../docs/facilitator.md?raw';
import { h, replaceChildren } from './dom.js';

type Child = HTMLElement | string;

/** Inline Markdown: **bold**, *emphasis* and `code`, as elements (text never becomes markup). */
function inline(text: string): Child[] {
  const parts: Child[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(m[1] !== undefined ? h('strong', {}, m[1]) : m[2] !== undefined ? h('em', {}, m[2]) : h('code', {}, m[3] ?? ''));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

const cells = (line: string) => line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/** The blocks of a Markdown text as elements. */
export function markdownBlocks(text: string): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const take = (test: (l: string) => boolean) => {
      const taken: string[] = [];
      while (i < lines.length && test(lines[i]!)) taken.push(lines[i++]!);
      return taken;
    };
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (line.trim() === '') i++;
    else if (heading) {
      blocks.push(h(heading[1]!.length === 1 ? 'h2' : heading[1]!.length === 2 ? 'h3' : 'h4', {}, ...inline(heading[2]!)));
      i++;
    } else if (line.startsWith('|')) {
      const rows = take((l) => l.startsWith('|')).filter((l) => !/^\|[-| ]+\|$/.test(l));
      const [head, ...body] = rows.map(cells);
      blocks.push(h('table', { class: 'guide-table' }, h('thead', {}, h('tr', {}, ...(head ?? []).map((c) => h('th', {}, ...inline(c))))), h('tbody', {}, ...body.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, ...inline(c))))))));
    } else if (/^(- |\d+\. )/.test(line)) {
      const ordered = /^\d+\. /.test(line);
      const items = take((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('|'));
      const merged = items.reduce<string[]>((acc, l) => (/^(- |\d+\. )/.test(l) ? [...acc, l.replace(/^(- |\d+\. )/, '')] : [...acc.slice(0, -1), `${acc.at(-1) ?? ''} ${l.trim()}`]), []);
      blocks.push(h(ordered ? 'ol' : 'ul', {}, ...merged.map((item) => h('li', {}, ...inline(item)))));
    } else blocks.push(h('p', {}, ...inline(take((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('|') && !/^(- |\d+\. )/.test(l)).join(' '))));
  }
  return blocks;
}

/** Shows the facilitator guide in `root` (a print view with Print and Close). */
export function showFacilitatorGuide(root: HTMLElement, onClose: () => void): null {
  const print = h('button', { type: 'button', class: 'primary', 'data-testid': 'print' }, 'Print');
  const close = h('button', { type: 'button', 'data-testid': 'close-guide' }, 'Close');
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', onClose);
  replaceChildren(root, h('div', { class: 'print-controls' }, print, close, h('span', { class: 'hint' }, 'For the teacher: docs/facilitator.md.')), h('article', { class: 'briefing guide', 'data-testid': 'guide-page' }, ...markdownBlocks(guide)));
  return null;
}
