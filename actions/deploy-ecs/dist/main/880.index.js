"use strict";
exports.id = 880;
exports.ids = [880,152];
exports.modules = {

/***/ 8880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyDeploy: () => (/* binding */ applyDeploy)
});

// UNUSED EXPORTS: registeredResult, servingService, stepOutputs

// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var arns = __webpack_require__(9656);
// EXTERNAL MODULE: ./build/lib/aws/errors.js
var aws_errors = __webpack_require__(2811);
// EXTERNAL MODULE: ./build/lib/core/poll.js
var poll = __webpack_require__(6529);
// EXTERNAL MODULE: ./build/lib/ecs/failure-explanation.js + 3 modules
var failure_explanation = __webpack_require__(2416);
// EXTERNAL MODULE: ./build/lib/ecs/history.js + 1 modules
var ecs_history = __webpack_require__(8021);
;// CONCATENATED MODULE: ./build/lib/ecs/lifecycle-hooks.js
/** Where our PAUSE hooks stop a deployment: after test traffic, before each production shift, after the last. */
const PAUSE_STAGES = [
    'POST_TEST_TRAFFIC_SHIFT',
    'PRE_PRODUCTION_TRAFFIC_SHIFT',
    'POST_PRODUCTION_TRAFFIC_SHIFT',
];
/** True for the PAUSE hook bake-and-promote writes: PAUSE at exactly PAUSE_STAGES (in any order). */
function isOurPauseHook(hook) {
    const stages = (hook.lifecycleStages ?? []);
    return (hook.targetType === 'PAUSE' &&
        stages.length === PAUSE_STAGES.length &&
        PAUSE_STAGES.every((s) => stages.includes(s)));
}
/** True when the configuration carries one of our PAUSE hooks. */
function hasOurHooks(config) {
    return (config?.lifecycleHooks ?? []).some(isOurPauseHook);
}
function withoutOurHooks(config) {
    if (!config || !hasOurHooks(config))
        return config;
    return { ...config, lifecycleHooks: (config.lifecycleHooks ?? []).filter((h) => !isOurPauseHook(h)) };
}
const pauseHooks = (config) => (config?.lifecycleHooks ?? []).filter((h) => h.targetType === 'PAUSE');
const covers = (hook, stage) => (hook.lifecycleStages ?? []).includes(stage);
/**
 * Who holds a service deployment paused at a PAUSE hook, or undefined when none awaits action. The hook details
 * name no stage, so ownership comes from the configuration the deployment runs with (the deployment's own, else
 * `serviceConfig`): with only our PAUSE hook configured, any awaiting one is ours; with the team's too, the
 * reported stage decides, and a stage both cover (or none reported) counts as the team's: never answered blind.
 */
function pausedBy(deployment, serviceConfig) {
    const awaiting = (deployment.lifecycleHookDetails ?? []).filter((h) => h.status === 'AWAITING_ACTION' && h.targetType === 'PAUSE' && h.hookId);
    if (awaiting.length === 0)
        return undefined;
    const configured = pauseHooks(deployment.deploymentConfiguration ?? serviceConfig);
    const ours = configured.filter(isOurPauseHook);
    const theirs = configured.filter((h) => !isOurPauseHook(h));
    const stage = deployment.lifecycleStage;
    const first = awaiting[0];
    const timing = { stage, expiresAt: first.expiresAt, timeoutAction: first.timeoutAction };
    const oursHere = ours.length > 0 &&
        (theirs.length === 0 ||
            (stage !== undefined && ours.some((h) => covers(h, stage)) && !theirs.some((h) => covers(h, stage))));
    if (oursHere && awaiting.length === 1)
        return { owner: 'ours', hookId: first.hookId, ...timing };
    return { owner: 'theirs', hookIds: awaiting.map((h) => h.hookId), ...timing };
}
/** One sentence on a team's hook holding a deployment, with what ECS does when it times out. */
function describeHold(hold, serviceDeploymentArn) {
    const at = hold.stage ? ` at ${hold.stage}` : '';
    const ids = hold.owner === 'ours' ? hold.hookId : hold.hookIds.join(', ');
    const timeout = hold.expiresAt
        ? `; ECS takes its timeout action (${hold.timeoutAction ?? 'ROLLBACK'}) at ${hold.expiresAt.toISOString()}`
        : '';
    const answer = serviceDeploymentArn
        ? `; answer it with \`aws ecs continue-service-deployment --service-deployment-arn ${serviceDeploymentArn} --hook-id <id> --action CONTINUE\` (or ROLLBACK)`
        : '';
    const whose = hold.owner === 'ours'
        ? "bake-and-promote's PAUSE hook"
        : 'a PAUSE hook of your own (not one bake-and-promote writes)';
    return `the deployment is paused${at} by ${whose} ${ids}${timeout}${answer}`;
}

// EXTERNAL MODULE: ./build/lib/core/duration.js
var duration = __webpack_require__(2720);
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

;// CONCATENATED MODULE: ./build/lib/ecs/rollout-summary.js
/** The job-summary sections every rollout shares: one row per service, a timeline, and why anything failed. */




const ICON = {
    unchanged: '⏸️ unchanged',
    started: '🚀 started (not watched)',
    'in-progress': '⏳ in progress',
    succeeded: '✅ succeeded',
    failed: '❌ failed',
};
/** One line per result state, for tables and logs. */
function resultLabel(r) {
    if (r.status === 'failed')
        return `${ICON.failed} (${r.failureKind})`;
    if (r.adopted && r.status !== 'unchanged')
        return `${ICON[r.status]} (a deployment already in flight)`;
    return ICON[r.status];
}
/**
 * The results table. A column no row has a value for is left out (no `unknown` revisions, no deployment), and so is
 * a time under a second (a rollout ECS reports settled at once): the timeline below says how long the watch took.
 */
function rolloutTable(results) {
    return compactTable(['Service', 'Result', 'Task definition', 'Previous', 'Deployment', 'Time'], results.map((r) => [
        r.service,
        resultLabel(r),
        r.taskDefinitionArn && (0,arns/* shortTaskDefinition */.P5)(r.taskDefinitionArn),
        r.previousTaskDefinitionArn && (0,arns/* shortTaskDefinition */.P5)(r.previousTaskDefinitionArn),
        r.deploymentId,
        r.elapsedSeconds !== undefined && r.elapsedSeconds >= 1 ? (0,duration/* formatDuration */.a)(r.elapsedSeconds * 1000) : undefined,
    ]));
}
/** The timeline chart and a "Why … failed" section per failed service. */
function rolloutDetails(results) {
    let md = '';
    const spans = results.flatMap((r) => timelineSpans(r));
    if (spans.length)
        md += heading('Timeline', 3) + ganttChart('Rollout', spans);
    for (const r of results.filter((x) => x.status === 'failed')) {
        md += heading(`Why ${r.service} failed`, 3) + `${r.reason}\n\n`;
        const next = whatToDo(r);
        if (next)
            md += `**What to do:** ${next}\n\n`;
        const e = r.explanation;
        if (!e)
            continue;
        if (e.stoppedTasks.length)
            md += table(['Stopped task', 'What the task said'], e.stoppedTasks.map((t) => [t.taskId, (0,failure_explanation/* describeStoppedTask */.us)(t)]));
        const logs = e.stoppedTasks.flatMap((t) => t.containers.filter((c) => c.logUrl).map((c) => `[${c.name} logs of ${t.taskId}](${c.logUrl})`));
        if (logs.length)
            md += logs.join(' · ') + '\n\n';
        if (e.unhealthyTargets.length)
            md += `Unhealthy targets: ${e.unhealthyTargets.join('; ')}\n\n`;
        if (e.recentEvents.length)
            md += details('Latest service events', e.recentEvents.map((x) => `- ${x}`).join('\n'));
        md += `[Open the service in the ECS console](${e.consoleUrl})\n\n`;
    }
    return md;
}
/** The next step after a failure that ECS will not resolve by itself, or undefined when ECS already did. */
function whatToDo(r) {
    if (r.failureKind !== 'tasks-failing')
        return undefined;
    const back = r.previousTaskDefinitionArn ? ` to ${(0,arns/* shortTaskDefinition */.P5)(r.previousTaskDefinitionArn)}` : '';
    return (`ECS keeps starting ${(0,arns/* shortTaskDefinition */.P5)(r.taskDefinitionArn)} until it is told otherwise. Roll the service back${back} now (the rollback action, target \`previous\`), ` +
        'or deploy a fixed image. To have ECS stop and roll back a release like this by itself, enable the deployment circuit breaker with rollback on the service ' +
        '(`deploymentConfiguration.deploymentCircuitBreaker: {enable: true, rollback: true}`).');
}
/** What a cancelled job left behind: ECS carries on, so each service's state and how to undo it. */
function cancelledSection(leftInFlight) {
    if (leftInFlight.length === 0)
        return 'The job was cancelled before any service was updated: nothing was changed.\n\n';
    return ('The job was cancelled while ECS was still rolling out. ECS carries on with these deployments (the circuit breaker, where enabled, decides their fate):\n\n' +
        table(['Service', 'State left behind'], leftInFlight.map(({ service, state }) => [service, state])));
}
function timelineSpans(result) {
    const marks = result.timeline ?? [];
    if (marks.length < 2)
        return [];
    const spans = [];
    for (let i = 0; i < marks.length - 1; i++) {
        const last = i === marks.length - 2;
        spans.push({
            section: result.service,
            label: `${marks[i].label} → ${marks[i + 1].label}`,
            startSec: marks[i].atMs / 1000,
            endSec: marks[i + 1].atMs / 1000,
            state: last && result.status === 'failed' ? 'crit' : 'done',
        });
    }
    return spans;
}

