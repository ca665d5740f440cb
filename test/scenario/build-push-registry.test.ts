/**
 * Where the ECR login token goes, followed through a whole run with the real SDK client under aws-sdk-client-mock
 * and a recording builder: to the registry ECR's GetAuthorizationToken answer names (or another name of it, such as
 * its FIPS host), never to a registry of another account, and nowhere at all when the input is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';

import { buildPush } from '../../actions/build-push/src/main.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO } from '../../lib/core/io.js';
import type { BuilderCommand } from '../../lib/image/builder-command.js';
import type { CommandOptions } from '../../lib/image/command-runner.js';

const SHA = '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5';
const ENV = { AWS_REGION: 'us-east-1', GITHUB_SHA: SHA, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };
const TOKEN = Buffer.from('AWS:pa55word').toString('base64');
const PUSHED = `sha256:${'7'.repeat(64)}`;

const ecr = mockClient(ECRClient);

function account(id: string, proxyEndpoint = `https://${id}.dkr.ecr.us-east-1.amazonaws.com`): void {
  ecr.on(DescribeRepositoriesCommand).resolves({
    repositories: [
      {
        repositoryName: 'web',
        repositoryUri: `${id}.dkr.ecr.us-east-1.amazonaws.com/web`,
        imageTagMutability: 'IMMUTABLE',
      },
    ],
  });
  ecr.on(BatchGetImageCommand).resolves({ images: [], failures: [{ failureCode: 'ImageNotFound' }] });
  ecr.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint }] });
}

function run(inputs: Record<string, string>) {
  const calls: { command: BuilderCommand; options?: CommandOptions }[] = [];
  const io = memoryIO({ repository: 'web', builder: 'buildah', context: 'test/fixtures/build-push', ...inputs });
  const done = buildPush(
    { io, signal: new AbortController().signal },
    {
      clients: createAwsClients({ region: 'us-east-1', action: 'build-push' }),
      env: { ...ENV, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bp-registry-')) },
      runCommand: async (command, options) => {
        calls.push({ command, options });
        const digestFile = command.args.indexOf('--digestfile');
        if (digestFile >= 0) writeFileSync(command.args[digestFile + 1], PUSHED);
        return { exitCode: 0, stdout: '', stderr: '' };
      },
    },
  );
  return { io, calls, done };
}

beforeEach(() => ecr.reset());

test('the FIPS name of the token registry gets the login and every push; the token goes nowhere else', async () => {
  account('123456789012');
  const fips = '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com';
  const { io, calls, done } = run({ registry: fips });
  // Reading the manifest back needs the network this machine lacks: the builder's digest stands in, with a warning.
  await expect(done).resolves.toMatchObject({ result: 'built', digest: PUSHED });
  expect(calls[0]).toEqual({
    command: expect.objectContaining({
      tool: 'buildah',
      args: ['login', '--username', 'AWS', '--password-stdin', fips],
    }),
    options: { input: 'pa55word', silent: true },
  });
  // Only the login carries the password; every other command names the FIPS host and no other registry.
  expect(calls.slice(1).every((call) => call.options?.input === undefined)).toBe(true);
  const hosts = calls
    .flatMap((call) => call.command.args)
    .filter((arg) => arg.startsWith('docker://'))
    .map((arg) => arg.slice('docker://'.length).split('/')[0]);
  expect(new Set(hosts)).toEqual(new Set([fips]));
  expect(io.outputs.registry).toBe(fips);
});

test('a registry of another account than the token is for is refused before any repository, login or build', async () => {
  account('123456789012');
  ecr
    .on(DescribeRepositoriesCommand)
    .rejects(Object.assign(new Error('no such repository'), { name: 'RepositoryNotFoundException' }));
  const { calls, done } = run({
    registry: '210987654321.dkr.ecr.us-east-1.amazonaws.com',
    'create-repository': 'true',
    repository: 'web-new',
  });
  await expect(done).rejects.toThrow(
    'Invalid `registry` "210987654321.dkr.ecr.us-east-1.amazonaws.com": expected another name of 123456789012.dkr.ecr.us-east-1.amazonaws.com',
  );
  expect(calls).toEqual([]);
  expect(ecr).not.toHaveReceivedCommand(CreateRepositoryCommand);
});

test('a token ECR issued for another registry than `registry-id` names is not used', async () => {
  account('123456789012');
  const { calls, done } = run({ 'registry-id': '210987654321' });
  await expect(done).rejects.toThrow(
    'ECR issued a token for 123456789012.dkr.ecr.us-east-1.amazonaws.com, not for registry 210987654321',
  );
  expect(ecr).toHaveReceivedCommandWith(GetAuthorizationTokenCommand, { registryIds: ['210987654321'] });
  expect(calls).toEqual([]);
});
