import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'actions/*/dist/**',
      'build/**',
      'node_modules/**',
      'coverage/**',
      '.testbed/**',
      '.tools/**',
      'examples/**/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Layout is prettier's (npm run format; npm run lint checks it): eslint keeps out of its way and orders imports.
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // Prettier wraps code at 120 columns but never a string or a comment: comments wrap by hand, strings may run on.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'NewExpression[callee.name=/^(ECS|ECR|ElasticLoadBalancingV2|CloudWatch|CloudWatchLogs|SNS|SSM|SecretsManager|STS)Client$/]',
          message: 'Create AWS clients only in lib/aws/clients.ts.',
        },
      ],
    },
  },
  { files: ['lib/aws/clients.ts', 'test/**', 'bench/**', 'scripts/**'], rules: { 'no-restricted-syntax': 'off' } },
  // The direction of dependencies: actions stand on the library, never on each other; the library knows no action.
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)actions/', message: 'The library never imports an action: move what both need into lib/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!\\.\\./)|(^|/)actions/',
              message: 'An action never imports another action: move what both need into lib/.',
            },
          ],
        },
      ],
    },
  },
);
