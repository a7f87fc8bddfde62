/**
 * The projector of a networked class on the screens a classroom has, in a real browser: the real
 * server (port 4362) serving the client's production build, a class of rsa-2017 (25 seats) set up
 * in the page, and its watch link opened at 1280×720 and at 1920×1080. At each size the table
 * fills the screen beside the side panel, down to its bottom, with nothing cut off or scrolled;
 * the seats' names are drawn at least 16 px high at 1080p and at least 13 px at 720p (the size the
 * scene reports from its actual scale and the canvas's CSS size), and the table refits when the
 * window changes size.
 * Screenshots: test-results/projector-1280x720.png and projector-1920x1080.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { RESULTS } from '../client/support/page.js';
import { servedClass, type ServedClass, type ServerProcess } from './support.js';

const PORT = 4362;
const wait = { timeout: 30_000 };
let served: ServedClass | undefined;
let server: ServerProcess;
let browser: Browser;
let watchLink = '';

beforeAll(async () => {
  served = await servedClass('geneva-projector-', ['--port', String(PORT)]);
  ({ server, browser } = served);
  // The facilitator sets up rsa-2017 with two teams and asks the console for the projector's link.
  const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await facilitator.goto(server.url);
  await facilitator.getByTestId('scenario').selectOption('shipped:rsa-2017');
  await facilitator.getByTestId('seed').fill('3');
  await facilitator.locator('select[data-seat="usa"]').selectOption('human');
  await facilitator.locator('select[data-seat="rus"]').selectOption('human');
  await facilitator.getByTestId('networked').click();
  await facilitator.getByTestId('console').waitFor(wait);
  await facilitator.getByTestId('watch-link-button').click();
  watchLink = (await facilitator.getByTestId('watch-link').getAttribute('href'))!;
});

afterAll(async () => {
  await served?.close();
});

/** Opens the projector at a screen size and waits until the table is drawn and fitted. */
async function projectorAt(width: number, height: number, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(watchLink);
  await page.getByTestId('watch-where').filter({ hasText: /negotiation|drafting/i }).waitFor(wait);
  await page.locator('#stage canvas[data-label-px]').waitFor(wait);
  return page;
}

/** What `measure` reads in the page. */
interface Measured {
  readonly canvas: { left: number; right: number; top: number; bottom: number; width: number; height: number };
  readonly side: { left: number; right: number };
  readonly buffer: { width: number; height: number };
  readonly labelPx: number;
  readonly scroll: { width: number; height: number };
}

/**
 * Where the canvas and the side panel are, the canvas's drawing buffer in CSS pixels (the table
 * is drawn for its box, not stretched), the page's scroll size, and the label size the scene
 * reports. A string, as the tests' TypeScript has no DOM types.
 */
function measure(page: Page): Promise<Measured> {
  return page.evaluate<Measured>(`(() => {
    const canvas = document.querySelector('#stage canvas');
    const box = canvas.getBoundingClientRect();
    const side = document.getElementById('side').getBoundingClientRect();
    return {
      canvas: { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width, height: box.height },
      side: { left: side.left, right: side.right },
      buffer: { width: canvas.width / window.devicePixelRatio, height: canvas.height / window.devicePixelRatio },
      labelPx: Number(canvas.dataset.labelPx),
      scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
    };
  })()`);
}

describe('the projector', () => {
  for (const [width, height, minLabel] of [
    [1280, 720, 13],
    [1920, 1080, 16],
  ] as const)
    it(`fills a ${width}×${height} screen, its seats' names at least ${minLabel} px`, async () => {
      const errors: string[] = [];
      const page = await projectorAt(width, height, errors);
      // The fit follows the window's size and the lines above the table (the waiting notice comes
      // with the server's first messages): wait until the canvas reaches the bottom of the screen
      // and its drawing has caught up with its box.
      const settled = async () => {
        const m = await measure(page);
        return m.canvas.bottom > height - 40 && m.canvas.bottom <= height && Math.abs(m.buffer.height - m.canvas.height) < 2;
      };
      await expect.poll(settled, wait).toBe(true);
      const m = await measure(page);
      await page.screenshot({ path: `${RESULTS}projector-${width}x${height}.png` });
      // The table and the side panel share the width; the table has most of it and reaches the bottom.
      expect(m.canvas.left).toBeLessThan(40);
      expect(m.canvas.right).toBeLessThanOrEqual(m.side.left);
      expect(m.side.right).toBeGreaterThan(width - 40);
      expect(m.canvas.width).toBeGreaterThan(0.68 * width);
      expect(m.canvas.bottom).toBeLessThanOrEqual(height);
      expect(Math.abs(m.buffer.width - m.canvas.width)).toBeLessThan(2);
      expect(Math.abs(m.buffer.height - m.canvas.height)).toBeLessThan(2);
      // Nothing to scroll: the whole projector is on the screen.
      expect(m.scroll.width).toBeLessThanOrEqual(width);
      expect(m.scroll.height).toBeLessThanOrEqual(height);
      expect(m.labelPx).toBeGreaterThanOrEqual(minLabel);
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('refits the table when the window grows from 1280×720 to 1920×1080', async () => {
    const errors: string[] = [];
    const page = await projectorAt(1280, 720, errors);
    const small = (await measure(page)).labelPx;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await measure(page)).labelPx, wait).toBeGreaterThanOrEqual(16);
    expect((await measure(page)).labelPx).toBeGreaterThan(small);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
