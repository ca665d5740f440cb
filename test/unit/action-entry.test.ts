/**
 * lib/core/action-entry.ts runs a sibling action as the runner runs a step: its own INPUT_* (never the caller's),
 * its own output/summary/state files read back, its post entry with the state it saved, a cancel passed on.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseCommandFile, runActionEntry } from '../../lib/core/action-entry.js';

let dir: string;
const action = (name: string, main: string, post?: string) => {
  mkdirSync(join(dir, name, 'dist', 'main'), { recursive: true });
  writeFileSync(join(dir, name, 'dist', 'main', 'index.js'), main);
  if (post) {
    mkdirSync(join(dir, name, 'dist', 'post'), { recursive: true });
    writeFileSync(join(dir, name, 'dist', 'post', 'index.js'), post);
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'action-entry-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.INPUT_SLACK_WEBHOOK_URL;
});

test.each([
  ['a=1\nb=two=2\n', { a: '1', b: 'two=2' }],
  ['text<<EOF_1\nline 1\nline 2\nEOF_1\nnext=x\n', { text: 'line 1\nline 2', next: 'x' }],
])('parseCommandFile(%j)', (text, expected) => expect(parseCommandFile(text)).toEqual(expected));

test("a step gets its own inputs and files, never the caller's inputs; outputs, summary, errors and the post entry come back", async () => {
  process.env.INPUT_SLACK_WEBHOOK_URL = 'https://hooks.example.com/secret';
  const fs = "const fs = require('node:fs');";
  action(
    'greet',
    `${fs} fs.appendFileSync(process.env.GITHUB_OUTPUT, 'said<<X\\n' + process.env.INPUT_GREETING + '\\nX\\nleaked=' + (process.env.INPUT_SLACK_WEBHOOK_URL ?? '') + '\\n');
     fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## greeted\\n'); fs.appendFileSync(process.env.GITHUB_STATE, 'lease=abc\\n');
     console.log('::error::it went wrong'); process.exitCode = 3;`,
    `${fs} fs.writeFileSync(${JSON.stringify(join(dir, 'post-ran'))}, process.env.STATE_lease);`,
  );
  const lines: string[] = [];
  const run = await runActionEntry({
    actionsDir: dir,
    action: 'greet',
    inputs: { greeting: 'hello' },
    cwd: dir,
    onLine: (l) => lines.push(l),
  });
  expect(run).toMatchObject({
    exitCode: 3,
    outputs: { said: 'hello', leaked: '' },
    summary: '## greeted\n',
    errors: ['it went wrong'],
  });
  expect(lines).toContain('::error::it went wrong');
  expect(readFileSync(join(dir, 'post-ran'), 'utf8')).toBe('abc');
});

test('a cancel reaches the step as SIGINT, so it can restore what it moved', async () => {
  action(
    'wait',
    "process.on('SIGINT', () => { console.log('restored'); process.exit(130); }); setInterval(() => {}, 1000); console.log('started');",
  );
  const controller = new AbortController();
  const lines: string[] = [];
  const running = runActionEntry({
    actionsDir: dir,
    action: 'wait',
    inputs: {},
    cwd: dir,
    signal: controller.signal,
    onLine: (l) => {
      lines.push(l);
      if (l === 'started') controller.abort();
    },
  });
  expect((await running).exitCode).toBe(130);
  expect(lines).toEqual(['started', 'restored']);
});

test('an action without a bundle is an error naming it', async () => {
  await expect(
    runActionEntry({ actionsDir: dir, action: 'nope', inputs: {}, cwd: dir, onLine: () => undefined }),
  ).rejects.toThrow(/actions\/nope has no bundle/);
});
