/** The demo's printer: brief by default (a story a person reads), everything when verbose. */
import type { StepResult } from '../../scripts/demo/pipeline.js';
import {
  briefSummary,
  briefValue,
  DemoPrinter,
  newAnnotations,
  verboseAsked,
  withoutCommands,
} from '../../scripts/demo/printer.js';

const skipped = (job: string, title: string, why: string): StepResult => ({
  job,
  id: title,
  title,
  skipped: why,
  outputs: {},
});
const register: StepResult = {
  job: 'release',
  id: 'register',
  title: 'deploy-ecs: register',
  inputs: { cluster: 'rides-staging', 'register-only': 'true' },
  substitution: 'moto stands in for ECS',
  exitCode: 0,
  seconds: 0.9,
  outputs: {
    changed: 'true',
    status: 'registered',
    'task-definition-arn': 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:2',
    'deployment-id': '',
    results: '[{"service":"web","action":"register","status":"registered"}]',
  },
  summary:
    '## deploy-ecs\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n<details><summary>Every round</summary>\n\n| x |\n| --- |\n| y |\n\n</details>\n',
};

function printed(verbose: boolean, steps: StepResult[]): string[] {
  const lines: string[] = [];
  const out = new DemoPrinter((text) => lines.push(...text.split('\n')), verbose);
  for (const step of steps) out.step(step);
  out.flush();
  return lines;
}

test('brief: the skipped steps of a job on one line, the stand-in said once, key outputs on one line, folded sections folded', () => {
  const lines = printed(false, [
    skipped('release', 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'the working tree is already here'),
    skipped(
      'release',
      'aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c',
      'credentials for moto',
    ),
    register,
    register,
  ]);
  expect(lines[0]).toBe('▷ release › skipped: checkout, configure-aws-credentials (not needed on this machine)');
  expect(lines.filter((l) => l.includes('instead of the real thing'))).toHaveLength(1);
  expect(lines).toContain(
    '  outputs: changed=true · status=registered · task-definition-arn=web:2 · results=[web register/registered]',
  );
  expect(lines).toContain('    ▸ Every round (folded)');
  expect(lines.some((l) => l.trim() === '' || l.includes('| y |') || l.includes('with cluster'))).toBe(false);
});

test('verbose: every input, output and folded section, as the demo always printed them', () => {
  const lines = printed(true, [register]);
  expect(lines).toContain('    with register-only: true');
  expect(lines).toContain('    deployment-id = ');
  expect(lines.some((l) => l.includes('| y |'))).toBe(true);
});

test('an annotation the summary (or another annotation) already says is not repeated', () => {
  const reason = 'smoke fail: 2/4 passed';
  expect(
    newAnnotations(
      [
        `bake-and-promote: ${reason}`,
        `bake-and-promote failed: ${reason}; traffic restored`,
        'Smoke check "health" failed',
      ],
      `## bake\n\n${reason}; traffic restored\n`,
    ),
  ).toEqual(['Smoke check "health" failed']);
  expect(newAnnotations(['a: x', 'a failed: x'], '')).toEqual(['a: x']);
});

test('values: task definition ARNs by family:revision, results as service action/status', () => {
  expect(briefValue('task-definition-arn', 'arn:aws:ecs:eu-west-1:1:task-definition/web:3')).toBe('web:3');
  expect(briefValue('results', '[{"service":"web","action":"reuse","status":"unchanged"}]')).toBe(
    '[web reuse/unchanged]',
  );
  expect(briefSummary('## x\n\n\n| a |\n| --- |\n')).toBe('## x\n| a |\n| ─── |');
});

test('verbose is asked with DEMO_VERBOSE=1 or --verbose', () => {
  expect(verboseAsked({ DEMO_VERBOSE: '1' }, [])).toBe(true);
  expect(verboseAsked({}, ['node', 'demo.ts', '--verbose'])).toBe(true);
  expect(verboseAsked({}, [])).toBe(false);
});

test("a step's output as shown: workflow commands gone, and every value it masked reads *** wherever it appears", () => {
  const output = [
    '::add-mask::postgresql://app:s3cret@db:5432/rides',
    '::add-mask::s3cret',
    '::group::Migrate',
    'Error: P1001: cannot reach postgresql://app:s3cret@db:5432/rides',
    'password s3cret was refused',
    '::endgroup::',
  ].join('\n');
  expect(withoutCommands(output)).toBe('Error: P1001: cannot reach ***\npassword *** was refused');
});
