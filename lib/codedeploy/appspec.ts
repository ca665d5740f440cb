/**
 * The AppSpec of an ECS deployment: which task definition, which container and port the load balancer sends
 * traffic to, and the Lambda hooks CodeDeploy calls on the way. Checked against the task definition before it is
 * registered (CodeDeploy only finds a wrong container or port once the replacement task set fails to attach);
 * rendered as JSON with the sha256 CodeDeploy wants beside AppSpecContent. Pure.
 */
import { createHash } from 'node:crypto';

import { ConfigurationError } from '../core/errors.js';

/** The lifecycle events of an ECS deployment that may run a Lambda hook, in the order CodeDeploy runs them. */
export const ECS_HOOK_EVENTS = [
  'BeforeInstall',
  'AfterInstall',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
] as const;
export type EcsHookEvent = (typeof ECS_HOOK_EVENTS)[number];

/** What the AppSpec says besides the task definition ARN, which is only known once the revision is registered. */
export interface AppSpecTarget {
  containerName: string;
  containerPort: number;
  /** Lambda function names or ARNs, passed through as given. */
  hooks?: Partial<Record<EcsHookEvent, string>>;
  /** Fargate platform version, e.g. LATEST or 1.4.0; left out when not given. */
  platformVersion?: string;
}

/** The part of a task definition the AppSpec is checked against (RegisterTaskDefinition input or a described one). */
export interface AppSpecTaskDefinition {
  family?: string;
  containerDefinitions?: { name?: string; portMappings?: { containerPort?: number }[] }[];
}

export interface AppSpecContent {
  /** The AppSpec as JSON, exactly as sent. */
  content: string;
  /** Hex sha256 of `content`. */
  sha256: string;
}

/** The container and port a CODE_DEPLOY service's load balancer names: the AppSpec's default. */
export function appSpecTargetOfService(service: {
  serviceName?: string;
  loadBalancers?: { containerName?: string; containerPort?: number }[];
}): Pick<AppSpecTarget, 'containerName' | 'containerPort'> | undefined {
  const lb = service.loadBalancers?.find((l) => l.containerName && l.containerPort);
  return lb ? { containerName: lb.containerName!, containerPort: lb.containerPort! } : undefined;
}

/**
 * Throws one ConfigurationError when the container is not in the task definition, the port is not one of its
 * container ports, or a hook is empty. `inputs` names the inputs the values came from, for the message.
 */
export function checkAppSpecTarget(
  target: AppSpecTarget,
  taskDefinition: AppSpecTaskDefinition,
  inputs: { container: string; port: string; hooks: string } = {
    container: 'container-name',
    port: 'container-port',
    hooks: 'hooks',
  },
): void {
  const family = taskDefinition.family ? `task definition "${taskDefinition.family}"` : 'the task definition';
  const containers = (taskDefinition.containerDefinitions ?? []).filter((c) => c.name);
  const container = containers.find((c) => c.name === target.containerName);
  if (!container) {
    const names = containers.map((c) => c.name).join(', ') || 'none';
    throw ConfigurationError.value(
      inputs.container,
      target.containerName,
      `a container of ${family} (it has: ${names})`,
    );
  }
  if (!Number.isInteger(target.containerPort) || target.containerPort < 1 || target.containerPort > 65535) {
    throw ConfigurationError.value(inputs.port, String(target.containerPort), 'a port number from 1 to 65535');
  }
  const ports = (container.portMappings ?? []).map((p) => p.containerPort).filter((p): p is number => p !== undefined);
  if (!ports.includes(target.containerPort)) {
    throw ConfigurationError.value(
      inputs.port,
      String(target.containerPort),
      `a container port of "${target.containerName}" in ${family} (it maps: ${ports.join(', ') || 'no ports'})`,
    );
  }
  for (const [event, fn] of Object.entries(target.hooks ?? {})) {
    if (!(ECS_HOOK_EVENTS as readonly string[]).includes(event))
      throw ConfigurationError.value(inputs.hooks, event, `one of the ECS hook events ${ECS_HOOK_EVENTS.join(', ')}`);
    if (!fn?.trim())
      throw new ConfigurationError(
        inputs.hooks,
        `${event} names no Lambda function`,
        'give a function name or ARN, or leave the event out',
      );
  }
}

/** Renders the AppSpec JSON for a registered task definition, with its sha256. */
export function renderAppSpec(taskDefinitionArn: string, target: AppSpecTarget): AppSpecContent {
  const properties: Record<string, unknown> = {
    TaskDefinition: taskDefinitionArn,
    LoadBalancerInfo: { ContainerName: target.containerName, ContainerPort: target.containerPort },
  };
  if (target.platformVersion) properties.PlatformVersion = target.platformVersion;
  const appSpec: Record<string, unknown> = {
    version: 0.0,
    Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: properties } }],
  };
  const hooks = ECS_HOOK_EVENTS.filter((event) => target.hooks?.[event]).map((event) => ({
    [event]: target.hooks![event]!.trim(),
  }));
  if (hooks.length) appSpec.Hooks = hooks;
  // AWS's examples write version 0.0; JSON.stringify would write 0.
  const content = JSON.stringify(appSpec).replace('"version":0,', '"version":0.0,');
  return { content, sha256: createHash('sha256').update(content).digest('hex') };
}
