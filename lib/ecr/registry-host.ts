/**
 * ECR registry host names. The ECR login token is a password for one account's registry in one region: it must
 * only ever be sent to that registry, under one of the names ECR serves it by (AWS General Reference, "Amazon ECR
 * endpoints and quotas"):
 *   <account>.dkr.ecr.<region>.amazonaws.com         IPv4 (China regions: .amazonaws.com.cn)
 *   <account>.dkr.ecr-fips.<region>.amazonaws.com    FIPS
 *   <account>.dkr-ecr.<region>.on.aws                dual-stack (IPv4 and IPv6)
 *   <account>.dkr-ecr-fips.<region>.on.aws           dual-stack FIPS
 */
import { isValidRepositoryName } from './repositories.js';

export interface EcrRegistryHost {
  /** The host as given, lower-cased. */
  host: string;
  accountId: string;
  region: string;
  fips: boolean;
  dualStack: boolean;
}

/** The accepted forms, for error messages. */
export const ECR_REGISTRY_FORMS =
  'an ECR registry host: <account>.dkr.ecr.<region>.amazonaws.com (.amazonaws.com.cn in China), <account>.dkr.ecr-fips.<region>.amazonaws.com, or <account>.dkr-ecr[-fips].<region>.on.aws (dual-stack)';

const REGION = '([a-z]{2}(?:-[a-z]+)+-\\d+)';
const IPV4 = new RegExp(`^(\\d{12})\\.dkr\\.ecr(-fips)?\\.${REGION}\\.amazonaws\\.com(\\.cn)?$`);
const DUAL_STACK = new RegExp(`^(\\d{12})\\.dkr-ecr(-fips)?\\.${REGION}\\.on\\.aws$`);

/**
 * The registry a host names, or undefined when it is not an ECR registry host (a scheme, path or port makes it not
 * one).
 */
export function parseEcrRegistryHost(raw: string): EcrRegistryHost | undefined {
  const host = raw.trim().toLowerCase();
  const ipv4 = IPV4.exec(host);
  if (ipv4) {
    const [, accountId, fips, region, china] = ipv4;
    // China regions are only served under .amazonaws.com.cn, and have no FIPS registry endpoint.
    if (region.startsWith('cn-') !== Boolean(china) || (china && fips)) return undefined;
    return { host, accountId, region, fips: Boolean(fips), dualStack: false };
  }
  const dual = DUAL_STACK.exec(host);
  // The documented dual-stack names are for the aws partition; a China dual-stack name is not accepted until verified.
  if (dual && !dual[3].startsWith('cn-'))
    return { host, accountId: dual[1], region: dual[3], fips: Boolean(dual[2]), dualStack: true };
  return undefined;
}

/**
 * Whether `candidate` is another name of `tokenRegistry`, the registry ECR issued the login token for: the same
 * account and region. A token registry that is not an ECR name (a test double on loopback) matches only itself.
 */
export function isSameRegistry(candidate: string, tokenRegistry: string): boolean {
  if (candidate.toLowerCase() === tokenRegistry.toLowerCase()) return true;
  const a = parseEcrRegistryHost(candidate);
  const b = parseEcrRegistryHost(tokenRegistry);
  return !!a && !!b && a.accountId === b.accountId && a.region === b.region;
}

/** An image in an ECR registry named in full: `<registry host>/<repository>:<tag>` or `…@sha256:<digest>`. */
export interface EcrImageName {
  registry: EcrRegistryHost;
  repository: string;
  /** The tag, or the `sha256:` digest. */
  reference: string;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The accepted form, for error messages. */
export const ECR_IMAGE_NAME_FORM = '<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> (or @sha256:<digest>)';

/** Parses a full ECR image name; undefined when the host is not an ECR registry or the rest is malformed. */
export function parseEcrImageName(raw: string): EcrImageName | undefined {
  const trimmed = raw.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) return undefined;
  const registry = parseEcrRegistryHost(trimmed.slice(0, slash));
  if (!registry) return undefined;
  const rest = trimmed.slice(slash + 1);
  const at = rest.indexOf('@');
  const colon = rest.lastIndexOf(':');
  let repository: string;
  let reference: string;
  if (at >= 0) {
    [repository, reference] = [rest.slice(0, at), rest.slice(at + 1)];
    if (!DIGEST.test(reference)) return undefined;
  } else if (colon >= 0) {
    [repository, reference] = [rest.slice(0, colon), rest.slice(colon + 1)];
    if (!TAG.test(reference)) return undefined;
  } else {
    return undefined;
  }
  if (!isValidRepositoryName(repository)) return undefined;
  return { registry, repository, reference };
}
