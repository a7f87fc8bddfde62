export declare const freeRider: import("./strategy.js").Strategy;
