/**
 * The forms of a secret value the log could show. GitHub masks only exact matches of what was registered,
 * so a password inside a URL, a percent-decoded password or one line of a multi-line value must each be
 * registered on its own.
 */

/**
 * Shorter forms are not registered: masking a one- or two-character value would star out that text in
 * every line of the job log, and no real secret is that short.
 */
const MIN_MASKED_LENGTH = 3;

/** The value, each of its lines, and (when it is a URL or holds `password=`) each password in it, raw and decoded. */
export function secretForms(value: string): string[] {
  const forms = new Set<string>();
  const add = (form: string | undefined) => {
    const trimmed = form?.trim();
    if (trimmed && trimmed.length >= MIN_MASKED_LENGTH) forms.add(trimmed);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line);
  for (const password of urlPasswords(value)) {
    add(password);
    add(decoded(password));
    add(decoded(password.replace(/\+/g, ' ')));
  }
  return [...forms];
}

/**
 * Passwords in a URL or connection string: the user-info's after its first `:` up to the LAST `@` before the
 * host (a password may hold `@`), and every `…password=` parameter (`password`, `sslpassword`, …) in the query
 * string or a `key=value` connection string.
 */
export function urlPasswords(value: string): string[] {
  const passwords: string[] = [];
  const scheme = /^[a-z][\w+.-]*:\/\//i.exec(value.trim());
  if (scheme) {
    const rest = value.trim().slice(scheme[0].length);
    // The authority ends at the first / ? or #; inside it, the last @ separates the credentials from the host.
    const authority = rest.slice(0, rest.search(/[/?#]|$/));
    const at = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    if (at > 0 && colon >= 0 && colon < at) passwords.push(authority.slice(colon + 1, at));
  }
  for (const match of value.matchAll(/(?:^|[?&;\s])[\w-]*pass(?:word)?\s*=\s*('[^']*'|[^&#\s]*)/gi)) {
    passwords.push(match[1].replace(/^'(.*)'$/, '$1'));
  }
  return passwords.filter((p) => p !== '');
}

/**
 * `text` with every occurrence of each value replaced, for messages that come from elsewhere (an AWS error quoting a
 * name).
 */
export function redact(text: string, values: string[], replacement: string): string {
  let out = text;
  for (const value of values.filter((v) => v.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length))
    out = out.split(value).join(replacement);
  return out;
}

function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
