/**
 * The reusable workflow calls this repository's actions by full name and one ref: `main` on main, and on a
 * release commit the SHA of the commit holding that release's dist (scripts/release.mjs writes it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { actionRefs, pinActionRefs, refProblems } from '../../scripts/release.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SHA = '0123456789abcdef0123456789abcdef01234567';

test.each(readdirSync(join(root, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f)))(
  '%s calls our actions at one ref, main or a full SHA, and never by a local path',
  (name) => {
    const text = readFileSync(join(root, '.github/workflows', name), 'utf8');
    expect(refProblems(text)).toEqual([]);
    // In a reusable workflow `./actions/x` resolves in the caller's checkout, not this repository.
    expect(text).not.toMatch(/uses:\s*\.\/actions\//);
  },
);

test('deploy.yml calls each of its actions at main on main', () => {
  const refs = actionRefs(readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8'));
  expect(refs.map(([action]) => action).sort()).toEqual(['build-push', 'deploy-ecs', 'deploy-ecs', 'migrate']);
  expect(new Set(refs.map(([, ref]) => ref))).toEqual(new Set(['main']));
});

test.each([
  [
    'uses: ecs-fargate-actions/ecs-fargate-actions/actions/migrate@main',
    `uses: ecs-fargate-actions/ecs-fargate-actions/actions/migrate@${SHA}`,
  ],
  [
    'uses: ecs-fargate-actions/ecs-fargate-actions/actions/build-push@v1 # v1',
    `uses: ecs-fargate-actions/ecs-fargate-actions/actions/build-push@${SHA} # v1`,
  ],
  [
    `uses: ecs-fargate-actions/ecs-fargate-actions/actions/deploy-ecs@${'f'.repeat(40)}`,
    `uses: ecs-fargate-actions/ecs-fargate-actions/actions/deploy-ecs@${SHA}`,
  ],
  // Other repositories' actions and the reusable workflow itself are left alone.
  ['uses: actions/checkout@v4', 'uses: actions/checkout@v4'],
  [
    'uses: ecs-fargate-actions/ecs-fargate-actions/.github/workflows/deploy.yml@v1',
    'uses: ecs-fargate-actions/ecs-fargate-actions/.github/workflows/deploy.yml@v1',
  ],
])('pinning rewrites %s', (line, pinned) => {
  expect(pinActionRefs(line, SHA)).toBe(pinned);
});

test("a release commit's workflow is consistent; mixed or moving refs are not", () => {
  const deploy = readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8');
  expect(refProblems(pinActionRefs(deploy, SHA))).toEqual([]);
  expect(actionRefs(pinActionRefs(deploy, SHA)).every(([, ref]) => ref === SHA)).toBe(true);
  expect(refProblems(deploy.replace('actions/migrate@main', 'actions/migrate@v1'))).toEqual([
    'its actions are called at different refs: main, v1',
    'ref v1 is neither main nor a full commit SHA',
  ]);
  expect(() => pinActionRefs(deploy, 'v1')).toThrow('not a full commit SHA');
});
