/**
 * The services file a team keeps in its repository for `release.yml`: one entry per service, keyed like
 * production.yml's inputs (a team that calls production.yml over a matrix moves its `with:` keys here), with
 * `defaults` every service shares (`{service}` in a value is the service's name), `shared` folders whose changes
 * release every service, and `after:` the services one must follow. Parsed and checked here, purely.
 */
import { parse } from 'yaml';

import { ConfigurationError } from '../core/errors.js';

/** One service of the release, as the services file describes it (defaults applied, `{service}` filled in). */
export interface ReleaseService {
  name: string;
  /** The service's folder: a change under it releases the service. */
  folder: string;
  /** More folders or files whose changes release it (the file's `shared`, then its own). */
  shared: string[];
  /** Services of this release that must be promoted before this one starts. */
  after: string[];
  ecrRepository: string;
  taskDefinitionTemplate: string;
  templateVars: string;
  environmentFile: string;
  environmentSection: string;
  container: string;
  /** The production ECS service (one service on ECS's own strategy); default the name. */
  service: string;
  /** The staging ECS service that must have completed a rollout of the commit; default `service`. */
  stagingService: string;
  blueService: string;
  greenService: string;
  listenerRuleArn: string;
  bakeSteps: string;
  checkInterval: string;
  hold: string;
  smokeFile: string;
  productionUrl: string;
  canaryUrl: string;
  alarms: string;
  healthUrl: string;
  migrate: boolean;
  migrateMode: string;
  migrateConfig: string;
  migrateSchema: string;
  migrateDatabaseUrlSecret: string;
  /** Where its Prisma migrations are, relative to the repository root (default `<folder>/prisma/migrations`). */
  migrationsDir: string;
  /** The database it migrates; services naming the same one share a schema (default the service's name). */
  database: string;
}

export interface ServicesFile {
  services: ReleaseService[];
}

type StringKey = Exclude<
  { [K in keyof ReleaseService]: ReleaseService[K] extends string ? K : never }[keyof ReleaseService],
  'name'
>;

/** Each string key of an entry, as written in the file, and its field. */
const STRING_KEYS: Record<string, StringKey> = {
  folder: 'folder',
  'ecr-repository': 'ecrRepository',
  'task-definition-template': 'taskDefinitionTemplate',
  'template-vars': 'templateVars',
  'environment-file': 'environmentFile',
  'environment-section': 'environmentSection',
  container: 'container',
  service: 'service',
  'staging-service': 'stagingService',
  'blue-service': 'blueService',
  'green-service': 'greenService',
  'listener-rule-arn': 'listenerRuleArn',
  'bake-steps': 'bakeSteps',
  'check-interval': 'checkInterval',
  hold: 'hold',
  'smoke-file': 'smokeFile',
  'production-url': 'productionUrl',
  'canary-url': 'canaryUrl',
  alarms: 'alarms',
  'health-url': 'healthUrl',
  'migrate-mode': 'migrateMode',
  'migrate-config': 'migrateConfig',
  'migrate-schema': 'migrateSchema',
  'migrate-database-url-secret': 'migrateDatabaseUrlSecret',
  'migrations-dir': 'migrationsDir',
  database: 'database',
};
const LIST_KEYS = ['shared', 'after'] as const;
const BOOLEAN_KEYS = ['migrate'] as const;
/** Every key an entry (or `defaults`) accepts, for messages. */
export const SERVICE_KEYS = [...Object.keys(STRING_KEYS), ...LIST_KEYS, ...BOOLEAN_KEYS].sort();
const REQUIRED = ['folder', 'ecr-repository', 'task-definition-template'] as const;
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;

type Entry = Record<string, unknown>;

/**
 * Parses and checks a services file; every problem is a ConfigurationError naming the file, the service and the key.
 */
export function parseServicesFile(text: string, file: string): ServicesFile {
  const where = `services-file`;
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new ConfigurationError(where, `${file} is not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!isMap(doc))
    throw new ConfigurationError(
      where,
      `${file} must be a mapping with \`services:\` (and optionally \`defaults:\` and \`shared:\`)`,
    );
  const unknownTop = Object.keys(doc).filter((k) => !['services', 'defaults', 'shared'].includes(k));
  if (unknownTop.length > 0)
    throw new ConfigurationError(
      where,
      `${file}: unknown key ${quoteAll(unknownTop)}: expected services, defaults, shared`,
    );
  if (!isMap(doc.services) || Object.keys(doc.services).length === 0)
    throw new ConfigurationError(where, `${file}: \`services:\` must map each service's name to its settings`);
  const defaults = doc.defaults === undefined ? {} : doc.defaults;
  if (!isMap(defaults))
    throw new ConfigurationError(where, `${file}: \`defaults:\` must be a mapping of the keys a service accepts`);
  checkKeys(defaults, file, 'defaults');
  const shared = readList(doc.shared, file, 'shared', 'shared');
  const services = Object.entries(doc.services).map(([name, raw]) => {
    if (!NAME.test(name))
      throw new ConfigurationError(
        where,
        `${file}: service name ${JSON.stringify(name)} is not a name (letters, digits, - and _)`,
      );
    const entry = raw === null || raw === undefined ? {} : raw;
    if (!isMap(entry))
      throw new ConfigurationError(
        where,
        `${file}: service ${name} must be a mapping of its settings (or empty, to take only the defaults)`,
      );
    checkKeys(entry, file, name);
    return readService(name, { ...defaults, ...entry }, shared, file);
  });
  checkAfter(services, file);
  return { services };
}

