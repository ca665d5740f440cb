/**
 * Sending a notice: an SNS topic and/or a Slack incoming webhook. A failure to notify is reported, never fatal.
 * The SNS commands are loaded when a topic is named, like the client itself: most runs notify nobody through SNS.
 */
import type { AwsClients } from '../aws/clients.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';
import { chatbotMessage, type Notice, noticeSubject, noticeText, slackMessage } from './notice.js';

export interface NotifyTargets {
  snsTopicArn?: string;
  /** A secret: masked when read, never printed. */
  slackWebhookUrl?: string;
}

const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

/** Checks the targets before anything changes: the topic's ARN shape and that it exists; the webhook's URL shape. */
export async function checkNotifyTargets(clients: AwsClients, targets: NotifyTargets): Promise<void> {
  if (targets.snsTopicArn) {
    if (!TOPIC_ARN.test(targets.snsTopicArn))
      throw ConfigurationError.value(
        'sns-topic-arn',
        targets.snsTopicArn,
        'an SNS topic ARN like arn:aws:sns:eu-west-1:123456789012:deploys',
      );
    try {
      const { GetTopicAttributesCommand } = await import('@aws-sdk/client-sns');
      await clients.sns.send(new GetTopicAttributesCommand({ TopicArn: targets.snsTopicArn }));
    } catch (err) {
      const name = (err as { name?: string }).name ?? '';
      if (/NotFound/.test(name))
        throw new ConfigurationError(
          'sns-topic-arn',
          `topic ${targets.snsTopicArn} does not exist`,
          'create it, or check the region and account',
        );
      throw new ConfigurationError(
        'sns-topic-arn',
        `topic ${targets.snsTopicArn} could not be read (${errorMessage(err).split('\n')[0]})`,
        'the role needs sns:GetTopicAttributes and sns:Publish on it',
      );
    }
  }
  if (targets.slackWebhookUrl) {
    let url: URL | undefined;
    try {
      url = new URL(targets.slackWebhookUrl);
    } catch {
      url = undefined;
    }
    const loopback = url?.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    // The value is a secret: the error names the input and what is accepted, never what was given.
    if (!url || !(url.protocol === 'https:' || loopback))
      throw new ConfigurationError(
        'slack-webhook-url',
        'is not an https URL (the value is not shown: it is a secret)',
        'pass the incoming webhook URL Slack gave you, from a secret',
      );
  }
}

export interface NotifyResult {
  target: 'sns' | 'slack';
  ok: boolean;
  detail: string;
}

/** Sends the notice to every target; logs and returns what happened to each. */
export async function sendNotice(
  clients: AwsClients,
  io: Pick<ActionIO, 'info' | 'warning'>,
  targets: NotifyTargets,
  notice: Notice,
): Promise<NotifyResult[]> {
  const results: NotifyResult[] = [];
  if (targets.snsTopicArn) {
    try {
      const { PublishCommand } = await import('@aws-sdk/client-sns');
      const sent = await clients.sns.send(
        new PublishCommand({
          TopicArn: targets.snsTopicArn,
          Subject:
            noticeSubject(notice)
              .replace(/[^\x20-\x7e]/g, '')
              .trim()
              .slice(0, 100) || notice.action,
          MessageStructure: 'json',
          Message: JSON.stringify({
            default: noticeText(notice),
            email: noticeText(notice),
            https: chatbotMessage(notice),
          }),
        }),
      );
      results.push({
        target: 'sns',
        ok: true,
        detail: `published ${sent.MessageId ?? ''} to ${targets.snsTopicArn}`.trim(),
      });
    } catch (err) {
      results.push({
        target: 'sns',
        ok: false,
        detail: `could not publish to ${targets.snsTopicArn}: ${errorMessage(err).split('\n')[0]}`,
      });
    }
  }
  if (targets.slackWebhookUrl) {
    try {
      const answer = await fetch(targets.slackWebhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: slackMessage(notice),
        signal: AbortSignal.timeout(10_000),
      });
      results.push({
        target: 'slack',
        ok: answer.ok,
        detail: answer.ok ? 'posted to the Slack webhook' : `the Slack webhook answered ${answer.status}`,
      });
    } catch (err) {
      // fetch's message can carry the URL: say only what kind of failure it was.
      results.push({
        target: 'slack',
        ok: false,
        detail: `could not reach the Slack webhook (${(err as Error).name})`,
      });
    }
  }
  for (const r of results) (r.ok ? io.info : io.warning)(`notify ${r.target}: ${r.detail}`);
  return results;
}
