/**
 * codedeploy-verdict: a CodeDeploy blue/green canary (10% for 5 "minutes", then 100%) of a CODE_DEPLOY service,
 * deployed by the official aws-actions/amazon-ecs-deploy-task-definition v2.6.3 (its published bundle, run as
 * is, with wait-for-service-stability) and by bake-and-promote's CodeDeploy provider (bundled, with one smoke
 * check every second), side by side against the same CodeDeploy double in the patched moto, time-driven (a step
 * every 200 ms, a "minute" of 1 s). A counting proxy in front of moto tallies each process's AWS calls.
 * Two releases each: a good one, and a broken one whose canary answers 500s.
 *
 * Run: node --import ./scripts/register-ts.mjs bench/codedeploy-verdict.ts   (needs `node scripts/bundle.mjs
 * bake-and-promote`)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import { createAwsClients } from '../lib/aws/clients.js';
import { register, seedCodeDeployService, type Seeded } from '../test/support/codedeploy-seed.js';
import { serviceTaskDefinition } from '../test/support/ecs-seed.js';
import { startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../test/support/moto.js';
import { REPO_ROOT } from '../test/support/run-dist.js';
import { startVersion } from '../test/support/versions.js';

const ANCHOR = join(
  REPO_ROOT,
  '..',
  'shared',
  'anchors',
  'amazon-ecs-deploy-task-definition-v2.6.3',
  'dist',
  'index.js',
);
if (!existsSync(ANCHOR)) {
  console.error(`codedeploy-verdict: the official action's bundle is not at ${ANCHOR}`);
  process.exit(1);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const moto = await startMoto({ MOTO_CODEDEPLOY_STAGE_MS: '200', MOTO_CODEDEPLOY_MINUTE_MS: '1000' });
useMotoEnv(moto);
const aws = createAwsClients({ region: TEST_REGION, action: 'bench' });
const canary = await startVersion('canary');

// A proxy that counts the AWS calls of whoever is pointed at it (X-Amz-Target, or the Action of a query call).
let counts: Record<string, number> = {};
const proxy = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const op = String(req.headers['x-amz-target'] ?? /Action=([A-Za-z]+)/.exec(body)?.[1] ?? 'other')
      .split('.')
      .pop()!;
    counts[op] = (counts[op] ?? 0) + 1;
    const upstream = request(`${moto.endpoint}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 500, answer.headers);
      answer.pipe(res);
    });
    upstream.end(body);
  });
});
await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
const proxied = { ...moto.env, AWS_ENDPOINT_URL: `http://127.0.0.1:${(proxy.address() as { port: number }).port}` };

const dir = mkdtempSync(join(tmpdir(), 'codedeploy-verdict-'));
writeFileSync(join(dir, 'smoke.yml'), 'checks:\n  - name: health\n    path: /health\n    expect:\n      status: 200\n');
writeFileSync(
  join(dir, 'appspec.yaml'),
  'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: "<TASK_DEFINITION>"\n        LoadBalancerInfo:\n          ContainerName: "web"\n          ContainerPort: 3000\n',
);

function run(script: string, env: Record<string, string>): Promise<{ ms: number; code: number; out: string }> {
  const started = Date.now();
  for (const name of ['output', 'summary', 'state']) writeFileSync(join(dir, name), '');
  const child = spawn(process.execPath, [script], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_STATE: join(dir, 'state'),
      ...proxied,
      ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ ms: Date.now() - started, code: code ?? 1, out })),
  );
}

async function greenShare(seeded: Seeded): Promise<number> {
  const listener = (await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [seeded.alb.listenerArn] })))
    .Listeners![0];
  const groups = listener.DefaultActions![0].ForwardConfig!.TargetGroups!;
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 0), 0);
  return Math.round((100 * (groups.find((g) => g.TargetGroupArn === seeded.alb.green)?.Weight ?? 0)) / total);
}

const group = {
  deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
  blueGreenDeploymentConfiguration: {
    deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' as const, waitTimeInMinutes: 0 },
    terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE' as const, terminationWaitTimeInMinutes: 1 },
  },
};
const rows: string[][] = [];
for (const release of ['good', 'broken'] as const) {
  canary.setBehaviour(release === 'good' ? { mode: 'healthy' } : { mode: 'error' });
  for (const who of ['official v2.6.3', 'bake-and-promote'] as const) {
    await moto.reset();
    const seeded = await seedCodeDeployService(aws, group);
    counts = {};
    let result;
    if (who === 'official v2.6.3') {
      const def = serviceTaskDefinition('web', `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/web:${release}`);
      writeFileSync(join(dir, 'taskdef.json'), JSON.stringify(def));
      result = await run(ANCHOR, {
        'INPUT_TASK-DEFINITION': 'taskdef.json',
        INPUT_SERVICE: 'web',
        INPUT_CLUSTER: 'prod',
        'INPUT_CODEDEPLOY-APPSPEC': 'appspec.yaml',
        'INPUT_CODEDEPLOY-APPLICATION': 'AppECS-prod-web',
        'INPUT_CODEDEPLOY-DEPLOYMENT-GROUP': 'DgpECS-web',
        'INPUT_WAIT-FOR-SERVICE-STABILITY': 'true',
        'INPUT_WAIT-FOR-MINUTES': '5',
      });
    } else {
      const revision = await register(aws, release);
      result = await run(join(REPO_ROOT, 'actions/bake-and-promote/dist/main/index.js'), {
        INPUT_CLUSTER: 'prod',
        INPUT_SERVICE: 'web',
        'INPUT_TASK-DEFINITION': revision,
        'INPUT_SMOKE-FILE': 'smoke.yml',
        'INPUT_CANARY-URL': canary.url,
        'INPUT_CHECK-INTERVAL': '1s',
        'INPUT_POLL-INTERVAL': '1s',
        INPUT_STEPS: '',
        INPUT_MODE: 'bake',
        INPUT_WAIT: 'true',
      });
    }
    if (who === 'bake-and-promote' && result.code !== 0 && release === 'good')
      console.error(
        result.out
          .split('\n')
          .filter((l) => !l.startsWith('::debug'))
          .slice(-8)
          .join('\n'),
      );
    const calls = Object.values(counts).reduce((a, b) => a + b, 0);
    const ended =
      (await greenShare(seeded)) === 0
        ? 'all traffic on the old version'
        : `${await greenShare(seeded)}% on the new version`;
    rows.push([
      release,
      who,
      result.code === 0 ? 'success' : 'failure',
      `${(result.ms / 1000).toFixed(1)} s`,
      String(calls),
      ended,
    ]);
  }
}
await moto.stop();
proxy.close();
await canary.stop();

console.log(
  `\ncodedeploy-verdict: CodeDeploy canary 10% for 5 "minutes" (1 s each) then 100%, time-driven double; node ${process.version}`,
);
const width = [8, 18, 10, 10, 10, 34];
console.log(
  ['release', 'deployed by', 'verdict', 'time', 'AWS calls', 'traffic at the end']
    .map((h, i) => h.padEnd(width[i]))
    .join(' | '),
);
console.log(width.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(width[i])).join(' | '));
