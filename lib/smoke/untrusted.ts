/**
 * Text a canary (or the team's command) wrote, made safe to quote in a reason. A reason travels to the log, the
 * outputs, the job summary (Markdown with HTML), SNS and Slack (mrkdwn), so what a response body says must not act
 * there: it is cut, its secrets masked, its line breaks and control characters flattened, and `&`, `<` and `>`
 * escaped (the three characters both HTML and Slack's mrkdwn give meaning to: `<!channel>` pings a channel,
 * `<https://x|click>` makes a link, `<img …>` renders). Backticks become ʼ, so the text cannot close a code span
 * around the rest of the reason (Slack has no escape for them).
 */

/** How much of an answer a reason quotes. */
export const QUOTE_LIMIT = 60;

/** `text` cut to `limit` characters (with "…"), each of `masked` replaced by ***, flattened to one line and escaped. */
export function quoteUntrusted(text: string, masked: readonly string[] = [], limit = QUOTE_LIMIT): string {
  let out = text;
  // Longest first, before the cut: a secret cut in half would no longer match.
  for (const value of [...masked].filter((v) => v.length >= 3).sort((a, b) => b.length - a.length))
    out = out.split(value).join('***');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  if (out.length > limit) out = `${out.slice(0, limit)}…`;
  return out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, 'ʼ');
}
