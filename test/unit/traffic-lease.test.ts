import { decodeLease, encodeLease, holderFromEnv, judgeLease } from '../../lib/traffic/lease.js';

const me = { repository: 'acme/web', runId: '200', attempt: 2 };
const now = new Date('2026-11-30T14:00:00Z');
const value = (repository: string, runId: string, attempt: number, until = '2026-11-30T15:00:00Z') =>
  encodeLease({
    holder: { repository, runId, attempt },
    since: new Date('2026-11-30T13:00:00Z'),
    until: new Date(until),
  });

describe('judging a lease tag', () => {
  test.each([
    ['no tag', undefined, 'free'],
    ['this attempt of this run', value('acme/web', '200', 2), 'mine'],
    ['an earlier attempt of this run (its job is over)', value('acme/web', '200', 1), 'stale'],
    ['a later attempt of this run', value('acme/web', '200', 3), 'held'],
    ['another live run', value('acme/web', '199', 1), 'held'],
    ['the same run id in another repository', value('acme/api', '200', 2), 'held'],
    ['another run past its time', value('acme/web', '199', 1, '2026-11-30T13:59:59Z'), 'stale'],
    ['a tag someone else wrote', 'locked by bob', 'unreadable'],
  ])('%s is %s', (_name, tag, state) => expect(judgeLease(tag, me, now).state).toBe(state));

  test('the tag round-trips and uses only characters ELB tag values allow', () => {
    const tag = value('my-org/web.app_1', '123456', 1);
    expect(tag).toMatch(/^[\w\s+\-=.:/@]+$/);
    expect(decodeLease(tag)?.holder).toEqual({ repository: 'my-org/web.app_1', runId: '123456', attempt: 1 });
  });

  test('the holder comes from the runner variables', () => {
    expect(holderFromEnv({ GITHUB_REPOSITORY: 'acme/web', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '3' })).toEqual({
      repository: 'acme/web',
      runId: '77',
      attempt: 3,
    });
  });
});