;// CONCATENATED MODULE: ./build/lib/ecs/rollout-verdict.js

const STOPPED_STATES = new Set(['STOPPED', 'STOP_REQUESTED']);
const ROLLBACK_STATES = new Set([
    'ROLLBACK_REQUESTED',
    'ROLLBACK_IN_PROGRESS',
    'ROLLBACK_SUCCESSFUL',
    'ROLLBACK_FAILED',
]);
function progressOf(deployment) {
    return {
        running: deployment.runningCount ?? 0,
        pending: deployment.pendingCount ?? 0,
        desired: deployment.desiredCount ?? 0,
        failedTasks: deployment.failedTasks ?? 0,
        rolloutState: deployment.rolloutState,
    };
}
function describe(deployment) {
    return `${deployment.id} (${(0,arns/* shortTaskDefinition */.P5)(deployment.taskDefinition)}, started ${deployment.createdAt?.toISOString?.() ?? 'at an unknown time'})`;
}
/**
 * ECS names the deployment it rolls back from in the new PRIMARY's reason ("rolling back to deploymentId …") and in
 * events.
 */
function rollbackEvidence(service, primary, target) {
    if (/rolling back|rollback/i.test(primary.rolloutStateReason ?? ''))
        return true;
    return (service.events ?? [])
        .slice(0, 10)
        .some((e) => /rolling back|rollback/i.test(e.message ?? '') && (e.message ?? '').includes(target.deploymentId));
}
/**
 * The circuit breaker's own threshold (ServiceDeploymentCircuitBreaker): half the desired count, at least 3, at most
 * 200.
 */
function failureThreshold(desired) {
    return Math.min(200, Math.max(3, Math.ceil(desired * 0.5)));
}
/**
 * Without a circuit breaker (the API's default) ECS never fails a deployment whose tasks keep exiting: it retries
 * for as long as it takes, the old revision serving. Once as many tasks failed as the breaker would have counted,
 * with none of the new revision running (Deployment.failedTasks resets on the first one that runs), the verdict
 * is in: the reason says so, and which revision still serves.
 */
function failingWithoutBreaker(service, ours) {
    if (service.deploymentConfiguration?.deploymentCircuitBreaker?.enable)
        return undefined;
    const failed = ours.failedTasks ?? 0;
    if ((ours.runningCount ?? 0) > 0 || failed < failureThreshold(ours.desiredCount ?? service.desiredCount ?? 1))
        return undefined;
    const serving = (service.deployments ?? []).filter((d) => d.id !== ours.id && (d.runningCount ?? 0) > 0);
    const still = serving.length
        ? `${serving.map((d) => `${(0,arns/* shortTaskDefinition */.P5)(d.taskDefinition)} (${d.runningCount} task(s) running)`).join(', ')} still serves`
        : 'no task of any other revision is running either';
    return `${failed} task(s) of ${(0,arns/* shortTaskDefinition */.P5)(ours.taskDefinition)} failed to start and none is running; ${still}. The service has no deployment circuit breaker, so ECS keeps retrying until someone rolls back`;
}
/** Decides where one rollout stands. Success needs *our* deployment seen PRIMARY and COMPLETED, nothing less. */
function judgeRollout(service, target, serviceDeployment) {
    if (!service)
        return { state: 'failed', kind: 'missing', reason: `service ${target.service} disappeared while we watched` };
    const deployments = service.deployments ?? [];
    const ours = deployments.find((d) => d.id === target.deploymentId);
    const primary = deployments.find((d) => d.status === 'PRIMARY');
    const progress = ours ? progressOf(ours) : undefined;
    if (serviceDeployment && ROLLBACK_STATES.has(serviceDeployment.status)) {
        // DescribeServices knows which revision ECS goes back to; the service-deployments API only says that it does.
        const restoring = primary && primary.id !== target.deploymentId && primary.taskDefinition !== target.taskDefinitionArn
            ? `; ECS is rolling back to ${(0,arns/* shortTaskDefinition */.P5)(primary.taskDefinition)}`
            : '';
        return {
            state: 'failed',
            kind: 'rolled-back',
            reason: `ECS is rolling the service back (${serviceDeployment.status}): ${serviceDeployment.statusReason ?? 'no reason given'}${restoring}`,
            progress,
        };
    }
    // A breaker without rollback stops the deployment: DescribeServices says why, better than the bare STOPPED.
    if (serviceDeployment &&
        STOPPED_STATES.has(serviceDeployment.status) &&
        !(ours?.rolloutState === 'FAILED' && /circuit breaker/i.test(ours.rolloutStateReason ?? ''))) {
        return {
            state: 'failed',
            kind: 'stopped',
            reason: `the service deployment was stopped (${serviceDeployment.status}): ${serviceDeployment.statusReason ?? 'no reason given'}`,
            progress,
        };
    }
    if (ours?.rolloutState === 'FAILED') {
        const rollback = primary && primary.id !== ours.id && primary.taskDefinition === target.previousTaskDefinitionArn;
        const why = ours.rolloutStateReason ?? 'the deployment circuit breaker tripped';
        return {
            state: 'failed',
            kind: rollback ? 'rolled-back' : 'circuit-breaker',
            reason: rollback ? `${why}; ECS is rolling back to ${(0,arns/* shortTaskDefinition */.P5)(primary?.taskDefinition)}` : why,
            progress,
        };
    }
    if (ours && ours.status === 'PRIMARY') {
        const allRunning = (ours.runningCount ?? 0) === (ours.desiredCount ?? -1);
        if (ours.rolloutState === 'COMPLETED' &&
            ours.taskDefinition === target.taskDefinitionArn &&
            (!target.requireAllRunning || allRunning)) {
            return { state: 'succeeded', progress: progressOf(ours) };
        }
        // Without a rollout state (older services), steady means one deployment with every task running.
        if (!ours.rolloutState && deployments.length === 1 && allRunning)
            return { state: 'succeeded', progress: progressOf(ours) };
        const failing = failingWithoutBreaker(service, ours);
        if (failing)
            return { state: 'failed', kind: 'tasks-failing', reason: failing, progress: progressOf(ours) };
        return { state: 'in-progress', progress: progressOf(ours) };
    }
    if (!primary)
        return { state: 'failed', kind: 'missing', reason: `service ${target.service} has no PRIMARY deployment` };
    // Ours is no longer PRIMARY, or gone, and was never seen COMPLETED: that is never a success, whatever runs now.
    const why = ours?.rolloutStateReason ? `: ${ours.rolloutStateReason}` : '';
    const previous = target.previousTaskDefinitionArn;
    const restoresPrevious = previous !== undefined && primary.taskDefinition === previous && previous !== target.taskDefinitionArn;
    if (restoresPrevious || rollbackEvidence(service, primary, target)) {
        return {
            state: 'failed',
            kind: 'rolled-back',
            reason: `ECS rolled back to ${previous === primary.taskDefinition ? 'the previous task definition ' : ''}${(0,arns/* shortTaskDefinition */.P5)(primary.taskDefinition)} before deployment ${target.deploymentId} completed${why}`,
            progress,
        };
    }
    if (!ours) {
        return {
            state: 'failed',
            kind: 'superseded',
            reason: `deployment ${target.deploymentId} vanished before it was seen COMPLETED; PRIMARY is now ${describe(primary)}`,
            progress,
        };
    }
    return {
        state: 'failed',
        kind: 'superseded',
        reason: `another deployment started while we watched: ${describe(primary)}; ours (${target.deploymentId}) is no longer PRIMARY`,
        progress,
    };
}
/**
 * Where a service stands when this run changes nothing: its PRIMARY deployment is what a re-run must judge.
 * COMPLETED is fine; IN_PROGRESS is a rollout to follow; FAILED (or missing) is a failure, whatever revision runs.
 */
