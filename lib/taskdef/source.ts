/** Where a task definition comes from: a JSON file, a `${NAME}` template, or the service's live revision. */
import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';

import { ConfigurationError } from '../core/errors.js';
import { READ_ONLY_FIELDS } from './fields.js';
import type { TaskDefinitionDraft } from './types.js';

/** Parses task definition JSON, turning a syntax error into one line with the file, line and column. */
export function parseTaskDefinitionJson(text: string, input: string, file: string): TaskDefinitionDraft {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const { line, column } = jsonErrorPosition(text, message);
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/,? ?\(line \d+ column \d+\)/, '');
    throw new ConfigurationError(input, `${file}:${line}:${column} is not valid JSON: ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(
      input,
      `${file} holds ${Array.isArray(parsed) ? 'an array' : typeof parsed}: expected a task definition object`,
    );
  }
  // `aws ecs describe-task-definition` output wraps the definition; accept it as users paste it.
  const object = parsed as Record<string, unknown>;
  const inner =
    object.taskDefinition && typeof object.taskDefinition === 'object'
      ? (object.taskDefinition as Record<string, unknown>)
      : object;
  const draft = stripReadOnly(inner as unknown as TaskDefinitionDraft);
  // Pasted describe-task-definition output is another revision: its record tags stay with it.
  const tags =
    Array.isArray(object.tags) && inner !== object ? (object.tags as Tag[]).filter((t) => !isRecordTag(t.key)) : [];
  if (tags.length) draft.tags = tags;
  return draft;
}

/** Line and column (1-based) of a JSON.parse error, from either V8 message style. */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Fills `${NAME}` placeholders from `vars`, then from the environment. JSON-escapes each value, so a
 * value with quotes or newlines cannot break the document. Returns the names it could not fill.
 */
export function fillTemplate(
  template: string,
  vars: Record<string, string>,
  env: NodeJS.ProcessEnv,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name] ?? env[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text, missing: [...missing] };
}

/**
 * Tags that record what happened to one revision, not what it is: rollouts that completed on it and rollbacks that
 * left it (lib/ecs/history.ts), all traffic it served on a color (lib/traffic/records.ts), the revision a copy
 * restores (rollback), the run that registered it. A revision registered from another must not inherit them, or
 * rollback's history and production's staging check would
 * credit the copy with the original's past.
 */
export function isRecordTag(key: string | undefined): boolean {
  return (
    !!key &&
    (key.startsWith('rolled-out:') ||
      key.startsWith('rolled-back:') ||
      key.startsWith('served:') ||
      key === 'restored-from' ||
      key === 'deployed-by')
  );
}

/**
 * A live task definition as a draft to register again: read-only fields dropped, its own tags kept, record tags not.
 */
export function draftFromLive(live: TaskDefinition, tags: Tag[] | undefined): TaskDefinitionDraft {
  const draft = stripReadOnly(structuredClone(live) as TaskDefinitionDraft);
  const kept = (tags ?? []).filter((t) => !isRecordTag(t.key));
  if (kept.length > 0) draft.tags = kept;
  return draft;
}

function stripReadOnly(definition: TaskDefinitionDraft): TaskDefinitionDraft {
  const copy = { ...definition } as unknown as Record<string, unknown>;
  for (const field of READ_ONLY_FIELDS) delete copy[field];
  return copy as unknown as TaskDefinitionDraft;
}
