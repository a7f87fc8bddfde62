export declare const neutralFirm: import("./strategy.js").Strategy;
export declare const governmentFirm: import("./strategy.js").Strategy;
