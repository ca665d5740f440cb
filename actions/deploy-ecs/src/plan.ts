/** What deploy-ecs will do, decided before any AWS write. Pure: (inputs, observed) => plan. */
import type { Service, Tag, TaskDefinition } from '@aws-sdk/client-ecs';

import { ConfigurationError, PlanError } from '../../../lib/core/errors.js';
import { familyOf, shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { type DeploymentStyle, deploymentStyleOf, deployRefusal } from '../../../lib/ecs/deployment-style.js';
import { gitShaOf } from '../../../lib/ecs/history.js';
import { canonicalTaskDefinition, diffTaskDefinitions, type TaskDefinitionDiff } from '../../../lib/taskdef/compare.js';
import { type ImageAssignment, renderTaskDefinition } from '../../../lib/taskdef/render.js';
import { draftFromLive } from '../../../lib/taskdef/source.js';
import type { TaskDefinitionDraft } from '../../../lib/taskdef/types.js';
import { fargateSizeProblem, validateTaskDefinition } from '../../../lib/taskdef/validate.js';
import type { DeployInputs } from './inputs.js';

type LiveRevision = { definition: TaskDefinition; tags: Tag[] };

/** One service as AWS has it now. */
export interface ObservedService {
  name: string;
  service: Service;
  current?: LiveRevision;
  /** The newest ACTIVE revision of the family this deploy renders: reused when it is identical. */
  newest?: LiveRevision;
  /** The revision `task-definition` names, when it names a registered one. */
  requested?: LiveRevision;
}

export type ServiceAction = 'register-and-update' | 'update-only' | 'no-change';

export interface ServicePlan {
  service: string;
  action: ServiceAction;
  /**
   * How the revision reaches the service: UpdateService (ECS: rolling or ECS's own strategies) or a CodeDeploy
   * deployment.
   */
  style: DeploymentStyle;
  /** Index into `registrations` when this service gets a new revision. */
  registration?: number;
  /**
   * An existing revision to deploy (a registered one named by `task-definition`, or an identical newest one reused).
   */
  existingArn?: string;
  previousTaskDefinitionArn?: string;
  diff: TaskDefinitionDiff;
  desiredCount?: number;
  why: string;
}

export interface DeployPlan {
  /** Distinct task definitions to register: services rendering the same definition share one revision. */
  registrations: TaskDefinitionDraft[];
  services: ServicePlan[];
}

/** Plans the deploy of every service; throws one ConfigurationError listing every rendering problem. */
export function planDeploy(inputs: DeployInputs, observed: ObservedService[]): DeployPlan {
  const registrations: TaskDefinitionDraft[] = [];
  const registrationKeys: string[] = [];
  const problems: string[] = [];
  let problemInput = inputs.source.kind === 'document' ? inputs.source.input : 'service';
  const services: ServicePlan[] = [];
  const matchedContainers = new Set<string>();

  for (const { name, service, current, newest, requested } of observed) {
    // register-only changes no service, so it works whatever deploys the service.
    const refusal = inputs.registerOnly ? undefined : deployRefusal(service);
    if (refusal) throw new PlanError(`${refusal}. Nothing was registered or changed.`);
    const style = deploymentStyleOf(service);
    if (inputs.source.kind === 'registered') {
      services.push({ ...planRegistered(inputs, name, service, current, requested), style });
      continue;
    }
    let base: TaskDefinitionDraft;
    if (inputs.source.kind === 'document') base = inputs.source.draft;
    else if (current) base = draftFromLive(current.definition, current.tags);
    else
      throw new PlanError(
        `service "${name}" runs no task definition that can be read; give \`task-definition\` or \`task-definition-template\``,
      );

    const rendered = renderTaskDefinition(base, {
      ...inputs.render,
      images: imagesFor(inputs.render.images, base, observed.length, matchedContainers),
    });
    const label = observed.length > 1 ? `${name}: ` : '';
    for (const problem of rendered.problems) {
      problems.push(`${label}\`${problem.input}\`: ${problem.message}`);
      problemInput = problem.input;
    }
    const size = rendered.definition.requiresCompatibilities?.includes('FARGATE')
      ? fargateSizeProblem(rendered.definition)
      : undefined;
    const sizeInput = size && sizeInputOf(size.field, inputs.render);
    for (const problem of validateTaskDefinition(rendered.definition)) {
      if (sizeInput && problem === size.message) {
        problems.push(`${label}\`${sizeInput}\`: ${problem}`);
        problemInput = sizeInput;
      } else problems.push(`${label}${problem}`);
    }
    if (problems.length) continue;

    const previous = service.taskDefinition;
    const canonical = canonicalTaskDefinition(rendered.definition);
    const unchanged = current !== undefined && canonical === canonicalTaskDefinition(current.definition);
    const countChanges = inputs.desiredCount !== undefined && inputs.desiredCount !== service.desiredCount;
    const diff = diffTaskDefinitions(
      current ? draftFromLive(current.definition, current.tags) : undefined,
      rendered.definition,
    );

    const reusable =
      !unchanged &&
      newest &&
      canonical === canonicalTaskDefinition(newest.definition) &&
      gitShaOf(newest.tags) === gitShaOf(rendered.definition.tags ?? []);
    if (reusable) {
      const arn = newest.definition.taskDefinitionArn!;
      services.push({
        service: name,
        action: 'update-only',
        style,
        existingArn: arn,
        previousTaskDefinitionArn: previous,
        diff,
        desiredCount: inputs.desiredCount,
        why: `${shortTaskDefinition(arn)}, registered earlier for the same commit, is identical: reusing it`,
      });
    } else if (!unchanged) {
      const key = canonical + JSON.stringify(rendered.definition.tags ?? []);
      let index = registrationKeys.indexOf(key);
      if (index < 0) {
        index = registrations.push(rendered.definition) - 1;
        registrationKeys.push(key);
      }
      services.push({
        service: name,
        action: 'register-and-update',
        style,
        registration: index,
        previousTaskDefinitionArn: previous,
        diff,
        desiredCount: inputs.desiredCount,
        why: 'the task definition changed',
      });
    } else if (inputs.forceNewDeployment || countChanges) {
      const why = inputs.forceNewDeployment
        ? 'force-new-deployment is set'
        : `desired count ${service.desiredCount} → ${inputs.desiredCount}`;
      services.push({
        service: name,
        action: 'update-only',
        style,
        previousTaskDefinitionArn: previous,
        diff,
        desiredCount: inputs.desiredCount,
        why,
      });
    } else {
      services.push({
        service: name,
        action: 'no-change',
        style,
        previousTaskDefinitionArn: previous,
        diff,
        why: 'the service already runs this task definition',
      });
    }
  }

  const { images } = inputs.render;
  if (images.kind === 'per-container' && observed.length > 1) {
    for (const [container] of images.images) {
      if (!matchedContainers.has(container)) {
        problems.push(
          `\`images\`: container "${container}" is in none of the task definitions of ${observed.map((o) => o.name).join(', ')}`,
        );
        problemInput = 'images';
      }
    }
  }
  if (problems.length === 1) throw new ConfigurationError(problemInput, problems[0].replace(/^`[^`]+`: /, ''));
  if (problems.length > 1)
    throw new ConfigurationError(
      problemInput,
      `${problems.length} problems: ${problems.map((p, i) => `(${i + 1}) ${p}`).join('; ')}`,
    );
  return { registrations, services };
}

/**
 * The input a Fargate size problem belongs to: the one that set the field (`cpu`, `memory`), or `cpu` when only it
 * was given and the template's memory does not fit it; undefined when neither was given (the template is wrong).
 */
function sizeInputOf(field: 'cpu' | 'memory', render: DeployInputs['render']): 'cpu' | 'memory' | undefined {
  if (render[field] !== undefined) return field;
  return field === 'memory' && render.cpu !== undefined ? 'cpu' : undefined;
}

/**
 * With several services, `images` lines name containers across all of their task definitions: each
 * service takes the lines for its own containers, and a line no service has is an error (after the loop).
 */
function imagesFor(
  images: ImageAssignment,
  base: TaskDefinitionDraft,
  serviceCount: number,
  matched: Set<string>,
): ImageAssignment {
  if (images.kind !== 'per-container' || serviceCount === 1) return images;
  const names = new Set((base.containerDefinitions ?? []).map((c) => c.name));
  const mine = images.images.filter(([container]) => names.has(container));
  for (const [container] of mine) matched.add(container);
  return mine.length ? { kind: 'per-container', images: mine } : { kind: 'none' };
}

/**
 * A registered revision deployed as it is: it must be ACTIVE (ECS refuses an INACTIVE one) and of the service's family.
 */
function planRegistered(
  inputs: DeployInputs,
  name: string,
  service: Service,
  current: LiveRevision | undefined,
  requested: LiveRevision | undefined,
): Omit<ServicePlan, 'style'> {
  const reference = inputs.source.kind === 'registered' ? inputs.source.reference : '';
  const definition = requested?.definition;
  if (!definition?.taskDefinitionArn)
    throw new ConfigurationError(
      'task-definition',
      `${reference} is not a registered task definition`,
      'pass the task-definition-arn output of the register-only step',
    );
  const arn = definition.taskDefinitionArn;
  if (definition.status !== 'ACTIVE')
    throw new ConfigurationError(
      'task-definition',
      `${shortTaskDefinition(arn)} is ${definition.status}: ECS refuses to deploy it`,
      'register it again (rollback re-registers INACTIVE revisions as a copy)',
    );
  const family = service.taskDefinition ? familyOf(service.taskDefinition) : undefined;
  if (family && definition.family !== family) {
    throw new ConfigurationError(
      'task-definition',
      `${shortTaskDefinition(arn)} is of family "${definition.family}", but service "${name}" runs family "${family}"`,
      "deploy a revision of the service's own family",
    );
  }
  const previous = service.taskDefinition;
  const diff = diffTaskDefinitions(
    current ? draftFromLive(current.definition, current.tags) : undefined,
    draftFromLive(definition, requested!.tags),
  );
  const countChanges = inputs.desiredCount !== undefined && inputs.desiredCount !== service.desiredCount;
  if (previous === arn && !inputs.forceNewDeployment && !countChanges) {
    return {
      service: name,
      action: 'no-change',
      previousTaskDefinitionArn: previous,
      diff,
      why: `the service already runs ${shortTaskDefinition(arn)}`,
    };
  }
  return {
    service: name,
    action: 'update-only',
    existingArn: arn,
    previousTaskDefinitionArn: previous,
    diff,
    desiredCount: inputs.desiredCount,
    why: `deploys the registered revision ${shortTaskDefinition(arn)}`,
  };
}
