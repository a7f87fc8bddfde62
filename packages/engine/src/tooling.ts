/**
 * `@geneva/engine/tooling`: the engine's building blocks that Geneva's own tools (`@geneva/lab`:
 * the CLI, batches, the worker pool and the strategy sandbox) need beyond the public API. Kept out
 * of the main entry so that the public barrel shows what a game, a client or a strategy needs, and
 * nothing of the engine's internals; no stability promise beyond this repository.
 *
 * Pure like the rest of the engine: no Node or DOM API.
 *
 * @packageDocumentation
 */
/** A state before its first step (batches read a run's drawn types from it). */
export { createState } from './state/create.js';
/** Freezing a value deeply (views handed to sandboxed strategies). */
export { deepFreeze } from './state/freeze.js';
/** A read-only proxy that reports writes (the strategy conformance check). */
export { readOnly, type WriteWitness } from './view/read-only.js';
/** A pledge's kind and condition from the words of its event (the account of a game). */
export { pledgeOfEvent } from './state/describe.js';
/** A strategy module's shape: the first problem with it, and its default export unwrapped. */
export { strategyProblem, unwrapDefault } from './strategies/shape.js';
/** YAML with source positions, and zod issues as located problem lines (sweep files). */
export { readYaml, issueProblems } from './scenario/load.js';
/** A zod schema as a JSON Schema for editors (the sweep file's schema). */
export { editorSchema } from './scenario/json-schema.js';
/** A seeded integer draw in [0, n) (sweep designs). */
export { nextInt } from './rng/alea.js';
