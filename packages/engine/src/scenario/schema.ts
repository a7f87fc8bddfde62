/**
 * The scenario file format, as one zod schema. The TypeScript types, the validation of files and
 * `scenarios/schema.json` (for editors) are all derived from it, so they cannot drift apart.
 *
 * Objects are strict: an unknown key is an error, never silently dropped (a misspelt
 * `domesticHurdel` must not quietly fall back to a default).
 */
import { z } from 'zod';
import { ARTICLES, type ArticleId } from './articles.js';
import { uncertaintySchema } from './uncertainty.js';

const unit = z.number().min(0).max(1);
const id = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, { error: 'ids are short lowercase words (a-z, 0-9, -)' });
const stateId = z.string().regex(/^[a-z]{3}$/, { error: 'state ids are lowercase ISO 3166 alpha-3 codes (usa, rus, chn…)' });
const articleId = z.enum(ARTICLES);

const articlePositions = z.strictObject(
  Object.fromEntries(ARTICLES.map((a) => [a, unit])) as Record<ArticleId, typeof unit>,
);
const articleWeights = z.strictObject(
  Object.fromEntries(ARTICLES.map((a) => [a, z.number().min(0).optional()])) as Record<
    ArticleId,
    z.ZodOptional<z.ZodNumber>
  >,
);

