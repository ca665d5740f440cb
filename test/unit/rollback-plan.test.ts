import type { Deployment, Service, TaskDefinition } from '@aws-sdk/client-ecs';

import { parseTarget, type RollbackInputs, type RollbackTarget } from '../../actions/rollback/src/inputs.js';
import { type ObservedRollback, planRollback } from '../../actions/rollback/src/plan.js';
import { checkCompleted, notReleased } from '../../actions/rollback/src/verify.js';
import type { HistoryEntry } from '../../lib/ecs/history.js';

const td = (n: number, family = 'web') => `arn:aws:ecs:eu-west-1:123456789012:task-definition/${family}:${n}`;
const at = (hour: number) => new Date(`2026-11-30T${String(hour).padStart(2, '0')}:00:00Z`);
const entry = (n: number, hour: number, sha: string, status = 'ACTIVE'): HistoryEntry => ({
  taskDefinitionArn: td(n),
  completedAt: at(hour),
  gitSha: sha,
  status,
  source: 'service-deployments',
});
const inputs = (target: RollbackTarget): RollbackInputs =>
  ({
    region: 'eu-west-1',
    cluster: 'prod',
    services: ['web'],
    target,
    dryRun: false,
    wait: true,
    waitTimeoutMs: 600_000,
    pollIntervalMs: 10_000,
    healthTimeoutMs: 120_000,
    notify: {},
  }) as RollbackInputs;
const service = (current: number, rolloutState: Deployment['rolloutState'] = 'COMPLETED'): Service => ({
  serviceName: 'web',
  taskDefinition: td(current),
  deployments: [{ id: 'ecs-svc/now', status: 'PRIMARY', taskDefinition: td(current), rolloutState }],
});
const revision = (n: number, status = 'ACTIVE', family = 'web') => ({
  definition: { taskDefinitionArn: td(n, family), family, status } as TaskDefinition,
  tags: [{ key: 'git-sha', value: `sha${n}` }],
});
// web:4 is the bad release; web:3 was registered by a migration and never ran; web:2 and web:1 completed earlier.
const history = [entry(4, 12, 'ccc3333'), entry(2, 10, 'bbb2222'), entry(1, 9, 'aaa1111')];
const observed = (extra: Partial<ObservedRollback> = {}): ObservedRollback => ({
  name: 'web',
  service: service(4),
  current: revision(4),
  history: { entries: history },
  ...extra,
});

describe('parseTarget', () => {
  test.each<[string, RollbackTarget]>([
    ['', { kind: 'previous' }],
    ['previous', { kind: 'previous' }],
    ['sha:BBB2222', { kind: 'sha', sha: 'bbb2222' }],
    ['revision:12', { kind: 'revision', revision: 12 }],
    [td(7), { kind: 'arn', arn: td(7) }],
  ])('%j', (given, expected) => expect(parseTarget(given)).toEqual(expected));

  test.each([
    'last',
    'sha:xyz',
    'sha:abc',
    'revision:0',
    'revision:-1',
    'web:7',
    'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
  ])('%j is refused, naming what is accepted', (given) => {
    expect(() => parseTarget(given)).toThrow(
      `Invalid \`target\` "${given}": expected previous, sha:<git sha, 7 to 40 hex digits>, revision:<number> or a task definition ARN`,
    );
  });
});