function currentDeploymentTarget(service) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    if (!primary?.id || !primary.taskDefinition)
        return undefined;
    return { service: service.serviceName ?? '', deploymentId: primary.id, taskDefinitionArn: primary.taskDefinition };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(2588);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4947);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServiceDeploymentsCommand.js


class ListServiceDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServiceDeployments", schemas_0/* ListServiceDeployments$ */.aK2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceDeploymentsCommand.js


class DescribeServiceDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeServiceDeployments", schemas_0/* DescribeServiceDeployments$ */.bm1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ContinueServiceDeploymentCommand.js


class ContinueServiceDeploymentCommand_ContinueServiceDeploymentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ContinueServiceDeployment", schemas_0/* ContinueServiceDeployment$ */.sJF) {
}

// EXTERNAL MODULE: ./build/lib/aws/paging.js
var paging = __webpack_require__(6140);
;// CONCATENATED MODULE: ./build/lib/ecs/service-deployments.js
/**
 * The ECS service-deployments API (ListServiceDeployments / DescribeServiceDeployments) says "rolling back"
 * or "stopped" in words, sometimes before DescribeServices does. Where it does not answer (older regions,
 * a policy without ecs:ListServiceDeployments, or emulators that return HTML), we stop asking after the
 * first failure and follow DescribeServices alone.
 */





/** DescribeServiceDeployments takes at most twenty ARNs a call. */
const DESCRIBE_LIMIT = 20;
class ServiceDeploymentsProbe {
    clients;
    cluster;
    startedAfter;
    available = true;
    arns = new Map();
    unavailableReason;
    constructor(clients, cluster, startedAfter) {
        this.clients = clients;
        this.cluster = cluster;
        this.startedAfter = startedAfter;
    }
    get isAvailable() {
        return this.available;
    }
    /** The newest state of each service's deployment started after `startedAfter`, by service name. */
    async states(services) {
        const result = new Map();
        if (!this.available)
            return result;
        try {
            for (const service of services) {
                if (this.arns.has(service))
                    continue;
                const listed = await this.clients.ecs.send(new ListServiceDeploymentsCommand({
                    cluster: this.cluster,
                    service,
                    createdAt: { after: this.startedAfter },
                    maxResults: 5,
                }));
                const newest = [...(listed.serviceDeployments ?? [])].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))[0];
                if (newest?.serviceDeploymentArn)
                    this.arns.set(service, newest.serviceDeploymentArn);
            }
            const wanted = services.filter((s) => this.arns.has(s));
            for (const batch of (0,paging/* chunk */.i)(wanted, DESCRIBE_LIMIT)) {
                const answer = await this.clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: batch.map((s) => this.arns.get(s)) }));
                for (const deployment of answer.serviceDeployments ?? []) {
                    const service = batch.find((s) => this.arns.get(s) === deployment.serviceDeploymentArn);
                    if (service && deployment.status) {
                        result.set(service, {
                            status: deployment.status,
                            statusReason: deployment.statusReason,
                            serviceDeploymentArn: deployment.serviceDeploymentArn,
                            lifecycleStage: deployment.lifecycleStage,
                            hold: deployment.status === 'IN_PROGRESS' ? pausedBy(deployment) : undefined,
                        });
                    }
                }
            }
        }
        catch (err) {
            // Throttling passes; anything else (no permission, no such API, an HTML answer) ends our asking.
            if ((0,aws_errors/* awsErrorKind */.U)(err) === 'throttled' || (0,aws_errors/* awsErrorKind */.U)(err) === 'cancelled')
                return result;
            this.available = false;
            this.unavailableReason = (0,errors/* errorMessage */.gJ)(err).split('\n')[0].slice(0, 160);
        }
        return result;
    }
}
/**
 * Answers one of our PAUSE hooks with CONTINUE; a hook that stopped waiting meanwhile is no error (the next look says
 * why).
 */
async function continueOurHook(clients, serviceDeploymentArn, hookId) {
    try {
        await clients.ecs.send(new ContinueServiceDeploymentCommand_ContinueServiceDeploymentCommand({ serviceDeploymentArn, hookId, action: 'CONTINUE' }));
        return undefined;
    }
    catch (err) {
        if ((0,aws_errors/* awsErrorKind */.U)(err) === 'cancelled')
            throw err;
        return (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
    }
}
/**
 * Asks ECS to roll a service deployment back: a deployment paused at a PAUSE hook is answered ROLLBACK through that
 * hook (ContinueServiceDeployment, the documented way out of a pause, whoever's hook it is); any other one is stopped
 * with StopServiceDeployment ROLLBACK. Returns what was done, as a sentence for the log.
 */
async function rollBackServiceDeployment(clients, deployment) {
    const arn = deployment.serviceDeploymentArn;
    const hook = deployment.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION' && h.targetType === 'PAUSE');
    if (hook?.hookId) {
        await clients.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: hook.hookId, action: 'ROLLBACK' }));
        return `answered the PAUSE hook ${hook.hookId} of deployment ${arn}${deployment.lifecycleStage ? ` at ${deployment.lifecycleStage}` : ''} with ROLLBACK`;
    }
    await clients.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    return `stopped deployment ${arn} with ROLLBACK`;
}

// EXTERNAL MODULE: ./build/lib/ecs/services.js + 8 modules
var ecs_services = __webpack_require__(5654);
;// CONCATENATED MODULE: ./build/lib/ecs/rollout-watch.js









/** Errors in a row that are neither throttling nor the network before the watch gives up on reading AWS. */
const UNKNOWN_ERRORS_TOLERATED = 3;
/**
 * Watches every target until each succeeds or fails. Never throws for a failed rollout, nor for AWS being
 * unreadable (throttling and network trouble are retried until the deadline; bad credentials end the watch
 * with an `unobservable` verdict): only cancellation throws.
 */
