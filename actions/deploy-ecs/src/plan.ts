/** What deploy-ecs will do, decided before any AWS write. Pure: (inputs, observed) => plan. */
import type { Service, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { ConfigurationError, PlanError } from '../../../lib/core/errors.js';
import { canonicalTaskDefinition, diffTaskDefinitions, type TaskDefinitionDiff } from '../../../lib/taskdef/compare.js';
import { renderTaskDefinition, type ImageAssignment } from '../../../lib/taskdef/render.js';
import { draftFromLive } from '../../../lib/taskdef/source.js';
import type { TaskDefinitionDraft } from '../../../lib/taskdef/types.js';
import { validateTaskDefinition } from '../../../lib/taskdef/validate.js';
import type { DeployInputs } from './inputs.js';

/** One service as AWS has it now. */
export interface ObservedService {
  name: string;
  service: Service;
  current?: { definition: TaskDefinition; tags: Tag[] };
}

export type ServiceAction = 'register-and-update' | 'update-only' | 'no-change';

export interface ServicePlan {
  service: string;
  action: ServiceAction;
  /** Index into `registrations` when this service gets a new revision. */
  registration?: number;
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

  for (const { name, service, current } of observed) {
    let base: TaskDefinitionDraft;
    if (inputs.source.kind === 'document') base = inputs.source.draft;
    else if (current) base = draftFromLive(current.definition, current.tags);
    else throw new PlanError(`service "${name}" runs no task definition that can be read; give \`task-definition\` or \`task-definition-template\``);

    const rendered = renderTaskDefinition(base, { ...inputs.render, images: imagesFor(inputs.render.images, base, observed.length, matchedContainers) });
    const label = observed.length > 1 ? `${name}: ` : '';
    for (const problem of rendered.problems) {
      problems.push(`${label}\`${problem.input}\`: ${problem.message}`);
      problemInput = problem.input;
    }
    for (const problem of validateTaskDefinition(rendered.definition)) problems.push(`${label}${problem}`);
    if (problems.length) continue;

    const previous = service.taskDefinition;
    const canonical = canonicalTaskDefinition(rendered.definition);
    const unchanged = current !== undefined && canonical === canonicalTaskDefinition(current.definition);
    const countChanges = inputs.desiredCount !== undefined && inputs.desiredCount !== service.desiredCount;
    const diff = diffTaskDefinitions(current ? draftFromLive(current.definition, current.tags) : undefined, rendered.definition);

    if (!unchanged) {
      const key = canonical + JSON.stringify(rendered.definition.tags ?? []);
      let index = registrationKeys.indexOf(key);
      if (index < 0) {
        index = registrations.push(rendered.definition) - 1;
        registrationKeys.push(key);
      }
      services.push({ service: name, action: 'register-and-update', registration: index, previousTaskDefinitionArn: previous, diff, desiredCount: inputs.desiredCount, why: 'the task definition changed' });
    } else if (inputs.forceNewDeployment || countChanges) {
      const why = inputs.forceNewDeployment ? 'force-new-deployment is set' : `desired count ${service.desiredCount} → ${inputs.desiredCount}`;
      services.push({ service: name, action: 'update-only', previousTaskDefinitionArn: previous, diff, desiredCount: inputs.desiredCount, why });
    } else {
      services.push({ service: name, action: 'no-change', previousTaskDefinitionArn: previous, diff, why: 'the service already runs this task definition' });
    }
  }

  const { images } = inputs.render;
  if (images.kind === 'per-container' && observed.length > 1) {
    for (const [container] of images.images) {
      if (!matchedContainers.has(container)) {
        problems.push(`\`images\`: container "${container}" is in none of the task definitions of ${observed.map((o) => o.name).join(', ')}`);
        problemInput = 'images';
      }
    }
  }
  if (problems.length === 1) throw new ConfigurationError(problemInput, problems[0].replace(/^`[^`]+`: /, ''));
  if (problems.length > 1) throw new ConfigurationError(problemInput, `${problems.length} problems: ${problems.map((p, i) => `(${i + 1}) ${p}`).join('; ')}`);
  return { registrations, services };
}

/**
 * With several services, `images` lines name containers across all of their task definitions: each
 * service takes the lines for its own containers, and a line no service has is an error (after the loop).
 */
function imagesFor(images: ImageAssignment, base: TaskDefinitionDraft, serviceCount: number, matched: Set<string>): ImageAssignment {
  if (images.kind !== 'per-container' || serviceCount === 1) return images;
  const names = new Set((base.containerDefinitions ?? []).map((c) => c.name));
  const mine = images.images.filter(([container]) => names.has(container));
  for (const [container] of mine) matched.add(container);
  return mine.length ? { kind: 'per-container', images: mine } : { kind: 'none' };
}

/** Every secret reference the plan adds, for checking that each exists before anything is registered. */
export function secretReferences(inputs: DeployInputs): string[] {
  return [...new Set(inputs.render.secrets.map(([, reference]) => reference))];
}
