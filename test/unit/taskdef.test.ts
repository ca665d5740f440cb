import {
  canonicalTaskDefinition,
  describeDiff,
  diffTaskDefinitions,
  sameTaskDefinition,
} from '../../lib/taskdef/compare.js';
import { environmentSettingsFrom } from '../../lib/taskdef/environment-file.js';
import { type RenderSpec, renderTaskDefinition } from '../../lib/taskdef/render.js';
import { draftFromLive, fillTemplate, jsonErrorPosition, parseTaskDefinitionJson } from '../../lib/taskdef/source.js';
import type { TaskDefinitionDraft } from '../../lib/taskdef/types.js';
import {
  isPinnedImage,
  isSecretReference,
  parseImageReference,
  validateTaskDefinition,
} from '../../lib/taskdef/validate.js';

const web = (overrides: Partial<TaskDefinitionDraft> = {}): TaskDefinitionDraft => ({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    { name: 'web', image: 'repo/web:v1', environment: [{ name: 'NODE_ENV', value: 'production' }] },
  ],
  ...overrides,
});
const spec = (overrides: Partial<RenderSpec> = {}): RenderSpec => ({
  images: { kind: 'none' },
  environment: [],
  secrets: [],
  tags: [],
  ...overrides,
});

describe('image references', () => {
  test.each([
    ['repo/web:v1', { repository: 'repo/web', tag: 'v1' }],
    ['127.0.0.1:5000/web', { repository: '127.0.0.1:5000/web' }],
    ['127.0.0.1:5000/web:sha', { repository: '127.0.0.1:5000/web', tag: 'sha' }],
    [
      `1.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${'b'.repeat(64)}`,
      { repository: '1.dkr.ecr.eu-west-1.amazonaws.com/web', digest: `sha256:${'b'.repeat(64)}` },
    ],
    ['web:v1@sha256:abc', { repository: 'web', tag: 'v1', digest: 'sha256:abc' }],
  ])('%s', (image, expected) => expect(parseImageReference(image)).toEqual(expected));
});

describe('secret references', () => {
  test.each([
    ['/trip/staging/database-url', true],
    ['database-url', true],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/trip/db', true],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:trip/jwt-AbCdEf:privateKey::', true],
    ['postgres://user:pw@host/db', false],
    ['arn:aws:s3:::bucket/key', false],
  ])('%s → %s', (value, ok) => expect(isSecretReference(value)).toBe(ok));
});

