/**
 * Actions stand on the library and never on each other; the library never imports an action. eslint enforces
 * it (eslint.config.js); this test runs that rule over the tree, and shows it catches both wrong directions.
 */
import { ESLint } from 'eslint';

const root = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });
const restricted = (results: ESLint.LintResult[]) =>
  results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => `${r.filePath.replace(root, '')}: ${m.message}`),
  );

test('no file in lib/ or actions/ imports against the direction', async () => {
  expect(restricted(await eslint.lintFiles(['lib/**/*.ts', 'actions/*/src/**/*.ts']))).toEqual([]);
}, 60_000);

test.each([
  [
    'an action importing another action',
    'actions/migrate/src/x.ts',
    "import { main } from '../../deploy-ecs/src/main.js';\nexport const x = main;\n",
    /An action never imports another action/,
  ],
  [
    'the library importing an action',
    'lib/ecs/x.ts',
    "import { deploy } from '../../actions/deploy-ecs/src/main.js';\nexport const x = deploy;\n",
    /The library never imports an action/,
  ],
])('%s is an error', async (_name, filePath, code, message) => {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  expect(result.messages.find((m) => m.ruleId === 'no-restricted-imports')?.message).toMatch(message);
});

test('an action importing the library is fine', async () => {
  const [result] = await eslint.lintText(
    "import { chunk } from '../../../lib/aws/paging.js';\nexport const x = chunk;\n",
    { filePath: `${root}actions/migrate/src/x.ts` },
  );
  expect(result.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
});
