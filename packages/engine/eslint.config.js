// Lint rules for the engine, a pure library that must run unchanged in Node, a browser or a worker:
// - determinism: Math.random, Date.now, new Date() and the performance clock are banned in src/;
// - no Node: `node:*` modules, Node's globals and the Node-only packages of the tooling (which lives
//   in @geneva/lab, and imports the engine, never the reverse) are banned in src/. The build backs
//   this up: tsconfig.build.json compiles src/ with no Node types and no DOM (`types: []`, ES2023).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nondeterminism = [
  { object: 'Math', property: 'random', message: 'Use the seeded generator in the game state (rng/).' },
  { object: 'Date', property: 'now', message: 'Rules must not read the clock: determinism.' },
];

/** Node's modules (with and without the `node:` prefix) and the Node-only packages of the tooling. */
const nodeOnly = [
  'node:*', 'fs', 'fs/*', 'path', 'os', 'url', 'crypto', 'module', 'perf_hooks', 'worker_threads', 'child_process', 'v8', 'vm', 'readline', 'stream', 'stream/*', 'net', 'http', 'https', 'process', 'buffer',
  'commander', 'piscina', 'cli-progress', 'csv-stringify', 'csv-stringify/*', 'hyparquet-writer', 'isolated-vm', 'esbuild', 'tsx', 'tsx/*', 'jstat', 'simple-statistics',
  '@geneva/lab', '@geneva/lab/*',
];

export default tseslint.config(
  { ignores: ['dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': [
        'error',
        { name: 'performance', message: 'Rules must not read the clock.' },
        { name: 'process', message: 'The engine runs in a browser or a worker too: no Node globals.' },
        { name: 'Buffer', message: 'The engine runs in a browser or a worker too: no Node globals.' },
        { name: 'require', message: 'The engine runs in a browser or a worker too: no Node globals.' },
        { name: '__dirname', message: 'The engine runs in a browser or a worker too: no Node globals.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'Rules must not read the clock.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: nodeOnly, message: 'The engine is a pure library that runs in a browser or a worker: Node APIs and the Node-only tooling belong in @geneva/lab.' }] }],
    },
  },
);
