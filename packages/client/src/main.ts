/**
 * Placeholder for the browser client (issue 5). It already compiles against the engine's public
 * API, so a breaking change to that API shows up here as a type error.
 */
import { shippedScenarioIds } from '@geneva/engine';

export const plannedScenarios: readonly string[] = shippedScenarioIds;
