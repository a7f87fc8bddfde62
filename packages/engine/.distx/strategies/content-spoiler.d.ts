/** Content scope below which it votes against the text. */
export declare const CONTENT_DEMAND = 0.5;
export declare const contentSpoiler: import("./strategy.js").Strategy;
