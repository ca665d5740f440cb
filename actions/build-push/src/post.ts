import { runnerIO } from '../../../lib/core/io.js';
import { runAction } from '../../../lib/core/run.js';
import { execCommandRunner } from '../../../lib/image/command-runner.js';
import { logout } from './logout.js';

await runAction('build-push', runnerIO(), ({ io }) => logout(io, execCommandRunner()));
