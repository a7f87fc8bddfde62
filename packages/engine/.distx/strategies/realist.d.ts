export declare const realist: import("./strategy.js").Strategy;
