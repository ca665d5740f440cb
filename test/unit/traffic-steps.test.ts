import { ConfigurationError } from '../../lib/core/errors.js';
import { DEFAULT_STEPS, describeSteps, parseSteps, totalBakeMs } from '../../lib/traffic/steps.js';

describe('traffic steps', () => {
  test.each([
    [
      DEFAULT_STEPS,
      [
        { weight: 10, bakeMs: 600_000 },
        { weight: 100, bakeMs: 0 },
      ],
    ],
    [
      '5%:5m, 25%:5m, 50%:5m, 100%',
      [
        { weight: 5, bakeMs: 300_000 },
        { weight: 25, bakeMs: 300_000 },
        { weight: 50, bakeMs: 300_000 },
        { weight: 100, bakeMs: 0 },
      ],
    ],
    ['100%', [{ weight: 100, bakeMs: 0 }]],
    [
      '0%:2m, 100%',
      [
        { weight: 0, bakeMs: 120_000 },
        { weight: 100, bakeMs: 0 },
      ],
    ],
    [
      '1% : 90s ,100 %',
      [
        { weight: 1, bakeMs: 90_000 },
        { weight: 100, bakeMs: 0 },
      ],
    ],
    [
      '10%:1h30m\n100%',
      [
        { weight: 10, bakeMs: 5_400_000 },
        { weight: 100, bakeMs: 0 },
      ],
    ],
  ])('%j parses', (text, steps) => expect(parseSteps(text)).toEqual(steps));

  test.each([
    ['', 'no steps given'],
    ['10%:10m,,100%', 'an empty step'],
    ['10%:10m, 100%,', 'an empty step'],
    ['10:10m, 100%', 'step "10:10m" is not PERCENT% or PERCENT%:DURATION'],
    ['10.5%:10m, 100%', 'is not PERCENT%'],
    ['-5%:1m, 100%', 'is not PERCENT%'],
    ['150%:1m, 100%', '150% is more than 100%'],
    ['10%:ten, 100%', 'bake "ten" is not a duration'],
    ['10%:0s, 100%', 'a bake must be longer than 0s'],
    ['50%:5m, 25%:5m, 100%', '25% does not increase on 50%'],
    ['10%:5m, 10%:5m, 100%', '10% does not increase on 10%'],
    ['10%, 100%', 'step "10%" has no bake duration'],
    ['10%:5m, 50%:5m', 'the last step is 50%, not 100%'],
    ['10%:5m, 100%:5m', 'the final step "100%:5m" has a bake'],
    [Array.from({ length: 21 }, (_, i) => `${i}%:1m`).join(',') + ',100%', 'more than 20'],
  ])('%j is refused: %s', (text, problem) => {
    let thrown: unknown;
    try {
      parseSteps(text);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    const message = (thrown as Error).message;
    expect(message).toContain('Invalid `steps`');
    expect(message).toContain(problem);
    expect(message).toContain('expected comma-separated steps like `10%:10m, 100%`');
  });

  test('the error names the input it came from and what was given', () => {
    expect(() => parseSteps('10%', 'canary-steps')).toThrow(
      'Invalid `canary-steps` "10%": the last step is 10%, not 100%',
    );
  });

  test('totals and descriptions read as a person would say them', () => {
    const steps = parseSteps('5%:5m, 25%:5m, 50%:5m, 100%');
    expect(totalBakeMs(steps)).toBe(900_000);
    expect(describeSteps(steps)).toBe('5% for 5m 00s → 25% for 5m 00s → 50% for 5m 00s → 100%');
  });
});
