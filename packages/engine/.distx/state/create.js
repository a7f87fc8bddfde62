/**
 * Creating the initial state of a game from a validated scenario, a seed and the seat assignment.
 */
import { ARTICLES } from '../scenario/articles.js';
import { seedRng } from '../rng/alea.js';
import { contentHash, hash32 } from '../rng/hash.js';
/** The version of the game-state format (saved games carry it). */
export const STATE_VERSION = 1;
/**
 * Builds the state before the first step. `seats[i]` names who plays actor i (a strategy id or
 * `human`); the flow is positioned by the caller (flow/step.ts).
 */
export function createState(scenario, seed, seats, scenarioHash = contentHash(scenario)) {
    const specs = Object.entries(scenario.actors);
    const index = new Map(specs.map(([id], i) => [id, i]));
    const actors = specs.map(([id, spec], i) => actorInfo(id, i, spec, scenario, index));
    const n = actors.length;
    const trustRows = initialTrust(scenario, actors);
    const privateFacts = specs.map(([, spec], i) => privateOf(spec, i, trustRows[i], scenario, actors));
    return {
        format: 'geneva-game',
        version: STATE_VERSION,
        scenario,
        scenarioId: scenario.id,
        scenarioHash,
        seed,
        seedHash: hash32(seed),
        seats: [...seats],
        actors,
        flow: {
            phase: 'drafting',
            round: 0,
            year: 0,
            votesHeld: 0,
            amendmentsTabled: 0,
            adopted: false,
            adoptedRound: 0,
            inForce: false,
            inForceYear: 0,
            bodyActive: false,
            step: { index: 0, requests: [], sheets: [], faults: [] },
        },
        world: {
            public: {
                text: ARTICLES.map((a) => scenario.articles[a].draft),
                pending: [],
                coalition: new Array(n).fill(null),
                signed: new Array(n).fill(false),
                ratified: new Array(n).fill(false),
                withdrawn: new Array(n).fill(false),
                techAccord: new Array(n).fill(false),
                pressure: new Array(n).fill(0),
                sharing: new Array(n).fill(false),
                defendsAll: new Array(n).fill(false),
                incidents: [],
                statements: [],
                pledges: [],
                log: [],
                lastVoteShare: -1,
                harm: new Array(n).fill(0),
            },
            private: privateFacts,
            secret: {
                operations: [],
                pledges: [],
                attackerOf: [],
                bodyFindings: [],
                yearHarm: new Array(n).fill(0),
                yearBackdoors: new Array(n).fill(0),
                yearAccused: new Array(n).fill(false),
            },
            tally: emptyTally(),
        },
        rng: seedRng(seed),
        log: [],
        history: [],
    };
}
function emptyTally() {
    return {
        incidents: 0, civilianHarm: 0, covertOpsParties: 0, covertOpsNonParties: 0, attributionsCorrect: 0,
        attributionsFalse: 0, attributionsDenied: 0, withdrawals: 0, massEvents: 0, pledgesMade: 0,
        pledgesKept: 0, pledgesBroken: 0, faults: 0,
    };
}
function actorInfo(id, i, spec, scenario, index) {
    // Explicit literals of one shape (no spreads): these objects are read on every bot decision.
    switch (spec.kind) {
        case 'state':
            return { id, index: i, kind: spec.kind, name: spec.name, bloc: spec.bloc, capability: spec.capability, exposure: spec.exposure, home: -1, voteWeight: spec.voteWeight };
        case 'firm': {
            const home = scenario.actors[spec.home];
            const weight = Object.values(spec.market).reduce((s, m) => s + m, 0);
            return { id, index: i, kind: spec.kind, name: spec.name, bloc: home.bloc, capability: Math.min(1, weight), exposure: 0, home: index.get(spec.home), voteWeight: 0 };
        }
        case 'civil':
            return { id, index: i, kind: spec.kind, name: spec.name, bloc: 'civil', capability: spec.advocacy, exposure: 0, home: -1, voteWeight: 0 };
    }
}
/** The trust matrix: pair overrides, else bloc-to-bloc trust, else the default; 1 on the diagonal. */
function initialTrust(scenario, actors) {
    const { pairs, blocs } = scenario.trust;
    const rows = actors.map((from) => actors.map((to) => (from === to ? 1 : (blocs[from.bloc]?.[to.bloc] ?? scenario.trust.default))));
    const index = new Map(actors.map((a) => [a.id, a.index]));
    for (const p of pairs)
        rows[index.get(p.from)][index.get(p.to)] = p.value;
    return rows;
}
function privateOf(spec, i, trust, scenario, actors) {
    const { alpha, beta } = scenario.trust.body;
    switch (spec.kind) {
        case 'state':
            return stateFacts(spec, i, trust, alpha, beta);
        case 'firm':
            return {
                index: i, trust, bodyAlpha: alpha, bodyBeta: beta, inbox: [], pledges: [], log: [], welfare: 0,
                kind: 'firm',
                intel: spec.intel,
                neutrality: spec.neutrality,
                pressure: spec.pressure,
                market: actors.map((a) => (a.kind === 'state' ? (spec.market[a.bloc] ?? 0) : 0)),
                backdoorRequested: false,
                backdoorsGranted: 0,
            };
        case 'civil':
            return {
                index: i, trust, bodyAlpha: alpha, bodyBeta: beta, inbox: [], pledges: [], log: [], welfare: 0,
                kind: 'civil',
                advocacy: spec.advocacy,
                credibility: spec.credibility,
                focus: spec.focus.map((a) => ARTICLES.indexOf(a)),
            };
    }
}
function stateFacts(spec, i, trust, alpha, beta) {
    const raw = ARTICLES.map((a) => spec.salience[a] ?? 0);
    const total = raw.reduce((s, w) => s + w, 0);
    return {
        index: i, trust, bodyAlpha: alpha, bodyBeta: beta, inbox: [], pledges: [], log: [], welfare: 0,
        kind: 'state',
        ideal: ARTICLES.map((a) => spec.ideal[a]),
        salience: raw.map((w) => w / total),
        domesticHurdle: spec.domesticHurdle,
        reservation: spec.reservation,
        contentControl: spec.contentControl,
        contentTolerance: spec.contentTolerance,
        capability: spec.capability,
        exploits: spec.exploits ?? 4 * spec.capability,
        discloses: false,
        backdoors: 0,
        operations: [],
        detections: [],
        toBlame: [],
        accusations: [],
    };
}
//# sourceMappingURL=create.js.map