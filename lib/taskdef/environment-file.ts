/**
 * The per-environment file teams keep beside a service:
 * { "defaults": {...}, "staging": { "environment": {"K": "v"}, "secrets": {"DATABASE_URL": "/svc/staging/db"}, "flags":
 * ["X"] } }
 * `defaults` applies under every environment; flags become one FEATURE_FLAGS=a,b variable.
 * Every value under any `secrets` is masked before the file is checked, and errors about one name the file's
 * line and the key, never the value: a reference may turn out to be a pasted secret.
 */
import { ConfigurationError } from '../core/errors.js';
import { jsonErrorPosition } from './source.js';
import { isSecretReference } from './validate.js';

export interface EnvironmentSettings {
  environment: [string, string][];
  secrets: [string, string][];
  flags: string[];
}

const INPUT = 'environment-file';
const SECTION_KEYS = ['environment', 'secrets', 'flags'];

/**
 * Reads the section for `name` (merged over `defaults`) from the file's text; `mask` registers each secret value first.
 */
export function environmentSettingsFrom(
  text: string,
  file: string,
  name: string | undefined,
  mask: (value: string) => void,
): EnvironmentSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const { line, column } = jsonErrorPosition(text, (err as Error).message);
    throw new ConfigurationError(INPUT, `${file}:${line}:${column} is not valid JSON`);
  }
  if (!isObject(parsed)) throw new ConfigurationError(INPUT, `${file} must hold an object of environments`);
  for (const section of Object.values(parsed)) if (isObject(section)) maskLeaves(section.secrets, mask);
  const names = Object.keys(parsed).filter((key) => key !== 'defaults');
  if (name === undefined) {
    if (names.length !== 1) {
      throw new ConfigurationError(
        'environment-name',
        `is required: ${file} holds ${names.length} environments (${names.join(', ')})`,
      );
    }
    name = names[0];
  }
  if (!isObject(parsed[name])) {
    throw ConfigurationError.value(
      'environment-name',
      name,
      `one of the environments in ${file}: ${names.join(', ') || 'none'}`,
    );
  }
  const sections = [['defaults', parsed.defaults] as const, [name, parsed[name]] as const]
    .filter((entry): entry is readonly [string, Record<string, unknown>] => isObject(entry[1]))
    .map(([sectionName, section]) => readSection(section, { file, section: sectionName, text }));
  const merged: EnvironmentSettings = { environment: [], secrets: [], flags: [] };
  for (const section of sections) {
    merged.environment = mergePairs(merged.environment, section.environment);
    merged.secrets = mergePairs(merged.secrets, section.secrets);
    merged.flags = [...new Set([...merged.flags, ...section.flags])];
  }
  if (merged.flags.length > 0)
    merged.environment = mergePairs(merged.environment, [['FEATURE_FLAGS', merged.flags.join(',')]]);
  return merged;
}

interface SectionSource {
  file: string;
  section: string;
  text: string;
}

function readSection(section: Record<string, unknown>, source: SectionSource): EnvironmentSettings {
  const where = `${source.file} ${source.section}`;
  for (const key of Object.keys(section)) {
    if (!SECTION_KEYS.includes(key))
      throw new ConfigurationError(INPUT, `${where} has unknown key "${key}": expected ${SECTION_KEYS.join(', ')}`);
  }
  const environment = stringPairs(
    section.environment,
    `${where} environment`,
    (value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean',
  );
  const secrets = secretPairs(section.secrets, source);
  const flags = section.flags ?? [];
  if (!Array.isArray(flags) || flags.some((f) => typeof f !== 'string' || !/^[\w.-]+$/.test(f))) {
    throw new ConfigurationError(INPUT, `${where} flags must be a list of names`);
  }
  return { environment, secrets, flags: flags as string[] };
}

function stringPairs(value: unknown, where: string, valid: (v: unknown) => boolean): [string, string][] {
  if (value === undefined) return [];
  if (!isObject(value)) throw new ConfigurationError(INPUT, `${where} must be an object of NAME: value`);
  return Object.entries(value).map(([key, inner]) => {
    if (!valid(inner))
      throw new ConfigurationError(
        INPUT,
        `${where} "${key}" is ${JSON.stringify(inner)}: expected a string, number or boolean`,
      );
    return [key, String(inner)];
  });
}

/** The `secrets` of one section; its values were masked already and no error quotes one. */
function secretPairs(value: unknown, { file, section, text }: SectionSource): [string, string][] {
  if (value === undefined) return [];
  const at = (...path: string[]) => `${file}${lineOf(text, [section, 'secrets', ...path])} ${section} secrets`;
  if (!isObject(value))
    throw new ConfigurationError(
      INPUT,
      `${at()} must be an object of NAME: reference (its value is masked and not shown)`,
    );
  return Object.entries(value).map(([key, inner]) => {
    if (typeof inner !== 'string' || !isSecretReference(inner)) {
      throw new ConfigurationError(
        INPUT,
        `${at(key)} "${key}" is not an SSM parameter name/ARN or a Secrets Manager ARN (its value is masked and not shown)`,
      );
    }
    return [key, inner];
  });
}

/** Registers every string, number or boolean under `value` (a `secrets` section, whatever its shape). */
function maskLeaves(value: unknown, mask: (value: string) => void): void {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') mask(String(value));
  else if (Array.isArray(value)) for (const item of value) maskLeaves(item, mask);
  else if (isObject(value)) for (const item of Object.values(value)) maskLeaves(item, mask);
}

/** `:line` of the key at `path` (each key searched after the previous one), or '' when it cannot be told. */
function lineOf(text: string, path: string[]): string {
  let from = 0;
  for (const key of path) {
    const match = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`).exec(text.slice(from));
    if (!match) return '';
    from += match.index + match[0].length;
  }
  return `:${text.slice(0, from).split('\n').length}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mergePairs(base: [string, string][], updates: [string, string][]): [string, string][] {
  const map = new Map(base);
  for (const [key, value] of updates) map.set(key, value);
  return [...map];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
