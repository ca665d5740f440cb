/** ECR registry credentials from an authorization token. */
import { type ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';

import { parseEcrRegistryHost } from './registry-host.js';

export interface EcrLogin {
  /** The registry host, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com (not a secret: it is in every image ref). */
  registry: string;
  username: string;
  /** Valid for 12 hours; a secret. */
  password: string;
  expiresAt?: Date;
}

/** Gets a token for the account's registry (or `registryId`'s) and splits it into user and password. */
export async function ecrLogin(ecr: ECRClient, registryId?: string): Promise<EcrLogin> {
  const answer = await ecr.send(new GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {}));
  const data = answer.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint) throw new Error('ECR returned no authorization token');
  const registry = data.proxyEndpoint.replace(/^https?:\/\//, '').replace(/\/$/, '');
  // The token is only ever sent to this host: make sure it is the registry that was asked for.
  const named = parseEcrRegistryHost(registry);
  if (registryId && named && named.accountId !== registryId)
    throw new Error(`ECR issued a token for ${registry}, not for registry ${registryId}`);
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return {
    registry,
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
    expiresAt: data.expiresAt,
  };
}
