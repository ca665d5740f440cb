/** Reading a `command` input: the words of the command line the migration task runs. */
/**
 * Splits a command input into words: a JSON array as given, otherwise on whitespace with '…' and "…" quoting.
 * Returns undefined for an unterminated quote.
 */
export function splitCommand(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) && parsed.every((w) => typeof w === 'string') ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of trimmed) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(current);
  return words;
}

/**
 * True when the words run `prisma migrate resolve` and nothing else: it only marks a migration in the history
 * table and applies none, so it needs no migrations to lint. A shell line (`sh -c "…"`, `&&`, `;`, `|`) is
 * never recognised, since it could apply migrations too.
 */
export function isRecoveryCommand(words: string[]): boolean {
  if (words.some((word) => /[;&|`$<>\n]/.test(word) || /^(sh|bash|ash|dash|zsh)$/.test(word.split('/').pop() ?? ''))) return false;
  const at = words.findIndex((word, i) => word === 'migrate' && words[i + 1] === 'resolve');
  return at > 0 && /(^|\/)prisma(@[\w.-]+)?$/.test(words[at - 1]);
}
