/** Admits an accusation exactly when the state did run an operation against that target that year. */
export function answerHonestly(view, me) {
    return me.accusations.map((acc) => {
        const incident = view.public.incidents[acc.incident];
        return me.operations.some((op) => op.year === incident.year && op.target === incident.target) ? 'admit' : 'deny';
    });
}
/** Denies everything. */
export function denyAll(me) {
    return me.accusations.map(() => 'deny');
}
//# sourceMappingURL=answers.js.map