/**
 * DATABASE_URL for local mode: given directly, or read from Secrets Manager or SSM Parameter Store. Every
 * form is masked before anything could print it (the whole URL and the password, raw and decoded), and no
 * error quotes the URL or the reference (a URL pasted where a reference belongs is still a secret).
 * The SSM and Secrets Manager commands load only when a reference is read (their packages are large, and the
 * inputs module imports this one in every mode).
 */
import type { AwsClients } from '../aws/clients.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';
import { redact, secretForms } from '../core/masking.js';

export type DatabaseUrlSource =
  | { kind: 'value'; input: 'database-url'; value: string }
  | { kind: 'secretsmanager'; input: 'database-url-secret'; secretId: string; jsonKey?: string; versionStage?: string }
  | { kind: 'ssm'; input: 'database-url-secret'; name: string };

const SM_ARN = /^(arn:aws[\w-]*:secretsmanager:[\w-]+:\d{12}:secret:[^:]+)(?::([^:]*)(?::([^:]*)(?::([^:]*))?)?)?$/;
const SSM_ARN = /^arn:aws[\w-]*:ssm:[\w-]+:\d{12}:parameter(\/.+)$/;

/** Reads where the URL comes from; the ECS spelling `arn:…:secret:name:json-key::` picks one key of a JSON secret. */
export function databaseUrlSource(
  url: string | undefined,
  reference: string | undefined,
): DatabaseUrlSource | undefined {
  if (url && reference)
    throw new ConfigurationError('database-url-secret', 'set only one of `database-url` or `database-url-secret`');
  if (url) return { kind: 'value', input: 'database-url', value: url };
  if (!reference) return undefined;
  const sm = SM_ARN.exec(reference);
  if (sm)
    return {
      kind: 'secretsmanager',
      input: 'database-url-secret',
      secretId: sm[1],
      jsonKey: sm[2] || undefined,
      versionStage: sm[3] || undefined,
    };
  const ssmArn = SSM_ARN.exec(reference);
  if (ssmArn) return { kind: 'ssm', input: 'database-url-secret', name: reference };
  if (/^\/[\w.\-/]+$/.test(reference)) return { kind: 'ssm', input: 'database-url-secret', name: reference };
  throw new ConfigurationError(
    'database-url-secret',
    'expected a Secrets Manager secret ARN (optionally arn:…:secret:name:json-key::) or an SSM parameter name (/app/database-url) or ARN (the value given is masked and not shown)',
    /^[a-z][\w+.-]*:\/\//i.test(reference)
      ? 'it looks like a URL itself: pass the URL as `database-url` (from a GitHub secret), or store it and give the reference here'
      : undefined,
  );
}

/**
 * Masks the URL and its passwords in every spelling the log could show: the user-info's (up to the last `@`
 * before the host, so a password may hold `@`) and any `password=`/`sslpassword=` in the query, raw and decoded.
 */
export function maskDatabaseUrl(io: Pick<ActionIO, 'setSecret'>, url: string): void {
  for (const form of secretForms(url)) io.setSecret(form);
}

/** Fetches (when needed), checks the scheme and masks the URL; the value itself never appears in an error. */
export async function resolveDatabaseUrl(
  source: DatabaseUrlSource,
  clients: () => AwsClients,
  io: Pick<ActionIO, 'setSecret'>,
): Promise<string> {
  const url = source.kind === 'value' ? source.value : await fetchUrl(source, clients(), io);
  maskDatabaseUrl(io, url);
  if (!/^postgres(ql)?:\/\//.test(url)) {
    const where = source.kind === 'value' ? 'the value' : 'the secret value';
    throw new ConfigurationError(
      source.input,
      `${where} is not a PostgreSQL URL (it does not start with postgresql://)`,
      'store the full connection URL, e.g. postgresql://user:password@host:5432/db?schema=public',
    );
  }
  return url;
}

async function fetchUrl(
  source: Exclude<DatabaseUrlSource, { kind: 'value' }>,
  clients: AwsClients,
  io: Pick<ActionIO, 'setSecret'>,
): Promise<string> {
  if (source.kind === 'ssm') {
    try {
      const { GetParameterCommand } = await import('@aws-sdk/client-ssm');
      const answer = await clients.ssm.send(new GetParameterCommand({ Name: source.name, WithDecryption: true }));
      const value = answer.Parameter?.Value;
      if (!value) throw new Error('the parameter has no value');
      return value.trim();
    } catch (err) {
      throw new ConfigurationError(
        source.input,
        `cannot read the SSM parameter it names: ${redacted(err, source.name)}`,
        'check the name, the region and ssm:GetParameter (plus kms:Decrypt for a SecureString)',
      );
    }
  }
  let secret: string;
  try {
    const { GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const answer = await clients.secrets.send(
      new GetSecretValueCommand({ SecretId: source.secretId, VersionStage: source.versionStage }),
    );
    if (answer.SecretString === undefined) throw new Error('the secret has no string value');
    secret = answer.SecretString;
  } catch (err) {
    throw new ConfigurationError(
      source.input,
      `cannot read the Secrets Manager secret it names: ${redacted(err, source.secretId)}`,
      'check the ARN, the region and secretsmanager:GetSecretValue',
    );
  }
  if (!source.jsonKey) return secret.trim();
  // The other fields of a JSON secret (an RDS secret's password, say) are secrets too.
  for (const form of secretForms(secret)) io.setSecret(form);
  maskJsonStrings(secret, io);
  let value: unknown;
  try {
    value = (JSON.parse(secret) as Record<string, unknown>)[source.jsonKey];
  } catch {
    throw new ConfigurationError(source.input, `the secret it names is not JSON, so it has no key "${source.jsonKey}"`);
  }
  if (typeof value !== 'string')
    throw new ConfigurationError(source.input, `the secret it names has no string key "${source.jsonKey}"`);
  return value.trim();
}

/** An AWS error's message without the reference in it (AccessDenied quotes the resource). */
function redacted(err: unknown, reference: string): string {
  return redact(errorMessage(err), [reference], '<the reference given>');
}

const SECRET_FIELD = /pass|secret|token|key|url|dsn/i;

function maskJsonStrings(text: string, io: Pick<ActionIO, 'setSecret'>): void {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return;
    // Only the fields that hold secrets: masking an RDS secret's "username": "postgres" would star out every
    // "postgres".
    for (const [key, value] of Object.entries(parsed))
      if (typeof value === 'string' && SECRET_FIELD.test(key))
        for (const form of secretForms(value)) io.setSecret(form);
  } catch {
    // Not JSON: the caller says so without quoting it.
  }
}
