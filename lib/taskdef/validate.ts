/** Checks a rendered task definition before anything is registered: each problem is one clear sentence. */
import { closestName, CONTAINER_FIELDS, TASK_DEFINITION_FIELDS } from './fields.js';
import type { TaskDefinitionDraft } from './types.js';

/** An image reference split into its parts; `tag`/`digest` undefined when absent. */
export interface ImageReference {
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry:port/repo:tag@sha256:…` without mistaking the registry port for a tag. */
export function parseImageReference(image: string): ImageReference {
  const [nameAndTag, digest] = image.split('@', 2);
  const slash = nameAndTag.lastIndexOf('/');
  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > slash;
  return {
    repository: hasTag ? nameAndTag.slice(0, colon) : nameAndTag,
    tag: hasTag ? nameAndTag.slice(colon + 1) : undefined,
    digest,
  };
}

/** True for an image reference pinned by a tag or a sha256 digest, as an action input must be. */
export function isPinnedImage(image: string): boolean {
  if (!/^[a-z0-9][\w.\-/:]*(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/.test(image)) return false;
  const ref = parseImageReference(image);
  return ref.tag !== undefined || ref.digest !== undefined;
}

const SECRET_REFERENCE =
  /^(arn:aws[\w-]*:ssm:[\w-]+:\d{12}:parameter\/.+|arn:aws[\w-]*:secretsmanager:[\w-]+:\d{12}:secret:.+|\/?[\w.\-/]+)$/;

/** True for an SSM parameter name or ARN, or a Secrets Manager ARN (with optional JSON key suffix). */
export function isSecretReference(value: string): boolean {
  return SECRET_REFERENCE.test(value);
}

// Fargate's accepted task sizes: CPU units → memory MiB allowed (AWS documents these exact pairs).
const FARGATE_SIZES: Record<number, (memory: number) => boolean> = {
  256: (m) => [512, 1024, 2048].includes(m),
  512: (m) => m >= 1024 && m <= 4096 && m % 1024 === 0,
  1024: (m) => m >= 2048 && m <= 8192 && m % 1024 === 0,
  2048: (m) => m >= 4096 && m <= 16384 && m % 1024 === 0,
  4096: (m) => m >= 8192 && m <= 30720 && m % 1024 === 0,
  8192: (m) => m >= 16384 && m <= 61440 && m % 4096 === 0,
  16384: (m) => m >= 32768 && m <= 122880 && m % 8192 === 0,
};

/** Task-level CPU ("1024" or "1 vCPU") in units; undefined when not a size. */
export function cpuUnits(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(value.trim());
  if (vcpu) return Math.round(Number(vcpu[1]) * 1024);
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** Task-level memory ("2048" or "2 GB") in MiB; undefined when not a size. */
export function memoryMiB(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(value.trim());
  if (gb) return Math.round(Number(gb[1]) * 1024);
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** Every problem with a rendered task definition, as sentences; empty when it can be registered. */
export function validateTaskDefinition(definition: TaskDefinitionDraft): string[] {
  const problems: string[] = [];
  const record = definition as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(TASK_DEFINITION_FIELDS as readonly string[]).includes(key))
      problems.push(unknownField(key, 'task definition', TASK_DEFINITION_FIELDS));
  }
  if (!definition.family) problems.push('the task definition has no `family`');
  const containers = definition.containerDefinitions ?? [];
  if (containers.length === 0) problems.push('the task definition has no `containerDefinitions`');

  containers.forEach((container, index) => {
    const label = `container ${container.name ? `"${container.name}"` : `#${index + 1}`}`;
    for (const key of Object.keys(container)) {
      if (!(CONTAINER_FIELDS as readonly string[]).includes(key))
        problems.push(unknownField(key, label, CONTAINER_FIELDS));
    }
    if (!container.name) problems.push(`${label} has no \`name\``);
    if (!container.image) problems.push(`${label} has no \`image\``);
    else {
      const ref = parseImageReference(container.image);
      if (!ref.tag && !ref.digest) {
        problems.push(
          `${label} image "${container.image}" has no tag or digest: pin it, e.g. ${ref.repository}:<git-sha> or ${ref.repository}@sha256:…`,
        );
      }
    }
    const seen = new Set<string>();
    for (const variable of container.environment ?? []) {
      if (typeof variable.value !== 'string')
        problems.push(
          `${label} environment "${variable.name}" has a ${typeof variable.value} value: ECS takes strings only (quote it)`,
        );
      if (variable.name && seen.has(variable.name)) problems.push(`${label} sets environment "${variable.name}" twice`);
      if (variable.name) seen.add(variable.name);
    }
    for (const secret of container.secrets ?? []) {
      if (!secret.valueFrom || !isSecretReference(secret.valueFrom)) {
        problems.push(`${label} secret "${secret.name}" is not an SSM parameter name/ARN or a Secrets Manager ARN`);
      }
      if (secret.name && seen.has(secret.name))
        problems.push(`${label} sets "${secret.name}" both as environment and secret, or twice`);
      if (secret.name) seen.add(secret.name);
    }
  });

  for (const placeholder of unfilledPlaceholders(definition)) {
    problems.push(`placeholder \${${placeholder}} was left unfilled: give it in \`template-vars\` or the environment`);
  }
  if (definition.requiresCompatibilities?.includes('FARGATE')) problems.push(...fargateProblems(definition));
  return problems;
}

