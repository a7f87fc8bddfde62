export declare const advocacyNgo: import("./strategy.js").Strategy;
