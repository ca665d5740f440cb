/**
 * The `steps` input of a traffic shift: `10%:10m, 100%` means "send 10% to the new version, bake 10 minutes,
 * then send everything". Parsed once, before anything changes; pure.
 */
import { formatDuration, parseDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';

/** One stop on the way to 100%: the new version's share of traffic and how long to bake there. */
export interface TrafficStep {
  /** Percent of traffic on the new version, 0–100. */
  weight: number;
  /** How long to hold this weight under checks; 0 only for the final 100% step. */
  bakeMs: number;
}

export const DEFAULT_STEPS = '10%:10m, 100%';
const MAX_STEPS = 20;
const ACCEPTED =
  'comma-separated steps like `10%:10m, 100%`: whole percents from 0 to 100, strictly increasing, each with a bake duration, ending at a plain 100%';

/** Parses and validates the `steps` input; throws a ConfigurationError naming `input` on anything off. */
export function parseSteps(text: string, input = 'steps'): TrafficStep[] {
  const fail = (problem: string) =>
    new ConfigurationError(
      input,
      `${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)}: ${problem}; expected ${ACCEPTED}`,
    );
  const items = text.split(/[,\n]/).map((item) => item.trim());
  if (items.every((item) => item === '')) throw fail('no steps given');
  if (items.some((item) => item === '')) throw fail('an empty step (two commas, or a trailing comma)');
  if (items.length > MAX_STEPS) throw fail(`${items.length} steps is more than ${MAX_STEPS}`);

  const steps = items.map((item) => {
    const match = /^(\d{1,3})\s*%\s*(?::\s*(\S+))?$/.exec(item);
    if (!match) throw fail(`step "${item}" is not PERCENT% or PERCENT%:DURATION`);
    const weight = Number(match[1]);
    if (weight > 100) throw fail(`step "${item}": ${weight}% is more than 100%`);
    let bakeMs = 0;
    if (match[2] !== undefined) {
      const ms = parseDuration(match[2]);
      if (ms === undefined) throw fail(`step "${item}": bake "${match[2]}" is not a duration like 90s, 10m or 1h30m`);
      if (ms <= 0) throw fail(`step "${item}": a bake must be longer than 0s`);
      bakeMs = ms;
    }
    return { item, weight, bakeMs, hasBake: match[2] !== undefined };
  });

  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous && step.weight <= previous.weight)
      throw fail(`${step.weight}% does not increase on ${previous.weight}%`);
    const last = index === steps.length - 1;
    if (!last && !step.hasBake)
      throw fail(`step "${step.item}" has no bake duration (only the final 100% may go without one)`);
    if (last && step.weight !== 100) throw fail(`the last step is ${step.weight}%, not 100%`);
    if (last && step.hasBake)
      throw fail(`the final step "${step.item}" has a bake; after 100% comes promotion, so write plain 100%`);
  });
  return steps.map(({ weight, bakeMs }) => ({ weight, bakeMs }));
}

/** The time spent baking over all steps, in milliseconds. */
export function totalBakeMs(steps: readonly TrafficStep[]): number {
  return steps.reduce((sum, step) => sum + step.bakeMs, 0);
}

/** Writes steps back the way the input takes them, e.g. "10% for 10m 00s → 100%", for logs and summaries. */
export function describeSteps(steps: readonly TrafficStep[]): string {
  return steps
    .map((step) => (step.bakeMs > 0 ? `${step.weight}% for ${formatDuration(step.bakeMs)}` : `${step.weight}%`))
    .join(' → ');
}
