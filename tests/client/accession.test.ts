/**
 * Accession in a real browser (Debian chromium, playwright-core, the production build) at 1366×768:
 * a team that did not sign meets, in an implementation year, the question whether to accede, with
 * its legislature's chance and whether its ratification decides entry into force, in words; it may
 * promise to ratify on a condition (states named, not ids); and the sheet it sends is legal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openClient, RESULTS, type ClientUnderTest } from './support/page.js';

let client: ClientUnderTest;
let page: Page;

beforeAll(async () => {
  client = await openClient(4337);
  page = client.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});
afterAll(async () => {
  await client?.close();
});

describe('a team outside the convention in the browser', () => {
  it('is asked whether to accede, with the chances in words, and may promise to ratify on a condition', async () => {
    await page.goto(client.url);
    await page.getByTestId('setup').waitFor();
    await page.getByTestId('scenario').selectOption('shipped:rsa-2017');
    await page.getByTestId('seed').fill('3');
    await page.getByTestId('preset').selectOption('90');
    for (const select of await page.locator('select[data-seat]').all()) if ((await select.getAttribute('data-seat')) === 'bra') await select.selectOption('human');
    await page.getByTestId('start').click();
    let seen = false;
    for (let guard = 0; guard < 200 && !seen; guard++) {
      if (await page.locator('#debrief:not([hidden])').count()) break;
      const turn = await page.locator('body').getAttribute('data-turn');
      if (turn === 'handover') {
        await page.getByTestId('reveal').click();
        continue;
      }
      if (turn !== 'seat') {
        await page.getByTestId('to-end').click();
        await page.waitForFunction("document.body.dataset.turn !== 'bots' || document.querySelector('#debrief:not([hidden])') !== null", undefined, { timeout: 60_000 });
        continue;
      }
      const form = page.getByTestId('sheet-form');
      await form.waitFor();
      const phase = await form.getAttribute('data-phase');
      // Stay out at signature (and do not ratify at the ratification step), to meet accession later.
      if (phase === 'signature') await form.locator('[data-slot=sign] input[data-option=false]').check();
      if (phase === 'operations' && (await form.locator('[data-slot=submit]').count()) > 0) {
        seen = true;
        const slot = form.locator('[data-slot=submit]');
        expect(await slot.locator('legend').innerText()).toMatch(/^Accede to the convention this year/);
        const outlook = await slot.getByTestId('ratification-outlook').innerText();
        expect(outlook).toMatch(/your legislature approves it with a \d+% chance/);
        expect(outlook).toMatch(/For you, (joining|staying out) is worth more|worth about the same/);
        // A conditional promise, in names.
        const more = form.getByTestId('more-orders');
        if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
        const kind = form.locator('select[aria-label="pledge 1: kind"]');
        await kind.selectOption({ label: 'We promise to submit the convention for ratification once the states below have ratified it' });
        const about = form.locator('select[aria-label="pledge 1: about"]');
        const labels = await about.locator('option').allInnerTexts();
        expect(labels.some((l) => /^at least \d+ of the major powers \(.*United States/.test(l))).toBe(true);
        expect(labels.join(' ')).not.toMatch(/\busa\b|\bchn\b/);
        await slot.locator('input[data-option=true]').check();
        await page.screenshot({ path: `${RESULTS}accession-sheet.png` });
        await slot.screenshot({ path: `${RESULTS}accession-slot.png` });
        await page.getByTestId('submit-sheet').click();
        expect(await page.getByTestId('sheet-error').count()).toBe(0);
        break;
      }
      await page.getByTestId('submit-sheet').click();
    }
    expect(seen).toBe(true);
    expect(client.errors).toEqual([]);
  }, 600_000);
});
