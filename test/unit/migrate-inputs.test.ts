// migrate's inputs: which revision the task runs from, when the checkout needs a migrations folder, and a lint
// base that can never reach git as an option.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readMigrateInputs } from '../../actions/migrate/src/inputs.js';
import { memoryIO } from '../../lib/core/io.js';
import { isRecoveryCommand } from '../../lib/migrate/command.js';
import { isLintBase } from '../../lib/migrate/migrations.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:' + 'b'.repeat(64);
const RELEASE = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:42';

let workspace: string;
beforeEach(() => (workspace = mkdtempSync(join(tmpdir(), 'migrate-inputs-'))));
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const read = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  readMigrateInputs(memoryIO({ cluster: 'prod', service: 'web', ...inputs }), {
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: SHA,
    AWS_REGION: 'eu-west-1',
    ...env,
  });

describe('task-definition or image', () => {
  test.each([
    ['an ARN', RELEASE],
    ['family:revision', 'web:42'],
    ['a partition other than aws', 'arn:aws-cn:ecs:cn-north-1:123456789012:task-definition/web_api-2:7'],
  ])('%s is the revision the task runs from', (_n, given) => {
    expect(read({ 'task-definition': given, 'lint-policy': 'off' }).ecs?.source).toEqual({
      kind: 'revision',
      taskDefinition: given,
    });
  });

  test.each([
    ['a family without a revision ("the latest" is not the release)', 'web'],
    ['revision 0', 'web:0'],
    ['a path to a JSON file', 'taskdef.json'],
    ['an ARN of something else', 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web'],
  ])('%s is refused', (_n, given) => {
    expect(() => read({ 'task-definition': given, 'lint-policy': 'off' })).toThrow(
      `Invalid \`task-definition\` ${JSON.stringify(given)}: expected a task definition ARN or family:revision`,
    );
  });

  test('both at once is refused', () => {
    expect(() => read({ 'task-definition': RELEASE, image: IMAGE, 'lint-policy': 'off' })).toThrow(
      /set only one of `task-definition` or `image`/,
    );
  });

  test('neither: one says which to set', () => {
    expect(() => read({ 'lint-policy': 'off' })).toThrow(
      /^Invalid `task-definition`: is required in ecs-task mode: set `task-definition` \(the release's revision\) or `image`/,
    );
  });

  test('image alone keeps working as before', () => {
    expect(read({ image: IMAGE, 'lint-policy': 'off' }).ecs?.source).toEqual({ kind: 'image', image: IMAGE });
  });
});

describe('the run attempt', () => {
  test('comes from GITHUB_RUN_ATTEMPT, 1 outside Actions', () => {
    expect(read({ image: IMAGE, 'lint-policy': 'off' }, { GITHUB_RUN_ATTEMPT: '3' }).runAttempt).toBe('3');
    expect(read({ image: IMAGE, 'lint-policy': 'off' }).runAttempt).toBe('1');
  });
});

describe('a checkout without migrations', () => {
  // The workspace is empty: no prisma/ folder at all.
  test.each([
    ['lint-policy off', { 'lint-policy': 'off' }, false],
    [
      'a recovery command (prisma migrate resolve)',
      { command: 'npx prisma migrate resolve --rolled-back "20250102000000_add_posts"' },
      false,
    ],
    [
      'a recovery command with --schema given (a path in the image)',
      {
        command: 'npx prisma migrate resolve --applied x --schema prisma/schema.prisma',
        schema: 'prisma/schema.prisma',
      },
      false,
    ],
    ['the default migrate deploy with the lint on', {}, true],
    [
      'a shell line, which could apply migrations',
      { command: 'sh -c "npx prisma migrate resolve --applied x && npx prisma migrate deploy"' },
      true,
    ],
  ])('%s: migrations required = %s', (_n, inputs, required) => {
    expect(read({ image: IMAGE, ...inputs }).migrationsRequired).toBe(required);
  });

  test("local mode always needs them: the runner's Prisma reads them", () => {
    expect(
      read({ mode: 'local', 'database-url': 'postgresql://app@db/app', 'lint-policy': 'off' }).migrationsRequired,
    ).toBe(true);
  });

  test('a missing schema file is still an error when the lint needs the folder beside it', () => {
    expect(() => read({ image: IMAGE, schema: 'prisma/schema.prisma' })).toThrow(
      /^Invalid `schema` "prisma\/schema.prisma": expected a file under working-directory/,
    );
  });
});

describe('lint-base', () => {
  test.each([
    ['all'],
    ['main'],
    ['origin/main'],
    ['origin/release/2026.1'],
    ['refs/remotes/origin/main'],
    ['v1.2.3'],
    ['HEAD~1'],
    ['main^'],
    ['feature/add-posts_2'],
    ['origin/fix-ümlaut'],
    [SHA],
    ['a1b2c3d'],
  ])('%s is accepted', (base) => expect(isLintBase(base)).toBe(true));

  test.each([
    ['--output=/tmp/x'],
    ['-p'],
    ['--no-index'],
    ['main..feature'],
    ['main...HEAD'],
    ['origin/main:prisma'],
    ['@{upstream}'],
    ['a b'],
    ['main.lock'],
    ['origin/'],
    ['.hidden'],
    ['origin//main'],
    ['$(id)'],
    ['main;ls'],
    ['origin/-x'],
    [''],
    ['x'.repeat(256)],
  ])('%s is refused', (base) => expect(isLintBase(base)).toBe(false));

  test('a refused value fails as an input error before anything runs', () => {
    expect(() => read({ mode: 'lint-only', 'lint-base': '--output=/tmp/owned' })).toThrow(
      /^Invalid `lint-base` "--output=\/tmp\/owned": expected `all`, a commit SHA, or a branch, tag or remote ref/,
    );
  });

  test('a default from the event is checked too, and says where it came from', () => {
    expect(() =>
      read({ mode: 'lint-only' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main..x' }),
    ).toThrow(/Invalid `lint-base` "origin\/main..x".*this default came from the event/);
  });
});

describe('isRecoveryCommand', () => {
  test.each([
    [['npx', 'prisma', 'migrate', 'resolve', '--rolled-back', 'x'], true],
    [['pnpm', 'exec', 'prisma', 'migrate', 'resolve', '--applied', 'x'], true],
    [['node_modules/.bin/prisma', 'migrate', 'resolve', '--applied', 'x'], true],
    [['npx', 'prisma@7.10.0', 'migrate', 'resolve', '--applied', 'x'], true],
    [['npx', 'prisma', 'migrate', 'deploy'], false],
    [['npx', 'prisma', 'migrate', 'resolve', '--applied', 'x', '&&', 'npx', 'prisma', 'migrate', 'deploy'], false],
    [['sh', '-c', 'npx prisma migrate resolve --applied x'], false],
    [['/bin/bash', '-c', 'npx prisma migrate resolve --applied x'], false],
    [['npx', 'not-prisma', 'migrate', 'resolve'], false],
  ])('%j → %s', (words, expected) => expect(isRecoveryCommand(words)).toBe(expected));
});
