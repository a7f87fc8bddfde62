/** The ids of the scenarios shipped in the repository's `scenarios/` folder. */
export declare const shippedScenarioIds: readonly string[];
