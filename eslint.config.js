import tseslint from 'typescript-eslint';

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
);
