"use strict";
exports.id = 58;
exports.ids = [58];
exports.modules = {

/***/ 9058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyRollback: () => (/* binding */ applyRollback),
  checkHealth: () => (/* binding */ checkHealth),
  finish: () => (/* binding */ finish),
  nothingToRollBack: () => (/* binding */ nothingToRollBack),
  planOnly: () => (/* binding */ planOnly),
  startRecord: () => (/* binding */ startRecord)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceDeploymentsCommand.js
var DescribeServiceDeploymentsCommand = __webpack_require__(9064);
// EXTERNAL MODULE: ./build/lib/aws/clients.js
var clients = __webpack_require__(4954);
// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/core/poll.js
var poll = __webpack_require__(6529);
// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var arns = __webpack_require__(9656);
// EXTERNAL MODULE: ./build/lib/ecs/history.js + 1 modules
var ecs_history = __webpack_require__(1880);
// EXTERNAL MODULE: ./build/lib/ecs/rollout.js + 2 modules
var rollout = __webpack_require__(4169);
// EXTERNAL MODULE: ./build/lib/ecs/service-deployments.js + 2 modules
var service_deployments = __webpack_require__(1401);
// EXTERNAL MODULE: ./build/lib/ecs/services.js + 3 modules
var services = __webpack_require__(5461);
;// CONCATENATED MODULE: ./build/lib/http/health.js
/** Waiting for a service's health endpoint to answer 2xx, within a time limit. */



/** GETs `url` every few seconds until it answers 2xx or `timeoutMs` passes; each request has its own time limit. */
async function waitForHealthy(url, options) {
    const clock = options.clock ?? poll/* realClock */.d;
    let last = 'no answer yet';
    try {
        return await (0,poll/* pollUntil */.g)({
            intervalMs: options.intervalMs ?? 3_000,
            timeoutMs: options.timeoutMs,
            signal: options.signal,
            clock,
            what: `${url} to be healthy`,
        }, async () => {
            const started = Date.now();
            try {
                const answer = await fetch(url, {
                    redirect: 'manual',
                    signal: AbortSignal.timeout(options.requestTimeoutMs ?? 5_000),
                });
                await answer.arrayBuffer();
                last = `${url} answered ${answer.status} in ${Date.now() - started} ms`;
                return answer.status >= 200 && answer.status < 300
                    ? { done: true, value: { healthy: true, detail: last } }
                    : { done: false };
            }
            catch (err) {
                last = `${url} did not answer (${(0,errors/* errorMessage */.gJ)(err)})`;
                return { done: false };
            }
        });
    }
    catch (err) {
        if (err instanceof errors/* TimeoutError */.MU)
            return { healthy: false, detail: `not healthy within ${Math.round(options.timeoutMs / 1000)} s: ${last}` };
        throw err;
    }
}

// EXTERNAL MODULE: ./build/lib/notify/send.js + 1 modules
var send = __webpack_require__(9691);
// EXTERNAL MODULE: ./build/lib/report/github-deployment.js
var github_deployment = __webpack_require__(7414);
;// CONCATENATED MODULE: ./build/lib/taskdef/fields.js
/** What RegisterTaskDefinition accepts, and what DescribeTaskDefinition adds that it refuses. */
/** Fields DescribeTaskDefinition returns that RegisterTaskDefinition rejects. */
const READ_ONLY_FIELDS = [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
    'deleteRequestedAt',
];
const TASK_DEFINITION_FIELDS = (/* unused pure expression or super */ null && ([
    'family',
    'taskRoleArn',
    'executionRoleArn',
    'networkMode',
    'containerDefinitions',
    'volumes',
    'placementConstraints',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'tags',
    'pidMode',
    'ipcMode',
    'proxyConfiguration',
    'inferenceAccelerators',
    'ephemeralStorage',
    'runtimePlatform',
    'enableFaultInjection',
]));
const CONTAINER_FIELDS = (/* unused pure expression or super */ null && ([
    'name',
    'image',
    'repositoryCredentials',
    'cpu',
    'memory',
    'memoryReservation',
    'links',
    'portMappings',
    'essential',
    'restartPolicy',
    'entryPoint',
    'command',
    'environment',
    'environmentFiles',
    'mountPoints',
    'volumesFrom',
    'linuxParameters',
    'secrets',
    'dependsOn',
    'startTimeout',
    'stopTimeout',
    'versionConsistency',
    'hostname',
    'user',
    'workingDirectory',
    'disableNetworking',
    'privileged',
    'readonlyRootFilesystem',
    'dnsServers',
    'dnsSearchDomains',
    'extraHosts',
    'dockerSecurityOptions',
    'interactive',
    'pseudoTerminal',
    'dockerLabels',
    'ulimits',
    'logConfiguration',
    'healthCheck',
    'systemControls',
    'resourceRequirements',
    'firelensConfiguration',
    'credentialSpecs',
]));
/** The closest accepted name to a misspelt one (edit distance ≤ 3, or a case-only difference). */
function closestName(given, accepted) {
    let best;
    for (const name of accepted) {
        const distance = name.toLowerCase() === given.toLowerCase() ? 0 : editDistance(given.toLowerCase(), name.toLowerCase());
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    return best && best.distance <= Math.min(3, Math.ceil(given.length / 3)) ? best.name : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./build/lib/taskdef/source.js


/** Parses task definition JSON, turning a syntax error into one line with the file, line and column. */
function parseTaskDefinitionJson(text, input, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        const message = err.message;
        const { line, column } = jsonErrorPosition(text, message);
        const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/,? ?\(line \d+ column \d+\)/, '');
        throw new ConfigurationError(input, `${file}:${line}:${column} is not valid JSON: ${reason}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ConfigurationError(input, `${file} holds ${Array.isArray(parsed) ? 'an array' : typeof parsed}: expected a task definition object`);
    }
    // `aws ecs describe-task-definition` output wraps the definition; accept it as users paste it.
    const object = parsed;
    const inner = object.taskDefinition && typeof object.taskDefinition === 'object'
        ? object.taskDefinition
        : object;
    const draft = stripReadOnly(inner);
    // Pasted describe-task-definition output is another revision: its record tags stay with it.
    const tags = Array.isArray(object.tags) && inner !== object ? object.tags.filter((t) => !isRecordTag(t.key)) : [];
    if (tags.length)
        draft.tags = tags;
    return draft;
}
/** Line and column (1-based) of a JSON.parse error, from either V8 message style. */
function jsonErrorPosition(text, message) {
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn)
        return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
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
function fillTemplate(template, vars, env) {
    const missing = new Set();
    const text = template.replace(PLACEHOLDER, (whole, name) => {
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
function isRecordTag(key) {
    return (!!key &&
        (key.startsWith('rolled-out:') ||
            key.startsWith('rolled-back:') ||
            key.startsWith('served:') ||
            key === 'restored-from' ||
            key === 'deployed-by'));
}
/**
 * A live task definition as a draft to register again: read-only fields dropped, its own tags kept, record tags not.
 */
function draftFromLive(live, tags) {
    const draft = stripReadOnly(structuredClone(live));
    const kept = (tags ?? []).filter((t) => !isRecordTag(t.key));
    if (kept.length > 0)
        draft.tags = kept;
    return draft;
}
function stripReadOnly(definition) {
    const copy = { ...definition };
    for (const field of READ_ONLY_FIELDS)
        delete copy[field];
    return copy;
}

// EXTERNAL MODULE: ./build/lib/traffic/split.js
var traffic_split = __webpack_require__(9526);
// EXTERNAL MODULE: ./build/lib/ecs/rollout-summary.js
var rollout_summary = __webpack_require__(1334);
// EXTERNAL MODULE: ./build/lib/report/markdown.js
var markdown = __webpack_require__(8818);
;// CONCATENATED MODULE: ./build/actions/rollback/src/summary.js
/** rollback's job summary: the plan (from → to, and why), then the shared rollout sections. */




const revision = (r) => `${(0,arns/* shortTaskDefinition */.P5)(r.arn)}${r.gitSha ? ` (${r.gitSha.slice(0, 7)})` : ''}`;
function rollbackSummary(inputs, plan, results, leftInFlight, thrown) {
    let md = (0,markdown/* heading */.R_)(`rollback${inputs.dryRun ? ' (dry run)' : ''}: ${inputs.services.join(', ')} on ${inputs.cluster}`);
    const context = [
        inputs.reason && `**Why:** ${inputs.reason}`,
        inputs.actor && `**Asked by:** ${inputs.actor}`,
        inputs.environment && `**Environment:** ${inputs.environment}`,
    ].filter(Boolean);
    if (context.length)
        md += context.join(' · ') + '\n\n';
    if (inputs.dryRun)
        md += '**Dry run: nothing was changed.** This is what a rollback would do:\n\n';
    md += (0,markdown/* table */.tp)(['Service', 'From', 'To', 'How', 'Why this target'], plan.services.map((s) => [s.service, revision(s.from), revision(s.to), s.action, s.why]));
    if (inputs.dryRun)
        return md;
    if (thrown)
        md += `**Stopped before a verdict:** ${(0,errors/* errorMessage */.gJ)(thrown)}\n\n`;
    if (leftInFlight)
        md += (0,rollout_summary/* cancelledSection */.R5)(leftInFlight);
    const rollouts = results.filter((r) => r.status !== 'planned');
    if (rollouts.length)
        md += (0,markdown/* heading */.R_)('Verdict', 3) + (0,rollout_summary/* rolloutTable */.G7)(rollouts) + (0,rollout_summary/* rolloutDetails */.eI)(rollouts);
    return md;
}

;// CONCATENATED MODULE: ./build/actions/rollback/src/apply.js
/**
 * rollback's apply stage: the plan shown (and only shown, for a dry run), then carried out: INACTIVE targets
 * registered again, deployments in flight stopped, the shared rollout step or CodeDeploy, the health URL; then the
 * outputs, the summary, the GitHub record and the team's notice, whatever happened. main.ts loads it once the plan
 * is made, so none of it is compiled before the action's first AWS call.
 */















/**
 * Carries the plan out, then reports and notifies; throws when the rollback failed or was cancelled, after reporting.
 */
async function applyRollback({ inputs, plan, observed, codeDeploy, codeDeployPath }, { clients, io, signal, clock }) {
    const record = await startRecord(inputs, plan, io);
    let report = { results: [] };
    let results = plan.services.map((s) => ({ ...s, status: 'failed' }));
    let thrown;
    try {
        const rolling = plan.services.filter((s) => !codeDeploy.has(s.service));
        const changes = await prepare(clients, inputs, { services: rolling }, observed, io, signal, clock);
        if (rolling.length)
            report = await (0,rollout/* rollOut */.Of)(changes, {
                cluster: inputs.cluster,
                wait: inputs.wait,
                timeoutMs: inputs.waitTimeoutMs,
                intervalMs: inputs.pollIntervalMs,
            }, { clients, io, signal, clock, actionName: 'rollback' });
        const done = new Map(rolling.map((s, i) => [
            s.service,
            verifyTarget({ ...s, ...report.results[i], status: report.results[i].status }, changes[i]),
        ]));
        for (const s of plan.services.filter((x) => codeDeploy.has(x.service))) {
            if (report.cancelled || signal.aborted)
                break;
            if (s.to.status === 'INACTIVE')
                s.to = { ...s.to, arn: await registerCopy(clients, s, io) };
            done.set(s.service, await io.group(`Roll ${s.service} back through CodeDeploy`, () => codeDeployPath.rollbackWithCodeDeploy(clients, inputs, s, observed.find((o) => o.name === s.service).service, codeDeploy.get(s.service), { io, signal, clock })));
        }
        results = plan.services.map((s) => done.get(s.service) ?? { ...s, status: 'failed', reason: 'not rolled back: the job was cancelled first' });
        await recordLeft(clients, inputs.cluster, results, io);
        if (!report.cancelled)
            await checkHealth(inputs, results, io, signal, clock);
    }
    catch (err) {
        thrown = err;
    }
    await finish(inputs, plan, results, { io, record, thrown, cancelled: report.cancelled, signal });
}
/**
 * A flip that would change nothing: said in the log, the outputs, the summary and the team's notice; nothing is
 * touched.
 */
async function nothingToRollBack(inputs, colors, split, why, io) {
    const serving = colors.find((c) => (0,traffic_split/* percentOf */.pR)(split, c.targetGroupArn) === 100) ?? colors[0];
    const arn = serving.taskDefinition ?? '';
    const plan = {
        services: [{ service: serving.service, from: { arn }, to: { arn }, action: 'none', why }],
    };
    const results = [{ ...plan.services[0], status: 'unchanged', reason: why }];
    io.notice(why, { title: 'rollback: nothing to roll back' });
    writeOutputs(io, results, 'unchanged');
    await io.appendSummary(rollbackSummary(inputs, plan, results));
    const notifier = (0,clients/* createAwsClients */.Gv)({ region: inputs.region, action: 'rollback' });
    await io.group('Tell the team', () => (0,send/* sendNotice */.$)(notifier, io, inputs.notify, {
        action: 'rollback',
        verdict: 'unchanged',
        cluster: inputs.cluster,
        environment: inputs.environment,
        actor: inputs.actor,
        why: inputs.reason,
        runUrl: inputs.runUrl,
        services: results.map((r) => ({
            service: r.service,
            from: { taskDefinitionArn: arn },
            to: { taskDefinitionArn: arn },
            status: 'nothing to roll back',
            reason: why,
        })),
    }));
}
/** The plan in the log; for a dry run also the outputs and the summary, and nothing else. True when that was all. */
async function planOnly(inputs, plan, io) {
    await io.group('Plan', async () => {
        for (const s of plan.services)
            io.info(`${s.service}: ${(0,arns/* shortTaskDefinition */.P5)(s.from.arn)} → ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)} (${s.why})`);
    });
    if (!inputs.dryRun)
        return false;
    const results = plan.services.map((s) => ({ ...s, status: 'planned' }));
    writeOutputs(io, results);
    await io.appendSummary(rollbackSummary(inputs, plan, results));
    io.notice(`Dry run: nothing was changed. ${plan.services.map((s) => `${s.service} would go ${(0,arns/* shortTaskDefinition */.P5)(s.from.arn)} → ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)}`).join('; ')}`);
    return true;
}
/** Starts the GitHub deployment record of the rollback, when one is asked for. */
function startRecord(inputs, plan, io) {
    return (0,github_deployment/* startDeploymentRecord */.Z)(io, inputs.githubDeployment && {
        ...inputs.githubDeployment,
        description: `rollback ${plan.services.map((s) => `${s.service} to ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)}`).join(', ')}`,
    });
}
/**
 * Tags each revision a service is leaving, so that a re-run does not take it for the previous one to go back to:
 * once the rollback's rollout completed, or (wait: false) started, since ECS's history will show it complete.
 */
async function recordLeft(clients, cluster, results, io) {
    const leaving = ['succeeded', 'started', 'in-progress'];
    for (const r of results.filter((x) => leaving.includes(x.status) && x.from.arn && x.from.arn !== x.to.arn)) {
        const missed = await (0,ecs_history/* recordRolledBack */.jD)(clients, cluster, r.service, r.from.arn, new Date());
        if (missed)
            io.warning(`${r.service}: could not tag ${(0,arns/* shortTaskDefinition */.P5)(r.from.arn)} as rolled back from (${missed}); a re-run with target previous would go back to it`);
    }
}
/** After a verdict of the rollout: the service's own health URL must answer 2xx too. */
async function checkHealth(inputs, results, io, signal, clock) {
    if (!inputs.healthUrl || !results.every((r) => r.status === 'succeeded' || r.status === 'unchanged'))
        return;
    const health = await io.group(`Health: ${inputs.healthUrl}`, () => waitForHealthy(inputs.healthUrl, { timeoutMs: inputs.healthTimeoutMs, signal, clock }));
    io.info(health.detail);
    if (!health.healthy)
        for (const r of results)
            Object.assign(r, {
                status: 'failed',
                failureKind: 'unhealthy',
                reason: `the service is not healthy: ${health.detail}`,
            });
}
/** Outputs, the summary, the GitHub record and the team's notice, whatever happened; then the step's verdict. */
async function finish(inputs, plan, results, { io, record, thrown, cancelled, signal, }) {
    // A cancel can surface as the rollout's report, a thrown CancelledError, or a result that says so: all are a cancel.
    const wasCancelled = !!cancelled ||
        thrown instanceof errors/* CancelledError */.cc ||
        signal.aborted ||
        results.some((r) => r.failureKind === 'cancelled');
    const failed = results.filter((r) => r.status === 'failed');
    // Every service already ran its target and no earlier rollback put it there (e.g. a bake's own restore, after which
    // production.yml's rollback job names the revision that served before): nothing was rolled back, and it says so.
    const nothing = !thrown &&
        !wasCancelled &&
        results.length > 0 &&
        results.every((r) => r.status === 'unchanged') &&
        !plan.services.some((s) => s.restored);
    if (nothing)
        io.notice(`nothing to roll back: ${results.map((r) => `${r.service} already runs ${(0,arns/* shortTaskDefinition */.P5)(r.to.arn)}`).join('; ')}`, { title: 'rollback: nothing to roll back' });
    writeOutputs(io, results, nothing ? 'unchanged' : undefined);
    await io.appendSummary(rollbackSummary(inputs, plan, results, cancelled?.leftInFlight, thrown));
    const status = (0,rollout/* overallStatus */.gX)(results);
    const verdict = wasCancelled
        ? 'cancelled'
        : thrown || status === 'failed'
            ? 'failed'
            : status === 'in-progress'
                ? 'started'
                : nothing
                    ? 'unchanged'
                    : 'succeeded';
    await record.setState(...(0,rollout/* recordStateOf */.mW)(results, { thrown: wasCancelled ? undefined : thrown, cancelled: wasCancelled }, 'rollback'));
    // A client set without the run's abort signal: a cancelled rollback is news the team must still get.
    const notifier = (0,clients/* createAwsClients */.Gv)({ region: inputs.region, action: 'rollback' });
    await io.group('Tell the team', () => (0,send/* sendNotice */.$)(notifier, io, inputs.notify, {
        action: 'rollback',
        verdict,
        cluster: inputs.cluster,
        environment: inputs.environment,
        actor: inputs.actor,
        why: inputs.reason,
        runUrl: inputs.runUrl,
        services: results.map((r) => ({
            service: r.service,
            from: { taskDefinitionArn: r.from.arn, gitSha: r.from.gitSha },
            to: { taskDefinitionArn: r.to.arn, gitSha: r.to.gitSha },
            status: r.status,
            reason: r.reason ?? (thrown ? (0,errors/* errorMessage */.gJ)(thrown) : undefined),
        })),
    }));
    if (wasCancelled)
        throw thrown instanceof errors/* CancelledError */.cc ? thrown : new errors/* CancelledError */.cc(cancelled?.message ?? 'job cancelled');
    if (thrown)
        throw thrown;
    if (failed.length)
        throw new Error(`rollback failed for ${failed.map((r) => `${r.service} (${r.reason})`).join('; ')}`);
}
/** A rollout that ended on another revision than the target is no rollback, whatever its verdict. */
function verifyTarget(result, change) {
    const landedOn = result.taskDefinitionArn;
    const wanted = change.update?.taskDefinitionArn ?? result.to.arn;
    // An update that was never sent (the job was cancelled first) is a cancel, not a rollout that settled elsewhere.
    if (change.update && result.status === 'unchanged' && !result.deploymentId)
        return { ...result, status: 'failed', failureKind: 'cancelled' };
    // ECS finished its own rollback of the stopped deployment before we looked: that is this rollback's success.
    if (change.afterStop && result.status === 'unchanged' && landedOn === wanted)
        return { ...result, status: 'succeeded' };
    if ((result.status === 'succeeded' || result.status === 'unchanged') && landedOn && landedOn !== wanted) {
        return {
            ...result,
            status: 'failed',
            failureKind: 'superseded',
            reason: `the service settled on ${(0,arns/* shortTaskDefinition */.P5)(landedOn)}, not ${(0,arns/* shortTaskDefinition */.P5)(wanted)}`,
        };
    }
    return result;
}
/** The writes before the rollout: INACTIVE targets registered again as copies, deployments in flight stopped. */
async function prepare(clients, inputs, plan, observed, io, signal, clock) {
    const changes = [];
    for (const s of plan.services) {
        if (signal.aborted)
            throw signal.reason ?? new errors/* CancelledError */.cc();
        const o = observed.find((x) => x.name === s.service);
        let service = o.service;
        let target = s.to.arn;
        if (s.action === 'reregister-and-update') {
            target = await registerCopy(clients, s, io);
            s.to = { ...s.to, arn: target };
        }
        if (s.action === 'stop-in-flight' && o.inFlight) {
            try {
                // Paused at a PAUSE hook (a bake's, or the team's): the hook's ROLLBACK is the documented way out of a pause.
                const how = await (0,service_deployments/* rollBackServiceDeployment */.Py)(clients, o.inFlight.deployment ?? { serviceDeploymentArn: o.inFlight.serviceDeploymentArn });
                io.info(`${s.service}: ${how}: ECS puts ${(0,arns/* shortTaskDefinition */.P5)(target)} back`);
                const ended = await stoppedRollbackOutcome(clients, o.inFlight.serviceDeploymentArn, inputs, signal, clock);
                if (ended.status === 'ROLLBACK_SUCCESSFUL') {
                    io.info(`${s.service}: ECS reports the rollback ${ended.status}`);
                    service = (await (0,services/* describeServices */.Ge)(clients, inputs.cluster, [s.service])).get(s.service);
                    changes.push({ service: s.service, observed: service, afterStop: true });
                    continue;
                }
                io.warning(`${s.service}: ECS's rollback of the stopped deployment ended ${ended.status} (${ended.reason ?? 'no reason given'}); superseding it with an update instead`);
            }
            catch (err) {
                if (err instanceof errors/* CancelledError */.cc || signal.aborted)
                    throw err;
                io.warning(`${s.service}: could not stop the deployment in flight (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}); superseding it with an update instead`);
            }
        }
        changes.push({
            service: s.service,
            observed: service,
            update: s.action === 'none' ? undefined : { taskDefinitionArn: target },
        });
    }
    return changes;
}
/** Registers a copy of an INACTIVE target (ECS deploys no INACTIVE revision), tagged with where it came from. */
async function registerCopy(clients, s, io) {
    const old = await (0,services/* describeTaskDefinition */.oh)(clients, s.to.arn);
    // The copy keeps what the revision is (its commit, the team's tags), none of its record, and says what it restores.
    const draft = draftFromLive(old.definition, old.tags);
    draft.tags = [...(draft.tags ?? []), { key: 'restored-from', value: s.to.arn }];
    const copy = await (0,services/* registerTaskDefinition */.eQ)(clients, draft);
    io.warning(`${s.service}: ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)} was INACTIVE (deregistered); registered a copy of it as ${(0,arns/* shortTaskDefinition */.P5)(copy)} and rolling back to that`);
    return copy;
}
/** Follows the stopped deployment until ECS says how its rollback ended (ROLLBACK_SUCCESSFUL is the goal). */
async function stoppedRollbackOutcome(clients, arn, inputs, signal, clock) {
    const ended = new Set(['ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED', 'STOPPED', 'SUCCESSFUL']);
    try {
        return await (0,poll/* pollUntil */.g)({
            intervalMs: inputs.pollIntervalMs,
            timeoutMs: inputs.waitTimeoutMs,
            signal,
            clock,
            what: `the rollback of ${arn}`,
        }, async () => {
            const [d] = (await clients.ecs.send(new DescribeServiceDeploymentsCommand/* DescribeServiceDeploymentsCommand */.A({ serviceDeploymentArns: [arn] })))
                .serviceDeployments ?? [];
            return d?.status && ended.has(d.status)
                ? { done: true, value: { status: d.status, reason: d.statusReason } }
                : { done: false };
        });
    }
    catch (err) {
        if (err instanceof errors/* TimeoutError */.MU)
            return { status: 'unknown', reason: err.message };
        throw err;
    }
}
function writeOutputs(io, results, forced) {
    const first = results[0];
    io.setOutput('task-definition-arn', first?.to.arn ?? '');
    io.setOutput('previous-task-definition-arn', first?.from.arn ?? '');
    const overall = results.every((r) => r.status === 'planned') ? 'planned' : (0,rollout/* overallStatus */.gX)(results);
    // For a rollback, a service already on its target (a re-run) is a success; `unchanged` is kept for nothing to roll
    // back.
    const status = forced ?? (overall === 'unchanged' ? 'succeeded' : overall);
    io.setOutput('status', status);
    io.setOutput('results', JSON.stringify(results.map((r) => ({
        service: r.service,
        status: r.status,
        from: r.from.arn,
        fromSha: r.from.gitSha,
        to: r.to.arn,
        toSha: r.to.gitSha,
        why: r.why,
        failureKind: r.failureKind,
        reason: r.reason,
    }))));
}


/***/ })

};
;