import { cell, ganttChart, markdownToTerminal, table } from '../../lib/report/markdown.js';

test('table cells escape pipes and newlines, and show a dash for nothing', () => {
  expect(
    table(
      ['Service', 'Reason'],
      [
        ['web', 'a | b\nc'],
        ['api', undefined],
      ],
    ),
  ).toBe('| Service | Reason |\n| --- | --- |\n| web | a \\| b<br>c |\n| api | — |\n\n');
  expect(cell('')).toBe('—');
});

test('a timeline becomes a Mermaid Gantt chart with one section per service, spans at least a second long', () => {
  const chart = ganttChart('Rollout', [
    { section: 'web', label: 'deployment started → completed', startSec: 0, endSec: 75, state: 'done' },
    { section: 'api', label: 'deployment started → failed (rolled-back)', startSec: 0, endSec: 0.2, state: 'crit' },
  ]);
  expect(chart).toContain('```mermaid\ngantt\n  title Rollout\n  dateFormat X');
  expect(chart).toContain('  section web\n  deployment started → completed :done, 0, 75');
  expect(chart).toContain('  section api\n  deployment started → failed (rolled-back) :crit, 0, 1');
});

test('a summary reads in a terminal: no HTML, fences or raw rules', () => {
  const text = markdownToTerminal(
    '## x\n\n| A | B |\n| --- | --- |\n| 1 | 2<br>3 |\n\n<details><summary>Events</summary>\n\n```\nlog\n```\n</details>\n',
  );
  expect(text).toContain('| A | B |\n| ─── | ─── |\n| 1 | 2 / 3 |');
  expect(text).toContain('▸ Events');
  expect(text).not.toMatch(/<|```|\n{3}/);
});
