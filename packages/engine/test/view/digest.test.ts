/**
 * The digest: what a seat is told before each decision. Two human seats (the United States and
 * Russia) play rsa-2017 against bots; the test drives their sheets and reads what each is told.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyDecision, createGame, legalDecisions, playBots } from '../../src/game/game.js';
import { playGame } from '../../src/game/run.js';
import { defaultSheetFor } from '../../src/flow/fallback.js';
import type { Sheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { viewFor } from '../../src/view/view.js';
import { digestFor, publicDigest, sentenceOf, type DigestEntry, type RollCallEntry } from '../../src/view/digest.js';
import { messageArchive } from '../../src/view/archive.js';
import { publicViewOf } from '../../src/view/view.js';
import { fixedTypes, loadScenario } from '../support/scenarios.js';

// Fixed types: the scripted round 1 below relies on who else tables an amendment on bindingness.
const scenario = fixedTypes(loadScenario('rsa-2017'));
const HUMANS = ['usa', 'rus'] as const;
type Human = (typeof HUMANS)[number];
const STATEMENT = 'Russia will never accept binding verification.';
const SECRET = 'A private word for the United States only.';

/** Plays the bots, then the humans' sheets (the default, edited by `edit`), for one step. */
function step(game: GameState, edit: (seat: Human, sheet: Sheet) => Sheet = (_s, sheet) => sheet): GameState {
  let state = playBots(game);
  for (const seat of HUMANS) {
    const request = legalDecisions(state, seat);
    if (request === undefined) continue;
    const result = applyDecision(state, seat, edit(seat, defaultSheetFor(viewFor(state, seat), request)));
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  return playBots(state);
}

function ofKind<K extends DigestEntry['kind']>(entries: readonly DigestEntry[], kind: K): Extract<DigestEntry, { kind: K }>[] {
  return entries.filter((e): e is Extract<DigestEntry, { kind: K }> => e.kind === kind);
}

/** Drafting, then round 1: both table an amendment on Bindingness (one loses the draw), Russia speaks and writes to the US. */
function afterRoundOne(): GameState {
  // Germany chairs: the bots table the draft, and the humans' first request is round 1.
  const game = playBots(createGame(scenario, { seed: 11, seats: { usa: 'human', rus: 'human' } }));
  expect(game.flow.round).toBe(1);
  return step(game, (seat, sheet) => {
    if (sheet.phase !== 'negotiation') return sheet;
    const amend = { article: 'binding' as const, direction: seat === 'usa' ? (1 as const) : (-1 as const) };
    const messages = seat === 'rus' ? [{ to: [], text: STATEMENT }, { to: ['usa'], text: SECRET }] : [];
    const pledges = seat === 'rus' ? [{ kind: 'vote-yes' as const, to: ['usa'] }] : [];
    return { ...sheet, amend, messages, pledges };
  });
}

describe('the digest', () => {
  it('tells each seat what came of its amendment, what was said to it and what was tabled', () => {
    const game = afterRoundOne();
    expect(game.flow.round).toBe(2);
    const usa = digestFor(viewFor(game, 'usa'));
    const rus = digestFor(viewFor(game, 'rus'));
    const tabled = game.world.public.pending.find((a) => a.article === 6)!;
    const winner = game.actors[tabled.by]!.id as Human;
    const loser: Human = winner === 'usa' ? 'rus' : 'usa';
    const told = { usa, rus };
    expect(ofKind(told[loser].entries, 'amendment').find((e) => e.mine)?.fate).toBe('withdrawn-in-draw');
    expect(ofKind(told[loser].entries, 'amendment').find((e) => e.mine)?.text).toMatch(/the draw picked theirs/);
    expect(ofKind(told[winner].entries, 'amendment').find((e) => e.mine)?.fate).toBe('tabled');
    // Russia's statement and private message reach the US; its own words are not news to Russia.
    expect(ofKind(usa.entries, 'statement').map((e) => e.words)).toContain(STATEMENT);
    expect(ofKind(usa.entries, 'message').map((e) => e.text)).toEqual([`Russia wrote privately to you: “${SECRET}”`]);
    expect(ofKind(rus.entries, 'statement').map((e) => e.words)).not.toContain(STATEMENT);
    expect(ofKind(usa.entries, 'pledge').map((e) => e.text)).toContain('Russia promised to you to vote for the text.');
    // Nobody else reads the private message or the private pledge.
    const chn = digestFor(viewFor(game, 'chn'));
    expect(JSON.stringify(chn)).not.toContain(SECRET);
    expect(ofKind(chn.entries, 'pledge').filter((e) => e.by === 'rus' && e.visibility === 'private')).toEqual([]);
    expect(ofKind(usa.entries, 'pledge').filter((e) => e.by === 'rus' && e.visibility === 'private')).toHaveLength(1);
  });

  it('gives every roll call of the step before the next decision, and only news since the last one', () => {
    let game = afterRoundOne();
    const pendingIds = game.world.public.pending.map((a) => a.id);
    expect(pendingIds.length).toBeGreaterThan(0);
    // Round 2: the US votes yes on everything, Russia no.
    game = step(game, (seat, sheet) => (sheet.phase === 'negotiation' ? { ...sheet, amend: null, votes: sheet.votes?.map(() => (seat === 'usa' ? 'yes' : 'no')) ?? [] } : sheet));
    const digest = digestFor(viewFor(game, 'usa'));
    const calls = ofKind(digest.entries, 'roll-call');
    expect(calls.map((c) => c.amendment)).toEqual(pendingIds);
    for (const call of calls) {
      expect(call.yes).toContain('usa');
      expect(call.no).toContain('rus');
      expect(call.text).toMatch(/^(Your amendment — )?Amendment \d+ by .+, to (raise|lower) .+ from \d\.\d\d to \d\.\d\d: (passed|failed) with \d+% of the weighted votes\. For: .+\. Against: .+\./);
    }
    // Every passed amendment moved the draft, and the digest says from where to where.
    const moved = ofKind(digest.entries, 'draft-moved');
    expect(moved.map((m) => m.amendment)).toEqual(calls.filter((c) => c.passed).map((c) => c.amendment));
    // Round 1's talk was news last time, not now.
    expect(ofKind(digest.entries, 'statement').map((e) => e.words)).not.toContain(STATEMENT);
    expect(digest.since).toBe(game.history.filter((h) => h.seats.includes(0)).at(-1)!.index);
    expect(digest.headline).toMatch(/^Since your last decision: \d+ roll calls?/);
  });

  it('says so when every state with a vote abstained, rather than a defeat with 0%', () => {
    // us-russia-bilateral: the United States and Russia vote; China observes without a vote.
    let game = playBots(createGame(loadScenario('us-russia-bilateral'), { seed: 2, seats: { usa: 'human', rus: 'human' } }));
    const abstain = (_seat: Human, sheet: Sheet): Sheet => (sheet.phase === 'negotiation' ? { ...sheet, amend: null, votes: sheet.votes?.map(() => 'abstain' as const) ?? [] } : sheet);
    for (let round = game.flow.round; round < 3; round++) game = step(game, abstain);
    const calls = ofKind(digestFor(viewFor(game, 'usa')).entries, 'roll-call');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.text).toMatch(/: failed as every state with a vote abstained\. For: none\. Against: none\. Abstained: you and Russia\. Without a vote: China \((for|against|abstained)\)\./);
  });

  it('tells a strategy the same from its own mark, and the projector the public part only', () => {
    const game = afterRoundOne();
    const view = viewFor(game, 'usa');
    expect(digestFor(view, view.me.lastDecision)).toEqual(digestFor(view));
    const projector = publicDigest(publicViewOf(game), 0);
    expect(JSON.stringify(projector)).not.toContain(SECRET);
    expect(ofKind(projector.entries, 'statement').map((e) => e.words)).toContain(STATEMENT);
    expect(projector.entries.every((e) => e.visibility === 'public')).toBe(true);
  });

  it('never names an actor by its id, nor says "you" ungrammatically, in any seat\'s digest of any step of a bot game', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        let game = createGame(scenario, { seed });
        const ids = game.actors.map((a) => a.id);
        const word = new RegExp(`\\b(${ids.join('|')})\\b`);
        while (game.flow.phase !== 'concluded') {
          game = playBots(game, undefined, 1);
          for (const id of ids) {
            for (const entry of digestFor(viewFor(game, id)).entries) {
              expect(entry.text).not.toMatch(word);
              expect(entry.text).not.toMatch(/\byou's\b|\bin you\b|\b[Yy]ou (was|has|is)\b|\bthe you\b/);
            }
          }
        }
      }),
      { numRuns: 3 },
    );
  });
});

