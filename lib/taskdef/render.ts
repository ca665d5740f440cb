/** Applies a deploy's changes (images, environment, secrets, sizes, tags) to a task definition draft. */
import type { KeyValuePair, Secret, Tag } from '@aws-sdk/client-ecs';

import type { TaskDefinitionDraft } from './types.js';

/** Which image goes where: none, one image for one container, or `container=image` pairs. */
export type ImageAssignment =
  | { kind: 'none' }
  | { kind: 'single'; image: string; container?: string }
  | { kind: 'per-container'; images: [string, string][] };

export interface RenderSpec {
  images: ImageAssignment;
  /** The container that gets environment and secrets when images do not say which. */
  container?: string;
  environment: [string, string][];
  secrets: [string, string][];
  cpu?: string;
  memory?: string;
  tags: [string, string][];
}

/** A problem found while rendering: which input caused it and what is wrong. */
export interface RenderProblem {
  input: string;
  message: string;
}

export interface Rendered {
  definition: TaskDefinitionDraft;
  /** The containers whose image, environment or secrets this deploy set. */
  targets: string[];
  problems: RenderProblem[];
}

/**
 * Renders `draft` with `spec`; never mutates the draft. Problems are returned, not thrown, so all are reported at once.
 */
export function renderTaskDefinition(draft: TaskDefinitionDraft, spec: RenderSpec): Rendered {
  const definition = structuredClone(draft);
  const containers = definition.containerDefinitions ?? [];
  const names = containers.map((c) => c.name ?? '');
  const problems: RenderProblem[] = [];
  const byName = (name: string) => containers.find((c) => c.name === name);

  const imageTargets: [string, string][] = [];
  if (spec.images.kind === 'single') {
    const name = spec.images.container ?? (containers.length === 1 ? names[0] : undefined);
    if (name === undefined) {
      problems.push({
        input: 'image',
        message: `the task definition has ${containers.length} containers (${names.join(', ') || 'none'}): set \`container\` to say which gets the image, or use \`images\` with container=image lines`,
      });
    } else imageTargets.push([name, spec.images.image]);
  } else if (spec.images.kind === 'per-container') {
    imageTargets.push(...spec.images.images);
  }
  for (const [name, image] of imageTargets) {
    const container = byName(name);
    if (!container) {
      problems.push({
        input: spec.images.kind === 'single' ? 'container' : 'images',
        message: `container "${name}" is not in the task definition (it has: ${names.join(', ') || 'none'})`,
      });
    } else container.image = image;
  }

  const wantsEnv = spec.environment.length > 0 || spec.secrets.length > 0;
  let targets = imageTargets.map(([name]) => name).filter((name) => byName(name));
  if (spec.container !== undefined) {
    if (!byName(spec.container)) {
      problems.push({
        input: 'container',
        message: `"${spec.container}" is not in the task definition (it has: ${names.join(', ') || 'none'})`,
      });
    } else if (!targets.includes(spec.container)) targets = [spec.container, ...targets];
  }
  if (wantsEnv && targets.length === 0) {
    if (containers.length === 1) targets = [names[0]];
    else
      problems.push({
        input: 'container',
        message: `environment and secrets need a container: the task definition has ${names.join(', ')}`,
      });
  }
  if (wantsEnv) {
    for (const name of targets) {
      const container = byName(name);
      if (!container) continue;
      container.environment = mergeNamed(
        container.environment,
        spec.environment.map(([key, value]) => ({ name: key, value })),
      );
      container.secrets = mergeNamed(
        container.secrets,
        spec.secrets.map(([key, valueFrom]) => ({ name: key, valueFrom })),
      );
    }
  }

  if (spec.cpu !== undefined) definition.cpu = spec.cpu;
  if (spec.memory !== undefined) definition.memory = spec.memory;
  if (spec.tags.length > 0) definition.tags = mergeTags(definition.tags, spec.tags);
  return { definition, targets, problems };
}

/** Merges name/value lists: later entries replace earlier ones of the same name, order kept. */
function mergeNamed<T extends KeyValuePair | Secret>(existing: T[] | undefined, updates: T[]): T[] {
  const merged = [...(existing ?? [])];
  for (const update of updates) {
    const at = merged.findIndex((item) => item.name === update.name);
    if (at >= 0) merged[at] = update;
    else merged.push(update);
  }
  return merged;
}

function mergeTags(existing: Tag[] | undefined, updates: [string, string][]): Tag[] {
  const merged = [...(existing ?? [])];
  for (const [key, value] of updates) {
    const at = merged.findIndex((tag) => tag.key === key);
    if (at >= 0) merged[at] = { key, value };
    else merged.push({ key, value });
  }
  return merged;
}
