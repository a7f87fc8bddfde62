/** The engine's version, written into saves and replay files (kept in step with package.json by a test). */
export declare const ENGINE_VERSION = "0.1.0";
