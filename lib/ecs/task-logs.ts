/**
 * Follows a task container's CloudWatch Logs stream (awslogs driver) so its lines appear in the job log as
 * they arrive. The stream only exists once the container has started; until then there is nothing to read.
 */
import type { ContainerDefinition } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { errorMessage } from '../core/errors.js';

export interface LogStreamRef {
  group: string;
  stream: string;
  /** The region awslogs writes to, when it is not the clients' region. */
  region?: string;
}

/** Where awslogs writes a container's output: `<prefix>/<container>/<task id>` in the configured group. */
export function containerLogStream(
  container: ContainerDefinition | undefined,
  taskId: string,
): LogStreamRef | undefined {
  const config = container?.logConfiguration;
  if (config?.logDriver !== 'awslogs' || !container?.name) return undefined;
  const group = config.options?.['awslogs-group'];
  const prefix = config.options?.['awslogs-stream-prefix'];
  // Without a prefix awslogs names the stream after the container ID, which we cannot know in advance.
  if (!group || !prefix) return undefined;
  return { group, stream: `${prefix}/${container.name}/${taskId}`, region: config.options?.['awslogs-region'] };
}

/** Reads new lines of one stream on each `poll()`, from the start, without repeating any. */
export class LogTail {
  private nextToken: string | undefined;
  private lines = 0;
  private warned = false;

  constructor(
    private readonly clients: AwsClients,
    readonly ref: LogStreamRef,
    private readonly onLine: (line: string) => void,
    private readonly onProblem: (message: string) => void,
  ) {}

  /** How many lines have been passed on so far. */
  get count(): number {
    return this.lines;
  }

  /** Reads everything new; a missing stream (not created yet) is silence, other errors are reported once. */
  async poll(): Promise<void> {
    try {
      // GetLogEvents hands back the same forward token once the end is reached; stop there.
      for (let page = 0; page < 50; page++) {
        // Loaded on the first read, not at start: only a task's log needs the CloudWatch Logs package.
        const { GetLogEventsCommand } = await import('@aws-sdk/client-cloudwatch-logs');
        const answer = await this.clients.logs.send(
          new GetLogEventsCommand({
            logGroupName: this.ref.group,
            logStreamName: this.ref.stream,
            startFromHead: true,
            nextToken: this.nextToken,
          }),
        );
        for (const event of answer.events ?? []) {
          for (const line of (event.message ?? '').replace(/\r?\n$/, '').split(/\r?\n/)) {
            this.onLine(line);
            this.lines++;
          }
        }
        const token = answer.nextForwardToken;
        const done = !token || token === this.nextToken || (answer.events ?? []).length === 0;
        this.nextToken = token ?? this.nextToken;
        if (done) return;
      }
    } catch (err) {
      if ((err as { name?: string }).name === 'ResourceNotFoundException') return;
      if (!this.warned)
        this.onProblem(`cannot read the task's log stream ${this.ref.group}/${this.ref.stream}: ${errorMessage(err)}`);
      this.warned = true;
    }
  }
}
