/**
 * The per-environment file teams keep beside a service:
 *   { "defaults": {...}, "staging": { "environment": {"K": "v"}, "secrets": {"DATABASE_URL": "/svc/staging/db"}, "flags": ["X"] } }
 * `defaults` applies under every environment; flags become one FEATURE_FLAGS=a,b variable.
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

/** Reads the section for `name` (merged over `defaults`) from the file's text. */
export function environmentSettingsFrom(text: string, file: string, name: string | undefined): EnvironmentSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const { line, column } = jsonErrorPosition(text, (err as Error).message);
    throw new ConfigurationError(INPUT, `${file}:${line}:${column} is not valid JSON`);
  }
  if (!isObject(parsed)) throw new ConfigurationError(INPUT, `${file} must hold an object of environments`);
  const names = Object.keys(parsed).filter((key) => key !== 'defaults');
  if (name === undefined) {
    if (names.length !== 1) {
      throw new ConfigurationError('environment-name', `is required: ${file} holds ${names.length} environments (${names.join(', ')})`);
    }
    name = names[0];
  }
  if (!isObject(parsed[name])) {
    throw ConfigurationError.value('environment-name', name, `one of the environments in ${file}: ${names.join(', ') || 'none'}`);
  }
  const sections = [parsed.defaults, parsed[name]].filter(isObject).map((section, i) => readSection(section, `${file} ${i === 0 && parsed.defaults ? 'defaults' : name}`));
  const merged: EnvironmentSettings = { environment: [], secrets: [], flags: [] };
  for (const section of sections) {
    merged.environment = mergePairs(merged.environment, section.environment);
    merged.secrets = mergePairs(merged.secrets, section.secrets);
    merged.flags = [...new Set([...merged.flags, ...section.flags])];
  }
  if (merged.flags.length > 0) merged.environment = mergePairs(merged.environment, [['FEATURE_FLAGS', merged.flags.join(',')]]);
  return merged;
}

function readSection(section: Record<string, unknown>, where: string): EnvironmentSettings {
  for (const key of Object.keys(section)) {
    if (!SECTION_KEYS.includes(key)) throw new ConfigurationError(INPUT, `${where} has unknown key "${key}": expected ${SECTION_KEYS.join(', ')}`);
  }
  const environment = stringPairs(section.environment, `${where} environment`, (value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
  const secrets = stringPairs(section.secrets, `${where} secrets`, (value) => typeof value === 'string' && isSecretReference(value));
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
    if (!valid(inner)) {
      const accepted = where.endsWith('secrets') ? 'an SSM parameter name/ARN or a Secrets Manager ARN' : 'a string, number or boolean';
      throw new ConfigurationError(INPUT, `${where} "${key}" is ${JSON.stringify(inner)}: expected ${accepted}`);
    }
    return [key, String(inner)];
  });
}

function mergePairs(base: [string, string][], updates: [string, string][]): [string, string][] {
  const map = new Map(base);
  for (const [key, value] of updates) map.set(key, value);
  return [...map];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
