/**
 * Reading an action's inputs into typed values: strings, booleans, whole numbers, durations, one-of choices,
 * lists and `KEY=value` lines. A bad value throws a `ConfigurationError` naming the input, what was given and
 * what is accepted; a secret-bearing input is masked before anything parses it, and its errors never quote it.
 */
import { parseDuration } from './duration.js';
import { ConfigurationError, quoted, SECRET_INPUTS } from './errors.js';
import type { ActionIO } from './io.js';
import { secretForms } from './masking.js';

const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** What a secret-bearing `KEY=value` input accepts; errors name the key and the line, never the value. */
export interface SecretPairRules {
  keyPattern?: RegExp;
  keyWord?: string;
  /** Checks each value; a failing one is an error naming its key and line. */
  valid?: (value: string) => boolean;
  expected?: string;
}

/** Reads typed inputs; every bad value throws a `ConfigurationError` naming the input. */
export class InputReader {
  constructor(private readonly io: Pick<ActionIO, 'getInput' | 'setSecret'>) {}

  /** Masks a secret value in every form the log could show (each line, a URL's password, decoded). */
  mask(value: string): void {
    for (const form of secretForms(value)) this.io.setSecret(form);
  }

  /** A secret-bearing input (a token, a URL): masked as soon as it is read, before anything parses it. */
  secret(name: string): string | undefined {
    SECRET_INPUTS.add(name);
    const value = this.optional(name);
    if (value !== undefined) this.mask(value);
    return value;
  }

  /**
   * A secret-bearing `KEY=value` input. Every non-empty line's value part (the whole line when it has no
   * `=` or its key is not a key) is masked before any line is checked, and errors name the line and a valid
   * key only: a line that does not parse may be a pasted secret.
   */
  secretKeyValues(name: string, rules: SecretPairRules = {}): [string, string][] {
    SECRET_INPUTS.add(name);
    const { keyPattern = KEY_NAME, keyWord = 'a name of letters, digits and _', valid, expected = 'accepted' } = rules;
    const lines = this.io
      .getInput(name)
      .split(/\r?\n/)
      .map((line, index) => ({ text: line.trim(), where: `line ${index + 1}` }));
    const parsed = lines
      .filter(({ text }) => text !== '' && !text.startsWith('#'))
      .map(({ text, where }) => {
        const eq = text.indexOf('=');
        const key = eq > 0 ? text.slice(0, eq).trim() : undefined;
        const value = eq > 0 ? text.slice(eq + 1).trim() : undefined;
        if (value) this.mask(value);
        if (key === undefined || !keyPattern.test(key)) this.mask(text);
        return { where, key, value };
      });
    const seen = new Set<string>();
    return parsed.map(({ where, key, value }) => {
      if (key === undefined || value === undefined)
        throw new ConfigurationError(name, `${where} is not KEY=value (the line is masked and not shown)`);
      if (!keyPattern.test(key))
        throw new ConfigurationError(
          name,
          `${where}: the part before = is not ${keyWord} (the line is masked and not shown)`,
        );
      if (seen.has(key)) throw new ConfigurationError(name, `${where}: key ${JSON.stringify(key)} is given twice`);
      seen.add(key);
      if (valid && !valid(value))
        throw new ConfigurationError(
          name,
          `${where}: the value of ${key} is not ${expected} (the value is masked and not shown)`,
        );
      return [key, value];
    });
  }

  /** The trimmed value, or undefined when unset. */
  optional(name: string): string | undefined {
    const value = this.io.getInput(name).trim();
    return value === '' ? undefined : value;
  }

  required(name: string, hint?: string): string {
    const value = this.optional(name);
    if (value === undefined) throw new ConfigurationError(name, 'is required but was not set', hint);
    return value;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    throw ConfigurationError.value(name, value, 'true or false');
  }

  integer(name: string, fallback: number, range?: { min?: number; max?: number }): number;
  integer(name: string, fallback: undefined, range?: { min?: number; max?: number }): number | undefined;
  integer(name: string, fallback: number | undefined, range: { min?: number; max?: number } = {}): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    const parsed = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw ConfigurationError.value(name, value, describeRange(min, max));
    }
    return parsed;
  }

  /** A duration such as 15m, 90s or 1h30m, in milliseconds. */
  duration(name: string, fallback: string, range: { minMs?: number; maxMs?: number } = {}): number {
    const value = this.optional(name) ?? fallback;
    const ms = parseDuration(value);
    if (ms === undefined) throw ConfigurationError.value(name, value, 'a duration like 90s, 15m or 1h30m');
    if (range.minMs !== undefined && ms < range.minMs) {
      throw ConfigurationError.value(name, value, `at least ${range.minMs / 1000}s`);
    }
    if (range.maxMs !== undefined && ms > range.maxMs) {
      throw ConfigurationError.value(name, value, `at most ${range.maxMs / 1000}s`);
    }
    return ms;
  }

  oneOf<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
    const value = this.optional(name) ?? fallback;
    if (!(accepted as readonly string[]).includes(value)) {
      throw ConfigurationError.value(name, value, `one of ${accepted.join(', ')}`);
    }
    return value as T;
  }

  /** Non-empty lines (or comma-separated items), trimmed; `#` starts a comment line. */
  list(name: string): string[] {
    return splitList(this.optional(name) ?? '');
  }

  /** `KEY=value` lines into ordered pairs; a line without `=` or with a bad key is an error. */
  keyValues(name: string, keyPattern = KEY_NAME, keyWord = 'a name of letters, digits and _'): [string, string][] {
    const raw = this.optional(name);
    if (raw === undefined) return [];
    return parseKeyValueLines(raw, name, keyPattern, keyWord);
  }
}

/** Splits a multi-line or comma-separated input into trimmed items, skipping blanks and `#` comments. */
export function splitList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Parses `KEY=value` lines (value may contain `=`); names the input and the line on error. */
export function parseKeyValueLines(
  raw: string,
  input: string,
  keyPattern: RegExp,
  keyWord: string,
): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  raw.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const eq = trimmed.indexOf('=');
    const where = `line ${index + 1}`;
    if (eq <= 0) {
      throw new ConfigurationError(input, `${where} ${quoted(trimmed)} is not KEY=value`);
    }
    const key = trimmed.slice(0, eq).trim();
    if (!keyPattern.test(key))
      throw new ConfigurationError(input, `${where}: key ${JSON.stringify(key)} is not ${keyWord}`);
    if (seen.has(key)) throw new ConfigurationError(input, `${where}: key ${JSON.stringify(key)} is given twice`);
    seen.add(key);
    pairs.push([key, trimmed.slice(eq + 1).trim()]);
  });
  return pairs;
}

function describeRange(min: number, max: number): string {
  if (min > Number.MIN_SAFE_INTEGER && max < Number.MAX_SAFE_INTEGER) return `a whole number from ${min} to ${max}`;
  if (min > Number.MIN_SAFE_INTEGER) return `a whole number of at least ${min}`;
  if (max < Number.MAX_SAFE_INTEGER) return `a whole number of at most ${max}`;
  return 'a whole number';
}
