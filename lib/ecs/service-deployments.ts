/**
 * The ECS service-deployments API (ListServiceDeployments / DescribeServiceDeployments) says "rolling back"
 * or "stopped" in words, sometimes before DescribeServices does. Where it does not answer (older regions,
 * a policy without ecs:ListServiceDeployments, or emulators that return HTML), we stop asking after the
 * first failure and follow DescribeServices alone.
 */
import {
  ContinueServiceDeploymentCommand,
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  type ServiceDeployment,
  StopServiceDeploymentCommand,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { awsErrorKind } from '../aws/errors.js';
import { chunk } from '../aws/paging.js';
import { errorMessage } from '../core/errors.js';
import { pausedBy } from './lifecycle-hooks.js';
import type { ServiceDeploymentState } from './rollout-verdict.js';

/** DescribeServiceDeployments takes at most twenty ARNs a call. */
const DESCRIBE_LIMIT = 20;

export class ServiceDeploymentsProbe {
  private available = true;
  private readonly arns = new Map<string, string>();
  unavailableReason?: string;

  constructor(
    private readonly clients: AwsClients,
    private readonly cluster: string,
    private readonly startedAfter: Date,
  ) {}

  get isAvailable(): boolean {
    return this.available;
  }

  /** The newest state of each service's deployment started after `startedAfter`, by service name. */
  async states(services: string[]): Promise<Map<string, ServiceDeploymentState>> {
    const result = new Map<string, ServiceDeploymentState>();
    if (!this.available) return result;
    try {
      for (const service of services) {
        if (this.arns.has(service)) continue;
        const listed = await this.clients.ecs.send(
          new ListServiceDeploymentsCommand({
            cluster: this.cluster,
            service,
            createdAt: { after: this.startedAfter },
            maxResults: 5,
          }),
        );
        const newest = [...(listed.serviceDeployments ?? [])].sort(
          (a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0),
        )[0];
        if (newest?.serviceDeploymentArn) this.arns.set(service, newest.serviceDeploymentArn);
      }
      const wanted = services.filter((s) => this.arns.has(s));
      for (const batch of chunk(wanted, DESCRIBE_LIMIT)) {
        const answer = await this.clients.ecs.send(
          new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: batch.map((s) => this.arns.get(s)!) }),
        );
        for (const deployment of answer.serviceDeployments ?? []) {
          const service = batch.find((s) => this.arns.get(s) === deployment.serviceDeploymentArn);
          if (service && deployment.status) {
            result.set(service, {
              status: deployment.status,
              statusReason: deployment.statusReason,
              serviceDeploymentArn: deployment.serviceDeploymentArn,
              lifecycleStage: deployment.lifecycleStage,
              hold: deployment.status === 'IN_PROGRESS' ? pausedBy(deployment) : undefined,
            });
          }
        }
      }
    } catch (err) {
      // Throttling passes; anything else (no permission, no such API, an HTML answer) ends our asking.
      if (awsErrorKind(err) === 'throttled' || awsErrorKind(err) === 'cancelled') return result;
      this.available = false;
      this.unavailableReason = errorMessage(err).split('\n')[0].slice(0, 160);
    }
    return result;
  }
}

/**
 * Answers one of our PAUSE hooks with CONTINUE; a hook that stopped waiting meanwhile is no error (the next look says
 * why).
 */
export async function continueOurHook(
  clients: AwsClients,
  serviceDeploymentArn: string,
  hookId: string,
): Promise<string | undefined> {
  try {
    await clients.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn, hookId, action: 'CONTINUE' }));
    return undefined;
  } catch (err) {
    if (awsErrorKind(err) === 'cancelled') throw err;
    return errorMessage(err).split('\n')[0];
  }
}

/**
 * Asks ECS to roll a service deployment back: a deployment paused at a PAUSE hook is answered ROLLBACK through that
 * hook (ContinueServiceDeployment, the documented way out of a pause, whoever's hook it is); any other one is stopped
 * with StopServiceDeployment ROLLBACK. Returns what was done, as a sentence for the log.
 */
export async function rollBackServiceDeployment(clients: AwsClients, deployment: ServiceDeployment): Promise<string> {
  const arn = deployment.serviceDeploymentArn;
  const hook = deployment.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION' && h.targetType === 'PAUSE');
  if (hook?.hookId) {
    await clients.ecs.send(
      new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: hook.hookId, action: 'ROLLBACK' }),
    );
    return `answered the PAUSE hook ${hook.hookId} of deployment ${arn}${deployment.lifecycleStage ? ` at ${deployment.lifecycleStage}` : ''} with ROLLBACK`;
  }
  await clients.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
  return `stopped deployment ${arn} with ROLLBACK`;
}
