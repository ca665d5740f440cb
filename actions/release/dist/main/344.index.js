"use strict";
exports.id = 344;
exports.ids = [344];
exports.modules = {

/***/ 1344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plan: () => (/* binding */ plan),
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/lib/core/command.js
/**
 * Running programs on the runner (builders, the Prisma CLI, git), behind one function type so tests hand in
 * a fake: the ESM-only @actions/exec cannot be module-mocked classically. `execCommand` is the real one.
 * @actions/exec (and @actions/io under it) is loaded on the first command, not at start-up: the bundler makes
 * it a chunk, and a run that fails on its inputs, or never runs a program, never reads it.
 */
const execCommand = async (command, args, options = {}) => {
    const { exec } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 1260));
    let stdout = '';
    let stderr = '';
    const exitCode = await exec(command, args, {
        cwd: options.cwd,
        env: options.env,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        silent: options.silent ?? true,
        ignoreReturnCode: true,
        listeners: {
            stdout: (data) => (stdout += data.toString()),
            stderr: (data) => (stderr += data.toString()),
            stdline: (line) => options.onLine?.(line),
            errline: (line) => options.onLine?.(line),
        },
    });
    return { exitCode, stdout, stderr };
};
/** The process environment without undefined values, as child processes take it, with `extra` on top. */
function definedEnv(env, extra = {}) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return { ...out, ...extra };
}

// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
;// CONCATENATED MODULE: ./build/lib/ecs/arns.js
/** ECS names, ARNs and console links: the one home for taking them apart and pointing people at them. Pure. */
/** `arn:…:task-definition/web:12` → "web:12"; undefined → "unknown". */
function shortTaskDefinition(arn) {
    return arn?.split('/').pop() ?? 'unknown';
}
/** `arn:…:task-definition/web:12` (or `web:12`) → 12; NaN when there is no revision. */
function revisionOf(arn) {
    return Number(/:(\d+)$/.exec(arn)?.[1] ?? NaN);
}
/** `arn:…:task-definition/web:12` (or `web:12`) → "web". */
function familyOf(arn) {
    return arn.split('/').pop().replace(/:\d+$/, '');
}
/** A full task definition ARN, or `family:revision`: what UpdateService and RunTask accept as a pinned revision. */
const TASK_DEFINITION_REF = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;
/** `arn:…:task/cluster/0123abcd` → "0123abcd". */
function taskId(taskArn) {
    return taskArn.split('/').pop() ?? taskArn;
}
/** `arn:…:service/cluster/web` (or `web`) → "web". */
function serviceNameOf(arnOrName) {
    return arnOrName.split('/').pop() ?? arnOrName;
}
const consoleBase = (region) => `https://${region}.console.aws.amazon.com/ecs/v2`;
/** The console page of a service's deployments. */
function serviceConsoleUrl(region, cluster, service) {
    return `${consoleBase(region)}/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}/deployments?region=${region}`;
}
/** The console page of one task. */
function taskConsoleUrl(region, cluster, taskArn) {
    return `${consoleBase(region)}/clusters/${encodeURIComponent(cluster)}/tasks/${taskId(taskArn)}?region=${region}`;
}

;// CONCATENATED MODULE: ./build/lib/notify/notice.js
/**
 * What a team is told when a release or a rollback ends: one notice, written as plain text (SNS email and SMS),
 * as an AWS Chatbot custom notification (SNS → Slack, as the teams we build for route it) and as a Slack
 * message (incoming webhook). Names revisions and commits, never a value of a secret. Pure.
 */