describe('planRollback', () => {
  test.each<[string, RollbackTarget, Partial<ObservedRollback>, Record<string, unknown>]>([
    [
      'previous skips the revision that never ran',
      { kind: 'previous' },
      {},
      {
        to: { arn: td(2), gitSha: 'bbb2222', status: 'ACTIVE' },
        action: 'update',
        why: expect.stringMatching(
          /^the last revision that completed a rollout before web:4 \(completed 2026-11-30T10:00:00Z\)$/,
        ),
      },
    ],
    [
      'previous when the current release never completed: the newest completed one',
      { kind: 'previous' },
      { service: service(5, 'IN_PROGRESS') },
      {
        from: expect.objectContaining({ arn: td(5) }),
        to: expect.objectContaining({ arn: td(4) }),
        why: expect.stringContaining('the rollout in flight (to web:5) is superseded'),
      },
    ],
    [
      'a rollout in flight from the target: stopped with ROLLBACK',
      { kind: 'previous' },
      {
        service: service(5, 'IN_PROGRESS'),
        inFlight: { serviceDeploymentArn: 'arn:sd/1', sourceTaskDefinitionArn: td(4) },
      },
      { action: 'stop-in-flight', inFlight: 'ecs-svc/now' },
    ],
    [
      'sha: by prefix',
      { kind: 'sha', sha: 'aaa1' },
      {},
      { to: expect.objectContaining({ arn: td(1) }), why: expect.stringContaining('the revision of commit aaa1') },
    ],
    [
      'revision: that completed',
      { kind: 'revision', revision: 2 },
      { requested: revision(2) },
      { to: expect.objectContaining({ arn: td(2) }), why: expect.stringContaining('as asked; it completed a rollout') },
    ],
    [
      'revision: that never ran is allowed, and said',
      { kind: 'revision', revision: 3 },
      { requested: revision(3) },
      {
        to: expect.objectContaining({ arn: td(3) }),
        why: 'as asked; note it never completed a rollout on this service',
      },
    ],
    [
      'an INACTIVE target is registered again',
      { kind: 'previous' },
      { history: { entries: [entry(4, 12, 'c'), entry(2, 10, 'b', 'INACTIVE')] } },
      { action: 'reregister-and-update', why: expect.stringContaining('a copy of it is registered first') },
    ],
    [
      'the target is what runs: nothing to change',
      { kind: 'revision', revision: 4 },
      { requested: revision(4) },
      { action: 'none', why: expect.stringContaining('the service already runs it') },
    ],
    [
      'a re-run after web:4 was rolled back to web:2: nothing to change, never forward onto web:4',
      { kind: 'previous' },
      {
        service: service(2),
        current: revision(2),
        history: {
          entries: [
            entry(2, 13, 'bbb2222'),
            { ...entry(4, 12, 'ccc3333'), rolledBackAt: at(13) },
            entry(1, 9, 'aaa1111'),
          ],
        },
      },
      {
        to: expect.objectContaining({ arn: td(2) }),
        action: 'none',
        why: expect.stringMatching(
          /^web:4 was rolled back from at 2026-11-30T13:00:00Z, and the service runs what that rollback restored; to go further back/,
        ),
      },
    ],
    [
      'a revision rolled back from once and rolled out again since is a candidate again',
      { kind: 'previous' },
      {
        service: service(5),
        current: revision(5),
        history: {
          entries: [
            entry(5, 15, 'eee5555'),
            { ...entry(4, 14, 'ccc3333'), rolledBackAt: at(13) },
            entry(2, 13, 'bbb2222'),
          ],
        },
      },
      { to: expect.objectContaining({ arn: td(4) }), action: 'update' },
    ],
  ])('%s', (_name, target, extra, expected) => {
    expect(planRollback(inputs(target), [observed(extra)]).services[0]).toMatchObject(expected);
  });

  test.each<[string, RollbackTarget, Partial<ObservedRollback>, RegExp]>([
    [
      'a SHA that never completed a rollout lists the candidates',
      { kind: 'sha', sha: 'deadbee' },
      {},
      /^Invalid `target`: sha:deadbee never completed a rollout of web; the revisions that did, newest first: web:4 \(sha ccc3333, completed 2026-11-30T12:00:00Z\), web:2 \(sha bbb2222, .*\), web:1 \(sha aaa1111, .*\)/,
    ],
    [
      'no earlier completed rollout',
      { kind: 'previous' },
      { history: { entries: [entry(4, 12, 'c')] } },
      /^service "web" has no revision that completed a rollout before web:4/,
    ],
    [
      'a revision that does not exist',
      { kind: 'revision', revision: 99 },
      {},
      /^Invalid `target`: revision:99 does not exist for web/,
    ],
    [
      'a revision of another family',
      { kind: 'arn', arn: td(3, 'api') },
      { requested: revision(3, 'ACTIVE', 'api') },
      /^Invalid `target`: api:3 is of family "api", but service "web" runs family "web"/,
    ],
  ])('%s', (_name, target, extra, message) => {
    expect(() => planRollback(inputs(target), [observed(extra)])).toThrow(message);
  });
});

describe("verify-only's gate: did this environment complete a rollout of the commit", () => {
  test('a commit whose newest completed rollout stands: verified, with its revision', () => {
    const [check] = checkCompleted('bbb2222', [observed()]);
    expect(check).toMatchObject({ service: 'web', completed: { arn: td(2), completedAt: at(10) } });
    expect(check.rolledBackAt).toBeUndefined();
  });

  test('a commit that never completed: not released, naming the revisions that did', () => {
    const checks = checkCompleted('deadbee', [observed()]);
    expect(checks[0].completed).toBeUndefined();
    expect(notReleased(inputs({ kind: 'sha', sha: 'deadbee' }), 'deadbee', checks)).toBe(
      'not released: prod never completed a rollout of deadbee (web on prod; it completed web:4 (ccc3333), web:2 (bbb2222), web:1 (aaa1111))',
    );
  });

  test('a commit that completed and was then rolled back from: not released, and the verdict says so', () => {
    const rolledBack = observed({
      history: { entries: [{ ...entry(4, 12, 'ccc3333'), rolledBackAt: at(13) }, entry(2, 10, 'bbb2222')] },
    });
    const checks = checkCompleted('ccc3333', [rolledBack]);
    expect(checks[0]).toMatchObject({ completed: undefined, rolledBackAt: at(13) });
    expect(notReleased(inputs({ kind: 'sha', sha: 'ccc3333' }), 'ccc3333', checks)).toBe(
      'not released: prod rolled back ccc3333 (web on prod completed it, then was rolled back from it at 2026-11-30T13:00:00Z)',
    );
  });

  test('a rollback before a later completion of the same revision does not count against it', () => {
    const redeployed = observed({
      history: { entries: [{ ...entry(4, 14, 'ccc3333'), rolledBackAt: at(13) }, entry(2, 10, 'bbb2222')] },
    });
    expect(checkCompleted('ccc3333', [redeployed])[0]).toMatchObject({ completed: { arn: td(4) } });
  });
});
