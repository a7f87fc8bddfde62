/** The phases of the game, in the order they come. */
export const PHASES = [
    'drafting',
    'negotiation',
    'vote',
    'signature',
    'ratification',
    'operations',
    'blame',
    'response',
    'concluded',
];
//# sourceMappingURL=types.js.map