/** Job summaries as the demo prints them: Markdown made readable in a terminal, Mermaid charts drawn as text. */
import { markdownToTerminal } from '../../lib/report/markdown.js';

interface Bar {
  section: string;
  label: string;
  start: number;
  end: number;
  state: string;
}

const BAR_WIDTH = 30;

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}

/** Draws one Mermaid `gantt` chart (as lib/report/markdown.ts ganttChart writes them) as a text timeline. Pure. */
export function ganttToText(source: string): string {
  let title = '';
  let section = '';
  const bars: Bar[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('title ')) title = line.slice(6).trim();
    else if (line.startsWith('section ')) section = line.slice(8).trim();
    else {
      // `label :state, start, end` with start and end in seconds (dateFormat X).
      const bar = /^(.+?)\s*:\s*(?:(done|active|crit),\s*)?(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)$/.exec(line);
      if (bar) bars.push({ section, label: bar[1], state: bar[2] ?? '', start: Number(bar[3]), end: Number(bar[4]) });
    }
  }
  if (bars.length === 0) return '';
  const origin = Math.min(...bars.map((b) => b.start));
  const span = Math.max(1, Math.max(...bars.map((b) => b.end)) - origin);
  const labelWidth = Math.max(...bars.map((b) => b.label.length));
  const lines = [`${title || 'Timeline'} (${clock(span)} in all)`];
  let shown = '';
  for (const bar of bars) {
    if (bar.section !== shown) lines.push(`  ${(shown = bar.section)}`);
    const from = Math.round(((bar.start - origin) / span) * BAR_WIDTH);
    const to = Math.max(from + 1, Math.round(((bar.end - origin) / span) * BAR_WIDTH));
    const drawn =
      ' '.repeat(from) + (bar.state === 'crit' ? '▓' : '█').repeat(to - from) + ' '.repeat(Math.max(0, BAR_WIDTH - to));
    const failed = bar.state === 'crit' ? '  ✖ failed here' : '';
    lines.push(
      `    ${bar.label.padEnd(labelWidth)}  ${clock(bar.start - origin).padStart(5)} → ${clock(bar.end - origin).padEnd(5)} │${drawn}│${failed}`,
    );
  }
  return lines.join('\n');
}

/**
 * Draws one Mermaid `xychart-beta` line chart (bake-and-promote's weight over time) as one line of text:
 * `title: 0 (0s) → 10 (0s) → 100 (9s)`, consecutive equal points merged. Pure.
 */
export function xyChartToText(source: string): string {
  const title = /title\s+"([^"]*)"/.exec(source)?.[1] ?? 'Chart';
  const unit = /x-axis\s+"([^"]*)"/.exec(source)?.[1] === 'seconds' ? 's' : '';
  const xs = [...(/x-axis[^[]*\[([^\]]*)\]/.exec(source)?.[1].matchAll(/"([^"]*)"/g) ?? [])].map((m) => m[1]);
  const ys = (/line\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '')
    .split(',')
    .map((y) => y.trim())
    .filter(Boolean);
  const points = ys.map((y, i) => ({ y, x: xs[i] ?? '' })).filter((p, i, all) => i === 0 || p.y !== all[i - 1].y);
  return `${title}: ${points.map((p) => `${p.y} (${p.x}${unit})`).join(' → ')}`;
}

/**
 * A job summary for the terminal: each ```mermaid gantt or xychart block becomes text; the rest as markdownToTerminal.
 */
export function summaryForTerminal(markdown: string): string {
  const withTimelines = markdown
    .replace(/^```mermaid\n(gantt\n[\s\S]*?)^```$/gm, (_block, chart: string) => ganttToText(chart))
    .replace(/^```mermaid\n(xychart-beta\n[\s\S]*?)^```$/gm, (_block, chart: string) => xyChartToText(chart));
  return markdownToTerminal(withTimelines);
}
