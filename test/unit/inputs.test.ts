import { formatDuration, parseDuration } from '../../lib/core/duration.js';
import { ConfigurationError } from '../../lib/core/errors.js';
import { InputReader, splitList } from '../../lib/core/inputs.js';
import { memoryIO } from '../../lib/core/io.js';

const reader = (inputs: Record<string, string>) => new InputReader(memoryIO(inputs));

describe('durations', () => {
  test.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h30m', 5_400_000],
    ['600', 600_000],
    ['250ms', 250],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(['abc', '15 minutes', '-5m', '1.5m', ''])('%j is rejected', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );

  test.each([
    [850, '850ms'],
    [12_000, '12s'],
    [245_000, '4m 05s'],
    [3_720_000, '1h 02m'],
  ])('%d ms reads as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('typed inputs', () => {
  test('a bad duration names the input, the value and what is accepted', () => {
    expect(() => reader({ 'wait-timeout': 'abc' }).duration('wait-timeout', '15m')).toThrow(
      'Invalid `wait-timeout` "abc": expected a duration like 90s, 15m or 1h30m',
    );
  });

  test('a bad boolean is an error, not a silent false', () => {
    expect(() => reader({ wait: 'maybe' }).boolean('wait', true)).toThrow(ConfigurationError);
    expect(reader({ wait: 'FALSE' }).boolean('wait', true)).toBe(false);
    expect(reader({}).boolean('wait', true)).toBe(true);
  });

  test.each([
    ['3', 3],
    ['0', 0],
  ])('integer %s within range', (text, value) =>
    expect(reader({ n: text }).integer('n', 1, { min: 0, max: 10 })).toBe(value),
  );

  test.each(['3.5', 'x', '11', '-1'])('integer %s outside the accepted set is an error naming the range', (text) => {
    expect(() => reader({ n: text }).integer('n', 1, { min: 0, max: 10 })).toThrow(
      /Invalid `n` ".*": expected a whole number from 0 to 10/,
    );
  });

  test('a required input that is missing says so', () => {
    expect(() => reader({}).required('cluster')).toThrow('Invalid `cluster`: is required but was not set');
  });

  test('oneOf lists what is accepted', () => {
    expect(() => reader({ mode: 'lambda' }).oneOf('mode', ['ecs-task', 'local'] as const, 'ecs-task')).toThrow(
      'Invalid `mode` "lambda": expected one of ecs-task, local',
    );
  });

  test('KEY=value lines keep `=` inside values and reject malformed lines with their line number', () => {
    expect(reader({ env: 'A=1\n# note\nB = x=y\n' }).keyValues('env')).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
    ]);
    expect(() => reader({ env: 'A=1\nnot a pair' }).keyValues('env')).toThrow(
      'Invalid `env`: line 2 "not a pair" is not KEY=value',
    );
    expect(() => reader({ env: 'A=1\nA=2' }).keyValues('env')).toThrow(/key "A" is given twice/);
  });

  test('lists split on lines and commas, skipping blanks and comments', () => {
    expect(splitList('user-service, trip-service\n\n# off\ndriver-service')).toEqual([
      'user-service',
      'trip-service',
      'driver-service',
    ]);
  });
});
