// Lint rules for the server. The engine is the only authority on game rules: the server holds no
// rule of its own, so the engine's determinism rules do not apply here (the server reads the clock
// for timers and draws tokens from crypto), but `Math.random` never may: tokens need crypto.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Secrets come from node:crypto.' }],
    },
  },
);
