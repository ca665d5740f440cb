/**
 * A lease on the traffic of one release unit: a tag naming the run that moves its traffic and until when. It lives
 * where the provider's traffic lives: on the listener rule of two colors (or on the listener, for a default action:
 * AddTags on a default rule fails), or on the ECS service for ECS's own strategies and CodeDeploy. A second run is
 * refused while the lease is live; a lease past its time, or left by an earlier attempt of the same run, is stale:
 * found, reported, and taken over only when the caller says so. An abort or a rollback pre-empts a live lease
 * visibly (it writes its own), so the run it took over from sees at its next guarded write that it lost ownership.
 * Tags are not a lock: two runs racing within one read-back can both believe they won for that instant; the
 * read-back after writing catches the later one.
 */
import {
  type ECSClient,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ecs';
import {
  AddTagsCommand,
  DescribeTagsCommand,
  type ElasticLoadBalancingV2Client,
  RemoveTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { type Clock, realClock } from '../core/poll.js';

export const LEASE_TAG = 'ecs-fargate-actions:traffic-lease';

/** The tags of the one resource that carries a lease (and a bake's other records), whatever service owns it. */
export interface TagStore {
  /** The resource's ARN, for messages. */
  readonly arn: string;
  /** What it is, for messages: "the rule", "the service web". */
  readonly name: string;
  /** Every tag of the resource, in one read. */
  readAll(): Promise<Record<string, string>>;
  write(tags: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The tags of a listener rule or listener. */
export function elbTags(elbv2: ElasticLoadBalancingV2Client, arn: string): TagStore {
  return {
    arn,
    name: arn.includes(':listener-rule/') ? 'the rule' : 'the listener',
    readAll: async () => {
      const tags =
        (await elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.find(
          (d) => d.ResourceArn === arn,
        )?.Tags ?? [];
      return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']));
    },
    write: async (tags) =>
      void (await elbv2.send(
        new AddTagsCommand({ ResourceArns: [arn], Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }),
      )),
    remove: async (keys) => void (await elbv2.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: keys }))),
  };
}

/** The tags of an ECS service (its long ARN format, the default since 2021, takes tags). */
export function ecsServiceTags(ecs: ECSClient, serviceArn: string): TagStore {
  return {
    arn: serviceArn,
    name: `the service ${serviceArn.split('/').pop()}`,
    readAll: async () =>
      Object.fromEntries(
        ((await ecs.send(new ListTagsForResourceCommand({ resourceArn: serviceArn }))).tags ?? []).map((t) => [
          t.key ?? '',
          t.value ?? '',
        ]),
      ),
    write: async (tags) =>
      void (await ecs.send(
        new TagResourceCommand({
          resourceArn: serviceArn,
          tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        }),
      )),
    remove: async (keys) => void (await ecs.send(new UntagResourceCommand({ resourceArn: serviceArn, tagKeys: keys }))),
  };
}

/** Who holds (or wants) the traffic: one attempt of one workflow run. */
export interface LeaseHolder {
  repository: string;
  runId: string;
  attempt: number;
}

/** A lease as read from the tag. */
export interface Lease {
  holder: LeaseHolder;
  since: Date;
  until: Date;
}

export type LeaseState =
  | { state: 'free' }
  | { state: 'mine'; lease: Lease }
  | { state: 'held'; lease: Lease }
  | { state: 'stale'; lease: Lease; why: string }
  | { state: 'unreadable'; value: string };

/** Refused: another run holds the lease (or a stale one the caller did not want taken over). */
export class LeaseHeldError extends Error {
  constructor(
    message: string,
    readonly found: LeaseState,
  ) {
    super(message);
    this.name = 'LeaseHeldError';
  }
}

/** The holder for this job, from the runner's GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
export function holderFromEnv(env: NodeJS.ProcessEnv = process.env): LeaseHolder {
  return {
    repository: env.GITHUB_REPOSITORY || 'local',
    runId: env.GITHUB_RUN_ID || `pid-${process.pid}`,
    attempt: Number(env.GITHUB_RUN_ATTEMPT || '1'),
  };
}

/** The tag value: `run=owner/repo/123/1 since=… until=…` (only characters ELB tag values allow). */
export function encodeLease(lease: Lease): string {
  const { repository, runId, attempt } = lease.holder;
  return `run=${repository}/${runId}/${attempt} since=${lease.since.toISOString()} until=${lease.until.toISOString()}`;
}

/** Reads a tag value back into a lease; undefined when it is not one we wrote. */
export function decodeLease(value: string): Lease | undefined {
  const match = /^run=(.+)\/([^/\s]+)\/(\d+) since=(\S+) until=(\S+)$/.exec(value.trim());
  if (!match) return undefined;
  const since = new Date(match[4]);
  const until = new Date(match[5]);
  if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime())) return undefined;
  return { holder: { repository: match[1], runId: match[2], attempt: Number(match[3]) }, since, until };
}

