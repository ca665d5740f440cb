import { defaultLintBase } from '../../actions/migrate/src/inputs.js';

const before = 'f'.repeat(40);
const event = (payload: unknown) => () => JSON.stringify(payload);

test.each([
  [
    'a pull request compares with its base branch',
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' },
    event({}),
    'origin/main',
  ],
  [
    'a push compares with the commit the branch was on before',
    { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e.json' },
    event({ before }),
    before,
  ],
  [
    'a new branch (before is all zeros) lints everything',
    { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e.json' },
    event({ before: '0'.repeat(40) }),
    'all',
  ],
  [
    'a push without a readable payload lints everything',
    { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e.json' },
    () => {
      throw new Error('ENOENT');
    },
    'all',
  ],
  ['a manual run lints everything', { GITHUB_EVENT_NAME: 'workflow_dispatch' }, event({}), 'all'],
])('%s', (_name, env, readEvent, expected) => {
  expect(defaultLintBase(env, readEvent)).toBe(expected);
});
