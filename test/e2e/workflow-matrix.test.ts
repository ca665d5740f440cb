/**
 * The workflow matrix (issue 17): each service setup a team may run, through the repository's own workflows, their
 * jobs and steps run as the runner runs them (the demo's step executor, the bundled actions, the patched moto):
 * deploy.yml releases to staging; production.yml promotes a good release, aborts a bad one (its rollback job then
 * finds nothing left to roll back) or refuses a setup it cannot bake; rollback.yml is run by hand.
 * One moto for the file; each setup is seeded once and its story told in order, then each cell is asserted.
 */
import { DescribeServicesCommand, DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';

import {
  BAD_SHA,
  type Bench,
  deployToStaging,
  GOOD_SHA,
  productionInputs,
  runWorkflowJobs,
  type SeededSetup,
  seedSetup,
  servingRevision,
  type SetupName,
  SETUPS,
  startBench,
  type WorkflowOutcome,
} from '../support/workflow-setups.js';

let bench: Bench;
beforeAll(async () => {
  bench = await startBench();
}, 90_000);
afterAll(async () => bench?.stop());

type Serving = Awaited<ReturnType<typeof servingRevision>>;

interface Story {
  setup: SeededSetup;
  staging: { good: WorkflowOutcome; bad: WorkflowOutcome };
  production: { before: Serving; good: WorkflowOutcome; afterGood: Serving; bad?: WorkflowOutcome; afterBad?: Serving };
  byHand: { run: WorkflowOutcome; stagingRevision: string; serving: Serving };
}

// A skipped job shows as one result named after the job: not the step of that id.
const step = (run: WorkflowOutcome | undefined, id: string) =>
  run?.steps.find((s) => s.id === id && s.title !== `job ${id}`);
const stagingRevision = async (setup: SeededSetup) =>
  (
    await bench.aws.ecs.send(
      new DescribeServicesCommand({ cluster: setup.staging.cluster, services: [setup.staging.service] }),
    )
  ).services![0].taskDefinition!;

/** One setup's story, in the order a team lives it. */
async function tell(name: SetupName): Promise<Story> {
  const setup = await seedSetup(bench, name);
  const staging = {
    good: await deployToStaging(bench, setup, GOOD_SHA),
    bad: await deployToStaging(bench, setup, BAD_SHA),
  };
  const release = (sha: string) =>
    runWorkflowJobs(bench, 'production.yml', productionInputs(bench, setup, sha), { sha });
  const before = await servingRevision(bench, setup.production);
  // The canary stand-in is the release being baked: it reports that commit as its version, as the bake's identity check
  // expects.
  bench.canary.setBehaviour({ mode: 'healthy', version: GOOD_SHA });
  const good = await release(GOOD_SHA);
  const afterGood = await servingRevision(bench, setup.production);
  let bad: WorkflowOutcome | undefined;
  let afterBad: Serving | undefined;
  // A setup production.yml refuses is refused the same way for every commit: one run shows it.
  if (name !== 'rolling') {
    // The bad commit's tasks answer 500 (its bug only production traffic shows).
    bench.canary.setBehaviour({ mode: 'error', version: BAD_SHA });
    bad = await release(BAD_SHA);
    bench.canary.setBehaviour({ mode: 'healthy', version: GOOD_SHA });
    afterBad = await servingRevision(bench, setup.production);
  }
  // By hand: two colors flip production back; every other setup puts staging back on the release before the bad one.
  const colors = setup.production.colors;
  const vars = (cluster: string) => ({
    ECS_CLUSTER: cluster,
    AWS_REGION: 'eu-west-1',
    ROLLBACK_ROLE_ARN: 'arn:aws:iam::123456789012:role/rollback',
    HEALTH_URL: `${bench.stable.url}/health`,
    ALERTS_TOPIC_ARN: setup.topicArn,
  });
  const run = await runWorkflowJobs(
    bench,
    'rollback.yml',
    {
      service: setup.production.service,
      environment: colors ? 'production' : 'staging',
      target: 'previous',
      reason: `${BAD_SHA.slice(0, 7)} is broken`,
      colors: colors ? `${colors.blue}, ${colors.green}` : '',
      'listener-rule-arn': colors?.ruleArn ?? '',
    },
    {
      sha: BAD_SHA,
      event: 'workflow_dispatch',
      vars: { environments: { staging: vars(setup.staging.cluster), production: vars(setup.production.cluster) } },
    },
  );
  return {
    setup,
    staging,
    production: { before, good, afterGood, bad, afterBad },
    byHand: {
      run,
      stagingRevision: await stagingRevision(setup),
      serving: await servingRevision(bench, setup.production),
    },
  };
}

describe.each(SETUPS)('%s', (name) => {
  let story: Story;
  beforeAll(async () => {
    story = await tell(name);
  }, 240_000);

  test("deploy.yml: the release job registers the commit's revision and rolls staging onto it, /health checked", async () => {
    for (const [sha, run] of [
      [GOOD_SHA, story.staging.good],
      [BAD_SHA, story.staging.bad],
    ] as const) {
      expect(run.failed).toBeUndefined();
      expect(run.jobs).toEqual({ build: 'success', release: 'success' });
      const registered = step(run, 'register')?.outputs['task-definition-arn'];
      expect(JSON.parse(step(run, 'deploy')!.outputs.results)[0]).toMatchObject({
        service: 'web',
        status: 'succeeded',
        taskDefinitionArn: registered,
      });
      expect(step(run, 'health')?.exitCode).toBe(0);
      expect(run.outputs['task-definition-arn']).toBe(registered);
      // The revision is the commit's, rendered from the caller's template with its template-vars.
      const { taskDefinition } = await bench.aws.ecs.send(
        new DescribeTaskDefinitionCommand({ taskDefinition: registered }),
      );
      expect(taskDefinition?.containerDefinitions?.[0].environment).toEqual(
        expect.arrayContaining([
          { name: 'GIT_SHA', value: sha },
          { name: 'DEPLOY_ENV', value: 'staging' },
        ]),
      );
    }
  });

  if (name === 'rolling') {
    test('production.yml refuses a rolling service at the bake, before any traffic or revision moves, and says why', () => {
      const { good, before, afterGood } = story.production;
      expect(good.jobs).toEqual({ verify: 'success', release: 'failure', rollback: 'skipped', notify: 'success' });
      expect(good.failed?.id).toBe('bake');
      expect(good.failed?.output).toMatch(
        /service "web" uses the ROLLING strategy, which shifts no traffic to bake; set its strategy to CANARY, LINEAR or BLUE_GREEN, deploy it with CodeDeploy, or name a blue\/green pair/,
      );
      expect(afterGood).toEqual(before);
    });
  } else {
    test('production.yml: staging verified, the image promoted, the good release baked and promoted', () => {
      const { good, afterGood } = story.production;
      expect(good.failed).toBeUndefined();
      expect(good.jobs).toEqual({ verify: 'success', release: 'success', rollback: 'skipped', notify: 'success' });
      expect(step(good, 'promote')?.outputs.result).toBe('promoted');
      expect(step(good, 'bake')?.outputs.verdict).toBe('promoted');
      expect(afterGood.taskDefinition).toBe(step(good, 'register')?.outputs['task-definition-arn']);
    });

    test('production.yml: the bad release is aborted, all traffic stays on the good one, and the rollback job finds nothing to roll back', () => {
      const { good, bad, afterGood, afterBad } = story.production;
      expect(bad?.jobs).toEqual({ verify: 'success', release: 'failure', rollback: 'success', notify: 'skipped' });
      expect(bad?.failed?.id).toBe('bake');
      expect(step(bad, 'bake')?.outputs.verdict).toBe('aborted');
      expect(afterBad?.taskDefinition).toBe(afterGood.taskDefinition);
      expect(afterBad?.taskDefinition).toBe(step(good, 'register')?.outputs['task-definition-arn']);
      expect(step(bad, 'rollback')?.outputs.status).toBe('unchanged');
      expect(step(bad, 'rollback')?.output).toMatch(/nothing to roll back/);
      // Nothing was deployed again to get there (a CodeDeploy redeploy of the same revision would move traffic for
      // nothing).
      expect(step(bad, 'rollback')?.output).not.toMatch(/deployment \S+ started|rolls back to/);
    });
  }

  if (name === 'alb') {
    test('rollback.yml by hand after the abort: the flip finds nothing to roll back (the bad color never served all traffic) and changes nothing', () => {
      const { run, serving } = story.byHand;
      expect(run.failed).toBeUndefined();
      expect(step(run, 'rollback')?.outputs.status).toBe('unchanged');
      expect(step(run, 'rollback')?.output).toMatch(
        /nothing to roll back: web-green \(web:\d+\) carries all production traffic, and web-blue \(web:\d+\) never served all production traffic/,
      );
      expect(serving).toEqual(story.production.afterBad);
    });
  } else {
    test('rollback.yml by hand puts staging back on the release before the bad one', () => {
      const { run } = story.byHand;
      expect(run.failed).toBeUndefined();
      expect(step(run, 'rollback')?.outputs.status).toBe('succeeded');
      expect(story.byHand.stagingRevision).toBe(step(story.staging.good, 'register')?.outputs['task-definition-arn']);
    });
  }
});
