// Builds every action's entries into its committed dist/: tsc (emit only; `npm run typecheck` checks types) to build/,
// then ncc per entry into dist/main (and dist/post): index.js, the chunks it loads on demand (<id>.index.js),
// and licenses.txt for every package in any of them.
// Usage: node scripts/bundle.mjs [action ...]
//
// Start-up is part of the product (bench/cold-start.mjs measures it against the official deploy action):
// - packages are resolved through their `module` field first (the SDK's dist-es, marked side-effect free),
//   so only the commands and helpers an action imports are bundled, not each package's whole CommonJS build;
// - the output is minified, the chunks as well as the entry (ncc minifies only the entry): less to read and parse;
// - the output is CommonJS (with a package.json saying so beside it), though the source is ES modules: node loads a
//   CommonJS file and its chunks faster (compiled as one function, chunks by a synchronous require) than the same code
//   as ES modules (decoded, compiled, linked and evaluated as module records, chunks by import());
// - `import()` in the source (clients.ts, github-deployment.ts, command.ts) becomes a chunk loaded only when reached;
// - packages whose modules only define things, but do not say so, are bundled from a copy that says so
//   (PACKAGE_OVERRIDES below), so what no action calls is left out instead of loaded at start; yaml is bundled
//   from its ES module build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

import { sourceDigest } from './source-digest.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

/** How dist is built; bench/cold-start.mjs builds other variants with other options to show what each buys. */
export const BUNDLE_OPTIONS = { minify: true, mainFields: ['module', 'main'], esm: false };

/**
 * Packages bundled from a copy whose package.json says something the published one does not, and why that is true.
 * - @actions/core: `"sideEffects": false`. Its entry imports its OIDC client (getIDToken: @actions/http-client, and
 *   with it all of undici) and its platform details (@actions/exec, @actions/io) at the top; none of its modules does
 *   anything when loaded but define functions, classes and constants. Without the flag webpack cannot prove that (the
 *   `__awaiter` helper reads `this`), so every action loaded undici before its first AWS call: about a megabyte of
 *   source that no action uses (actions/toolkit#1697, still open in 3.0.1). With it, webpack drops the modules
 *   whose exports nothing uses: inputs, outputs, state, masking, annotations and the summary stay @actions/core's own.
 * - yaml: its ES module build (`browser/`, the same source as its CommonJS `dist/`), side-effect free. Node resolves
 *   `yaml` to the CommonJS build, about sixty modules that each run in their own wrapper when loaded and cannot be
 *   tree-shaken; bake-and-promote (the smoke file) and release (the services file) parse YAML before their first
 *   AWS call, so all of it was on their start path. The ES module build is concatenated into a few modules (about
 *   5 ms less before the first call; little is dropped, as parseDocument reaches most of the package). The two
 *   builds differ where we rely on neither: a YAML warning goes to console.warn rather than process.emitWarning, and
 *   the composer does not read LOG_STREAM from the environment.
 */
export const PACKAGE_OVERRIDES = {
  '@actions/core': { sideEffects: false },
  yaml: {
    sideEffects: false,
    exports: { '.': { types: './dist/index.d.ts', default: './browser/index.js' }, './package.json': './package.json' },
  },
};

/**
 * Copies each PACKAGE_OVERRIDES package to `<tree>/node_modules` with its overrides merged into its package.json,
 * where `tree` holds compiled entries. Webpack resolves a package from the importing file upwards, so every entry
 * under `tree` gets the copy (the package's own dependencies still resolve from the repository's node_modules); it
 * reads the manifest nearest the file it resolved, after following symlinks, so a copy is needed, not a link.
 * Returns the folder to remove afterwards, so entries compiled elsewhere under build/ are not affected by accident.
 */
export function overridePackages(tree) {
  const modules = join(tree, 'node_modules');
  for (const [name, overrides] of Object.entries(PACKAGE_OVERRIDES)) {
    // Not require.resolve: @actions/core's exports map hides its package.json.
    const to = join(modules, name);
    rmSync(to, { recursive: true, force: true });
    cpSync(join(root, 'node_modules', name), to, { recursive: true, dereference: true });
    const manifest = JSON.parse(readFileSync(join(to, 'package.json'), 'utf8'));
    writeFileSync(join(to, 'package.json'), `${JSON.stringify({ ...manifest, ...overrides }, null, 2)}\n`);
  }
  return modules;
}