describe('the message archive', () => {
  it('keeps every message by counterpart, in order, with when it was said', () => {
    const game = afterRoundOne();
    const usa = messageArchive(viewFor(game, 'usa'));
    expect(usa[0]!.with).toBe('public');
    expect(usa[0]!.messages.map((m) => m.text)).toContain(STATEMENT);
    const withRussia = usa.find((c) => c.with === 'rus')!;
    expect(withRussia.title).toBe('Russia');
    expect(withRussia.messages).toEqual([expect.objectContaining({ text: SECRET, fromName: 'Russia', mine: false, when: 'negotiation, round 1' })]);
    const rus = messageArchive(viewFor(game, 'rus'));
    expect(rus.find((c) => c.with === 'usa')!.messages[0]).toMatchObject({ text: SECRET, mine: true });
    expect(messageArchive(viewFor(game, 'chn')).some((c) => c.messages.some((m) => m.text === SECRET))).toBe(false);
  });
});

describe('decision marks', () => {
  it('replay and a finished game agree on every seat\'s mark', () => {
    const game = playGame(scenario, { seed: 5 });
    for (const facts of game.world.private) expect(facts.lastDecision.step).toBe(game.history.filter((h) => h.seats.includes(facts.index)).at(-1)?.index ?? -1);
  });

  it('a roll-call entry lists every state exactly once', () => {
    const game = step(afterRoundOne());
    const states = game.actors.filter((a) => a.kind === 'state').map((a) => a.id).sort();
    for (const call of ofKind(digestFor(viewFor(game, 'usa')).entries, 'roll-call') as RollCallEntry[]) {
      expect([...call.yes, ...call.no, ...call.abstain].sort()).toEqual(states);
    }
  });
});

describe('a digest sentence', () => {
  it('ends with one full stop, none added after a quotation that already ends a sentence', () => {
    expect(sentenceOf('United States said publicly: “We vote against the text for now.”')).toBe('United States said publicly: “We vote against the text for now.”');
    expect(sentenceOf('Russia wrote privately to you: “meet me”')).toBe('Russia wrote privately to you: “meet me”.');
    expect(sentenceOf('The text was adopted')).toBe('The text was adopted.');
    expect(sentenceOf('Really?')).toBe('Really?');
  });
});
