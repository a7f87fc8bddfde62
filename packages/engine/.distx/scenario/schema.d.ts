/**
 * The scenario file format, as one zod schema. The TypeScript types, the validation of files and
 * `scenarios/schema.json` (for editors) are all derived from it, so they cannot drift apart.
 *
 * Objects are strict: an unknown key is an error, never silently dropped (a misspelt
 * `domesticHurdel` must not quietly fall back to a default).
 */
import { z } from 'zod';
declare const eventKind: z.ZodEnum<{
    "mass-event": "mass-event";
    "government-change": "government-change";
    "election-attack": "election-attack";
    leak: "leak";
}>;
/** The whole scenario file: its shape, then the checks that span several parts of it. */
export declare const scenarioSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    title: z.ZodString;
    description: z.ZodString;
    year: z.ZodNumber;
    sources: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        author: z.ZodOptional<z.ZodString>;
        year: z.ZodOptional<z.ZodNumber>;
        url: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    articles: z.ZodObject<{
        targets: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        assistance: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        disclosure: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        restraint: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        backdoors: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        content: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        binding: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
        attribution: z.ZodObject<{
            title: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            draft: z.ZodNumber;
        }, z.core.$strict>;
    }, z.core.$strict>;
    actors: z.ZodRecord<z.ZodString, z.ZodDiscriminatedUnion<[z.ZodObject<{
        bloc: z.ZodString;
        capability: z.ZodNumber;
        exposure: z.ZodNumber;
        domesticHurdle: z.ZodNumber;
        contentControl: z.ZodNumber;
        contentTolerance: z.ZodDefault<z.ZodNumber>;
        reservation: z.ZodNumber;
        ideal: z.ZodObject<{
            targets: z.ZodNumber;
            assistance: z.ZodNumber;
            disclosure: z.ZodNumber;
            restraint: z.ZodNumber;
            backdoors: z.ZodNumber;
            content: z.ZodNumber;
            binding: z.ZodNumber;
            attribution: z.ZodNumber;
        }, z.core.$strict>;
        salience: z.ZodObject<{
            targets: z.ZodOptional<z.ZodNumber>;
            assistance: z.ZodOptional<z.ZodNumber>;
            disclosure: z.ZodOptional<z.ZodNumber>;
            restraint: z.ZodOptional<z.ZodNumber>;
            backdoors: z.ZodOptional<z.ZodNumber>;
            content: z.ZodOptional<z.ZodNumber>;
            binding: z.ZodOptional<z.ZodNumber>;
            attribution: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>;
        voteWeight: z.ZodDefault<z.ZodNumber>;
        exploits: z.ZodOptional<z.ZodNumber>;
        name: z.ZodString;
        strategy: z.ZodString;
        notes: z.ZodOptional<z.ZodString>;
        kind: z.ZodLiteral<"state">;
    }, z.core.$strict>, z.ZodObject<{
        home: z.ZodString;
        market: z.ZodRecord<z.ZodString, z.ZodNumber>;
        intel: z.ZodNumber;
        neutrality: z.ZodNumber;
        pressure: z.ZodNumber;
        name: z.ZodString;
        strategy: z.ZodString;
        notes: z.ZodOptional<z.ZodString>;
        kind: z.ZodLiteral<"firm">;
    }, z.core.$strict>, z.ZodObject<{
        advocacy: z.ZodNumber;
        credibility: z.ZodNumber;
        focus: z.ZodArray<z.ZodEnum<{
            targets: "targets";
            assistance: "assistance";
            disclosure: "disclosure";
            restraint: "restraint";
            backdoors: "backdoors";
            content: "content";
            binding: "binding";
            attribution: "attribution";
        }>>;
        name: z.ZodString;
        strategy: z.ZodString;
        notes: z.ZodOptional<z.ZodString>;
        kind: z.ZodLiteral<"civil">;
    }, z.core.$strict>], "kind">>;
    trust: z.ZodDefault<z.ZodObject<{
        default: z.ZodDefault<z.ZodNumber>;
        blocs: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodNumber>>>;
        pairs: z.ZodDefault<z.ZodArray<z.ZodObject<{
            from: z.ZodString;
            to: z.ZodString;
            value: z.ZodNumber;
        }, z.core.$strict>>>;
        body: z.ZodDefault<z.ZodObject<{
            alpha: z.ZodNumber;
            beta: z.ZodNumber;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    rules: z.ZodObject<{
        chair: z.ZodString;
        rounds: z.ZodDefault<z.ZodNumber>;
        firstVote: z.ZodDefault<z.ZodNumber>;
        revoteEvery: z.ZodDefault<z.ZodNumber>;
        draftingLatitude: z.ZodDefault<z.ZodNumber>;
        amendmentStep: z.ZodDefault<z.ZodNumber>;
        amendmentMajority: z.ZodDefault<z.ZodNumber>;
        adoptionThreshold: z.ZodDefault<z.ZodNumber>;
        entryIntoForce: z.ZodObject<{
            ratifications: z.ZodNumber;
            capabilityShare: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>;
        ratificationSlope: z.ZodDefault<z.ZodNumber>;
        redlinePenalty: z.ZodDefault<z.ZodNumber>;
        maxOperations: z.ZodDefault<z.ZodNumber>;
        sanction: z.ZodDefault<z.ZodNumber>;
        reputation: z.ZodDefault<z.ZodNumber>;
        clubPenalty: z.ZodDefault<z.ZodNumber>;
        detection: z.ZodDefault<z.ZodNumber>;
        intelDetection: z.ZodDefault<z.ZodNumber>;
        nationalAccuracy: z.ZodDefault<z.ZodNumber>;
        bodyAccuracy: z.ZodDefault<z.ZodNumber>;
        falseFlag: z.ZodDefault<z.ZodNumber>;
        evidenceBar: z.ZodDefault<z.ZodNumber>;
        revealRate: z.ZodDefault<z.ZodNumber>;
        discovery: z.ZodDefault<z.ZodNumber>;
        patchRate: z.ZodDefault<z.ZodNumber>;
        leakRate: z.ZodDefault<z.ZodNumber>;
        opHarm: z.ZodDefault<z.ZodNumber>;
        opGain: z.ZodDefault<z.ZodNumber>;
        backdoorGain: z.ZodDefault<z.ZodNumber>;
        backdoorExposure: z.ZodDefault<z.ZodNumber>;
        pressureWeight: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>;
    horizon: z.ZodObject<{
        years: z.ZodNumber;
    }, z.core.$strict>;
    events: z.ZodDefault<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            "mass-event": "mass-event";
            "government-change": "government-change";
            "election-attack": "election-attack";
            leak: "leak";
        }>;
        round: z.ZodOptional<z.ZodNumber>;
        year: z.ZodOptional<z.ZodNumber>;
        actor: z.ZodOptional<z.ZodString>;
        ideal: z.ZodOptional<z.ZodObject<{
            targets: z.ZodOptional<z.ZodNumber>;
            assistance: z.ZodOptional<z.ZodNumber>;
            disclosure: z.ZodOptional<z.ZodNumber>;
            restraint: z.ZodOptional<z.ZodNumber>;
            backdoors: z.ZodOptional<z.ZodNumber>;
            content: z.ZodOptional<z.ZodNumber>;
            binding: z.ZodOptional<z.ZodNumber>;
            attribution: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        domesticHurdle: z.ZodOptional<z.ZodNumber>;
        reservation: z.ZodOptional<z.ZodNumber>;
        description: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    chances: z.ZodDefault<z.ZodObject<{
        'mass-event': z.ZodDefault<z.ZodNumber>;
        'government-change': z.ZodDefault<z.ZodNumber>;
        'election-attack': z.ZodDefault<z.ZodNumber>;
        leak: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** A validated scenario, as the engine receives it (defaults filled in). */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** One actor of a scenario. */
export type ScenarioActor = Scenario['actors'][string];
/** A state actor of a scenario. */
export type StateSpec = Extract<ScenarioActor, {
    kind: 'state';
}>;
/** A firm actor of a scenario. */
export type FirmSpec = Extract<ScenarioActor, {
    kind: 'firm';
}>;
/** A civil-society actor of a scenario. */
export type CivilSpec = Extract<ScenarioActor, {
    kind: 'civil';
}>;
/** The rules block of a scenario. */
export type Rules = Scenario['rules'];
/** The kinds of scheduled or random event. */
export type EventKind = z.infer<typeof eventKind>;
/** A scheduled event of a scenario. */
export type ScheduledEvent = Scenario['events'][number];
/** The three kinds of actor. */
export type ActorKind = ScenarioActor['kind'];
export {};