const ICON = {
    succeeded: '✅',
    failed: '❌',
    started: '🚀',
    cancelled: '⏹️',
    unchanged: 'ℹ️',
};
function revision(ref) {
    if (!ref?.taskDefinitionArn)
        return 'unknown';
    return `${shortTaskDefinition(ref.taskDefinitionArn)}${ref.gitSha ? ` (${ref.gitSha.slice(0, 7)})` : ''}`;
}
/** One line: "✅ rollback succeeded: web, api on production". */
function noticeSubject(notice) {
    const where = notice.environment ? ` on ${notice.environment}` : ` in ${notice.cluster}`;
    const verdict = notice.verdict === 'unchanged'
        ? `: nothing to ${notice.action === 'rollback' ? 'roll back' : 'do'} for`
        : ` ${notice.verdict}:`;
    const subject = `${ICON[notice.verdict]} ${notice.action}${verdict} ${notice.services.map((s) => s.service).join(', ')}${where}`;
    // SNS subjects: at most 100 characters, no line breaks.
    return subject.length > 100 ? `${subject.slice(0, 97)}...` : subject;
}
/** The lines of the notice, one per service, then who, why and where. */
function noticeLines(notice) {
    const lines = notice.services.map((s) => `${s.service}: ${revision(s.from)} → ${revision(s.to)}: ${s.status}${s.reason ? ` (${s.reason})` : ''}`);
    if (notice.actor)
        lines.push(`Requested by: ${notice.actor}`);
    if (notice.why)
        lines.push(`Why: ${notice.why}`);
    lines.push(`Cluster: ${notice.cluster}${notice.environment ? `, environment: ${notice.environment}` : ''}`);
    if (notice.runUrl)
        lines.push(`Run: ${notice.runUrl}`);
    return lines;
}
/** Plain text for SNS's default message. */
function noticeText(notice) {
    return [noticeSubject(notice), '', ...noticeLines(notice)].join('\n');
}
/** AWS Chatbot's custom-notification shape, which it posts to Slack as it comes (for SNS https subscribers). */
function chatbotMessage(notice) {
    return JSON.stringify({
        version: '1.0',
        source: 'custom',
        content: { textType: 'client-markdown', title: noticeSubject(notice), description: noticeLines(notice).join('\n') },
    });
}
/** A Slack incoming-webhook body: the subject as text, the lines as one section. */
function slackMessage(notice) {
    const body = noticeLines(notice)
        .map((l) => l.replace(/^Run: (.*)$/, 'Run: <$1|open the run>'))
        .join('\n');
    return JSON.stringify({
        text: noticeSubject(notice),
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*${noticeSubject(notice)}*\n${body}` } }],
    });
}

;// CONCATENATED MODULE: ./build/lib/notify/send.js


const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;
/** Checks the targets before anything changes: the topic's ARN shape and that it exists; the webhook's URL shape. */
async function checkNotifyTargets(clients, targets) {
    if (targets.snsTopicArn) {
        if (!TOPIC_ARN.test(targets.snsTopicArn))
            throw ConfigurationError.value('sns-topic-arn', targets.snsTopicArn, 'an SNS topic ARN like arn:aws:sns:eu-west-1:123456789012:deploys');
        try {
            const { GetTopicAttributesCommand } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 7401));
            await clients.sns.send(new GetTopicAttributesCommand({ TopicArn: targets.snsTopicArn }));
        }
        catch (err) {
            const name = err.name ?? '';
            if (/NotFound/.test(name))
                throw new ConfigurationError('sns-topic-arn', `topic ${targets.snsTopicArn} does not exist`, 'create it, or check the region and account');
            throw new ConfigurationError('sns-topic-arn', `topic ${targets.snsTopicArn} could not be read (${errorMessage(err).split('\n')[0]})`, 'the role needs sns:GetTopicAttributes and sns:Publish on it');
        }
    }
    if (targets.slackWebhookUrl) {
        let url;
        try {
            url = new URL(targets.slackWebhookUrl);
        }
        catch {
            url = undefined;
        }
        const loopback = url?.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
        // The value is a secret: the error names the input and what is accepted, never what was given.
        if (!url || !(url.protocol === 'https:' || loopback))
            throw new ConfigurationError('slack-webhook-url', 'is not an https URL (the value is not shown: it is a secret)', 'pass the incoming webhook URL Slack gave you, from a secret');
    }
}
/** Sends the notice to every target; logs and returns what happened to each. */
async function sendNotice(clients, io, targets, notice) {
    const results = [];
    if (targets.snsTopicArn) {
        try {
            const { PublishCommand } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 7401));
            const sent = await clients.sns.send(new PublishCommand({
                TopicArn: targets.snsTopicArn,
                Subject: noticeSubject(notice)
                    .replace(/[^\x20-\x7e]/g, '')
                    .trim()
                    .slice(0, 100) || notice.action,
                MessageStructure: 'json',
                Message: JSON.stringify({
                    default: noticeText(notice),
                    email: noticeText(notice),
                    https: chatbotMessage(notice),
                }),
            }));
            results.push({
                target: 'sns',
                ok: true,
                detail: `published ${sent.MessageId ?? ''} to ${targets.snsTopicArn}`.trim(),
            });
        }
        catch (err) {
            results.push({
                target: 'sns',
                ok: false,
                detail: `could not publish to ${targets.snsTopicArn}: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`,
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
        }
        catch (err) {
            // fetch's message can carry the URL: say only what kind of failure it was.
            results.push({
                target: 'slack',
                ok: false,
                detail: `could not reach the Slack webhook (${err.name})`,
            });
        }
    }
    for (const r of results)
        (r.ok ? io.info : io.warning)(`notify ${r.target}: ${r.detail}`);
    return results;
}

;// CONCATENATED MODULE: ./build/lib/release/plan.js
/** A file is under a folder when it is the folder or lies inside it (`services/a` does not hold `services/ab/x`). */
function isUnder(file, folder) {
    return folder === '.' || file === folder || file.startsWith(`${folder}/`);
}
/**
 * Whether the service changed, and why, given the files changed since the commit production runs (undefined: unknown).
 */
function serviceChange(service, now, sha, files) {
    if (!now.sha)
        return {
            changed: true,
            why: now.taskDefinitionArn ? "production's revision names no commit (no git-sha tag)" : 'not in production yet',
        };
    if (now.sha === sha)
        return { changed: false, why: `production runs ${plan_short(sha)} already` };
    if (files === undefined)
        return { changed: true, why: `production's commit ${plan_short(now.sha)} is not in this checkout's history` };
    const own = files.filter((f) => isUnder(f, service.folder));
    const shared = files.filter((f) => !own.includes(f) && service.shared.some((s) => isUnder(f, s)));
    if (own.length === 0 && shared.length === 0)
        return {
            changed: false,
            why: `nothing under ${service.folder}${service.shared.length ? ` or ${service.shared.join(', ')}` : ''} changed since ${plan_short(now.sha)}`,
        };
    const hit = own.length > 0 ? own : shared;
    return {
        changed: true,
        why: `${hit.length} file${hit.length === 1 ? '' : 's'} changed since ${plan_short(now.sha)}${own.length === 0 ? ' in shared folders' : ''} (${hit.slice(0, 3).join(', ')}${hit.length > 3 ? ', …' : ''})`,
    };
}
/**
 * The changed services in waves: a service goes in the wave after the last changed service it follows, through
 * `after:` chains that pass unchanged services too (those are already in production). Names sorted within a wave.
 * The file's check has already refused cycles.
 */
function releaseWaves(services, changed) {
    const byName = new Map(services.map((s) => [s.name, s]));
    const waveOf = new Map();
    const depth = (name, seen) => {
        const known = waveOf.get(name);
        if (known !== undefined)
            return known;
        if (seen.includes(name))
            throw new Error(`after: cycle through ${[...seen, name].join(' → ')}`);
        let wave = changed.has(name) ? 1 : 0;
        for (const next of byName.get(name)?.after ?? []) {
            const before = depth(next, [...seen, name]);
            wave = Math.max(wave, changed.has(name) ? before + 1 : before);
        }
        waveOf.set(name, wave);
        return wave;
    };
    const waves = [];
    for (const name of [...changed].sort()) {
        const wave = depth(name, []);
        (waves[wave - 1] ??= []).push(name);
    }
    return waves.filter((w) => w !== undefined && w.length > 0);
}
/**
 * The release plan from the services, what production runs now, the files changed since each commit, and each service's
 * pending migrations.
 */
function planRelease(services, sha, now, filesSince, migrations) {
    const changes = services.map((s) => ({
        service: s,
        ...serviceChange(s, now[s.name] ?? {}, sha, now[s.name]?.sha ? filesSince[now[s.name].sha] : undefined),
    }));
    const changed = new Set(changes.filter((c) => c.changed).map((c) => c.service.name));
    const waves = releaseWaves(services, changed);
    const waveOf = new Map(waves.flatMap((names, i) => names.map((n) => [n, i + 1])));
    return {
        sha,
        waves,
        services: waves.flat().map((name) => {
            const change = changes.find((c) => c.service.name === name);
            return {
                name,
                wave: waveOf.get(name),
                from: now[name] ?? {},
                to: { sha },
                why: change.why,
                migrations: change.service.migrate ? (migrations[name] ?? []) : [],
            };
        }),
        unchanged: changes.filter((c) => !c.changed).map((c) => ({ name: c.service.name, why: c.why })),
    };
}
/** The plan as the log prints it: waves in order, each service from → to and its migrations. */
function planLines(plan) {
    if (plan.services.length === 0)
        return [
            `Nothing to release at ${plan_short(plan.sha)}: no service changed since the commit production runs.`,
            ...plan.unchanged.map((u) => `  ${u.name}: ${u.why}`),
        ];
    const lines = [
        `Release of ${plan_short(plan.sha)}: ${plan.services.length} service${plan.services.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}`,
    ];
    plan.waves.forEach((names, i) => {
        lines.push(`wave ${i + 1}: ${names.join(', ')}`);
        for (const s of plan.services.filter((p) => p.wave === i + 1)) {
            lines.push(`  ${s.name}: ${s.from.sha ? plan_short(s.from.sha) : 'none'} → ${plan_short(s.to.sha)} (${s.why})`);
            for (const m of s.migrations)
                lines.push(`    migration ${m.name}${m.allowed.length ? ` (allows ${m.allowed.map((a) => a.rule).join(', ')}: not additive)` : ''}`);
        }
    });
    for (const u of plan.unchanged)
        lines.push(`unchanged: ${u.name}: ${u.why}`);
    return lines;
}
/** The first seven characters of a commit. */
function plan_short(sha) {
    return sha.slice(0, 7);
}

;// CONCATENATED MODULE: ./build/lib/report/markdown.js
/** Small Markdown builders for job summaries: tables, details blocks and Mermaid charts. */
/** Escapes a value for a Markdown table cell. */
function cell(value) {
    const text = value === undefined || value === null || value === '' ? '—' : String(value);
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table; every row has one cell per header. */
function table(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n\n';
}
/**
 * A table without the columns whose every cell is empty (undefined, null or ''): a column that says nothing is not
 * drawn.
 */
function compactTable(headers, rows) {
    const empty = (value) => value === undefined || value === null || value === '';
    const kept = headers.map((_, i) => i).filter((i) => rows.some((row) => !empty(row[i])));
    return table(kept.map((i) => headers[i]), rows.map((row) => kept.map((i) => row[i])));
}
/**
 * An image reference as a table row shows it: the repository's last path segment and its tag (or the digest's first
 * 12 hex digits), `registry/rides/trip-service@sha256:b04c…` → `trip-service@sha256:b04c2d8d2e5a`. Pure.
 */
function shortImage(reference) {
    if (!reference)
        return reference;
    const at = reference.indexOf('@');
    const name = at >= 0 ? reference.slice(0, at) : reference;
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const tag = colon > slash ? name.slice(colon) : '';
    const repository = (colon > slash ? name.slice(0, colon) : name).split('/').pop();
    const digest = at >= 0 ? reference.slice(at).replace(/^(@sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1') : '';
    return `${repository}${digest ? digest : tag}`;
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
function details(summaryText, body) {
    return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n\n`;
}
function codeBlock(text, language = '') {
    return '```' + language + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n\n';
}
/** A Mermaid Gantt chart of spans (GitHub renders Mermaid in job summaries). */
function ganttChart(title, spans) {
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
function markdownToTerminal(markdown) {
    return markdown
        .replace(/<details><summary>(.*?)<\/summary>/g, '▸ $1')
        .replace(/<\/details>/g, '')
        .replace(/<br>/g, ' / ')
        .replace(/^```\w*$/gm, '')
        .replace(/^\|( --- \|)+$/gm, (rule) => rule.replace(/---/g, '───'))
        .replace(/\n{3,}/g, '\n\n');
}
/** 1536 → "1.5 KiB". */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: ./build/lib/release/verdict.js
var verdict = __webpack_require__(1751);
;// CONCATENATED MODULE: ./build/lib/release/record.js
/**
 * The release's one record: the job summary (a row per service and a timeline), the notice sent once for the
 * whole release (SNS and Slack), and the JSON kept as an artifact. Pure.
 */




/** The record of a finished (or stopped) release. */
function releaseRecord(plan, outcomes, onFailure, startedAt, endedAt) {
    return {
        sha: plan.sha,
        verdict: (0,verdict/* releaseVerdict */.DW)(outcomes),
        onFailure,
        startedAt: new Date(startedAt).toISOString(),
        endedAt: new Date(endedAt).toISOString(),
        plan,
        services: outcomes,
    };
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** The job summary: verdict, a row per service (from → to, migrations, bake, durations, rollback) and a timeline. */
function releaseSummary(record) {
    const icon = { succeeded: '✅', failed: '❌', unchanged: 'ℹ️' }[record.verdict];
    let md = heading(`${icon} Release of ${plan_short(record.sha)}: ${record.verdict}`);
    const rows = record.services.map((o) => {
        const planned = record.plan.services.find((s) => s.name === o.name);
        const durations = o.steps.map((s) => `${s.step} ${seconds(s.endedAt - s.startedAt)}${s.ok ? '' : ' ✗'}`).join(', ');
        const rollback = o.steps.find((s) => s.step === 'rollback');
        return [
            o.wave,
            o.name,
            `${planned.from.sha ? plan_short(planned.from.sha) : 'none'} → ${plan_short(planned.to.sha)}${o.taskDefinitionArn ? ` (${shortTaskDefinition(o.taskDefinitionArn)})` : ''}`,
            planned.migrations.map((m) => m.name).join('<br>') || '—',
            o.bake ?? '—',
            o.status + (o.reason ? `: ${o.reason}` : ''),
            durations || '—',
            rollback ? (rollback.ok ? 'rolled back' : 'rollback failed') : '—',
        ];
    });
    md += table(['Wave', 'Service', 'From → to', 'Migrations', 'Bake', 'Outcome', 'Durations', 'Rollback'], rows);
    for (const u of record.plan.unchanged)
        md += `- ${u.name} not released: ${u.why}\n`;
    const origin = Date.parse(record.startedAt);
    const spans = record.services.flatMap((o) => o.steps.map((s) => ({
        section: o.name,
        label: s.step,
        startSec: (s.startedAt - origin) / 1000,
        endSec: (s.endedAt - origin) / 1000,
        state: s.ok ? 'done' : 'crit',
    })));
    if (spans.length > 0)
        md += '\n' + ganttChart(`release of ${plan_short(record.sha)}`, spans);
    return md;
}
/** The one notice for the release: every service's from → to and outcome. */
function releaseNotice(record, context) {
    return {
        action: 'release',
        verdict: record.verdict,
        cluster: context.cluster,
        environment: context.environment,
        actor: context.actor,
        runUrl: context.runUrl,
        why: `release of ${plan_short(record.sha)} in ${record.plan.waves.length} wave${record.plan.waves.length === 1 ? '' : 's'}`,
        services: record.services.map((o) => {
            const planned = record.plan.services.find((s) => s.name === o.name);
            return {
                service: o.name,
                from: { taskDefinitionArn: planned.from.taskDefinitionArn, gitSha: planned.from.sha },
                to: { taskDefinitionArn: o.taskDefinitionArn, gitSha: planned.to.sha },
                status: o.status,
                reason: o.reason,
            };
        }),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(942);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js



const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4872);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetImageCommand.js


class BatchGetImageCommand extends command(_ep0, _mw0, "BatchGetImage", schemas_0/* BatchGetImage$ */.e$c) {
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/lib/image/manifest.js
/** What a manifest says about itself: single image or index, and which platform image is which. */

/** Every manifest type a builder may push; asked for explicitly, or ECR down-converts or refuses indexes. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
const INDEX_TYPES = new Set(MANIFEST_MEDIA_TYPES.slice(0, 2));
/** The media type of manifest bytes: the declared field, else inferred from the shape (OCI allows leaving it out). */
function manifestMediaType(manifest, declared) {
    if (declared)
        return declared;
    const parsed = JSON.parse(manifest);
    if (parsed.mediaType)
        return parsed.mediaType;
    return parsed.manifests ? MANIFEST_MEDIA_TYPES[0] : MANIFEST_MEDIA_TYPES[2];
}
function isIndex(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
/** sha256 of the exact bytes: a registry's digest for a manifest. */
function manifestDigest(manifest) {
    return `sha256:${createHash('sha256').update(manifest, 'utf8').digest('hex')}`;
}
/**
 * Platform → digest for the images a manifest stands for. A single image maps its one platform (which the
 * manifest does not record, so the caller says it); an index lists its entries, minus attestation manifests
 * (platform unknown/unknown), which are not images anyone runs.
 */
function platformDigests(manifest, digest, singlePlatform) {
    const entries = indexEntries(manifest);
    return entries ? Object.fromEntries(entries) : { [singlePlatform]: digest };
}
/**
 * The platforms an index lists (os/architecture[/variant]); undefined for a single-platform manifest, which does not
 * say.
 */
function manifestPlatforms(manifest) {
    return indexEntries(manifest)?.map(([platform]) => platform);
}
function indexEntries(manifest) {
    const parsed = JSON.parse(manifest);
    if (!parsed.manifests)
        return undefined;
    const entries = [];
    for (const entry of parsed.manifests) {
        const platform = entry.platform;
        if (!platform?.os ||
            platform.os === 'unknown' ||
            entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
            continue;
        entries.push([[platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'), entry.digest]);
    }
    return entries;
}

;// CONCATENATED MODULE: ./build/lib/ecr/images.js
/** Images in an ECR repository, looked up by tag or digest with their exact manifest bytes. */


/** `sha256:…` is a digest; anything else is a tag. */
function imageIdentifier(reference) {
    return /^sha256:[a-f0-9]{64}$/.test(reference) ? { imageDigest: reference } : { imageTag: reference };
}
/** The image a tag or digest names, or undefined when there is none; a missing repository throws. */
async function findImage(ecr, repository, reference) {
    const found = await findImages(ecr, repository, [reference]);
    return found.get(reference);
}
/**
 * Looks several tags/digests up, one call each, in parallel: an answer for an image with several tags does not
 * reliably say which tag was asked for (moto names one of them), so pairing answers with questions by tag is unsafe.
 */
async function findImages(ecr, repository, references) {
    const answers = await Promise.all(references.map(async (reference) => [reference, await lookUp(ecr, repository, reference)]));
    return new Map(answers.filter((entry) => entry[1] !== undefined));
}
/** Indexes must be listed as accepted media types, or ECR answers UnsupportedImageType for multi-platform images. */
async function lookUp(ecr, repository, reference) {
    const answer = await ecr.send(new BatchGetImageCommand({
        ...repository,
        imageIds: [imageIdentifier(reference)],
        acceptedMediaTypes: MANIFEST_MEDIA_TYPES,
    }));
    const image = answer.images?.[0];
    if (image?.imageManifest && image.imageId?.imageDigest) {
        return {
            digest: image.imageId.imageDigest,
            mediaType: manifestMediaType(image.imageManifest, image.imageManifestMediaType),
            manifest: image.imageManifest,
        };
    }
    // Failures other than "not found" (a wrong media type, a KMS problem) must not read as "no image".
    const failure = answer.failures?.find((f) => f.failureCode !== 'ImageNotFound' && f.failureCode !== 'ImageTagDoesNotMatchDigest');
    if (failure)
        throw new Error(`ECR could not read ${repository.repositoryName}:${reference}: ${failure.failureCode}: ${failure.failureReason}`);
    return undefined;
}
/** registry/repository@sha256:…, the reference that pins exactly one image. */
function pinnedRef(registry, repositoryName, digest) {
    return `${registry}/${repositoryName}@${digest}`;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(2588);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_schemas_0 = __webpack_require__(4947);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServiceDeploymentsCommand.js


class ListServiceDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServiceDeployments", schemas_schemas_0/* ListServiceDeployments$ */.aK2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceDeploymentsCommand.js


class DescribeServiceDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeServiceDeployments", schemas_schemas_0/* DescribeServiceDeployments$ */.bm1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceRevisionsCommand.js


class DescribeServiceRevisionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeServiceRevisions", schemas_schemas_0/* DescribeServiceRevisions$ */.Nqi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTaskDefinitionsCommand.js


class ListTaskDefinitionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTaskDefinitions", schemas_schemas_0/* ListTaskDefinitions$ */.mbS) {
}

;// CONCATENATED MODULE: ./build/lib/aws/errors.js
/** What an AWS SDK error means for a caller that polls: wait and look again, or stop and say why. Pure. */
const CREDENTIALS = /ExpiredToken|AccessDenied|UnrecognizedClient|InvalidClientTokenId|InvalidSignature|SignatureDoesNotMatch|CredentialsProviderError|NotAuthorized|UnauthorizedOperation|AuthFailure/i;
const THROTTLED = /Throttl|TooManyRequests|RequestLimitExceeded|Rate ?exceeded|SlowDown/i;
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
]);
/**
 * Sorts an error thrown by an SDK call: throttling and network or server trouble pass; credentials and the rest do not.
 */
function awsErrorKind(err) {
    const e = err;
    const name = `${e?.name ?? ''} ${e?.code ?? ''}`;
    const text = `${name} ${String(e?.message ?? '')}`;
    if (e?.name === 'AbortError' || e?.name === 'CancelledError')
        return 'cancelled';
    if (THROTTLED.test(text))
        return 'throttled';
    if (CREDENTIALS.test(name) || CREDENTIALS.test(String(e?.message ?? '').slice(0, 80)))
        return 'credentials';
    if (NETWORK_CODES.has(e?.code ?? '') || /socket hang up|network|ECONNRESET|ECONNREFUSED|ETIMEDOUT/i.test(text))
        return 'transient';
    if (/TimeoutError|RequestTimeout/i.test(name))
        return 'transient';
    const status = e?.$metadata?.httpStatusCode;
    if ((status !== undefined && status >= 500) || e?.$fault === 'server')
        return 'transient';
    if (e?.cause && e.cause !== err)
        return awsErrorKind(e.cause) === 'transient' ? 'transient' : 'other';
    return 'other';
}

// EXTERNAL MODULE: ./build/lib/aws/paging.js
var paging = __webpack_require__(6140);
// EXTERNAL MODULE: ./build/lib/ecs/services.js + 2 modules
var ecs_services = __webpack_require__(6015);
;// CONCATENATED MODULE: ./build/lib/ecs/history.js
/**
 * Which revisions completed a rollout on a service, newest first: the candidates a rollback may go back to.
 * ECS's service-deployments API says so where it answers (SUCCESSFUL deployments and their target revisions);
 * every rollout this collection sees complete also tags its revision `rolled-out:<cluster>/<service>` with the
 * time, so accounts without that API (or history older than it keeps) still have a record. A revision that was
 * only registered (migrate's, a failed release's) is in neither, so it is never a candidate. A rollback tags the
 * revision it took the service off `rolled-back:<cluster>/<service>`, so that a re-run of it does not take the
 * revision it restored for "the previous one" and roll forward onto the release it left.
 */






/** The tag a completed rollout leaves on its revision: `rolled-out:<cluster>/<service>` = ISO time. */
function rolledOutTagKey(cluster, service) {
    return `rolled-out:${serviceNameOf(cluster)}/${service}`.slice(0, 128);
}
/** The tag a rollback leaves on the revision it took the service off: `rolled-back:<cluster>/<service>` = ISO time. */
function rolledBackTagKey(cluster, service) {
    return `rolled-back:${serviceNameOf(cluster)}/${service}`.slice(0, 128);
}
/**
 * Records that `arn` completed a rollout on the service (best effort: a missing ecs:TagResource only loses the record).
 */
function recordRolledOut(clients, cluster, service, arn, at) {
    return tagTime(clients, arn, rolledOutTagKey(cluster, service), at);
}
/** Records that a rollback took the service off `arn` (best effort, like recordRolledOut). */
function recordRolledBack(clients, cluster, service, arn, at) {
    return tagTime(clients, arn, rolledBackTagKey(cluster, service), at);
}
async function tagTime(clients, arn, key, at) {
    try {
        await clients.ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key, value: at.toISOString() }] }));
        return undefined;
    }
    catch (err) {
        return errorMessage(err).split('\n')[0];
    }
}
/** The time a tag holds, or undefined when it is absent or not a time. */
function timeOf(tags, key) {
    const value = tags?.find((t) => t.key === key)?.value;
    const at = value ? new Date(value) : undefined;
    return at && !Number.isNaN(at.getTime()) ? at : undefined;
}
/** The commit a revision's tags name (deploy-ecs tags every revision it registers `git-sha`). */
function gitShaOf(tags) {
    return tags?.find((t) => t.key === 'git-sha')?.value;
}
/** How far back the tag record is read (newest revisions of the family). */
const TAGGED_REVISIONS_READ = 50;
/** Completed rollouts of the service, newest first, one entry per revision (its latest completion). */
async function deploymentHistory(clients, cluster, service, family) {
    const entries = new Map();
    const keep = (entry) => {
        const known = entries.get(entry.taskDefinitionArn);
        if (!known || known.completedAt < entry.completedAt)
            entries.set(entry.taskDefinitionArn, {
                ...entry,
                gitSha: entry.gitSha ?? known?.gitSha,
                status: entry.status ?? known?.status,
            });
    };
    let apiUnavailable;
    try {
        for (const entry of await fromServiceDeployments(clients, cluster, service))
            keep(entry);
    }
    catch (err) {
        if (awsErrorKind(err) === 'cancelled')
            throw err;
        apiUnavailable = (0,errors/* errorMessage */.gJ)(err).split('\n')[0].slice(0, 160);
    }
    const described = new Map();
    for (const entry of await fromTags(clients, cluster, service, family, described))
        keep(entry);
    // Entries from the API still need the revision's commit and status; every entry, whether a rollback left it.
    for (const entry of entries.values()) {
        const revision = described.get(entry.taskDefinitionArn) ?? (await (0,ecs_services/* findTaskDefinition */.KF)(clients, entry.taskDefinitionArn));
        entry.gitSha ??= gitShaOf(revision?.tags);
        entry.status ??= revision?.definition.status;
        entry.rolledBackAt = timeOf(revision?.tags, rolledBackTagKey(cluster, service));
    }
    return {
        entries: [...entries.values()].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime()),
        apiUnavailable,
    };
}
async function fromServiceDeployments(clients, cluster, service) {
    const listed = await (0,paging/* allPages */.S)((nextToken) => clients.ecs.send(new ListServiceDeploymentsCommand({ cluster, service, status: ['SUCCESSFUL'], nextToken, maxResults: 100 })), (page) => page.serviceDeployments);
    const deployments = [];
    for (const batch of (0,paging/* chunk */.i)(listed.map((d) => d.serviceDeploymentArn).filter(Boolean), 20)) {
        deployments.push(...((await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: batch })))
            .serviceDeployments ?? []));
    }
    const revisionArns = [
        ...new Set(deployments.map((d) => d.targetServiceRevision?.arn).filter((a) => Boolean(a))),
    ];
    const taskDefinitionOf = new Map();
    for (const batch of (0,paging/* chunk */.i)(revisionArns, 20)) {
        for (const revision of (await clients.ecs.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: batch })))
            .serviceRevisions ?? []) {
            if (revision.serviceRevisionArn && revision.taskDefinition)
                taskDefinitionOf.set(revision.serviceRevisionArn, revision.taskDefinition);
        }
    }
    return deployments.flatMap((d) => {
        const taskDefinitionArn = taskDefinitionOf.get(d.targetServiceRevision?.arn ?? '');
        const completedAt = d.finishedAt ?? d.updatedAt ?? d.createdAt;
        return taskDefinitionArn && completedAt
            ? [{ taskDefinitionArn, completedAt, source: 'service-deployments' }]
            : [];
    });
}
async function fromTags(clients, cluster, service, family, described) {
    const key = rolledOutTagKey(cluster, service);
    const arns = [];
    for (const status of ['ACTIVE', 'INACTIVE']) {
        arns.push(...(await (0,paging/* allPages */.S)((nextToken) => clients.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status, nextToken })), (page) => page.taskDefinitionArns)));
    }
    const newest = arns
        .filter((arn) => familyOf(arn) === family)
        .sort((a, b) => revisionOf(b) - revisionOf(a))
        .slice(0, TAGGED_REVISIONS_READ);
    const entries = [];
    for (const arn of newest) {
        const revision = await (0,ecs_services/* findTaskDefinition */.KF)(clients, arn);
        if (!revision)
            continue;
        described.set(arn, revision);
        const completedAt = timeOf(revision.tags, key);
        if (!completedAt)
            continue;
        entries.push({
            taskDefinitionArn: arn,
            completedAt,
            gitSha: gitShaOf(revision.tags),
            status: revision.definition.status,
            source: 'tags',
        });
    }
    return entries;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./build/lib/migrate/migrations.js
/**
 * Finds a Prisma project's migrations and works out which are new since a base ref (through git, behind an
 * injectable runner). No SQL parser here: `batch-lint.ts` lints them, loaded only when there is something to lint.
 */




/** The folder's migrations (`<name>/migration.sql`), oldest first, as Prisma orders them. */
async function listMigrations(dir, repoRoot, input = 'migrations-dir') {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw errors/* ConfigurationError */.j1.value(input, (0,external_node_path_.relative)(repoRoot, dir) || dir, 'a folder of Prisma migrations (<timestamp>_<name>/migration.sql)', 'run `prisma migrate dev` to create one, or point `migrations-dir` (or `working-directory`) at it');
    }
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    return entries
        .filter((entry) => entry.isDirectory() && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, entry.name, 'migration.sql')))
        .map((entry) => entry.name)
        .sort()
        .map((name) => {
        const absolutePath = (0,external_node_path_.join)(dir, name, 'migration.sql');
        return { name, absolutePath, path: (0,external_node_path_.relative)(repoRoot, absolutePath) };
    });
}
/** What `lint-base` accepts, for messages. */
const LINT_BASE_FORMS = '`all`, a commit SHA, or a branch, tag or remote ref such as origin/main (optionally with ~N or ^N)';
/**
 * True for `all`, a commit SHA, or a ref name git could accept (the rules of `git check-ref-format`, plus
 * `~N`/`^N` suffixes). Never true for anything starting with `-`: the base reaches git's command line.
 */
function isLintBase(base) {
    if (base === 'all')
        return true;
    if (base.length === 0 || base.length > 255 || base.startsWith('-'))
        return false;
    if (/^[0-9a-f]{7,64}$/.test(base))
        return true;
    const name = base.replace(/(?:[~^]\d*)+$/, '');
    if (!/^[\p{L}\p{N}._/+#,@-]+$/u.test(name))
        return false;
    if (name.includes('..') || name.includes('//') || name.includes('@{') || name === '@')
        return false;
    if (name.endsWith('/') || name.endsWith('.') || name.endsWith('.lock'))
        return false;
    return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.startsWith('-'));
}
/**
 * Names of migrations added between the merge base of `base` and HEAD (`git diff --diff-filter=A base...HEAD`).
 * A base missing from a shallow checkout is a ConfigurationError that says how to fetch enough history.
 */
async function migrationsAddedSince(git, base, dir) {
    if (!isLintBase(base))
        throw errors/* ConfigurationError */.j1.value('lint-base', base, LINT_BASE_FORMS);
    // --end-of-options: whatever the base is, git reads it as a revision, never as an option.
    const answer = await git(['diff', '--name-only', '--diff-filter=A', '--end-of-options', `${base}...HEAD`, '--', '.'], dir);
    if (answer.exitCode !== 0) {
        const shallow = await git(['rev-parse', '--is-shallow-repository'], dir).catch(() => undefined);
        const why = answer.stderr.trim().split('\n').pop() ?? `git exited with ${answer.exitCode}`;
        const hint = shallow?.stdout.trim() === 'true'
            ? 'this checkout is shallow: give actions/checkout `fetch-depth: 0` so the base and its merge base are here, or set `lint-base: all`'
            : 'fetch the base branch first (actions/checkout with `fetch-depth: 0`), or set `lint-base: all`';
        throw new errors/* ConfigurationError */.j1('lint-base', `cannot compare ${JSON.stringify(base)} with HEAD: ${why}`, hint);
    }
    const names = new Set();
    for (const line of answer.stdout.split('\n')) {
        const path = line.trim();
        if ((0,external_node_path_.basename)(path) === 'migration.sql')
            names.add((0,external_node_path_.basename)((0,external_node_path_.dirname)(path)));
    }
    return names;
}
/** Reads the files a batch lint needs; an unreadable file is a ConfigurationError naming it. */
async function readMigrationFiles(files) {
    return Promise.all(files.map(async (file) => {
        try {
            return { path: file.path, sql: await (0,promises_.readFile)(file.absolutePath, 'utf8') };
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1('migrations-dir', `cannot read ${file.path}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/EndpointParameters.js
var endpoint_EndpointParameters = __webpack_require__(6839);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commandBuilder.js



const commandBuilder_command = (0,client.makeBuilder)(endpoint_EndpointParameters/* commonParams */.S, "ElasticLoadBalancing_v10", "ElasticLoadBalancingV2Client", endpoints.getEndpointPlugin);
const commandBuilder_ep0 = {};
const commandBuilder_mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js + 2 modules
var dist_es_schemas_schemas_0 = __webpack_require__(3168);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeRulesCommand.js


class DescribeRulesCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DescribeRules", dist_es_schemas_schemas_0/* DescribeRules$ */.xc1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenersCommand.js


class DescribeListenersCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "DescribeListeners", dist_es_schemas_schemas_0/* DescribeListeners$ */.zki) {
}

;// CONCATENATED MODULE: ./build/lib/core/poll.js
/**
 * Waiting on AWS: `pollUntil` looks, sleeps and looks again until a verdict, its deadline or a cancel. Time comes
 * from a `Clock`, so tests drive a fake one and never wait for real.
 */

const poll_realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new errors/* CancelledError */.cc());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new errors/* CancelledError */.cc());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * Calls `step` until it is done, the deadline passes (TimeoutError) or the signal aborts (CancelledError).
 * The first look happens at once; the last one happens at the deadline, never after it. The deadline holds
 * even while a look hangs (a stuck AWS call): the look is abandoned and the wait times out on time.
 */
async function pollUntil(options, step) {
    const clock = options.clock ?? poll_realClock;
    const deadline = clock.now() + options.timeoutMs;
    const timeout = () => new TimeoutError(`gave up waiting for ${options.what} after ${Math.round(options.timeoutMs / 1000)}s`);
    for (let attempt = 1;; attempt++) {
        if (options.signal?.aborted)
            throw options.signal.reason ?? new CancelledError();
        const result = await withinDeadline(step(attempt), Math.max(0, deadline - clock.now()), clock, options.signal, timeout);
        if (result.done)
            return result.value;
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw timeout();
        await clock.sleep(Math.min(options.intervalMs, remaining), options.signal);
    }
}
/**
 * Settles with `work`, unless `ms` pass first (rejects with `onTimeout()`) or the signal aborts (rejects with its
 * reason).
 */
async function withinDeadline(work, ms, clock, signal, onTimeout) {
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal?.reason ?? new CancelledError());
    signal?.addEventListener('abort', onAbort, { once: true });
    // An abandoned look may still reject later; that must not become an unhandled rejection.
    work.catch(() => undefined);
    const timer = clock.sleep(ms, stop.signal).then(() => Promise.reject(onTimeout()), (reason) => Promise.reject(signal?.aborted ? (signal.reason ?? reason) : new CancelledError('deadline timer cancelled')));
    timer.catch(() => undefined);
    try {
        return await Promise.race([work, timer]);
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        if (!stop.signal.aborted)
            stop.abort();
    }
}

;// CONCATENATED MODULE: ./build/lib/traffic/route-arn.js
/**
 * Which route carries a release's weights, from the ARN given as input. Apart from listener-weights.ts (which reads
 * and changes the route through the ELBv2 client) so that reading inputs does not load the ELBv2 commands.
 */

/** Tells a rule ARN from a listener ARN; anything else is a ConfigurationError naming `input`. */
function parseRouteArn(arn, input) {
    if (/^arn:aws[\w-]*:elasticloadbalancing:[\w-]+:\d{12}:listener-rule\/(app|net)\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/.test(arn))
        return { kind: 'rule', ruleArn: arn };
    if (/^arn:aws[\w-]*:elasticloadbalancing:[\w-]+:\d{12}:listener\/(app|net)\/[^/]+\/[^/]+\/[^/]+$/.test(arn))
        return { kind: 'listener', listenerArn: arn };
    throw errors/* ConfigurationError */.j1.value(input, arn, 'a listener rule ARN (…:listener-rule/app/…) or a listener ARN (…:listener/app/…) for its default action');
}

;// CONCATENATED MODULE: ./build/lib/traffic/split.js

const MAX_ALB_WEIGHT = 999;
/** A forward action may name at most five target groups. */
const MAX_TARGET_GROUPS = 5;
/** Reads the weights of the one forward action; accepts a ForwardConfig and a bare TargetGroupArn alike. */
function splitOf(actions, where) {
    const forwards = actions.filter((action) => action.Type === 'forward');
    if (forwards.length !== 1) {
        const types = actions.map((action) => action.Type).join(', ') || 'no actions';
        throw new errors/* PlanError */.W6(`${where} must have exactly one forward action to shift traffic; it has ${types}`);
    }
    const forward = forwards[0];
    const groups = forward.ForwardConfig?.TargetGroups ?? [];
    if (groups.length === 0) {
        if (!forward.TargetGroupArn)
            throw new errors/* PlanError */.W6(`${where} forwards to no target group`);
        return { [forward.TargetGroupArn]: 1 };
    }
    if (forward.TargetGroupArn && (groups.length !== 1 || groups[0].TargetGroupArn !== forward.TargetGroupArn)) {
        throw new errors/* PlanError */.W6(`${where} names TargetGroupArn ${shortTargetGroup(forward.TargetGroupArn)} beside a ForwardConfig of ${groups.map((g) => shortTargetGroup(g.TargetGroupArn ?? '?')).join(', ')}; AWS accepts both only for the same single target group`);
    }
    const split = {};
    for (const group of groups) {
        if (!group.TargetGroupArn)
            throw new errors/* PlanError */.W6(`${where} has a ForwardConfig target group without an ARN`);
        if (group.TargetGroupArn in split)
            throw new errors/* PlanError */.W6(`${where} names ${shortTargetGroup(group.TargetGroupArn)} twice`);
        // AWS fills in a weight of 1 when none was given.
        split[group.TargetGroupArn] = group.Weight ?? 1;
    }
    return split;
}
/** Checks that a split is one AWS would take: whole weights 0–999, at least one positive, at most five groups. */
function checkSplit(split, where) {
    const entries = Object.entries(split);
    if (entries.length === 0 || entries.length > MAX_TARGET_GROUPS) {
        throw new PlanError(`${where}: a forward action takes 1 to ${MAX_TARGET_GROUPS} target groups, not ${entries.length}`);
    }
    for (const [arn, weight] of entries) {
        if (!Number.isInteger(weight) || weight < 0 || weight > MAX_ALB_WEIGHT) {
            throw new PlanError(`${where}: weight ${weight} for ${shortTargetGroup(arn)} is outside 0–${MAX_ALB_WEIGHT}`);
        }
    }
    if (entries.every(([, weight]) => weight === 0))
        throw new PlanError(`${where}: every weight is 0, so no target group would get traffic`);
}
/**
 * Checks the rule forwards only to the expected target groups (blue and green, in either share). A rule that
 * also sends traffic elsewhere is the user's configuration, not something to shift: it names `input`.
 */
function expectTargetGroups(split, expected, input, where) {
    const strangers = Object.keys(split).filter((arn) => !expected.includes(arn));
    if (strangers.length > 0) {
        throw new ConfigurationError(input, `${where} forwards to ${strangers.map(shortTargetGroup).join(', ')}, which is not one of the expected target groups (${expected.map(shortTargetGroup).join(', ')})`, 'point the rule at the blue and green target groups only, or name the rule that does');
    }
    checkSplit(split, where);
}
/** The desired split that puts `percent` on `green` and the rest on `blue`. */
function splitFor(blue, green, percent) {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
        throw new PlanError(`a traffic share must be a whole percent 0–100, not ${percent}`);
    if (blue === green)
        throw new PlanError(`blue and green are the same target group ${shortTargetGroup(blue)}`);
    return { [blue]: 100 - percent, [green]: percent };
}
/** The share of traffic (0–100, rounded) a target group gets under a split; 0 when it is not in it. */
function percentOf(split, targetGroupArn) {
    const total = Object.values(split).reduce((sum, weight) => sum + weight, 0);
    if (total === 0)
        return 0;
    return Math.round(((split[targetGroupArn] ?? 0) / total) * 100);
}
/** True when two splits send the same share to every group (weights 1/3 equal 10/30; an absent group is 0). */
function split_sameSplit(a, b) {
    const totalA = Object.values(a).reduce((s, w) => s + w, 0);
    const totalB = Object.values(b).reduce((s, w) => s + w, 0);
    if (totalA === 0 || totalB === 0)
        return totalA === totalB;
    const arns = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...arns].every((arn) => (a[arn] ?? 0) * totalB === (b[arn] ?? 0) * totalA);
}
/**
 * The full action list with the forward action re-weighted to `split`; every other action and every other
 * forward field (Order, stickiness) stays as it was. The result always uses a ForwardConfig and drops the bare
 * TargetGroupArn, which AWS refuses beside more than one group.
 */
