/**
 * What a team is told when a release or a rollback ends: one notice, written as plain text (SNS email and SMS),
 * as an AWS Chatbot custom notification (SNS → Slack, as the teams we build for route it) and as a Slack
 * message (incoming webhook). Names revisions and commits, never a value of a secret. Pure.
 */
import { shortTaskDefinition } from '../ecs/arns.js';

export interface RevisionRef {
  taskDefinitionArn?: string;
  gitSha?: string;
}

export interface NoticeService {
  service: string;
  from?: RevisionRef;
  to?: RevisionRef;
  /** succeeded, failed, planned, … */
  status: string;
  reason?: string;
}

export interface Notice {
  /** What happened, e.g. "rollback", "deploy", "bake". */
  action: string;
  /** The verdict of the whole step. */
  verdict: 'succeeded' | 'failed' | 'started' | 'cancelled' | 'unchanged';
  cluster: string;
  environment?: string;
  services: NoticeService[];
  /** Who asked (GITHUB_ACTOR or the triggering actor). */
  actor?: string;
  /** Why, in the requester's words. */
  why?: string;
  runUrl?: string;
}

const ICON: Record<Notice['verdict'], string> = {
  succeeded: '✅',
  failed: '❌',
  started: '🚀',
  cancelled: '⏹️',
  unchanged: 'ℹ️',
};

function revision(ref: RevisionRef | undefined): string {
  if (!ref?.taskDefinitionArn) return 'unknown';
  return `${shortTaskDefinition(ref.taskDefinitionArn)}${ref.gitSha ? ` (${ref.gitSha.slice(0, 7)})` : ''}`;
}

/** One line: "✅ rollback succeeded: web, api on production". */
export function noticeSubject(notice: Notice): string {
  const where = notice.environment ? ` on ${notice.environment}` : ` in ${notice.cluster}`;
  const verdict =
    notice.verdict === 'unchanged'
      ? `: nothing to ${notice.action === 'rollback' ? 'roll back' : 'do'} for`
      : ` ${notice.verdict}:`;
  const subject = `${ICON[notice.verdict]} ${notice.action}${verdict} ${notice.services.map((s) => s.service).join(', ')}${where}`;
  // SNS subjects: at most 100 characters, no line breaks.
  return subject.length > 100 ? `${subject.slice(0, 97)}...` : subject;
}

/** The lines of the notice, one per service, then who, why and where. */
export function noticeLines(notice: Notice): string[] {
  const lines = notice.services.map(
    (s) => `${s.service}: ${revision(s.from)} → ${revision(s.to)}: ${s.status}${s.reason ? ` (${s.reason})` : ''}`,
  );
  if (notice.actor) lines.push(`Requested by: ${notice.actor}`);
  if (notice.why) lines.push(`Why: ${notice.why}`);
  lines.push(`Cluster: ${notice.cluster}${notice.environment ? `, environment: ${notice.environment}` : ''}`);
  if (notice.runUrl) lines.push(`Run: ${notice.runUrl}`);
  return lines;
}

/** Plain text for SNS's default message. */
export function noticeText(notice: Notice): string {
  return [noticeSubject(notice), '', ...noticeLines(notice)].join('\n');
}

/** AWS Chatbot's custom-notification shape, which it posts to Slack as it comes (for SNS https subscribers). */
export function chatbotMessage(notice: Notice): string {
  return JSON.stringify({
    version: '1.0',
    source: 'custom',
    content: { textType: 'client-markdown', title: noticeSubject(notice), description: noticeLines(notice).join('\n') },
  });
}

/** A Slack incoming-webhook body: the subject as text, the lines as one section. */
export function slackMessage(notice: Notice): string {
  const body = noticeLines(notice)
    .map((l) => l.replace(/^Run: (.*)$/, 'Run: <$1|open the run>'))
    .join('\n');
  return JSON.stringify({
    text: noticeSubject(notice),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*${noticeSubject(notice)}*\n${body}` } }],
  });
}
