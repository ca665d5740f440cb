/** Small Markdown builders for job summaries: tables, details blocks and Mermaid charts. */

/** Escapes a value for a Markdown table cell. */
export function cell(value: unknown): string {
  const text = value === undefined || value === null || value === '' ? '—' : String(value);
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A Markdown table; every row has one cell per header. */
export function table(headers: string[], rows: unknown[][]): string {
  const head = `| ${headers.map(cell).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n\n';
}

/**
 * A table without the columns whose every cell is empty (undefined, null or ''): a column that says nothing is not
 * drawn.
 */
export function compactTable(headers: string[], rows: unknown[][]): string {
  const empty = (value: unknown) => value === undefined || value === null || value === '';
  const kept = headers.map((_, i) => i).filter((i) => rows.some((row) => !empty(row[i])));
  return table(
    kept.map((i) => headers[i]),
    rows.map((row) => kept.map((i) => row[i])),
  );
}

/**
 * An image reference as a table row shows it: the repository's last path segment and its tag (or the digest's first
 * 12 hex digits), `registry/rides/trip-service@sha256:b04c…` → `trip-service@sha256:b04c2d8d2e5a`. Pure.
 */
export function shortImage(reference: string | undefined): string | undefined {
  if (!reference) return reference;
  const at = reference.indexOf('@');
  const name = at >= 0 ? reference.slice(0, at) : reference;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon) : '';
  const repository = (colon > slash ? name.slice(0, colon) : name).split('/').pop();
  const digest = at >= 0 ? reference.slice(at).replace(/^(@sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1') : '';
  return `${repository}${digest ? digest : tag}`;
}

export function heading(text: string, level = 2): string {
  return `${'#'.repeat(level)} ${text}\n\n`;
}

export function details(summaryText: string, body: string): string {
  return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n\n`;
}

export function codeBlock(text: string, language = ''): string {
  return '```' + language + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n\n';
}

/** One bar of a Gantt chart: a named span in seconds from the start. */
export interface TimelineSpan {
  section: string;
  label: string;
  startSec: number;
  endSec: number;
  state?: 'done' | 'active' | 'crit';
}

/** A Mermaid Gantt chart of spans (GitHub renders Mermaid in job summaries). */
export function ganttChart(title: string, spans: TimelineSpan[]): string {
  const lines = [
    '```mermaid',
    'gantt',
    `  title ${title.replace(/[:;#]/g, ' ')}`,
    '  dateFormat X',
    '  axisFormat %M:%S',
  ];
  let section = '';
  for (const span of spans) {
    if (span.section !== section) {
      section = span.section;
      lines.push(`  section ${section.replace(/[:;#]/g, ' ')}`);
    }
    const end = Math.max(span.endSec, span.startSec + 1);
    const tag = span.state ? `${span.state}, ` : '';
    lines.push(`  ${span.label.replace(/[:;#]/g, ' ')} :${tag}${Math.round(span.startSec)}, ${Math.round(end)}`);
  }
  lines.push('```');
  return lines.join('\n') + '\n\n';
}

/** Renders summary Markdown for a terminal: drops HTML tags and fences, keeps tables readable. */
export function markdownToTerminal(markdown: string): string {
  return markdown
    .replace(/<details><summary>(.*?)<\/summary>/g, '▸ $1')
    .replace(/<\/details>/g, '')
    .replace(/<br>/g, ' / ')
    .replace(/^```\w*$/gm, '')
    .replace(/^\|( --- \|)+$/gm, (rule) => rule.replace(/---/g, '───'))
    .replace(/\n{3,}/g, '\n\n');
}

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