function split_actionsWithSplit(actions, split, where) {
    splitOf(actions, where);
    checkSplit(split, `${where} (new split)`);
    return actions.map((action) => {
        if (action.Type !== 'forward')
            return preserved(action);
        const existing = action.ForwardConfig?.TargetGroups?.map((g) => g.TargetGroupArn ?? '') ??
            (action.TargetGroupArn ? [action.TargetGroupArn] : []);
        const order = [
            ...existing.filter((arn) => arn in split),
            ...Object.keys(split).filter((arn) => !existing.includes(arn)),
        ];
        const dropped = existing.filter((arn) => !(arn in split));
        if (dropped.length > 0)
            throw new PlanError(`${where}: the new split leaves out ${dropped.map(shortTargetGroup).join(', ')}, which the rule forwards to now`);
        const { TargetGroupArn: _bare, ForwardConfig, ...rest } = action;
        return {
            ...rest,
            ForwardConfig: {
                ...ForwardConfig,
                TargetGroups: order.map((arn) => ({ TargetGroupArn: arn, Weight: split[arn] })),
            },
        };
    });
}
/** Writes a split as people read it: "blue-tg 90% · green-tg 10%". */
function split_describeSplit(split) {
    return Object.keys(split)
        .map((arn) => `${shortTargetGroup(arn)} ${percentOf(split, arn)}%`)
        .join(' · ');
}
/** "targetgroup/web-green/0123" → "web-green", for messages. */
function shortTargetGroup(arn) {
    return /targetgroup\/([^/]+)/.exec(arn)?.[1] ?? arn;
}
// Describe* never returns an OIDC client secret; ModifyRule then needs UseExistingClientSecret or it fails.
function preserved(action) {
    if (action.Type === 'authenticate-oidc' &&
        action.AuthenticateOidcConfig &&
        !action.AuthenticateOidcConfig.ClientSecret) {
        return { ...action, AuthenticateOidcConfig: { ...action.AuthenticateOidcConfig, UseExistingClientSecret: true } };
    }
    return action;
}

