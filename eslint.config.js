import tseslint from 'typescript-eslint';

const NOT_FROM_COMPONENTS = { group: ['**/components/**'], message: 'lib/ must not import from components/: what both need belongs in lib/.' };
const NOT_FROM_BACKGROUND = {
  group: ['**/background/**'],
  message: 'Message handlers must not reach into lib/background/: put what they need in lib/ behind an interface (see Env).',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results/**', 'demo-screenshots/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Content scripts must not leak client data into the host page.
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'Never write into the host document.' },
      ],
    },
  },
  // Layering: lib/ is the core; components/ and entrypoints/ build on it.
  { files: ['lib/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [NOT_FROM_COMPONENTS] }] } },
  {
    files: ['lib/messaging/handlers/**/*.ts'],
    // keep-in-touch.ts still reads the losing-touch list from lib/background/losing-touch.ts,
    // which is being rewritten around per-client stats; it moves with that rewrite.
    ignores: ['lib/messaging/handlers/keep-in-touch.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_FROM_COMPONENTS, NOT_FROM_BACKGROUND] }] },
  },
);
