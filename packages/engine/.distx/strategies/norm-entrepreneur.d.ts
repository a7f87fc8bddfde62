export declare const normEntrepreneur: import("./strategy.js").Strategy;