async function watchRollouts(options) {
    const { clients, cluster, io } = options;
    const clock = options.clock ?? poll/* realClock */.d;
    const start = clock.now();
    const probe = new ServiceDeploymentsProbe(clients, cluster, new Date(options.startedAt.getTime() - 1000));
    const watched = options.targets.map((target) => ({
        target: { ...target },
        seenEvents: new Set(),
        holdsReported: new Set(),
        timeline: [{ atMs: 0, label: 'watch started' }],
    }));
    const pending = () => watched.filter((w) => !w.outcome);
    const finish = (w, verdict) => {
        const elapsedMs = clock.now() - start;
        w.timeline.push({
            atMs: elapsedMs,
            label: verdict.state === 'succeeded' ? 'completed' : `failed (${verdict.kind})`,
        });
        w.outcome = { target: w.target, verdict, elapsedMs, timeline: w.timeline, lastSeen: w.last };
        const word = verdict.state === 'succeeded' ? 'succeeded' : `FAILED: ${verdict.reason}`;
        io.info(`${w.target.service}: rollout ${word} after ${(0,duration/* formatDuration */.a)(elapsedMs)}`);
    };
    let lastError;
    try {
        await (0,poll/* pollUntil */.g)({
            intervalMs: options.intervalMs,
            timeoutMs: options.timeoutMs,
            signal: options.signal,
            clock,
            what: 'the rollouts',
        }, async () => {
            const open = pending();
            let services;
            try {
                services = await (0,ecs_services/* pollServices */.SQ)(clients, cluster, open.map((w) => w.target.service));
            }
            catch (err) {
                const kind = (0,aws_errors/* awsErrorKind */.U)(err);
                if (kind === 'cancelled' || options.signal?.aborted)
                    throw err;
                const message = (0,errors/* errorMessage */.gJ)(err).split('\n')[0].slice(0, 200);
                const unknownInARow = kind === 'other' ? (lastError?.unknownInARow ?? 0) + 1 : 0;
                lastError = { message, unknownInARow };
                if (kind === 'credentials' || unknownInARow >= UNKNOWN_ERRORS_TOLERATED) {
                    const why = kind === 'credentials'
                        ? 'the credentials can no longer read the service'
                        : `${unknownInARow} reads in a row failed`;
                    for (const w of open)
                        finish(w, {
                            state: 'failed',
                            kind: 'unobservable',
                            reason: `could not follow the rollout (${why}: ${message}); its outcome is unknown: ${describeState(w)}`,
                        });
                    return { done: true, value: undefined };
                }
                io.warning(`${kind === 'throttled' ? 'AWS throttled DescribeServices' : 'DescribeServices failed'} (${message}); looking again in ${(0,duration/* formatDuration */.a)(options.intervalMs)}`);
                return { done: false };
            }
            lastError = undefined;
            const deploymentStates = await probe.states(open.map((w) => w.target.service));
            for (const w of open) {
                w.last = services.get(w.target.service);
                reportEvents(io, w, options.startedAt);
                await followStage(clients, io, w, deploymentStates.get(w.target.service), clock.now() - start);
                const verdict = judgeRollout(w.last, w.target, w.target.ignoreServiceDeployments ? undefined : deploymentStates.get(w.target.service));
                if (verdict.state === 'in-progress') {
                    reportProgress(io, w, verdict.progress, clock.now() - start);
                    continue;
                }
                finish(w, verdict);
            }
            return pending().length === 0 ? { done: true, value: undefined } : { done: false };
        });
    }
    catch (err) {
        if (err instanceof errors/* TimeoutError */.MU) {
            const unread = lastError ? `; the last read failed: ${lastError.message}` : '';
            for (const w of pending()) {
                const held = w.hold ? `; ${describeHold(w.hold.hold, w.hold.arn)}` : '';
                finish(w, {
                    state: 'failed',
                    kind: lastError ? 'unobservable' : 'timeout',
                    reason: `no verdict within ${(0,duration/* formatDuration */.a)(options.timeoutMs)}${unread}; ${describeState(w)}${held}`,
                });
            }
        }
        else if (err instanceof errors/* CancelledError */.cc || options.signal?.aborted) {
            io.warning('The job was cancelled while rollouts were in flight. ECS carries on with them; state left behind:');
            const left = pending().map((w) => ({ service: w.target.service, state: describeState(w) }));
            for (const { service, state } of left)
                io.warning(`${service}: ${state}`);
            throw new RolloutsCancelled(err instanceof Error ? err.message : 'job cancelled', left, watched.filter((w) => w.outcome).map((w) => w.outcome));
        }
        else
            throw err;
    }
    if (!probe.isAvailable) {
        io.debug(`service-deployments API not used: ${probe.unavailableReason}`);
    }
    return watched.map((w) => w.outcome);
}
/**
 * The lifecycle stage and any PAUSE hook the deployment waits on. Our hook on a deployment this run started is
 * answered CONTINUE (it gates nothing here: no checks run); a team's hook, or ours on a deployment someone else
 * started, is said once, clearly, and waited for until the deadline.
 */
async function followStage(clients, io, w, state, elapsedMs) {
    const name = w.target.service;
    if (state?.lifecycleStage && state.lifecycleStage !== w.stage) {
        w.stage = state.lifecycleStage;
        w.timeline.push({ atMs: elapsedMs, label: state.lifecycleStage });
        io.info(`${name}: lifecycle stage ${state.lifecycleStage}`);
    }
    const hold = state?.hold;
    const arn = state?.serviceDeploymentArn;
    w.hold = hold && arn ? { hold, arn } : undefined;
    if (!hold || !arn)
        return;
    if (hold.owner === 'ours' && w.target.answerOurHooks) {
        const problem = await continueOurHook(clients, arn, hold.hookId);
        if (problem)
            io.warning(`${name}: could not answer bake-and-promote's PAUSE hook ${hold.hookId} (${problem}); looking again`);
        else {
            io.info(`${name}: answered bake-and-promote's PAUSE hook ${hold.hookId}${hold.stage ? ` at ${hold.stage}` : ''} with CONTINUE (this rollout runs no checks for it to gate)`);
            w.timeline.push({ atMs: elapsedMs, label: `continued ${hold.stage ?? 'a pause'}` });
            w.hold = undefined;
        }
        return;
    }
    const key = hold.owner === 'ours' ? hold.hookId : hold.hookIds.join(',');
    if (w.holdsReported.has(key))
        return;
    w.holdsReported.add(key);
    w.timeline.push({ atMs: elapsedMs, label: `paused${hold.stage ? ` at ${hold.stage}` : ''}` });
    const who = hold.owner === 'ours'
        ? 'bake-and-promote answers it (or its mode: abort)'
        : 'this step waits for your answer until wait-timeout';
    io.warning(`${name}: ${describeHold(hold, arn)}; ${who}`);
}
function reportProgress(io, w, progress, elapsedMs) {
    const line = `${progress.running}/${progress.desired} running, ${progress.pending} pending${progress.failedTasks ? `, ${progress.failedTasks} failed tasks` : ''}`;
    if (progress.running > 0 && !w.firstRunning) {
        w.firstRunning = true;
        w.timeline.push({ atMs: elapsedMs, label: 'first new task running' });
    }
    if (line === w.lastProgress)
        return;
    w.lastProgress = line;
    io.info(`${w.target.service}: ${line} (${(0,duration/* formatDuration */.a)(elapsedMs)})`);
}
/** Prints service events that are new since the last poll and not older than the deploy. */
function reportEvents(io, w, since) {
    const fresh = (w.last?.events ?? [])
        .filter((e) => e.id && !w.seenEvents.has(e.id) && (e.createdAt?.getTime() ?? 0) >= since.getTime() - 1000)
        .reverse();
    for (const event of w.last?.events ?? [])
        if (event.id)
            w.seenEvents.add(event.id);
    for (const event of fresh)
        io.info(`${w.target.service}: event: ${event.message}`);
}
/**
 * The job was cancelled mid-watch; says what each unfinished rollout was left doing, and keeps the verdicts already
 * reached.
 */
class RolloutsCancelled extends errors/* CancelledError */.cc {
    leftInFlight;
    finished;
    constructor(message, leftInFlight, finished = []) {
        super(message);
        this.leftInFlight = leftInFlight;
        this.finished = finished;
    }
}
/** One sentence on where a service stands, for timeouts and cancellations. */
function describeState(w) {
    const deployments = w.last?.deployments ?? [];
    if (deployments.length === 0)
        return 'no deployment information';
    const parts = deployments.map((d) => `${d.status} ${(0,arns/* shortTaskDefinition */.P5)(d.taskDefinition)} ${d.rolloutState ?? ''} ${d.runningCount ?? 0}/${d.desiredCount ?? 0} running`.replace(/ +/g, ' '));
    const undo = w.target.previousTaskDefinitionArn
        ? `; to undo, roll back to ${(0,arns/* shortTaskDefinition */.P5)(w.target.previousTaskDefinitionArn)}`
        : '';
    return `${parts.join('; ')}${undo}`;
}

;// CONCATENATED MODULE: ./build/lib/ecs/rollout.js











