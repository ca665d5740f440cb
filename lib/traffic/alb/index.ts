/**
 * Two colors behind weighted ALB rules, as one provider module: open a request, or resume a release after a dead job.
 */
import { PlanError } from '../../core/errors.js';
import type { ProviderContext, ProviderModule, ReleaseRequest } from '../contract.js';
import { planTestRoute } from '../test-route.js';
import { observeAlb } from './observe.js';
import { abortAlb, albStatus, resumeAlbPost, sharesOf } from './operate.js';
import { planAlb } from './plan.js';
import { AlbProvider, type AlbResume } from './provider.js';

export const albProvider: ProviderModule = {
  async open(request: ReleaseRequest, ctx: ProviderContext) {
    const observed = await ctx.io.group(`Read ${request.services.join(' and ')} and the rule`, () =>
      observeAlb(
        ctx.clients,
        request.cluster,
        request.services as [string, string],
        request.route!,
        ctx.me,
        new Date(ctx.clock.now()),
      ),
    );
    const plan = planAlb(request.mode, request.taskDefinition, request.steps, observed.pair);
    const shares = sharesOf(observed.pair.colors, observed.route.split);
    switch (plan.action) {
      case 'status':
        return { action: 'status', summary: albStatus(observed, plan.summary), shares };
      case 'nothing':
        return { action: 'nothing', why: plan.why, shares };
      case 'restore': {
        const ttlMs = 2 * request.waitTimeoutMs + 10 * 60_000;
        return {
          action: 'abort',
          why: plan.why,
          revisionBefore: plan.stable.taskDefinition,
          run: async (run) => ({ ...(await abortAlb(run.clients, request.cluster, observed, plan, run, ttlMs)) }),
        };
      }
      case 'bake': {
        // Planned here, read only: a listener with no free priority before the production rule is refused before any
        // change.
        const testRoute = request.testRoute
          ? await planTestRoute(ctx.clients.elbv2, observed.route.route, plan.canary.targetGroupArn, ctx.me)
          : undefined;
        return { action: 'bake', provider: new AlbProvider(request, observed, plan, ctx.clients, ctx, testRoute) };
      }
      default:
        throw new PlanError('the ALB plan could not be made');
    }
  },
  post: (resume, phase, ctx) => resumeAlbPost(ctx.clients, resume as unknown as AlbResume, phase === 'promoted', ctx),
};
