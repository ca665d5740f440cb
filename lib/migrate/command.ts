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

/** A word that makes the command line a shell line (or starts a shell): such a line could run anything. */
function isShellish(word: string): boolean {
  return /[;&|`$<>\n]/.test(word) || /^(sh|bash|ash|dash|zsh)$/.test(word.split('/').pop() ?? '');
}

/** Where `prisma migrate <sub>` starts in plain words (no shell line): the index of `migrate`, or -1. */
function prismaMigrateAt(words: string[], sub: string): number {
  if (words.some(isShellish)) return -1;
  const at = words.findIndex((word, i) => word === 'migrate' && words[i + 1] === sub);
  return at > 0 && /(^|\/)prisma(@[\w.-]+)?$/.test(words[at - 1]) ? at : -1;
}

/**
 * True when the words run `prisma migrate resolve` and nothing else: it only marks a migration in the history
 * table and applies none, so it needs no migrations to lint. A shell line (`sh -c "…"`, `&&`, `;`, `|`) is
 * never recognised, since it could apply migrations too.
 */
export function isRecoveryCommand(words: string[]): boolean {
  return prismaMigrateAt(words, 'resolve') >= 0;
}

/**
 * The read-only `prisma migrate status` twin of a plain `<prisma> migrate deploy [options]` command, with the same
 * CLI and options (`--schema`, `--config`); undefined for anything else (a shell line, a script), whose pending set
 * the action cannot ask for.
 */
export function statusCommandOf(words: string[]): string[] | undefined {
  const at = prismaMigrateAt(words, 'deploy');
  return at < 0 ? undefined : [...words.slice(0, at + 1), 'status', ...words.slice(at + 2)];
}
