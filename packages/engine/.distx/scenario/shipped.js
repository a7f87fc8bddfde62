/** The ids of the scenarios shipped in the repository's `scenarios/` folder. */
export const shippedScenarioIds = ['rsa-2017', 'voluntary-norms', 'us-russia-bilateral', 'fragmented-internet'];
//# sourceMappingURL=shipped.js.map