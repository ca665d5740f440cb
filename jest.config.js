// Three layers of tests, each its own jest project: `--selectProjects unit` runs only the fast ones.
import { availableParallelism } from 'node:os';

const common = {
  preset: 'ts-jest/presets/default-esm',
  resolver: 'ts-jest-resolver',
  // Jest's node environment, plus what a worker keeps between files (one moto per worker: test/support/moto.ts).
  testEnvironment: '<rootDir>/test/support/jest-environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
};

export default {
  // Per-test time limits are global in jest; e2e tests start real servers and bundled actions.
  testTimeout: 120_000,
  // End-to-end files spend much of their time waiting on child processes and servers, so more workers than
  // cores keep the cores busy (measured on 2 cores: see the commit that set this). JEST_WORKERS overrides it.
  maxWorkers: Number(process.env.JEST_WORKERS) || availableParallelism() * 2,
  // A worker takes 0.3-0.5 s to end after its last file (measured: from its exit event to the parent seeing it go),
  // more on a loaded machine; jest's default wait of 0.5 s then kills it and warns of leaking tests.
  workerGracefulExitTimeout: 5_000,
  // The longest files first (jest's own order, by size, would start the demo last on a fresh clone).
  testSequencer: '<rootDir>/test/support/jest-sequencer.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'scenario', testMatch: ['<rootDir>/test/scenario/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], slowTestThreshold: 30 },
  ],
};
