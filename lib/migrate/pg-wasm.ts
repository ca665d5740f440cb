/**
 * Lets libpg-query find its .wasm inside the bundle. Its Emscripten loader looks for `libpg-query.wasm` in
 * `__dirname`, which an ESM bundle does not define, and ncc only copies the file when code names it as
 * `new URL(…, import.meta.url)`. This module does both and must be imported before anything that loads the parser.
 * The path is relative to build/lib/migrate/, where ncc reads the compiled file (one level deeper than
 * the source); run unbundled, it points nowhere and nothing changes (libpg-query then uses its own CJS __dirname).
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const reference: URL | string = new URL('../../../node_modules/libpg-query/wasm/libpg-query.wasm', import.meta.url);
// ncc rewrites the expression to a plain path string in the bundle; unbundled it stays a file: URL.
const wasmPath = String(reference).startsWith('file:') ? fileURLToPath(reference) : String(reference);
const scope = globalThis as { __dirname?: string };
if (existsSync(wasmPath) && scope.__dirname === undefined) scope.__dirname = dirname(wasmPath);
