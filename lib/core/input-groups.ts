/**
 * Inputs several actions read the same way: which services, how long to wait, and the GitHub deployment
 * record. One reader each, so the names, defaults and errors are the same in every action.
 * (test/unit/action-metadata.test.ts reads this file to know which inputs each group brings.)
 */
import { ConfigurationError } from './errors.js';
import type { InputReader } from './inputs.js';

const SERVICE_NAME = /^[A-Za-z0-9_-]{1,255}$/;

/** `service` or `services` (one per line): at least one, each a valid name, none twice. */
export function readServiceNames(read: InputReader): string[] {
  const single = read.optional('service');
  const many = read.list('services');
  if (single && many.length) throw new ConfigurationError('services', 'set only one of `service` or `services`');
  const services = single ? [single] : many;
  if (services.length === 0)
    throw new ConfigurationError('service', 'is required: name the service (or list several in `services`)');
  for (const name of services)
    if (!SERVICE_NAME.test(name))
      throw ConfigurationError.value(
        single ? 'service' : 'services',
        name,
        'a service name of letters, digits, - and _',
      );
  if (new Set(services).size !== services.length) throw new ConfigurationError('services', 'names a service twice');
  return services;
}

export interface WaitSettings {
  wait: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
}

/** `wait`, `wait-timeout` and `poll-interval`, with the interval no longer than the timeout. */
export function readWaitSettings(
  read: InputReader,
  defaults: { timeout: string; interval: string } = { timeout: '15m', interval: '15s' },
): WaitSettings {
  const wait = read.boolean('wait', true);
  const waitTimeoutMs = read.duration('wait-timeout', defaults.timeout, { minMs: 10_000, maxMs: 6 * 3_600_000 });
  const pollIntervalMs = read.duration('poll-interval', defaults.interval, { minMs: 1_000, maxMs: 300_000 });
  if (pollIntervalMs > waitTimeoutMs)
    throw new ConfigurationError('poll-interval', 'is longer than `wait-timeout`: nothing would be watched');
  return { wait, waitTimeoutMs, pollIntervalMs };
}

export interface GithubDeploymentSettings {
  token: string;
  environment: string;
  environmentUrl?: string;
}

/** `github-token`, `github-environment` and `environment-url`: a record is kept only when an environment is named. */
export function readGithubDeploymentSettings(read: InputReader): GithubDeploymentSettings | undefined {
  const token = read.secret('github-token');
  const environment = read.optional('github-environment');
  const environmentUrl = read.optional('environment-url');
  if (environment && !token)
    throw new ConfigurationError(
      'github-token',
      'is required when `github-environment` is set (pass ${{ github.token }})',
    );
  if (environmentUrl && !/^https?:\/\/\S+$/.test(environmentUrl))
    throw ConfigurationError.value('environment-url', environmentUrl, 'an http(s) URL');
  return token && environment ? { token, environment, environmentUrl } : undefined;
}
