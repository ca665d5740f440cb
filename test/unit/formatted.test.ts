// The house layout is prettier's (.prettierrc.json, 120 columns): a file it would rewrite fails here, so `npm test`
// (CI's one command) enforces it as `npm run lint` does. `npm run format` fixes what this finds.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

test('every TypeScript and JavaScript file is laid out as prettier writes it', () => {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--list-different', '.'],
    { cwd: root, encoding: 'utf8' },
  );
  const unformatted = run.stdout.split('\n').filter(Boolean);
  expect(run.stderr).toBe('');
  expect(unformatted).toEqual([]);
}, 60_000);
