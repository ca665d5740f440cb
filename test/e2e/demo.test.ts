/**
 * `npm run demo` in the test suite, so it cannot rot: the whole staging pipeline on the local testbed,
 * twice. The first run builds, migrates, deploys and passes /health; the second changes nothing.
 */
import { runDemo, type DemoReport } from '../../scripts/demo/run.js';

let report: DemoReport;
const printed: string[] = [];

beforeAll(async () => {
  report = await runDemo((text) => printed.push(text));
}, 600_000);

const step = (run: 'first' | 'second', title: string) => report[run].steps.find((s) => s.title === title)!;

test('run 1 builds and pushes the image, applies both migrations, deploys it and the service answers /health', () => {
  expect(step('first', 'build-push').outputs).toMatchObject({ result: 'built', reused: 'false' });
  expect(step('first', 'migrate').outputs['applied-count']).toBe('2');
  const deploy = step('first', 'deploy-ecs');
  expect(deploy.outputs.changed).toBe('true');
  expect(JSON.parse(deploy.outputs.results)[0]).toMatchObject({ service: 'trip-service', status: 'succeeded' });
  expect(step('first', 'Check /health').exitCode).toBe(0);
  expect(step('first', 'Check /health').output).toContain('"database":"ok"');
  // The workflow's outputs: the digest-pinned image, running as the new revision.
  expect(report.first.outputs['image-ref']).toMatch(/^127\.0\.0\.1:\d+\/rides\/trip-service@sha256:[0-9a-f]{64}$/);
  expect(report.first.outputs['task-definition-arn']).toMatch(/task-definition\/trip-service:2$/);
});

test('run 2 rebuilds nothing, migrates nothing and registers nothing', () => {
  expect(step('second', 'build-push').outputs).toMatchObject({ result: 'reused', reused: 'true' });
  expect(step('second', 'migrate').outputs['applied-count']).toBe('0');
  expect(step('second', 'deploy-ecs').outputs.changed).toBe('false');
  expect(report.second.outputs['task-definition-arn']).toBe(report.first.outputs['task-definition-arn']);
});

test('each deploy is recorded as a GitHub deployment', () => {
  expect(report.githubDeployments).toEqual(['created for staging', 'in_progress', 'success', 'created for staging', 'in_progress', 'success']);
});

test('the terminal shows each step, what it did instead of the real thing, and its job summary', () => {
  const text = printed.join('\n');
  expect(text).toContain('▶ build › build-push');
  expect(text).toContain('↳ instead of the real thing: No Docker engine here');
  expect(text).toContain('▶ release › actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  (skipped: the working tree is already here)');
  expect(text).toMatch(/job summary:\n\s+## deploy-ecs: trip-service on rides-staging/);
  expect(text).not.toContain('<details>');
});
