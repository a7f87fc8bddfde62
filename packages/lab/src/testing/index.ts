/**
 * `@geneva/lab/testing`: Node-only helpers for strategy authors' own test suites.
 *
 * @packageDocumentation
 */
/** The strategy conformance check and the shipped scenarios it plays. */
export { testStrategy, shippedScenarios, type TestStrategyOptions, type StrategyReport } from './test-strategy.js';
