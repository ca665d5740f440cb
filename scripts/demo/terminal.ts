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
    const drawn = ' '.repeat(from) + (bar.state === 'crit' ? '▓' : '█').repeat(to - from) + ' '.repeat(Math.max(0, BAR_WIDTH - to));
    const failed = bar.state === 'crit' ? '  ✖ failed here' : '';
    lines.push(`    ${bar.label.padEnd(labelWidth)}  ${clock(bar.start - origin).padStart(5)} → ${clock(bar.end - origin).padEnd(5)} │${drawn}│${failed}`);
  }
  return lines.join('\n');
}

/** A job summary for the terminal: each ```mermaid gantt block becomes a text timeline; the rest as markdownToTerminal. */
export function summaryForTerminal(markdown: string): string {
  const withTimelines = markdown.replace(/^```mermaid\n(gantt\n[\s\S]*?)^```$/gm, (_block, chart: string) => ganttToText(chart));
  return markdownToTerminal(withTimelines);
}
