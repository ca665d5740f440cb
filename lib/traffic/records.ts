/**
 * What happened to a color's revision, recorded on the revision itself (task definition tags), so a rollback of two
 * colors decides from facts and not from revision numbers: `served:<cluster>/<service>` when the revision carried
 * all production traffic on that color (a bake's promotion, the stable color when a bake starts, a rollback's flip
 * to it), and `rolled-back:<cluster>/<service>` when a rollback took traffic off it. A revision is a good place to
 * go back to only when it served and was not rolled back from since.
 */
import { type Tag, TagResourceCommand } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { errorMessage } from '../core/errors.js';
import { serviceNameOf } from '../ecs/arns.js';
import { rolledBackTagKey, timeOf } from '../ecs/history.js';

/** The tag of a revision that carried all production traffic on the service (one color of two). */
export function servedTagKey(cluster: string, service: string): string {
  return `served:${serviceNameOf(cluster)}/${service}`.slice(0, 128);
}

/**
 * Records that `arn` serves all production traffic on `service` now (best effort: says what went wrong, or undefined).
 */
export async function recordServed(
  clients: AwsClients,
  cluster: string,
  service: string,
  arn: string,
  at: Date,
): Promise<string | undefined> {
  return tag(clients, arn, servedTagKey(cluster, service), at);
}

/** Records that a rollback took production traffic off `arn` on `service` (best effort). */
export async function recordLeft(
  clients: AwsClients,
  cluster: string,
  service: string,
  arn: string,
  at: Date,
): Promise<string | undefined> {
  return tag(clients, arn, rolledBackTagKey(cluster, service), at);
}

/**
 * What the tags say of a revision on one color: when it last served all traffic, and when it was last rolled back from.
 */
export function servedRecord(
  tags: Tag[] | undefined,
  cluster: string,
  service: string,
): { servedAt?: Date; rolledBackAt?: Date } {
  return {
    servedAt: timeOf(tags, servedTagKey(cluster, service)),
    rolledBackAt: timeOf(tags, rolledBackTagKey(cluster, service)),
  };
}

async function tag(clients: AwsClients, arn: string, key: string, at: Date): Promise<string | undefined> {
  try {
    await clients.ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key, value: at.toISOString() }] }));
    return undefined;
  } catch (err) {
    return errorMessage(err).split('\n')[0];
  }
}
