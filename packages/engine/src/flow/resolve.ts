/**
 * Resolving a step: the sheets of every seat asked, taken together in seat order (so the result
 * depends on the set of sheets, never on their arrival order), applied by the rule modules.
 */
import { ARTICLES } from '../scenario/articles.js';
import { emit } from '../state/emit.js';
import type { GameState } from '../state/types.js';
import type { Sheet, SheetOf } from './sheets.js';
import { blameDue, responseDue } from './machine.js';
import { recordTalk, settlePledgesOfKind } from '../rules/talk.js';
import { tableAmendments, votePendingAmendments } from '../rules/amendments.js';
import { moveCoalitions } from '../rules/coalitions.js';
import { fadePressure, lobby } from '../rules/lobbying.js';
import { voteOnText } from '../rules/text-vote.js';
import { sign } from '../rules/signature.js';
import { ratify, ratifyInYear } from '../rules/ratification.js';
import { requestBackdoors, runFirms } from '../rules/firms.js';
import { withdraw } from '../rules/withdrawal.js';
import { runOperations } from '../rules/operations.js';
import { updateStockpiles } from '../rules/exploits.js';
import { publishAttributions } from '../rules/attribution.js';
import { answerAccusations, endYear } from '../rules/consequences.js';
import { learnFromStep } from '../rules/beliefs.js';

type Sheets<P extends Sheet['phase']> = readonly (SheetOf<P> | null)[];

/** Applies the current step's sheets (null for seats not asked) to the state, in place. */
export function resolveSheets(state: GameState, sheets: readonly (Sheet | null)[]): void {
  const phase = state.flow.phase;
  recordTalk(state, sheets);
  resolvePhase(state, sheets);
  // Private types: the table revises its estimates from this step's public evidence (roll calls,
  // tablings, signatures, ratifications). Nothing runs when the scenario has no uncertainty.
  learnFromStep(state, phase);
}

function resolvePhase(state: GameState, sheets: readonly (Sheet | null)[]): void {
  switch (state.flow.phase) {
    case 'drafting':
      return draft(state, sheets as Sheets<'drafting'>);
    case 'negotiation':
      return negotiate(state, sheets as Sheets<'negotiation'>);
    case 'vote':
      return voteOnText(state, sheets as Sheets<'vote'>);
    case 'signature':
      return sign(state, sheets as Sheets<'signature'>);
    case 'ratification':
      return ratify(state, sheets as Sheets<'ratification'>);
    case 'operations':
      return operate(state, sheets as Sheets<'operations'>);
    case 'blame':
      publishAttributions(state, sheets as Sheets<'blame'>);
      if (!responseDue(state)) endYear(state);
      return;
    case 'response':
      answerAccusations(state, sheets as Sheets<'response'>);
      return endYear(state);
    case 'concluded':
      return;
  }
}

function draft(state: GameState, sheets: Sheets<'drafting'>): void {
  const tabled = sheets.find((s) => s?.text !== undefined)?.text;
  const text = state.world.public.text;
  if (tabled) tabled.forEach((x, a) => (text[a] = x));
  const chair = state.actors.findIndex((a) => a.id === state.scenario.rules.chair);
  emit(state, 'draft-tabled', { actor: chair, text: ARTICLES.map((a, k) => `${a}=${text[k]!.toFixed(2)}`).join(' ') }, null);
}

function negotiate(state: GameState, sheets: Sheets<'negotiation'>): void {
  fadePressure(state);
  settleSupportPledges(state, sheets);
  votePendingAmendments(state, sheets);
  tableAmendments(state, sheets);
  moveCoalitions(state, sheets);
  lobby(state, sheets.map((s) => s?.lobby));
  const pub = state.world.public;
  sheets.forEach((sheet, seat) => {
    if (sheet?.techAccord === undefined || sheet.techAccord === pub.techAccord[seat]) return;
    pub.techAccord[seat] = sheet.techAccord;
    emit(state, 'tech-accord', { actor: seat, text: sheet.techAccord ? 'joined' : 'left' }, null);
  });
}

function settleSupportPledges(state: GameState, sheets: Sheets<'negotiation'>): void {
  const pending = state.world.public.pending;
  if (pending.length === 0) return;
  settlePledgesOfKind(state, 'support-amendment', (p) => {
    const k = pending.findIndex((a) => a.id === p.target);
    return k < 0 ? null : sheets[p.by]?.votes?.[k] === 'yes';
  });
}

function operate(state: GameState, sheets: Sheets<'operations'>): void {
  fadePressure(state);
  const defences = runFirms(state, sheets);
  ratifyInYear(state, sheets);
  withdraw(state, sheets);
  runOperations(state, sheets, defences);
  requestBackdoors(state, sheets);
  updateStockpiles(state, sheets);
  lobby(state, sheets.map((s, i) => (state.actors[i]!.kind === 'civil' ? s?.lobby : undefined)));
  if (!blameDue(state)) endYear(state);
}
