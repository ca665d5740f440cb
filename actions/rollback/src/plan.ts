/** Which revision each service goes back to, and how. Pure: (inputs, observed) => plan; nothing has changed yet. */
import type { Service, ServiceDeployment, Tag, TaskDefinition } from '@aws-sdk/client-ecs';

import { ConfigurationError, PlanError } from '../../../lib/core/errors.js';
import { familyOf, shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { type DeploymentHistory, gitShaOf, type HistoryEntry } from '../../../lib/ecs/history.js';
import type { RollbackInputs } from './inputs.js';

type Revision = { definition: TaskDefinition; tags: Tag[] };

/** One service as AWS has it now, with the revisions that completed a rollout on it. */
export interface ObservedRollback {
  name: string;
  service: Service;
  current?: Revision;
  history: DeploymentHistory;
  /** The revision a `revision:` or ARN target names; undefined when it does not exist. */
  requested?: Revision;
  /** The service deployment in flight, where the service-deployments API says. */
  inFlight?: { serviceDeploymentArn: string; sourceTaskDefinitionArn?: string; deployment?: ServiceDeployment };
}

export interface RevisionInfo {
  arn: string;
  gitSha?: string;
  status?: string;
}

export type RollbackAction =
  /** UpdateService to the target (a rollout in flight is superseded). */
  | 'update'
  /** The target was deregistered: register a copy, then update to it. */
  | 'reregister-and-update'
  /** Stop the deployment in flight with ROLLBACK: ECS puts back the revision it came from, which is the target. */
  | 'stop-in-flight'
  /** The service already runs the target: judge (and follow) its current deployment. */
  | 'none'
  /** Two colors behind a weighted rule: all traffic back on the color running the older revision. */
  | 'flip'
  /** A CODE_DEPLOY service: a new CodeDeploy deployment of the target, all at once. */
  | 'codedeploy';

export interface ServiceRollbackPlan {
  service: string;
  from: RevisionInfo;
  to: RevisionInfo;
  action: RollbackAction;
  why: string;
  inFlight?: string;
  /** The service runs what an earlier rollback restored (a re-run): that rollback's success stands. */
  restored?: boolean;
}

export interface RollbackPlan {
  services: ServiceRollbackPlan[];
}

/** Plans every service; throws one error naming the input when a target cannot be had. */
export function planRollback(inputs: RollbackInputs, observed: ObservedRollback[]): RollbackPlan {
  return { services: observed.map((o) => planService(inputs, o)) };
}

function planService(inputs: RollbackInputs, o: ObservedRollback): ServiceRollbackPlan {
  const currentArn = o.service.taskDefinition;
  if (!currentArn)
    throw new PlanError(`service "${o.name}" runs no task definition: there is nothing to roll back from`);
  const from: RevisionInfo = {
    arn: currentArn,
    gitSha: gitShaOf(o.current?.tags),
    status: o.current?.definition.status,
  };
  const entries = o.history.entries;
  const { to, why, restored } = chooseTarget(inputs, o, from, entries);

  const primary = o.service.deployments?.find((d) => d.status === 'PRIMARY');
  const inFlight = primary?.rolloutState === 'IN_PROGRESS';
  let action: RollbackAction = to.status === 'INACTIVE' ? 'reregister-and-update' : 'update';
  let how =
    to.status === 'INACTIVE'
      ? `; ${shortTaskDefinition(to.arn)} was deregistered, so a copy of it is registered first (ECS refuses to deploy an INACTIVE revision)`
      : '';
  if (to.arn === currentArn) {
    action = 'none';
    how = inFlight
      ? '; it is already what the service is rolling out: the rollout is followed'
      : '; the service already runs it';
  } else if (inFlight && o.inFlight?.sourceTaskDefinitionArn === to.arn && action === 'update') {
    action = 'stop-in-flight';
    how = `; the deployment in flight (to ${shortTaskDefinition(currentArn)}) is stopped with ROLLBACK, which puts it back`;
  } else if (inFlight) {
    how += `; the rollout in flight (to ${shortTaskDefinition(currentArn)}) is superseded`;
  }
  return {
    service: o.name,
    from,
    to,
    action,
    why: why + how,
    inFlight: inFlight ? primary?.id : undefined,
    ...(restored ? { restored } : {}),
  };
}

function chooseTarget(
  inputs: RollbackInputs,
  o: ObservedRollback,
  from: RevisionInfo,
  entries: HistoryEntry[],
): { to: RevisionInfo; why: string; restored?: boolean } {
  const currentArn = from.arn;
  const target = inputs.target;
  const info = (e: HistoryEntry): RevisionInfo => ({ arn: e.taskDefinitionArn, gitSha: e.gitSha, status: e.status });
  switch (target.kind) {
    case 'previous': {
      const previous = entries.find((e) => e.taskDefinitionArn !== currentArn);
      if (!previous) {
        throw new PlanError(
          `service "${o.name}" has no revision that completed a rollout before ${shortTaskDefinition(currentArn)}: ${candidates(entries)}${o.history.apiUnavailable ? ` (ECS's deployment history could not be read: ${o.history.apiUnavailable})` : ''}`,
        );
      }
      // A rollback took the service off that one since it completed: the service runs what that rollback restored
      // (a re-run, or a second call) and going "back" to it would roll forward onto the release it left.
      if (previous.rolledBackAt && previous.rolledBackAt >= previous.completedAt) {
        const left = `${shortTaskDefinition(previous.taskDefinitionArn)} was rolled back from at ${iso(previous.rolledBackAt)}`;
        return {
          to: from,
          why: `${left}, and the service runs what that rollback restored; to go further back, name sha:<commit> or revision:<n>`,
          restored: true,
        };
      }
      return {
        to: info(previous),
        why: `the last revision that completed a rollout before ${shortTaskDefinition(currentArn)} (${when(previous)})`,
      };
    }
    case 'sha': {
      const match = entries.find((e) => e.gitSha?.toLowerCase().startsWith(target.sha));
      if (!match)
        throw new ConfigurationError(
          'target',
          `sha:${target.sha} never completed a rollout of ${o.name}; ${candidates(entries)}`,
          'pick one of these, or use revision:<n>',
        );
      return { to: info(match), why: `the revision of commit ${target.sha.slice(0, 12)} (${when(match)})` };
    }
    case 'revision':
    case 'arn': {
      const given = target.kind === 'revision' ? `revision:${target.revision}` : target.arn;
      const requested = o.requested?.definition;
      if (!requested?.taskDefinitionArn)
        throw new ConfigurationError('target', `${given} does not exist for ${o.name}; ${candidates(entries)}`);
      const family = familyOf(currentArn);
      if (requested.family !== family)
        throw new ConfigurationError(
          'target',
          `${shortTaskDefinition(requested.taskDefinitionArn)} is of family "${requested.family}", but service "${o.name}" runs family "${family}"`,
        );
      const ran = entries.find((e) => e.taskDefinitionArn === requested.taskDefinitionArn);
      const to = { arn: requested.taskDefinitionArn, gitSha: gitShaOf(o.requested?.tags), status: requested.status };
      return {
        to,
        why: ran
          ? `as asked; it completed a rollout ${when(ran)}`
          : 'as asked; note it never completed a rollout on this service',
      };
    }
  }
}

function iso(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function when(e: HistoryEntry): string {
  return `completed ${iso(e.completedAt)}`;
}

/** The revisions that did complete a rollout, for an error that helps choose. */
function candidates(entries: HistoryEntry[]): string {
  if (entries.length === 0)
    return 'no revision has completed a rollout on it as far as ECS and the rolled-out tags say';
  const list = entries
    .slice(0, 10)
    .map((e) => `${shortTaskDefinition(e.taskDefinitionArn)} (sha ${e.gitSha?.slice(0, 7) ?? 'unknown'}, ${when(e)})`);
  return `the revisions that did, newest first: ${list.join(', ')}${entries.length > 10 ? ', …' : ''}`;
}
