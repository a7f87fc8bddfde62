// Lint rules for the engine. The one that matters most: the rules must stay deterministic,
// so Math.random and Date.now are banned everywhere in src/ except the Node-only CLI, worker pool and testing entry.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nondeterminism = [
  { object: 'Math', property: 'random', message: 'Use the seeded generator in the game state (rng/).' },
  { object: 'Date', property: 'now', message: 'Rules must not read the clock: determinism.' },
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
    ignores: ['src/cli/**', 'src/pool/**', 'src/testing/**', 'src/sandbox/bundle.ts', 'src/sandbox/sandboxed-file.ts'],
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', { name: 'performance', message: 'Rules must not read the clock.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'Rules must not read the clock.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'The engine core is a pure library: Node APIs belong in cli/, pool/ or testing/.' }] }],
    },
  },
);
