/** Which commit an image is for, and the tags it gets: what metadata-action does, minus the template language. */
import { readFileSync } from 'node:fs';

/** What the workflow run says about the commit, read once from the runner's variables and event file. */
export interface GitEvent {
  eventName: string;
  /** GITHUB_SHA: on pull_request events, the merge commit GitHub made, not the commit that was pushed. */
  sha: string;
  /** GITHUB_REF, e.g. refs/heads/main, refs/tags/v1.2.0, refs/pull/7/merge. */
  ref: string;
  /** The pull request's head commit, when the event has one. */
  pullRequestHeadSha?: string;
  defaultBranch?: string;
}

/** Reads the event from GITHUB_* variables and the event payload file (missing or unreadable payload: no extras). */
export function readGitEvent(env: NodeJS.ProcessEnv = process.env): GitEvent {
  let payload: { pull_request?: { head?: { sha?: string } }; repository?: { default_branch?: string } } = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    payload = {};
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    pullRequestHeadSha: payload.pull_request?.head?.sha,
    defaultBranch: payload.repository?.default_branch,
  };
}

/**
 * The commit the image is built from: the PR head on pull_request events, so the tag matches a commit people can see.
 */
export function sourceRevision(event: GitEvent): string {
  const isPullRequest = event.eventName === 'pull_request' || event.eventName === 'pull_request_target';
  return isPullRequest && event.pullRequestHeadSha ? event.pullRequestHeadSha : event.sha;
}

/** True on a push to the repository's default branch: only those runs write the shared build cache. */
export function isDefaultBranchPush(event: GitEvent): boolean {
  return event.eventName === 'push' && !!event.defaultBranch && event.ref === `refs/heads/${event.defaultBranch}`;
}

/** The git tag name on tag pushes (refs/tags/v1.2.0 → v1.2.0), else undefined. */
export function gitTagName(event: GitEvent): string | undefined {
  return event.ref.startsWith('refs/tags/') ? event.ref.slice('refs/tags/'.length) : undefined;
}

const TAG_MAX = 128;

/**
 * Makes a string a valid registry tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`): other characters become `-`,
 * a leading `.` or `-` is dropped, length is capped. Undefined when nothing usable is left.
 */
export function sanitizeTag(raw: string): string | undefined {
  const replaced = raw
    .trim()
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, TAG_MAX);
  return replaced === '' ? undefined : replaced;
}

export interface TagRequest {
  /** The commit; left out when promoting (the tags are then exactly `extra`). */
  sha?: string;
  /** Length of the short SHA tag; 0 leaves it out. */
  shortShaLength: number;
  /** The git tag on tag pushes; it becomes an image tag too. */
  gitTag?: string;
  extra: string[];
}

export interface ImageTags {
  /** The full SHA first (the tag everything else looks up), then short SHA, git tag and extras; no duplicates. */
  tags: string[];
  /** Tags that were changed to be valid, as [asked, used], so the log can say so. */
  renamed: [string, string][];
  /** Asked-for tags that had nothing usable in them. */
  rejected: string[];
}

/** Computes the image's tags from the commit, the event and the extra tags asked for. */
export function imageTags(request: TagRequest): ImageTags {
  const result: ImageTags = { tags: [], renamed: [], rejected: [] };
  const add = (raw: string) => {
    const tag = sanitizeTag(raw);
    if (tag === undefined) return result.rejected.push(raw);
    if (tag !== raw) result.renamed.push([raw, tag]);
    if (!result.tags.includes(tag)) result.tags.push(tag);
  };
  if (request.sha) add(request.sha);
  if (request.sha && request.shortShaLength > 0) add(request.sha.slice(0, request.shortShaLength));
  if (request.gitTag) add(request.gitTag);
  request.extra.forEach(add);
  return result;
}
