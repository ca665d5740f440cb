/**
 * CloudWatch alarms as a bake check, named exactly or by prefix (`web-*`). Every name is resolved before anything
 * changes, so a typo fails the run at once instead of silently watching nothing. During the bake an alarm in
 * ALARM aborts; INSUFFICIENT_DATA is reported but does not decide; an alarm that vanished cannot pass.
 */
import { type CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';

import { chunk } from '../aws/paging.js';
import { ConfigurationError } from '../core/errors.js';
import { attempt, type RetryOptions } from './retry.js';

/** Alarm names given exactly, and prefixes (an item ending in `*`). */
export interface AlarmSelector {
  names: string[];
  prefixes: string[];
}

export interface AlarmReading {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' | 'MISSING';
  reason: string;
}

/** `abort` when any alarm is in ALARM; `error` when CloudWatch could not be read; `inconclusive` when one is gone. */
export interface AlarmVerdict {
  verdict: 'ok' | 'abort' | 'inconclusive' | 'error';
  readings: AlarmReading[];
  /** What to say: the alarms in ALARM, the ones without data, or the error. */
  summary: string;
}

const DESCRIBE_BATCH = 100;

/** Splits list items into exact names and `prefix*` selectors; names the input on anything unusable. */
export function parseAlarmSelector(items: readonly string[], input = 'alarms'): AlarmSelector {
  const selector: AlarmSelector = { names: [], prefixes: [] };
  for (const item of items) {
    const star = item.indexOf('*');
    if (star === -1) selector.names.push(item);
    else if (star === item.length - 1 && star > 0) selector.prefixes.push(item.slice(0, -1));
    else
      throw ConfigurationError.value(
        input,
        item,
        'an alarm name, or a prefix ending in a single trailing * (like web-prod-*)',
      );
  }
  return selector;
}

/** Resolves names and prefixes to the alarms that exist; an unknown name or an empty prefix is a ConfigurationError. */
export async function resolveAlarms(
  cloudwatch: CloudWatchClient,
  selector: AlarmSelector,
  input = 'alarms',
): Promise<string[]> {
  const found = new Set<string>();
  for (const batch of chunk(selector.names, DESCRIBE_BATCH)) {
    for (const alarm of await describeAll(cloudwatch, { AlarmNames: batch })) found.add(alarm.AlarmName!);
  }
  const unknown = selector.names.filter((name) => !found.has(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      input,
      `${unknown.map((n) => JSON.stringify(n)).join(', ')} ${unknown.length === 1 ? 'is not an alarm' : 'are not alarms'} in this account and region`,
      'names are case-sensitive; end a prefix with *',
    );
  }
  for (const prefix of selector.prefixes) {
    const matched = await describeAll(cloudwatch, { AlarmNamePrefix: prefix });
    if (matched.length === 0)
      throw new ConfigurationError(input, `no alarm name starts with ${JSON.stringify(prefix)}`);
    for (const alarm of matched) found.add(alarm.AlarmName!);
  }
  return [...found].sort();
}

/** Reads the alarms' states now, retrying CloudWatch errors, and judges them. */
export async function readAlarms(
  cloudwatch: CloudWatchClient,
  names: readonly string[],
  retry: RetryOptions = {},
): Promise<AlarmVerdict> {
  const read = await attempt(async () => {
    const alarms: Alarm[] = [];
    for (const batch of chunk([...names], DESCRIBE_BATCH))
      alarms.push(...(await describeAll(cloudwatch, { AlarmNames: batch })));
    return alarms;
  }, retry);
  if (!read.ok)
    return {
      verdict: 'error',
      readings: [],
      summary: `could not read alarms after ${read.attempts} attempts: ${read.error}`,
    };
  const byName = new Map(read.value.map((a) => [a.AlarmName!, a]));
  return judgeAlarms(
    names.map((name) => {
      const alarm = byName.get(name);
      if (!alarm) return { name, state: 'MISSING', reason: 'the alarm no longer exists' };
      return {
        name,
        state: (alarm.StateValue ?? 'INSUFFICIENT_DATA') as AlarmReading['state'],
        reason: alarm.StateReason ?? '',
      };
    }),
  );
}

/** ALARM aborts; a missing alarm is inconclusive; INSUFFICIENT_DATA is reported alongside OK. */
export function judgeAlarms(readings: AlarmReading[]): AlarmVerdict {
  const inState = (state: AlarmReading['state']) => readings.filter((r) => r.state === state);
  const alarming = inState('ALARM');
  if (alarming.length > 0)
    return {
      verdict: 'abort',
      readings,
      summary: `in ALARM: ${alarming.map((r) => `${r.name} (${r.reason || 'no reason given'})`).join('; ')}`,
    };
  const missing = inState('MISSING');
  if (missing.length > 0)
    return { verdict: 'inconclusive', readings, summary: `no longer exist: ${missing.map((r) => r.name).join(', ')}` };
  if (readings.length === 0) return { verdict: 'inconclusive', readings, summary: 'no alarms to watch' };
  const noData = inState('INSUFFICIENT_DATA');
  const ok = readings.length - noData.length;
  return {
    verdict: 'ok',
    readings,
    summary: `${ok} OK${noData.length > 0 ? `; without data (not judged): ${noData.map((r) => r.name).join(', ')}` : ''}`,
  };
}

// Metric and composite alarms alike, reduced to what a bake reads.
type Alarm = { AlarmName?: string; StateValue?: string; StateReason?: string };

async function describeAll(
  cloudwatch: CloudWatchClient,
  query: { AlarmNames?: string[]; AlarmNamePrefix?: string },
): Promise<Alarm[]> {
  const alarms: Alarm[] = [];
  let NextToken: string | undefined;
  do {
    const page = await cloudwatch.send(
      new DescribeAlarmsCommand({ ...query, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], NextToken }),
    );
    alarms.push(...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return alarms;
}