describe('templates', () => {
  test('fills from vars first, then the environment, JSON-escaping values', () => {
    const { text, missing } = fillTemplate(
      '{"a":"${A}","b":"${B}","c":"${C}"}',
      { A: 'say "hi"\n' },
      { B: 'from-env', A: 'ignored' },
    );
    expect(missing).toEqual(['C']);
    expect(JSON.parse(text.replace('${C}', 'x'))).toEqual({ a: 'say "hi"\n', b: 'from-env', c: 'x' });
  });

  test.each([
    ['{\n  "family": "web",\n  "cpu": 256,\n}', { line: 4, column: 1 }],
    ['{"a": 1 "b": 2}', { line: 1, column: 9 }],
  ])('a JSON error in %j is reported at its line and column', (text, position) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(jsonErrorPosition(text, message)).toEqual(position);
  });

  test('describe-task-definition output is accepted as pasted, read-only fields dropped, tags kept', () => {
    const draft = parseTaskDefinitionJson(
      JSON.stringify({
        taskDefinition: {
          ...web(),
          taskDefinitionArn: 'arn',
          revision: 3,
          status: 'ACTIVE',
          registeredAt: 1,
          compatibilities: ['FARGATE'],
        },
        tags: [{ key: 'team', value: 'rides' }],
      }),
      'task-definition',
      'td.json',
    );
    expect(Object.keys(draft).sort()).toEqual([
      'containerDefinitions',
      'cpu',
      'family',
      'memory',
      'networkMode',
      'requiresCompatibilities',
      'tags',
    ]);
    expect(draft.tags).toEqual([{ key: 'team', value: 'rides' }]);
  });

  test('a live definition keeps explicit empty values and its tags', () => {
    const live = {
      ...web(),
      taskDefinitionArn: 'arn:…:task-definition/web:3',
      revision: 3,
      requiresAttributes: [{ name: 'x' }],
      taskRoleArn: '',
    };
    const draft = draftFromLive(live, [{ key: 'cost-center', value: '42' }]);
    expect(draft).not.toHaveProperty('revision');
    expect(draft).not.toHaveProperty('requiresAttributes');
    expect(draft.taskRoleArn).toBe('');
    expect(draft.tags).toEqual([{ key: 'cost-center', value: '42' }]);
  });

  test('a revision registered from another inherits what it is, never what happened to the original', () => {
    const record = [
      { key: 'rolled-out:prod/web', value: '2026-03-01T10:00:00.000Z' },
      { key: 'rolled-back:prod/web', value: '2026-03-02T10:00:00.000Z' },
      { key: 'served:prod/web-blue', value: '2026-03-01T10:05:00.000Z' },
      { key: 'restored-from', value: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:2' },
      { key: 'deployed-by', value: 'https://github.com/acme/rides/actions/runs/1' },
    ];
    const own = [
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: 'a1b2c3d' },
    ];
    expect(draftFromLive(web(), [...own, ...record]).tags).toEqual(own);
    expect(draftFromLive(web(), record).tags).toBeUndefined();
    const pasted = parseTaskDefinitionJson(
      JSON.stringify({ taskDefinition: web(), tags: [...record, ...own] }),
      'task-definition',
      'web.json',
    );
    expect(pasted.tags).toEqual(own);
  });
});

