/**
 * The browser client in a real browser (Debian chromium driven by playwright-core), on its
 * production build: a game set up in the page with two human teams, played through the page's
 * forms to the end with hand-over screens between the teams, the outcome shown equal to the
 * engine's for the same seed and decisions, the private view of one team never on the page while
 * the other has it, a replay file opened and scrubbed, a broken scenario file reported in the page,
 * the autosaved game resumed after a reload, and no console error anywhere. Screenshots of every
 * screen go to test-results/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  builtinStrategy,
  contentHash,
  defineStrategy,
  outcomeOf,
  playGame,
  replay,
  replayRecordOf,
  validateScenario,
  type Outcome,
  type ReplayRecord,
  type Request,
  type Scenario,
  type Sheet,
} from '@geneva/engine';
import { loadScenario } from '../conformance/support.js';
import { openClient, RESULTS, type ClientUnderTest } from './support/page.js';

const SEED = '7';
const ROUNDS = 4;
const YEARS = 2;
const PUBLIC_STATEMENT = 'The United States will ratify a binding convention.';
const PRIVATE_MESSAGE = 'Russia, privately: we will never accept binding verification.';
const temp = mkdtempSync(join(tmpdir(), 'geneva-browser-'));
let client: ClientUnderTest;
let page: Page;

beforeAll(async () => {
  client = await openClient(4321);
  page = client.page;
});
afterAll(async () => {
  await client?.close();
  rmSync(temp, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: `${RESULTS}client-${name}.png` });

/** What both teams decide in the test, phase by phase: the page's forms are filled the same way. */
function teamSheet(request: Request, text: readonly number[]): Sheet {
  const s = request.slots;
  switch (request.phase) {
    case 'drafting':
      return { phase: 'drafting', text: [...text] };
    case 'negotiation': {
      const talk = request.round !== 1 ? [] : request.actor === 'usa' ? [{ to: [], text: PUBLIC_STATEMENT }] : [{ to: ['usa'], text: PRIVATE_MESSAGE }];
      return { phase: 'negotiation', amend: null, votes: s.votes?.items.map(() => 'yes' as const) ?? [], coalition: 'friends', messages: talk };
    }
    case 'vote':
      return { phase: 'vote', vote: 'yes' };
    case 'signature':
      return { phase: 'signature', sign: true };
    case 'ratification':
      return { phase: 'ratification', submit: true };
    case 'operations':
      return { phase: 'operations', targets: [], disclose: true };
    case 'blame':
      return { phase: 'blame', blame: s.blame?.items.map(() => null) ?? [] };
    case 'response':
      return { phase: 'response', answers: s.answers?.items.map(() => 'deny' as const) ?? [] };
  }
}

const team = defineStrategy({
  id: 'team',
  name: 'the test teams',
  description: 'what the test clicks',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide: (view, request) => teamSheet(request, view.public.text),
});

