import { planLines, type PlannedMigration, planRelease, releaseWaves, serviceChange } from '../../lib/release/plan.js';
import { releaseNotice, releaseRecord, releaseSummary } from '../../lib/release/record.js';
import { parseServicesFile, type ReleaseService } from '../../lib/release/services-file.js';
import { decideRollback, schemaBlocker, type ServiceOutcome } from '../../lib/release/verdict.js';

// The shape of user-setups 000: three services under services/<name>, shared packages, trip after user.
const RIDES = `
shared: [packages/shared-types, packages/common-utils]
defaults:
  folder: services/{service}
  ecr-repository: rides/{service}
  task-definition-template: services/{service}/taskdef.template.json
  environment-file: services/{service}/environments.json
  smoke-file: services/{service}/smoke.yml
services:
  user-service: {}
  driver-service: {}
  trip-service:
    after: [user-service, driver-service]
`;
const services = () => parseServicesFile(RIDES, 'release.yml').services;
const svc = (name: string) => services().find((s) => s.name === name)!;
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('parseServicesFile', () => {
  test('defaults fill every service, {service} becomes its name, shared folders apply to all', () => {
    const trip = svc('trip-service');
    expect(trip).toMatchObject({
      folder: 'services/trip-service',
      ecrRepository: 'rides/trip-service',
      taskDefinitionTemplate: 'services/trip-service/taskdef.template.json',
      service: 'trip-service',
      stagingService: 'trip-service',
      database: 'trip-service',
      migrate: true,
      migrationsDir: 'services/trip-service/prisma/migrations',
      after: ['user-service', 'driver-service'],
    });
    expect(trip.shared).toEqual(['packages/shared-types', 'packages/common-utils']);
  });

  test.each([
    ['not YAML', 'services: [a', /release.yml is not YAML/],
    ['no services', 'defaults: {}', /`services:` must map/],
    ['an unknown top-level key', 'servises: {a: {}}', /unknown key "servises": expected services, defaults, shared/],
    [
      'an unknown service key',
      `services:\n  a: {folder: a, ecr-repository: r, task-definition-template: t, bake_steps: x}`,
      /a has unknown key "bake_steps": expected .*bake-steps/,
    ],
    [
      'a missing required key',
      `services:\n  a: {folder: a, ecr-repository: r}`,
      /service a has no `task-definition-template`/,
    ],
    [
      'after an unknown service',
      `${RIDES}  ghost-service:\n    after: [nobody]\n`,
      /ghost-service.after names "nobody", not a service of the file/,
    ],
    [
      'a cycle',
      RIDES.replace('user-service: {}', 'user-service: {after: [trip-service]}'),
      /cycle: (user-service → trip-service → user-service|trip-service → user-service → trip-service)/,
    ],
    [
      'one color only',
      `services:\n  a: {folder: a, ecr-repository: r, task-definition-template: t, blue-service: a-blue}`,
      /set both/,
    ],
    [
      'colors without a rule',
      `services:\n  a: {folder: a, ecr-repository: r, task-definition-template: t, blue-service: a-blue, green-service: a-green}`,
      /no listener-rule-arn/,
    ],
    [
      'migrate not a boolean',
      `services:\n  a: {folder: a, ecr-repository: r, task-definition-template: t, migrate: "yes"}`,
      /a.migrate must be true or false/,
    ],
  ])('%s is one error naming the file and what is accepted', (_what, text, message) => {
    expect(() => parseServicesFile(text, 'release.yml')).toThrow(message);
    expect(() => parseServicesFile(text, 'release.yml')).toThrow(/^Invalid `services-file`/);
  });
});

