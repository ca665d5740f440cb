/**
 * Which ECS services production's observation describes. Kept light: main.ts describes them (release's first AWS
 * call) before it loads the rest of the action.
 */
import type { ReleasePlan } from '../../../lib/release/plan.js';
import type { ReleaseService } from '../../../lib/release/services-file.js';

/** The ECS services a release service has in production: its two colors, or itself. */
export function ecsServicesOf(s: ReleaseService): string[] {
  return s.blueService ? [s.blueService, s.greenService] : [s.service];
}

/** The services file's services an approved plan releases. */
export function plannedServices(services: ReleaseService[], approved: ReleasePlan): ReleaseService[] {
  return services.filter((s) => approved.services.some((p) => p.name === s.name));
}