function fargateProblems(definition: TaskDefinitionDraft): string[] {
  const problems: string[] = [];
  if (definition.networkMode !== 'awsvpc')
    problems.push(`Fargate needs networkMode "awsvpc" (got ${JSON.stringify(definition.networkMode ?? null)})`);
  const size = fargateSizeProblem(definition);
  if (size) problems.push(size.message);
  return problems;
}

/** The memory sizes Fargate takes with a CPU size, in words (e.g. "1024 to 4096 in steps of 1024"). */
function memoriesFor(cpu: number): string {
  if (cpu === 256) return '512, 1024 or 2048';
  const ranges: Record<number, [number, number, number]> = {
    512: [1024, 4096, 1024],
    1024: [2048, 8192, 1024],
    2048: [4096, 16384, 1024],
    4096: [8192, 30720, 1024],
    8192: [16384, 61440, 4096],
    16384: [32768, 122880, 8192],
  };
  const [low, high, step] = ranges[cpu];
  return `${low} to ${high} in steps of ${step}`;
}

/**
 * The Fargate task size problem of a definition, with the field it lies in: `cpu` when there is no such CPU size
 * (or no CPU), `memory` when that CPU size does not take this memory (or there is none). Undefined when Fargate
 * runs it. Callers that set a size from an input report the problem against that input.
 */
export function fargateSizeProblem(
  definition: TaskDefinitionDraft,
): { field: 'cpu' | 'memory'; message: string } | undefined {
  const cpu = cpuUnits(definition.cpu);
  const memory = memoryMiB(definition.memory);
  if (cpu === undefined || memory === undefined) {
    return {
      field: cpu === undefined ? 'cpu' : 'memory',
      message: `Fargate needs task-level cpu and memory (got cpu ${JSON.stringify(definition.cpu ?? null)}, memory ${JSON.stringify(definition.memory ?? null)})`,
    };
  }
  if (!FARGATE_SIZES[cpu])
    return {
      field: 'cpu',
      message: `Fargate has no task size with cpu ${definition.cpu}: use 256, 512, 1024, 2048, 4096, 8192 or 16384`,
    };
  if (!FARGATE_SIZES[cpu](memory)) {
    return {
      field: 'memory',
      message: `Fargate does not accept memory ${definition.memory} with cpu ${definition.cpu}: with that cpu it takes ${memoriesFor(cpu)} (MiB)`,
    };
  }
  return undefined;
}

function unknownField(key: string, where: string, accepted: readonly string[]): string {
  const suggestion = closestName(key, accepted);
  return `unknown field "${key}" in ${where}${suggestion ? `: did you mean "${suggestion}"?` : ''}`;
}

/** `${NAME}` placeholders still present anywhere in the definition. */
export function unfilledPlaceholders(definition: unknown): string[] {
  const found = new Set<string>();
  JSON.stringify(definition, (_key, value) => {
    if (typeof value === 'string') for (const m of value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) found.add(m[1]);
    return value;
  });
  return [...found];
}
