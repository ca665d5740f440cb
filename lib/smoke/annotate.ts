/**
 * Smoke problems on the file and line they come from: a validation error, or a check that keeps failing,
 * shows up as an annotation on the smoke file in the pull request or run view.
 */
import type { ActionIO } from '../core/io.js';
import type { SmokeFileError } from './file.js';
import type { RoundVerdict } from './threshold.js';

/** Annotates a smoke file validation error on its file and line. */
export function annotateSmokeFileError(io: Pick<ActionIO, 'error'>, error: SmokeFileError): void {
  io.error(error.message, { title: 'Invalid smoke file', file: error.file, startLine: error.line });
}

/** Annotates each failing check on its line: an error when the round tripped the threshold, a warning below it. */
export function annotateSmokeRound(
  io: Pick<ActionIO, 'error' | 'warning'>,
  file: string,
  verdict: RoundVerdict,
  threshold: number,
): void {
  for (const failing of verdict.failing) {
    const message = `Smoke check "${failing.check}" on ${failing.target} failed ${failing.consecutive} time${failing.consecutive === 1 ? '' : 's'} in a row (threshold ${threshold}): ${failing.reason}`;
    const target = { title: `Smoke check ${failing.check}`, file, startLine: failing.line };
    if (failing.consecutive >= threshold) io.error(message, target);
    else io.warning(message, target);
  }
}
