/** The demo prints job summaries for a terminal: a rollout's Mermaid chart becomes a timeline a person can read. */
import { ganttChart, heading } from '../../lib/report/markdown.js';
import { ganttToText, summaryForTerminal } from '../../scripts/demo/terminal.js';

const chart = ganttChart('Rollout', [
  { section: 'trip-service', label: 'registered → deployment started', startSec: 0, endSec: 2, state: 'done' },
  { section: 'trip-service', label: 'deployment started → failed', startSec: 2, endSec: 95, state: 'crit' },
]);

test('the chart becomes one line per span: its label, when it started and ended, and a bar to scale', () => {
  const text = ganttToText(chart.replace(/^```mermaid\n|```\n*$/g, ''));
  expect(text.split('\n')).toEqual([
    'Rollout (1:35 in all)',
    '  trip-service',
    expect.stringMatching(/^ {4}registered → deployment started {2} 0:00 → 0:02 {2}│█ {29}│$/),
    expect.stringMatching(/^ {4}deployment started → failed {6} 0:02 → 1:35 {2}│ ▓{29}│ {2}✖ failed here$/),
  ]);
});

test('a summary keeps its text and tables; the Mermaid source does not reach the terminal', () => {
  const text = summaryForTerminal(
    heading('deploy-ecs: trip-service') +
      '| Service | Result |\n| --- | --- |\n| trip-service | ❌ failed |\n\n' +
      heading('Timeline', 3) +
      chart,
  );
  expect(text).toContain('## deploy-ecs: trip-service');
  expect(text).toContain('| trip-service | ❌ failed |');
  expect(text).toContain('Rollout (1:35 in all)');
  for (const source of ['```', 'gantt', 'dateFormat', 'axisFormat', ':done,', ':crit,'])
    expect(text).not.toContain(source);
});

test('a summary without a chart is unchanged but for the terminal rendering', () => {
  expect(summaryForTerminal('## x\n\nplain\n')).toBe('## x\n\nplain\n');
});

test("a bake's weight chart (xychart-beta) becomes one line of text: each change of weight and when", () => {
  const chart = [
    '```mermaid',
    'xychart-beta',
    '  title "Traffic on the new version (%)"',
    '  x-axis "seconds" ["0", "0", "0", "4", "4"]',
    '  y-axis "%" 0 --> 100',
    '  line [0, 0, 10, 10, 0]',
    '```',
    '',
  ].join('\n');
  const text = summaryForTerminal(`## bake\n\n${chart}\nafter`);
  expect(text).toContain('Traffic on the new version (%): 0 (0s) → 10 (0s) → 0 (4s)');
  expect(text).not.toContain('xychart');
});
