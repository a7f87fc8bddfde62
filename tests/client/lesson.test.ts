/**
 * A lesson in a real browser (Debian chromium, playwright-core, the production build) at a
 * classroom laptop's 1366×768: the printed materials (a human team's briefing names no bot and
 * shows no modellers' notes; the rules sheet; the facilitator guide), then a 45-minute preset
 * played through the page by one human team, counting the sheets it meets against the count the
 * set-up writes beside the preset, and at every sheet: no actor id or slot name in the team's
 * panel, the sheet open at its top, and the draft's articles on the canvas visible beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtinStrategies } from '@geneva/engine';
import { layoutTable } from '../../packages/client/src/scene/layout.js';
import { loadScenario } from '../conformance/support.js';
import { openClient, RESULTS, type ClientUnderTest } from './support/page.js';

let client: ClientUnderTest;
let page: Page;

beforeAll(async () => {
  client = await openClient(4331);
  page = client.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});
afterAll(async () => {
  await client?.close();
});

const shot = (name: string) => page.screenshot({ path: `${RESULTS}lesson-${name}.png` });
const rsa = loadScenario('rsa-2017');
/** Actor ids that are not also English words (rsa-2017 has a forum whose id is "first"). */
const ids = Object.keys(rsa.actors).filter((id) => id !== 'first');
const SLOT_WORDS = ['support-amendment', 'no-operations', 'vote-yes', 'refuse-backdoors', 'surplus', 'salience'];

/** Whole-word, case-sensitive occurrences of actor ids or slot names in `text`. */
function idsIn(text: string): string[] {
  return [...ids.filter((id) => new RegExp(`(^|[^A-Za-z-])${id}([^A-Za-z-]|$)`).test(text)), ...SLOT_WORDS.filter((w) => text.includes(w))];
}

async function chooseSeats(humans: readonly string[]): Promise<void> {
  for (const select of await page.locator('select[data-seat]').all()) {
    const seat = (await select.getAttribute('data-seat'))!;
    if (humans.includes(seat)) await select.selectOption('human');
  }
}

