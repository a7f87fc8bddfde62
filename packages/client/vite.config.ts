import { defineConfig } from 'vite';

// The engine is a workspace package built to dist/; top-level await needs an ES2022 target.
export default defineConfig({
  build: { target: 'es2022' },
  server: { host: '127.0.0.1', port: 5174, fs: { allow: ['../..'] } },
  preview: { host: '127.0.0.1', port: 5173 },
});
