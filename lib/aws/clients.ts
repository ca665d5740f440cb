/**
 * The one place that constructs AWS clients. Region comes from the action's input or the standard
 * variables; endpoints from the SDK's own `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>` handling
 * (which is how tests point everything at moto); adaptive retries absorb throttling while we poll.
 *
 * Every call has a connection timeout and a request timeout, and carries the run's abort signal, so a
 * hung endpoint fails the call and a cancelled job aborts what is in flight.
 *
 * Each service's SDK package is loaded on that client's first call, not at start-up: a run pays only for
 * the clients it uses (deploy-ecs without an ALB never loads ELBv2). The getters stay synchronous; what they
 * return is a stand-in that offers the client's `send` (and `destroy`) and builds the real SDK client on the
 * first `send`. aws-sdk-client-mock keeps working: it stubs the client class's prototype, which the real
 * client built behind the stand-in inherits.
 *
 * The one exception is the client an action calls first: the action imports its class and hands it in
 * (`preloaded`), so the bundle puts it in the entry and the first call does not wait for chunks to load and
 * compile (bench/cold-start.mjs measures each action against that client bundled alone).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SSMClient } from '@aws-sdk/client-ssm';

import { ConfigurationError } from '../core/errors.js';

export const COLLECTION_NAME = 'ecs-fargate-actions';
export const COLLECTION_VERSION = '1.0.0';

/** Connecting to an AWS endpoint takes milliseconds; a few seconds means the network is broken. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
/** No call this project makes needs half a minute; one that takes longer is hung, and is retried. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ATTEMPTS = 8;

export interface AwsSettings {
  region: string;
  /** Which action is calling, for the user agent. */
  action: string;
  /** The run's cancellation: passed as `abortSignal` to every call, so a cancelled job aborts in-flight calls. */
  signal?: AbortSignal;
  /** Milliseconds to establish a connection (default 5 s). */
  connectionTimeoutMs?: number;
  /** Milliseconds for one attempt of one call, request to response (default 30 s); a timed-out attempt is retried. */
  requestTimeoutMs?: number;
  /** Attempts per call, the first included (default 8). */
  maxAttempts?: number;
  /** Client classes the action imported itself (the one its first call uses): used as they are, no chunk loaded. */
  preloaded?: Partial<ClientClasses>;
}

/** The SDK's client class for each client an `AwsClients` offers. */
export interface ClientClasses {
  ecs: typeof ECSClient;
  ecr: typeof ECRClient;
  elbv2: typeof ElasticLoadBalancingV2Client;
  cloudwatch: typeof CloudWatchClient;
  logs: typeof CloudWatchLogsClient;
  sns: typeof SNSClient;
  ssm: typeof SSMClient;
  secrets: typeof SecretsManagerClient;
  codedeploy: typeof CodeDeployClient;
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
  readonly codedeploy: CodeDeployClient;
}

/** Picks the region from the input, then AWS_REGION, then AWS_DEFAULT_REGION. */
export function resolveRegion(input: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const region = input || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new ConfigurationError(
      'aws-region',
      'is not set and neither is AWS_REGION',
      'aws-actions/configure-aws-credentials sets AWS_REGION',
    );
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw ConfigurationError.value('aws-region', region, 'a region like eu-west-1');
  return region;
}

/** The configuration every client is built with. */
function clientConfig(settings: AwsSettings) {
  return {
    region: settings.region,
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: settings.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      requestTimeout: settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      // Without this the SDK only logs a warning when requestTimeout passes, and keeps waiting.
      throwOnRequestTimeout: true,
    },
    customUserAgent: [
      [COLLECTION_NAME, COLLECTION_VERSION],
      ['action', settings.action],
    ] as [string, string][],
  };
}

type ClientConfig = ReturnType<typeof clientConfig>;
interface SendOptions {
  abortSignal?: AbortSignal;
  [option: string]: unknown;
}
interface AnyClient {
  send(command: unknown, options?: SendOptions): Promise<unknown>;
  destroy(): void;
}

/**
 * A stand-in for one SDK client: `send` loads the service's package and builds the client on first use,
 * then sends with the run's abort signal (joined with any signal the caller passes).
 */
function deferredClient<C>(
  load: () => Promise<new (config: ClientConfig) => AnyClient>,
  config: ClientConfig,
  signal: AbortSignal | undefined,
): C {
  let client: Promise<AnyClient> | undefined;
  const real = () => (client ??= load().then((Client) => new Client(config)));
  const stand: AnyClient = {
    async send(command, options) {
      const abortSignal =
        signal && options?.abortSignal
          ? AbortSignal.any([signal, options.abortSignal])
          : (options?.abortSignal ?? signal);
      return (await real()).send(command, { ...options, abortSignal });
    },
    destroy() {
      void client?.then((c) => c.destroy());
    },
  };
  return stand as C;
}

/** Builds the client set; nothing else in the codebase calls `new XClient()`. */
export function createAwsClients(settings: AwsSettings): AwsClients {
  const config = clientConfig(settings);
  const cache = new Map<string, unknown>();
  // Each import() is a separate chunk in the bundle, evaluated only when that client first sends (unless preloaded).
  // Each destructures its one class, so the chunk holds the client and what it uses. `(await import(p)).X` would
  // make webpack keep the whole package: every command and its schema, and for the preloaded client's package that
  // schema module sits in the entry, so all of it was evaluated before the first call.
  const lazy = <K extends keyof ClientClasses>(
    key: K,
    load: () => Promise<ClientClasses[K]>,
  ): InstanceType<ClientClasses[K]> => {
    const preloaded = settings.preloaded?.[key];
    const loadClass = (preloaded ? async () => preloaded : load) as () => Promise<
      new (config: ClientConfig) => AnyClient
    >;
    if (!cache.has(key)) cache.set(key, deferredClient(loadClass, config, settings.signal));
    return cache.get(key) as InstanceType<ClientClasses[K]>;
  };
  return {
    region: settings.region,
    get ecs() {
      return lazy('ecs', async () => {
        const { ECSClient } = await import('@aws-sdk/client-ecs');
        return ECSClient;
      });
    },
    get ecr() {
      return lazy('ecr', async () => {
        const { ECRClient } = await import('@aws-sdk/client-ecr');
        return ECRClient;
      });
    },
    get elbv2() {
      return lazy('elbv2', async () => {
        const { ElasticLoadBalancingV2Client } = await import('@aws-sdk/client-elastic-load-balancing-v2');
        return ElasticLoadBalancingV2Client;
      });
    },
    get cloudwatch() {
      return lazy('cloudwatch', async () => {
        const { CloudWatchClient } = await import('@aws-sdk/client-cloudwatch');
        return CloudWatchClient;
      });
    },
    get logs() {
      return lazy('logs', async () => {
        const { CloudWatchLogsClient } = await import('@aws-sdk/client-cloudwatch-logs');
        return CloudWatchLogsClient;
      });
    },
    get sns() {
      return lazy('sns', async () => {
        const { SNSClient } = await import('@aws-sdk/client-sns');
        return SNSClient;
      });
    },
    get ssm() {
      return lazy('ssm', async () => {
        const { SSMClient } = await import('@aws-sdk/client-ssm');
        return SSMClient;
      });
    },
    get secrets() {
      return lazy('secrets', async () => {
        const { SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
        return SecretsManagerClient;
      });
    },
    get codedeploy() {
      return lazy('codedeploy', async () => {
        const { CodeDeployClient } = await import('@aws-sdk/client-codedeploy');
        return CodeDeployClient;
      });
    },
  };
}