/** The scenario a class plays with the set-up's shorter game (rounds and years). */
function shortened(): Scenario {
  const base = loadScenario('us-russia-bilateral');
  const data = {
    ...base,
    rules: { ...base.rules, rounds: ROUNDS, firstVote: Math.min(base.rules.firstVote, ROUNDS) },
    horizon: { years: YEARS },
    events: base.events.filter((e) => (e.round ?? 0) <= ROUNDS && (e.year ?? 0) <= YEARS),
  };
  const result = validateScenario(data, 'shortened');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

/** Fills the order sheet on the page as teamSheet decides, and submits it. */
async function fillSheet(): Promise<{ phase: string; seat: string }> {
  const form = page.getByTestId('sheet-form');
  const phase = (await form.getAttribute('data-phase'))!;
  const seat = (await form.getAttribute('data-seat'))!;
  const round = Number(await form.getAttribute('data-round'));
  const radio = (slot: string, option: string) => form.locator(`[data-slot="${slot}"] input[data-option="${option}"]`).check();
  // The optional orders (coalition, messages, promises) are folded: unfold them as a team would.
  for (const more of await form.locator('details.more:not([open]) > summary').all()) await more.click();
  if (phase === 'negotiation') {
    for (const select of await form.locator('[data-slot="votes"] select').all()) await select.selectOption({ label: 'yes' });
    await radio('coalition', 'friends');
    if (round === 1) {
      const message = form.locator('[data-slot="messages"] .row').first();
      if (seat === 'rus') await message.locator('select').selectOption({ label: 'United States' });
      await message.locator('input').fill(seat === 'usa' ? PUBLIC_STATEMENT : PRIVATE_MESSAGE);
    }
  } else if (phase === 'vote') await radio('vote', 'yes');
  else if (phase === 'signature') await radio('sign', 'true');
  else if (phase === 'ratification') await radio('submit', 'true');
  else if (phase === 'operations' && (await form.locator('[data-slot="disclose"]').count()) > 0) await radio('disclose', 'true');
  await page.getByTestId('submit-sheet').click();
  return { phase, seat };
}

/** A sheet without its empty talk (the page sends no messages and no pledges as empty lists). */
function normalised(sheet: Sheet): Record<string, unknown> {
  return Object.fromEntries(Object.entries(sheet).filter(([key, value]) => !(Array.isArray(value) && value.length === 0 && (key === 'messages' || key === 'pledges')) && value !== false));
}

/** The raw outcome values the debrief shows (data-value holds each one's JSON). */
async function shownOutcome(keys: readonly string[]): Promise<Record<string, unknown>> {
  const shown: Record<string, unknown> = {};
  for (const key of keys) {
    const cell = page.locator(`[data-testid="outcome-${key}"]`);
    if ((await cell.count()) === 0) continue;
    shown[key] = JSON.parse((await cell.first().getAttribute('data-value'))!);
  }
  return shown;
}

describe('the browser client', () => {
  it('opens on the set-up screen', async () => {
    await page.goto(client.url);
    await page.getByTestId('setup').waitFor();
    expect(await page.locator('#stage canvas').count()).toBe(1);
    await shot('setup');
    expect(client.errors).toEqual([]);
  });

  it('reports the problems of a broken scenario file in the page, naming the file, path and reason', async () => {
    await page.getByTestId('scenario-file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: broken\ntitle: A broken scenario\nrules:\n  rounds: many\n') });
    const problems = page.getByTestId('scenario-problems');
    await problems.locator('li').first().waitFor();
    const lines = await problems.locator('li').allTextContents();
    expect(lines.some((l) => /^broken\.yaml:4:\d+: rules\.rounds: /.test(l))).toBe(true);
    await shot('scenario-problems');
    expect(client.errors).toEqual([]);
  });

  it('prints one role briefing per seat, from the scenario, before the game', async () => {
    await page.getByTestId('scenario').selectOption('shipped:us-russia-bilateral');
    await page.getByTestId('briefings').click();
    const scenario = loadScenario('us-russia-bilateral');
    for (const id of Object.keys(scenario.actors)) await page.getByTestId(`briefing-${id}`).waitFor();
    expect(await page.locator('article.briefing').count()).toBe(Object.keys(scenario.actors).length);
    expect(await page.getByTestId('briefing-usa').innerText()).toContain('United States: role briefing');
    await shot('briefings');
    await page.getByTestId('close-briefings').click();
    await page.getByTestId('setup').waitFor();
    expect(client.errors).toEqual([]);
  });

  it('plays a game with two human teams through the page, hand-over between them, to the engine outcome', async () => {
    await page.getByTestId('scenario').selectOption('shipped:us-russia-bilateral');
    await page.getByTestId('seed').fill(SEED);
    await page.getByTestId('rounds').fill(String(ROUNDS));
    await page.getByTestId('years').fill(String(YEARS));
    await page.locator('select[data-seat="usa"]').selectOption('human');
    await page.locator('select[data-seat="rus"]').selectOption('human');
    await page.getByTestId('start').click();
    await page.getByTestId('where').filter({ hasText: `us-russia-bilateral · seed ${SEED}` }).waitFor();

    const shots = new Set<string>();
    let sheets = 0;
    let sawPrivateMessage = false;
    let sawRollCall = false;
    let sawShock = false;
    for (let guard = 0; guard < 300; guard++) {
      if (await page.locator('#debrief:not([hidden])').count()) break;
      const turn = await page.locator('body').getAttribute('data-turn');
      if (turn === 'handover') {
        // Nothing private on the page: no brief, no sheet, no private message, the public table only.
        const text = await page.locator('body').innerText();
        expect(text).not.toContain('private brief');
        expect(text).not.toContain('order sheet');
        expect(text).not.toContain(PRIVATE_MESSAGE);
        expect(await page.locator('[data-testid="private-brief"], [data-testid="sheet-form"]').count()).toBe(0);
        expect(JSON.parse((await page.locator('#stage').getAttribute('data-perspective'))!)).toEqual({ kind: 'public' });
        expect(await page.getByTestId('time-up').isVisible()).toBe(true);
        if (!shots.has('handover')) await shot('handover').then(() => shots.add('handover'));
        await page.getByTestId('reveal').click();
        continue;
      }
      if (turn === 'seat') {
        const brief = await page.getByTestId('private-brief').innerText();
        const seat = await page.getByTestId('sheet-form').getAttribute('data-seat');
        // A private message is in the briefs of its sender and its recipient only.
        if (brief.includes(PRIVATE_MESSAGE)) {
          expect(['usa', 'rus']).toContain(seat);
          if (seat === 'usa') sawPrivateMessage = true;
        }
        const perspective = JSON.parse((await page.locator('#stage').getAttribute('data-perspective'))!) as { kind: string; seat?: number };
        expect(perspective.kind).toBe('seat');
        // Before deciding, the team reads what happened since its last decision, at the top of its panel.
        const digest = page.getByTestId('digest');
        expect(await page.locator('#side > *').first().getAttribute('data-testid')).toBe('digest');
        const round = Number(await page.getByTestId('sheet-form').getAttribute('data-round'));
        const phase = await page.getByTestId('sheet-form').getAttribute('data-phase');
        if (phase === 'negotiation' && round === 2) {
          const told = await digest.innerText();
          // Round 1's words: the rival's public statement, and the private message to its recipient only.
          if (seat === 'rus') expect(told).toContain(PUBLIC_STATEMENT);
          if (seat === 'usa') expect(told).toContain(PRIVATE_MESSAGE);
          if (seat === 'usa' && !shots.has('digest-talk')) await shot('digest-talk').then(() => shots.add('digest-talk'));
        }
        if (phase === 'negotiation' && round === 3) {
          // Round 2's roll calls: each amendment, who voted for and against, and the team's own yes.
          const calls = await digest.locator('[data-kind="roll-call"]').allInnerTexts();
          expect(calls.length).toBeGreaterThan(0);
          for (const call of calls) expect(call).toMatch(/^Amendment \d+ by .+: (passed|failed) with \d+% of the weighted votes\. For: .*\byou\b.*\. Against: /s);
          sawRollCall = true;
        }
        if (phase === 'negotiation' && round === 4) {
          // The round's opening shock is news before the team decides the round, not after.
          expect(await digest.innerText()).toContain(seat === 'usa' ? 'An election in your country was attacked' : 'An election in United States was attacked');
          sawShock = true;
          if (!shots.has('digest-votes')) await shot('digest-votes').then(() => shots.add('digest-votes'));
        }
        await fillSheet();
        expect(await page.getByTestId('sheet-error').count()).toBe(0);
        sheets++;
        continue;
      }
      // The bots' turn: the news shows only the public record.
      expect(await page.locator('body').innerText()).not.toContain(PRIVATE_MESSAGE);
      if (!shots.has('bots')) await shot('bots').then(() => shots.add('bots'));
      await page.getByTestId('to-end').click();
    }
    expect(sawPrivateMessage).toBe(true);
    expect(sawRollCall).toBe(true);
    expect(sawShock).toBe(true);
    expect(sheets).toBeGreaterThan(8);
    await page.locator('#debrief:not([hidden])').waitFor();
    await shot('debrief');
    // The debrief keeps each seat's messages: the teams come first in the picker.
    const talk = page.getByTestId('debrief-talk');
    expect(await page.getByTestId('debrief-talk-seat').inputValue()).toBe('0');
    const usaTalk = await talk.innerText();
    expect(usaTalk).toContain(PUBLIC_STATEMENT);
    expect(usaTalk).toContain(PRIVATE_MESSAGE);
    await page.getByTestId('debrief-talk-seat').selectOption({ label: 'China' });
    expect(await talk.innerText()).not.toContain(PRIVATE_MESSAGE);

    const scenario = shortened();
    const engineGame = playGame(scenario, { seed: SEED, seats: { usa: 'team', rus: 'team' }, strategies: (id) => (id === 'team' ? team : builtinStrategy(id)) });
    const expected: Outcome = outcomeOf(engineGame);

    // The replay file the page offers: the teams' sheets step by step, as the engine's test teams decide them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-replay').click()]);
    const file = join(temp, 'class.replay.json');
    await download.saveAs(file);
    const record = JSON.parse(readFileSync(file, 'utf8')) as ReplayRecord;
    expect(record.scenario.hash).toBe(contentHash(scenario));
    const engineRecord = replayRecordOf(engineGame);
    record.steps.forEach((step, k) => {
      for (const seat of ['usa', 'rus']) {
        const ours = step.sheets[seat];
        if (ours === undefined) continue;
        expect(normalised(ours), `step ${step.step} (${step.phase}), ${seat}`).toEqual(normalised(engineRecord.steps[k]!.sheets[seat]!));
      }
    });
    expect(replay(scenario, record).ok).toBe(true);
    expect(record.outcome).toEqual(expected);

    // And the debrief shows that outcome.
    const shown = await shownOutcome(Object.keys(expected));
    for (const key of ['inForce', 'ratifications', 'signatories', 'civilianHarm', 'incidents', 'adopted']) expect(shown).toHaveProperty(key);
    for (const [key, value] of Object.entries(shown)) expect(value, key).toEqual(expected[key as keyof Outcome]);

    // Who did best: every actor's welfare, the teams' included.
    for (const id of ['usa', 'rus', 'chn']) expect(JSON.parse((await page.getByTestId(`welfare-${id}`).getAttribute('data-value'))!)).toBe(expected.welfareBy[id]);

    // The outcome as CSV, for the class's spreadsheet.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('outcome-csv').click()]);
    const csvFile = join(temp, 'class.outcome.csv');
    await csv.saveAs(csvFile);
    const [header, row] = readFileSync(csvFile, 'utf8').split('\n');
    const cells = Object.fromEntries(header!.split(',').map((key, k) => [key, row!.split(',')[k]]));
    expect(cells['humans']).toBe('usa;rus');
    expect(cells['ratifications']).toBe(String(expected.ratifications));
    expect(cells['civilianHarm']).toBe(String(expected.civilianHarm));
    expect(client.errors).toEqual([]);
  }, 600_000);

  it('opens a replay file and scrubs through it from any perspective', async () => {
    const final = playGame(loadScenario('rsa-2017'), { seed: 5 });
    const record = replayRecordOf(final);
    const file = join(temp, 'rsa.replay.json');
    writeFileSync(file, JSON.stringify(record));
    await page.getByTestId('new-game').click();
    await page.getByTestId('replay-file').setInputFiles(file);
    const slider = page.getByTestId('scrub');
    await slider.waitFor();
    expect(await slider.getAttribute('max')).toBe(String(record.steps.length));
    const step = async () => Number(await page.locator('#stage').getAttribute('data-step'));
    await page.locator('body').press('Home');
    expect(await page.getByTestId('scrub-label').textContent()).toBe(`step 0 / ${record.steps.length}`);
    await page.getByTestId('scrub-forward').click();
    await page.getByTestId('scrub-forward').click();
    expect(await page.getByTestId('scrub-label').textContent()).toBe(`step 2 / ${record.steps.length}`);
    await page.getByTestId('scrub-back').click();
    expect(await page.getByTestId('scrub-label').textContent()).toBe(`step 1 / ${record.steps.length}`);
    await page.getByTestId('jump').selectOption({ label: 'year 1: operations' });
    expect(await page.getByTestId('where').textContent()).toMatch(/operations, year 1/);
    const atYearOne = await step();
    await page.getByTestId('perspective').selectOption({ label: 'United States' });
    const perspective = JSON.parse((await page.locator('#stage').getAttribute('data-perspective'))!) as { kind: string; seat: number };
    expect(perspective).toEqual({ kind: 'seat', seat: final.actors.findIndex((a) => a.id === 'usa') });
    expect(await step()).toBe(atYearOne);
    await shot('replay-seat');
    await page.getByTestId('perspective').selectOption({ label: 'everyone (omniscient)' });
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('End');
    expect(await page.getByTestId('where').textContent()).toMatch(/concluded/);
    const shown = await shownOutcome(['inForce', 'incidents', 'civilianHarm']);
    expect(shown).toEqual({ inForce: record.outcome.inForce, incidents: record.outcome.incidents, civilianHarm: record.outcome.civilianHarm });
    await shot('replay-end');
    expect(client.errors).toEqual([]);
  });

  it('autosaves a game in progress and resumes it after a reload', async () => {
    await page.getByTestId('new-game').click();
    await page.getByTestId('scenario').selectOption('shipped:us-russia-bilateral');
    await page.getByTestId('seed').fill('11');
    await page.locator('select[data-seat="usa"]').selectOption('human');
    await page.getByTestId('start').click();
    // The United States chairs: it tables the draft first (the form's defaults), then the bots play on.
    await page.getByTestId('reveal').click();
    await page.getByTestId('submit-sheet').click();
    await page.locator('body[data-turn="handover"]').waitFor();
    const where = await page.getByTestId('where').textContent();
    await client.ensureServer();
    await page.reload();
    await page.getByTestId('resume').click();
    await page.locator('body[data-turn="handover"]').waitFor();
    expect(await page.getByTestId('where').textContent()).toBe(where);
    // The set-up is remembered too.
    await page.reload();
    await page.getByTestId('setup').waitFor();
    expect(await page.getByTestId('seed').inputValue()).toBe('11');
    expect(await page.locator('select[data-seat="usa"]').inputValue()).toBe('human');
    expect(client.errors).toEqual([]);
  });
});