;// CONCATENATED MODULE: ./build/lib/traffic/listener-weights.js
/**
 * Reading and changing the weights of an ALB listener rule (or a listener's default action) that forwards to a
 * blue and a green target group. Every change sends the rule's whole action list and is read back: a change
 * is only done when DescribeRules/DescribeListeners show it.
 */






/** Thrown when a weight change was accepted but the read-back does not show it. */
class TrafficVerifyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TrafficVerifyError';
    }
}
/** The listener a rule belongs to, from the rule's ARN (rule ARNs extend their listener's). */
function listenerOfRule(ruleArn) {
    return ruleArn.replace(':listener-rule/', ':listener/').replace(/\/[^/]+$/, '');
}
/** Describes the route now; a default rule is turned into its listener (moto and AWS agree only there). */
async function observeRoute(elbv2, route, input = 'listener-rule-arn') {
    if (route.kind === 'rule') {
        const rule = await describeOrExplain(input, route.ruleArn, async () => (await elbv2.send(new DescribeRulesCommand({ RuleArns: [route.ruleArn] }))).Rules?.[0]);
        if (rule.IsDefault)
            return observeRoute(elbv2, { kind: 'listener', listenerArn: listenerOfRule(route.ruleArn) }, input);
        const actions = rule.Actions ?? [];
        return { route, actions, split: splitOf(actions, `rule ${route.ruleArn}`), leaseArn: route.ruleArn };
    }
    const listener = await describeOrExplain(input, route.listenerArn, async () => (await elbv2.send(new DescribeListenersCommand({ ListenerArns: [route.listenerArn] }))).Listeners?.[0]);
    const actions = listener.DefaultActions ?? [];
    return {
        route,
        actions,
        split: splitOf(actions, `the default action of listener ${route.listenerArn}`),
        leaseArn: route.listenerArn,
    };
}
/** Sends `split` with the route's full action list, reads it back, retries on a mismatch; returns the read-back. */
async function applySplit(elbv2, observed, split, options = {}) {
    const { attempts = 3, retryDelayMs = 1000, clock = realClock, signal } = options;
    const where = describeRoute(observed.route);
    const actions = actionsWithSplit(observed.actions, split, where);
    let readBack;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (observed.route.kind === 'rule') {
            await elbv2.send(new ModifyRuleCommand({ RuleArn: observed.route.ruleArn, Actions: actions }), {
                abortSignal: signal,
            });
        }
        else {
            await elbv2.send(new ModifyListenerCommand({ ListenerArn: observed.route.listenerArn, DefaultActions: actions }), { abortSignal: signal });
        }
        readBack = await observeRoute(elbv2, observed.route);
        if (sameSplit(readBack.split, split) && sameOtherActions(readBack.actions, actions))
            return readBack;
        if (attempt < attempts)
            await clock.sleep(retryDelayMs, signal);
    }
    throw new TrafficVerifyError(`${where} was modified ${attempts} times but reads back ${describeSplit(readBack.split)}` +
        `${sameOtherActions(readBack.actions, actions) ? '' : ' with different other actions'}, not ${describeSplit(split)}`);
}
/** "rule arn:…" or "the default action of listener arn:…", for messages. */
function describeRoute(route) {
    return route.kind === 'rule' ? `rule ${route.ruleArn}` : `the default action of listener ${route.listenerArn}`;
}
// The actions other than forward must survive a change: same types in the same order (AWS numbers Order itself).
function sameOtherActions(a, b) {
    const shape = (actions) => actions.map((x) => x.Type).join(',');
    return shape(a) === shape(b);
}
async function describeOrExplain(input, arn, describe) {
    try {
        const found = await describe();
        if (found)
            return found;
    }
    catch (err) {
        const name = err.name ?? '';
        if (!/RuleNotFound|ListenerNotFound|ValidationError/.test(name))
            throw err;
    }
    throw errors/* ConfigurationError */.j1.value(input, arn, 'a listener rule or listener that exists in this account and region');
}

