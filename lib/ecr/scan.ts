/**
 * Waits for ECR's scan of each platform image and reads the findings, for basic scanning (findings) and
 * enhanced scanning by Inspector (enhancedFindings) alike. An index is never scanned itself: its images are.
 */
import { DescribeImageScanFindingsCommand, type ECRClient } from '@aws-sdk/client-ecr';

import { type Clock, pollUntil } from '../core/poll.js';
import type { RepositoryId } from './images.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Statuses that mean "look again later". ACTIVE is enhanced scanning's "scanned, and watched from now on". */
const WAITING = new Set(['IN_PROGRESS', 'PENDING']);
const FINISHED = new Set(['COMPLETE', 'ACTIVE']);

export interface ScanFinding {
  severity: Severity;
  /** CVE id or rule name. */
  name: string;
  packageName?: string;
  uri?: string;
}

/** One platform image's scan, finished one way or another. */
export interface ImageScan {
  platform: string;
  digest: string;
  /** ECR's scan status; anything but COMPLETE/ACTIVE means there are no findings to judge by. */
  status: string;
  description?: string;
  counts: Partial<Record<Severity, number>>;
  /** The most severe findings of the first page, for the summary. */
  findings: ScanFinding[];
}

type Look = { finished: false; status: string } | { finished: true; scan: ImageScan };

/** One look at one image's scan. A scan not started yet (scan on push still queued) is a wait, not an error. */
export async function readImageScan(
  ecr: ECRClient,
  repository: RepositoryId,
  platform: string,
  digest: string,
): Promise<Look> {
  let answer;
  try {
    answer = await ecr.send(
      new DescribeImageScanFindingsCommand({ ...repository, imageId: { imageDigest: digest }, maxResults: 100 }),
    );
  } catch (err) {
    if ((err as Error).name === 'ScanNotFoundException') return { finished: false, status: 'NOT_STARTED' };
    throw err;
  }
  const status = answer.imageScanStatus?.status ?? 'PENDING';
  if (WAITING.has(status)) return { finished: false, status };
  const results = answer.imageScanFindings ?? {};
  const basic: ScanFinding[] = (results.findings ?? []).map((f) => ({
    severity: asSeverity(f.severity),
    name: f.name ?? '?',
    packageName: f.attributes?.find((a) => a.key === 'package_name')?.value,
    uri: f.uri,
  }));
  const enhanced: ScanFinding[] = (results.enhancedFindings ?? []).map((f) => ({
    severity: asSeverity(f.severity),
    name: f.packageVulnerabilityDetails?.vulnerabilityId ?? f.title ?? '?',
    packageName: f.packageVulnerabilityDetails?.vulnerablePackages?.[0]?.name,
    uri: f.packageVulnerabilityDetails?.sourceUrl,
  }));
  const findings = [...basic, ...enhanced].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const counts = (results.findingSeverityCounts ?? countBySeverity(findings)) as Partial<Record<Severity, number>>;
  return {
    finished: true,
    scan: {
      platform,
      digest,
      status,
      description: answer.imageScanStatus?.description,
      counts,
      findings: findings.slice(0, 10),
    },
  };
}

export interface ScanWaitOptions {
  timeoutMs: number;
  intervalMs: number;
  signal?: AbortSignal;
  clock?: Clock;
  onWait?: (platform: string, status: string) => void;
}

/** Waits until every platform image's scan has finished; the result keeps the platforms' order. */
export async function waitForImageScans(
  ecr: ECRClient,
  repository: RepositoryId,
  images: Record<string, string>,
  options: ScanWaitOptions,
): Promise<ImageScan[]> {
  const done = new Map<string, ImageScan>();
  return pollUntil<ImageScan[]>({ ...options, what: `the ECR scan of ${repository.repositoryName}` }, async () => {
    for (const [platform, digest] of Object.entries(images)) {
      if (done.has(platform)) continue;
      const look = await readImageScan(ecr, repository, platform, digest);
      if (look.finished) done.set(platform, look.scan);
      else options.onWait?.(platform, look.status);
    }
    if (done.size < Object.keys(images).length) return { done: false };
    return { done: true, value: Object.keys(images).map((platform) => done.get(platform)!) };
  });
}

export interface ScanVerdict {
  passed: boolean;
  /** Findings at or above the threshold, over all images. */
  blocking: number;
  /** Images whose scan ended without findings to judge (FAILED, UNSUPPORTED_IMAGE, …). */
  unscanned: ImageScan[];
}

/** Fails at or above `threshold`; an image that could not be scanned fails too, since nothing says it is clean. */
export function judgeScans(scans: ImageScan[], threshold: Severity): ScanVerdict {
  const blockingSeverities = SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1);
  const unscanned = scans.filter((scan) => !FINISHED.has(scan.status));
  const blocking = scans.reduce(
    (sum, scan) => sum + blockingSeverities.reduce((n, s) => n + (scan.counts[s] ?? 0), 0),
    0,
  );
  return { passed: blocking === 0 && unscanned.length === 0, blocking, unscanned };
}

function asSeverity(value: string | undefined): Severity {
  const upper = (value ?? '').toUpperCase();
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : 'UNDEFINED';
}

function countBySeverity(findings: ScanFinding[]): Partial<Record<Severity, number>> {
  const counts: Partial<Record<Severity, number>> = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}
