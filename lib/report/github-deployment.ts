/**
 * Optional GitHub deployment records: create the deployment, mark it in_progress, then success or failure,
 * with the environment URL and a link to the run. A failure to record never fails the deploy itself.
 * `@actions/github` (Octokit, its HTTP stack) is loaded only when a record is asked for: most runs never need it.
 */
import { errorMessage } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRecordOptions {
  token: string;
  environment: string;
  environmentUrl?: string;
  description: string;
}

/** A handle on one GitHub deployment; every method is best-effort and logs instead of throwing. */
export interface DeploymentRecord {
  id?: number;
  setState(state: DeploymentState, description: string): Promise<void>;
}

/** The URL of the running workflow run, from the standard variables. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}

const noRecord: DeploymentRecord = { setState: async () => undefined };

/** Creates the deployment record when a token and environment are given; otherwise a no-op handle. */
export async function startDeploymentRecord(
  io: ActionIO,
  options: DeploymentRecordOptions | undefined,
): Promise<DeploymentRecord> {
  if (!options) return noRecord;
  const { context, getOctokit } = await import('@actions/github');
  // Read at call time: the runner sets it for GitHub Enterprise Server; tests point it at a local stand-in.
  const octokit = getOctokit(options.token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
  const { owner, repo } = context.repo;
  const ref = process.env.GITHUB_HEAD_REF || context.sha;
  let id: number;
  try {
    const created = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref,
      environment: options.environment,
      description: options.description,
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
    });
    if (!('id' in created.data)) throw new Error(created.data.message ?? 'GitHub did not create the deployment');
    id = created.data.id;
  } catch (err) {
    io.warning(`Could not create a GitHub deployment for ${options.environment}: ${errorMessage(err)}`);
    return noRecord;
  }
  const record: DeploymentRecord = {
    id,
    setState: async (state, description) => {
      try {
        await octokit.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: id,
          state,
          description: description.slice(0, 140),
          environment_url: options.environmentUrl,
          log_url: runUrl(),
          auto_inactive: state === 'success',
        });
      } catch (err) {
        io.warning(`Could not set GitHub deployment ${id} to ${state}: ${errorMessage(err)}`);
      }
    },
  };
  await record.setState('in_progress', options.description);
  return record;
}
