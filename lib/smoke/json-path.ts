/**
 * The small JSON path the smoke file takes: `$.order.items[0].id`, `items[0].id` or `status` — dots and
 * numeric indexes, nothing more, so a path means one value and a reader can tell which.
 */

/** Splits a path into keys and indexes; undefined when it is not one we take. */
export function parseJsonPath(path: string): (string | number)[] | undefined {
  const trimmed = path.trim();
  // "$.a" and "a" mean the same; after the root every step is `.key`, `[0]` or `["key"]`.
  const body = trimmed.startsWith('$') ? trimmed.slice(1) : trimmed.startsWith('[') ? trimmed : `.${trimmed}`;
  const segments: (string | number)[] = [];
  const pattern = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("([^"\\]|\\.)*")\]/y;
  let index = 0;
  while (index < body.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(body);
    if (!match) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]) as string);
    index = pattern.lastIndex;
  }
  return segments;
}

/** The value at `segments` in `value`, and whether it was there at all. */
export function valueAt(value: unknown, segments: readonly (string | number)[]): { found: boolean; value?: unknown } {
  let current: unknown = value;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { found: false };
      current = current[segment];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment))
        return { found: false };
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: current };
}
