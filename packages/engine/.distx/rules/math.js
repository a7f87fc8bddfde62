/** Small numeric helpers shared by the rules. */
/** Clamps to [0, 1]. */
export function clamp01(x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
}
/** The logistic function. */
export function logistic(x) {
    return 1 / (1 + Math.exp(-x));
}
/** Mean of a Beta(α, β) belief. */
export function betaMean(alpha, beta) {
    return alpha / (alpha + beta);
}
//# sourceMappingURL=math.js.map