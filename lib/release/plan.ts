/**
 * What one release of several services does, decided before anything changes: which services changed since the
 * commit production runs now (their folder or a shared one), in which waves they go out (`after:` in topological
 * order, parallel within a wave), and each one's from → to and pending migrations. Pure.
 */
import type { ReleaseService } from './services-file.js';

/** What production runs now for one service, as observed. */
export interface ProductionNow {
  /** The commit its live revision is tagged with (`git-sha`), when it has one. */
  sha?: string;
  taskDefinitionArn?: string;
}

/** One pending migration of a service, with the breaking changes its allow comments accepted. */
export interface PlannedMigration {
  name: string;
  path: string;
  /** Findings the lint allowed (`-- migrate-lint allow <rule>: <reason>`): the schema is then not additive. */
  allowed: { rule: string; reason: string }[];
}

export interface PlannedService {
  name: string;
  wave: number;
  from: ProductionNow;
  to: { sha: string };
  why: string;
  migrations: PlannedMigration[];
}

export interface ReleasePlan {
  sha: string;
  waves: string[][];
  services: PlannedService[];
  unchanged: { name: string; why: string }[];
}

/** A file is under a folder when it is the folder or lies inside it (`services/a` does not hold `services/ab/x`). */
export function isUnder(file: string, folder: string): boolean {
  return folder === '.' || file === folder || file.startsWith(`${folder}/`);
}

/**
 * Whether the service changed, and why, given the files changed since the commit production runs (undefined: unknown).
 */
export function serviceChange(
  service: ReleaseService,
  now: ProductionNow,
  sha: string,
  files: string[] | undefined,
): { changed: boolean; why: string } {
  if (!now.sha)
    return {
      changed: true,
      why: now.taskDefinitionArn ? "production's revision names no commit (no git-sha tag)" : 'not in production yet',
    };
  if (now.sha === sha) return { changed: false, why: `production runs ${short(sha)} already` };
  if (files === undefined)
    return { changed: true, why: `production's commit ${short(now.sha)} is not in this checkout's history` };
  const own = files.filter((f) => isUnder(f, service.folder));
  const shared = files.filter((f) => !own.includes(f) && service.shared.some((s) => isUnder(f, s)));
  if (own.length === 0 && shared.length === 0)
    return {
      changed: false,
      why: `nothing under ${service.folder}${service.shared.length ? ` or ${service.shared.join(', ')}` : ''} changed since ${short(now.sha)}`,
    };
  const hit = own.length > 0 ? own : shared;
  return {
    changed: true,
    why: `${hit.length} file${hit.length === 1 ? '' : 's'} changed since ${short(now.sha)}${own.length === 0 ? ' in shared folders' : ''} (${hit.slice(0, 3).join(', ')}${hit.length > 3 ? ', …' : ''})`,
  };
}

/**
 * The changed services in waves: a service goes in the wave after the last changed service it follows, through
 * `after:` chains that pass unchanged services too (those are already in production). Names sorted within a wave.
 * The file's check has already refused cycles.
 */
export function releaseWaves(services: Pick<ReleaseService, 'name' | 'after'>[], changed: Set<string>): string[][] {
  const byName = new Map(services.map((s) => [s.name, s]));
  const waveOf = new Map<string, number>();
  const depth = (name: string, seen: string[]): number => {
    const known = waveOf.get(name);
    if (known !== undefined) return known;
    if (seen.includes(name)) throw new Error(`after: cycle through ${[...seen, name].join(' → ')}`);
    let wave = changed.has(name) ? 1 : 0;
    for (const next of byName.get(name)?.after ?? []) {
      const before = depth(next, [...seen, name]);
      wave = Math.max(wave, changed.has(name) ? before + 1 : before);
    }
    waveOf.set(name, wave);
    return wave;
  };
  const waves: string[][] = [];
  for (const name of [...changed].sort()) {
    const wave = depth(name, []);
    (waves[wave - 1] ??= []).push(name);
  }
  return waves.filter((w) => w !== undefined && w.length > 0);
}

/**
 * The release plan from the services, what production runs now, the files changed since each commit, and each service's
 * pending migrations.
 */
export function planRelease(
  services: ReleaseService[],
  sha: string,
  now: Record<string, ProductionNow>,
  filesSince: Record<string, string[] | undefined>,
  migrations: Record<string, PlannedMigration[]>,
): ReleasePlan {
  const changes = services.map((s) => ({
    service: s,
    ...serviceChange(s, now[s.name] ?? {}, sha, now[s.name]?.sha ? filesSince[now[s.name].sha!] : undefined),
  }));
  const changed = new Set(changes.filter((c) => c.changed).map((c) => c.service.name));
  const waves = releaseWaves(services, changed);
  const waveOf = new Map(waves.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
  return {
    sha,
    waves,
    services: waves.flat().map((name) => {
      const change = changes.find((c) => c.service.name === name)!;
      return {
        name,
        wave: waveOf.get(name)!,
        from: now[name] ?? {},
        to: { sha },
        why: change.why,
        migrations: change.service.migrate ? (migrations[name] ?? []) : [],
      };
    }),
    unchanged: changes.filter((c) => !c.changed).map((c) => ({ name: c.service.name, why: c.why })),
  };
}

/** The plan as the log prints it: waves in order, each service from → to and its migrations. */
export function planLines(plan: ReleasePlan): string[] {
  if (plan.services.length === 0)
    return [
      `Nothing to release at ${short(plan.sha)}: no service changed since the commit production runs.`,
      ...plan.unchanged.map((u) => `  ${u.name}: ${u.why}`),
    ];
  const lines = [
    `Release of ${short(plan.sha)}: ${plan.services.length} service${plan.services.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}`,
  ];
  plan.waves.forEach((names, i) => {
    lines.push(`wave ${i + 1}: ${names.join(', ')}`);
    for (const s of plan.services.filter((p) => p.wave === i + 1)) {
      lines.push(`  ${s.name}: ${s.from.sha ? short(s.from.sha) : 'none'} → ${short(s.to.sha)} (${s.why})`);
      for (const m of s.migrations)
        lines.push(
          `    migration ${m.name}${m.allowed.length ? ` (allows ${m.allowed.map((a) => a.rule).join(', ')}: not additive)` : ''}`,
        );
    }
  });
  for (const u of plan.unchanged) lines.push(`unchanged: ${u.name}: ${u.why}`);
  return lines;
}

/** The first seven characters of a commit. */
export function short(sha: string): string {
  return sha.slice(0, 7);
}