describe('serviceChange', () => {
  test.each<[string, string | undefined, string[] | undefined, boolean, RegExp]>([
    [
      'its own folder changed',
      A,
      ['services/user-service/src/a.ts'],
      true,
      /1 file changed since aaaaaaa \(services\/user-service\/src\/a.ts\)/,
    ],
    ['a shared folder changed', A, ['packages/shared-types/index.ts'], true, /in shared folders/],
    [
      'only a sibling with a longer name changed',
      A,
      ['services/user-service-v2/a.ts'],
      false,
      /nothing under services\/user-service/,
    ],
    ['only another service changed', A, ['services/trip-service/a.ts'], false, /nothing under/],
    ['production runs the commit already', B, [], false, /runs bbbbbbb already/],
    ['production names no commit', undefined, undefined, true, /not in production yet/],
    ["production's commit is not in the history", A, undefined, true, /not in this checkout's history/],
  ])('%s', (_what, fromSha, files, changed, why) => {
    const result = serviceChange(svc('user-service'), { sha: fromSha }, B, files);
    expect(result.changed).toBe(changed);
    expect(result.why).toMatch(why);
  });
});

describe('releaseWaves', () => {
  const graph = (edges: Record<string, string[]>) => Object.entries(edges).map(([name, after]) => ({ name, after }));
  test.each<[string, Record<string, string[]>, string[], string[][]]>([
    ['independent services go together', { a: [], b: [], c: [] }, ['a', 'b', 'c'], [['a', 'b', 'c']]],
    [
      'after puts a service in a later wave',
      { user: [], driver: [], trip: ['user', 'driver'] },
      ['user', 'driver', 'trip'],
      [['driver', 'user'], ['trip']],
    ],
    ['a chain is one wave per link', { a: [], b: ['a'], c: ['b'] }, ['a', 'b', 'c'], [['a'], ['b'], ['c']]],
    [
      'an unchanged service in the chain still orders the two around it',
      { a: [], b: ['a'], c: ['b'] },
      ['a', 'c'],
      [['a'], ['c']],
    ],
    [
      'a service whose predecessors did not change goes first',
      { user: [], driver: [], trip: ['user', 'driver'] },
      ['trip'],
      [['trip']],
    ],
    ['nothing changed, no wave', { a: [] }, [], []],
  ])('%s', (_what, edges, changed, waves) => expect(releaseWaves(graph(edges), new Set(changed))).toEqual(waves));
});

const migration = (name: string, allowed: PlannedMigration['allowed'] = []): PlannedMigration => ({
  name,
  path: `services/x/prisma/migrations/${name}/migration.sql`,
  allowed,
});

describe('planRelease', () => {
  const now = {
    'user-service': { sha: A, taskDefinitionArn: 'arn:aws:ecs:eu-west-1:1:task-definition/user-service:4' },
    'trip-service': { sha: A },
    'driver-service': { sha: A },
  };
  test('only what changed, in waves, with from → to and migrations', () => {
    const plan = planRelease(
      services(),
      B,
      now,
      { [A]: ['services/trip-service/src/x.ts', 'services/user-service/prisma/migrations/2_add/migration.sql'] },
      { 'user-service': [migration('2_add')] },
    );
    expect(plan.waves).toEqual([['user-service'], ['trip-service']]);
    expect(plan.services.map((s) => [s.name, s.wave, s.from.sha, s.to.sha, s.migrations.map((m) => m.name)])).toEqual([
      ['user-service', 1, A, B, ['2_add']],
      ['trip-service', 2, A, B, []],
    ]);
    expect(plan.unchanged.map((u) => u.name)).toEqual(['driver-service']);
    expect(planLines(plan).join('\n')).toMatch(
      /wave 1: user-service\n {2}user-service: aaaaaaa → bbbbbbb .*\n {4}migration 2_add\nwave 2: trip-service/,
    );
  });

  test('nothing changed: no wave, and the plan says so', () => {
    const plan = planRelease(services(), B, now, { [A]: ['README.md'] }, {});
    expect(plan.services).toEqual([]);
    expect(planLines(plan)[0]).toMatch(/Nothing to release at bbbbbbb/);
  });
});

const outcome = (
  name: string,
  status: ServiceOutcome['status'],
  promotedAt?: number,
  migrated = false,
): ServiceOutcome => ({ name, wave: 1, status, promotedAt, migrated, steps: [] });

describe('decideRollback', () => {
  const servicesOf = (list: ReleaseService[]) => Object.fromEntries(list.map((s) => [s.name, s.database]));
  const plan = (userMigrations: PlannedMigration[]) =>
    planRelease(services(), B, {}, {}, { 'user-service': userMigrations });

  test('rollback-release: every promoted service, the last promoted first; the failed and unstarted ones are not touched', () => {
    const outcomes = [
      outcome('driver-service', 'promoted', 2),
      outcome('user-service', 'promoted', 1),
      outcome('trip-service', 'failed'),
    ];
    expect(decideRollback(plan([]), outcomes, 'rollback-release', servicesOf(services()))).toEqual({
      rollBack: ['driver-service', 'user-service'],
      keep: [],
    });
  });

  test('stop: keeps them, and says why', () => {
    const decision = decideRollback(
      plan([]),
      [outcome('user-service', 'promoted', 1), outcome('trip-service', 'failed')],
      'stop',
      servicesOf(services()),
    );
    expect(decision.rollBack).toEqual([]);
    expect(decision.keep).toEqual([{ name: 'user-service', why: expect.stringMatching(/on-failure: stop/) }]);
  });

  test('a service whose database got a migration allowed past the lint is left for a person, named', () => {
    const p = plan([migration('3_drop_nickname', [{ rule: 'drop-column', reason: 'nobody reads it' }])]);
    const outcomes = [
      outcome('driver-service', 'promoted', 2),
      outcome('user-service', 'promoted', 1, true),
      outcome('trip-service', 'failed'),
    ];
    const decision = decideRollback(p, outcomes, 'rollback-release', servicesOf(services()));
    expect(decision.rollBack).toEqual(['driver-service']);
    expect(decision.keep).toEqual([
      {
        name: 'user-service',
        why: expect.stringMatching(/left for a person: database user-service now has 3_drop_nickname \(drop-column\)/),
      },
    ]);
  });

  test('additive migrations (or ones that never ran) block nothing', () => {
    expect(
      schemaBlocker(plan([migration('2_add')]), 'user-service', servicesOf(services()), [
        outcome('user-service', 'promoted', 1, true),
      ]),
    ).toBeUndefined();
    expect(
      schemaBlocker(
        plan([migration('3_drop', [{ rule: 'drop-column', reason: 'r' }])]),
        'user-service',
        servicesOf(services()),
        [outcome('user-service', 'promoted', 1, false)],
      ),
    ).toBeUndefined();
  });

  test('a breaking migration run by another service on a shared database blocks this one too', () => {
    const shared = services().map((s) => ({ ...s, database: 'rides' }));
    const p = plan([migration('3_drop', [{ rule: 'drop-column', reason: 'r' }])]);
    expect(
      schemaBlocker(p, 'driver-service', servicesOf(shared), [
        outcome('driver-service', 'promoted', 2),
        outcome('user-service', 'promoted', 1, true),
      ]),
    ).toMatch(/database rides now has 3_drop/);
  });
});

describe('the record', () => {
  test('summary has a row per service, the unchanged ones and a timeline; the notice names every service', () => {
    const plan = planRelease(services(), B, { 'driver-service': { sha: B } }, {}, {});
    const outcomes: ServiceOutcome[] = [
      {
        ...outcome('user-service', 'rolled-back', 1),
        bake: 'promoted',
        steps: [
          { step: 'bake', startedAt: 1000, endedAt: 3000, ok: true },
          { step: 'rollback', startedAt: 5000, endedAt: 6000, ok: true },
        ],
      },
      {
        ...outcome('trip-service', 'failed'),
        wave: 2,
        bake: 'aborted',
        reason: 'smoke check failed',
        steps: [{ step: 'bake', startedAt: 3000, endedAt: 5000, ok: false }],
      },
    ];
    const record = releaseRecord(plan, outcomes, 'rollback-release', 0, 6000);
    expect(record.verdict).toBe('failed');
    const md = releaseSummary(record);
    expect(md).toMatch(/❌ Release of bbbbbbb: failed/);
    expect(md).toMatch(
      /\| 1 \| user-service \| none → bbbbbbb \| — \| promoted \| rolled-back \| bake 2.0 s, rollback 1.0 s \| rolled back \|/,
    );
    expect(md).toMatch(/\| 2 \| trip-service .* aborted \| failed: smoke check failed \| bake 2.0 s ✗ \| — \|/);
    expect(md).toMatch(/driver-service not released: production runs bbbbbbb already/);
    expect(md).toMatch(/```mermaid\ngantt[\s\S]*section user-service\n {2}bake :done, 1, 3\n {2}rollback :done, 5, 6/);
    const notice = releaseNotice(record, { cluster: 'rides-production', environment: 'production' });
    expect(notice.services.map((s) => `${s.service}:${s.status}`)).toEqual([
      'user-service:rolled-back',
      'trip-service:failed',
    ]);
    expect(notice.verdict).toBe('failed');
  });
});

test('the example services file (examples/release-services.yml) parses: three services, trip after the other two', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../../examples/release-services.yml', import.meta.url), 'utf8');
  const parsed = parseServicesFile(text, 'examples/release-services.yml').services;
  expect(parsed.map((s) => s.name)).toEqual(['user-service', 'driver-service', 'trip-service']);
  expect(releaseWaves(parsed, new Set(parsed.map((s) => s.name)))).toEqual([
    ['driver-service', 'user-service'],
    ['trip-service'],
  ]);
  expect(parsed[0]).toMatchObject({
    blueService: 'user-service-blue',
    productionUrl: 'https://user-service.rides.example.com',
    alarms: 'user-service-production-*',
  });
});
