// The pending set read from `_prisma_migrations` without Prisma: the rules `migrate deploy` applies to the rows, what
// a deploy changed, and how a URL becomes pg's settings (or stays Prisma's alone) without quoting it.
import {
  deployEffect,
  type HistoryRow,
  historyTarget,
  type MigrationHistory,
  pendingFromHistory,
} from '../../lib/migrate/history.js';

const LOCAL = ['20250101000000_init', '20250102000000_add_posts', '20250103000000_drop'];
const [INIT, POSTS, DROP] = LOCAL;
const row = (name: string, state: 'applied' | 'failed' | 'rolled-back-failed' | 'rolled-back-applied'): HistoryRow => ({
  name,
  finished: state === 'applied' || state === 'rolled-back-applied',
  rolledBack: state.startsWith('rolled-back'),
});
const rows = (...list: HistoryRow[]): MigrationHistory => ({ kind: 'rows', rows: list });

describe('pendingFromHistory', () => {
  test.each<[string, MigrationHistory, unknown]>([
    [
      'no database yet: all of them, and deploy creates it',
      { kind: 'no-database' },
      { kind: 'pending', names: LOCAL, freshDatabase: true },
    ],
    [
      'no history table yet: all of them',
      { kind: 'no-table' },
      { kind: 'pending', names: LOCAL, freshDatabase: false },
    ],
    ['an empty history table: all of them', rows(), { kind: 'pending', names: LOCAL, freshDatabase: false }],
    [
      'the ones no finished row names, in folder order',
      rows(row(INIT, 'applied')),
      { kind: 'pending', names: [POSTS, DROP], freshDatabase: false },
    ],
    [
      'every one finished: nothing to apply',
      rows(row(INIT, 'applied'), row(POSTS, 'applied'), row(DROP, 'applied')),
      { kind: 'up-to-date' },
    ],
    [
      'a failed row marked rolled back is pending again, not failed',
      rows(row(INIT, 'applied'), row(POSTS, 'rolled-back-failed')),
      { kind: 'pending', names: [POSTS, DROP], freshDatabase: false },
    ],
    [
      'a rolled-back row followed by a finished one is applied',
      rows(row(INIT, 'applied'), row(POSTS, 'rolled-back-failed'), row(POSTS, 'applied')),
      { kind: 'pending', names: [DROP], freshDatabase: false },
    ],
    [
      'a finished row marked rolled back does not count as applied',
      rows(row(INIT, 'applied'), row(POSTS, 'rolled-back-applied')),
      { kind: 'pending', names: [POSTS, DROP], freshDatabase: false },
    ],
  ])('%s', (_name, history, verdict) => {
    expect(pendingFromHistory(history, LOCAL)).toEqual({ verdict, drift: [] });
  });

  test('a started, unfinished, not rolled-back row: deploy would refuse (P3009), named for the resolve commands', () => {
    const { verdict } = pendingFromHistory(rows(row(INIT, 'applied'), row(POSTS, 'failed')), LOCAL);
    expect(verdict).toMatchObject({
      kind: 'failed-migration',
      failed: [POSTS],
      error: { code: 'P3009', migration: POSTS },
    });
  });

  test('drift: finished rows the checkout lacks, while the rest is judged as usual', () => {
    expect(pendingFromHistory(rows(row(INIT, 'applied'), row('20241201000000_hotfix', 'applied')), LOCAL)).toEqual({
      verdict: { kind: 'pending', names: [POSTS, DROP], freshDatabase: false },
      drift: ['20241201000000_hotfix'],
    });
  });
});

describe('deployEffect', () => {
  test('applied: what finished during the run, in folder order; nothing left pending', () => {
    expect(
      deployEffect(
        { kind: 'no-database' },
        rows(row(INIT, 'applied'), row(POSTS, 'applied'), row(DROP, 'applied')),
        LOCAL,
      ),
    ).toEqual({ applied: LOCAL, failed: [], pendingAfter: 0 });
  });

  test('a deploy that stopped at a migration: those before it applied, it failed, the rest still pending', () => {
    expect(deployEffect(rows(row(INIT, 'applied')), rows(row(INIT, 'applied'), row(POSTS, 'failed')), LOCAL)).toEqual({
      applied: [],
      failed: [POSTS],
      pendingAfter: 1,
    });
  });

  test('nothing changed', () => {
    const all = rows(row(INIT, 'applied'), row(POSTS, 'applied'), row(DROP, 'applied'));
    expect(deployEffect(all, all, LOCAL)).toEqual({ applied: [], failed: [], pendingAfter: 0 });
  });
});

describe('historyTarget', () => {
  test('reads the URL as Prisma does: schema, TLS preferred without certificate checks, 5 s to connect', () => {
    expect(historyTarget('postgresql://app:p%40ss@db.example:6543/rides?schema=billing&connection_limit=5')).toEqual({
      kind: 'target',
      schema: 'billing',
      tls: 'prefer',
      config: expect.objectContaining({
        host: 'db.example',
        port: 6543,
        user: 'app',
        password: 'p@ss',
        database: 'rides',
        ssl: { rejectUnauthorized: false },
        connectionTimeoutMillis: 5000,
      }),
    });
  });

  test.each([
    [
      'sslmode=disable: no TLS',
      'postgres://u:pw@h/db?sslmode=disable',
      { tls: 'off', config: expect.objectContaining({ ssl: false, port: 5432 }) },
    ],
    [
      'sslmode=require with sslaccept=strict: certificates checked',
      'postgres://u:pw@h/db?sslmode=require&sslaccept=strict',
      { tls: 'require', config: expect.objectContaining({ ssl: { rejectUnauthorized: true } }) },
    ],
    [
      'no schema: public; no database: postgres',
      'postgres://u@h',
      { schema: 'public', config: expect.objectContaining({ database: 'postgres', password: undefined }) },
    ],
    [
      'an IPv6 host without brackets',
      'postgres://u:pw@[::1]:5432/db',
      { config: expect.objectContaining({ host: '::1' }) },
    ],
  ])('%s', (_name, url, expected) => {
    expect(historyTarget(url)).toMatchObject({ kind: 'target', ...expected });
  });

  test.each([
    ['a client certificate', 'postgres://u:hunter22@h/db?sslcert=client.pem', /`sslcert`/],
    ['a socket folder', 'postgres://u:hunter22@localhost:5432/db?host=/var/run/postgresql', /`host`/],
    [
      'an sslmode Prisma has no reading for here',
      'postgres://u:hunter22@h/db?sslmode=verify-full',
      /sslmode to `verify-full`/,
    ],
    // A raw `?` in the password: the URL still parses, the rest of the password read as a query key.
    ['a password with a raw ?', 'postgres://app:2024?hunter22@db/rides', /a query parameter it does not know/],
    [
      'an sslmode value it does not know',
      'postgres://u:pw@h/db?sslmode=hunter22',
      /sslmode to a value it does not know/,
    ],
    ['no user', 'postgres://h/db', /no user/],
    ['not a URL', 'postgres://u:hunter22@', /does not parse|no host/],
  ])("%s stays Prisma's alone, and the reason quotes no secret", (_name, url, why) => {
    const target = historyTarget(url);
    expect(target).toMatchObject({ kind: 'prisma-only', why: expect.stringMatching(why) });
    expect(JSON.stringify(target)).not.toContain('hunter22');
  });
});