/** Judges a tag value against `me` at `now`: free, mine, held by a live run, stale, or unreadable. */
export function judgeLease(value: string | undefined, me: LeaseHolder, now: Date): LeaseState {
  if (value === undefined || value === '') return { state: 'free' };
  const lease = decodeLease(value);
  if (!lease) return { state: 'unreadable', value };
  const { holder } = lease;
  const sameRun = holder.repository === me.repository && holder.runId === me.runId;
  if (sameRun && holder.attempt === me.attempt) return { state: 'mine', lease };
  // Attempts of one run go one after another: an earlier attempt's job is over.
  if (sameRun && holder.attempt < me.attempt)
    return { state: 'stale', lease, why: `left by attempt ${holder.attempt} of this run` };
  if (lease.until.getTime() <= now.getTime())
    return { state: 'stale', lease, why: `expired at ${lease.until.toISOString()}` };
  return { state: 'held', lease };
}

/** Reads the lease tag of `store` and judges it. */
export async function inspectLease(store: TagStore, me: LeaseHolder, now = new Date()): Promise<LeaseState> {
  return judgeLease((await store.readAll())[LEASE_TAG], me, now);
}

export interface AcquireOptions {
  /** How long the lease lasts before another run may call it stale. */
  ttlMs: number;
  /** Take over a stale lease (reported in the result) instead of refusing. */
  takeOverStale: boolean;
  /**
   * Take over even a live lease (reported in the result): a rollback or an operator's abort outranks a bake in
   * flight. The bake finds its lease gone at its next guarded write and stops without touching the traffic again.
   */
  preempt?: boolean;
  clock?: Clock;
  /** Wait this long after writing before the read-back, to catch a racing writer (default 0). */
  settleMs?: number;
}

export interface Acquired {
  lease: Lease;
  /** The stale lease this run took over, to report. */
  tookOver?: Lease;
}

/**
 * Takes (or renews) the lease of `store` for `me`; throws LeaseHeldError when another run holds it. When the
 * read-back fails after the tag was written, the tag is taken off again (best effort, without a read: that read is
 * what failed) before the error is thrown:
 * a lease left behind with no run to release it would refuse every other run until it expires.
 */
export async function acquireLease(store: TagStore, me: LeaseHolder, options: AcquireOptions): Promise<Acquired> {
  const clock = options.clock ?? realClock;
  const arn = store.arn;
  const found = await inspectLease(store, me, new Date(clock.now()));
  if (found.state === 'held' && !options.preempt)
    throw new LeaseHeldError(`${arn} is leased by ${describeLease(found.lease)}; refusing to touch its traffic`, found);
  if (found.state === 'unreadable')
    throw new LeaseHeldError(
      `${arn} carries a ${LEASE_TAG} tag we cannot read (${JSON.stringify(found.value)}); remove the tag if no run holds it`,
      found,
    );
  if (found.state === 'stale' && !options.takeOverStale)
    throw new LeaseHeldError(
      `${arn} has a stale lease from ${describeLease(found.lease)} (${found.why}); its traffic may be mid-shift`,
      found,
    );

  const since = found.state === 'mine' ? found.lease.since : new Date(clock.now());
  const lease: Lease = { holder: me, since, until: new Date(clock.now() + options.ttlMs) };
  await store.write({ [LEASE_TAG]: encodeLease(lease) });
  let after: LeaseState;
  try {
    if (options.settleMs) await clock.sleep(options.settleMs);
    after = await inspectLease(store, me, new Date(clock.now()));
  } catch (err) {
    // The read that would say whose it is failed; the tag is most likely ours (written a moment ago).
    await store.remove([LEASE_TAG]).catch(() => undefined);
    throw err;
  }
  if (after.state !== 'mine')
    throw new LeaseHeldError(
      `${arn}: another run took the lease at the same moment (${after.state === 'held' ? describeLease(after.lease) : after.state})`,
      after,
    );
  return { lease, tookOver: found.state === 'stale' || found.state === 'held' ? found.lease : undefined };
}

/**
 * Removes the lease when it is ours (with `alsoRemove`, other records of ours on the same resource); safe to call
 * twice. Says what it found.
 */
export async function releaseLease(
  store: TagStore,
  me: LeaseHolder,
  alsoRemove: string[] = [],
): Promise<'released' | 'not-held' | 'held-by-other'> {
  const found = await inspectLease(store, me);
  if (found.state === 'free') return 'not-held';
  if (found.state !== 'mine') return 'held-by-other';
  await store.remove([...alsoRemove, LEASE_TAG]);
  return 'released';
}

/** "owner/repo run 123 attempt 1 since …, until …", for messages. */
export function describeLease(lease: Lease): string {
  const { repository, runId, attempt } = lease.holder;
  return `${repository} run ${runId} attempt ${attempt} (since ${lease.since.toISOString()}, until ${lease.until.toISOString()})`;
}