/** Makes each change, then watches every started or in-flight deployment to its verdict. */
async function rollOut(changes, settings, ctx) {
    const { io, signal } = ctx;
    const clock = ctx.clock ?? poll/* realClock */.d;
    const results = [];
    const targets = [];
    let earliest = new Date(clock.now());
    let cancelled;
    await io.group('Update services', async () => {
        for (const change of changes) {
            const previous = change.observed.taskDefinition;
            const result = {
                service: change.service,
                status: 'unchanged',
                previousTaskDefinitionArn: previous,
                taskDefinitionArn: previous,
            };
            results.push(result);
            if (signal?.aborted) {
                // A cancel that arrives before the update makes no further change to AWS.
                result.reason = 'not updated: the job was cancelled first';
                cancelled ??= { message: (0,errors/* errorMessage */.gJ)(signal.reason ?? 'job cancelled'), leftInFlight: [] };
                continue;
            }
            if (!change.update) {
                const target = judgeCurrent(change, result, io);
                if (target && change.afterStop)
                    target.ignoreServiceDeployments = true;
                if (target && settings.wait)
                    targets.push(target);
                const created = change.observed.deployments?.find((d) => d.id === target?.deploymentId)?.createdAt;
                if (target && created && created < earliest)
                    earliest = created;
                continue;
            }
            const { taskDefinitionArn, desiredCount, forceNewDeployment = false } = change.update;
            // bake-and-promote's PAUSE hook gates its checks; a rollout that runs none must not wait on it.
            const config = change.observed.deploymentConfiguration;
            const deploymentConfiguration = hasOurHooks(config) ? withoutOurHooks(config) : undefined;
            if (deploymentConfiguration)
                io.info(`${change.service}: rolling out without bake-and-promote's PAUSE hook (it gates that action's checks; the service's other hooks stay)`);
            try {
                const { deploymentId } = await (0,ecs_services/* updateService */.bU)(ctx.clients, {
                    cluster: settings.cluster,
                    service: change.service,
                    taskDefinitionArn,
                    desiredCount,
                    forceNewDeployment,
                    deploymentConfiguration,
                });
                io.info(`${change.service}: deployment ${deploymentId} started with ${taskDefinitionArn}`);
                Object.assign(result, { taskDefinitionArn, deploymentId, status: settings.wait ? 'in-progress' : 'started' });
                const sameRevision = taskDefinitionArn === previous && !forceNewDeployment;
                if (settings.wait)
                    targets.push({
                        service: change.service,
                        deploymentId,
                        taskDefinitionArn,
                        previousTaskDefinitionArn: previous,
                        requireAllRunning: sameRevision || undefined,
                        answerOurHooks: true,
                    });
            }
            catch (err) {
                if ((0,aws_errors/* awsErrorKind */.U)(err) === 'cancelled' || signal?.aborted) {
                    result.reason = 'not updated: the job was cancelled first';
                    cancelled ??= { message: (0,errors/* errorMessage */.gJ)(signal?.reason ?? err), leftInFlight: [] };
                    continue;
                }
                Object.assign(result, {
                    status: 'failed',
                    failureKind: 'rejected',
                    reason: `UpdateService was refused: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`,
                });
                io.error(`${change.service}: ${result.reason}`, {
                    title: `${ctx.actionName}: ${change.service} was not updated`,
                });
            }
        }
    });
    if (cancelled) {
        // What was updated before the cancel keeps rolling out in ECS: say so, service by service.
        cancelled.leftInFlight = results
            .filter((r) => r.deploymentId && !r.adopted && r.status !== 'unchanged')
            .map((r) => ({
            service: r.service,
            state: `deployment ${r.deploymentId} of ${(0,arns/* shortTaskDefinition */.P5)(r.taskDefinitionArn)} started, not watched; to undo, roll back to ${(0,arns/* shortTaskDefinition */.P5)(r.previousTaskDefinitionArn)}`,
        }));
        return { results, cancelled };
    }
    if (targets.length === 0)
        return { results };
    let outcomes;
    try {
        outcomes = await io.group(`Watch ${targets.length} rollout(s)`, () => watchRollouts({
            clients: ctx.clients,
            cluster: settings.cluster,
            targets,
            intervalMs: settings.intervalMs,
            timeoutMs: settings.timeoutMs,
            io,
            signal,
            clock,
            startedAt: earliest,
        }));
    }
    catch (err) {
        if (!(err instanceof RolloutsCancelled))
            throw err;
        for (const outcome of err.finished)
            await record(results, outcome, changes, settings, ctx);
        return { results, cancelled: { message: err.message, leftInFlight: err.leftInFlight } };
    }
    for (const outcome of outcomes)
        await record(results, outcome, changes, settings, ctx);
    return { results };
}
/**
 * A service this run leaves alone: its PRIMARY deployment decides whether that is fine, a failure, or a rollout to
 * follow.
 */
function judgeCurrent(change, result, io) {
    const target = currentDeploymentTarget(change.observed);
    if (!target) {
        Object.assign(result, {
            status: 'failed',
            failureKind: 'missing',
            reason: `service ${change.service} has no PRIMARY deployment to judge`,
        });
        return undefined;
    }
    target.service = change.service;
    result.deploymentId = target.deploymentId;
    result.taskDefinitionArn = target.taskDefinitionArn;
    const pointsAt = change.observed.taskDefinition;
    if (pointsAt && (0,arns/* shortTaskDefinition */.P5)(pointsAt) !== (0,arns/* shortTaskDefinition */.P5)(target.taskDefinitionArn)) {
        // The PRIMARY deployment judges another revision than the one this run found the service on: it proves nothing.
        const reason = `nothing new to deploy, but the service points at ${(0,arns/* shortTaskDefinition */.P5)(pointsAt)} while its PRIMARY deployment ${target.deploymentId} is of ${(0,arns/* shortTaskDefinition */.P5)(target.taskDefinitionArn)}: no deployment of ${(0,arns/* shortTaskDefinition */.P5)(pointsAt)} can be judged`;
        Object.assign(result, { status: 'failed', failureKind: 'mismatch', reason, taskDefinitionArn: pointsAt });
        return undefined;
    }
    const verdict = judgeRollout(change.observed, target);
    if (verdict.state === 'succeeded') {
        io.info(`${change.service}: nothing to deploy; its deployment ${target.deploymentId} of ${(0,arns/* shortTaskDefinition */.P5)(target.taskDefinitionArn)} is COMPLETED`);
        return undefined;
    }
    result.adopted = true;
    if (verdict.state === 'failed') {
        Object.assign(result, {
            status: 'failed',
            failureKind: verdict.kind,
            reason: `nothing new to deploy, but the service's current deployment ${target.deploymentId} of ${(0,arns/* shortTaskDefinition */.P5)(target.taskDefinitionArn)} did not complete: ${verdict.reason}`,
        });
        return undefined;
    }
    io.info(`${change.service}: nothing new to deploy, but its deployment ${target.deploymentId} of ${(0,arns/* shortTaskDefinition */.P5)(target.taskDefinitionArn)} is still in progress: following it`);
    result.status = 'in-progress';
    return target;
}
async function record(results, outcome, changes, settings, ctx) {
    const { io } = ctx;
    const result = results.find((r) => r.service === outcome.target.service);
    result.deploymentId = outcome.target.deploymentId;
    result.elapsedSeconds = Math.round(outcome.elapsedMs / 1000);
    result.timeline = outcome.timeline;
    if (outcome.verdict.state === 'succeeded') {
        result.status = 'succeeded';
        // The record rollback reads when the service-deployments API cannot answer: this revision ran here.
        const missed = await (0,ecs_history/* recordRolledOut */.KZ)(ctx.clients, settings.cluster, result.service, outcome.target.taskDefinitionArn, new Date());
        if (missed)
            io.warning(`${result.service}: could not tag ${(0,arns/* shortTaskDefinition */.P5)(outcome.target.taskDefinitionArn)} as rolled out (${missed}); rollback will rely on ECS's deployment history alone`);
        return;
    }
    result.status = 'failed';
    result.failureKind = outcome.verdict.kind;
    result.reason = result.adopted
        ? `the deployment already in flight failed: ${outcome.verdict.reason}`
        : outcome.verdict.reason;
    const containers = changes.find((c) => c.service === result.service)?.containers ?? [];
    const explanation = await (0,failure_explanation/* explainFailure */.SP)(ctx.clients, settings.cluster, outcome.lastSeen, result.taskDefinitionArn, containers);
    result.explanation = explanation;
    await io.group(`Why ${result.service} failed`, async () => {
        io.error(`${result.service}: ${result.reason}`, { title: `${ctx.actionName}: ${result.service} rollout failed` });
        const next = whatToDo(result);
        if (next)
            io.info(`what to do: ${next}`);
        for (const task of explanation.stoppedTasks) {
            io.info(`stopped ${task.taskId}: ${task.stopCode ?? ''} ${task.stoppedReason ?? ''}`.trim());
            for (const c of task.containers) {
                const parts = [`exit ${c.exitCode ?? '—'}`, c.reason, c.health, c.logUrl && `logs: ${c.logUrl}`].filter(Boolean);
                io.info(`  ${c.name}: ${parts.join(', ')}`);
            }
        }
        for (const target of explanation.unhealthyTargets)
            io.info(`target ${target}`);
        for (const event of explanation.recentEvents)
            io.info(`event: ${event}`);
        io.info(`console: ${explanation.consoleUrl}`);
    });
}
/** One word for a set of results: failed, in-progress (started, not watched to a verdict), succeeded or unchanged. */
function overallStatus(results) {
    if (results.length === 0 || results.some((r) => r.status === 'failed'))
        return 'failed';
    if (results.some((r) => r.status === 'started' || r.status === 'in-progress'))
        return 'in-progress';
    return results.some((r) => r.status === 'succeeded') ? 'succeeded' : 'unchanged';
}
/**
 * The GitHub deployment's state for a set of results: success only for rollouts seen to complete; started or
 * followed-but-unwatched ones stay in progress; a cancel, an unexpected error or an unreadable AWS is `error`.
 */