/** Bundles one compiled entry (build/…/index.js) into `out`: index.js, its chunks, package.json, licenses.txt. */
export async function bundleEntry(input, out, options = BUNDLE_OPTIONS) {
  const ncc = require('@vercel/ncc');
  const esm = options.esm ?? false;
  const { code, assets, stats } = await ncc(input, {
    esm,
    minify: options.minify ?? false,
    mainFields: options.mainFields ?? ['main'],
    target: 'es2022',
    quiet: true,
    sourceMapRegister: false,
    // ncc's build cache is keyed by the entry's path alone, not by these options: a cached build made with
    // other options would come back silently.
    cache: false,
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    const chunk = (options.minifyChunks ?? options.minify) && /^\d+\.index\.js$/.test(name);
    writeFileSync(join(out, name), chunk ? await minifyChunk(String(asset.source), esm) : asset.source);
  }
  // ncc writes `{ "type": "module" }` beside ES module output; CommonJS output needs its own, or node would read it
  // as an ES module under the repository's `"type": "module"`.
  if (!esm) writeFileSync(join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n');
  writeFileSync(join(out, 'licenses.txt'), licenses(stats.compilation));
}

/**
 * ncc minifies the entry but writes the chunks that `import()` loads as they came out of webpack, comments and
 * whitespace included (rollback's were 3.6 MB). A chunk is read and compiled when a run first reaches it (the
 * apply stage, each client after the first call), so it gets the entry's treatment: terser with ncc's own options
 * (names mangled, class and function names kept, nothing rewritten).
 */
async function minifyChunk(source, esm) {
  const { minify } = await import('terser');
  const result = await minify(source, {
    module: esm,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
  });
  if (result.code === undefined) throw new Error('terser returned no code for a chunk');
  return result.code;
}

/** Every bundled package's name, license and license text (ncc's own list covers only one chunk). */
function licenses(compilation) {
  const packages = new Map();
  const visit = (module) => {
    for (const inner of module.modules ?? []) visit(inner);
    const file = module.nameForCondition?.();
    const at = file?.lastIndexOf(`${sep}node_modules${sep}`) ?? -1;
    if (at < 0) return;
    const rest = file.slice(at + 14).split(sep);
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    const dir = file.slice(0, at + 14) + name;
    if (!packages.has(name)) packages.set(name, dir);
  };
  for (const module of compilation.modules) visit(module);
  const parts = [];
  for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
    const license = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).license ?? 'UNKNOWN';
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)/i.test(f));
    parts.push(`${name}\n${license}\n${file ? readFileSync(join(dir, file), 'utf8').trim() : ''}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Compiles the sources to JavaScript (tsc, emit only: `npm run typecheck` checks types) into `outDir`, or into build/
 * as tsconfig.build.json says; what ncc bundles is that output.
 */
export function compileSources(outDir) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--noCheck',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

async function bundleAll(only) {
  const actions = readdirSync(join(root, 'actions')).filter((name) =>
    existsSync(join(root, 'actions', name, 'src', 'index.ts')),
  );
  rmSync(join(root, 'build'), { recursive: true, force: true });
  compileSources();
  const flagged = overridePackages(join(root, 'build'));

  for (const action of actions) {
    if (only.length && !only.includes(action)) continue;
    const dist = join(root, 'actions', action, 'dist');
    rmSync(dist, { recursive: true, force: true });
    for (const entry of ['index', 'post']) {
      const input = join(root, 'build', 'actions', action, 'src', `${entry}.js`);
      if (!existsSync(input)) continue;
      await bundleEntry(input, join(dist, entry === 'index' ? 'main' : 'post'));
    }
    writeFileSync(join(dist, 'source.sha256'), `${sourceDigest(action)}\n`);
    console.log(`bundled ${action}`);
  }
  rmSync(flagged, { recursive: true, force: true });
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) await bundleAll(process.argv.slice(2));
