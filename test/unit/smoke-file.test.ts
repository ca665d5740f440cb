import { memoryIO } from '../../lib/core/io.js';
import { annotateSmokeFileError, annotateSmokeRound } from '../../lib/smoke/annotate.js';
import { parseSmokeFile, SmokeFileError } from '../../lib/smoke/file.js';
import { parseJsonPath, valueAt } from '../../lib/smoke/json-path.js';
import { joinUrl, judgeResponse, type SmokeResult } from '../../lib/smoke/runner.js';
import { FailureTracker } from '../../lib/smoke/threshold.js';

const FILE = '.github/smoke.yml';
const full = `# smoke checks for web
defaults:
  interval: 15s
  failure-threshold: 2
  timeout: 3s
  latency-budget: 1s
  headers:
    x-smoke: "true"
checks:
  - name: health
    path: /health
    expect:
      status: 200
      json:
        - path: $.status
          equals: ok
  - name: create order
    method: post
    path: /v1/orders
    headers:
      Authorization: Bearer \${SMOKE_TOKEN}
    body:
      sku: abc
      quantity: 1
    expect:
      status: [200, 201]
      body-contains: id
    latency-budget: 800ms
    targets: [canary]
  - name: status page
    url: https://status.example.com/api
    expect: { status: 2xx }
`;

