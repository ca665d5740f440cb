import '../../../lib/migrate/pg-wasm.js';

import { runnerIO } from '../../../lib/core/io.js';
import { runAction } from '../../../lib/core/run.js';
import { main } from './main.js';

await runAction('migrate', runnerIO(), main);
