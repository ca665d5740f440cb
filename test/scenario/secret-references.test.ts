// Checking deploy-ecs's secret references on the real SDK clients (aws-sdk-client-mock): what exists, what does
// not, a bare name that is a Secrets Manager secret's (ECS would look for an SSM parameter), and what is said.
import {
  DescribeSecretCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { DescribeParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';

import { createAwsClients } from '../../lib/aws/clients.js';
import { errorMessage } from '../../lib/core/errors.js';
import { memoryIO } from '../../lib/core/io.js';
import { checkSecretReferences, reportReferenceCheck } from '../../lib/secrets/references.js';

const ssm = mockClient(SSMClient);
const sm = mockClient(SecretsManagerClient);
const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
const ARN_PREFIX = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:';
const notFound = () =>
  new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret.", $metadata: {} });

beforeEach(() => {
  ssm.reset();
  sm.reset();
  ssm.on(DescribeParametersCommand).resolves({ Parameters: [{ Name: '/trip/staging/db' }] });
  sm.on(DescribeSecretCommand).rejects(notFound());
  sm.on(DescribeSecretCommand, { SecretId: 'trip/staging/jwt' }).resolves({
    ARN: `${ARN_PREFIX}trip/staging/jwt-Ab12Cd`,
    Name: 'trip/staging/jwt',
  });
  sm.on(DescribeSecretCommand, { SecretId: `${ARN_PREFIX}trip/staging/api-Zz99Yy` }).resolves({
    ARN: `${ARN_PREFIX}trip/staging/api-Zz99Yy`,
  });
});

test('a bare name that is a Secrets Manager secret is found by name, and the ARN to use is printed with the name left out', async () => {
  const check = await checkSecretReferences(clients, [
    ['DATABASE_URL', '/trip/staging/db'],
    ['JWT_KEY', 'trip/staging/jwt'],
    ['API_KEY', `${ARN_PREFIX}trip/staging/api-Zz99Yy:key::`],
    ['GONE', '/trip/staging/gone'],
  ]);
  expect(check).toEqual({
    missing: ['GONE'],
    useArn: [{ name: 'JWT_KEY', arn: `${ARN_PREFIX}trip/staging/jwt-Ab12Cd`, reference: 'trip/staging/jwt' }],
    unchecked: [],
  });
  // DescribeSecret by name only for the bare name no parameter answered to; no value is ever read.
  expect(sm.commandCalls(DescribeSecretCommand).map((c) => c.args[0].input.SecretId)).toEqual([
    'trip/staging/jwt',
    '/trip/staging/gone',
    `${ARN_PREFIX}trip/staging/api-Zz99Yy`,
  ]);
  expect(sm.calls()).toHaveLength(3);

  const io = memoryIO();
  let message = '';
  try {
    reportReferenceCheck(check, 'eu-west-1', io);
  } catch (err) {
    message = errorMessage(err);
  }
  expect(message).toContain('GONE refers to no SSM parameter or Secrets Manager secret in eu-west-1');
  expect(message).toContain(
    `JWT_KEY gives the name of a Secrets Manager secret, but ECS reads a name that is not an ARN as an SSM parameter: use the secret's ARN, ${ARN_PREFIX}<name>-Ab12Cd`,
  );
  // The references were given in a secret-bearing input: they are masked, and never printed.
  expect(message).not.toMatch(/trip\/staging/);
});

test('a reference that cannot be checked is a warning naming the variable, with the reference taken out of the AWS error', async () => {
  ssm
    .on(DescribeParametersCommand)
    .rejects(
      Object.assign(
        new Error(
          'User: arn:aws:sts::1:assumed-role/deploy is not authorized to perform: ssm:DescribeParameters on resource: /trip/staging/db',
        ),
        { name: 'AccessDeniedException' },
      ),
    );
  const check = await checkSecretReferences(clients, [['DATABASE_URL', '/trip/staging/db']]);
  expect(check.unchecked).toEqual([
    {
      name: 'DATABASE_URL',
      why: 'User: arn:aws:sts::1:assumed-role/deploy is not authorized to perform: ssm:DescribeParameters on resource: <the reference of DATABASE_URL>',
    },
  ]);
  const io = memoryIO();
  reportReferenceCheck(check, 'eu-west-1', io);
  expect(io.annotations.map((a) => a.message)).toEqual([
    `Could not check that the reference of DATABASE_URL exists: ${check.unchecked[0].why}`,
  ]);
});
