/** Compares task definitions the way ECS sees them, and describes the difference for people. */
import type { ContainerDefinition, KeyValuePair, PortMapping, Secret } from '@aws-sdk/client-ecs';

import { READ_ONLY_FIELDS } from './fields.js';
import type { TaskDefinitionDraft } from './types.js';
import { cpuUnits, memoryMiB } from './validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A canonical form: read-only fields and tags dropped, ECS's defaults filled in, empty lists dropped,
 * environment and secrets sorted by name, keys sorted. Two definitions that ECS would run identically
 * have the same canonical form.
 */
export function canonicalTaskDefinition(definition: object): string {
  const copy = structuredClone(definition) as Record<string, unknown>;
  for (const field of [...READ_ONLY_FIELDS, 'tags']) delete copy[field];
  if (typeof copy.cpu === 'string') copy.cpu = String(cpuUnits(copy.cpu) ?? copy.cpu);
  if (typeof copy.memory === 'string') copy.memory = String(memoryMiB(copy.memory) ?? copy.memory);
  const awsvpc = copy.networkMode === 'awsvpc';
  const containers = ((copy.containerDefinitions as ContainerDefinition[] | undefined) ?? []).map((c) =>
    canonicalContainer(c, awsvpc),
  );
  copy.containerDefinitions = containers.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return JSON.stringify(sortKeys(dropEmpty(copy as Json)));
}

function canonicalContainer(container: ContainerDefinition, awsvpc: boolean): ContainerDefinition {
  const byName = <T extends { name?: string }>(items: T[] | undefined) =>
    [...(items ?? [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return {
    essential: true,
    cpu: 0,
    ...container,
    environment: byName(container.environment),
    secrets: byName(container.secrets),
    portMappings: (container.portMappings ?? []).map((p) => ({
      protocol: 'tcp',
      ...p,
      hostPort: p.hostPort ?? (awsvpc ? p.containerPort : undefined),
    })),
  };
}

function dropEmpty(value: Json): Json {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner === null || inner === undefined) continue;
      const cleaned = dropEmpty(inner);
      if (Array.isArray(cleaned) && cleaned.length === 0) continue;
      if (cleaned && typeof cleaned === 'object' && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0)
        continue;
      out[key] = cleaned;
    }
    return out;
  }
  return value;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, Json>)[key])]),
    );
  }
  return value;
}

/** True when ECS would run both definitions the same way. */
export function sameTaskDefinition(a: object, b: object): boolean {
  return canonicalTaskDefinition(a) === canonicalTaskDefinition(b);
}

export interface ContainerDiff {
  container: string;
  image?: { from?: string; to?: string };
  environmentAdded: string[];
  environmentRemoved: string[];
  /**
   * Names only: a value may be sensitive (a host, a key someone put in plain environment), so a diff says "changed".
   */
  environmentChanged: string[];
  /** Secret names only: their references and values never appear in a diff. */
  secretsAdded: string[];
  secretsRemoved: string[];
  secretsChanged: string[];
  ports?: { from: string; to: string };
}

export interface TaskDefinitionDiff {
  containers: ContainerDiff[];
  cpu?: { from?: string; to?: string };
  memory?: { from?: string; to?: string };
  /** Other top-level fields that differ (roles, volumes, …), by name. */
  otherFields: string[];
}

/** What changes between the running definition (or none, on a first deploy) and the new one. */
export function diffTaskDefinitions(
  before: TaskDefinitionDraft | undefined,
  after: TaskDefinitionDraft,
): TaskDefinitionDiff {
  const oldContainers = new Map((before?.containerDefinitions ?? []).map((c) => [c.name ?? '', c]));
  const newContainers = new Map((after.containerDefinitions ?? []).map((c) => [c.name ?? '', c]));
  const containers: ContainerDiff[] = [];
  for (const name of new Set([...oldContainers.keys(), ...newContainers.keys()])) {
    const diff = diffContainer(name, oldContainers.get(name), newContainers.get(name));
    if (diff) containers.push(diff);
  }
  const change = (from?: string, to?: string) => ((from ?? '') === (to ?? '') ? undefined : { from, to });
  const otherFields: string[] = [];
  const oldCanon = JSON.parse(canonicalTaskDefinition(before ?? {})) as Record<string, Json>;
  const newCanon = JSON.parse(canonicalTaskDefinition(after)) as Record<string, Json>;
  for (const key of new Set([...Object.keys(oldCanon), ...Object.keys(newCanon)])) {
    if (['containerDefinitions', 'cpu', 'memory'].includes(key)) continue;
    if (JSON.stringify(oldCanon[key]) !== JSON.stringify(newCanon[key])) otherFields.push(key);
  }
  return {
    containers,
    cpu: change(before?.cpu && String(cpuUnits(before.cpu)), after.cpu && String(cpuUnits(after.cpu))),
    memory: change(before?.memory && String(memoryMiB(before.memory)), after.memory && String(memoryMiB(after.memory))),
    otherFields,
  };
}