function recordStateOf(results, { thrown, cancelled }, what) {
    if (thrown)
        return ['error', `${what} stopped: ${(0,errors/* errorMessage */.gJ)(thrown)}`];
    if (cancelled)
        return ['error', `${what} cancelled`];
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.some((r) => r.failureKind === 'unobservable'))
        return ['error', 'the rollout could not be followed to a verdict'];
    if (failed.length)
        return ['failure', `${failed.length} service(s) failed`];
    if (overallStatus(results) === 'in-progress')
        return ['in_progress', 'started; not watched to a verdict'];
    return ['success', `${what} done`];
}

// EXTERNAL MODULE: ./build/lib/report/github-deployment.js
var github_deployment = __webpack_require__(7414);
;// CONCATENATED MODULE: ./build/actions/deploy-ecs/src/summary.js
/** The job summary of deploy-ecs: the shared rollout sections, plus what changed in each task definition. */




const isRollout = (r) => r.status !== 'registered';
function deploySummary(inputs, plan, results, leftInFlight, thrown) {
    let md = leftInFlight
        ? heading(`deploy-ecs: cancelled during the rollout on ${inputs.cluster}`)
        : heading(`deploy-ecs${inputs.registerOnly ? ' (register only)' : ''}: ${inputs.services.join(', ')} on ${inputs.cluster}`);
    if (thrown)
        md += `**Stopped before a verdict:** ${(0,errors/* errorMessage */.gJ)(thrown)}\n\n`;
    if (leftInFlight)
        md += cancelledSection(leftInFlight);
    if (inputs.registerOnly)
        md += registeredTable(results);
    else if (results.length)
        md += rolloutTable(results.filter(isRollout));
    // register-only of a pair of colors: what changes is against the revision serving now, the one the release replaces.
    const serving = results.find((r) => r.serving)?.service;
    md += changesSection(plan.services.filter((s) => !serving || s.service === serving), serving);
    return md + rolloutDetails(results.filter(isRollout));
}
/** register-only: which revision each service will get, and whether it was registered now or reused. */
function registeredTable(results) {
    const how = (r) => r.action === 'register'
        ? 'registered now'
        : r.action === 'reuse'
            ? 'reused: an identical revision of the same commit was registered earlier'
            : 'the service already runs it';
    return table(['Service', 'Revision (not deployed yet)', 'How'], results.map((r) => [r.service + (r.serving ? ' (serving)' : ''), (0,arns/* shortTaskDefinition */.P5)(r.taskDefinitionArn), how(r)]));
}
/**
 * What changes in each service's task definition: one row per change (a Service column only for several services,
 * a Container column only for several containers); images by short name in the rows, each full reference once below;
 * other changed task-level fields named in one line.
 */
function changesSection(services, serving) {
    const rows = services.flatMap((s) => changeRows(s.service, s.diff));
    const images = services.flatMap((s) => s.diff.containers.filter((c) => c.image).map((c) => ({ container: c.container, ...c.image })));
    const other = services
        .filter((s) => s.diff.otherFields.length)
        .map((s) => `${services.length > 1 ? `${s.service}: ` : ''}${s.diff.otherFields.join(', ')}`);
    if (!rows.length && !other.length)
        return '';
    let md = heading(serving ? `Changes (against ${serving}, the revision serving now)` : 'Changes', 3);
    if (rows.length) {
        const columns = [services.length > 1, new Set(rows.map((r) => r[1])).size > 1, true, true, true];
        md += table(['Service', 'Container', 'Change', 'Before', 'After'].filter((_, i) => columns[i]), rows.map((r) => r.filter((_, i) => columns[i])));
    }
    for (const image of images)
        md += `Image of ${image.container}: \`${image.from ?? 'none'}\` → \`${image.to ?? 'none'}\`\n\n`;
    if (other.length)
        md += `Also changed in the task definition: ${other.join('; ')}.\n\n`;
    return md;
}
function changeRows(service, diff) {
    const rows = [];
    for (const c of diff.containers) {
        if (c.image)
            rows.push([service, c.container, 'image', shortImage(c.image.from), shortImage(c.image.to)]);
        for (const name of c.environmentAdded)
            rows.push([service, c.container, `+ env ${name}`, '', 'set']);
        for (const name of c.environmentRemoved)
            rows.push([service, c.container, `- env ${name}`, 'set', '']);
        for (const name of c.environmentChanged)
            rows.push([service, c.container, `~ env ${name}`, 'set', 'changed']);
        for (const name of c.secretsAdded)
            rows.push([service, c.container, `+ secret ${name}`, '', '(reference)']);
        for (const name of c.secretsRemoved)
            rows.push([service, c.container, `- secret ${name}`, '(reference)', '']);
        for (const name of c.secretsChanged)
            rows.push([service, c.container, `~ secret ${name}`, '(reference)', '(another reference)']);
        if (c.ports)
            rows.push([service, c.container, 'ports', c.ports.from, c.ports.to]);
    }
    if (diff.cpu)
        rows.push([service, '(task)', 'cpu', diff.cpu.from, diff.cpu.to]);
    if (diff.memory)
        rows.push([service, '(task)', 'memory', diff.memory.from, diff.memory.to]);
    return rows;
}

;// CONCATENATED MODULE: ./build/actions/deploy-ecs/src/apply.js