// EXTERNAL MODULE: ./build/actions/release/src/services.js
var services = __webpack_require__(4131);
;// CONCATENATED MODULE: ./build/actions/release/src/observe.js
/**
 * What the plan needs to know, read only: which revision (and commit) each service runs in production now, the
 * files changed since those commits, each changed service's pending migrations (linted), its image, and whether
 * staging completed a rollout of the commit. Problems are collected, never thrown one at a time.
 */











/**
 * The revision serving production for each service: with colors, the one the listener rule sends all traffic to.
 * `described`: its ECS services (ecsServicesOf), described by main.ts.
 */
async function productionNow(clients, services, problems, described) {
    const now = {};
    for (const s of services) {
        try {
            const arn = await liveRevision(clients, s, described);
            if (!arn)
                continue;
            const revision = await (0,ecs_services/* findTaskDefinition */.KF)(clients, arn);
            now[s.name] = { taskDefinitionArn: arn, sha: gitShaOf(revision?.tags) };
        }
        catch (err) {
            problems.push(`${s.name}: cannot tell what production runs: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
        }
    }
    return now;
}
async function liveRevision(clients, s, described) {
    const missing = (0,services/* ecsServicesOf */.T)(s).filter((name) => !described.has(name));
    if (missing.length > 0)
        throw new Error(`ECS service ${missing.join(', ')} is not in the cluster`);
    if (!s.blueService)
        return described.get(s.service)?.taskDefinition;
    const route = await observeRoute(clients.elbv2, parseRouteArn(s.listenerRuleArn, `${s.name}.listener-rule-arn`), `${s.name}.listener-rule-arn`);
    for (const color of [s.blueService, s.greenService]) {
        const group = described.get(color)?.loadBalancers?.[0]?.targetGroupArn ?? '';
        if (percentOf(route.split, group) === 100)
            return described.get(color)?.taskDefinition;
    }
    throw new Error(`neither ${s.blueService} nor ${s.greenService} takes all of the rule's traffic: a bake is in flight (or was left half-way)`);
}
/**
 * `git diff --name-only <from> <to>` for each distinct commit production runs; undefined where git does not know it.
 */
async function filesChangedSince(git, cwd, froms, to) {
    const out = {};
    for (const from of [...new Set(froms)]) {
        if (!/^[0-9a-f]{7,40}$/.test(from)) {
            out[from] = undefined;
            continue;
        }
        const answer = await git(['diff', '--name-only', '--end-of-options', from, to, '--'], cwd);
        out[from] =
            answer.exitCode === 0
                ? answer.stdout
                    .split('\n')
                    .map((l) => l.trim())
                    .filter(Boolean)
                : undefined;
    }
    return out;
}
/**
 * The migrations a service's release adds since the commit production runs (none known when production names no
 * commit), linted as one batch: a finding not allowed by a reasoned comment, or SQL that does not parse, is a problem.
 */
async function pendingMigrations(git, workspace, s, fromSha, problems) {
    const dir = (0,external_node_path_.join)(workspace, s.migrationsDir);
    let files;
    try {
        files = await listMigrations(dir, workspace, `${s.name}.migrations-dir`);
    }
    catch (err) {
        problems.push(`${s.name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return [];
    }
    // Without production's commit there is no "added since": migrate reads the pending set from the database at
    // release time and lints exactly that; linting the whole history here would block on migrations applied long ago.
    if (!fromSha)
        return [];
    const added = await migrationsAddedSince(git, fromSha, dir).catch((err) => {
        problems.push(`${s.name}: cannot tell which migrations are new since ${plan_short(fromSha)}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return new Set();
    });
    files = files.filter((f) => added.has(f.name));
    if (files.length === 0)
        return [];
    const { lintMigrationBatch } = await Promise.all(/* import() */[__webpack_require__.e(300), __webpack_require__.e(373)]).then(__webpack_require__.bind(__webpack_require__, 6373));
    const lint = await lintMigrationBatch(await readMigrationFiles(files), { acrossFiles: true });
    for (const p of lint.problems)
        problems.push(`${s.name}: ${p.file}:${p.line}: ${p.message}`);
    for (const f of lint.findings.filter((f) => !f.allowed))
        problems.push(`${s.name}: ${f.file}:${f.line}: ${f.rule}: ${f.message}`);
    return files.map((f) => ({
        name: f.name,
        path: f.path,
        allowed: lint.findings
            .filter((x) => x.file === f.path && x.allowed)
            .map((x) => ({ rule: x.rule, reason: x.allowed.reason })),
    }));
}
/** The image of the commit is in the service's repository (a missing one is a problem naming it). */
async function checkImage(clients, s, sha, registryId, problems) {
    try {
        const image = await findImage(clients.ecr, { repositoryName: s.ecrRepository, registryId }, sha);
        if (!image)
            problems.push(`${s.name}: no image tagged ${sha} in ECR repository ${s.ecrRepository}: build-push never pushed this commit`);
    }
    catch (err) {
        problems.push(`${s.name}: cannot read ECR repository ${s.ecrRepository}: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
    }
}
/** Staging completed a rollout of the commit on the service (the proof rollback's `sha:` target accepts). */
async function checkStaging(clients, stagingCluster, s, sha, problems) {
    try {
        const service = (await (0,ecs_services/* pollServices */.SQ)(clients, stagingCluster, [s.stagingService])).get(s.stagingService);
        if (!service?.taskDefinition) {
            problems.push(`${s.name}: staging service ${s.stagingService} is not in cluster ${stagingCluster}`);
            return;
        }
        const history = await deploymentHistory(clients, stagingCluster, s.stagingService, familyOf(service.taskDefinition));
        if (history.entries.some((e) => e.gitSha === sha))
            return;
        const done = history.entries
            .map((e) => e.gitSha && plan_short(e.gitSha))
            .filter(Boolean)
            .slice(0, 5);
        problems.push(`${s.name}: staging never completed a rollout of ${plan_short(sha)} on ${s.stagingService}${done.length ? ` (it completed ${done.join(', ')})` : ''}`);
    }
    catch (err) {
        problems.push(`${s.name}: cannot read staging's history: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./build/lib/core/action-entry.js
/**
 * Runs another action of this repository as the runner runs a step: `node <action>/dist/main/index.js` with
 * INPUT_* variables and its own GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, then its post entry
 * (when it has one and saved state), and reads back what it wrote. The runner downloads the whole repository for
 * any one of its actions, so the siblings of a bundle are there at the same commit.
 */




/** Parses the runner's `name<<delimiter` file format (and plain `name=value` lines). */
function parseCommandFile(text) {
    const values = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const body = [];
            for (i++; i < lines.length && lines[i] !== heredoc[2]; i++)
                body.push(lines[i]);
            values[heredoc[1]] = body.join('\n');
        }
        else if (lines[i].includes('=')) {
            values[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
        }
    }
    return values;
}
/** The environment a step gets: the job's, without this step's own inputs and command files. */
function stepEnv(base, extra) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined ||
            key.startsWith('INPUT_') ||
            key.startsWith('STATE_') ||
            ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].includes(key))
            continue;
        env[key] = value;
    }
    return { ...env, ...extra };
}
/** Runs the action's main entry, then its post entry when it saved state; never throws for a failing step. */
async function runActionEntry(options) {
    const script = (entry) => (0,external_node_path_.join)(options.actionsDir, options.action, 'dist', entry, 'index.js');
    if (!(0,external_node_fs_.existsSync)(script('main')))
        throw new Error(`actions/${options.action} has no bundle at ${script('main')}`);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `step-${options.action}-`));
    const files = {
        GITHUB_OUTPUT: (0,external_node_path_.join)(dir, 'output'),
        GITHUB_STEP_SUMMARY: (0,external_node_path_.join)(dir, 'summary'),
        GITHUB_STATE: (0,external_node_path_.join)(dir, 'state'),
    };
    for (const file of Object.values(files))
        (0,external_node_fs_.writeFileSync)(file, '');
    try {
        const inputs = Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
        const env = stepEnv(process.env, { ...options.env, ...inputs, ...files });
        const errors = [];
        const onLine = (line) => {
            if (line.startsWith('::error'))
                errors.push(line.replace(/^::error[^:]*::/, ''));
            options.onLine(line);
        };
        const exitCode = await runNode(script('main'), env, options.cwd, onLine, options.signal);
        const state = parseCommandFile((0,external_node_fs_.readFileSync)(files.GITHUB_STATE, 'utf8'));
        if ((0,external_node_fs_.existsSync)(script('post')) && Object.keys(state).length > 0) {
            const postEnv = { ...env, ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])) };
            await runNode(script('post'), postEnv, options.cwd, onLine);
        }
        return {
            exitCode,
            outputs: parseCommandFile((0,external_node_fs_.readFileSync)(files.GITHUB_OUTPUT, 'utf8')),
            summary: (0,external_node_fs_.readFileSync)(files.GITHUB_STEP_SUMMARY, 'utf8'),
            errors,
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** One node process; a cancel is passed on as SIGINT (the runner's first signal), so the step can restore. */
function runNode(script, env, cwd, onLine, signal) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const onAbort = () => child.kill('SIGINT');
        signal?.addEventListener('abort', onAbort, { once: true });
        for (const stream of [child.stdout, child.stderr]) {
            let rest = '';
            stream.on('data', (chunk) => {
                const lines = (rest + chunk.toString()).split('\n');
                rest = lines.pop() ?? '';
                for (const line of lines)
                    onLine(line);
            });
            stream.on('end', () => rest && onLine(rest));
        }
        child.on('close', (code) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(code ?? 1);
        });
    });
}