const source = z.strictObject({
  id,
  title: z.string().min(1),
  author: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

const article = z.strictObject({
  title: z.string().min(1),
  description: z.string().optional(),
  draft: unit.describe('position tabled in the initial draft, 0..1'),
});

const actorCommon = {
  name: z.string().min(1),
  strategy: id.describe('id of the built-in strategy that plays this seat by default'),
  notes: z.string().optional().describe('why the parameters are what they are, with sources'),
};

const stateActor = z.strictObject({
  kind: z.literal('state'),
  ...actorCommon,
  bloc: id,
  capability: unit.describe('offensive cyber capability, 0..1'),
  exposure: unit.describe('civilian exposure to cyberattack, 0..1'),
  domesticHurdle: z.number().min(0).max(10).describe('domestic ratification hurdle, in logit units'),
  contentControl: unit.describe('preference for state control of content (0 rejects, 1 wants it)'),
  contentTolerance: unit.default(0.3).describe("the legislature's red line: the broadest content scope it accepts"),
  reservation: unit.describe('value of no treaty (including the value of its own offensive options)'),
  ideal: articlePositions,
  salience: articleWeights.describe('weights per article; normalised to sum to 1'),
  voteWeight: z.number().min(0).default(1),
  exploits: z.number().min(0).max(100).optional().describe('initial exploit stock (default: 4 × capability)'),
});

const firmActor = z.strictObject({
  kind: z.literal('firm'),
  ...actorCommon,
  home: stateId,
  market: z.record(id, unit).describe('market presence per bloc, 0..1'),
  intel: unit.describe('threat-intelligence capacity'),
  neutrality: unit.describe('disposition to the "Digital Switzerland" neutrality pledge'),
  pressure: unit.describe('exposure to home-government pressure (backdoor requests)'),
});

const civilActor = z.strictObject({
  kind: z.literal('civil'),
  ...actorCommon,
  advocacy: unit.describe('advocacy strength'),
  credibility: unit,
  focus: z.array(articleId).min(1).describe('articles it campaigns on'),
});

const actor = z.discriminatedUnion('kind', [stateActor, firmActor, civilActor]);

const pair = z.strictObject({ from: id, to: id, value: unit });

const trust = z.strictObject({
  default: unit.default(0.5),
  blocs: z.record(id, z.record(id, unit)).default({}).describe('trust of one bloc in another'),
  pairs: z.array(pair).default([]).describe('pairwise overrides, one direction each'),
  body: z
    .strictObject({ alpha: z.number().positive(), beta: z.number().positive() })
    .default({ alpha: 2, beta: 2 })
    .describe('prior Beta belief of every actor in the attribution body'),
});

const rules = z.strictObject({
  chair: id.describe('the actor that tables the draft'),
  rounds: z.number().int().min(1).max(40).default(10).describe('negotiation rounds at most'),
  firstVote: z.number().int().min(1).max(40).default(6).describe('round after which the text is first put to a vote'),
  revoteEvery: z.number().int().min(1).max(40).default(2).describe('rounds between a failed vote and the next'),
  draftingLatitude: unit.default(0.2).describe('how far the chair may move each article from the draft'),
  amendmentStep: z.number().min(0.01).max(0.5).default(0.1),
  amendmentMajority: unit.default(0.5).describe('weighted share of yes votes an amendment needs'),
  adoptionThreshold: unit.default(0.667).describe('weighted share of yes votes adoption needs'),
  entryIntoForce: z
    .strictObject({
      ratifications: z.number().int().min(1),
      capabilityShare: unit.default(0).describe('share of world offensive capability that must be bound'),
    })
    .describe('quorum for entry into force'),
  accession: z.boolean().default(true).describe('states may ratify (signatories) or accede (the others) in any implementation year, not only at the ratification step'),
  resubmitAfter: z.number().int().min(1).max(15).default(4).describe('years before a government may submit the text again after its legislature refused it'),
  revival: z.boolean().default(false).describe('a convention that lapsed may enter into force again when new ratifications meet the quorum'),
  ratificationSlope: z.number().min(0).default(6).describe('a in logistic(a·surplus − hurdle + pressure − redline)'),
  redlinePenalty: z.number().min(0).default(10).describe('logit penalty per unit of content scope beyond tolerance'),
  maxOperations: z.number().int().min(0).max(5).default(2).describe('covert operations a state may run a year'),
  sanction: z.number().min(0).max(2).default(0.3).describe('cost to a party attributed by the body or a believed victim'),
  reputation: z.number().min(0).max(2).default(0.15).describe('reputation cost of a public attribution'),
  clubPenalty: z.number().min(0).max(2).default(0).describe("yearly cost parties impose on non-parties, × parties' capability share"),
  detection: unit.default(0.35).describe('base chance that a victim detects an operation'),
  intelDetection: unit.default(0.35).describe('added detection from firms sharing threat intelligence'),
  nationalAccuracy: unit.default(0.6).describe("chance a detecting victim's own services identify the right attacker"),
  bodyAccuracy: unit.default(0.85).describe('accuracy of a fully independent attribution body with full access'),
  falseFlag: unit.default(0.5).describe('share of identification errors that name a wrong state (not a miss)'),
  evidenceBar: unit.default(0.6).describe('confidence the body needs before it names a state'),
  revealRate: unit.default(0.25).describe('yearly chance that the truth about an attribution comes out'),
  discovery: z.number().min(0).max(10).default(1.5).describe('vulnerabilities found a year per unit of capability'),
  patchRate: unit.default(0.3).describe('share of a stockpile patched away by vendors each year'),
  leakRate: z.number().min(0).max(1).default(0.01).describe('yearly chance, per stockpiled exploit, of a leak (a mass event)'),
  opHarm: z.number().min(0).max(2).default(0.2).describe('civilian harm of one successful operation, × exposure'),
  opGain: z.number().min(0).max(2).default(0.25).describe('value to the attacker of one successful operation, × capability'),
  backdoorGain: z.number().min(0).max(1).default(0.1),
  backdoorExposure: z.number().min(0).max(1).default(0.05),
  pressureWeight: z.number().min(0).max(5).default(1).describe('how much public pressure moves ratification'),
});

const eventKind = z.enum(['mass-event', 'government-change', 'election-attack', 'leak']);

const scheduledEvent = z
  .strictObject({
    kind: eventKind,
    round: z.number().int().min(1).optional(),
    year: z.number().int().min(1).optional(),
    actor: id.optional().describe('the state concerned (government change, election attack)'),
    ideal: articleWeights.optional().describe('government change: new ideal positions'),
    domesticHurdle: z.number().min(0).max(10).optional(),
    reservation: unit.optional(),
    description: z.string().optional(),
  })
  .refine((e) => (e.round === undefined) !== (e.year === undefined), {
    error: 'give exactly one of round or year',
  });

const chances = z.strictObject({
  'mass-event': unit.default(0),
  'government-change': unit.default(0.04),
  'election-attack': unit.default(0.08),
  leak: unit.default(0.05),
});

const scenarioObject = z.strictObject({
    $schema: z.string().optional(),
    id,
    title: z.string().min(1),
    description: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    sources: z.array(source).min(1).describe('where the positions and parameters come from'),
    articles: z.strictObject(
      Object.fromEntries(ARTICLES.map((a) => [a, article])) as Record<ArticleId, typeof article>,
    ),
    actors: z.record(id, actor).describe('every seat, keyed by actor id'),
    trust: trust.default({ default: 0.5, blocs: {}, pairs: [], body: { alpha: 2, beta: 2 } }),
    rules,
    horizon: z.strictObject({ years: z.number().int().min(1).max(30) }).describe('implementation years played'),
    events: z.array(scheduledEvent).default([]),
    chances: chances.default({ 'mass-event': 0, 'government-change': 0.04, 'election-attack': 0.08, leak: 0.05 }),
    // Optional, not defaulted: a scenario without the block keeps its content hash (saved games and
    // replay files name it), and reads as all spreads zero.
    uncertainty: uncertaintySchema.optional(),
});

/** The whole scenario file: its shape, then the checks that span several parts of it. */
export const scenarioSchema = scenarioObject.superRefine(crossCheck);

type Ctx = z.core.$RefinementCtx<z.output<typeof scenarioObject>>;

/** Checks that need the whole file: references between actors, blocs and rules. */
function crossCheck(s: z.output<typeof scenarioObject>, ctx: Ctx): void {
  const actors = s.actors;
  const ids = Object.keys(actors);
  const states = ids.filter((k) => actors[k]?.kind === 'state');
  const blocs = new Set(states.map((k) => (actors[k] as { bloc: string }).bloc));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (states.length < 2) issue(['actors'], 'a scenario needs at least two states');
  for (const [key, a] of Object.entries(actors)) {
    if (a.kind === 'state' && !/^[a-z]{3}$/.test(key))
      issue(['actors', key], 'state ids are lowercase ISO 3166 alpha-3 codes (usa, rus, chn…)');
    if (a.kind === 'state' && !Object.values(a.salience).some((w) => (w ?? 0) > 0))
      issue(['actors', key, 'salience'], 'at least one article needs a positive weight');
    if (a.kind === 'firm') {
      if (actors[a.home]?.kind !== 'state') issue(['actors', key, 'home'], `no state "${a.home}" in this scenario`);
      for (const b of Object.keys(a.market))
        if (!blocs.has(b)) issue(['actors', key, 'market', b], `no state belongs to bloc "${b}"`);
    }
  }
  if (actors[s.rules.chair] === undefined) issue(['rules', 'chair'], `no actor "${s.rules.chair}" in this scenario`);
  if (s.rules.firstVote > s.rules.rounds) issue(['rules', 'firstVote'], `after the last round (${s.rules.rounds})`);
  if (s.rules.entryIntoForce.ratifications > states.length)
    issue(['rules', 'entryIntoForce', 'ratifications'], `more than the ${states.length} states of the scenario`);
  s.trust.pairs.forEach((p, i) => {
    if (actors[p.from] === undefined) issue(['trust', 'pairs', i, 'from'], `no actor "${p.from}"`);
    if (actors[p.to] === undefined) issue(['trust', 'pairs', i, 'to'], `no actor "${p.to}"`);
  });
  for (const [from, row] of Object.entries(s.trust.blocs)) {
    if (!blocs.has(from)) issue(['trust', 'blocs', from], `no state belongs to bloc "${from}"`);
    for (const to of Object.keys(row))
      if (!blocs.has(to)) issue(['trust', 'blocs', from, to], `no state belongs to bloc "${to}"`);
  }
  for (const key of Object.keys(s.uncertainty?.actors ?? {}))
    if (actors[key]?.kind !== 'state') issue(['uncertainty', 'actors', key], `no state "${key}" in this scenario (only states have private types)`);
  s.events.forEach((e, i) => {
    if (e.actor !== undefined && actors[e.actor]?.kind !== 'state')
      issue(['events', i, 'actor'], `no state "${e.actor}" in this scenario`);
    if (e.kind === 'government-change' && e.actor === undefined)
      issue(['events', i, 'actor'], 'a government change names its state');
    if (e.round !== undefined && e.round > s.rules.rounds)
      issue(['events', i, 'round'], `after the last round (${s.rules.rounds})`);
    if (e.year !== undefined && e.year > s.horizon.years)
      issue(['events', i, 'year'], `after the last year (${s.horizon.years})`);
  });
}

/** A validated scenario, as the engine receives it (defaults filled in). */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** One actor of a scenario. */
export type ScenarioActor = Scenario['actors'][string];
/** A state actor of a scenario. */
export type StateSpec = Extract<ScenarioActor, { kind: 'state' }>;
/** A firm actor of a scenario. */
export type FirmSpec = Extract<ScenarioActor, { kind: 'firm' }>;
/** A civil-society actor of a scenario. */
export type CivilSpec = Extract<ScenarioActor, { kind: 'civil' }>;
/** The rules block of a scenario. */
export type Rules = Scenario['rules'];
/** The kinds of scheduled or random event. */
export type EventKind = z.infer<typeof eventKind>;
/** A scheduled event of a scenario. */
export type ScheduledEvent = Scenario['events'][number];
/** The `uncertainty` block of a scenario (absent: every spread zero). */
export type { Uncertainty } from './uncertainty.js';
/** The three kinds of actor. */
export type ActorKind = ScenarioActor['kind'];
