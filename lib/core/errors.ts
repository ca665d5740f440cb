/** A user's input is wrong: names the input, what was given and what is accepted. Nothing was changed. */
export class ConfigurationError extends Error {
  readonly input: string;
  constructor(input: string, problem: string, hint?: string) {
    // A problem that starts with the given value reads `Invalid \`x\` "abc": …` (or `(a value of 90 characters): …`);
    // any other gets a colon.
    const sep = problem.startsWith('"') || problem.startsWith('(a value of ') ? ' ' : ': ';
    super(`Invalid \`${input}\`${sep}${problem}${hint ? ` (hint: ${hint})` : ''}`);
    this.name = 'ConfigurationError';
    this.input = input;
  }

  /**
   * The common shape: ``Invalid `x` "given": expected …``. For a secret-bearing input (see `SECRET_INPUTS`) the
   * value is left out: GitHub masks only exact matches, so even a cut-off secret would show in clear.
   */
  static value(input: string, given: string, expected: string, hint?: string): ConfigurationError {
    if (SECRET_INPUTS.has(input))
      return new ConfigurationError(input, `expected ${expected} (the value given is not shown)`, hint);
    return new ConfigurationError(input, `${quoted(given)}: expected ${expected}`, hint);
  }
}

/**
 * Inputs whose values are secrets or may hold one (a pasted URL): their values are masked as soon as they are
 * read (`InputReader.secret`, `InputReader.secretKeyValues`) and no error quotes them. Those readers add any
 * other name they are used for.
 */
export const SECRET_INPUTS = new Set([
  'secrets',
  'secret-files',
  'database-url',
  'database-url-secret',
  'github-token',
]);

/**
 * The plan cannot be carried out safely with what AWS holds now (a missing service, a container the image names but the
 * task definition lacks).
 */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

/** A wait ran out of time. */
export class TimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/** The job was cancelled (SIGINT/SIGTERM from the runner) while we waited. */
export class CancelledError extends Error {
  constructor(message = 'cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

/**
 * A value for a message, whole or not at all: any input may be given a GitHub secret, which the runner masks
 * only where it appears whole, so a cut-off value could show the start of a secret in clear.
 */
export function quoted(value: string): string {
  return value.length > 80 ? `(a value of ${value.length} characters)` : JSON.stringify(value);
}

/** The message of anything thrown, without a stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
