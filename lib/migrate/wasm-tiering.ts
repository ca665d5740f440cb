/**
 * Keeps V8 from recompiling the SQL parser's WebAssembly with its optimising compiler (TurboFan). After even one
 * short parse, V8 tiers the parser's hottest functions up in background threads, and a process cannot exit until
 * those compiles end: measured on this project's 2-core machine, a one-file lint then exited 1.1–1.3 s late on
 * Node 20 and 3–5 s late on Node 24 (the actions' runtime), and the compiles compete with the Prisma CLI for the CPU.
 * Baseline (Liftoff) code parses a migration in microseconds, so the budget that triggers tier-up is set out of
 * reach. V8 reads this flag at run time (unlike `--liftoff-only`, which Node 24 ignores once started); nothing else
 * in the actions runs WebAssembly. Imported by lint.ts before libpg-query, so it is set before the parser loads.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--wasm-tiering-budget=2000000000');