function diffContainer(
  name: string,
  before?: ContainerDefinition,
  after?: ContainerDefinition,
): ContainerDiff | undefined {
  const env = (list?: KeyValuePair[]) => new Map((list ?? []).map((v) => [v.name ?? '', v.value ?? '']));
  const secrets = (list?: Secret[]) => new Map((list ?? []).map((s) => [s.name ?? '', s.valueFrom ?? '']));
  const oldEnv = env(before?.environment);
  const newEnv = env(after?.environment);
  const oldSecrets = secrets(before?.secrets);
  const newSecrets = secrets(after?.secrets);
  const ports = (list?: PortMapping[]) =>
    (list ?? [])
      .map((p) => `${p.containerPort}/${p.protocol ?? 'tcp'}`)
      .sort()
      .join(', ');
  const diff: ContainerDiff = {
    container: name,
    image: before?.image !== after?.image ? { from: before?.image, to: after?.image } : undefined,
    environmentAdded: [...newEnv.keys()].filter((k) => !oldEnv.has(k)),
    environmentRemoved: [...oldEnv.keys()].filter((k) => !newEnv.has(k)),
    environmentChanged: [...newEnv.keys()].filter((k) => oldEnv.has(k) && oldEnv.get(k) !== newEnv.get(k)),
    secretsAdded: [...newSecrets.keys()].filter((k) => !oldSecrets.has(k)),
    secretsRemoved: [...oldSecrets.keys()].filter((k) => !newSecrets.has(k)),
    secretsChanged: [...newSecrets.keys()].filter((k) => oldSecrets.has(k) && oldSecrets.get(k) !== newSecrets.get(k)),
    ports:
      ports(before?.portMappings) !== ports(after?.portMappings)
        ? { from: ports(before?.portMappings), to: ports(after?.portMappings) }
        : undefined,
  };
  const empty =
    !diff.image &&
    !diff.ports &&
    [
      diff.environmentAdded,
      diff.environmentRemoved,
      diff.environmentChanged,
      diff.secretsAdded,
      diff.secretsRemoved,
      diff.secretsChanged,
    ].every((l) => l.length === 0);
  return empty ? undefined : diff;
}

/** The diff as plain lines for the log ("image web: a → b", "+ env LOG_LEVEL", …). */
export function describeDiff(diff: TaskDefinitionDiff): string[] {
  const lines: string[] = [];
  for (const c of diff.containers) {
    if (c.image)
      lines.push(`${c.container}: image ${c.image.from ?? '(new container)'} → ${c.image.to ?? '(removed)'}`);
    for (const name of c.environmentAdded) lines.push(`${c.container}: + env ${name}`);
    for (const name of c.environmentRemoved) lines.push(`${c.container}: - env ${name}`);
    for (const name of c.environmentChanged) lines.push(`${c.container}: ~ env ${name} (changed)`);
    for (const name of c.secretsAdded) lines.push(`${c.container}: + secret ${name}`);
    for (const name of c.secretsRemoved) lines.push(`${c.container}: - secret ${name}`);
    for (const name of c.secretsChanged)
      lines.push(`${c.container}: ~ secret ${name} (now read from another reference)`);
    if (c.ports) lines.push(`${c.container}: ports ${c.ports.from || 'none'} → ${c.ports.to || 'none'}`);
  }
  if (diff.cpu) lines.push(`cpu ${diff.cpu.from ?? 'unset'} → ${diff.cpu.to ?? 'unset'}`);
  if (diff.memory) lines.push(`memory ${diff.memory.from ?? 'unset'} → ${diff.memory.to ?? 'unset'}`);
  if (diff.otherFields.length > 0) lines.push(`also changed: ${diff.otherFields.join(', ')}`);
  return lines;
}
