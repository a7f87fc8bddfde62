/** Small numeric helpers shared by the rules. */
/** Clamps to [0, 1]. */
export declare function clamp01(x: number): number;
/** The logistic function. */
export declare function logistic(x: number): number;
/** Mean of a Beta(α, β) belief. */
export declare function betaMean(alpha: number, beta: number): number;
