/** The engine's version, written into saves and replay files (kept in step with package.json by a test). */
export const ENGINE_VERSION = '0.1.0';
//# sourceMappingURL=version.js.map