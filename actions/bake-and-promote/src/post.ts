import { runnerIO } from '../../../lib/core/io.js';
import { runAction } from '../../../lib/core/run.js';
import { post } from './cleanup.js';

await runAction('bake-and-promote (post)', runnerIO(), post);
