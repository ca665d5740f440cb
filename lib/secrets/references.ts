/**
 * Checks that the SSM parameters and Secrets Manager secrets a task definition references exist, without
 * reading a single value (DescribeParameters / DescribeSecret). ECS would otherwise start tasks that die
 * with ResourceInitializationError minutes into the rollout.
 */
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager';
import { DescribeParametersCommand } from '@aws-sdk/client-ssm';
import type { AwsClients } from '../aws/clients.js';
import { errorMessage } from '../core/errors.js';

export interface ReferenceCheck {
  missing: string[];
  /** References we could not check (no permission, say), with why. */
  unchecked: { reference: string; why: string }[];
}

/** The Secrets Manager ARN without a `:json-key:stage:id` suffix. */
export function secretArnBase(reference: string): string {
  return reference.split(':').slice(0, 7).join(':');
}

/** An SSM parameter's name from its name or ARN: both spellings the ARN allows. */
export function parameterNames(reference: string): string[] {
  if (!reference.startsWith('arn:')) return [reference];
  const name = reference.split(':parameter/')[1] ?? reference;
  return [`/${name}`, name];
}

/** Looks each reference up; never throws for a missing one (the caller decides), only for nothing at all. */
export async function checkSecretReferences(clients: AwsClients, references: string[]): Promise<ReferenceCheck> {
  const result: ReferenceCheck = { missing: [], unchecked: [] };
  const ssm = references.filter((r) => !r.includes(':secretsmanager:'));
  const secrets = references.filter((r) => r.includes(':secretsmanager:'));

  for (let i = 0; i < ssm.length; i += 10) {
    const batch = ssm.slice(i, i + 10);
    try {
      const answer = await clients.ssm.send(
        new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: batch.flatMap(parameterNames) }], MaxResults: 50 }),
      );
      const found = new Set((answer.Parameters ?? []).map((p) => p.Name));
      for (const reference of batch) if (!parameterNames(reference).some((n) => found.has(n))) result.missing.push(reference);
    } catch (err) {
      for (const reference of batch) result.unchecked.push({ reference, why: errorMessage(err) });
    }
  }
  for (const reference of secrets) {
    try {
      await clients.secrets.send(new DescribeSecretCommand({ SecretId: secretArnBase(reference) }));
    } catch (err) {
      if ((err as { name?: string }).name === 'ResourceNotFoundException') result.missing.push(reference);
      else result.unchecked.push({ reference, why: errorMessage(err) });
    }
  }
  return result;
}