/** Carries the plan out and reports it; throws when the deploy failed or was cancelled, after reporting. */
async function applyDeploy({ inputs, observed, plan, codeDeploy }, { clients, io, signal, clock }) {
    const record = inputs.registerOnly
        ? undefined
        : await (0,github_deployment/* startDeploymentRecord */.Z)(io, inputs.githubDeployment && {
            ...inputs.githubDeployment,
            description: `deploy ${inputs.services.join(', ')} to ${inputs.cluster}`,
        });
    let report = { results: [] };
    let results = [];
    let thrown;
    try {
        const registered = await register(clients, plan, io, signal);
        const changes = plan.services.map((s) => {
            const arn = s.registration !== undefined ? registered[s.registration] : s.existingArn;
            return {
                service: s.service,
                observed: observed.find((o) => o.name === s.service).service,
                update: s.action === 'no-change'
                    ? undefined
                    : {
                        taskDefinitionArn: arn ?? s.previousTaskDefinitionArn,
                        desiredCount: s.desiredCount,
                        forceNewDeployment: inputs.forceNewDeployment,
                    },
                containers: s.registration !== undefined ? (plan.registrations[s.registration].containerDefinitions ?? []) : [],
            };
        });
        if (inputs.registerOnly) {
            results = changes.map((c, i) => registeredResult(plan.services[i], c.update?.taskDefinitionArn ?? c.observed.taskDefinition, c.observed.taskDefinition));
            const serving = servingService(changes.map((c) => ({ ...c.observed, serviceName: c.service })));
            for (const r of results)
                if (r.service === serving)
                    r.serving = true;
        }
        else {
            report = await deployAll(changes, codeDeploy, inputs, { clients, io, signal, clock, actionName: 'deploy-ecs' });
            results = plan.services.map((s) => ({
                ...report.results.find((r) => r.service === s.service),
                action: s.action,
            }));
            if (inputs.keepRevisions > 0 &&
                !report.cancelled &&
                results.every((r) => r.status === 'succeeded' || r.status === 'unchanged')) {
                await prune(clients, inputs, plan, registered, observed, io);
            }
        }
    }
    catch (err) {
        thrown = err;
    }
    // Outputs, the summary and the GitHub record are written whatever happened above.
    const failed = results.filter((r) => r.status === 'failed');
    writeOutputs(io, results, inputs.registerOnly);
    await io.appendSummary(deploySummary(inputs, plan, results, report.cancelled?.leftInFlight, thrown));
    const [state, description] = recordStateOf(results, { thrown, cancelled: !!report.cancelled }, 'deploy');
    await record?.setState(state, description);
    if (thrown)
        throw thrown;
    if (report.cancelled)
        throw new errors/* CancelledError */.cc(report.cancelled.message);
    if (failed.length)
        throw new Error(`rollout failed for ${failed.map((r) => `${r.service} (${r.reason})`).join('; ')}`);
}
/**
 * Rolls out the ECS-controlled services with UpdateService (rolling, or ECS's own strategies walked through their
 * lifecycle stages), then deploys the CODE_DEPLOY ones through CodeDeploy, one after another.
 */
async function deployAll(changes, codeDeploy, inputs, ctx) {
    const settings = {
        cluster: inputs.cluster,
        wait: inputs.wait,
        timeoutMs: inputs.waitTimeoutMs,
        intervalMs: inputs.pollIntervalMs,
    };
    const byEcs = changes.filter((c) => !codeDeploy.has(c.service));
    const report = byEcs.length ? await rollOut(byEcs, settings, ctx) : { results: [] };
    for (const c of changes.filter((x) => codeDeploy.has(x.service))) {
        const update = c.update && { taskDefinitionArn: c.update.taskDefinitionArn, desiredCount: c.update.desiredCount };
        const { deployThroughCodeDeploy } = await Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(299), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 8347));
        const result = await deployThroughCodeDeploy({
            service: c.service,
            observed: c.observed,
            plan: codeDeploy.get(c.service),
            update,
            containers: c.containers ?? [],
        }, settings, ctx);
        report.results.push(result);
        if (result.failureKind === 'cancelled' || (ctx.signal?.aborted && result.status === 'unchanged' && c.update)) {
            report.cancelled ??= { message: (0,errors/* errorMessage */.gJ)(ctx.signal?.reason ?? 'job cancelled'), leftInFlight: [] };
            if (result.deploymentId)
                report.cancelled.leftInFlight.push({
                    service: c.service,
                    state: result.reason ?? `CodeDeploy deployment ${result.deploymentId} stopped with rollback`,
                });
        }
    }
    return report;
}
async function register(clients, plan, io, signal) {
    if (plan.registrations.length === 0)
        return [];
    return io.group('Register task definitions', async () => {
        const arns = [];
        for (const draft of plan.registrations) {
            if (signal.aborted)
                throw signal.reason ?? new errors/* CancelledError */.cc();
            const arn = await (0,ecs_services/* registerTaskDefinition */.eQ)(clients, draft);
            io.info(`registered ${arn}`);
            arns.push(arn);
        }
        return arns;
    });
}
/**
 * Deregisters all but the newest `keep-revisions` of each family deployed, sparing any revision a service in
 * any cluster of the account uses, the revision each service ran before (its rollback target), what this run
 * registered, and every revision this collection did not register.
 */
async function prune(clients, inputs, plan, registered, observed, io) {
    await io.group(`Keep the newest ${inputs.keepRevisions} revision(s)`, async () => {
        const spared = await (0,ecs_services/* taskDefinitionsInUse */.a2)(clients);
        for (const o of observed)
            if (o.service.taskDefinition)
                spared.add(o.service.taskDefinition);
        for (const arn of registered)
            spared.add(arn);
        const families = new Set([
            ...plan.registrations.map((d) => d.family),
            ...plan.services.flatMap((s) => (s.existingArn ? [(0,arns/* familyOf */.Ap)(s.existingArn)] : [])),
        ]);
        for (const family of families) {
            for (const arn of (0,ecs_services/* revisionsToPrune */.UB)(await (0,ecs_services/* activeRevisions */.FP)(clients, family), inputs.keepRevisions, spared)) {
                const { tags } = await (0,ecs_services/* describeTaskDefinition */.oh)(clients, arn);
                if (!(0,ecs_services/* registeredByUs */.q6)(tags)) {
                    io.info(`kept ${arn}: not registered by ecs-fargate-actions`);
                    continue;
                }
                await (0,ecs_services/* deregisterTaskDefinition */.T2)(clients, arn);
                io.info(`deregistered ${arn}`);
            }
        }
    });
}
/**
 * register-only, one service: `register` (a new revision registered now: status `registered`), `reuse` (an
 * identical revision of the same commit registered earlier) or `no-change` (the service already runs it); both
 * of the latter register nothing: status `unchanged`. No service is touched either way.
 */
function registeredResult(plan, taskDefinitionArn, previousTaskDefinitionArn) {
    const action = plan.registration !== undefined ? 'register' : plan.action === 'no-change' ? 'no-change' : 'reuse';
    return {
        service: plan.service,
        action,
        status: action === 'register' ? 'registered' : 'unchanged',
        taskDefinitionArn,
        previousTaskDefinitionArn,
    };
}
/**
 * Of several services (the colors of a pair), the one running the most tasks: the revision the release replaces is
 * its. Undefined for one service, or when none runs a task. Pure.
 */
function servingService(services) {
    if (services.length < 2)
        return undefined;
    const tasks = (s) => Math.max(s.runningCount ?? 0, s.desiredCount ?? 0);
    const best = services.reduce((a, b) => (tasks(b) > tasks(a) ? b : a));
    return tasks(best) > 0 ? best.serviceName : undefined;
}
/**
 * The step's outputs, which always agree: `changed` is true when a revision was registered or a service updated;
 * `status` is `registered`/`unchanged` for register-only (`registered` exactly when `changed`), else the rollout's
 * overall status; `results` has one entry per service with its own action and status.
 */
function stepOutputs(results, registerOnly) {
    // The service the outputs name: for register-only of several services, the one serving (its revision is what the
    // release replaces).
    const primary = (registerOnly && results.find((r) => r.serving)) || results[0];
    const changed = registerOnly
        ? results.some((r) => r.status === 'registered')
        : results.some((r) => r.action !== 'no-change');
    return {
        'task-definition-arn': primary?.taskDefinitionArn ?? '',
        'previous-task-definition-arn': primary?.previousTaskDefinitionArn ?? '',
        'deployment-id': primary?.deploymentId ?? '',
        changed: String(changed),
        status: registerOnly ? (changed ? 'registered' : 'unchanged') : overallStatus(results),
        results: JSON.stringify(results.map(({ explanation: _explanation, timeline: _timeline, ...rest }) => rest)),
    };
}
function writeOutputs(io, results, registerOnly) {
    const outputs = stepOutputs(results, registerOnly);
    io.setOutput('task-definition-arn', outputs['task-definition-arn']);
    io.setOutput('previous-task-definition-arn', outputs['previous-task-definition-arn']);
    io.setOutput('deployment-id', outputs['deployment-id']);
    io.setOutput('changed', outputs.changed);
    io.setOutput('status', outputs.status);
    io.setOutput('results', outputs.results);
}


/***/ }),

/***/ 6529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock),
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8083);
/**
 * Waiting on AWS: `pollUntil` looks, sleeps and looks again until a verdict, its deadline or a cancel. Time comes
 * from a `Clock`, so tests drive a fake one and never wait for real.
 */

