/**
 * Finding the CodeDeploy deployment group that deploys an ECS service: CodeDeploy has no lookup by service,
 * so every ECS application's groups are read (ListApplications, ListDeploymentGroups, BatchGetDeploymentGroups)
 * and the one whose ecsServices names the cluster and service is it.
 */
import {
  BatchGetApplicationsCommand,
  BatchGetDeploymentGroupsCommand,
  type DeploymentGroupInfo,
  ListApplicationsCommand,
  ListDeploymentGroupsCommand,
} from '@aws-sdk/client-codedeploy';

import type { AwsClients } from '../aws/clients.js';
import { allPages, chunk } from '../aws/paging.js';
import { PlanError } from '../core/errors.js';

/** The deployment group of one ECS service, with what a deployment needs from it. */
export interface EcsDeploymentGroup {
  applicationName: string;
  deploymentGroupName: string;
  /** The group's own deployment configuration (CodeDeployDefault.ECSAllAtOnce when it names none). */
  deploymentConfigName: string;
  /** Listener ARNs of production and test traffic, and the two target groups' names (blue/green pair). */
  prodListenerArns: string[];
  testListenerArns: string[];
  targetGroupNames: string[];
  /**
   * The group waits for ContinueDeployment before rerouting production traffic (deploymentReadyOption STOP_DEPLOYMENT).
   */
  waitsBeforeRerouting: boolean;
  /** How long it waits for that ContinueDeployment, in minutes (0 when it does not wait). */
  readyWaitMinutes: number;
  /** Minutes the original task set is kept after a successful cutover (0: terminated at once; Infinity: KEEP_ALIVE). */
  terminationWaitMinutes: number;
  /** CodeDeploy rolls back by itself on a failed (and/or stopped-by-alarm) deployment. */
  autoRollbackEvents: string[];
  info: DeploymentGroupInfo;
}

/** The ARN-free form of a cluster reference: CodeDeploy's ecsServices hold cluster names. */
function clusterName(cluster: string): string {
  return cluster.includes('/') ? cluster.slice(cluster.lastIndexOf('/') + 1) : cluster;
}

/** Picks the group that deploys cluster/service from groups as BatchGetDeploymentGroups returns them; pure. */
export function matchDeploymentGroup(
  groups: readonly DeploymentGroupInfo[],
  cluster: string,
  service: string,
): DeploymentGroupInfo[] {
  const name = clusterName(cluster);
  return groups.filter((g) =>
    (g.ecsServices ?? []).some((s) => clusterName(s.clusterName ?? '') === name && s.serviceName === service),
  );
}

/** The plain facts of a group; pure. */
export function describeGroup(info: DeploymentGroupInfo): EcsDeploymentGroup {
  const pair = info.loadBalancerInfo?.targetGroupPairInfoList?.[0];
  const blueGreen = info.blueGreenDeploymentConfiguration;
  const ready = blueGreen?.deploymentReadyOption;
  const waits = ready?.actionOnTimeout === 'STOP_DEPLOYMENT';
  const terminate = blueGreen?.terminateBlueInstancesOnDeploymentSuccess;
  return {
    applicationName: info.applicationName ?? '',
    deploymentGroupName: info.deploymentGroupName ?? '',
    deploymentConfigName: info.deploymentConfigName || 'CodeDeployDefault.ECSAllAtOnce',
    prodListenerArns: pair?.prodTrafficRoute?.listenerArns ?? [],
    testListenerArns: pair?.testTrafficRoute?.listenerArns ?? [],
    targetGroupNames: (pair?.targetGroups ?? []).map((t) => t.name ?? '').filter(Boolean),
    waitsBeforeRerouting: waits,
    readyWaitMinutes: waits ? (ready?.waitTimeInMinutes ?? 0) : 0,
    terminationWaitMinutes:
      terminate?.action === 'KEEP_ALIVE' ? Infinity : (terminate?.terminationWaitTimeInMinutes ?? 0),
    autoRollbackEvents: info.autoRollbackConfiguration?.enabled ? (info.autoRollbackConfiguration.events ?? []) : [],
    info,
  };
}

/**
 * Finds the deployment group of an ECS service among the account's ECS applications (read only). Throws a
 * PlanError naming the service when no group, or more than one, deploys it.
 */
export async function findDeploymentGroup(
  clients: AwsClients,
  cluster: string,
  service: string,
): Promise<EcsDeploymentGroup> {
  const applications = await allPages(
    (nextToken) => clients.codedeploy.send(new ListApplicationsCommand({ nextToken })),
    (page) => page.applications,
  );

  const ecsApplications: string[] = [];
  for (const names of chunk(applications, 100)) {
    const info =
      (await clients.codedeploy.send(new BatchGetApplicationsCommand({ applicationNames: names }))).applicationsInfo ??
      [];
    ecsApplications.push(...info.filter((a) => a.computePlatform === 'ECS').map((a) => a.applicationName!));
  }

  const groups: DeploymentGroupInfo[] = [];
  for (const applicationName of ecsApplications) {
    const names = await allPages(
      (nextToken) => clients.codedeploy.send(new ListDeploymentGroupsCommand({ applicationName, nextToken })),
      (page) => page.deploymentGroups,
    );
    for (const batch of chunk(names, 100)) {
      groups.push(
        ...((
          await clients.codedeploy.send(
            new BatchGetDeploymentGroupsCommand({ applicationName, deploymentGroupNames: batch }),
          )
        ).deploymentGroupsInfo ?? []),
      );
    }
  }

  const matches = matchDeploymentGroup(groups, cluster, service);
  const where = `${clusterName(cluster)}/${service}`;
  if (matches.length === 0) {
    throw new PlanError(
      `no CodeDeploy deployment group deploys ECS service ${where} (looked through ${ecsApplications.length} ECS application(s): ${ecsApplications.join(', ') || 'none'}); create one whose ecsServices names this cluster and service`,
    );
  }
  if (matches.length > 1) {
    throw new PlanError(
      `${matches.length} CodeDeploy deployment groups deploy ECS service ${where} (${matches.map((g) => `${g.applicationName}/${g.deploymentGroupName}`).join(', ')}); ECS allows one, so this account is inconsistent`,
    );
  }
  return describeGroup(matches[0]);
}