;// CONCATENATED MODULE: ./build/actions/release/src/steps.js
/**
 * One service's part of a release, as production.yml's release job runs it (promote → register → migrate →
 * bake-and-promote), and its rollback: each step is this repository's own action, run as the runner runs a step.
 */



/** The folder holding this repository's actions: the bundle runs as `node actions/release/dist/main/index.js`. */
function actionsDir(script = process.argv[1] ?? '') {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(script), '..', '..', '..');
}
/** Runs one action for one service, its log lines prefixed with the service (workflow commands pass as they are). */
async function step(ctx, service, name, action, inputs, timings, env = {}) {
    const startedAt = Date.now();
    ctx.io.info(`${service}: ${name} (${action})`);
    const run = await runActionEntry({
        actionsDir: actionsDir(),
        action,
        inputs: Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== '')),
        env,
        cwd: ctx.inputs.workspace,
        signal: ctx.signal,
        // ::add-mask:: and annotations must reach the runner unprefixed; the rest says which service it is about.
        onLine: (line) => process.stdout.write(/^::(add-mask|error|warning|notice)/.test(line)
            ? `${line}\n`
            : `[${service}] ${line.replace(/^::(group|endgroup)::/, '')}\n`),
    });
    timings.push({ step: name, startedAt, endedAt: Date.now(), ok: run.exitCode === 0 });
    if (run.summary.trim())
        ctx.summaries.push(details(`${service}: ${name}`, run.summary));
    return run;
}
const failure = (run, what) => run.errors[0]?.replace(/%0A/g, ' ').slice(0, 300) || `${what} exited with ${run.exitCode}`;
/** Promote, register, migrate and bake one service; the outcome says how far it got and why it stopped. */
async function releaseService(ctx, s, planned) {
    const { inputs } = ctx;
    const outcome = { name: s.name, wave: planned.wave, status: 'failed', migrated: false, steps: [] };
    const polling = inputs.pollInterval ? { 'poll-interval': inputs.pollInterval } : {};
    const promote = await step(ctx, s.name, 'promote', 'build-push', {
        repository: s.ecrRepository,
        'registry-id': inputs.ecrRegistryId ?? '',
        'promote-from': inputs.sha,
        tags: `${inputs.sha}, ${inputs.environment}-${inputs.sha}`,
    }, outcome.steps);
    if (promote.exitCode !== 0)
        return { ...outcome, reason: failure(promote, 'promote') };
    const register = await step(ctx, s.name, 'register', 'deploy-ecs', {
        'register-only': 'true',
        cluster: inputs.cluster,
        service: s.blueService || s.service,
        'git-sha': inputs.sha,
        'task-definition-template': s.taskDefinitionTemplate,
        'template-vars': [`GITHUB_SHA=${inputs.sha}`, s.templateVars].filter(Boolean).join('\n'),
        'environment-file': s.environmentFile,
        'environment-name': s.environmentFile ? s.environmentSection || inputs.environment : '',
        container: s.container,
    }, outcome.steps, { IMAGE_URI: promote.outputs['image-ref'] ?? '' });
    outcome.taskDefinitionArn = register.outputs['task-definition-arn'] || undefined;
    if (register.exitCode !== 0 || !outcome.taskDefinitionArn)
        return { ...outcome, reason: failure(register, 'register') };
    if (s.migrate) {
        const migrate = await step(ctx, s.name, 'migrate', 'migrate', {
            mode: s.migrateMode || 'ecs-task',
            cluster: inputs.cluster,
            service: s.blueService || s.service,
            'task-definition': outcome.taskDefinitionArn,
            container: s.container,
            'working-directory': s.folder,
            schema: s.migrateSchema,
            config: s.migrateConfig,
            'database-url-secret': s.migrateDatabaseUrlSecret,
            'git-sha': inputs.sha,
            // Where migrate cannot read the pending set, it lints what was added since the commit production runs.
            'lint-base': planned.from.sha ?? 'all',
            ...polling,
        }, outcome.steps);
        // Whatever ran stays (a failed migrate may have applied the ones before the failing one); an unknown count is
        // taken as applied, so the schema check errs on the side of a person looking.
        const applied = migrate.outputs['applied-count'];
        outcome.migrated = (s.migrateMode || 'ecs-task') !== 'lint-only' && (applied ? Number(applied) > 0 : true);
        if (migrate.exitCode !== 0)
            return { ...outcome, reason: failure(migrate, 'migrate') };
    }
    const bake = await step(ctx, s.name, 'bake', 'bake-and-promote', {
        cluster: inputs.cluster,
        services: s.blueService ? `${s.blueService}, ${s.greenService}` : '',
        service: s.blueService ? '' : s.service,
        'listener-rule-arn': s.listenerRuleArn,
        'task-definition': outcome.taskDefinitionArn,
        steps: s.bakeSteps,
        'check-interval': s.checkInterval,
        hold: s.hold,
        'smoke-file': s.smokeFile,
        'canary-url': s.canaryUrl,
        'production-url': s.productionUrl,
        alarms: s.alarms,
        'wait-timeout': inputs.waitTimeout,
        ...polling,
    }, outcome.steps);
    outcome.bake = bake.outputs.verdict || undefined;
    if (bake.exitCode !== 0 || bake.outputs.verdict !== 'promoted')
        return { ...outcome, reason: bake.outputs.reason || failure(bake, 'bake') };
    return { ...outcome, status: 'promoted', promotedAt: Date.now(), reason: undefined };
}
/**
 * Rolls one promoted service back with the rollback action: the weight flip for colors, else the revision it ran
 * before.
 */