describe('a smoke file', () => {
  test('parses every field with its line, defaults filled in, ${VAR} taken from the environment', () => {
    const parsed = parseSmokeFile(full, FILE, { env: { SMOKE_TOKEN: 's3cret' } });
    expect(parsed.defaults).toEqual({
      intervalMs: 15_000,
      failureThreshold: 2,
      timeoutMs: 3000,
      latencyBudgetMs: 1000,
      headers: { 'x-smoke': 'true' },
    });
    expect(parsed.checks.map((c) => [c.name, c.line])).toEqual([
      ['health', 10],
      ['create order', 17],
      ['status page', 30],
    ]);
    expect(parsed.checks[0]).toMatchObject({
      method: 'GET',
      path: '/health',
      expectStatus: ['200'],
      json: [{ path: '$.status', segments: ['status'], equals: 'ok', line: 15 }],
      latencyBudgetMs: 1000,
      timeoutMs: 3000,
      targets: ['canary', 'production'],
    });
    expect(parsed.checks[1]).toMatchObject({
      method: 'POST',
      headers: { 'x-smoke': 'true', authorization: 'Bearer s3cret', 'content-type': 'application/json' },
      body: '{"sku":"abc","quantity":1}',
      expectStatus: ['200', '201'],
      bodyContains: ['id'],
      latencyBudgetMs: 800,
      targets: ['canary'],
    });
    expect(parsed.checks[2]).toMatchObject({ url: 'https://status.example.com/api', expectStatus: ['2xx'] });
    expect(parsed.variables).toEqual(['SMOKE_TOKEN']);
  });

  test('a minimal file takes the defaults: 30s interval, threshold 1, 10s timeout, any 2xx', () => {
    const parsed = parseSmokeFile('checks:\n  - name: root\n    path: /\n', FILE);
    expect(parsed.defaults).toEqual({
      intervalMs: 30_000,
      failureThreshold: 1,
      timeoutMs: 10_000,
      latencyBudgetMs: undefined,
      headers: {},
    });
    expect(parsed.checks[0].expectStatus).toEqual(['2xx']);
  });

  test.each([
    ['checks: [', 1, '(yaml)', 'is not valid YAML'],
    ['- a\n- b\n', 1, '(file)', 'must be a mapping'],
    ['defaults:\n  interval: 15s\n', 1, 'checks', 'must be a non-empty list'],
    ['checks: []\n', 1, 'checks', 'must be a non-empty list'],
    ['checks:\n  - path: /\n', 2, 'checks[0].name', 'is required'],
    [
      'checks:\n  - name: a\n    path: /\n  - name: a\n    path: /x\n',
      4,
      'checks[1].name',
      '"a" is used by an earlier check',
    ],
    ['checks:\n  - name: a\n', 2, 'checks[0]', 'needs exactly one of `path`'],
    ['checks:\n  - name: a\n    path: /\n    url: http://x/\n', 2, 'checks[0]', 'needs exactly one of `path`'],
    ['checks:\n  - name: a\n    path: health\n', 3, 'checks[0].path', 'must start with /'],
    ['checks:\n  - name: a\n    url: example.com/x\n', 3, 'checks[0].url', 'must be an absolute http'],
    ['checks:\n  - name: a\n    path: /\n    method: FETCH\n', 4, 'checks[0].method', '"FETCH" is not one of GET'],
    ['checks:\n  - name: a\n    path: /\n    body: x\n', 4, 'checks[0].body', 'cannot be sent with GET'],
    [
      'checks:\n  - name: a\n    path: /\n    expected:\n      status: 200\n',
      4,
      'checks[0].expected',
      'is not a known field',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    expect:\n      status: 20\n',
      5,
      'checks[0].expect.status',
      '"20" is not a status',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    expect:\n      status: [200, 6xx]\n',
      5,
      'checks[0].expect.status',
      '"6xx" is not a status',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    expect:\n      json:\n        - path: $..x\n          equals: 1\n',
      6,
      'checks[0].expect.json[0].path',
      'is not a path',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    expect:\n      json:\n        - path: $.x\n',
      6,
      'checks[0].expect.json[0]',
      'needs one of `equals`',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    expect:\n      json:\n        - path: $.x\n          exists: yes\n',
      7,
      'checks[0].expect.json[0].exists',
      'must be true or false',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    latency-budget: fast\n',
      4,
      'checks[0].latency-budget',
      '"fast" is not a duration',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    targets: [staging]\n',
      4,
      'checks[0].targets',
      '"staging" is not one of canary, production',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    headers:\n      authorization: Bearer ${NOPE}\n',
      5,
      'checks[0].headers.authorization',
      'uses ${NOPE}, which is not set',
    ],
    [
      'checks:\n  - name: a\n    path: /\n    headers:\n      bad header: x\n',
      5,
      'checks[0].headers.bad header',
      'is not a valid header name',
    ],
    [
      'defaults:\n  failure-threshold: 0\nchecks:\n  - name: a\n    path: /\n',
      2,
      'defaults.failure-threshold',
      'must be a whole number from 1 to 100',
    ],
    ['defaults:\n  timeout:\nchecks:\n  - name: a\n    path: /\n', 2, 'defaults.timeout', 'has no value'],
  ])('%j is refused at line %d, field %s', (text, line, field, problem) => {
    let thrown: unknown;
    try {
      parseSmokeFile(text, FILE, { env: {} });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(SmokeFileError);
    const error = thrown as SmokeFileError;
    expect([error.file, error.line, error.field]).toEqual([FILE, line, field]);
    expect(error.message).toContain(`Invalid \`smoke-file\`: ${FILE}:${line}: \`${field}\` `);
    expect(error.message).toContain(problem);
  });

  test('a header value is never repeated in an error, since it may be a secret', () => {
    expect(() =>
      parseSmokeFile('checks:\n  - name: a\n    path: /\n    headers:\n      x-key: [hunter2]\n', FILE),
    ).toThrow(/^(?!.*hunter2)/s);
  });
});

describe('json paths', () => {
  test.each([
    ['$.status', ['status']],
    ['status', ['status']],
    ['$.order.items[0].id', ['order', 'items', 0, 'id']],
    ['$["odd key"].x', ['odd key', 'x']],
    ['$', []],
  ])('%s', (path, segments) => expect(parseJsonPath(path)).toEqual(segments));

  test.each(['$..x', '$.a[*]', 'a..b', '$.a[-1]'])('%s is not taken', (path) =>
    expect(parseJsonPath(path)).toBeUndefined(),
  );

  test('values are found, or reported missing, without confusing null and absent', () => {
    const doc = { a: [{ b: null }], c: 0 };
    expect(valueAt(doc, ['a', 0, 'b'])).toEqual({ found: true, value: null });
    expect(valueAt(doc, ['a', 1, 'b'])).toEqual({ found: false });
    expect(valueAt(doc, ['c', 'd'])).toEqual({ found: false });
  });
});

describe('judging one answer', () => {
  const check = { expectStatus: ['200'], bodyContains: [], json: [], latencyBudgetMs: 500 };
  test.each([
    ['a good answer', check, 200, '{}', 100, []],
    ['a 500', check, 500, '{}', 100, ['status 500, expected 200']],
    ['a class of statuses', { ...check, expectStatus: ['2xx', '304'] }, 204, '', 10, []],
    ['over budget', check, 200, '{}', 900, ['took 900ms, over the 500ms budget']],
    ['missing text', { ...check, bodyContains: ['ok'] }, 200, 'fine', 10, ['body does not contain "ok"']],
    [
      'a JSON value that differs',
      { ...check, json: [{ path: '$.s', segments: ['s'], equals: 'ok', line: 1 }] },
      200,
      '{"s":"down"}',
      10,
      ['$.s is "down", expected "ok"'],
    ],
    [
      'a body that is not JSON',
      { ...check, json: [{ path: '$.s', segments: ['s'], exists: true, line: 1 }] },
      200,
      '<html>',
      10,
      ['body is not JSON ("&lt;html&gt;")'],
    ],
    [
      'everything wrong at once',
      { ...check, bodyContains: ['ok'] },
      502,
      'bad gateway',
      700,
      ['status 502, expected 200', 'body does not contain "ok"', 'took 700ms, over the 500ms budget'],
    ],
  ])('%s', (_name, c, status, body, latency, problems) =>
    expect(judgeResponse(c, status, body, latency)).toEqual(problems),
  );

  test('paths join to base URLs with or without a prefix', () => {
    expect(joinUrl('http://127.0.0.1:8080/', '/health')).toBe('http://127.0.0.1:8080/health');
    expect(joinUrl('https://api.example.com/stage', '/health?deep=1')).toBe(
      'https://api.example.com/stage/health?deep=1',
    );
  });
});

describe('consecutive failures', () => {
  const result = (check: string, ok: boolean, target = 'canary'): SmokeResult => ({
    check,
    line: 1,
    target,
    url: 'u',
    ok,
    latencyMs: 1,
    reason: ok ? '200' : 'status 500',
  });
  test('a failure below the threshold is reported, a pass resets it, reaching it trips', () => {
    const tracker = new FailureTracker(2);
    expect(tracker.record([result('health', false)]).outcome).toBe('failing');
    expect(tracker.record([result('health', true)]).outcome).toBe('pass');
    expect(tracker.record([result('health', false), result('orders', false)]).outcome).toBe('failing');
    const tripped = tracker.record([result('health', true), result('orders', false)]);
    expect(tripped).toEqual({
      outcome: 'tripped',
      failing: [{ check: 'orders', target: 'canary', line: 1, consecutive: 2, reason: 'status 500' }],
    });
  });

  test('the same check on two targets counts apart; a round that ran nothing is never a pass', () => {
    const tracker = new FailureTracker(2);
    tracker.record([result('health', false, 'canary'), result('health', true, 'production')]);
    expect(tracker.record([result('health', true, 'canary'), result('health', false, 'production')]).outcome).toBe(
      'failing',
    );
    expect(tracker.record([]).outcome).toBe('inconclusive');
  });
});

describe('annotations on the smoke file', () => {
  test('a validation error points at its file and line', () => {
    const io = memoryIO();
    try {
      parseSmokeFile('checks:\n  - name: a\n    path: health\n', FILE);
    } catch (err) {
      annotateSmokeFileError(io, err as SmokeFileError);
    }
    expect(io.annotations).toEqual([
      {
        level: 'error',
        message: expect.stringContaining('must start with /'),
        target: { title: 'Invalid smoke file', file: FILE, startLine: 3 },
      },
    ]);
  });

  test('a failing check is a warning below the threshold and an error at it, on its line', () => {
    const io = memoryIO();
    const tracker = new FailureTracker(2);
    const failed: SmokeResult = {
      check: 'health',
      line: 7,
      target: 'canary',
      url: 'u',
      ok: false,
      latencyMs: 3,
      reason: 'status 500, expected 200',
    };
    annotateSmokeRound(io, FILE, tracker.record([failed]), 2);
    annotateSmokeRound(io, FILE, tracker.record([failed]), 2);
    expect(io.annotations.map((a) => [a.level, a.message, a.target?.startLine])).toEqual([
      ['warning', 'Smoke check "health" on canary failed 1 time in a row (threshold 2): status 500, expected 200', 7],
      ['error', 'Smoke check "health" on canary failed 2 times in a row (threshold 2): status 500, expected 200', 7],
    ]);
  });
});
