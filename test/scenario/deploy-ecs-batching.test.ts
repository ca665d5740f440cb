/** DescribeServices takes ten services a call: twelve services cost two calls per look, never twelve. */
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';

import { createAwsClients } from '../../lib/aws/clients.js';
import { PlanError } from '../../lib/core/errors.js';
import { describeServices, pollServices } from '../../lib/ecs/services.js';
import { ecs, useScenarioMocks } from '../support/ecs-scenario.js';

useScenarioMocks();

const names = Array.from({ length: 12 }, (_, i) => `svc-${i + 1}`);

test('twelve services are described in two calls of ten and two, and all come back', async () => {
  ecs.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => ({
    services: input.services.map((serviceName) => ({ serviceName, status: 'ACTIVE' })),
  }));
  const found = await pollServices(createAwsClients({ region: 'eu-west-1', action: 'test' }), 'prod', names);

  expect([...found.keys()]).toEqual(names);
  expect(ecs.commandCalls(DescribeServicesCommand).map((c) => c.args[0].input.services?.length)).toEqual([10, 2]);
});

test('a service missing from the second batch is named, before anything is deployed', async () => {
  ecs.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => ({
    services: input.services.filter((s) => s !== 'svc-12').map((serviceName) => ({ serviceName, status: 'ACTIVE' })),
    failures: input.services.includes('svc-12')
      ? [{ arn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/svc-12', reason: 'MISSING' }]
      : [],
  }));
  await expect(
    describeServices(createAwsClients({ region: 'eu-west-1', action: 'test' }), 'prod', names),
  ).rejects.toThrow(new PlanError('service "svc-12" was not found in cluster "prod" (MISSING)'));
});
