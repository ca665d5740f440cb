/**
 * The YAML a user copies from the READMEs works as written: each ```yaml block parses, every `with:` key is an
 * input of the action (or the reusable workflow) it calls, every required input is there, and a snippet that
 * runs migrate on a push says the checkout needs the history (`fetch-depth: 0`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const documents = [
  'README.md',
  'RELEASING.md',
  'examples/README.md',
  'examples/trip-service/README.md',
  ...readdirSync(join(root, 'actions')).map((a) => `actions/${a}/README.md`),
].filter((f) => existsSync(join(root, f)));

const OURS =
  /^ecs-fargate-actions\/ecs-fargate-actions\/(?:actions\/([\w-]+)|(\.github\/workflows\/[\w.-]+\.ya?ml))@\S+$/;

interface Snippet {
  file: string;
  line: number;
  text: string;
}

/** Every ```yaml (or ```yml) block of a Markdown file, with the line it starts on. */
export function yamlBlocks(file: string, markdown: string): Snippet[] {
  const blocks: Snippet[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1])) i++;
    blocks.push({ file, line: start + 1, text: lines.slice(start, i + 1).join('\n') });
    i++;
  }
  return blocks;
}

type Step = { uses?: string; with?: Record<string, unknown> };
type Call = { uses: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | 'inherit' };

/** What a snippet calls: steps (from a workflow, a job, a list of steps or one step) and reusable-workflow calls. */
function callsOf(doc: unknown): { steps: Step[]; calls: Call[] } {
  const steps: Step[] = [];
  const calls: Call[] = [];
  const visitJob = (job: Record<string, unknown>) => {
    if (typeof job.uses === 'string') calls.push(job as unknown as Call);
    if (Array.isArray(job.steps)) steps.push(...(job.steps as Step[]));
  };
  if (Array.isArray(doc)) steps.push(...(doc as Step[]));
  else if (doc && typeof doc === 'object') {
    const map = doc as Record<string, unknown>;
    if (map.jobs && typeof map.jobs === 'object')
      Object.values(map.jobs as Record<string, Record<string, unknown>>).forEach(visitJob);
    else visitJob(map);
  }
  return { steps, calls };
}

const actionInputs = (action: string) =>
  (
    parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { required?: boolean }>;
    }
  ).inputs;
const workflowCall = (path: string) =>
  (
    parse(readFileSync(join(root, path), 'utf8')) as {
      on: { workflow_call: { inputs: Record<string, { required?: boolean }>; secrets?: Record<string, unknown> } };
    }
  ).on.workflow_call;

const snippets = documents.flatMap((file) => yamlBlocks(file, readFileSync(join(root, file), 'utf8')));

test('the READMEs have snippets to check', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(8);
  expect(new Set(snippets.map((s) => s.file))).toEqual(
    new Set([
      'README.md',
      'actions/build-push/README.md',
      'actions/migrate/README.md',
      'actions/deploy-ecs/README.md',
      ...snippets.map((s) => s.file),
    ]),
  );
});

describe.each(snippets.map((s) => [`${s.file}:${s.line}`, s]))('%s', (_where, snippet) => {
  const doc = () => parse(snippet.text, { prettyErrors: true }) as unknown;

  test('parses', () => {
    expect(doc).not.toThrow();
  });

  test('calls our actions with inputs they declare, and every input they require', () => {
    for (const step of callsOf(doc()).steps) {
      const action = OURS.exec(step.uses ?? '')?.[1];
      if (!action) continue;
      expect(existsSync(join(root, 'actions', action, 'action.yml'))).toBe(true);
      const declared = actionInputs(action);
      const given = Object.keys(step.with ?? {});
      const required = Object.entries(declared)
        .filter(([, spec]) => spec.required)
        .map(([name]) => name);
      expect({
        action,
        unknown: given.filter((n) => !(n in declared)),
        missing: required.filter((n) => !given.includes(n)),
      }).toEqual({ action, unknown: [], missing: [] });
    }
  });

  test('calls the reusable workflow with inputs and secrets it declares, and every input it requires', () => {
    for (const call of callsOf(doc()).calls) {
      const path = OURS.exec(call.uses)?.[2];
      if (!path) continue;
      const declared = workflowCall(path);
      const given = Object.keys(call.with ?? {});
      const required = Object.entries(declared.inputs)
        .filter(([, spec]) => spec.required)
        .map(([name]) => name);
      const secrets = call.secrets === 'inherit' ? [] : Object.keys(call.secrets ?? {});
      expect({
        unknown: given.filter((n) => !(n in declared.inputs)),
        missing: required.filter((n) => !given.includes(n)),
        unknownSecrets: secrets.filter((n) => !(n in (declared.secrets ?? {}))),
      }).toEqual({
        unknown: [],
        missing: [],
        unknownSecrets: [],
      });
    }
  });

  test('a migrate step that lints what a push added says the checkout needs the history (fetch-depth: 0)', () => {
    const migrates = callsOf(doc()).steps.filter(
      (s) => OURS.exec(s.uses ?? '')?.[1] === 'migrate' && s.with?.['lint-policy'] !== 'off' && !s.with?.['lint-base'],
    );
    if (migrates.length) expect(snippet.text).toMatch(/fetch-depth: 0/);
  });
});

test('the snippet finder sees a broken snippet, an unknown input and a missing fetch-depth', () => {
  const [broken] = yamlBlocks(
    'x.md',
    '```yaml\n- uses: a/b@v1\n  with: { image: ${{ steps.build.outputs.image }} }\n```\n',
  );
  expect(() => parse(broken.text)).toThrow();
  const [step] = callsOf(
    parse('- uses: ecs-fargate-actions/ecs-fargate-actions/actions/migrate@v1\n  with: { colour: blue }\n'),
  ).steps;
  expect(Object.keys(step.with ?? {}).filter((n) => !(n in actionInputs('migrate')))).toEqual(['colour']);
});