const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
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
    const clock = options.clock ?? realClock;
    const deadline = clock.now() + options.timeoutMs;
    const timeout = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU(`gave up waiting for ${options.what} after ${Math.round(options.timeoutMs / 1000)}s`);
    for (let attempt = 1;; attempt++) {
        if (options.signal?.aborted)
            throw options.signal.reason ?? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc();
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
    const onAbort = () => stop.abort(signal?.reason ?? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
    signal?.addEventListener('abort', onAbort, { once: true });
    // An abandoned look may still reject later; that must not become an unhandled rejection.
    work.catch(() => undefined);
    const timer = clock.sleep(ms, stop.signal).then(() => Promise.reject(onTimeout()), (reason) => Promise.reject(signal?.aborted ? (signal.reason ?? reason) : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc('deadline timer cancelled')));
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


/***/ }),

/***/ 2416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  us: () => (/* binding */ describeStoppedTask),
  SP: () => (/* binding */ explainFailure)
});

// UNUSED EXPORTS: logStreamUrl

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(2588);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4947);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTasksCommand.js


class ListTasksCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTasks", schemas_0/* ListTasks$ */.$a_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTasksCommand.js


class DescribeTasksCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTasks", schemas_0/* DescribeTasks$ */.Aw_) {
}

// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var arns = __webpack_require__(9656);
;// CONCATENATED MODULE: ./build/lib/ecs/task-logs.js

/** Where awslogs writes a container's output: `<prefix>/<container>/<task id>` in the configured group. */
function containerLogStream(container, taskId) {
    const config = container?.logConfiguration;
    if (config?.logDriver !== 'awslogs' || !container?.name)
        return undefined;
    const group = config.options?.['awslogs-group'];
    const prefix = config.options?.['awslogs-stream-prefix'];
    // Without a prefix awslogs names the stream after the container ID, which we cannot know in advance.
    if (!group || !prefix)
        return undefined;
    return { group, stream: `${prefix}/${container.name}/${taskId}`, region: config.options?.['awslogs-region'] };
}
/** Reads new lines of one stream on each `poll()`, from the start, without repeating any. */
class LogTail {
    clients;
    ref;
    onLine;
    onProblem;
    nextToken;
    lines = 0;
    warned = false;
    constructor(clients, ref, onLine, onProblem) {
        this.clients = clients;
        this.ref = ref;
        this.onLine = onLine;
        this.onProblem = onProblem;
    }
    /** How many lines have been passed on so far. */
    get count() {
        return this.lines;
    }
    /** Reads everything new; a missing stream (not created yet) is silence, other errors are reported once. */
    async poll() {
        try {
            // GetLogEvents hands back the same forward token once the end is reached; stop there.
            for (let page = 0; page < 50; page++) {
                // Loaded on the first read, not at start: only a task's log needs the CloudWatch Logs package.
                const { GetLogEventsCommand } = await __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 1286));
                const answer = await this.clients.logs.send(new GetLogEventsCommand({
                    logGroupName: this.ref.group,
                    logStreamName: this.ref.stream,
                    startFromHead: true,
                    nextToken: this.nextToken,
                }));
                for (const event of answer.events ?? []) {
                    for (const line of (event.message ?? '').replace(/\r?\n$/, '').split(/\r?\n/)) {
                        this.onLine(line);
                        this.lines++;
                    }
                }
                const token = answer.nextForwardToken;
                const done = !token || token === this.nextToken || (answer.events ?? []).length === 0;
                this.nextToken = token ?? this.nextToken;
                if (done)
                    return;
            }
        }
        catch (err) {
            if (err.name === 'ResourceNotFoundException')
                return;
            if (!this.warned)
                this.onProblem(`cannot read the task's log stream ${this.ref.group}/${this.ref.stream}: ${errorMessage(err)}`);
            this.warned = true;
        }
    }
}

;// CONCATENATED MODULE: ./build/lib/ecs/failure-explanation.js
/** Why a rollout failed, in words: stopped tasks, exit codes, health checks, service events, links. */




/** Builds a CloudWatch Logs console link for an awslogs container of a task, when the log config says where. */
function logStreamUrl(region, container, taskId) {
    const ref = containerLogStream(container, taskId);
    if (!ref)
        return undefined;
    // The console's fragment encoding: '/' becomes $252F, as the console itself writes it.
    const enc = (value) => encodeURIComponent(value).replace(/%/g, '$25');
    const logRegion = ref.region ?? region;
    return `https://${logRegion}.console.aws.amazon.com/cloudwatch/home?region=${logRegion}#logsV2:log-groups/log-group/${enc(ref.group)}/log-events/${enc(ref.stream)}`;
}
/** Turns the tasks' own words into one short line per task. Pure. */
function describeStoppedTask(report) {
    const containers = report.containers
        .filter((c) => c.exitCode !== undefined || c.reason || (c.health && c.health !== 'UNKNOWN'))
        .map((c) => {
        const bits = [
            c.exitCode !== undefined
                ? `exit code ${c.exitCode}${c.exitCode === 137 ? ' (killed: out of memory or stop timeout)' : ''}`
                : '',
            c.reason ?? '',
            c.health === 'UNHEALTHY' ? 'health check failing' : '',
        ];
        return `${c.name}: ${bits.filter(Boolean).join(', ')}`;
    });
    const head = `task ${report.taskId}${report.stopCode ? ` [${report.stopCode}]` : ''}: ${report.stoppedReason ?? 'stopped'}`;
    return containers.length ? `${head}; ${containers.join('; ')}` : head;
}
function taskReport(task, region, containers) {
    const id = task.taskArn ? (0,arns/* taskId */.BS)(task.taskArn) : 'unknown';
    return {
        taskId: id,
        stopCode: task.stopCode,
        stoppedReason: task.stoppedReason,
        health: task.healthStatus,
        containers: (task.containers ?? []).map((c) => ({
            name: c.name ?? '',
            exitCode: c.exitCode,
            reason: c.reason,
            health: c.healthStatus,
            logUrl: logStreamUrl(region, containers.find((d) => d.name === c.name), id),
        })),
    };
}
/** Gathers what AWS knows about a failed rollout. Best-effort: a failing lookup is noted, never thrown. */
async function explainFailure(clients, cluster, service, taskDefinitionArn, containers) {
    const name = service?.serviceName ?? 'unknown';
    const explanation = {
        stoppedTasks: [],
        unhealthyTargets: [],
        recentEvents: (service?.events ?? []).slice(0, 5).map((e) => e.message ?? ''),
        consoleUrl: (0,arns/* serviceConsoleUrl */.Eo)(clients.region, cluster, name),
    };
    try {
        const listed = await clients.ecs.send(new ListTasksCommand({ cluster, serviceName: name, desiredStatus: 'STOPPED', maxResults: 100 }));
        if (listed.taskArns?.length) {
            const described = await clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: listed.taskArns }));
            explanation.stoppedTasks = (described.tasks ?? [])
                .filter((t) => t.taskDefinitionArn === taskDefinitionArn)
                .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0))
                .slice(0, 3)
                .map((t) => taskReport(t, clients.region, containers));
        }
    }
    catch (err) {
        explanation.recentEvents.push(`(could not read stopped tasks: ${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    for (const lb of service?.loadBalancers ?? []) {
        if (!lb.targetGroupArn)
            continue;
        try {
            // Loaded here, not at start: only an explanation of a failure needs the ELBv2 package.
            const { DescribeTargetHealthCommand } = await Promise.all(/* import() */[__webpack_require__.e(299), __webpack_require__.e(275)]).then(__webpack_require__.bind(__webpack_require__, 275));
            const health = await clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: lb.targetGroupArn }));
            for (const target of health.TargetHealthDescriptions ?? []) {
                const state = target.TargetHealth?.State;
                if (state && state !== 'healthy') {
                    explanation.unhealthyTargets.push(`${target.Target?.Id}:${target.Target?.Port} ${state}${target.TargetHealth?.Description ? `: ${target.TargetHealth.Description}` : ''}`);
                }
            }
        }
        catch (err) {
            explanation.recentEvents.push(`(could not read target health: ${(0,errors/* errorMessage */.gJ)(err)})`);
        }
    }
    return explanation;
}


/***/ })

};
;