import {
  type GitEvent,
  gitTagName,
  imageTags,
  isDefaultBranchPush,
  sanitizeTag,
  sourceRevision,
} from '../../lib/image/tags.js';

const MERGE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const event = (over: Partial<GitEvent>): GitEvent => ({
  eventName: 'push',
  sha: MERGE,
  ref: 'refs/heads/main',
  defaultBranch: 'main',
  ...over,
});

describe('which commit an image is for', () => {
  test.each([
    ['push', event({}), MERGE],
    [
      'pull_request: the head commit, not the merge commit GitHub checks out',
      event({ eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequestHeadSha: HEAD }),
      HEAD,
    ],
    ['pull_request_target', event({ eventName: 'pull_request_target', pullRequestHeadSha: HEAD }), HEAD],
    ['pull_request without a payload falls back to GITHUB_SHA', event({ eventName: 'pull_request' }), MERGE],
    ['tag push', event({ ref: 'refs/tags/v1.4.2' }), MERGE],
    ['workflow_dispatch', event({ eventName: 'workflow_dispatch' }), MERGE],
  ])('%s', (_name, e, sha) => expect(sourceRevision(e)).toBe(sha));
});

describe('tags', () => {
  test.each([
    ['push to main', event({}), [], [MERGE, MERGE.slice(0, 7)]],
    [
      'pull request',
      event({ eventName: 'pull_request', pullRequestHeadSha: HEAD, ref: 'refs/pull/7/merge' }),
      ['pr-7'],
      [HEAD, HEAD.slice(0, 7), 'pr-7'],
    ],
    ['tag push adds the git tag', event({ ref: 'refs/tags/v1.4.2' }), [], [MERGE, MERGE.slice(0, 7), 'v1.4.2']],
    [
      'extras, sanitised and without duplicates',
      event({}),
      ['feature/Login Page', 'latest', 'latest'],
      [MERGE, MERGE.slice(0, 7), 'feature-Login-Page', 'latest'],
    ],
  ])('%s', (_name, e, extra, expected) => {
    const sha = sourceRevision(e);
    expect(imageTags({ sha, shortShaLength: 7, gitTag: gitTagName(e), extra }).tags).toEqual(expected);
  });

  test('a short SHA length of 0 leaves the short tag out', () => {
    expect(imageTags({ sha: MERGE, shortShaLength: 0, extra: [] }).tags).toEqual([MERGE]);
  });

  test('renamed and unusable tags are reported, not silently dropped', () => {
    const result = imageTags({ sha: MERGE, shortShaLength: 7, extra: ['release/2025.1', '///'] });
    expect(result.renamed).toEqual([['release/2025.1', 'release-2025.1']]);
    expect(result.rejected).toEqual(['///']);
  });

  test.each([
    ['v1.4.2', 'v1.4.2'],
    ['feature/login', 'feature-login'],
    ['.hidden', 'hidden'],
    ['-dash', 'dash'],
    ['tag with spaces', 'tag-with-spaces'],
    ['ümlaut', 'mlaut'],
    ['x'.repeat(200), 'x'.repeat(128)],
    ['...', undefined],
  ])('sanitise %j → %j', (raw, tag) => expect(sanitizeTag(raw)).toBe(tag));
});

describe('who writes the shared build cache', () => {
  test.each([
    ['a push to the default branch', event({}), true],
    ['a push to another branch', event({ ref: 'refs/heads/feature' }), false],
    ['a pull request', event({ eventName: 'pull_request', ref: 'refs/pull/7/merge' }), false],
    ['a tag push', event({ ref: 'refs/tags/v1.4.2' }), false],
    ['a push without an event payload', event({ defaultBranch: undefined }), false],
  ])('%s: %s', (_name, e, writes) => expect(isDefaultBranchPush(e)).toBe(writes));
});