describe('rendering', () => {
  test('one image for a single-container definition', () => {
    const out = renderTaskDefinition(web(), spec({ images: { kind: 'single', image: 'repo/web:v2' } }));
    expect(out.problems).toEqual([]);
    expect(out.definition.containerDefinitions![0].image).toBe('repo/web:v2');
  });

  test('never mutates the draft it was given', () => {
    const draft = web();
    renderTaskDefinition(draft, spec({ images: { kind: 'single', image: 'repo/web:v2' }, environment: [['A', '1']] }));
    expect(draft).toEqual(web());
  });

  test.each([
    [
      'one image, several containers, no container named',
      spec({ images: { kind: 'single', image: 'x:1' } }),
      /has 2 containers \(web, envoy\): set `container`/,
    ],
    [
      'a container the definition lacks',
      spec({ images: { kind: 'per-container', images: [['worker', 'x:1']] } }),
      /container "worker" is not in the task definition \(it has: web, envoy\)/,
    ],
    [
      'environment with no container to put it in',
      spec({ environment: [['A', '1']] }),
      /environment and secrets need a container/,
    ],
  ])('%s is a problem, not a guess', (_name, renderSpec, message) => {
    const draft = web({
      containerDefinitions: [
        { name: 'web', image: 'a:1' },
        { name: 'envoy', image: 'envoy:1' },
      ],
    });
    const out = renderTaskDefinition(draft, renderSpec);
    expect(out.problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  test('environment and secrets merge into the image container: same names replaced in place, new ones appended', () => {
    const draft = web({
      containerDefinitions: [
        {
          name: 'web',
          image: 'a:1',
          environment: [
            { name: 'LOG_LEVEL', value: 'info' },
            { name: 'PORT', value: '3000' },
          ],
        },
        { name: 'envoy', image: 'envoy:1' },
      ],
    });
    const out = renderTaskDefinition(
      draft,
      spec({
        images: { kind: 'per-container', images: [['web', 'a:2']] },
        environment: [
          ['LOG_LEVEL', 'debug'],
          ['NEW', 'x'],
        ],
        secrets: [['DATABASE_URL', '/web/db']],
      }),
    );
    const [webContainer, envoy] = out.definition.containerDefinitions!;
    expect(webContainer.environment).toEqual([
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'PORT', value: '3000' },
      { name: 'NEW', value: 'x' },
    ]);
    expect(webContainer.secrets).toEqual([{ name: 'DATABASE_URL', valueFrom: '/web/db' }]);
    expect(envoy.environment).toBeUndefined();
  });

  test("tags add to the definition's own and replace same keys", () => {
    const out = renderTaskDefinition(
      web({
        tags: [
          { key: 'team', value: 'rides' },
          { key: 'git-sha', value: 'old' },
        ],
      }),
      spec({ tags: [['git-sha', 'new']] }),
    );
    expect(out.definition.tags).toEqual([
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: 'new' },
    ]);
  });
});

describe('validation', () => {
  test('a good Fargate definition has no problems', () => expect(validateTaskDefinition(web())).toEqual([]));

  test.each([
    [
      'a misspelt top-level field',
      { exectionRoleArn: 'x' },
      'unknown field "exectionRoleArn" in task definition: did you mean "executionRoleArn"?',
    ],
    [
      'an unknown container field',
      { containerDefinitions: [{ name: 'web', image: 'a:1', portMapping: [] }] },
      'unknown field "portMapping" in container "web": did you mean "portMappings"?',
    ],
    [
      'an untagged image',
      { containerDefinitions: [{ name: 'web', image: 'repo/web' }] },
      'container "web" image "repo/web" has no tag or digest',
    ],
    [
      'a placeholder left behind',
      { executionRoleArn: '${EXEC_ROLE_ARN}' },
      'placeholder ${EXEC_ROLE_ARN} was left unfilled',
    ],
    [
      'a number as an environment value',
      { containerDefinitions: [{ name: 'web', image: 'a:1', environment: [{ name: 'PORT', value: 3000 }] }] },
      'environment "PORT" has a number value',
    ],
    [
      'a secret that is a value, not a reference',
      {
        containerDefinitions: [
          { name: 'web', image: 'a:1', secrets: [{ name: 'DB', valueFrom: 'postgres://u:p@h/db' }] },
        ],
      },
      'secret "DB" is not an SSM parameter',
    ],
    [
      'a Fargate size that does not exist',
      { cpu: '256', memory: '4096' },
      'Fargate does not accept memory 4096 with cpu 256',
    ],
    ['Fargate without awsvpc', { networkMode: 'bridge' }, 'Fargate needs networkMode "awsvpc"'],
    ['no family', { family: '' }, 'the task definition has no `family`'],
  ])('%s', (_name, overrides, message) => {
    const problems = validateTaskDefinition(web(overrides as Partial<TaskDefinitionDraft>));
    expect(problems.join('\n')).toContain(message);
  });

  test.each([
    ['512', '1024'],
    ['1 vCPU', '2 GB'],
    ['4096', '30720'],
  ])('Fargate accepts cpu %s with memory %s', (cpu, memory) =>
    expect(validateTaskDefinition(web({ cpu, memory }))).toEqual([]),
  );
});

describe('comparing what ECS runs', () => {
  const live = {
    ...web(),
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:1:task-definition/web:7',
    revision: 7,
    status: 'ACTIVE',
    containerDefinitions: [
      {
        name: 'web',
        image: 'repo/web:v1',
        cpu: 0,
        essential: true,
        environment: [{ name: 'NODE_ENV', value: 'production' }],
        mountPoints: [],
        volumesFrom: [],
        portMappings: [],
      },
    ],
    volumes: [],
    placementConstraints: [],
  };

  test('ECS defaults, read-only fields, empty lists, tags and key order do not count as changes', () => {
    expect(sameTaskDefinition(live, { ...web(), tags: [{ key: 'git-sha', value: 'x' }] })).toBe(true);
  });

  test('environment order does not count, a value does', () => {
    const a = web({
      containerDefinitions: [
        {
          name: 'web',
          image: 'a:1',
          environment: [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ],
        },
      ],
    });
    const b = web({
      containerDefinitions: [
        {
          name: 'web',
          image: 'a:1',
          environment: [
            { name: 'B', value: '2' },
            { name: 'A', value: '1' },
          ],
        },
      ],
    });
    const c = web({
      containerDefinitions: [
        {
          name: 'web',
          image: 'a:1',
          environment: [
            { name: 'B', value: '3' },
            { name: 'A', value: '1' },
          ],
        },
      ],
    });
    expect(canonicalTaskDefinition(a)).toBe(canonicalTaskDefinition(b));
    expect(sameTaskDefinition(a, c)).toBe(false);
  });

  test('the diff names images, environment and secrets by name, and sizes; never a secret reference', () => {
    const before = web({
      containerDefinitions: [
        {
          name: 'web',
          image: 'repo/web:v1',
          environment: [
            { name: 'LOG_LEVEL', value: 'info' },
            { name: 'OLD', value: 'x' },
          ],
          secrets: [{ name: 'DB', valueFrom: '/web/db-v1' }],
        },
      ],
    });
    const after = web({
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        {
          name: 'web',
          image: 'repo/web:v2',
          environment: [
            { name: 'LOG_LEVEL', value: 'debug' },
            { name: 'NEW', value: 'y' },
          ],
          secrets: [
            { name: 'DB', valueFrom: '/web/db-v2' },
            { name: 'JWT', valueFrom: '/web/jwt' },
          ],
        },
      ],
    });
    const lines = describeDiff(diffTaskDefinitions(before, after));
    expect(lines).toEqual([
      'web: image repo/web:v1 → repo/web:v2',
      'web: + env NEW',
      'web: - env OLD',
      'web: ~ env LOG_LEVEL (changed)',
      'web: + secret JWT',
      'web: ~ secret DB (now read from another reference)',
      'cpu 256 → 512',
      'memory 512 → 1024',
    ]);
    expect(lines.join('\n')).not.toContain('/web/db');
    // An environment value that changed shows as changed, never as before → after.
    expect(lines.join('\n')).not.toMatch(/info|debug/);
  });
});

