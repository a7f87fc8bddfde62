// Lint rules for the lab (the geneva CLI, batches, tournaments, pool and sandbox). Node-only by
// design, but the parts that compute results (batch/, tournament/, stats/ and the sandbox's
// harness) stay deterministic and free of Node APIs like the engine they build on: a batch's rows
// and summaries must be the same bytes in any process.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nondeterminism = [
  { object: 'Math', property: 'random', message: 'Use a seeded generator (the engine\'s rng).' },
  { object: 'Date', property: 'now', message: 'Results must not read the clock: determinism.' },
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
    files: ['src/batch/**/*.ts', 'src/tournament/**/*.ts', 'src/stats/**/*.ts', 'src/sandbox/inside.ts', 'src/sandbox/view-transfer.ts'],
    rules: {
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', { name: 'performance', message: 'Results must not read the clock.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'Results must not read the clock.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'Results are pure: Node APIs belong in cli/, pool/, sandbox/ (host side) or testing/.' }] }],
    },
  },
);
