// Lets Node 20 (which has no --experimental-strip-types) run the TypeScript benches, the demo and the test
// support modules they import: `node --import ./scripts/register-ts.mjs <file>.ts`.
// Each .ts file is transpiled on load with the project's own TypeScript (no type check); a `./x.js`
// import that has no .js file beside it resolves to `./x.ts`, as NodeNext sources spell them.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
