/**
 * The one door to the runner: inputs, outputs, state, masking, log groups, annotations and the job summary.
 * Everything else takes an `ActionIO`, so tests hand in `memoryIO()` instead of mocking `@actions/core`.
 */
import * as core from '@actions/core';

/** Where an annotation points: a file, and a line when known. */
export interface AnnotationTarget {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface ActionIO {
  /** The raw input, trimmed; '' when unset. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, target?: AnnotationTarget): void;
  error(message: string, target?: AnnotationTarget): void;
  notice(message: string, target?: AnnotationTarget): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary (written at once, so a failing step still shows what it did). */
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

/** The real runner, through `@actions/core`. */
export function runnerIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, target) => core.warning(message, target),
    error: (message, target) => core.error(message, target),
    notice: (message, target) => core.notice(message, target),
    group: (name, fn) => core.group(name, fn),
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message),
  };
}

/** What a `memoryIO` recorded, for tests and for the demo's terminal view. */
export interface RecordedIO extends ActionIO {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  secrets: string[];
  state: Record<string, string>;
  log: string[];
  annotations: { level: 'warning' | 'error' | 'notice'; message: string; target?: AnnotationTarget }[];
  summary: string;
  failed?: string;
}

/** An in-memory runner: inputs in, everything the action said recorded. */
export function memoryIO(inputs: Record<string, string> = {}, state: Record<string, string> = {}): RecordedIO {
  const io: RecordedIO = {
    inputs,
    outputs: {},
    secrets: [],
    state: { ...state },
    log: [],
    annotations: [],
    summary: '',
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      io.outputs[name] = value;
    },
    setSecret: (value) => {
      io.secrets.push(value);
    },
    saveState: (name, value) => {
      io.state[name] = value;
    },
    getState: (name) => io.state[name] ?? '',
    info: (message) => {
      io.log.push(message);
    },
    debug: () => undefined,
    warning: (message, target) => {
      io.log.push(`warning: ${message}`);
      io.annotations.push({ level: 'warning', message, target });
    },
    error: (message, target) => {
      io.log.push(`error: ${message}`);
      io.annotations.push({ level: 'error', message, target });
    },
    notice: (message, target) => {
      io.log.push(`notice: ${message}`);
      io.annotations.push({ level: 'notice', message, target });
    },
    group: async (name, fn) => {
      io.log.push(`::group::${name}`);
      try {
        return await fn();
      } finally {
        io.log.push('::endgroup::');
      }
    },
    appendSummary: async (markdown) => {
      io.summary += markdown;
    },
    setFailed: (message) => {
      if (io.failed !== undefined) throw new Error(`setFailed called twice: ${io.failed} / ${message}`);
      io.failed = message;
    },
  };
  return io;
}