describe('a lesson in the browser', () => {
  it('prints a human team its briefing in words, naming no bot and no modellers’ notes', async () => {
    await page.goto(client.url);
    await page.getByTestId('setup').waitFor();
    await page.getByTestId('scenario').selectOption('shipped:rsa-2017');
    await chooseSeats(['usa', 'rus']);
    await page.getByTestId('briefings').click();
    await page.getByTestId('briefing-usa').waitFor();
    // One page per human team.
    expect(await page.locator('article.briefing').count()).toBe(2);
    const bots = builtinStrategies.flatMap((s) => [s.id, s.name]);
    for (const seat of ['usa', 'rus']) {
      const text = await page.getByTestId(`briefing-${seat}`).innerText();
      for (const heading of ['Who you are', 'What you want, most important first', 'What you cannot accept', 'How your result is scored', 'What only you know', 'Likely allies and rivals']) expect(text).toContain(heading);
      expect(text).not.toMatch(/\bbots?\b/i);
      for (const bot of bots) expect(text.toLowerCase()).not.toContain(bot.toLowerCase());
      for (const note of ['Placed in', 'hurdle (', 'Reservation value', 'Domestic ratification hurdle', 'Exploits in stock', 'Salience']) expect(text).not.toContain(note);
      expect(idsIn(text)).toEqual([]);
      expect(text).toContain('A treaty must beat what staying out is worth to you');
    }
    await shot('briefing');
    await page.getByTestId('close-briefings').click();
    expect(client.errors).toEqual([]);
  });

  it('prints the students’ rules sheet and the facilitator guide from the set-up', async () => {
    await page.getByTestId('rules-sheet').click();
    const rules = await page.getByTestId('rules-page').innerText();
    for (const phase of ['Drafting', 'Negotiation', 'Vote on the text', 'Signature', 'Ratification', 'Implementation']) expect(rules).toContain(phase);
    expect(rules).toContain(`${rsa.actors[rsa.rules.chair]!.name} chairs the conference`);
    await shot('rules-sheet');
    await page.getByTestId('close-rules').click();
    await page.getByTestId('facilitator-guide').click();
    const guide = page.getByTestId('guide-page');
    expect(await guide.locator('h3', { hasText: 'A 90-minute lesson plan' }).count()).toBe(1);
    expect(await guide.locator('table.guide-table tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await guide.innerText()).toContain('Trust over time');
    await shot('guide');
    await page.getByTestId('close-guide').click();
    expect(client.errors).toEqual([]);
  });

  it('plays the 45-minute preset: the sheets a team meets match the set-up, in plain words, beside the draft', async () => {
    await page.getByTestId('scenario').selectOption('shipped:rsa-2017');
    await page.getByTestId('seed').fill('3');
    await chooseSeats(['usa']);
    await page.getByTestId('preset').selectOption('45');
    expect(await page.getByTestId('rounds').inputValue()).toBe('2');
    expect(await page.getByTestId('years').inputValue()).toBe('1');
    const load = await page.getByTestId('preset-load').innerText();
    const range = /hands in (\d+)(?: to (\d+))? order sheets/.exec(load);
    expect(range, load).not.toBeNull();
    const [min, max] = [Number(range![1]), Number(range![2] ?? range![1])];
    await shot('setup-preset');
    await page.getByTestId('start').click();

    let sheets = 0;
    for (let guard = 0; guard < 200; guard++) {
      if (await page.locator('#debrief:not([hidden])').count()) break;
      const turn = await page.locator('body').getAttribute('data-turn');
      if (turn === 'handover') {
        await page.getByTestId('reveal').click();
        continue;
      }
      if (turn === 'seat') {
        await page.getByTestId('sheet-form').waitFor();
        await checkPanel(sheets === 0 ? 'seat' : null);
        sheets++;
        await fillAndSubmit();
        continue;
      }
      await page.getByTestId('to-end').click();
      await page.waitForFunction("document.body.dataset.turn !== 'bots' || document.querySelector('#debrief:not([hidden])') !== null", undefined, { timeout: 60_000 });
    }
    await page.locator('#debrief:not([hidden])').waitFor();
    expect(sheets).toBeGreaterThanOrEqual(min);
    expect(sheets).toBeLessThanOrEqual(max);
    expect(client.errors).toEqual([]);
  }, 600_000);
});

/** The team's panel: plain words, open at its top, beside (never over) the draft on the canvas. */
async function checkPanel(name: string | null): Promise<void> {
  const side = page.locator('#side');
  const text = await side.evaluate((e) => e.textContent ?? '');
  expect(idsIn(text), text.slice(0, 400)).toEqual([]);
  // A team plays a delegation, not a bot: no bot's name or id in its panel.
  expect(text).not.toMatch(/\bbots?\b/i);
  for (const bot of builtinStrategies) expect(text).not.toContain(bot.name);
  // What happened since its last decision opens the panel.
  expect(await side.evaluate((e) => e.firstElementChild?.getAttribute('data-testid'))).toBe('digest');
  expect(await side.evaluate((e) => e.scrollTop)).toBe(0);
  const canvas = page.locator('#stage canvas');
  const box = (await canvas.boundingBox())!;
  // The canvas's drawing size in CSS pixels (the scene lays itself out in these), from the page.
  const size = (await page.evaluate("(() => { const c = document.querySelector('#stage canvas'); return { w: c.width / devicePixelRatio, h: c.height / devicePixelRatio }; })()")) as { w: number; h: number };
  const a = layoutTable([], () => 0, size.w, size.h).articles;
  const k = box.width / size.w;
  const draft = { left: box.x + a.x * k, top: box.y + a.y * k, right: box.x + (a.x + a.w) * k, bottom: box.y + (a.y + a.h) * k };
  const panel = (await side.boundingBox())!;
  // The whole draft column is on screen, and the panel starts to the right of it.
  expect(draft.right).toBeLessThanOrEqual(1366);
  expect(draft.bottom).toBeLessThanOrEqual(768);
  expect(panel.x).toBeGreaterThanOrEqual(draft.right);
  // The sheet's title is in sight: the panel opened at its top.
  const title = (await page.getByTestId('sheet-form').locator('h2').boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(panel.y);
  if (name !== null) await shot(name);
}

/** A team that votes for amendments, the text, signs and ratifies; otherwise the sheet's defaults. */
async function fillAndSubmit(): Promise<void> {
  const form = page.getByTestId('sheet-form');
  const phase = await form.getAttribute('data-phase');
  const radio = (slot: string, option: string) => form.locator(`[data-slot="${slot}"] input[data-option="${option}"]`).check();
  if (phase === 'negotiation') for (const select of await form.locator('[data-slot="votes"] select').all()) await select.selectOption({ label: 'yes' });
  else if (phase === 'vote') await radio('vote', 'yes');
  else if (phase === 'signature') await radio('sign', 'true');
  else if (phase === 'ratification') await radio('submit', 'true');
  await page.getByTestId('submit-sheet').click();
  expect(await page.getByTestId('sheet-error').count()).toBe(0);
}
