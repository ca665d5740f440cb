/**
 * Checks that the SSM parameters and Secrets Manager secrets a task definition references exist, without
 * reading a single value (DescribeParameters / DescribeSecret). ECS would otherwise start tasks that die
 * with ResourceInitializationError minutes into the rollout. A reference may be a pasted secret, so what
 * this reports names each variable, never its reference (which is masked in the log anyway).
 */
import type { AwsClients } from '../aws/clients.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';
import { redact } from '../core/masking.js';

export interface ReferenceCheck {
  /** Variables whose reference names nothing that exists. */
  missing: string[];
  /**
   * Variables whose reference is a bare name that is no SSM parameter but is the name of a Secrets Manager
   * secret: ECS reads a bare name as an SSM parameter, so the task needs the secret's ARN instead.
   */
  useArn: { name: string; arn: string; reference: string }[];
  /** Variables whose reference we could not check (no permission, say), with why. */
  unchecked: { name: string; why: string }[];
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

// Each command's package loads on first use. Destructured, so the bundle takes that command alone: `(await
// import(p)).X` would make webpack keep the whole package, every command and its schema.
async function describeParameters() {
  const { DescribeParametersCommand } = await import('@aws-sdk/client-ssm');
  return DescribeParametersCommand;
}
async function describeSecret() {
  const { DescribeSecretCommand } = await import('@aws-sdk/client-secrets-manager');
  return DescribeSecretCommand;
}

/** Looks each `[variable, reference]` up; never throws for a missing one (the caller decides). */
export async function checkSecretReferences(clients: AwsClients, secrets: [string, string][]): Promise<ReferenceCheck> {
  const references = [...new Set(secrets.map(([, reference]) => reference))];
  const missing = new Set<string>();
  const unchecked = new Map<string, string>();
  const arnOf = new Map<string, string>();
  const ssm = references.filter((r) => !r.includes(':secretsmanager:'));
  const secretArns = references.filter((r) => r.includes(':secretsmanager:'));

  for (let i = 0; i < ssm.length; i += 10) {
    const batch = ssm.slice(i, i + 10);
    try {
      const answer = await clients.ssm.send(
        new (await describeParameters())({
          ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: batch.flatMap(parameterNames) }],
          MaxResults: 50,
        }),
      );
      const found = new Set((answer.Parameters ?? []).map((p) => p.Name));
      for (const reference of batch) if (!parameterNames(reference).some((n) => found.has(n))) missing.add(reference);
    } catch (err) {
      for (const reference of batch) unchecked.set(reference, errorMessage(err));
    }
  }
  // A bare name that is no parameter may be a Secrets Manager secret's name: DescribeSecret by name gives its ARN.
  for (const reference of [...missing].filter((r) => !r.startsWith('arn:'))) {
    try {
      const answer = await clients.secrets.send(new (await describeSecret())({ SecretId: reference }));
      if (answer.ARN) arnOf.set(reference, answer.ARN);
    } catch {
      // Not a secret either (or not ours to describe): it stays missing.
    }
  }
  for (const reference of secretArns) {
    try {
      await clients.secrets.send(
        new (await describeSecret())({
          SecretId: secretArnBase(reference),
        }),
      );
    } catch (err) {
      if ((err as { name?: string }).name === 'ResourceNotFoundException') missing.add(reference);
      else unchecked.set(reference, errorMessage(err));
    }
  }

  const result: ReferenceCheck = { missing: [], useArn: [], unchecked: [] };
  for (const [name, reference] of secrets) {
    const arn = arnOf.get(reference);
    if (arn) result.useArn.push({ name, arn, reference });
    else if (missing.has(reference)) result.missing.push(name);
    const why = unchecked.get(reference);
    if (why !== undefined)
      result.unchecked.push({
        name,
        why: redact(why, [reference, secretArnBase(reference)], `<the reference of ${name}>`),
      });
  }
  return result;
}

/**
 * Warns about what could not be checked and throws for what does not exist, naming variables only. A secret's
 * ARN is printed with its name part written as <name>: the name is what the user gave, so it is masked.
 */
export function reportReferenceCheck(check: ReferenceCheck, region: string, io: Pick<ActionIO, 'warning'>): void {
  for (const { name, why } of check.unchecked)
    io.warning(`Could not check that the reference of ${name} exists: ${why}`);
  const problems: string[] = [];
  if (check.missing.length) {
    problems.push(
      `${check.missing.join(', ')} ${check.missing.length === 1 ? 'refers' : 'refer'} to no SSM parameter or Secrets Manager secret in ${region}`,
    );
  }
  for (const { name, arn, reference } of check.useArn) {
    problems.push(
      `${name} gives the name of a Secrets Manager secret, but ECS reads a name that is not an ARN as an SSM parameter: use the secret's ARN, ${arnWithNamePlaceholder(arn, reference)} (<name> being the name on that line, masked in this log)`,
    );
  }
  if (problems.length) {
    throw new ConfigurationError(
      'secrets',
      problems.join('; '),
      check.missing.length ? 'create it, fix the name, or set verify-secrets: false' : undefined,
    );
  }
}

function arnWithNamePlaceholder(arn: string, name: string): string {
  const prefix = arn.slice(0, arn.indexOf(':secret:') + ':secret:'.length);
  return arn.startsWith(`${prefix}${name}`)
    ? `${prefix}<name>${arn.slice(prefix.length + name.length)}`
    : `${prefix}<name>-<6 characters>`;
}
