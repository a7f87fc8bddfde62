/**
 * Driving whole games in tests: a team loop over the wire, the same decisions in-process (the
 * reference the server's game must equal), and the shipped scenario.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  applyDecision,
  createGame,
  HUMAN,
  isOver,
  legalDecisions,
  parseScenario,
  pendingRequests,
  playBots,
  viewFor,
  type GameState,
  type MessageOrder,
  type Request,
  type Scenario,
  type View,
} from '@geneva/engine';
import type { ViewMessage } from '../../src/index.js';
import type { TestClient } from './client.js';
import { scriptedSheet } from './sheets.js';

/** A shipped scenario, parsed. */
export function shippedScenario(id: string): Scenario {
  const path = fileURLToPath(new URL(`../../../../scenarios/${id}.yaml`, import.meta.url));
  const result = parseScenario(readFileSync(path, 'utf8'), `${id}.yaml`);
  if (!result.ok) throw new Error(`${id} does not parse`);
  return result.scenario;
}

/** What a scripted team says in a step (none by default). */
export type Talker = (view: View, request: Request) => readonly MessageOrder[];

const silent: Talker = () => [];

/**
 * Plays a seat over the wire until the game ends (or `stopAtStep` is reached): each request is
 * answered with the scripted sheet. Resolves with the steps it answered.
 */
export async function playSeat(client: TestClient, token: string, talk: Talker = silent, stopAtStep = Infinity): Promise<number[]> {
  const answered: number[] = [];
  for (;;) {
    const m = (await client.next((x) => x.type === 'view' && (x.request !== null || x.view.phase === 'concluded' || x.step >= stopAtStep))) as ViewMessage;
    if (m.view.phase === 'concluded' || m.step >= stopAtStep || m.request === null) return answered;
    const reply = await client.request({ type: 'submit', token, step: m.step, sheet: scriptedSheet(m.view, m.request, talk(m.view, m.request)) });
    if (reply.type !== 'accepted') throw new Error(`submit refused: ${JSON.stringify(reply)}`);
    answered.push(m.step);
  }
}

/** The same game played in-process with the same scripted teams: what the server must reproduce. */
export function referenceGame(scenario: Scenario, seed: string | number, humans: readonly string[], talk: Talker = silent): GameState {
  let state = createGame(scenario, { seed, seats: Object.fromEntries(humans.map((id) => [id, HUMAN])) });
  while (!isOver(state)) {
    state = playBots(state);
    for (const r of pendingRequests(state)) {
      const result = applyDecision(state, r.seat, scriptedSheet(viewFor(state, r.seat), legalDecisions(state, r.seat)!, talk(viewFor(state, r.seat), r)));
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
  }
  return state;
}
