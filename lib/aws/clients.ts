/**
 * The one place that constructs AWS clients. Region comes from the action's input or the standard
 * variables; endpoints from the SDK's own `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>` handling
 * (which is how tests point everything at moto); adaptive retries absorb throttling while we poll.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { ConfigurationError } from '../core/errors.js';

export const COLLECTION_NAME = 'ecs-fargate-actions';
export const COLLECTION_VERSION = '1.0.0';

export interface AwsSettings {
  region: string;
  /** Which action is calling, for the user agent. */
  action: string;
  /** The run's cancellation signal, handed to every call. */
  signal?: AbortSignal;
}

/** Lazily built clients, one of each per action run. */
export interface AwsClients {
  readonly region: string;
  readonly ecs: ECSClient;
  readonly ecr: ECRClient;
  readonly elbv2: ElasticLoadBalancingV2Client;
  readonly cloudwatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly sns: SNSClient;
  readonly ssm: SSMClient;
  readonly secrets: SecretsManagerClient;
}

/** Picks the region from the input, then AWS_REGION, then AWS_DEFAULT_REGION. */
export function resolveRegion(input: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const region = input || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new ConfigurationError('aws-region', 'is not set and neither is AWS_REGION', 'aws-actions/configure-aws-credentials sets AWS_REGION');
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw ConfigurationError.value('aws-region', region, 'a region like eu-west-1');
  return region;
}

/** Builds the client set; nothing else in the codebase calls `new XClient()`. */
export function createAwsClients(settings: AwsSettings): AwsClients {
  const config = {
    region: settings.region,
    retryMode: 'adaptive',
    maxAttempts: 8,
    customUserAgent: [
      [COLLECTION_NAME, COLLECTION_VERSION],
      ['action', settings.action],
    ] as [string, string][],
  };
  const cache = new Map<string, unknown>();
  const lazy = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  return {
    region: settings.region,
    get ecs() {
      return lazy('ecs', () => new ECSClient(config));
    },
    get ecr() {
      return lazy('ecr', () => new ECRClient(config));
    },
    get elbv2() {
      return lazy('elbv2', () => new ElasticLoadBalancingV2Client(config));
    },
    get cloudwatch() {
      return lazy('cloudwatch', () => new CloudWatchClient(config));
    },
    get logs() {
      return lazy('logs', () => new CloudWatchLogsClient(config));
    },
    get sns() {
      return lazy('sns', () => new SNSClient(config));
    },
    get ssm() {
      return lazy('ssm', () => new SSMClient(config));
    },
    get secrets() {
      return lazy('secrets', () => new SecretsManagerClient(config));
    },
  };
}

/** True when an SDK error is throttling (the adaptive retry gave up): worth another poll, not a verdict. */
export function isThrottling(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  return /Throttl|TooManyRequests|RequestLimitExceeded|Rate ?exceeded/i.test(name + ' ' + String((err as Error)?.message ?? ''));
}