function readService(name: string, entry: Entry, shared: string[], file: string): ReleaseService {
  const fill = (value: string) => value.replace(/\{service\}/g, name);
  for (const key of REQUIRED) {
    if (typeof entry[key] !== 'string' || entry[key] === '')
      throw new ConfigurationError(
        'services-file',
        `${file}: service ${name} has no \`${key}\` (set it on the service or in \`defaults\`)`,
      );
  }
  const service = { name, shared: [], after: [], migrate: true } as unknown as ReleaseService;
  for (const [key, field] of Object.entries(STRING_KEYS)) {
    const value = entry[key];
    if (value !== undefined && value !== null && typeof value !== 'string' && typeof value !== 'number') {
      throw new ConfigurationError('services-file', `${file}: ${name}.${key} must be a string, not ${typeof value}`);
    }
    service[field] = fill(value === undefined || value === null ? '' : String(value));
  }
  if (entry.migrate !== undefined && typeof entry.migrate !== 'boolean')
    throw new ConfigurationError(
      'services-file',
      `${file}: ${name}.migrate must be true or false, not ${JSON.stringify(entry.migrate)}`,
    );
  service.migrate = entry.migrate !== false;
  service.folder = normalizePath(service.folder);
  service.shared = [...shared, ...readList(entry.shared, file, `${name}.shared`, 'shared')].map((p) =>
    normalizePath(fill(p)),
  );
  service.after = readList(entry.after, file, `${name}.after`, 'after');
  service.service ||= name;
  service.stagingService ||= service.service;
  service.migrationsDir = normalizePath(service.migrationsDir || `${service.folder}/prisma/migrations`);
  service.database ||= name;
  if ((service.blueService === '') !== (service.greenService === ''))
    throw new ConfigurationError(
      'services-file',
      `${file}: ${name} names one of blue-service and green-service: set both (two colors behind a listener rule) or neither (one service on ECS's own strategy)`,
    );
  if (service.blueService && !service.listenerRuleArn)
    throw new ConfigurationError(
      'services-file',
      `${file}: ${name} has two colors but no listener-rule-arn: the rule forwarding to both by weight`,
    );
  return service;
}

/** `after:` names only services of the file, never the service itself; a cycle is named in full. */
function checkAfter(services: ReleaseService[], file: string): void {
  const names = new Set(services.map((s) => s.name));
  for (const s of services) {
    const unknown = s.after.filter((a) => !names.has(a));
    if (unknown.length > 0)
      throw new ConfigurationError(
        'services-file',
        `${file}: ${s.name}.after names ${quoteAll(unknown)}, not a service of the file: expected one of ${[...names].join(', ')}`,
      );
  }
  const cycle = findCycle(services);
  if (cycle)
    throw new ConfigurationError(
      'services-file',
      `${file}: \`after:\` goes round in a cycle: ${cycle.join(' → ')}; no order releases them`,
    );
}

/** The first cycle of `after:` edges, as names from a service back to itself, or undefined. */
export function findCycle(services: Pick<ReleaseService, 'name' | 'after'>[]): string[] | undefined {
  const byName = new Map(services.map((s) => [s.name, s]));
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    if (done.has(name)) return undefined;
    for (const next of byName.get(name)?.after ?? []) {
      const found = visit(next, [...trail, name]);
      if (found) return found;
    }
    done.add(name);
    return undefined;
  };
  for (const s of services) {
    const found = visit(s.name, []);
    if (found) return found;
  }
  return undefined;
}

function checkKeys(entry: Entry, file: string, where: string): void {
  const unknown = Object.keys(entry).filter((k) => !SERVICE_KEYS.includes(k));
  if (unknown.length > 0)
    throw new ConfigurationError(
      'services-file',
      `${file}: ${where} has unknown key ${quoteAll(unknown)}: expected ${SERVICE_KEYS.join(', ')}`,
    );
}

function readList(value: unknown, file: string, where: string, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.map((v) => v.trim()).filter(Boolean);
  throw new ConfigurationError(
    'services-file',
    `${file}: ${where} must be a list of ${key === 'after' ? 'service names' : 'folders or files'}`,
  );
}

/** `./services/a/` → `services/a`: paths compared with git's, which are relative and have no trailing slash. */
export function normalizePath(path: string): string {
  return (
    path
      .trim()
      .replace(/^\.\/+/, '')
      .replace(/\/+$/, '') || '.'
  );
}

function isMap(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quoteAll(values: string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
