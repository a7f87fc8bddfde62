/**
 * The students' rules sheet: one printable page, generated from the set-up's scenario (its rounds,
 * years, thresholds and chair), that says what happens in each phase and what each decision does.
 */
import { ARTICLES, type Scenario } from '@geneva/engine';
import { scoring } from '../decide/brief-facts.js';
import { ARTICLE_WORDS, articleTitle } from '../decide/words.js';
import { scenarioOf, type SetUp } from '../session/set-up.js';
import { h, replaceChildren } from './dom.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The phases in order, each with what the teams decide in it. */
export function phaseRules(scenario: Scenario): readonly { readonly phase: string; readonly what: string }[] {
  const r = scenario.rules;
  const chair = scenario.actors[r.chair]?.name ?? 'the chair';
  const force = r.entryIntoForce;
  return [
    { phase: 'Drafting', what: `${chair} chairs the conference and tables the first draft; it may move each article by up to ${r.draftingLatitude.toFixed(2)} from the draft on the table.` },
    {
      phase: `Negotiation (up to ${r.rounds} rounds)`,
      what: `Each round, every delegation may table one amendment: one article moved up or down by ${r.amendmentStep.toFixed(2)}. If several delegations table an amendment on the same article, one is drawn by lot and the others are withdrawn. In the next round the states vote yes, no or abstain on each amendment; it passes with ${pct(r.amendmentMajority)} of the yes-and-no votes. States may join a coalition (Friends of the convention, or the Sovereignty group); firms lobby their government and may join the Tech Accord; civil society lobbies two governments.`,
    },
    { phase: 'Vote on the text', what: `After round ${Math.min(r.firstVote, r.rounds)} (then every ${r.revoteEvery} rounds, and after the last one) the states vote on the whole text. It is adopted with ${pct(r.adoptionThreshold)} of the yes-and-no votes; if not, negotiation goes on while rounds remain.` },
    { phase: 'Signature', what: 'Each state signs the adopted convention, or not.' },
    {
      phase: 'Ratification',
      what: `Each signatory decides whether to submit the convention to its legislature, which ratifies it by chance: more likely the better the text is for that state, more likely when its ratification decides whether the convention enters into force at all, more likely under public pressure, much less likely if the content scope crosses its red line. The order sheet shows the chances before you decide.${r.accession ? ` A state that waits, or did not sign, may still ratify (or accede) in any later year; a state whose legislature refused may try again after ${r.resubmitAfter} year${r.resubmitAfter === 1 ? '' : 's'}.` : ''} The convention enters into force when ${force.ratifications} states have ratified${force.capabilityShare > 0 ? ` and they hold ${pct(force.capabilityShare)} of the world's offensive cyber capability` : ''}. An attribution body is set up if the text provides for one (Attribution body at 0.30 or more).`,
    },
    {
      phase: `Implementation (${scenario.horizon.years} year${scenario.horizon.years === 1 ? '' : 's'})`,
      what: `Played whether or not there is a treaty. Each year: states may run up to ${r.maxOperations} secret covert operations (each uses an exploit), disclose the flaws they hold, ask their firms for backdoors, ${r.accession ? 'a state outside the convention may ratify or accede, ' : ''}and a party may withdraw${r.revival ? ' (a convention that falls below its quorum lapses, and comes back when enough states join again)' : ' (a convention that falls below its quorum lapses for good)'}; firms share threat intelligence, take down attackers, defend customers and accept or refuse backdoors. Then a victim that detected an attack may blame a state publicly or stay silent, and an accused state admits or denies. Sometimes the truth comes out later: wrong accusations and exposed attackers lose trust.`,
    },
  ];
}

/** Shows the rules sheet of a set-up in `root`; returns the scenario's problems instead. */
export function showRulesSheet(root: HTMLElement, setUp: SetUp, onClose: () => void): readonly string[] | null {
  const load = scenarioOf(setUp);
  if (!load.ok) return load.problems;
  const scenario = load.scenario;
  const print = h('button', { type: 'button', class: 'primary', 'data-testid': 'print' }, 'Print');
  const close = h('button', { type: 'button', 'data-testid': 'close-rules' }, 'Close');
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', onClose);
  replaceChildren(
    root,
    h('div', { class: 'print-controls' }, print, close, h('span', { class: 'hint' }, 'One page for every student.')),
    h(
      'article',
      { class: 'briefing rules', 'data-testid': 'rules-page' },
      h('p', { class: 'hint' }, scenario.title),
      h('h2', {}, 'How the negotiation works'),
      h('p', {}, 'Your delegation negotiates a Digital Geneva Convention: a treaty that protects civilians from cyberattacks. In each step every delegation hands in one order sheet; the sheets are opened together. The draft has eight articles, each a dial from 0 to 1:'),
      h('ul', {}, ...ARTICLES.map((id) => h('li', {}, `${articleTitle(id, scenario.articles)}: 0 = ${ARTICLE_WORDS[id].low}; 1 = ${ARTICLE_WORDS[id].high}.`))),
      h('h3', {}, 'The phases, and what you decide in each'),
      h('ol', {}, ...phaseRules(scenario).map((p) => h('li', {}, h('strong', {}, `${p.phase}. `), p.what))),
      h('h3', {}, 'Talk and promises'),
      h('p', {}, 'In most steps you may send up to three messages: a public statement, or a private message to one delegation. You may also make promises (to vote for an amendment, to vote yes, to sign, to ratify, to ratify once enough of the states you name have, to run no operation against a state, to refuse backdoors). The game checks each promise against what you later do and tells the delegations it was made to whether it was kept.'),
      h('h3', {}, 'How you are scored'),
      h('ul', {}, h('li', {}, h('strong', {}, 'States. '), scoring('state')), h('li', {}, h('strong', {}, 'Firms. '), scoring('firm')), h('li', {}, h('strong', {}, 'Civil society. '), scoring('civil'))),
      h('p', { class: 'hint' }, 'If your time runs out, your delegation hands in the safe default: no amendment, abstain, do not sign, no operation, stay silent.'),
    ),
  );
  return null;
}