async function rollBackService(ctx, s, planned, outcome, why) {
    const { inputs } = ctx;
    const run = await step(ctx, s.name, 'rollback', 'rollback', {
        cluster: inputs.cluster,
        services: s.blueService ? `${s.blueService}, ${s.greenService}` : '',
        service: s.blueService ? '' : s.service,
        'listener-rule-arn': s.listenerRuleArn,
        target: s.blueService ? 'previous' : (planned.from.taskDefinitionArn ?? 'previous'),
        reason: why,
        'health-url': s.healthUrl,
        environment: inputs.environment,
        'wait-timeout': inputs.waitTimeout,
        ...(inputs.pollInterval ? { 'poll-interval': inputs.pollInterval } : {}),
    }, outcome.steps);
    return run.exitCode === 0 && run.outputs.status === 'succeeded'
        ? { ...outcome, status: 'rolled-back', reason: why }
        : { ...outcome, status: 'rollback-failed', reason: `rollback failed: ${failure(run, 'rollback')}` };
}

;// CONCATENATED MODULE: ./build/actions/release/src/run.js
/**
 * release, once production's services are described (main.ts makes that first call before loading this module):
 * `plan` observes the rest and prints the plan, `release` carries an approved plan out.
 */











const git = (args, cwd) => execCommand('git', args, { cwd });
/** Everything the plan needs, read only; every problem found goes into one error, before anything changes. */
async function plan(inputs, clients, io, described) {
    const problems = [];
    const now = await productionNow(clients, inputs.services, problems, described);
    const froms = Object.values(now)
        .map((n) => n.sha)
        .filter((s) => Boolean(s));
    const files = await filesChangedSince(git, inputs.workspace, froms, inputs.sha);
    const first = planRelease(inputs.services, inputs.sha, now, files, {});
    const migrations = {};
    for (const planned of first.services) {
        const s = inputs.services.find((x) => x.name === planned.name);
        await checkImage(clients, s, inputs.sha, inputs.ecrRegistryId, problems);
        if (!inputs.skipStagingCheck && inputs.stagingCluster)
            await checkStaging(clients, inputs.stagingCluster, s, inputs.sha, problems);
        if (s.migrate)
            migrations[s.name] = await pendingMigrations(git, inputs.workspace, s, planned.from.sha, problems);
    }
    if (problems.length > 0)
        throw new errors/* PlanError */.W6(`the release of ${plan_short(inputs.sha)} cannot go ahead; nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    const result = planRelease(inputs.services, inputs.sha, now, files, migrations);
    for (const line of planLines(result))
        io.info(line);
    io.setOutput('plan', JSON.stringify(result));
    io.setOutput('changed', String(result.services.length > 0));
    io.setOutput('waves', JSON.stringify(result.waves));
    await io.appendSummary(heading(`Release plan of ${plan_short(inputs.sha)}`) +
        (inputs.skipStagingCheck
            ? '⚠️ **skip-staging-check** was set: no proof that staging completed these commits.\n\n'
            : '') +
        codeBlock(planLines(result).join('\n')));
}
/** Production must still run what the plan was made from: a release between approval and now is refused. */
async function checkStillPlanned(inputs, clients, approved, described) {
    const problems = [];
    const planned = (0,services/* plannedServices */.H)(inputs.services, approved);
    const unknown = approved.services.filter((p) => !inputs.services.some((s) => s.name === p.name)).map((p) => p.name);
    if (unknown.length > 0)
        problems.push(`the services file no longer has ${unknown.join(', ')}`);
    const now = await productionNow(clients, planned, problems, described);
    for (const p of approved.services) {
        if ((now[p.name]?.taskDefinitionArn ?? '') !== (p.from.taskDefinitionArn ?? ''))
            problems.push(`${p.name} runs ${now[p.name]?.taskDefinitionArn ?? 'nothing'} now, not ${p.from.taskDefinitionArn ?? 'nothing'} as planned`);
    }
    if (problems.length > 0)
        throw new errors/* PlanError */.W6(`production changed since the plan was made; nothing was changed, plan again:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
/**
 * Wave after wave; at the first failure no later wave starts, and the release's promoted services are rolled back (or
 * kept).
 */
async function release(inputs, clients, io, signal, described) {
    const approved = inputs.plan;
    await checkStillPlanned(inputs, clients, approved, described);
    const startedAt = Date.now();
    const ctx = { inputs, io, signal, summaries: [] };
    const serviceOf = (name) => inputs.services.find((s) => s.name === name);
    const plannedOf = (name) => approved.services.find((s) => s.name === name);
    const outcomes = approved.services.map((p) => ({
        name: p.name,
        wave: p.wave,
        status: 'not-started',
        migrated: false,
        steps: [],
    }));
    const put = (o) => outcomes.splice(outcomes.findIndex((x) => x.name === o.name), 1, o);
    for (const [index, names] of approved.waves.entries()) {
        if (signal.aborted)
            break;
        io.info(`wave ${index + 1} of ${approved.waves.length}: ${names.join(', ')}`);
        for (const o of await Promise.all(names.map((name) => releaseService(ctx, serviceOf(name), plannedOf(name)))))
            put(o);
        if (outcomes.some((o) => o.status === 'failed'))
            break;
    }
    const failed = outcomes.filter((o) => o.status === 'failed' || (signal.aborted && o.status !== 'promoted'));
    if (failed.length > 0) {
        const databaseOf = Object.fromEntries(inputs.services.map((s) => [s.name, s.database]));
        const decision = (0,verdict/* decideRollback */.h6)(approved, outcomes, inputs.onFailure, databaseOf);
        const why = `release of ${plan_short(inputs.sha)}: ${failed.map((o) => `${o.name} ${o.reason ?? 'failed'}`).join('; ')}`;
        for (const k of decision.keep)
            put({
                ...outcomes.find((o) => o.name === k.name),
                status: k.why.startsWith('left') ? 'left-for-a-person' : 'kept',
                reason: k.why,
            });
        for (const name of decision.rollBack)
            put(await rollBackService(ctx, serviceOf(name), plannedOf(name), outcomes.find((o) => o.name === name), why));
    }
    const record = releaseRecord(approved, outcomes, inputs.onFailure, startedAt, Date.now());
    (0,external_node_fs_.writeFileSync)(inputs.recordFile, JSON.stringify(record, null, 2));
    await io.appendSummary(releaseSummary(record) + ctx.summaries.join(''));
    io.setOutput('verdict', record.verdict);
    io.setOutput('record-file', inputs.recordFile);
    io.setOutput('results', JSON.stringify(outcomes.map((o) => ({
        service: o.name,
        wave: o.wave,
        status: o.status,
        reason: o.reason ?? '',
        taskDefinitionArn: o.taskDefinitionArn ?? '',
        bake: o.bake ?? '',
    }))));
    // The alerts topic pages on failures only (as production.yml's); Slack hears every release.
    const targets = record.verdict === 'failed' ? inputs.notify : { slackWebhookUrl: inputs.notify.slackWebhookUrl };
    await sendNotice(clients, io, targets, releaseNotice(record, {
        cluster: inputs.cluster,
        environment: inputs.environment,
        actor: inputs.actor,
        runUrl: inputs.runUrl,
    }));
    if (record.verdict === 'failed') {
        const left = outcomes.filter((o) => o.status === 'left-for-a-person' || o.status === 'rollback-failed');
        io.setFailed(`release: ${failed.map((o) => `${o.name}: ${o.reason ?? o.status}`).join('; ')}${left.length ? `. Left for a person: ${left.map((o) => `${o.name} (${o.reason})`).join('; ')}` : ''}`);
    }
}


/***/ })

};
;