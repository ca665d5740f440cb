import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['actions/*/dist/**', 'build/**', 'node_modules/**', 'coverage/**', '.testbed/**', 'examples/**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name=/^(ECS|ECR|ElasticLoadBalancingV2|CloudWatch|CloudWatchLogs|SNS|SSM|SecretsManager|STS)Client$/]", message: 'Create AWS clients only in lib/aws/clients.ts.' },
      ],
    },
  },
  { files: ['lib/aws/clients.ts', 'test/**', 'bench/**', 'scripts/**'], rules: { 'no-restricted-syntax': 'off' } },
);
