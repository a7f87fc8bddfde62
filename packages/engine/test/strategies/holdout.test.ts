import { describe, expect, it } from 'vitest';
import { heldOutFor, holdoutSheet, HOLDOUT_GAIN } from '../../src/strategies/holdout.js';
import { amendmentAppraiser, stateFacts } from '../../src/strategies/estimates.js';
import { viewFor, type View } from '../../src/view/view.js';
import type { Request } from '../../src/flow/requests.js';
import { drive, loadScenario } from '../support/scenarios.js';

interface Case {
  readonly view: View;
  readonly request: Request;
  readonly actor: string;
  readonly votedNo: boolean;
}

/** Every vote on the text by a realist or reciprocator state in 30 rsa-2017 games, with its view and its vote. */
function textVotes(): Case[] {
  const cases: Case[] = [];
  for (let seed = 0; seed < 30; seed++) {
    const views = new Map<number, { view: View; request: Request }>();
    const scenario = loadScenario('rsa-2017');
    drive(scenario, {
      seed: `holdout-${seed}`,
      onStep: (state) => {
        for (const [seat, { view, request }] of views) {
          const roll = state.world.public.rollCalls.at(-1)!;
          cases.push({ view, request, actor: state.actors[seat]!.id, votedNo: roll.votes[seat] === 'no' });
        }
        views.clear();
        for (const r of state.flow.step.requests) {
          if (r.phase !== 'vote') continue;
          const strategy = scenario.actors[state.actors[r.seat]!.id]!.strategy;
          if (strategy === 'realist' || strategy === 'reciprocator') views.set(r.seat, { view: viewFor(state, r.seat), request: r });
        }
      },
    });
  }
  return cases;
}

describe('holding out at an early vote on the text', () => {
  const cases = textVotes();
  const holding = cases.filter((c) => heldOutFor(c.view, stateFacts(c.view)!) !== null);

  it('happens in real games, and a state holding out votes no', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.length).toBeLessThan(cases.length / 2);
    for (const c of holding) expect(c.votedNo, `${c.actor} in round ${c.view.round}`).toBe(true);
  });

  it('is only for its own pending amendment worth more than the bar', () => {
    for (const c of holding) {
      const appraise = amendmentAppraiser(c.view, stateFacts(c.view)!);
      const mine = c.view.public.pending.filter((p) => p.by === c.view.seat);
      expect(mine.some((p) => appraise(p.article, p.delta) > HOLDOUT_GAIN)).toBe(true);
      const withoutMine: View = { ...c.view, public: { ...c.view.public, pending: c.view.public.pending.filter((p) => p.by !== c.view.seat) } };
      expect(heldOutFor(withoutMine, stateFacts(c.view)!)).toBeNull();
    }
  });

  it('is explained to the table in plain words, naming the article', () => {
    const c = holding[0]!;
    const held = heldOutFor(c.view, stateFacts(c.view)!)!;
    const sheet = holdoutSheet(c.view, c.request, held);
    expect(sheet.vote).toBe('no');
    const text = sheet.messages![0]!.text;
    expect(text).toMatch(/^We vote against the text for now: our amendment to (strengthen|weaken) ‘/);
    expect(text).toContain(Object.values(c.view.articles)[held.article]!.title);
    expect(text).not.toMatch(/\b(undefined|NaN|\w+=)/);
  });

  it('never at the last vote, and never for an amendment the table expects to fail', () => {
    for (const c of holding) {
      const me = stateFacts(c.view)!;
      expect(heldOutFor({ ...c.view, round: c.view.rules.rounds }, me)).toBeNull();
      expect(heldOutFor({ ...c.view, rules: { ...c.view.rules, amendmentMajority: 1.01 } }, me)).toBeNull();
    }
  });

});