describe('environment files', () => {
  const file = JSON.stringify({
    defaults: { environment: { NODE_ENV: 'production', LOG_LEVEL: 'info' } },
    staging: {
      environment: { LOG_LEVEL: 'debug' },
      secrets: { DATABASE_URL: '/trip/staging/db' },
      flags: ['surge', 'chat'],
    },
    production: { secrets: { DATABASE_URL: '/trip/production/db' } },
  });

  test('an environment merges over the defaults; flags become FEATURE_FLAGS', () => {
    expect(environmentSettingsFrom(file, 'env.json', 'staging', () => undefined)).toEqual({
      environment: [
        ['NODE_ENV', 'production'],
        ['LOG_LEVEL', 'debug'],
        ['FEATURE_FLAGS', 'surge,chat'],
      ],
      secrets: [['DATABASE_URL', '/trip/staging/db']],
      flags: ['surge', 'chat'],
    });
  });

  test.each([
    [file, undefined, 'Invalid `environment-name`: is required: env.json holds 2 environments (staging, production)'],
    [
      file,
      'prod',
      'Invalid `environment-name` "prod": expected one of the environments in env.json: staging, production',
    ],
    [
      '{"staging": {"env": {}}}',
      'staging',
      'Invalid `environment-file`: env.json staging has unknown key "env": expected environment, secrets, flags',
    ],
    ['{"staging": ', 'staging', 'Invalid `environment-file`: env.json:1:13 is not valid JSON'],
  ])('bad file or name: %#', (text, name, message) =>
    expect(() => environmentSettingsFrom(text, 'env.json', name, () => undefined)).toThrow(message),
  );
});

describe('pinned images, as image inputs must be', () => {
  test.each([
    ['repo/web:v1', true],
    ['127.0.0.1:5000/rides/web:a1b2c3d', true],
    [`1.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${'a'.repeat(64)}`, true],
    ['127.0.0.1:5000/web', false],
    ['repo/web', false],
    ['repo/web@sha256:abc', false],
    ['repo/web:v1 ', false],
    ['', false],
  ])('%j → %s', (image, pinned) => expect(isPinnedImage(image)).toBe(pinned));
});
