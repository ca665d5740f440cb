/** ECS names, ARNs and console links: the one home for taking them apart and pointing people at them. Pure. */

/** `arn:…:task-definition/web:12` → "web:12"; undefined → "unknown". */
export function shortTaskDefinition(arn: string | undefined): string {
  return arn?.split('/').pop() ?? 'unknown';
}

/** `arn:…:task-definition/web:12` (or `web:12`) → 12; NaN when there is no revision. */
export function revisionOf(arn: string): number {
  return Number(/:(\d+)$/.exec(arn)?.[1] ?? NaN);
}

/** `arn:…:task-definition/web:12` (or `web:12`) → "web". */
export function familyOf(arn: string): string {
  return arn.split('/').pop()!.replace(/:\d+$/, '');
}

/** A full task definition ARN, or `family:revision`: what UpdateService and RunTask accept as a pinned revision. */
export const TASK_DEFINITION_REF =
  /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;

/** `arn:…:task/cluster/0123abcd` → "0123abcd". */
export function taskId(taskArn: string): string {
  return taskArn.split('/').pop() ?? taskArn;
}

/** `arn:…:service/cluster/web` (or `web`) → "web". */
export function serviceNameOf(arnOrName: string): string {
  return arnOrName.split('/').pop() ?? arnOrName;
}

const consoleBase = (region: string) => `https://${region}.console.aws.amazon.com/ecs/v2`;

/** The console page of a service's deployments. */
export function serviceConsoleUrl(region: string, cluster: string, service: string): string {
  return `${consoleBase(region)}/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}/deployments?region=${region}`;
}

/** The console page of one task. */
export function taskConsoleUrl(region: string, cluster: string, taskArn: string): string {
  return `${consoleBase(region)}/clusters/${encodeURIComponent(cluster)}/tasks/${taskId(taskArn)}?region=${region}`;
}
