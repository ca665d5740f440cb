"use strict";
exports.id = 40;
exports.ids = [40];
exports.modules = {

/***/ 2040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bakeResolved: () => (/* binding */ bakeResolved)
});

// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/core/poll.js
var poll = __webpack_require__(6529);
// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var arns = __webpack_require__(9656);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(7113);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js



const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "AmazonEC2ContainerServiceV20141113", "ECSClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4947);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServicesCommand.js


class DescribeServicesCommand_DescribeServicesCommand extends command(_ep0, _mw0, "DescribeServices", schemas_0/* DescribeServices$ */.i2N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTaskDefinitionCommand.js


class DescribeTaskDefinitionCommand extends command(_ep0, _mw0, "DescribeTaskDefinition", schemas_0/* DescribeTaskDefinition$ */.K0Z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateServiceCommand.js


class UpdateServiceCommand_UpdateServiceCommand extends command(_ep0, _mw0, "UpdateService", schemas_0/* UpdateService$ */.N2u) {
}

// EXTERNAL MODULE: ./build/lib/aws/clients.js
var clients = __webpack_require__(4954);
// EXTERNAL MODULE: ./build/lib/aws/paging.js
var paging = __webpack_require__(6140);
;// CONCATENATED MODULE: ./build/lib/ecs/services.js
/** Reading and changing ECS services and task definitions: the AWS side of deploy-ecs, migrate and rollback. */





/** DescribeServices takes at most ten services a call. */
const DESCRIBE_SERVICES_LIMIT = 10;
/** The tag every revision this collection registers carries: pruning never touches a revision without it. */
const REGISTERED_BY_TAG = { key: 'registered-by', value: clients/* COLLECTION_NAME */.LL };
/** Describes services by name, ten a call, as they are now; missing ones are simply absent from the map. */
async function pollServices(clients, cluster, names) {
    return (await describeServiceBatches(clients, cluster, names)).found;
}
/** Describes services before a deploy: a missing or inactive service is a PlanError naming it. */
async function describeServices(clients, cluster, names) {
    const { found, failures } = await describeServiceBatches(clients, cluster, names);
    const failure = failures[0];
    if (failure) {
        throw new errors/* PlanError */.W6(`service "${(0,arns/* serviceNameOf */.Ee)(failure.arn ?? '')}" was not found in cluster "${cluster}" (${failure.reason ?? 'unknown reason'})`);
    }
    for (const name of names) {
        const service = found.get(name);
        if (!service)
            throw new errors/* PlanError */.W6(`service "${name}" was not found in cluster "${cluster}"`);
        if (service.status !== 'ACTIVE')
            throw new errors/* PlanError */.W6(`service "${name}" in cluster "${cluster}" is ${service.status}, not ACTIVE`);
    }
    return found;
}
async function describeServiceBatches(clients, cluster, names) {
    const found = new Map();
    const failures = [];
    for (const batch of (0,paging/* chunk */.i)(names, DESCRIBE_SERVICES_LIMIT)) {
        const answer = await clients.ecs.send(new DescribeServicesCommand_DescribeServicesCommand({ cluster, services: batch }));
        for (const service of answer.services ?? [])
            if (service.serviceName)
                found.set(service.serviceName, service);
        failures.push(...(answer.failures ?? []));
    }
    return { found, failures };
}
/** A task definition with its tags (DescribeTaskDefinition omits tags unless asked). */
async function describeTaskDefinition(clients, arn) {
    const answer = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
    if (!answer.taskDefinition)
        throw new errors/* PlanError */.W6(`task definition ${arn} was not found`);
    return { definition: answer.taskDefinition, tags: answer.tags ?? [] };
}
/**
 * A task definition (ARN, family:revision, or a family for its newest ACTIVE revision) with its tags, or undefined
 * when ECS says there is none. Any other failure (access denied, throttling) is thrown, never read as "none".
 */
async function services_findTaskDefinition(clients, reference) {
    try {
        return await describeTaskDefinition(clients, reference);
    }
    catch (err) {
        if (err.name === 'ClientException' || err instanceof PlanError)
            return undefined;
        throw err;
    }
}
/** The newest ACTIVE revision of a family with its tags, or undefined when the family has none. */
const newestRevision = (/* unused pure expression or super */ null && (services_findTaskDefinition));
/** Registers a new revision, marked as ours (REGISTERED_BY_TAG); returns its ARN. */
async function registerTaskDefinition(clients, draft) {
    const tags = [...(draft.tags ?? []).filter((t) => t.key !== REGISTERED_BY_TAG.key), { ...REGISTERED_BY_TAG }];
    const answer = await clients.ecs.send(new RegisterTaskDefinitionCommand({ ...draft, tags }));
    const arn = answer.taskDefinition?.taskDefinitionArn;
    if (!arn)
        throw new Error(`RegisterTaskDefinition for ${draft.family} returned no ARN`);
    return arn;
}
/** Points the service at the task definition; returns the deployment this started (the new PRIMARY). */
async function updateService(clients, update) {
    const answer = await clients.ecs.send(new UpdateServiceCommand_UpdateServiceCommand({
        cluster: update.cluster,
        service: update.service,
        taskDefinition: update.taskDefinitionArn,
        desiredCount: update.desiredCount,
        forceNewDeployment: update.forceNewDeployment,
        deploymentConfiguration: update.deploymentConfiguration,
    }));
    const service = answer.service;
    const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
    if (!service || !primary?.id)
        throw new Error(`UpdateService for ${update.service} returned no PRIMARY deployment`);
    return { deploymentId: primary.id, service };
}
/** Sets a service's desired count and nothing else (all ECS lets a deploy change on a CODE_DEPLOY service itself). */
async function setDesiredCount(clients, cluster, service, desiredCount) {
    await clients.ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount }));
}
/** Every task definition ARN any service in any cluster of the account and region uses (their deployments included). */
async function taskDefinitionsInUse(clients) {
    const clusters = await allPages((nextToken) => clients.ecs.send(new ListClustersCommand({ nextToken, maxResults: 100 })), (page) => page.clusterArns);
    const inUse = new Set();
    for (const cluster of clusters) {
        const arns = await allPages((nextToken) => clients.ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: 100 })), (page) => page.serviceArns);
        for (const batch of chunk(arns, DESCRIBE_SERVICES_LIMIT)) {
            const answer = await clients.ecs.send(new DescribeServicesCommand({ cluster, services: batch }));
            for (const service of answer.services ?? []) {
                if (service.taskDefinition)
                    inUse.add(service.taskDefinition);
                for (const deployment of service.deployments ?? [])
                    if (deployment.taskDefinition)
                        inUse.add(deployment.taskDefinition);
            }
        }
    }
    return inUse;
}
/** ACTIVE revisions of a family, newest first (sorted here: some endpoints ignore `sort`). */
async function activeRevisions(clients, family) {
    const arns = await allPages((nextToken) => clients.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken })), (page) => page.taskDefinitionArns);
    return arns.filter((arn) => familyOf(arn) === family).sort((a, b) => revisionOf(b) - revisionOf(a));
}
async function deregisterTaskDefinition(clients, arn) {
    await clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
}
/**
 * Candidates to deregister: all but the newest `keep`, never one in `protectedArns` (in use anywhere, or a
 * service's rollback target). Whether each was registered by us is checked on its tags afterwards. Pure.
 */
function revisionsToPrune(newestFirst, keep, protectedArns) {
    if (keep <= 0)
        return [];
    return newestFirst.slice(keep).filter((arn) => !protectedArns.has(arn));
}
/** True when a revision's tags say this collection registered it. */
function registeredByUs(tags) {
    return tags.some((t) => t.key === REGISTERED_BY_TAG.key && t.value === REGISTERED_BY_TAG.value);
}

;// CONCATENATED MODULE: ./build/lib/report/github-deployment.js
/**
 * Optional GitHub deployment records: create the deployment, mark it in_progress, then success or failure,
 * with the environment URL and a link to the run. A failure to record never fails the deploy itself.
 * `@actions/github` (Octokit, its HTTP stack) is loaded only when a record is asked for: most runs never need it.
 */

/** The URL of the running workflow run, from the standard variables. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
    if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
    return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}
const noRecord = { setState: async () => undefined };
/** Creates the deployment record when a token and environment are given; otherwise a no-op handle. */
async function startDeploymentRecord(io, options) {
    if (!options)
        return noRecord;
    const { context, getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    // Read at call time: the runner sets it for GitHub Enterprise Server; tests point it at a local stand-in.
    const octokit = getOctokit(options.token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
    const { owner, repo } = context.repo;
    const ref = process.env.GITHUB_HEAD_REF || context.sha;
    let id;
    try {
        const created = await octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref,
            environment: options.environment,
            description: options.description,
            auto_merge: false,
            required_contexts: [],
            transient_environment: false,
        });
        if (!('id' in created.data))
            throw new Error(created.data.message ?? 'GitHub did not create the deployment');
        id = created.data.id;
    }
    catch (err) {
        io.warning(`Could not create a GitHub deployment for ${options.environment}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return noRecord;
    }
    const record = {
        id,
        setState: async (state, description) => {
            try {
                await octokit.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: id,
                    state,
                    description: description.slice(0, 140),
                    environment_url: options.environmentUrl,
                    log_url: runUrl(),
                    auto_inactive: state === 'success',
                });
            }
            catch (err) {
                io.warning(`Could not set GitHub deployment ${id} to ${state}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        },
    };
    await record.setState('in_progress', options.description);
    return record;
}

;// CONCATENATED MODULE: ./build/lib/ecs/deployment-style.js
/** Reads the controller (ECS when unset, as AWS defaults it) and the strategy (ROLLING when unset). */
function deploymentStyleOf(service) {
    const controller = service.deploymentController?.type ?? 'ECS';
    if (controller === 'CODE_DEPLOY' || controller === 'EXTERNAL')
        return { controller };
    const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING';
    return { controller: 'ECS', strategy: strategy };
}
/**
 * Why a deploy (a new revision rolled out with UpdateService, or a CodeDeploy deployment) must not touch this
 * service, or undefined when it may: only EXTERNAL services, whose task sets are the team's own tooling's.
 */
function deployRefusal(service) {
    if (deploymentStyleOf(service).controller !== 'EXTERNAL')
        return undefined;
    return `service "${service.serviceName ?? 'the service'}" uses the EXTERNAL deployment controller: its tasks come from task sets your own tooling creates, so no deploy through ECS or CodeDeploy applies to it (register-only still registers its revision)`;
}
/** How a deploy reaches the service, in a few words, for the plan and the summary. */
function describeStyle(style) {
    if (style.controller === 'CODE_DEPLOY')
        return 'CodeDeploy blue/green';
    if (style.controller === 'EXTERNAL')
        return 'EXTERNAL task sets';
    return style.strategy === 'ROLLING'
        ? 'ECS rolling update'
        : `ECS ${style.strategy.toLowerCase().replace('_', '/')} deployment`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(4858);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js + 2 modules
var schemas_schemas_0 = __webpack_require__(3168);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/CreateRuleCommand.js


class CreateRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateRule", schemas_schemas_0/* CreateRule$ */.toG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteRuleCommand.js


class DeleteRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRule", schemas_schemas_0/* DeleteRule$ */.iaR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTagsCommand.js


class DescribeTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTags", schemas_schemas_0/* DescribeTags$ */.LSs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeRulesCommand.js


class DescribeRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeRules", schemas_schemas_0/* DescribeRules$ */.xc1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenersCommand.js


class DescribeListenersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeListeners", schemas_schemas_0/* DescribeListeners$ */.zki) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends command(_ep0, _mw0, "TagResource", schemas_0/* TagResource$ */.Jqp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", schemas_0/* UntagResource$ */.AUX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/AddTagsCommand.js


class AddTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddTags", schemas_schemas_0/* AddTags$ */.FBv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/RemoveTagsCommand.js


class RemoveTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveTags", schemas_schemas_0/* RemoveTags$ */.wrv) {
}

;// CONCATENATED MODULE: ./build/lib/traffic/lease.js
/**
 * A lease on the traffic of one release unit: a tag naming the run that moves its traffic and until when. It lives
 * where the provider's traffic lives: on the listener rule of two colors (or on the listener, for a default action:
 * AddTags on a default rule fails), or on the ECS service for ECS's own strategies and CodeDeploy. A second run is
 * refused while the lease is live; a lease past its time, or left by an earlier attempt of the same run, is stale:
 * found, reported, and taken over only when the caller says so. An abort or a rollback pre-empts a live lease
 * visibly (it writes its own), so the run it took over from sees at its next guarded write that it lost ownership.
 * Tags are not a lock: two runs racing within one read-back can both believe they won for that instant; the
 * read-back after writing catches the later one.
 */



const LEASE_TAG = 'ecs-fargate-actions:traffic-lease';
/** The tags of a listener rule or listener. */
function elbTags(elbv2, arn) {
    return {
        arn,
        name: arn.includes(':listener-rule/') ? 'the rule' : 'the listener',
        readAll: async () => {
            const tags = (await elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.find((d) => d.ResourceArn === arn)?.Tags ?? [];
            return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']));
        },
        write: async (tags) => void (await elbv2.send(new AddTagsCommand({ ResourceArns: [arn], Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }))),
        remove: async (keys) => void (await elbv2.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: keys }))),
    };
}
/** The tags of an ECS service (its long ARN format, the default since 2021, takes tags). */
function ecsServiceTags(ecs, serviceArn) {
    return {
        arn: serviceArn,
        name: `the service ${serviceArn.split('/').pop()}`,
        readAll: async () => Object.fromEntries(((await ecs.send(new ListTagsForResourceCommand({ resourceArn: serviceArn }))).tags ?? []).map((t) => [
            t.key ?? '',
            t.value ?? '',
        ])),
        write: async (tags) => void (await ecs.send(new TagResourceCommand({
            resourceArn: serviceArn,
            tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        }))),
        remove: async (keys) => void (await ecs.send(new UntagResourceCommand({ resourceArn: serviceArn, tagKeys: keys }))),
    };
}
/** Refused: another run holds the lease (or a stale one the caller did not want taken over). */
class LeaseHeldError extends Error {
    found;
    constructor(message, found) {
        super(message);
        this.found = found;
        this.name = 'LeaseHeldError';
    }
}
/** The holder for this job, from the runner's GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
function holderFromEnv(env = process.env) {
    return {
        repository: env.GITHUB_REPOSITORY || 'local',
        runId: env.GITHUB_RUN_ID || `pid-${process.pid}`,
        attempt: Number(env.GITHUB_RUN_ATTEMPT || '1'),
    };
}
/** The tag value: `run=owner/repo/123/1 since=… until=…` (only characters ELB tag values allow). */
function encodeLease(lease) {
    const { repository, runId, attempt } = lease.holder;
    return `run=${repository}/${runId}/${attempt} since=${lease.since.toISOString()} until=${lease.until.toISOString()}`;
}
/** Reads a tag value back into a lease; undefined when it is not one we wrote. */
function decodeLease(value) {
    const match = /^run=(.+)\/([^/\s]+)\/(\d+) since=(\S+) until=(\S+)$/.exec(value.trim());
    if (!match)
        return undefined;
    const since = new Date(match[4]);
    const until = new Date(match[5]);
    if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime()))
        return undefined;
    return { holder: { repository: match[1], runId: match[2], attempt: Number(match[3]) }, since, until };
}
/** Judges a tag value against `me` at `now`: free, mine, held by a live run, stale, or unreadable. */
function judgeLease(value, me, now) {
    if (value === undefined || value === '')
        return { state: 'free' };
    const lease = decodeLease(value);
    if (!lease)
        return { state: 'unreadable', value };
    const { holder } = lease;
    const sameRun = holder.repository === me.repository && holder.runId === me.runId;
    if (sameRun && holder.attempt === me.attempt)
        return { state: 'mine', lease };
    // Attempts of one run go one after another: an earlier attempt's job is over.
    if (sameRun && holder.attempt < me.attempt)
        return { state: 'stale', lease, why: `left by attempt ${holder.attempt} of this run` };
    if (lease.until.getTime() <= now.getTime())
        return { state: 'stale', lease, why: `expired at ${lease.until.toISOString()}` };
    return { state: 'held', lease };
}
/** Reads the lease tag of `store` and judges it. */
async function inspectLease(store, me, now = new Date()) {
    return judgeLease((await store.readAll())[LEASE_TAG], me, now);
}
/**
 * Takes (or renews) the lease of `store` for `me`; throws LeaseHeldError when another run holds it. When the
 * read-back fails after the tag was written, the tag is taken off again (best effort, without a read: that read is
 * what failed) before the error is thrown:
 * a lease left behind with no run to release it would refuse every other run until it expires.
 */
async function acquireLease(store, me, options) {
    const clock = options.clock ?? poll/* realClock */.d;
    const arn = store.arn;
    const found = await inspectLease(store, me, new Date(clock.now()));
    if (found.state === 'held' && !options.preempt)
        throw new LeaseHeldError(`${arn} is leased by ${describeLease(found.lease)}; refusing to touch its traffic`, found);
    if (found.state === 'unreadable')
        throw new LeaseHeldError(`${arn} carries a ${LEASE_TAG} tag we cannot read (${JSON.stringify(found.value)}); remove the tag if no run holds it`, found);
    if (found.state === 'stale' && !options.takeOverStale)
        throw new LeaseHeldError(`${arn} has a stale lease from ${describeLease(found.lease)} (${found.why}); its traffic may be mid-shift`, found);
    const since = found.state === 'mine' ? found.lease.since : new Date(clock.now());
    const lease = { holder: me, since, until: new Date(clock.now() + options.ttlMs) };
    await store.write({ [LEASE_TAG]: encodeLease(lease) });
    let after;
    try {
        if (options.settleMs)
            await clock.sleep(options.settleMs);
        after = await inspectLease(store, me, new Date(clock.now()));
    }
    catch (err) {
        // The read that would say whose it is failed; the tag is most likely ours (written a moment ago).
        await store.remove([LEASE_TAG]).catch(() => undefined);
        throw err;
    }
    if (after.state !== 'mine')
        throw new LeaseHeldError(`${arn}: another run took the lease at the same moment (${after.state === 'held' ? describeLease(after.lease) : after.state})`, after);
    return { lease, tookOver: found.state === 'stale' || found.state === 'held' ? found.lease : undefined };
}
/**
 * Removes the lease when it is ours (with `alsoRemove`, other records of ours on the same resource); safe to call
 * twice. Says what it found.
 */
async function releaseLease(store, me, alsoRemove = []) {
    const found = await inspectLease(store, me);
    if (found.state === 'free')
        return 'not-held';
    if (found.state !== 'mine')
        return 'held-by-other';
    await store.remove([...alsoRemove, LEASE_TAG]);
    return 'released';
}
/** "owner/repo run 123 attempt 1 since …, until …", for messages. */
function describeLease(lease) {
    const { repository, runId, attempt } = lease.holder;
    return `${repository} run ${runId} attempt ${attempt} (since ${lease.since.toISOString()}, until ${lease.until.toISOString()})`;
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
        throw new errors/* PlanError */.W6(`${where}: a forward action takes 1 to ${MAX_TARGET_GROUPS} target groups, not ${entries.length}`);
    }
    for (const [arn, weight] of entries) {
        if (!Number.isInteger(weight) || weight < 0 || weight > MAX_ALB_WEIGHT) {
            throw new errors/* PlanError */.W6(`${where}: weight ${weight} for ${shortTargetGroup(arn)} is outside 0–${MAX_ALB_WEIGHT}`);
        }
    }
    if (entries.every(([, weight]) => weight === 0))
        throw new errors/* PlanError */.W6(`${where}: every weight is 0, so no target group would get traffic`);
}
/**
 * Checks the rule forwards only to the expected target groups (blue and green, in either share). A rule that
 * also sends traffic elsewhere is the user's configuration, not something to shift: it names `input`.
 */
function expectTargetGroups(split, expected, input, where) {
    const strangers = Object.keys(split).filter((arn) => !expected.includes(arn));
    if (strangers.length > 0) {
        throw new errors/* ConfigurationError */.j1(input, `${where} forwards to ${strangers.map(shortTargetGroup).join(', ')}, which is not one of the expected target groups (${expected.map(shortTargetGroup).join(', ')})`, 'point the rule at the blue and green target groups only, or name the rule that does');
    }
    checkSplit(split, where);
}
/** The desired split that puts `percent` on `green` and the rest on `blue`. */
function splitFor(blue, green, percent) {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
        throw new errors/* PlanError */.W6(`a traffic share must be a whole percent 0–100, not ${percent}`);
    if (blue === green)
        throw new errors/* PlanError */.W6(`blue and green are the same target group ${shortTargetGroup(blue)}`);
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
function sameSplit(a, b) {
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
function actionsWithSplit(actions, split, where) {
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
            throw new errors/* PlanError */.W6(`${where}: the new split leaves out ${dropped.map(shortTargetGroup).join(', ')}, which the rule forwards to now`);
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
function describeSplit(split) {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetHealthCommand.js
var DescribeTargetHealthCommand = __webpack_require__(7992);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupAttributesCommand.js


class DescribeTargetGroupAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetGroupAttributes", schemas_schemas_0/* DescribeTargetGroupAttributes$ */.fev) {
}

;// CONCATENATED MODULE: ./build/lib/traffic/target-groups.js
/**
 * What a weight change depends on in a target group: are its targets healthy before it gets traffic, and how
 * long does it drain (the deregistration delay) after it loses it.
 */



/** The default deregistration delay AWS applies when the attribute is not set. */
const DEFAULT_DEREGISTRATION_DELAY_MS = 300_000;
/** Reads DescribeTargetHealth for a target group. */
async function describeTargetGroupHealth(elbv2, targetGroupArn, signal) {
    const out = await elbv2.send(new DescribeTargetHealthCommand/* DescribeTargetHealthCommand */.q({ TargetGroupArn: targetGroupArn }), {
        abortSignal: signal,
    });
    return summariseHealth(targetGroupArn, out.TargetHealthDescriptions ?? []);
}
/** Counts registered and healthy targets (draining targets are leaving and do not count as registered). */
function summariseHealth(targetGroupArn, descriptions) {
    const present = descriptions.filter((d) => d.TargetHealth?.State !== 'draining');
    const notHealthy = present
        .filter((d) => d.TargetHealth?.State !== 'healthy')
        .map((d) => `${d.Target?.Id ?? '?'}${d.Target?.Port ? `:${d.Target.Port}` : ''} ${d.TargetHealth?.State ?? 'unknown'}${d.TargetHealth?.Reason ? ` (${d.TargetHealth.Reason})` : ''}`);
    return { targetGroupArn, registered: present.length, healthy: present.length - notHealthy.length, notHealthy };
}
/** Ready when at least one target is registered and all are healthy; the reason says which is missing. */
function judgeHealth(health) {
    if (health.registered === 0)
        return { ready: false, reason: 'no targets are registered' };
    if (health.notHealthy.length > 0) {
        const shown = health.notHealthy.slice(0, 5).join('; ');
        const more = health.notHealthy.length > 5 ? ` and ${health.notHealthy.length - 5} more` : '';
        return { ready: false, reason: `${health.healthy} of ${health.registered} targets healthy; ${shown}${more}` };
    }
    return { ready: true, reason: `all ${health.registered} targets healthy` };
}
/**
 * The group's `deregistration_delay.timeout_seconds` in milliseconds: how long connections drain after traffic leaves.
 */
async function deregistrationDelayMs(elbv2, targetGroupArn, signal) {
    const out = await elbv2.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn }), {
        abortSignal: signal,
    });
    const value = out.Attributes?.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;
    const seconds = value === undefined ? NaN : Number(value);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_DEREGISTRATION_DELAY_MS;
}
/** Polls target health until the group is ready; a TimeoutError names what was still not healthy. */
async function waitForHealthyTargets(elbv2, targetGroupArn, options) {
    let last;
    try {
        return await (0,poll/* pollUntil */.g)({
            what: `healthy targets in ${targetGroupArn}`,
            intervalMs: options.intervalMs ?? 10_000,
            timeoutMs: options.timeoutMs,
            clock: options.clock,
            signal: options.signal,
        }, async () => {
            const health = await describeTargetGroupHealth(elbv2, targetGroupArn, options.signal);
            last = judgeHealth(health);
            return last.ready ? { done: true, value: health } : { done: false };
        });
    }
    catch (err) {
        if (err instanceof errors/* TimeoutError */.MU && last)
            throw new errors/* TimeoutError */.MU(`${err.message}: ${last.reason}`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./build/lib/traffic/guard.js
/**
 * The one home of every write that moves production traffic or capacity (ModifyRule/ModifyListener, UpdateService
 * desiredCount, Continue/StopServiceDeployment, CodeDeploy Continue/StopDeployment). Before it writes it proves,
 * from fresh reads, everything the caller names: this run holds the lease; the state is the one this run last
 * wrote or read (compare-and-set); the side about to receive traffic has its desired tasks running and its targets
 * healthy; and, before a side is scaled in, no rule of its load balancer still forwards to it. A proof that fails,
 * or cannot be read, refuses the write: nothing is sent, and the refusal says what was read. A write that went out
 * is read back.
 */







/** Proves every fact from fresh reads (side by side), then writes and reads back; or refuses, having sent nothing. */
async function guardedWrite(write) {
    const refusals = await Promise.all(write.proofs.map((prove) => prove().catch((err) => `it could not be proven (${(0,errors/* errorMessage */.gJ)(err)})`)));
    const refused = refusals.filter((r) => r !== undefined);
    if (refused.length)
        return { done: false, refused: `not done: ${write.what}, because ${refused.join('; and ')}` };
    await write.send();
    return { done: true, value: await write.readBack() };
}
/** This run holds the lease (read now). */
function leaseProof(store, me, clock) {
    return async () => {
        const lease = await inspectLease(store, me, new Date(clock.now()));
        if (lease.state === 'mine')
            return undefined;
        if (lease.state === 'held')
            return `${describeLease(lease.lease)} holds ${store.name}'s lease now`;
        if (lease.state === 'stale')
            return `${store.name}'s lease is no longer this run's (${describeLease(lease.lease)}, ${lease.why})`;
        return lease.state === 'free'
            ? `this run's lease on ${store.name} is gone (another run took the traffic and let go)`
            : `the lease tag on ${store.name} cannot be read`;
    };
}
/**
 * No other live run holds the lease (free, stale or ours will do): the post step's ownership after its own job died,
 * when the lease may have expired or been let go but nobody else has taken the traffic.
 */
function notHeldByOtherProof(store, me, clock) {
    return async () => {
        const lease = await inspectLease(store, me, new Date(clock.now()));
        return lease.state === 'held'
            ? `${describeLease(lease.lease)} holds ${store.name}'s lease now`
            : lease.state === 'unreadable'
                ? `the lease tag on ${store.name} cannot be read`
                : undefined;
    };
}
/** Either proof will do (the first one that holds); refused with both reasons when neither does. */
function eitherProof(a, b) {
    return async () => {
        const first = await a().catch((err) => `it could not be read (${(0,errors/* errorMessage */.gJ)(err)})`);
        if (first === undefined)
            return undefined;
        const second = await b().catch((err) => `it could not be read (${(0,errors/* errorMessage */.gJ)(err)})`);
        return second === undefined ? undefined : `${first}, and ${second}`;
    };
}
/**
 * The proof, or a refusal when it cannot be read within `ms` of real time: after a cancel, a restore must still go
 * out inside the runner's grace period, so a hanging read gives way to another proof (see eitherProof).
 */
function boundedProof(ms, proof) {
    return async () => {
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve(`it could not be read within ${ms / 1000} s`), ms);
            timer.unref();
        });
        return Promise.race([proof(), late]).finally(() => clearTimeout(timer));
    };
}
/** The service about to receive traffic has tasks: desired count above 0 and every desired task running. */
function tasksProof(clients, cluster, service) {
    return async () => {
        const found = (await pollServices(clients, cluster, [service])).get(service);
        if (!found)
            return `service ${service} was not found`;
        const desired = found.desiredCount ?? 0;
        const running = found.runningCount ?? 0;
        if (desired === 0)
            return `${service} runs no tasks (desired count 0)`;
        if (running < desired)
            return `${service} runs ${running} of its ${desired} desired task(s)`;
        return undefined;
    };
}
/** The target group about to receive traffic has registered targets, all healthy. */
function healthyTargetsProof(elbv2, targetGroupArn) {
    return async () => {
        const verdict = judgeHealth(await describeTargetGroupHealth(elbv2, targetGroupArn));
        return verdict.ready
            ? undefined
            : `${shortTargetGroup(targetGroupArn)} is not ready for traffic: ${verdict.reason}`;
    };
}
/** No rule (or default action) of any listener of the load balancer forwards traffic to the target group. */
function noForwardProof(elbv2, loadBalancerArn, targetGroupArn) {
    return async () => {
        const forwarding = await rulesForwardingTo(elbv2, loadBalancerArn, targetGroupArn);
        return forwarding.length
            ? `${shortTargetGroup(targetGroupArn)} still gets traffic from ${forwarding.join(', ')}`
            : undefined;
    };
}
/** The rules (and listener defaults) of a load balancer that send a share above 0 to `targetGroupArn`, named. */
async function rulesForwardingTo(elbv2, loadBalancerArn, targetGroupArn) {
    // ELB pages with Marker/NextMarker: mapped onto the one paging helper's nextToken.
    const listeners = await (0,paging/* allPages */.S)(async (Marker) => {
        const page = await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn, Marker }));
        return { ...page, nextToken: page.NextMarker };
    }, (page) => page.Listeners);
    const found = [];
    for (const listener of listeners) {
        const rules = await (0,paging/* allPages */.S)(async (Marker) => {
            const page = await elbv2.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn, Marker }));
            return { ...page, nextToken: page.NextMarker };
        }, (page) => page.Rules);
        // moto keeps a listener's default action apart from its default rule: read both, a share anywhere counts.
        const actionLists = [
            { name: `the default action of listener ${listener.ListenerArn}`, actions: listener.DefaultActions ?? [] },
            ...rules.map((r) => ({ name: `rule ${r.RuleArn}`, actions: r.Actions ?? [] })),
        ];
        for (const { name, actions } of actionLists) {
            if (actions.some((a) => a.Type === 'forward' && forwardsTo(a, targetGroupArn)) && !found.includes(name))
                found.push(name);
        }
    }
    return found;
}
function forwardsTo(action, targetGroupArn) {
    const groups = action.ForwardConfig?.TargetGroups;
    if (groups?.length)
        return groups.some((g) => g.TargetGroupArn === targetGroupArn &&
            (g.Weight ?? 1) > 0 &&
            groups.reduce((s, x) => s + (x.Weight ?? 1), 0) > 0);
    return action.TargetGroupArn === targetGroupArn;
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyRuleCommand.js


class ModifyRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyRule", schemas_schemas_0/* ModifyRule$ */.x3p) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyListenerCommand.js


class ModifyListenerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyListener", schemas_schemas_0/* ModifyListener$ */.DpG) {
}

// EXTERNAL MODULE: ./build/lib/traffic/route-arn.js
var route_arn = __webpack_require__(6881);
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
    const { attempts = 3, retryDelayMs = 1000, clock = poll/* realClock */.d, signal } = options;
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

;// CONCATENATED MODULE: ./build/lib/traffic/test-route.js
/**
 * The test route a bake over two colors manages: one listener rule, placed just before the production rule, that
 * forwards only requests carrying a per-run header to the idle color's target group. Canary checks go through the
 * production URL with that header, so they reach the release being baked at 0% and at every step, whichever color
 * it is on; no user request carries the header. The rule is created (guarded, read back) before the health gate,
 * and removed (guarded, read back) when the bake ends, by main or by the post step, which finds it again by its tag
 * even when the job died between creating it and saving its ARN.
 */







/** The header every canary check carries; its value is new for every run. */
const TEST_ROUTE_HEADER = 'x-ecs-bake-canary';
/** The tag that marks a test route as a bake's, naming the run (repository/run/attempt). */
const TEST_ROUTE_TAG = 'ecs-fargate-actions:bake-test-route';
/** Plans the route (read only): the per-run header, and the free priority nearest before the production rule's. */
async function planTestRoute(elbv2, route, targetGroupArn, me) {
    const listenerArn = listenerOf(route);
    const rules = await listenerRules(elbv2, listenerArn);
    const taken = new Set(rules.filter((r) => !r.IsDefault).map((r) => Number(r.Priority)));
    const production = route.kind === 'rule' ? rules.find((r) => r.RuleArn === route.ruleArn) : undefined;
    // Before the production rule, as close to it as possible: rules the team placed earlier keep their precedence.
    const below = production && !production.IsDefault ? Number(production.Priority) : 50_001;
    let priority = below - 1;
    while (priority >= 1 && taken.has(priority))
        priority--;
    if (priority < 1)
        throw new errors/* PlanError */.W6(`no free rule priority before ${route.kind === 'rule' ? `rule ${route.ruleArn} (priority ${below})` : 'the listener default'} for the canary's test route; free one below it, or give \`canary-url\` and no \`production-url\` for canary checks`);
    const owner = `${me.repository}/${me.runId}/${me.attempt}`;
    return {
        listenerArn,
        priority,
        targetGroupArn,
        header: { name: TEST_ROUTE_HEADER, value: `${me.runId}-${me.attempt}-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}` },
        owner,
    };
}
/**
 * Creates the rule, guarded by `proofs` (the lease, the canary ready) and read back; resolves with its ARN or why not.
 */
async function createTestRoute(elbv2, planned, proofs) {
    let ruleArn;
    const result = await guardedWrite({
        what: `create the canary's test route (rule ${planned.priority}: header ${planned.header.name} → ${shortTargetGroup(planned.targetGroupArn)})`,
        proofs,
        send: async () => {
            const created = await elbv2.send(new CreateRuleCommand({
                ListenerArn: planned.listenerArn,
                Priority: planned.priority,
                Conditions: [
                    {
                        Field: 'http-header',
                        HttpHeaderConfig: { HttpHeaderName: planned.header.name, Values: [planned.header.value] },
                    },
                ],
                Actions: [
                    {
                        Type: 'forward',
                        ForwardConfig: { TargetGroups: [{ TargetGroupArn: planned.targetGroupArn, Weight: 1 }] },
                    },
                ],
                Tags: [{ Key: TEST_ROUTE_TAG, Value: planned.owner }],
            }));
            ruleArn = created.Rules?.[0]?.RuleArn;
        },
        readBack: async () => {
            const rule = ruleArn ? await describeRule(elbv2, ruleArn) : undefined;
            if (!rule || !forwardsOnlyTo(rule, planned.targetGroupArn))
                throw new Error(`the test route was not read back forwarding to ${shortTargetGroup(planned.targetGroupArn)}`);
            return { ...planned, ruleArn };
        },
    });
    return result.done ? { done: true, route: result.value } : result;
}
/**
 * Removes a test route: the rule named, or, when the job died before saving it, every rule of the listener tagged as
 * this run's. Guarded: only a rule that carries this run's tag and forwards only to the canary's group is deleted;
 * read back gone. Says what it did.
 */
async function removeTestRoute(elbv2, route) {
    const arns = route.ruleArn
        ? [route.ruleArn]
        : (await taggedRules(elbv2, route.listenerArn, route.owner)).map((r) => r.arn);
    if (arns.length === 0)
        return 'the test route was never created';
    const said = [];
    for (const arn of arns) {
        const result = await guardedWrite({
            what: `remove the canary's test route ${arn}`,
            proofs: [ownedRouteProof(elbv2, arn, route)],
            send: async () => void (await elbv2.send(new DeleteRuleCommand({ RuleArn: arn }))),
            readBack: async () => {
                if (await describeRule(elbv2, arn))
                    throw new Error(`the test route ${arn} is still there after DeleteRule`);
            },
        });
        said.push(result.done ? `test route removed (${arn}, read back gone)` : result.refused);
    }
    return said.join('; ');
}
/**
 * The rule is still there, carries this run's tag and forwards only to the canary's group (else: gone, or not ours).
 */
function ownedRouteProof(elbv2, arn, route) {
    return async () => {
        const rule = await describeRule(elbv2, arn);
        if (!rule)
            return `the rule ${arn} is already gone`;
        const tags = (await elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.[0]?.Tags ?? [];
        if (!tags.some((t) => t.Key === TEST_ROUTE_TAG && t.Value === route.owner))
            return `the rule ${arn} is not this run's test route (no ${TEST_ROUTE_TAG}=${route.owner} tag)`;
        return forwardsOnlyTo(rule, route.targetGroupArn)
            ? undefined
            : `the rule ${arn} no longer forwards only to ${shortTargetGroup(route.targetGroupArn)}`;
    };
}
async function describeRule(elbv2, arn) {
    try {
        return (await elbv2.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules?.[0];
    }
    catch (err) {
        if (err.name === 'RuleNotFoundException' ||
            err.name === 'RuleNotFound' ||
            /not.?found/i.test((0,errors/* errorMessage */.gJ)(err)))
            return undefined;
        throw err;
    }
}
async function listenerRules(elbv2, listenerArn) {
    return (0,paging/* allPages */.S)(async (Marker) => {
        const page = await elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn, Marker }));
        return { ...page, nextToken: page.NextMarker };
    }, (page) => page.Rules);
}
/**
 * Removes every bake's test route on the listener that forwards only to `targetGroupArn`, whichever run made it: what
 * a run that took the rule over (an abort, a rollback) does before it scales that color in, since a color is never
 * scaled in while a rule forwards to it. A test route carries only the checks' header, never a user's request; the bake
 * it belonged to has lost the rule and finds its route gone. Guarded (still tagged as a test route, still forwarding
 * only to that group, and `ownership`: the rule is still this run's), read back gone. Says what it did, one line a
 * route.
 */
async function removeTestRoutesTo(elbv2, route, targetGroupArn, ownership) {
    const said = [];
    for (const { arn, owner } of await taggedRules(elbv2, listenerOf(route))) {
        const rule = await describeRule(elbv2, arn);
        if (!rule || !forwardsOnlyTo(rule, targetGroupArn))
            continue;
        const result = await guardedWrite({
            what: `remove ${owner}'s test route ${arn} (it forwards to ${shortTargetGroup(targetGroupArn)}, about to be scaled in)`,
            proofs: [ownership, ownedRouteProof(elbv2, arn, { owner, targetGroupArn })],
            send: async () => void (await elbv2.send(new DeleteRuleCommand({ RuleArn: arn }))),
            readBack: async () => {
                if (await describeRule(elbv2, arn))
                    throw new Error(`the test route ${arn} is still there after DeleteRule`);
            },
        });
        said.push(result.done
            ? `test route of ${owner} removed (${arn}, read back gone): the bake that made it no longer holds the rule`
            : result.refused);
    }
    return said;
}
/** The listener a route's rule belongs to. */
function listenerOf(route) {
    return route.kind === 'rule' ? listenerOfRule(route.ruleArn) : route.listenerArn;
}
// The listener's rules tagged as a test route (`owner`'s when given), with the run that made each (DescribeTags takes
// 20 ARNs at a time).
async function taggedRules(elbv2, listenerArn, owner) {
    const arns = (await listenerRules(elbv2, listenerArn))
        .filter((r) => !r.IsDefault && r.RuleArn)
        .map((r) => r.RuleArn);
    const found = [];
    for (let i = 0; i < arns.length; i += 20) {
        const described = await elbv2.send(new DescribeTagsCommand({ ResourceArns: arns.slice(i, i + 20) }));
        for (const d of described.TagDescriptions ?? []) {
            const tag = d.Tags?.find((t) => t.Key === TEST_ROUTE_TAG && (owner === undefined || t.Value === owner));
            if (tag)
                found.push({ arn: d.ResourceArn, owner: tag.Value ?? '' });
        }
    }
    return found;
}
function forwardsOnlyTo(rule, targetGroupArn) {
    const forward = rule.Actions?.find((a) => a.Type === 'forward');
    const groups = forward?.ForwardConfig?.TargetGroups?.filter((g) => (g.Weight ?? 1) > 0).map((g) => g.TargetGroupArn) ??
        (forward?.TargetGroupArn ? [forward.TargetGroupArn] : []);
    return groups.length === 1 && groups[0] === targetGroupArn;
}

;// CONCATENATED MODULE: ./build/lib/traffic/alb/observe.js






/**
 * The tag naming the stable target group while a bake runs: how the next run (or an abort, or a rollback) knows where
 * to restore.
 */
const BAKE_STABLE_TAG = 'ecs-fargate-actions:bake-stable';
/** Reads both services, their target groups, the rule and its tags; refuses a rule that forwards anywhere else. */
async function observeAlb(clients, cluster, names, routeOf, me, now = new Date(), input = 'listener-rule-arn') {
    const services = await describeServices(clients, cluster, names);
    const colors = names.map((name) => colorOf(services.get(name)));
    const route = await observeRoute(clients.elbv2, routeOf, input);
    expectTargetGroups(route.split, colors.map((c) => c.targetGroupArn), input, describeRoute(routeOf));
    const store = elbTags(clients.elbv2, route.leaseArn);
    // One DescribeTags for both the lease and the bake's record.
    const tags = await store.readAll();
    const leaseValue = tags[LEASE_TAG];
    const stableValue = tags[BAKE_STABLE_TAG];
    const lease = judgeLease(leaseValue, me, now);
    // A bake writes its stable color under its lease and removes it before releasing: without a lease it is an orphan
    // (another tool, a rollback, took over the traffic) and says nothing about which color is stable now.
    const recordedStable = leaseValue ? stableValue : undefined;
    return {
        pair: { colors, split: route.split, recordedStable },
        route,
        loadBalancerArn: loadBalancerOf(route.route) ?? '',
        store,
        lease,
    };
}
/** Both colors as they are now (desired and running counts), for a guard or a report. */
async function readColors(clients, cluster, colors) {
    const now = await pollServices(clients, cluster, colors.map((c) => c.service));
    return colors.map((c) => {
        const s = now.get(c.service);
        return s
            ? { ...c, taskDefinition: s.taskDefinition, desiredCount: s.desiredCount ?? 0, runningCount: s.runningCount ?? 0 }
            : c;
    });
}
function colorOf(service) {
    const name = service.serviceName;
    const style = deploymentStyleOf(service);
    if (style.controller !== 'ECS' || style.strategy !== 'ROLLING') {
        const what = style.controller === 'ECS'
            ? `ECS's ${style.strategy} strategy`
            : style.controller === 'CODE_DEPLOY'
                ? 'CodeDeploy (deployment controller CODE_DEPLOY)'
                : 'the EXTERNAL controller';
        throw new errors/* ConfigurationError */.j1('services', `service "${name}" uses ${what}; two colors over ALB weights are two rolling services (name one service alone to bake it through its own strategy or CodeDeploy)`);
    }
    const groups = [
        ...new Set((service.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn) => !!arn)),
    ];
    if (groups.length !== 1)
        throw new errors/* ConfigurationError */.j1('services', `service "${name}" is registered in ${groups.length} target groups; each color needs exactly one`);
    return {
        service: name,
        targetGroupArn: groups[0],
        taskDefinition: service.taskDefinition,
        desiredCount: service.desiredCount ?? 0,
        runningCount: service.runningCount ?? 0,
    };
}
/**
 * A listener (or rule) ARN carries its load balancer: …:listener/app/name/id/listenerId → …:loadbalancer/app/name/id.
 */
function loadBalancerOf(route) {
    const arn = route.kind === 'rule' ? route.ruleArn : route.listenerArn;
    const match = /^(arn:[^:]+:elasticloadbalancing:[^:]+:\d+:)listener(?:-rule)?\/(app|net)\/([^/]+)\/([^/]+)\//.exec(arn);
    return match ? `${match[1]}loadbalancer/${match[2]}/${match[3]}/${match[4]}` : undefined;
}

// EXTERNAL MODULE: ./build/lib/core/duration.js
var duration = __webpack_require__(2720);
;// CONCATENATED MODULE: ./build/lib/traffic/alb/moves.js
/**
 * The two writes of two colors, each through the guard: a new split on the rule (read back), and a color's desired
 * count. What each must prove first is decided here, once, for the bake, its abort, its post step and rollback.
 */








/** The rule still holds the split this run last wrote or read. */
function splitUnchangedProof(world) {
    return async () => {
        const now = await observeRoute(world.clients.elbv2, world.route.route);
        return sameSplit(now.split, world.route.split)
            ? undefined
            : `the rule's weights are ${describeSplit(now.split)}, not the ${describeSplit(world.route.split)} this run last read (another hand moved them)`;
    };
}
/** Sends `target` to the rule, guarded and read back; `world.route` follows the read-back. */
async function moveSplit(world, target, ownership, what, signal) {
    const owner = ownershipProof(world, ownership);
    // Every target group that gains a share must have a service with all its desired tasks running and healthy targets.
    const gaining = world.colors.filter((c) => percentOf(target, c.targetGroupArn) > percentOf(world.route.split, c.targetGroupArn));
    const receivers = gaining.flatMap((c) => [
        tasksProof(world.clients, world.cluster, c.service),
        healthyTargetsProof(world.clients.elbv2, c.targetGroupArn),
    ]);
    const state = ownership === 'lease' ? [splitUnchangedProof(world)] : [];
    const result = await guardedWrite({
        what,
        proofs: [owner, ...state, ...receivers],
        send: async () => {
            world.route = await applySplit(world.clients.elbv2, world.route, target, { clock: world.clock, signal });
        },
        readBack: async () => world.route,
    });
    return result;
}
/**
 * Sets a color's desired count, guarded: this run holds the lease, the service still has the count this run last
 * saw, and, to scale it in, no rule of the load balancer forwards to its target group any more.
 */
async function scaleColor(world, color, desiredCount, what) {
    const proofs = [leaseProof(world.store, world.me, world.clock), countUnchangedProof(world, color)];
    if (desiredCount === 0)
        proofs.push(noForwardProof(world.clients.elbv2, world.loadBalancerArn, color.targetGroupArn));
    return guardedWrite({
        what,
        proofs,
        send: async () => void (await world.clients.ecs.send(new UpdateServiceCommand_UpdateServiceCommand({ cluster: world.cluster, service: color.service, desiredCount }))),
        readBack: async () => (await pollServices(world.clients, world.cluster, [color.service])).get(color.service)?.desiredCount ?? -1,
    });
}
function ownershipProof(world, ownership) {
    const lease = leaseProof(world.store, world.me, world.clock);
    return ownership === 'lease' ? lease : eitherProof(boundedProof(2000, lease), splitUnchangedProof(world));
}
function countUnchangedProof(world, color) {
    return async () => {
        const now = (await pollServices(world.clients, world.cluster, [color.service])).get(color.service);
        if (!now)
            return `service ${color.service} was not found`;
        return (now.desiredCount ?? 0) === color.desiredCount
            ? undefined
            : `${color.service} has a desired count of ${now.desiredCount}, not the ${color.desiredCount} this run last saw (another hand changed it)`;
    };
}
/**
 * Waits out a color's deregistration delay after it lost its share, so requests still in flight on it finish before
 * its tasks go (the ALB keeps them for that long). Says why the wait was cut short (a cancel), or undefined.
 */
async function drainColor(world, color, io, signal, alreadyMs = 0) {
    try {
        const ms = Math.max(0, (await deregistrationDelayMs(world.clients.elbv2, color.targetGroupArn)) - alreadyMs);
        if (ms === 0)
            return undefined;
        io.info(`draining ${color.service} for ${(0,duration/* formatDuration */.a)(ms)} (its target group's deregistration delay)`);
        await world.clock.sleep(ms, signal);
        return undefined;
    }
    catch (err) {
        return signal?.aborted ? 'cancelled while draining' : `the drain was cut short (${(0,errors/* errorMessage */.gJ)(err)})`;
    }
}

;// CONCATENATED MODULE: ./build/lib/traffic/alb/plan.js
/**
 * The pure plan of a bake over ALB weights: which color is live and which is idle, the splits to walk through,
 * what to restore to, and what a split left behind by an earlier run needs first. Nothing here calls AWS.
 */



/** Decides everything for one run of the ALB provider. Throws PlanError when the state cannot be acted on safely. */
function planAlb(mode, taskDefinition, steps, observed) {
    const [a, b] = observed.colors;
    if (a.targetGroupArn === b.targetGroupArn)
        throw new errors/* PlanError */.W6(`services ${a.service} and ${b.service} are registered in the same target group ${shortTargetGroup(a.targetGroupArn)}; each color needs its own`);
    const wa = percentOf(observed.split, a.targetGroupArn);
    const wb = percentOf(observed.split, b.targetGroupArn);
    const clean = wa === 0 || wb === 0;
    const recorded = observed.colors.find((c) => c.targetGroupArn === observed.recordedStable);
    const now = describeSplit(observed.split);
    const describe = (c) => `${c.service} (${shortTargetGroup(c.targetGroupArn)}, ${(0,arns/* shortTaskDefinition */.P5)(c.taskDefinition)}, ${c.desiredCount} task(s))`;
    if (mode === 'status') {
        const live = clean ? (wa === 100 ? a : b) : undefined;
        const summary = live
            ? `all traffic on ${describe(live)}; ${describe(live === a ? b : a)} is idle`
            : `traffic is split: ${now}${recorded ? `; a bake is under way (or was left behind) with ${recorded.service} as stable` : '; no bake is recorded on the rule'}`;
        return { action: 'status', summary };
    }
    // Which color is stable: the one with all traffic, or the one a bake recorded while the split is mixed.
    let stable;
    if (clean)
        stable = wa === 100 ? a : b;
    else if (recorded)
        stable = recorded;
    else {
        throw new errors/* PlanError */.W6(`the rule splits traffic ${now} and no bake recorded which color is stable, so neither can be assumed; put 100% on the color that should serve (the console, or ModifyRule) and run again`);
    }
    const canary = stable === a ? b : a;
    const restore = splitFor(stable.targetGroupArn, canary.targetGroupArn, 0);
    const sides = { a, b, stable, canary, recorded, clean, now, describe };
    if (mode === 'abort')
        return planAbort(sides, restore);
    return planBake(mode, taskDefinition, steps, sides, restore, observed.split);
}
/** An operator's abort: all traffic back on stable (or on the recorded color during a hold), never onto no tasks. */
function planAbort({ a, b, stable, canary, recorded, clean, now, describe }, restore) {
    if (clean && (!recorded || recorded === stable))
        return { action: 'nothing', why: `nothing to abort: all traffic is already on ${describe(stable)}` };
    // Abort sends all traffic to one color at once: never to one that runs no tasks (a bake that died after its
    // promotion had scaled the old color in, before clearing its record), which would be an outage.
    const noTasks = (to, from) => new errors/* PlanError */.W6(`abort would send all traffic to ${describe(to)}, which runs no tasks; traffic stays ${now}. If ${from.service} should serve, remove the ecs-fargate-actions:bake-stable and traffic-lease tags from the rule; to go back, scale ${to.service} up first and run abort again`);
    if (clean && recorded && recorded !== stable) {
        // After a full shift a recorded bake is in its hold: an abort flips back to the recorded stable color.
        const back = recorded;
        const other = back === a ? b : a;
        if (back.desiredCount === 0)
            throw noTasks(back, other);
        return {
            action: 'restore',
            stable: back,
            canary: other,
            restore: splitFor(back.targetGroupArn, other.targetGroupArn, 0),
            why: `all traffic is on ${other.service} during a bake's hold; abort flips it back to ${back.service}`,
        };
    }
    if (stable.desiredCount === 0)
        throw noTasks(stable, canary);
    return {
        action: 'restore',
        stable,
        canary,
        restore,
        why: `traffic is split ${now}; abort puts all of it back on ${describe(stable)}`,
    };
}
/** A bake (or promote-now) of `taskDefinition` onto the idle color, or nothing when it already serves everything. */
function planBake(mode, taskDefinition, steps, { stable, canary, recorded, clean, now, describe }, restore, split) {
    if (!taskDefinition)
        throw new errors/* PlanError */.W6(`mode ${mode} needs a task definition`);
    if (clean && recorded && recorded !== stable) {
        // A bake died in its hold (all traffic on its canary, its record still on the rule): that version never passed
        // the hold, so it is not the stable one to bake from, and this run will not decide for the team.
        throw new errors/* PlanError */.W6(`all traffic is on ${describe(stable)}, but a bake recorded ${recorded.service} as stable and never finished (it died during its hold, or before clearing its record): run mode abort to put traffic back on ${recorded.service}, or remove the ecs-fargate-actions:bake-stable and traffic-lease tags from the rule to accept ${stable.service}`);
    }
    const leftover = clean
        ? undefined
        : {
            split,
            why: `an earlier bake left traffic split ${now}; it is put back to 100% on ${stable.service} first`,
        };
    if (clean && sameRevision(stable.taskDefinition, taskDefinition)) {
        return {
            action: 'nothing',
            why: `${stable.service} already serves all traffic with ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)}: nothing to bake`,
        };
    }
    if (sameRevision(stable.taskDefinition, taskDefinition)) {
        throw new errors/* PlanError */.W6(`the stable color ${stable.service} already runs ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)}; baking it against itself proves nothing`);
    }
    const desiredCount = Math.max(1, stable.desiredCount);
    const plannedSteps = mode === 'promote-now' ? [{ weight: 100, bakeMs: 0 }] : steps;
    const shifts = plannedSteps.map((step) => ({
        weight: step.weight,
        bakeMs: step.bakeMs,
        split: splitFor(stable.targetGroupArn, canary.targetGroupArn, step.weight),
    }));
    const rollOut = !(sameRevision(canary.taskDefinition, taskDefinition) && canary.desiredCount === desiredCount);
    return {
        action: 'bake',
        stable,
        canary,
        rollOut,
        desiredCount,
        shifts,
        restore,
        leftover,
        why: `${canary.service} is idle (0%): ${rollOut ? `roll it onto ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)} with ${desiredCount} task(s), then ` : ''}shift ${shifts.map((s) => `${s.weight}%`).join(' → ')} from ${stable.service}`,
    };
}
/** The split to restore to after a run was interrupted: before full promotion, 100% stable; after it, 100% canary. */
function restoreTarget(stableTg, canaryTg, promoted) {
    return promoted ? splitFor(canaryTg, stableTg, 0) : splitFor(stableTg, canaryTg, 0);
}
// "web:8" and "arn:…:task-definition/web:8" name the same revision (moto stores what UpdateService was given).
function sameRevision(a, b) {
    return a !== undefined && (0,arns/* shortTaskDefinition */.P5)(a) === (0,arns/* shortTaskDefinition */.P5)(b);
}

;// CONCATENATED MODULE: ./build/lib/traffic/alb/operate.js







/** One line on where traffic is and who holds the rule. */
function albStatus(observed, summary) {
    const lease = observed.lease;
    return (summary +
        (lease.state === 'held' || lease.state === 'stale'
            ? `; lease: ${lease.state} by ${describeLease(lease.lease)}`
            : ''));
}
/** Each color's share of the split, by service name. */
function sharesOf(colors, split) {
    return Object.fromEntries(colors.map((c) => [c.service, percentOf(split, c.targetGroupArn)]));
}
/**
 * An operator's abort: take the lease (over a live bake's, visibly), put all traffic on the stable color through the
 * guard, scale the other color in once nothing forwards to it, clear the bake's record and let go of the lease.
 */
async function abortAlb(clients, cluster, observed, plan, ctx, ttlMs) {
    const notes = [];
    const acquired = await acquireLease(observed.store, ctx.me, {
        ttlMs,
        takeOverStale: true,
        preempt: true,
        clock: ctx.clock,
    });
    if (acquired.tookOver)
        notes.push(`took the rule over from ${describeLease(acquired.tookOver)}: that run stops at its next guarded write`);
    try {
        // Read again under the lease: a bake may have shifted between the first read and the takeover.
        const route = await observeRoute(clients.elbv2, observed.route.route);
        const world = {
            clients,
            cluster,
            colors: await readColors(clients, cluster, observed.pair.colors),
            route,
            store: observed.store,
            loadBalancerArn: observed.loadBalancerArn,
            me: ctx.me,
            clock: ctx.clock,
        };
        return { ...(await restoreColors(world, plan.stable, plan.canary, 'lease', 'abort', ctx)), notes };
    }
    finally {
        await releaseLease(observed.store, ctx.me, [BAKE_STABLE_TAG]).catch((err) => ctx.io.warning(`could not release the lease: ${err.message}`));
    }
}
/**
 * All traffic on `to` through the guard (unless it is there already), then `from` scaled in through the guard.
 * Refused when `to` has no tasks or healthy targets, or when the rule is no longer this run's: then nothing moves.
 */
async function restoreColors(world, to, from, ownership, why, ctx) {
    const target = splitFor(to.targetGroupArn, from.targetGroupArn, 0);
    let split = world.route.split;
    if (sameSplit(split, target))
        ctx.io.info(`weights verified: ${describeSplit(split)}; nothing to restore`);
    else {
        const moved = await moveSplit(world, target, ownership, `put all traffic on ${to.service} (${why})`);
        if (!moved.done)
            return {
                back: false,
                detail: `${moved.refused}; traffic left as read: ${describeSplit(split)}`,
                reading: {
                    weight: percentOf(split, from.targetGroupArn),
                    shares: sharesOf(world.colors, split),
                    waiting: true,
                    detail: describeSplit(split),
                },
            };
        split = moved.value.split;
    }
    ctx.io.info(`all traffic on ${to.service}: ${describeSplit(split)} (read back)`);
    const current = world.colors.find((c) => c.service === from.service) ?? from;
    if (current.desiredCount === 0)
        ctx.io.info(`${from.service} is already at 0 tasks`);
    // A bake this run took the rule from may still have its test route to that color: it goes first, or the color could
    // not be scaled in (a rule still forwarding to it).
    if (current.desiredCount > 0)
        for (const line of await removeTestRoutesTo(world.clients.elbv2, world.route.route, from.targetGroupArn, ownershipProof(world, ownership)))
            ctx.io.info(line);
    // Requests in flight on the color that lost its share finish first (its target group's deregistration delay).
    const cut = current.desiredCount === 0 ? undefined : await drainColor(world, from, ctx.io, ctx.signal);
    if (cut)
        ctx.io.warning(`${from.service} left up: ${cut}; scale it in once nothing forwards to it`);
    const scaled = current.desiredCount === 0 || cut
        ? undefined
        : await scaleColor(world, current, 0, `scale ${from.service} in to 0 tasks`);
    if (scaled && !scaled.done)
        ctx.io.warning(`${from.service} left up: ${scaled.refused}`);
    else if (scaled)
        ctx.io.info(`${from.service} scaled in to 0 tasks`);
    const reading = {
        weight: percentOf(split, from.targetGroupArn),
        shares: sharesOf(world.colors, split),
        waiting: true,
        detail: describeSplit(split),
    };
    return {
        back: true,
        detail: `all traffic on ${to.service} (${describeSplit(split)}, read back)${scaled && !scaled.done ? `; ${from.service} left up: ${scaled.refused}` : ''}`,
        reading,
    };
}
/**
 * The post step of a bake over two colors that did not finish: before its promotion, all traffic back on stable and
 * the canary scaled in; after it, all traffic kept on the new color. Only through the guard, which refuses when
 * another run took the rule (a rollback decided where traffic goes), then the lease released. Safe to run twice.
 */
async function resumeAlbPost(clients, resume, promoted, ctx) {
    const store = elbTags(clients.elbv2, resume.route.leaseArn);
    const lease = await inspectLease(store, ctx.me, new Date(ctx.clock.now()));
    const route = await observeRoute(clients.elbv2, resume.route.route);
    const [to, from] = promoted ? [resume.canary, resume.stable] : [resume.stable, resume.canary];
    const target = restoreTarget(resume.stable.targetGroupArn, resume.canary.targetGroupArn, promoted);
    // No lease, and traffic neither where main left it nor where it should end: another hand decided where it goes.
    if (lease.state === 'free' && !sameSplit(route.split, resume.route.split) && !sameSplit(route.split, target))
        return `skipping: this run's lease is gone and another hand moved the traffic (${describeSplit(route.split)})`;
    if (lease.state === 'held')
        return `skipping: ${describeLease(lease.lease)} holds the rule's lease now and owns its traffic`;
    // Ownership is settled above from fresh reads (the lease, or no lease and the split main last saved): from here the
    // expectation is the split as read now (main may have written once more before it died).
    const world = {
        clients,
        cluster: resume.cluster,
        colors: await readColors(clients, resume.cluster, [resume.stable, resume.canary]),
        route,
        store,
        loadBalancerArn: resume.loadBalancerArn,
        me: ctx.me,
        clock: ctx.clock,
    };
    let outcome;
    if (promoted) {
        const moved = sameSplit(route.split, target)
            ? undefined
            : await moveSplit(world, target, 'restore', `keep all traffic on ${to.service} (the release had passed its hold)`);
        outcome = !moved
            ? `weights verified: ${describeSplit(route.split)}; nothing to restore`
            : moved.done
                ? `the main step left traffic at ${describeSplit(route.split)}; now ${describeSplit(moved.value.split)} (read back)`
                : moved.refused;
    }
    else {
        const restored = await restoreColors(world, to, from, 'restore', 'the post step after the main step stopped', ctx);
        const after = restored.reading
            ? describeSplit(Object.fromEntries(world.colors.map((c) => [c.targetGroupArn, restored.reading.shares[c.service] ?? 0])))
            : '';
        outcome = !restored.back
            ? restored.detail
            : sameSplit(route.split, target)
                ? `weights verified: ${describeSplit(route.split)}; nothing to restore`
                : `the main step left traffic at ${describeSplit(route.split)}; restored to ${after} (read back)`;
    }
    ctx.io.info(outcome);
    const released = await releaseLease(store, ctx.me, [BAKE_STABLE_TAG]);
    ctx.io.info(`lease: ${released}`);
    return promoted
        ? 'the release had passed its hold: kept'
        : 'the release had not passed its hold: traffic back on stable';
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
function errors_awsErrorKind(err) {
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
        return errors_awsErrorKind(e.cause) === 'transient' ? 'transient' : 'other';
    return 'other';
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTasksCommand.js


class ListTasksCommand extends command(_ep0, _mw0, "ListTasks", schemas_0/* ListTasks$ */.$a_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTasksCommand.js


class DescribeTasksCommand extends command(_ep0, _mw0, "DescribeTasks", schemas_0/* DescribeTasks$ */.Aw_) {
}

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
function failure_explanation_describeStoppedTask(report) {
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
            const { DescribeTargetHealthCommand } = await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 9402));
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
    return `rolled-out:${(0,arns/* serviceNameOf */.Ee)(cluster)}/${service}`.slice(0, 128);
}
/** The tag a rollback leaves on the revision it took the service off: `rolled-back:<cluster>/<service>` = ISO time. */
function history_rolledBackTagKey(cluster, service) {
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
    return tagTime(clients, arn, history_rolledBackTagKey(cluster, service), at);
}
async function tagTime(clients, arn, key, at) {
    try {
        await clients.ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key, value: at.toISOString() }] }));
        return undefined;
    }
    catch (err) {
        return (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
    }
}
/** The time a tag holds, or undefined when it is absent or not a time. */
function history_timeOf(tags, key) {
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
        apiUnavailable = errorMessage(err).split('\n')[0].slice(0, 160);
    }
    const described = new Map();
    for (const entry of await fromTags(clients, cluster, service, family, described))
        keep(entry);
    // Entries from the API still need the revision's commit and status; every entry, whether a rollback left it.
    for (const entry of entries.values()) {
        const revision = described.get(entry.taskDefinitionArn) ?? (await findTaskDefinition(clients, entry.taskDefinitionArn));
        entry.gitSha ??= gitShaOf(revision?.tags);
        entry.status ??= revision?.definition.status;
        entry.rolledBackAt = history_timeOf(revision?.tags, history_rolledBackTagKey(cluster, service));
    }
    return {
        entries: [...entries.values()].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime()),
        apiUnavailable,
    };
}
async function fromServiceDeployments(clients, cluster, service) {
    const listed = await allPages((nextToken) => clients.ecs.send(new ListServiceDeploymentsCommand({ cluster, service, status: ['SUCCESSFUL'], nextToken, maxResults: 100 })), (page) => page.serviceDeployments);
    const deployments = [];
    for (const batch of chunk(listed.map((d) => d.serviceDeploymentArn).filter(Boolean), 20)) {
        deployments.push(...((await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: batch })))
            .serviceDeployments ?? []));
    }
    const revisionArns = [
        ...new Set(deployments.map((d) => d.targetServiceRevision?.arn).filter((a) => Boolean(a))),
    ];
    const taskDefinitionOf = new Map();
    for (const batch of chunk(revisionArns, 20)) {
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
        arns.push(...(await allPages((nextToken) => clients.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status, nextToken })), (page) => page.taskDefinitionArns)));
    }
    const newest = arns
        .filter((arn) => familyOf(arn) === family)
        .sort((a, b) => revisionOf(b) - revisionOf(a))
        .slice(0, TAGGED_REVISIONS_READ);
    const entries = [];
    for (const arn of newest) {
        const revision = await findTaskDefinition(clients, arn);
        if (!revision)
            continue;
        described.set(arn, revision);
        const completedAt = history_timeOf(revision.tags, key);
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

;// CONCATENATED MODULE: ./build/lib/report/markdown.js
/** Small Markdown builders for job summaries: tables, details blocks and Mermaid charts. */
/** Escapes a value for a Markdown table cell. */
function cell(value) {
    const text = value === undefined || value === null || value === '' ? '—' : String(value);
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table; every row has one cell per header. */
function markdown_table(headers, rows) {
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
    return markdown_table(kept.map((i) => headers[i]), rows.map((row) => kept.map((i) => row[i])));
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
function markdown_heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
function markdown_details(summaryText, body) {
    return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n\n`;
}
function codeBlock(text, language = '') {
    return '```' + language + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n\n';
}
/** A Mermaid Gantt chart of spans (GitHub renders Mermaid in job summaries). */
function markdown_ganttChart(title, spans) {
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
            md += table(['Stopped task', 'What the task said'], e.stoppedTasks.map((t) => [t.taskId, describeStoppedTask(t)]));
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServiceDeploymentsCommand.js


class ListServiceDeploymentsCommand_ListServiceDeploymentsCommand extends command(_ep0, _mw0, "ListServiceDeployments", schemas_0/* ListServiceDeployments$ */.aK2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceDeploymentsCommand.js


class DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand extends command(_ep0, _mw0, "DescribeServiceDeployments", schemas_0/* DescribeServiceDeployments$ */.bm1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ContinueServiceDeploymentCommand.js


class ContinueServiceDeploymentCommand extends command(_ep0, _mw0, "ContinueServiceDeployment", schemas_0/* ContinueServiceDeployment$ */.sJF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/StopServiceDeploymentCommand.js


class StopServiceDeploymentCommand extends command(_ep0, _mw0, "StopServiceDeployment", schemas_0/* StopServiceDeployment$ */.F0p) {
}

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
                const listed = await this.clients.ecs.send(new ListServiceDeploymentsCommand_ListServiceDeploymentsCommand({
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
                const answer = await this.clients.ecs.send(new DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand({ serviceDeploymentArns: batch.map((s) => this.arns.get(s)) }));
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
            if (errors_awsErrorKind(err) === 'throttled' || errors_awsErrorKind(err) === 'cancelled')
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
        await clients.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn, hookId, action: 'CONTINUE' }));
        return undefined;
    }
    catch (err) {
        if (errors_awsErrorKind(err) === 'cancelled')
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
                services = await pollServices(clients, cluster, open.map((w) => w.target.service));
            }
            catch (err) {
                const kind = errors_awsErrorKind(err);
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
                const { deploymentId } = await updateService(ctx.clients, {
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
                if (errors_awsErrorKind(err) === 'cancelled' || signal?.aborted) {
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
        const missed = await recordRolledOut(ctx.clients, settings.cluster, result.service, outcome.target.taskDefinitionArn, new Date());
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
    const explanation = await explainFailure(ctx.clients, settings.cluster, outcome.lastSeen, result.taskDefinitionArn, containers);
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
        return ['error', `${what} stopped: ${errorMessage(thrown)}`];
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

;// CONCATENATED MODULE: ./build/lib/traffic/records.js
/**
 * What happened to a color's revision, recorded on the revision itself (task definition tags), so a rollback of two
 * colors decides from facts and not from revision numbers: `served:<cluster>/<service>` when the revision carried
 * all production traffic on that color (a bake's promotion, the stable color when a bake starts, a rollback's flip
 * to it), and `rolled-back:<cluster>/<service>` when a rollback took traffic off it. A revision is a good place to
 * go back to only when it served and was not rolled back from since.
 */




/** The tag of a revision that carried all production traffic on the service (one color of two). */
function servedTagKey(cluster, service) {
    return `served:${(0,arns/* serviceNameOf */.Ee)(cluster)}/${service}`.slice(0, 128);
}
/**
 * Records that `arn` serves all production traffic on `service` now (best effort: says what went wrong, or undefined).
 */
async function recordServed(clients, cluster, service, arn, at) {
    return tag(clients, arn, servedTagKey(cluster, service), at);
}
/** Records that a rollback took production traffic off `arn` on `service` (best effort). */
async function recordLeft(clients, cluster, service, arn, at) {
    return tag(clients, arn, rolledBackTagKey(cluster, service), at);
}
/**
 * What the tags say of a revision on one color: when it last served all traffic, and when it was last rolled back from.
 */
function servedRecord(tags, cluster, service) {
    return {
        servedAt: timeOf(tags, servedTagKey(cluster, service)),
        rolledBackAt: timeOf(tags, rolledBackTagKey(cluster, service)),
    };
}
async function tag(clients, arn, key, at) {
    try {
        await clients.ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key, value: at.toISOString() }] }));
        return undefined;
    }
    catch (err) {
        return (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
    }
}

// EXTERNAL MODULE: ./build/lib/traffic/steps.js
var traffic_steps = __webpack_require__(6757);
;// CONCATENATED MODULE: ./build/lib/traffic/alb/provider.js














/** One bake over two colors; `rollout` is the idle color's rollout, for the report. */
class AlbProvider {
    request;
    bake;
    plannedRoute;
    kind = 'alb';
    plan;
    rollout;
    notes = [];
    world;
    stable;
    canary;
    /** The test route once created, until removed. */
    route;
    constructor(request, observed, bake, clients, ctx, plannedRoute) {
        this.request = request;
        this.bake = bake;
        this.plannedRoute = plannedRoute;
        this.stable = { ...bake.stable };
        this.canary = { ...bake.canary };
        this.world = {
            clients,
            cluster: request.cluster,
            colors: [this.stable, this.canary],
            route: observed.route,
            store: observed.store,
            loadBalancerArn: observed.loadBalancerArn,
            me: ctx.me,
            clock: ctx.clock,
        };
        const name = (c, revision) => `${c.service} (${(0,arns/* shortTaskDefinition */.P5)(revision ?? c.taskDefinition)})`;
        this.plan = {
            steps: [
                { weight: 0, bakeMs: 0 },
                ...bake.shifts.map((s, i) => ({
                    weight: s.weight,
                    bakeMs: i === bake.shifts.length - 1 ? request.holdMs : s.bakeMs,
                })),
            ],
            summary: bake.why,
            revisionBefore: bake.stable.taskDefinition,
            revisionAfter: request.taskDefinition,
            sides: [name(bake.stable), name(bake.canary, request.taskDefinition)],
            testRoute: plannedRoute &&
                `a listener rule (priority ${plannedRoute.priority}) forwarding requests with header ${plannedRoute.header.name} to ${bake.canary.service} only`,
        };
    }
    get testRoute() {
        const route = this.route;
        return (route && {
            header: route.header,
            detail: `header ${route.header.name} → ${this.canary.service} (rule ${route.priority})`,
        });
    }
    /** The canary's and stable's target groups and the load balancer, for the metrics check. */
    get metricsTarget() {
        return {
            canaryTargetGroupArn: this.canary.targetGroupArn,
            stableTargetGroupArn: this.stable.targetGroupArn,
            loadBalancerArn: this.world.loadBalancerArn,
        };
    }
    async claim(ctx) {
        const { io, clock } = ctx;
        const { request, bake } = this;
        const ttlMs = request.waitTimeoutMs * 2 +
            (0,traffic_steps/* totalBakeMs */._m)(bake.shifts) +
            request.maxExtensionMs * bake.shifts.length +
            request.holdMs +
            30 * 60_000;
        // A live lease of another run refuses here, having changed nothing.
        const acquired = await acquireLease(this.world.store, ctx.me, { ttlMs, takeOverStale: true, clock });
        if (acquired.tookOver) {
            this.notes.push(`took over a stale lease of ${describeLease(acquired.tookOver)}`);
            io.warning(`the rule had a stale lease of ${describeLease(acquired.tookOver)}: taking it over`);
        }
        try {
            await this.world.store.write({ [BAKE_STABLE_TAG]: this.stable.targetGroupArn });
        }
        catch (err) {
            // Nothing moved yet: let go of the lease, or it would refuse every other bake until it expires.
            await releaseLease(this.world.store, ctx.me).catch(() => undefined);
            throw err;
        }
    }
    async start(ctx) {
        const { io, clock } = ctx;
        const { request, bake } = this;
        // The stable color carries all traffic now: the fact a later rollback to it rests on.
        if (!bake.leftover && this.stable.taskDefinition)
            await recordServed(ctx.clients, request.cluster, this.stable.service, this.stable.taskDefinition, new Date(clock.now()));
        if (bake.leftover) {
            io.warning(bake.leftover.why);
            this.notes.push(bake.leftover.why);
            const back = await moveSplit(this.world, bake.restore, 'lease', `put the split an earlier bake left back on ${this.stable.service}`);
            if (!back.done)
                return { done: false, refused: back.refused };
        }
        if (bake.rollOut) {
            const rolled = await this.rollCanaryOut(ctx);
            if (rolled)
                return { done: false, refused: rolled };
        }
        try {
            const health = judgeHealth(await waitForHealthyTargets(ctx.clients.elbv2, this.canary.targetGroupArn, {
                timeoutMs: request.waitTimeoutMs,
                intervalMs: request.pollIntervalMs,
                clock,
                signal: ctx.signal,
            }));
            io.info(`${this.canary.service} is healthy: ${health.reason}`);
        }
        catch (err) {
            return { done: false, refused: `${this.canary.service}'s targets did not turn healthy: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        if (this.plannedRoute) {
            const opened = await this.openTestRoute(this.plannedRoute, ctx);
            if (opened)
                return { done: false, refused: opened };
        }
        return { done: true, reading: await this.read(ctx) };
    }
    /**
     * Creates the test route, guarded: this run's lease, the canary's tasks running and its targets healthy. Says why
     * not.
     */
    async openTestRoute(planned, ctx) {
        // Saved before the rule exists: a job killed between the two leaves a rule its post step finds by its tag.
        ctx.saveTestRoute?.(planned);
        const proofs = [
            leaseProof(this.world.store, ctx.me, ctx.clock),
            tasksProof(ctx.clients, this.request.cluster, this.canary.service),
            healthyTargetsProof(ctx.clients.elbv2, this.canary.targetGroupArn),
        ];
        const created = await createTestRoute(ctx.clients.elbv2, planned, proofs);
        if (!created.done)
            return `${created.refused}; no production traffic was moved`;
        this.route = created.route;
        ctx.saveTestRoute?.(created.route);
        ctx.io.info(`test route: ${this.testRoute.detail}, created (read back); canary checks carry the header`);
        return undefined;
    }
    /** Removes the test route if this run made one; a failure is a warning (the post step tries again). */
    async closeTestRoute(ctx, notes = this.notes) {
        const route = this.route;
        if (!route)
            return;
        try {
            const said = await removeTestRoute(ctx.clients.elbv2, route);
            this.route = undefined;
            ctx.saveTestRoute?.(undefined);
            ctx.io.info(said);
        }
        catch (err) {
            ctx.io.warning(`could not remove the canary's test route ${route.ruleArn} (${(0,errors/* errorMessage */.gJ)(err)}); the post step tries again`);
            notes.push(`the test route ${route.ruleArn} was left (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
    }
    async read(ctx) {
        const now = await observeRoute(ctx.clients.elbv2, this.world.route.route);
        if (sameSplit(now.split, this.world.route.split))
            return this.readingOf(now.split);
        // Moved by another hand: say whose, when the lease says (one more read, only then).
        const lease = await inspectLease(this.world.store, ctx.me, new Date(ctx.clock.now())).catch(() => undefined);
        const moved = `the rule's weights were changed outside this run: ${describeSplit(now.split)}, not ${describeSplit(this.world.route.split)}`;
        if (lease?.state !== 'held')
            return this.readingOf(now.split, moved);
        const holder = describeLease(lease.lease);
        return this.readingOf(now.split, `the rule's lease is no longer this run's (held by ${holder}): ${moved}; traffic left as it is: ${holder} holds the rule's lease now and owns its traffic`);
    }
    async advance(index, ctx) {
        const shift = this.bake.shifts[index - 1];
        const moved = await moveSplit(this.world, shift.split, 'lease', `shift ${shift.weight}% to ${this.canary.service}`, ctx.signal);
        return moved.done
            ? { done: true, reading: this.readingOf(moved.value.split) }
            : { done: false, refused: moved.refused, reading: await this.read(ctx).catch(() => undefined) };
    }
    async restore(reason, ctx) {
        try {
            return await this.restoreSplit(reason, ctx);
        }
        catch (err) {
            throw new Error(`the rule could not be read or changed (${(0,errors/* errorMessage */.gJ)(err)}). Check the weights of ${describeRoute(this.world.route.route)}: all traffic belongs on ${this.stable.service}; the post step tries again`, { cause: err });
        }
    }
    async restoreSplit(reason, ctx) {
        const target = this.bake.restore;
        let split = (await observeRoute(ctx.clients.elbv2, this.world.route.route)).split;
        if (!sameSplit(split, target)) {
            // No abort signal: this one write must go out even while the job is being cancelled.
            const moved = await moveSplit(this.world, target, 'restore', `put all traffic back on ${this.stable.service} (${reason})`);
            if (!moved.done)
                return {
                    back: false,
                    detail: `${moved.refused}; traffic left as read: ${describeSplit(split)}`,
                    reading: this.readingOf(split),
                };
            split = moved.value.split;
        }
        ctx.io.info(`traffic restored: ${describeSplit(split)} (read back)`);
        const at = ctx.clock.now();
        // Gone before the canary is scaled in: it forwards to the canary's group, and the scale-in waits for no rule to.
        await this.closeTestRoute(ctx);
        // The canary's in-flight requests finish before its tasks go; a cancel leaves it up for the post step to scale in.
        const cut = this.canary.desiredCount === 0 ? undefined : await drainColor(this.world, this.canary, ctx.io, ctx.signal);
        if (cut)
            this.notes.push(`${this.canary.service} left up: ${cut} (the post step scales it in)`);
        else
            await this.scaleIn(this.canary, ctx);
        return {
            back: true,
            detail: `traffic restored: all traffic on ${this.stable.service} (${describeSplit(split)}, read back)`,
            reading: this.readingOf(split),
            at,
            unfinished: cut && `${this.canary.service} is still up`,
        };
    }
    async finish(ctx) {
        const notes = [];
        const promotedSplit = splitFor(this.canary.targetGroupArn, this.stable.targetGroupArn, 0);
        if (this.canary.taskDefinition && this.request.taskDefinition) {
            const missed = await recordServed(ctx.clients, this.request.cluster, this.canary.service, this.request.taskDefinition, new Date(ctx.clock.now()));
            if (missed)
                notes.push(`could not record that ${(0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition)} served (${missed}): a rollback will not take it for a release that served`);
        }
        await this.closeTestRoute(ctx, notes);
        await this.drain(ctx, notes);
        // Scaled in only through the guard: a rollback or an abort that took the rule during the drain keeps its color.
        if (!ctx.signal.aborted)
            await this.scaleIn(this.stable, ctx, notes);
        // Promoted only when read back so, and still this run's: another run that took the lease owns what happens next.
        const [now, lost] = await Promise.all([
            observeRoute(ctx.clients.elbv2, this.world.route.route).catch(() => undefined),
            leaseProof(this.world.store, ctx.me, ctx.clock)().catch((err) => `the lease could not be read (${(0,errors/* errorMessage */.gJ)(err)})`),
        ]);
        const reading = now && this.readingOf(now.split, lost);
        const kept = now !== undefined && sameSplit(now.split, promotedSplit) && lost === undefined;
        const detail = kept
            ? `all traffic on ${this.canary.service} (read back)`
            : lost
                ? `during the drain: ${lost}; traffic as read: ${reading?.detail ?? 'unknown'}`
                : `traffic is no longer all on ${this.canary.service}: ${reading?.detail ?? 'the rule could not be read'}`;
        return { promoted: kept, detail, reading, notes };
    }
    async release(ctx) {
        // Whatever happened: a test route this run made goes (it is this run's, lease or not).
        await this.closeTestRoute(ctx);
        const released = await releaseLease(this.world.store, ctx.me, [BAKE_STABLE_TAG]);
        // Lost to another run (an abort, a rollback): this run's record of its stable color is void; the lease is theirs.
        if (released === 'held-by-other' &&
            (await this.world.store.readAll())[BAKE_STABLE_TAG] === this.stable.targetGroupArn)
            await this.world.store.remove([BAKE_STABLE_TAG]);
        ctx.io.info(`lease: ${released}`);
    }
    resumeState() {
        const state = {
            cluster: this.request.cluster,
            route: this.world.route,
            loadBalancerArn: this.world.loadBalancerArn,
            stable: this.stable,
            canary: this.canary,
        };
        return { ...state };
    }
    /**
     * Rolls the idle color onto the revision (a guarded scale-up: the lease, and the color as observed); says why not, or
     * undefined.
     */
    async rollCanaryOut(ctx) {
        const { request, bake, canary } = this;
        const observed = (await describeServices(ctx.clients, request.cluster, [canary.service])).get(canary.service);
        const result = await guardedWrite({
            what: `roll ${canary.service} onto ${(0,arns/* shortTaskDefinition */.P5)(request.taskDefinition)} with ${bake.desiredCount} task(s)`,
            proofs: [leaseProof(this.world.store, ctx.me, ctx.clock)],
            send: async () => {
                const report = await rollOut([
                    {
                        service: canary.service,
                        observed,
                        update: { taskDefinitionArn: request.taskDefinition, desiredCount: bake.desiredCount },
                    },
                ], {
                    cluster: request.cluster,
                    wait: true,
                    timeoutMs: request.waitTimeoutMs,
                    intervalMs: request.pollIntervalMs,
                }, { clients: ctx.clients, io: ctx.io, signal: ctx.signal, clock: ctx.clock, actionName: 'bake-and-promote' });
                this.rollout = report.results;
                if (report.cancelled)
                    throw Object.assign(new Error(`cancelled while rolling ${canary.service} out: ${report.cancelled.message}`), {
                        name: 'CancelledError',
                    });
            },
            readBack: async () => this.rollout?.[0],
        });
        if (!result.done)
            return result.refused;
        // From here the canary's desired count is the one this run set: the expectation of its later scale-in.
        canary.desiredCount = bake.desiredCount;
        canary.taskDefinition = request.taskDefinition;
        const rolled = result.value;
        if (rolled?.status !== 'succeeded')
            return `${canary.service} did not roll out onto ${(0,arns/* shortTaskDefinition */.P5)(request.taskDefinition)}: ${rolled?.reason ?? rolled?.status}; no traffic was shifted`;
        return undefined;
    }
    /** Waits out the old group's deregistration delay (less the hold, which already kept it up). */
    async drain(ctx, notes) {
        const cut = await drainColor(this.world, this.stable, ctx.io, ctx.signal, this.request.holdMs);
        if (cut)
            notes.push(`${cut}: ${this.stable.service} stays up`);
    }
    /** Scales a color in through the guard; a refusal is a note (the color stays up), never an outage. */
    async scaleIn(color, ctx, notes = this.notes) {
        try {
            const scaled = await scaleColor(this.world, color, 0, `scale ${color.service} in to 0 tasks`);
            if (scaled.done) {
                ctx.io.info(`${color.service} scaled in to 0 tasks`);
                color.desiredCount = 0;
            }
            else {
                ctx.io.warning(scaled.refused);
                notes.push(`${color.service} left up: ${scaled.refused}`);
            }
        }
        catch (err) {
            ctx.io.warning(`could not scale ${color.service} in: ${(0,errors/* errorMessage */.gJ)(err)}`);
            notes.push(`${color.service} left up: scaling it in failed (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
    }
    readingOf(split, lost) {
        const weight = percentOf(split, this.canary.targetGroupArn);
        return {
            weight,
            shares: { [this.stable.service]: percentOf(split, this.stable.targetGroupArn), [this.canary.service]: weight },
            waiting: true,
            lost,
            detail: `${describeSplit(split)} (${shortTargetGroup(this.canary.targetGroupArn)} is the new version)`,
        };
    }
}

;// CONCATENATED MODULE: ./build/lib/traffic/alb/index.js
/**
 * Two colors behind weighted ALB rules, as one provider module: open a request, or resume a release after a dead job.
 */






const albProvider = {
    async open(request, ctx) {
        const observed = await ctx.io.group(`Read ${request.services.join(' and ')} and the rule`, () => observeAlb(ctx.clients, request.cluster, request.services, request.route, ctx.me, new Date(ctx.clock.now())));
        const plan = planAlb(request.mode, request.taskDefinition, request.steps, observed.pair);
        const shares = sharesOf(observed.pair.colors, observed.route.split);
        switch (plan.action) {
            case 'status':
                return { action: 'status', summary: albStatus(observed, plan.summary), shares };
            case 'nothing':
                return { action: 'nothing', why: plan.why, shares };
            case 'restore': {
                const ttlMs = 2 * request.waitTimeoutMs + 10 * 60_000;
                return {
                    action: 'abort',
                    why: plan.why,
                    revisionBefore: plan.stable.taskDefinition,
                    run: async (run) => ({ ...(await abortAlb(run.clients, request.cluster, observed, plan, run, ttlMs)) }),
                };
            }
            case 'bake': {
                // Planned here, read only: a listener with no free priority before the production rule is refused before any
                // change.
                const testRoute = request.testRoute
                    ? await planTestRoute(ctx.clients.elbv2, observed.route.route, plan.canary.targetGroupArn, ctx.me)
                    : undefined;
                return { action: 'bake', provider: new AlbProvider(request, observed, plan, ctx.clients, ctx, testRoute) };
            }
            default:
                throw new errors/* PlanError */.W6('the ALB plan could not be made');
        }
    },
    post: (resume, phase, ctx) => resumeAlbPost(ctx.clients, resume, phase === 'promoted', ctx),
};

;// CONCATENATED MODULE: ./build/lib/codedeploy/appspec.js
/**
 * The AppSpec of an ECS deployment: which task definition, which container and port the load balancer sends
 * traffic to, and the Lambda hooks CodeDeploy calls on the way. Checked against the task definition before it is
 * registered (CodeDeploy only finds a wrong container or port once the replacement task set fails to attach);
 * rendered as JSON with the sha256 CodeDeploy wants beside AppSpecContent. Pure.
 */


/** The lifecycle events of an ECS deployment that may run a Lambda hook, in the order CodeDeploy runs them. */
const ECS_HOOK_EVENTS = [
    'BeforeInstall',
    'AfterInstall',
    'AfterAllowTestTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
];
/** The container and port a CODE_DEPLOY service's load balancer names: the AppSpec's default. */
function appSpecTargetOfService(service) {
    const lb = service.loadBalancers?.find((l) => l.containerName && l.containerPort);
    return lb ? { containerName: lb.containerName, containerPort: lb.containerPort } : undefined;
}
/**
 * Throws one ConfigurationError when the container is not in the task definition, the port is not one of its
 * container ports, or a hook is empty. `inputs` names the inputs the values came from, for the message.
 */
function checkAppSpecTarget(target, taskDefinition, inputs = {
    container: 'container-name',
    port: 'container-port',
    hooks: 'hooks',
}) {
    const family = taskDefinition.family ? `task definition "${taskDefinition.family}"` : 'the task definition';
    const containers = (taskDefinition.containerDefinitions ?? []).filter((c) => c.name);
    const container = containers.find((c) => c.name === target.containerName);
    if (!container) {
        const names = containers.map((c) => c.name).join(', ') || 'none';
        throw errors/* ConfigurationError */.j1.value(inputs.container, target.containerName, `a container of ${family} (it has: ${names})`);
    }
    if (!Number.isInteger(target.containerPort) || target.containerPort < 1 || target.containerPort > 65535) {
        throw errors/* ConfigurationError */.j1.value(inputs.port, String(target.containerPort), 'a port number from 1 to 65535');
    }
    const ports = (container.portMappings ?? []).map((p) => p.containerPort).filter((p) => p !== undefined);
    if (!ports.includes(target.containerPort)) {
        throw errors/* ConfigurationError */.j1.value(inputs.port, String(target.containerPort), `a container port of "${target.containerName}" in ${family} (it maps: ${ports.join(', ') || 'no ports'})`);
    }
    for (const [event, fn] of Object.entries(target.hooks ?? {})) {
        if (!ECS_HOOK_EVENTS.includes(event))
            throw errors/* ConfigurationError */.j1.value(inputs.hooks, event, `one of the ECS hook events ${ECS_HOOK_EVENTS.join(', ')}`);
        if (!fn?.trim())
            throw new errors/* ConfigurationError */.j1(inputs.hooks, `${event} names no Lambda function`, 'give a function name or ARN, or leave the event out');
    }
}
/** Renders the AppSpec JSON for a registered task definition, with its sha256. */
function renderAppSpec(taskDefinitionArn, target) {
    const properties = {
        TaskDefinition: taskDefinitionArn,
        LoadBalancerInfo: { ContainerName: target.containerName, ContainerPort: target.containerPort },
    };
    if (target.platformVersion)
        properties.PlatformVersion = target.platformVersion;
    const appSpec = {
        version: 0.0,
        Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: properties } }],
    };
    const hooks = ECS_HOOK_EVENTS.filter((event) => target.hooks?.[event]).map((event) => ({
        [event]: target.hooks[event].trim(),
    }));
    if (hooks.length)
        appSpec.Hooks = hooks;
    // AWS's examples write version 0.0; JSON.stringify would write 0.
    const content = JSON.stringify(appSpec).replace('"version":0,', '"version":0.0,');
    return { content, sha256: (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex') };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/endpoint/EndpointParameters.js
var endpoint_EndpointParameters = __webpack_require__(1176);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commandBuilder.js



const commandBuilder_command = (0,client.makeBuilder)(endpoint_EndpointParameters/* commonParams */.S, "CodeDeploy_20141006", "CodeDeployClient", endpoints.getEndpointPlugin);
const commandBuilder_ep0 = {};
const commandBuilder_mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/schemas/schemas_0.js + 2 modules
var dist_es_schemas_schemas_0 = __webpack_require__(9117);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentCommand.js


class CreateDeploymentCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "CreateDeployment", dist_es_schemas_schemas_0/* CreateDeployment$ */.KTk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentsCommand.js


class ListDeploymentsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "ListDeployments", dist_es_schemas_schemas_0/* ListDeployments$ */.vtI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentCommand.js


class GetDeploymentCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "GetDeployment", dist_es_schemas_schemas_0/* GetDeployment$ */.EHZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentTargetsCommand.js


class ListDeploymentTargetsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "ListDeploymentTargets", dist_es_schemas_schemas_0/* ListDeploymentTargets$ */.ELS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentTargetCommand.js


class GetDeploymentTargetCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "GetDeploymentTarget", dist_es_schemas_schemas_0/* GetDeploymentTarget$ */.PQs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ContinueDeploymentCommand.js


class ContinueDeploymentCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "ContinueDeployment", dist_es_schemas_schemas_0/* ContinueDeployment$ */.z9q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/StopDeploymentCommand.js


class StopDeploymentCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "StopDeployment", dist_es_schemas_schemas_0/* StopDeployment$ */.YCL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupsCommand.js


class DescribeTargetGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetGroups", schemas_schemas_0/* DescribeTargetGroups$ */.Z$r) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentConfigCommand.js


class GetDeploymentConfigCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "GetDeploymentConfig", dist_es_schemas_schemas_0/* GetDeploymentConfig$ */.QGv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentConfigCommand.js


class CreateDeploymentConfigCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "CreateDeploymentConfig", dist_es_schemas_schemas_0/* CreateDeploymentConfig$ */.IlB) {
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/traffic-routing.js


const MINUTE_MS = 60_000;
/** The ECS configurations every account has. */
const BUILT_IN_ECS_CONFIGS = [
    { name: 'CodeDeployDefault.ECSAllAtOnce', routing: { type: 'all-at-once' }, builtIn: true },
    {
        name: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
        routing: { type: 'canary', percent: 10, intervalMinutes: 5 },
        builtIn: true,
    },
    {
        name: 'CodeDeployDefault.ECSCanary10Percent15Minutes',
        routing: { type: 'canary', percent: 10, intervalMinutes: 15 },
        builtIn: true,
    },
    {
        name: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
        routing: { type: 'linear', percent: 10, intervalMinutes: 1 },
        builtIn: true,
    },
    {
        name: 'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
        routing: { type: 'linear', percent: 10, intervalMinutes: 3 },
        builtIn: true,
    },
];
/** The name this project gives a configuration it creates, e.g. `ecs-fargate-actions.Canary10Percent10Minutes`. */
function configNameFor(routing) {
    if (routing.type === 'all-at-once')
        return 'CodeDeployDefault.ECSAllAtOnce';
    const shape = routing.type === 'canary'
        ? `Canary${routing.percent}Percent${routing.intervalMinutes}Minutes`
        : `Linear${routing.percent}PercentEvery${routing.intervalMinutes}Minutes`;
    return `ecs-fargate-actions.${shape}`;
}
/**
 * The configuration that shifts traffic as `steps` says: a built-in one when it matches, else one this project
 * names (to be found or created). Throws a ConfigurationError naming `input` for steps CodeDeploy cannot express.
 */
function configForSteps(steps, input = 'steps') {
    const routing = routingForSteps(steps, input);
    const builtIn = BUILT_IN_ECS_CONFIGS.find((c) => sameRouting(c.routing, routing));
    return builtIn ?? { name: configNameFor(routing), routing, builtIn: false };
}
function routingForSteps(steps, input) {
    const given = (0,traffic_steps/* describeSteps */.N$)(steps);
    const refuse = (problem) => new errors/* ConfigurationError */.j1(input, `${JSON.stringify(given)}: ${problem}; CodeDeploy shifts all at once (\`100%\`), as a canary (\`10%:10m, 100%\`) or linearly in equal steps with equal bakes (\`25%:5m, 50%:5m, 75%:5m, 100%\`), with bakes in whole minutes`);
    if (steps.length === 1)
        return { type: 'all-at-once' };
    const baking = steps.slice(0, -1);
    for (const step of baking) {
        if (step.bakeMs % MINUTE_MS !== 0)
            throw refuse(`the bake at ${step.weight}% is not a whole number of minutes`);
        if (step.weight < 1 || step.weight > 99)
            throw refuse(`a step of ${step.weight}% cannot be shifted (CodeDeploy takes 1 to 99% before the final 100%)`);
    }
    const intervalMinutes = baking[0].bakeMs / MINUTE_MS;
    if (baking.length === 1)
        return { type: 'canary', percent: baking[0].weight, intervalMinutes };
    const percent = baking[0].weight;
    const linear = baking.every((step, i) => step.weight === percent * (i + 1) && step.bakeMs === baking[0].bakeMs) &&
        percent * (baking.length + 1) >= 100;
    if (!linear)
        throw refuse('these steps are neither one canary step nor equal linear steps with equal bakes');
    return { type: 'linear', percent, intervalMinutes };
}
/** The steps a routing walks through (the final 100% without a bake), for summaries and charts. */
function stepsOfRouting(routing) {
    if (routing.type === 'all-at-once')
        return [{ weight: 100, bakeMs: 0 }];
    const bakeMs = routing.intervalMinutes * MINUTE_MS;
    if (routing.type === 'canary')
        return [
            { weight: routing.percent, bakeMs },
            { weight: 100, bakeMs: 0 },
        ];
    const steps = [];
    for (let weight = routing.percent; weight < 100; weight += routing.percent)
        steps.push({ weight, bakeMs });
    return [...steps, { weight: 100, bakeMs: 0 }];
}
/** What CodeDeploy's CreateDeploymentConfig takes for a routing. */
function trafficRoutingConfigOf(routing) {
    if (routing.type === 'all-at-once')
        return { type: 'AllAtOnce' };
    if (routing.type === 'canary')
        return {
            type: 'TimeBasedCanary',
            timeBasedCanary: { canaryPercentage: routing.percent, canaryInterval: routing.intervalMinutes },
        };
    return {
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: routing.percent, linearInterval: routing.intervalMinutes },
    };
}
/** Reads CodeDeploy's routing back (GetDeploymentConfig); undefined when it is not an ECS traffic routing. */
function routingOf(config) {
    if (!config?.type || config.type === 'AllAtOnce')
        return config?.type ? { type: 'all-at-once' } : undefined;
    if (config.type === 'TimeBasedCanary' && config.timeBasedCanary) {
        return {
            type: 'canary',
            percent: config.timeBasedCanary.canaryPercentage ?? 0,
            intervalMinutes: config.timeBasedCanary.canaryInterval ?? 0,
        };
    }
    if (config.type === 'TimeBasedLinear' && config.timeBasedLinear) {
        return {
            type: 'linear',
            percent: config.timeBasedLinear.linearPercentage ?? 0,
            intervalMinutes: config.timeBasedLinear.linearInterval ?? 0,
        };
    }
    return undefined;
}
function sameRouting(a, b) {
    return (a.type === b.type &&
        (a.type === 'all-at-once' ||
            (b.type !== 'all-at-once' && a.percent === b.percent && a.intervalMinutes === b.intervalMinutes)));
}
/** One line, e.g. "canary 10% for 10 minutes, then 100%", for logs and summaries. */
function describeRouting(routing) {
    if (routing.type === 'all-at-once')
        return 'all at once';
    if (routing.type === 'canary')
        return `canary ${routing.percent}% for ${routing.intervalMinutes} min, then 100%`;
    return `linear ${routing.percent}% every ${routing.intervalMinutes} min`;
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/deployment-config.js
/**
 * Which deployment configuration a deployment uses: the group's own, or one that shifts traffic as the `steps`
 * input says (a built-in one, an existing one of the same routing, or one to create). Finding it is read only;
 * creating it waits until everything else has been checked.
 */



async function getConfig(clients, name) {
    try {
        return (await clients.codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: name })))
            .deploymentConfigInfo;
    }
    catch (err) {
        if (err.name === 'DeploymentConfigDoesNotExistException')
            return undefined;
        throw err;
    }
}
/**
 * Chooses the configuration (read only). With steps: the matching built-in, or the one this project names for
 * that routing when it exists with the same routing, or it is to be created; a configuration of that name with
 * another routing, or steps CodeDeploy cannot express, is a ConfigurationError naming `input`. Without steps: the
 * group's own, which must be an ECS traffic routing (PlanError otherwise).
 */
async function resolveDeploymentConfig(clients, group, steps, input = 'steps') {
    if (steps) {
        const choice = configForSteps(steps, input);
        if (choice.builtIn)
            return { name: choice.name, routing: choice.routing, source: 'steps', create: false };
        const found = await getConfig(clients, choice.name);
        if (!found)
            return { name: choice.name, routing: choice.routing, source: 'steps', create: true };
        const routing = routingOf(found.trafficRoutingConfig);
        if (found.computePlatform !== 'ECS' || !routing || !sameRouting(routing, choice.routing)) {
            const has = routing
                ? describeRouting(routing)
                : `no ECS traffic routing (compute platform ${found.computePlatform ?? 'unknown'})`;
            throw new errors/* ConfigurationError */.j1(input, `the deployment configuration "${choice.name}" these steps map to already exists with ${has}, not ${describeRouting(choice.routing)}`, 'delete or rename that configuration');
        }
        return { name: choice.name, routing, source: 'steps', create: false };
    }
    const name = group.deploymentConfigName;
    const builtIn = BUILT_IN_ECS_CONFIGS.find((c) => c.name === name);
    if (builtIn)
        return { name, routing: builtIn.routing, source: 'group', create: false };
    const found = await getConfig(clients, name);
    const routing = routingOf(found?.trafficRoutingConfig);
    if (!found || !routing) {
        throw new errors/* PlanError */.W6(`deployment group ${group.applicationName}/${group.deploymentGroupName} names deployment configuration "${name}", which ${found ? 'has no ECS traffic routing' : 'does not exist'}; give \`steps\` or fix the group`);
    }
    return { name, routing, source: 'group', create: false };
}
/** Creates the chosen configuration when it is missing (a concurrent run that created the same one is fine). */
async function ensureDeploymentConfig(clients, plan) {
    if (!plan.create)
        return;
    try {
        await clients.codedeploy.send(new CreateDeploymentConfigCommand({
            deploymentConfigName: plan.name,
            computePlatform: 'ECS',
            trafficRoutingConfig: trafficRoutingConfigOf(plan.routing),
        }));
    }
    catch (err) {
        if (err.name !== 'DeploymentConfigAlreadyExistsException')
            throw err;
        const found = await getConfig(clients, plan.name);
        const routing = routingOf(found?.trafficRoutingConfig);
        if (!routing || !sameRouting(routing, plan.routing))
            throw new errors/* PlanError */.W6(`deployment configuration "${plan.name}" appeared meanwhile with ${routing ? describeRouting(routing) : 'another routing'}`);
    }
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/verdict.js
/** The two task sets of a deployment's own target, by its labels (which a deployment's own target documents). */
function setsOf(target) {
    const blue = target?.taskSetsInfo?.find((t) => t.taskSetLabel === 'Blue');
    const green = target?.taskSetsInfo?.find((t) => t.taskSetLabel === 'Green');
    if (!blue && !green)
        return undefined;
    return {
        originalId: blue?.identifer,
        originalTargetGroup: blue?.targetGroup?.name,
        replacementId: green?.identifer,
        replacementTargetGroup: green?.targetGroup?.name,
    };
}
/**
 * The task set of `target` that is the deployment's replacement (or original): by ID, else target group, else label.
 */
function taskSetOf(target, sets, which) {
    const id = which === 'original' ? sets?.originalId : sets?.replacementId;
    const group = which === 'original' ? sets?.originalTargetGroup : sets?.replacementTargetGroup;
    const all = target?.taskSetsInfo ?? [];
    return ((id && all.find((t) => t.identifer === id)) ||
        (group && all.find((t) => t.targetGroup?.name === group)) ||
        (sets ? undefined : all.find((t) => t.taskSetLabel === (which === 'original' ? 'Blue' : 'Green'))));
}
/**
 * The replacement's share of production traffic in `target` (0 without one), its task set found as `taskSetOf` does.
 */
function greenWeight(target, sets) {
    return taskSetOf(target, sets ?? setsOf(target), 'replacement')?.trafficWeight ?? 0;
}
/** The termination wait has begun, by facts AWS documents: see DeploymentVerdict.terminationWait. */
function terminationWaitStarted(o) {
    const d = o.deployment;
    if (d.status !== 'InProgress' && d.status !== 'Baking')
        return false;
    if (d.instanceTerminationWaitTimeStarted)
        return true;
    const target = o.target;
    if (!target || greenWeight(target, o.sets) < 100)
        return false;
    const afterAllowTraffic = target.lifecycleEvents?.find((e) => e.lifecycleEventName === 'AfterAllowTraffic')?.status === 'Succeeded';
    return target.status === 'Succeeded' || afterAllowTraffic;
}
function reasonOf(d) {
    const error = d.errorInformation?.message
        ? `${d.errorInformation.code ? `${d.errorInformation.code}: ` : ''}${d.errorInformation.message}`
        : '';
    const rollback = d.rollbackInfo?.rollbackMessage ?? '';
    const messages = (d.deploymentStatusMessages ?? []).join('; ');
    return [`CodeDeploy deployment ${d.deploymentId ?? ''} is ${d.status ?? 'unknown'}`, error, rollback, messages]
        .filter(Boolean)
        .join(': ');
}
function rollbackState(o) {
    const id = o.deployment.rollbackInfo?.rollbackDeploymentId;
    if (!id)
        return 'none';
    const status = o.rollbackDeployment?.status;
    if (status === 'Succeeded')
        return 'rolled-back';
    if (status === 'Failed' || status === 'Stopped')
        return 'rollback-failed';
    return 'rolling-back';
}
/** Judges one look. */
function judgeDeployment(o) {
    const d = o.deployment;
    // Once CodeDeploy rolls back, its rollback deployment's target says where traffic is now (its sets found by ID).
    const sets = o.sets ?? setsOf(o.target);
    const weight = greenWeight(o.rollbackTarget ?? o.target, sets);
    const testWeight = o.target ? testWeightOf(o.target) : undefined;
    const base = { weight, testWeight, reason: reasonOf(d) };
    switch (d.status) {
        case 'Succeeded':
            return { ...base, phase: 'succeeded', done: true, rollback: 'none' };
        case 'Failed':
        case 'Stopped': {
            const rollback = rollbackState(o);
            return {
                ...base,
                phase: d.status === 'Failed' ? 'failed' : 'stopped',
                done: rollback !== 'rolling-back',
                rollback,
            };
        }
        case 'Ready':
            return { ...base, phase: 'ready', done: false, rollback: 'none' };
        case 'Baking':
        case 'InProgress':
            if (terminationWaitStarted({ ...o, sets }) || weight >= 100)
                return {
                    ...base,
                    phase: 'draining',
                    done: false,
                    rollback: 'none',
                    terminationWait: terminationWaitStarted({ ...o, sets }),
                };
            return { ...base, phase: weight > 0 ? 'shifting' : 'in-progress', done: false, rollback: 'none' };
        default:
            return { ...base, phase: 'in-progress', done: false, rollback: 'none' };
    }
}
/**
 * The API has no test-traffic weight: the test listener moves to the replacement, wholly, when AllowTestTraffic
 * succeeds.
 */
function testWeightOf(target) {
    const event = target.lifecycleEvents?.find((e) => e.lifecycleEventName === 'AllowTestTraffic');
    return event?.status === 'Succeeded' ? 100 : 0;
}
/** One line for logs and the summary, e.g. "shifting: 10% on the replacement". */
function describeVerdict(v) {
    const rollback = v.rollback === 'none' ? '' : `; rollback ${v.rollback.replace('-', ' ')}`;
    switch (v.phase) {
        case 'ready':
            return `ready: replacement up with test traffic, waiting for ContinueDeployment${rollback}`;
        case 'shifting':
            return `shifting: ${v.weight}% on the replacement${rollback}`;
        case 'draining':
            return `all traffic on the replacement; original task set kept until its termination wait ends${rollback}`;
        default:
            return `${v.phase}${v.phase === 'in-progress' ? '' : `: ${v.reason}`}${rollback}`;
    }
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/deployments.js
/**
 * The AWS side of one CodeDeploy ECS deployment: start it, look at it (the deployment, its ECS target, the
 * rollback deployment once there is one), continue it past the ready wait, stop it with rollback, and check
 * afterwards that the original task set carries all production traffic again.
 */





/** Creates the configuration if it is missing, then the deployment; returns the deployment ID. */
async function startDeployment(clients, start, signal) {
    await ensureDeploymentConfig(clients, start.config);
    const created = await clients.codedeploy.send(new CreateDeploymentCommand({
        applicationName: start.group.applicationName,
        deploymentGroupName: start.group.deploymentGroupName,
        deploymentConfigName: start.config.name,
        description: start.description?.slice(0, 1000),
        revision: {
            revisionType: 'AppSpecContent',
            appSpecContent: { content: start.appSpec.content, sha256: start.appSpec.sha256 },
        },
    }), { abortSignal: signal });
    if (!created.deploymentId)
        throw new Error(`CreateDeployment for ${start.group.applicationName}/${start.group.deploymentGroupName} returned no deployment ID`);
    return created.deploymentId;
}
/** Statuses of a deployment that still holds its group (CodeDeploy runs one at a time per group). */
const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'];
/** The group's deployment in flight, if any (read only): a new CreateDeployment would be refused while it runs. */
async function activeDeployment(clients, group) {
    const listed = await clients.codedeploy.send(new ListDeploymentsCommand({
        applicationName: group.applicationName,
        deploymentGroupName: group.deploymentGroupName,
        includeOnlyStatuses: [...ACTIVE_STATUSES],
    }));
    return listed.deployments?.[0];
}
async function getDeployment(clients, deploymentId, signal) {
    const info = (await clients.codedeploy.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal }))
        .deploymentInfo;
    if (!info)
        throw new Error(`GetDeployment returned nothing for ${deploymentId}`);
    return info;
}
/** The ECS target of a deployment (the one per ECS deployment), or undefined before CodeDeploy has made it. */
async function deploymentTarget(clients, deploymentId, targetId, signal) {
    const id = targetId ??
        (await clients.codedeploy.send(new ListDeploymentTargetsCommand({ deploymentId }), { abortSignal: signal }))
            .targetIds?.[0];
    if (!id)
        return undefined;
    return (await clients.codedeploy.send(new GetDeploymentTargetCommand({ deploymentId, targetId: id }), {
        abortSignal: signal,
    })).deploymentTarget?.ecsTarget;
}
/**
 * One look: the deployment, its ECS target and, when rollbackInfo names one, the rollback deployment.
 * Pass the target ID of an earlier look to save the ListDeploymentTargets call.
 */
async function observeDeployment(clients, deploymentId, targetId, signal) {
    const deployment = await getDeployment(clients, deploymentId, signal);
    const target = deployment.status === 'Created' || deployment.status === 'Queued'
        ? undefined
        : await deploymentTarget(clients, deploymentId, targetId, signal);
    const rollbackId = deployment.rollbackInfo?.rollbackDeploymentId;
    const rollbackDeployment = rollbackId ? await getDeployment(clients, rollbackId, signal) : undefined;
    const rollbackTarget = rollbackDeployment && rollbackDeployment.status !== 'Created' && rollbackDeployment.status !== 'Queued'
        ? await deploymentTarget(clients, rollbackId, undefined, signal)
        : undefined;
    return { deployment, target, rollbackDeployment, rollbackTarget, targetId: target?.targetId ?? targetId };
}
/**
 * Lets a waiting deployment go on: READY_WAIT reroutes production traffic; TERMINATION_WAIT ends the original task set
 * now.
 */
async function continueDeployment(clients, deploymentId, waitType = 'READY_WAIT') {
    await clients.codedeploy.send(new ContinueDeploymentCommand({ deploymentId, deploymentWaitType: waitType }));
}
/**
 * Stops a deployment and has CodeDeploy roll it back (traffic back to the original task set). Returns CodeDeploy's
 * answer.
 */
async function stopWithRollback(clients, deploymentId) {
    const stopped = await clients.codedeploy.send(new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: true }));
    return [stopped.status, stopped.statusMessage].filter(Boolean).join(': ');
}
/** The share (0–100) a forward action sends to `original`, when it forwards to `original` or `other`; pure. */
function originalShare(actions, original, other) {
    const forward = actions.find((a) => a.Type === 'forward');
    if (!forward)
        return undefined;
    const groups = forward.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups
        : [{ TargetGroupArn: forward.TargetGroupArn, Weight: 1 }];
    if (!groups.some((g) => g.TargetGroupArn === original || g.TargetGroupArn === other))
        return undefined;
    const total = groups.reduce((sum, g) => sum + (g.Weight ?? 1), 0);
    const mine = groups.filter((g) => g.TargetGroupArn === original).reduce((sum, g) => sum + (g.Weight ?? 1), 0);
    return total === 0 ? 0 : Math.round((mine / total) * 100);
}
/**
 * Percent of each production listener's forwards to the group's pair that go to `targetGroup`, read back; pure-ish
 * (reads only).
 */
async function listenerShares(clients, group, targetGroup) {
    const other = group.targetGroupNames.find((n) => n !== targetGroup);
    const found = (await clients.elbv2.send(new DescribeTargetGroupsCommand({ Names: [targetGroup, ...(other ? [other] : [])] })))
        .TargetGroups ?? [];
    const arnOf = (name) => found.find((t) => t.TargetGroupName === name)?.TargetGroupArn ?? '';
    const [mine, theirs] = [arnOf(targetGroup), arnOf(other)];
    const shares = {};
    const problems = [];
    for (const listenerArn of group.prodListenerArns) {
        const listener = (await clients.elbv2.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })))
            .Listeners?.[0];
        const rules = (await clients.elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn }))).Rules ?? [];
        // The default action from DescribeListeners (moto keeps the default rule apart), the other rules from
        // DescribeRules.
        const each = [listener?.DefaultActions ?? [], ...rules.filter((r) => !r.IsDefault).map((r) => r.Actions ?? [])]
            .map((actions) => originalShare(actions, mine, theirs))
            .filter((share) => share !== undefined);
        if (!each.length)
            problems.push(`production listener ${listenerArn} forwards to neither ${targetGroup} nor ${other ?? 'its pair'}`);
        else
            shares[listenerArn] = Math.min(...each);
    }
    return { shares, problems };
}
/**
 * Checks, after a stop or failure with rollback, that production traffic is back on the original: judged from the
 * production listeners' weights by target group (the default action and each rule forwarding to the group's pair
 * must send 100% to the original's target group), and, where the current target names the original task set, its
 * weight too. The original is this deployment's own Blue set (`observed.sets`): a rollback deployment's labels are
 * not documented, so they are never read. Read only; a listener that cannot be read is a failed check, not an
 * exception.
 */
async function verifyOriginalServesAll(clients, group, observed) {
    const sets = observed.sets ?? setsOf(observed.target);
    // A stopped or failed deployment's own target may keep the weights it ended with; the rollback's target is current.
    const original = taskSetOf(observed.rollbackTarget ?? observed.target, sets, 'original');
    const originalWeight = original?.trafficWeight;
    const problems = [];
    if (originalWeight !== undefined && originalWeight !== 100)
        problems.push(`the original task set ${original?.identifer ?? ''} has ${originalWeight}% of traffic`);
    const listeners = {};
    const name = sets?.originalTargetGroup ?? original?.targetGroup?.name;
    const other = group.targetGroupNames.find((n) => n !== name);
    if (!name)
        problems.push('the deployment target names no original target group');
    if (name && group.prodListenerArns.length) {
        try {
            const read = await listenerShares(clients, group, name);
            problems.push(...read.problems);
            for (const [arn, share] of Object.entries(read.shares)) {
                listeners[arn] = share;
                if (share !== 100)
                    problems.push(`production listener ${arn} sends ${100 - share}% to ${other ?? 'the replacement'}`);
            }
        }
        catch (err) {
            problems.push(`the production listeners could not be read: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const id = sets?.originalId ?? original?.identifer;
    const detail = problems.length
        ? problems.join('; ')
        : `original task set${id ? ` ${id}` : ''} carries 100% of production traffic${Object.keys(listeners).length ? ` (${Object.keys(listeners).length} listener(s) read back)` : ''}`;
    return { ok: problems.length === 0, originalWeight, listeners, detail };
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListApplicationsCommand.js


class ListApplicationsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "ListApplications", dist_es_schemas_schemas_0/* ListApplications$ */.U6w) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetApplicationsCommand.js


class BatchGetApplicationsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "BatchGetApplications", dist_es_schemas_schemas_0/* BatchGetApplications$ */.Kl7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentGroupsCommand.js


class ListDeploymentGroupsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "ListDeploymentGroups", dist_es_schemas_schemas_0/* ListDeploymentGroups$ */.yzH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetDeploymentGroupsCommand.js


class BatchGetDeploymentGroupsCommand extends commandBuilder_command(commandBuilder_ep0, commandBuilder_mw0, "BatchGetDeploymentGroups", dist_es_schemas_schemas_0/* BatchGetDeploymentGroups$ */.IOH) {
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/deployment-group.js
/**
 * Finding the CodeDeploy deployment group that deploys an ECS service: CodeDeploy has no lookup by service,
 * so every ECS application's groups are read (ListApplications, ListDeploymentGroups, BatchGetDeploymentGroups)
 * and the one whose ecsServices names the cluster and service is it.
 */



/** The ARN-free form of a cluster reference: CodeDeploy's ecsServices hold cluster names. */
function clusterName(cluster) {
    return cluster.includes('/') ? cluster.slice(cluster.lastIndexOf('/') + 1) : cluster;
}
/** Picks the group that deploys cluster/service from groups as BatchGetDeploymentGroups returns them; pure. */
function matchDeploymentGroup(groups, cluster, service) {
    const name = clusterName(cluster);
    return groups.filter((g) => (g.ecsServices ?? []).some((s) => clusterName(s.clusterName ?? '') === name && s.serviceName === service));
}
/** The plain facts of a group; pure. */
function describeGroup(info) {
    const pair = info.loadBalancerInfo?.targetGroupPairInfoList?.[0];
    const blueGreen = info.blueGreenDeploymentConfiguration;
    const ready = blueGreen?.deploymentReadyOption;
    const waits = ready?.actionOnTimeout === 'STOP_DEPLOYMENT';
    const terminate = blueGreen?.terminateBlueInstancesOnDeploymentSuccess;
    return {
        applicationName: info.applicationName ?? '',
        deploymentGroupName: info.deploymentGroupName ?? '',
        deploymentConfigName: info.deploymentConfigName || 'CodeDeployDefault.ECSAllAtOnce',
        prodListenerArns: pair?.prodTrafficRoute?.listenerArns ?? [],
        testListenerArns: pair?.testTrafficRoute?.listenerArns ?? [],
        targetGroupNames: (pair?.targetGroups ?? []).map((t) => t.name ?? '').filter(Boolean),
        waitsBeforeRerouting: waits,
        readyWaitMinutes: waits ? (ready?.waitTimeInMinutes ?? 0) : 0,
        terminationWaitMinutes: terminate?.action === 'KEEP_ALIVE' ? Infinity : (terminate?.terminationWaitTimeInMinutes ?? 0),
        autoRollbackEvents: info.autoRollbackConfiguration?.enabled ? (info.autoRollbackConfiguration.events ?? []) : [],
        info,
    };
}
/**
 * Finds the deployment group of an ECS service among the account's ECS applications (read only). Throws a
 * PlanError naming the service when no group, or more than one, deploys it.
 */
async function findDeploymentGroup(clients, cluster, service) {
    const applications = await (0,paging/* allPages */.S)((nextToken) => clients.codedeploy.send(new ListApplicationsCommand({ nextToken })), (page) => page.applications);
    const ecsApplications = [];
    for (const names of (0,paging/* chunk */.i)(applications, 100)) {
        const info = (await clients.codedeploy.send(new BatchGetApplicationsCommand({ applicationNames: names }))).applicationsInfo ??
            [];
        ecsApplications.push(...info.filter((a) => a.computePlatform === 'ECS').map((a) => a.applicationName));
    }
    const groups = [];
    for (const applicationName of ecsApplications) {
        const names = await (0,paging/* allPages */.S)((nextToken) => clients.codedeploy.send(new ListDeploymentGroupsCommand({ applicationName, nextToken })), (page) => page.deploymentGroups);
        for (const batch of (0,paging/* chunk */.i)(names, 100)) {
            groups.push(...((await clients.codedeploy.send(new BatchGetDeploymentGroupsCommand({ applicationName, deploymentGroupNames: batch }))).deploymentGroupsInfo ?? []));
        }
    }
    const matches = matchDeploymentGroup(groups, cluster, service);
    const where = `${clusterName(cluster)}/${service}`;
    if (matches.length === 0) {
        throw new errors/* PlanError */.W6(`no CodeDeploy deployment group deploys ECS service ${where} (looked through ${ecsApplications.length} ECS application(s): ${ecsApplications.join(', ') || 'none'}); create one whose ecsServices names this cluster and service`);
    }
    if (matches.length > 1) {
        throw new errors/* PlanError */.W6(`${matches.length} CodeDeploy deployment groups deploy ECS service ${where} (${matches.map((g) => `${g.applicationName}/${g.deploymentGroupName}`).join(', ')}); ECS allows one, so this account is inconsistent`);
    }
    return describeGroup(matches[0]);
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/plan.js





/**
 * Validates and observes; throws ConfigurationError (bad input) or PlanError (AWS holds no usable group or
 * configuration).
 */
async function planCodeDeploy(clients, request) {
    checkAppSpecTarget(request.target, request.taskDefinition, request.inputs);
    // Steps CodeDeploy cannot express fail here, before the first AWS call.
    if (request.steps)
        configForSteps(request.steps, request.inputs?.steps);
    const group = await findDeploymentGroup(clients, request.cluster, request.service);
    const config = await resolveDeploymentConfig(clients, group, request.steps, request.inputs?.steps);
    return { group, config, target: request.target, activeDeploymentId: await activeDeployment(clients, group) };
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/follow.js





const DEFAULT_RESTORE_TIMEOUT_MS = 15 * 60_000;
/** CodeDeploy's answers when a deployment moved on between our look and our call: the next look says where it went. */
const MOVED_ON = new Set([
    'DeploymentAlreadyCompletedException',
    'DeploymentIsNotInReadyStateException',
    'InvalidDeploymentWaitTypeException',
]);
function finishedMeanwhile(err) {
    if (!MOVED_ON.has(err?.name))
        throw err;
    return `${err.name}: ${err.message}`;
}
/**
 * Follows a deployment to its end; see the module comment. Throws only on errors a retry cannot help (credentials, a
 * missing deployment).
 */
async function followDeployment(clients, deploymentId, group, options) {
    const { clock, signal } = options;
    const startedAt = clock.now();
    const marks = [];
    let targetId;
    let looks = 0;
    let last;
    let stop;
    let failingSince;
    // The caller's last answer: `continue` in the termination wait means its checks passed (or it runs none).
    let lastDecision;
    // Our own target's sets, as first labelled (the only labels AWS documents); later looks only fill gaps.
    let sets;
    let endedAt;
    const look = async (lookSignal, via = clients) => {
        const seen = await observeDeployment(via, deploymentId, targetId, lookSignal);
        looks++;
        targetId = seen.targetId;
        const own = setsOf(seen.target);
        if (own)
            sets = { ...own, ...Object.fromEntries(Object.entries(sets ?? {}).filter(([, v]) => v !== undefined)) };
        const o = { ...seen, sets };
        const v = judgeDeployment(o);
        const previous = marks[marks.length - 1];
        if (!previous || previous.phase !== v.phase || previous.weight !== v.weight) {
            marks.push({ atMs: clock.now() - startedAt, phase: v.phase, weight: v.weight });
            options.onChange?.(v, clock.now() - startedAt);
        }
        last = { o, v };
        return last;
    };
    const stopNow = async (reason, via = clients) => {
        stop = { at: clock.now(), reason, answer: await stopWithRollback(via, deploymentId).catch(finishedMeanwhile) };
    };
    const continueNow = async (waitType) => {
        await continueDeployment(clients, deploymentId, waitType).catch(finishedMeanwhile);
    };
    try {
        for (;;) {
            if (signal.aborted)
                throw signal.reason ?? new errors/* CancelledError */.cc();
            let seen;
            try {
                seen = await look(signal);
                failingSince = undefined;
            }
            catch (err) {
                const kind = errors_awsErrorKind(err);
                if (kind !== 'throttled' && kind !== 'transient')
                    throw err;
                failingSince ??= clock.now();
                if (options.giveUpAfterMs !== undefined && clock.now() - failingSince >= options.giveUpAfterMs)
                    throw err;
                options.onRetry?.(err);
            }
            if (seen) {
                const { o, v } = seen;
                const now = clock.now();
                if (v.done) {
                    endedAt ??= now;
                    // A rollback CodeDeploy starts may show in rollbackInfo only some looks after the status ended: keep
                    // looking for it (or for the listeners back on the original) for the restore timeout.
                    if (!(await awaitingRollback(o, v, now)))
                        return await finish(o, v);
                }
                else if (stop) {
                    if (now - stop.at > (options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS))
                        return await finish(o, v);
                }
                else if (now - startedAt > options.timeoutMs) {
                    // A release that passed (every check, through the hold) is never stopped for our timeout: CodeDeploy ends the
                    // wait.
                    if (v.phase === 'draining' && v.terminationWait && (!options.decide || lastDecision === 'continue'))
                        return released(v);
                    await stopNow(`the deployment did not finish within ${(0,duration/* formatDuration */.a)(options.timeoutMs)} (${v.phase} at ${v.weight}%)`);
                }
                else if (v.rollback !== 'none' || v.phase === 'failed' || v.phase === 'stopped') {
                    // CodeDeploy is already rolling back (its own failure, or someone else's stop): nothing of ours to decide.
                }
                else {
                    const decision = options.decide ? await options.decide(v, o) : v.phase === 'ready' ? 'continue' : 'wait';
                    lastDecision = decision;
                    if (typeof decision === 'object')
                        await stopNow(decision.stop);
                    else if (decision === 'continue' && v.phase === 'ready')
                        await continueNow('READY_WAIT');
                    // CodeDeploy refuses TERMINATION_WAIT until the wait has begun; that is read from the target and the
                    // listeners (instanceTerminationWaitTimeStarted stays false on ECS), so a 'continue' before then waits.
                    else if (decision === 'continue' &&
                        v.phase === 'draining' &&
                        v.terminationWait &&
                        (await listenersOnReplacement()))
                        await continueNow('TERMINATION_WAIT');
                }
            }
            await clock.sleep(options.intervalMs, signal);
        }
    }
    catch (err) {
        if (!signal.aborted && !(err instanceof errors/* CancelledError */.cc))
            throw err;
        // Without the aborted signal: one look, and the stop CodeDeploy needs to put traffic back.
        const calm = options.cancelClients ?? clients;
        const why = `cancelled: ${(0,errors/* errorMessage */.gJ)(signal.reason ?? err)}`;
        const { o, v } = await look(undefined, calm).catch(async (lookErr) => {
            // Unread, it may still be shifting traffic: send the stop all the same (CodeDeploy refuses one for a finished
            // deployment, which is fine), then fail with the look's error, as where traffic stands is unknown.
            if (!stop)
                await stopNow(why, calm).catch(() => undefined);
            throw lookErr;
        });
        if (!v.done && !stop && o.deployment.status !== 'Stopped')
            await stopNow(why, calm);
        // A deployment CodeDeploy had already ended is not rolled back by anyone: say how it ended instead.
        const where = v.done ? `CodeDeploy had already ended it: ${describeVerdict(v)}` : 'CodeDeploy is rolling back';
        return {
            outcome: 'cancelled',
            verdict: v,
            reason: `cancelled at ${v.phase} (${v.weight}%); ${where}`,
            stop,
            looks,
            marks,
        };
    }
    /** True while a rollback is due but not seen yet: rollbackInfo absent and traffic not verifiably back. */
    async function awaitingRollback(o, v, now) {
        if (v.rollback !== 'none' || (v.phase !== 'failed' && v.phase !== 'stopped') || !rollbackDue(o))
            return false;
        if (now - (stop?.at ?? endedAt ?? now) > (options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS))
            return false;
        return !(await verifyOriginalServesAll(clients, group, o)).ok;
    }
    /**
     * Whether CodeDeploy is to roll this ended deployment back: our stop asks for it; otherwise the group's events say.
     */
    function rollbackDue(o) {
        if (stop)
            return true;
        const events = group.autoRollbackEvents;
        if (o.deployment.status === 'Failed')
            return events.includes('DEPLOYMENT_FAILURE');
        return o.deployment.errorInformation?.code === 'ALARM_ACTIVE' && events.includes('DEPLOYMENT_STOP_ON_ALARM');
    }
    /**
     * Every production listener sends all its traffic to the replacement's target group (read back before
     * TERMINATION_WAIT).
     */
    async function listenersOnReplacement() {
        if (!sets?.replacementTargetGroup || !group.prodListenerArns.length)
            return true;
        try {
            const read = await listenerShares(clients, group, sets.replacementTargetGroup);
            return read.problems.length === 0 && Object.values(read.shares).every((share) => share === 100);
        }
        catch (err) {
            options.onRetry?.(err);
            return false;
        }
    }
    function released(v) {
        const reason = `all production traffic is on the replacement and the original task set's termination wait has begun; CodeDeploy ends it and finishes the deployment on its own (not stopped at our ${(0,duration/* formatDuration */.a)(options.timeoutMs)} timeout: the release passed)`;
        return { outcome: 'succeeded', verdict: v, reason, inTerminationWait: true, stop, looks, marks };
    }
    async function finish(o, v) {
        const base = { verdict: v, stop, looks, marks };
        if (v.phase === 'succeeded')
            return {
                ...base,
                outcome: 'succeeded',
                reason: stop ? `asked to stop (${stop.reason}) but CodeDeploy had already finished: ${v.reason}` : v.reason,
            };
        // Verify whenever traffic may have moved: a rollback, or a stop of ours.
        const restore = v.rollback !== 'none' || stop || rollbackDue(o) ? await verifyOriginalServesAll(clients, group, o) : undefined;
        const restoreMs = stop && restore?.ok ? clock.now() - stop.at : undefined;
        const outcome = stop ? 'stopped' : v.phase === 'stopped' ? 'stopped-elsewhere' : 'failed';
        const reason = stop
            ? `stopped: ${stop.reason}; ${restore?.detail ?? v.reason}`
            : `${v.reason}${restore ? `; ${restore.detail}` : ''}`;
        return { ...base, outcome, reason, restore, restoreMs };
    }
}

;// CONCATENATED MODULE: ./build/lib/codedeploy/redeploy.js






/**
 * Deploys `taskDefinitionArn` to the group's service all at once and follows it; resolves with the deployment and how
 * it ended.
 */
async function redeployAllAtOnce(clients, group, service, taskDefinitionArn, description, follow) {
    const target = appSpecTargetOfService(service);
    if (!target)
        throw new errors/* PlanError */.W6(`service "${service.serviceName}" names no container and port in its load balancer, so no AppSpec can put ${(0,arns/* shortTaskDefinition */.P5)(taskDefinitionArn)} back`);
    const config = await resolveDeploymentConfig(clients, group, [{ weight: 100, bakeMs: 0 }]);
    const deploymentId = await startDeployment(clients, {
        group,
        config,
        appSpec: renderAppSpec(taskDefinitionArn, target),
        description: description.slice(0, 500),
    });
    return { deploymentId, followed: await followDeployment(clients, deploymentId, group, follow) };
}

;// CONCATENATED MODULE: ./build/lib/traffic/codedeploy/provider.js













/** One release of one CODE_DEPLOY service. */
class CodeDeployProvider {
    request;
    service;
    codeDeploy;
    kind = 'codedeploy';
    plan;
    notes = [];
    store;
    id;
    targetId;
    sets;
    /** The last look: the expectation of every call this run sends. */
    last;
    stopped = false;
    unknownStart;
    constructor(request, service, codeDeploy, clients) {
        this.request = request;
        this.service = service;
        this.codeDeploy = codeDeploy;
        this.store = ecsServiceTags(clients.ecs, service.serviceArn);
        const name = service.serviceName;
        const steps = stepsOfRouting(codeDeploy.config.routing);
        const group = codeDeploy.group;
        this.plan = {
            steps: [
                { weight: 0, bakeMs: 0 },
                ...steps.map((s, i) => ({ weight: s.weight, bakeMs: i === steps.length - 1 ? request.holdMs : s.bakeMs })),
            ],
            summary: `CodeDeploy group ${group.applicationName}/${group.deploymentGroupName}, configuration ${codeDeploy.config.name} (${codeDeploy.config.source}); ${group.waitsBeforeRerouting ? 'it waits before rerouting: the checks run against the test listener first' : 'it reroutes without waiting'}`,
            revisionBefore: service.taskDefinition,
            revisionAfter: request.taskDefinition,
            sides: [
                `${name} ${(0,arns/* shortTaskDefinition */.P5)(service.taskDefinition)} (original)`,
                `${name} ${(0,arns/* shortTaskDefinition */.P5)(request.taskDefinition)} (replacement)`,
            ],
            testRoute: group.testListenerArns[0],
        };
    }
    /**
     * How often the deployment is looked at while the platform moves: the poll interval, or the check interval when
     * shorter.
     */
    get followMs() {
        return Math.min(this.request.pollIntervalMs, this.request.checkIntervalMs);
    }
    async claim(ctx) {
        const ttlMs = this.request.waitTimeoutMs * 3 +
            this.plan.steps.reduce((s, x) => s + x.bakeMs, 0) +
            this.request.maxExtensionMs * this.plan.steps.length +
            60 * 60_000;
        const acquired = await acquireLease(this.store, ctx.me, { ttlMs, takeOverStale: true, clock: ctx.clock });
        if (acquired.tookOver)
            this.notes.push(`took over a stale lease of ${describeLease(acquired.tookOver)}`);
    }
    async start(ctx) {
        const { clients, io } = ctx;
        const group = this.codeDeploy.group;
        const next = (0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition);
        const started = await guardedWrite({
            what: `create a CodeDeploy deployment of ${next}`,
            proofs: [leaseProof(this.store, ctx.me, ctx.clock)],
            send: async () => {
                try {
                    this.id = await startDeployment(clients, {
                        group,
                        config: this.codeDeploy.config,
                        appSpec: renderAppSpec(this.request.taskDefinition, this.codeDeploy.target),
                        description: `bake-and-promote ${next}`,
                    });
                }
                catch (err) {
                    // A refusal changed nothing; a call that got no answer may have created the deployment.
                    if (errors_awsErrorKind(err) === 'transient')
                        this.unknownStart = `CreateDeployment of ${next} may have reached CodeDeploy. Check \`aws deploy list-deployments --application-name ${group.applicationName} --deployment-group-name ${group.deploymentGroupName}\`: a deployment still running is stopped with rollback by mode: abort`;
                    throw err;
                }
            },
            readBack: async () => this.id,
        });
        if (!started.done)
            return { done: false, refused: started.refused };
        io.info(`${this.service.serviceName}: CodeDeploy deployment ${this.id} started with ${next}`);
        const gate = await this.waitFor(ctx, (r) => r.waiting || r.weight > 0, 'the replacement up with test traffic');
        return gate.ended
            ? {
                done: false,
                refused: `CodeDeploy ended the deployment before any production traffic moved: ${gate.ended.detail}`,
                reading: gate,
            }
            : { done: true, reading: gate };
    }
    async read(ctx) {
        const o = await observeDeployment(ctx.clients, this.id, this.targetId);
        this.targetId = o.targetId;
        this.sets ??= setsOf(o.target);
        const v = judgeDeployment({ ...o, sets: this.sets });
        this.last = { o: { ...o, sets: this.sets }, v };
        return this.readingOf(v, await this.productionWeight(ctx.clients, v));
    }
    async advance(index, ctx) {
        const target = this.plan.steps[index].weight;
        const deadline = ctx.clock.now() + this.request.waitTimeoutMs + this.plan.steps[index - 1].bakeMs;
        for (;;) {
            const reading = await this.read(ctx);
            if (reading.ended || reading.lost)
                return { done: false, refused: reading.ended?.detail ?? reading.lost, reading };
            if (reading.weight >= target)
                return { done: true, reading };
            if (this.last.v.phase === 'ready') {
                const sent = await this.continueAt('READY_WAIT', ctx);
                if (sent)
                    return { done: false, refused: sent, reading };
            }
            else if (ctx.clock.now() > deadline) {
                return {
                    done: false,
                    refused: `CodeDeploy did not move production traffic to ${target}% in time: ${reading.detail}`,
                    reading,
                };
            }
            await ctx.clock.sleep(this.followMs, ctx.signal);
        }
    }
    async restore(reason, ctx) {
        if (this.unknownStart)
            throw new Error(this.unknownStart);
        if (!this.id)
            return { back: true, detail: 'no deployment was started: production traffic never moved', serving: 'stable' };
        const expected = this.last;
        const unknown = (err, what) => new Error(`${what} (${(0,errors/* errorMessage */.gJ)(err)}). Check \`aws deploy get-deployment --deployment-id ${this.id}\` and the production listener's weights; while it runs, mode: abort stops it with rollback (the post step tries too)`, { cause: err });
        // A fresh look first (tried again for up to wait-timeout): the stop is sent only on what is read now.
        const look = await this.lookPatiently(ctx).catch((err) => {
            throw unknown(err, `${this.id} could not be stopped with rollback and followed after the error`);
        });
        if (!look.done && look.rollback === 'none' && look.phase !== 'stopped' && !this.stopped) {
            const asked = await guardedWrite({
                what: `stop ${this.id} with rollback (${reason})`,
                proofs: [
                    eitherProof(boundedProof(2000, leaseProof(this.store, ctx.me, ctx.clock)), this.deploymentUnchangedProof(ctx.clients, expected)),
                ],
                send: async () => {
                    this.stopped = true;
                    ctx.io.info(`stopped ${this.id} with rollback: ${await stopWithRollback(ctx.clients, this.id).catch((err) => `no answer (${(0,errors/* errorMessage */.gJ)(err)}); the next look says whether it took`)}`);
                },
                readBack: async () => undefined,
            });
            if (!asked.done)
                return { back: false, detail: `${asked.refused}; traffic left as read: ${(await this.read(ctx)).detail}` };
        }
        const followed = await followDeployment(ctx.clients, this.id, this.codeDeploy.group, {
            clock: ctx.clock,
            signal: new AbortController().signal,
            intervalMs: this.followMs,
            timeoutMs: this.request.waitTimeoutMs,
            restoreTimeoutMs: this.request.waitTimeoutMs,
            giveUpAfterMs: this.request.waitTimeoutMs,
            decide: async () => 'wait',
        }).catch((err) => {
            throw unknown(err, `${this.id} could not be stopped with rollback and followed after the error`);
        });
        if (followed.outcome === 'succeeded')
            return this.putOriginalBack(reason, ctx);
        const back = followed.restore?.ok === true;
        const reading = this.readingOf(followed.verdict, back ? 0 : followed.verdict.weight);
        return {
            back,
            detail: back
                ? `${this.id} stopped with rollback; the original task set carries all traffic again (verified: ${followed.restore.detail})`
                : `NOT verified back on the original task set: ${followed.restore?.detail ?? followed.reason}`,
            reading,
            serving: back ? 'stable' : undefined,
        };
    }
    /** One look, tried again while it fails (throttling, the network) for up to wait-timeout. */
    async lookPatiently(ctx) {
        const giveUpAt = ctx.clock.now() + this.request.waitTimeoutMs;
        for (;;) {
            try {
                await this.read(ctx);
                return this.last.v;
            }
            catch (err) {
                const kind = errors_awsErrorKind(err);
                if ((kind !== 'transient' && kind !== 'throttled') || ctx.clock.now() >= giveUpAt)
                    throw err;
                ctx.io.warning(`reading ${this.id} failed (${(0,errors/* errorMessage */.gJ)(err)}); trying again`);
                await ctx.clock.sleep(this.followMs);
            }
        }
    }
    async finish(ctx) {
        const notes = [];
        await this.read(ctx);
        if (this.last.v.terminationWait) {
            const sent = await this.continueAt('TERMINATION_WAIT', ctx);
            if (sent)
                notes.push(`the termination wait was not ended early (${sent}); CodeDeploy ends it on its own`);
        }
        const end = await this.waitFor(ctx, (r) => r.ended !== undefined, 'CodeDeploy to finish', false);
        // Still in the termination wait at our timeout: the release passed; CodeDeploy completes it on its own.
        const promoted = end.ended?.how === 'completed' || (!end.ended && end.weight === 100);
        if (promoted && this.request.taskDefinition) {
            const missed = await recordRolledOut(ctx.clients, this.request.cluster, this.service.serviceName, this.request.taskDefinition, new Date(ctx.clock.now()));
            if (missed)
                notes.push(`could not tag ${(0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition)} as rolled out (${missed}); rollback's previous target will not know this release`);
        }
        return {
            promoted,
            detail: promoted ? `CodeDeploy completed ${this.id}` : `CodeDeploy ended ${this.id}: ${end.detail}`,
            reading: end,
            notes,
        };
    }
    async release(ctx) {
        ctx.io.info(`lease: ${await releaseLease(this.store, ctx.me)}`);
    }
    resumeState() {
        const state = {
            cluster: this.request.cluster,
            service: this.service.serviceName,
            serviceArn: this.service.serviceArn,
            deploymentId: this.id,
            group: this.codeDeploy.group,
        };
        return { ...state };
    }
    /**
     * ContinueDeployment, guarded: the lease, the deployment where it was last read, and (to reroute) the replacement
     * healthy.
     */
    async continueAt(wait, ctx) {
        const sent = await guardedWrite({
            what: `continue ${this.id} (${wait})`,
            proofs: [leaseProof(this.store, ctx.me, ctx.clock), this.deploymentUnchangedProof(ctx.clients, this.last)],
            send: async () => {
                await continueDeployment(ctx.clients, this.id, wait).catch((err) => ctx.io.warning(`CodeDeploy did not take ${wait} (${(0,errors/* errorMessage */.gJ)(err)}); the next look says why`));
            },
            readBack: async () => undefined,
        });
        if (sent.done)
            ctx.io.info(`continued ${this.id} (${wait})`);
        return sent.done ? undefined : sent.refused;
    }
    /** CodeDeploy finished the release before the stop: the original goes back out as a new deployment, all at once. */
    async putOriginalBack(reason, ctx) {
        const was = (0,arns/* shortTaskDefinition */.P5)(this.service.taskDefinition);
        ctx.io.error(`a check failed (${reason}) just as CodeDeploy finished ${this.id}; putting ${was} back`);
        const next = (0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition);
        const group = this.codeDeploy.group;
        const back = await redeployAllAtOnce(ctx.clients, group, this.service, this.service.taskDefinition, `bake-and-promote: put ${was} back after failed checks`, {
            clock: ctx.clock,
            signal: new AbortController().signal,
            intervalMs: this.followMs,
            timeoutMs: this.request.waitTimeoutMs,
        }).catch((err) => {
            throw new Error(`CodeDeploy had already finished, and putting ${was} back failed: ${next} carried all traffic when CodeDeploy finished ${this.id}, and a deployment putting ${was} back may have started. Check \`aws deploy list-deployments --application-name ${group.applicationName} --deployment-group-name ${group.deploymentGroupName}\`; if ${next} still serves, run rollback`, { cause: err });
        });
        const ok = back.followed.outcome === 'succeeded';
        const name = this.service.serviceName;
        const reading = {
            weight: ok ? 0 : 100,
            shares: { [`${name} ${was}`]: ok ? 100 : 0 },
            waiting: false,
            detail: back.followed.reason,
        };
        const detail = `CodeDeploy had already finished, so ${was} was deployed again (${back.deploymentId}: ${ok ? 'succeeded, all traffic on it' : `NOT restored: ${back.followed.reason}`})`;
        return { back: ok, detail, reading, serving: ok ? 'stable' : 'new' };
    }
    /** Looks every poll interval until `until` holds, CodeDeploy ends the deployment, or wait-timeout passes. */
    async waitFor(ctx, until, what, cancellable = true) {
        const deadline = ctx.clock.now() + this.request.waitTimeoutMs;
        for (;;) {
            const reading = await this.read(ctx);
            if (until(reading) || reading.ended)
                return reading;
            if (ctx.clock.now() > deadline)
                return {
                    ...reading,
                    detail: `still waiting for ${what} after ${(0,duration/* formatDuration */.a)(this.request.waitTimeoutMs)}: ${reading.detail}`,
                };
            await ctx.clock.sleep(this.followMs, cancellable ? ctx.signal : undefined);
        }
    }
    /**
     * The replacement's share of production traffic as the production listeners forward it (the target's weight when they
     * cannot say).
     */
    async productionWeight(clients, v) {
        const replacement = this.sets?.replacementTargetGroup;
        if (!replacement || this.codeDeploy.group.prodListenerArns.length === 0)
            return v.weight;
        const read = await listenerShares(clients, this.codeDeploy.group, replacement).catch(() => undefined);
        const shares = Object.values(read?.shares ?? {});
        return shares.length ? Math.min(...shares) : v.weight;
    }
    readingOf(v, weight) {
        const [original, replacement] = this.plan.sides;
        const waiting = v.phase === 'ready' || v.terminationWait === true;
        const how = v.phase === 'succeeded'
            ? 'completed'
            : v.rollback === 'rolled-back'
                ? 'rolled-back'
                : v.phase === 'stopped'
                    ? 'stopped'
                    : 'failed';
        const ended = v.done ? { how, detail: describeVerdict(v) } : undefined;
        const lost = !v.done && (v.rollback !== 'none' || v.phase === 'stopped') && !this.stopped
            ? `${this.id} is being rolled back without this run's word (${describeVerdict(v)})`
            : undefined;
        return {
            weight,
            shares: { [replacement]: weight, [original]: 100 - weight },
            waiting,
            ended,
            lost,
            detail: `${describeVerdict(v)} (${weight}% on the replacement, read from the production listeners)`,
        };
    }
    /** The deployment is where this run last read it: same status, phase and weight. */
    deploymentUnchangedProof(clients, expected = this.last) {
        return async () => {
            const now = judgeDeployment({ ...(await observeDeployment(clients, this.id, this.targetId)), sets: this.sets });
            const key = (v) => `${v?.phase}/${v?.weight}/${v?.rollback}`;
            return key(now) === key(expected?.v)
                ? undefined
                : `${this.id} is ${describeVerdict(now)} now, not ${expected ? describeVerdict(expected.v) : 'what this run last read'}`;
        };
    }
}

;// CONCATENATED MODULE: ./build/lib/traffic/codedeploy/index.js
/** CodeDeploy blue/green as one provider module: open a request, or resume a release a dead job left behind. */










const codeDeployProvider = {
    async open(request, ctx) {
        const { clients } = ctx;
        const name = request.services[0];
        const service = (await describeServices(clients, request.cluster, [name])).get(name);
        if (request.mode === 'promote-now')
            throw new errors/* ConfigurationError */.j1('mode', 'promote-now is not offered for CodeDeploy services: CodeDeploy moves their traffic on its own schedule', 'use bake (with shorter steps), or abort');
        // Everything that can be wrong is found before anything is started: group, AppSpec, configuration.
        const revision = request.taskDefinition ? await describeTaskDefinition(clients, request.taskDefinition) : undefined;
        const target = appSpecTargetOfService(service);
        if (!target)
            throw new errors/* PlanError */.W6(`service "${name}" names no container and port in its load balancer, so the AppSpec cannot say which container takes traffic`);
        const plan = await planCodeDeploy(clients, {
            cluster: request.cluster,
            service: name,
            taskDefinition: revision?.definition ?? { containerDefinitions: [] },
            target: { ...target },
            steps: request.stepsGiven ? request.steps : undefined,
            inputs: { container: 'task-definition', port: 'task-definition', hooks: 'task-definition', steps: 'steps' },
        }).catch((err) => {
            // In status and abort modes the revision is not ours to check.
            if (request.mode !== 'bake' && err instanceof errors/* ConfigurationError */.j1)
                return undefined;
            throw err;
        });
        const active = plan?.activeDeploymentId;
        if (request.mode === 'status' || request.mode === 'abort') {
            const none = `no CodeDeploy deployment of ${name} is running`;
            if (!active && request.mode === 'status')
                return { action: 'status', summary: none, shares: {}, revisionBefore: service.taskDefinition };
            if (!active)
                return { action: 'nothing', why: none, shares: {}, revisionBefore: service.taskDefinition };
            const verdict = judgeDeployment(await observeDeployment(clients, active));
            if (request.mode === 'status')
                return {
                    action: 'status',
                    summary: `CodeDeploy deployment ${active}: ${describeVerdict(verdict)}`,
                    shares: {},
                    revisionBefore: service.taskDefinition,
                };
            const why = `stopped ${active} with rollback; it was ${describeVerdict(verdict)}`;
            return {
                action: 'abort',
                why,
                revisionBefore: service.taskDefinition,
                run: (run) => abortCodeDeploy(run, request, service.serviceArn, active, why),
            };
        }
        if (!plan || !revision)
            throw new errors/* PlanError */.W6('the CodeDeploy plan could not be made');
        const group = plan.group;
        // CodeDeploy ends the termination wait on its own: a hold longer than it would be cut short and still look
        // promoted.
        if (request.holdMs > 0 && request.holdMs + request.checkIntervalMs > group.terminationWaitMinutes * 60_000) {
            throw new errors/* ConfigurationError */.j1('hold', `${request.holdMs / 1000}s (plus one check interval) is longer than the deployment group's termination wait of ${group.terminationWaitMinutes} minute(s): CodeDeploy would end the hold early`, "lengthen the group's termination wait, or shorten `hold`");
        }
        if (active)
            throw new errors/* PlanError */.W6(`service "${name}" has a CodeDeploy deployment in flight (${active}); refusing to start another over it (mode: abort stops it with rollback)`);
        if ((0,arns/* shortTaskDefinition */.P5)(service.taskDefinition) === (0,arns/* shortTaskDefinition */.P5)(request.taskDefinition))
            return {
                action: 'nothing',
                why: `${name} already runs ${(0,arns/* shortTaskDefinition */.P5)(request.taskDefinition)}`,
                shares: {},
                revisionBefore: service.taskDefinition,
            };
        return { action: 'bake', provider: new CodeDeployProvider(request, service, plan, clients) };
    },
    async post(resume, phase, ctx) {
        const state = resume;
        if (!state.deploymentId)
            return 'nothing to do: no CodeDeploy deployment was started';
        const store = ecsServiceTags(ctx.clients.ecs, state.serviceArn);
        const lease = await inspectLease(store, ctx.me, new Date(ctx.clock.now()));
        if (lease.state === 'held')
            return `skipping: ${describeLease(lease.lease)} holds the service's lease now and owns its traffic`;
        const verdict = judgeDeployment(await observeDeployment(ctx.clients, state.deploymentId));
        let said;
        if (verdict.done || verdict.phase === 'succeeded' || verdict.rollback !== 'none')
            said = `nothing to stop: CodeDeploy deployment ${state.deploymentId} is ${describeVerdict(verdict)}`;
        else if (phase === 'promoted')
            said = `leaving CodeDeploy deployment ${state.deploymentId} to finish: main had passed every check through the hold (${describeVerdict(verdict)})`;
        else {
            const sent = await guardedWrite({
                what: `stop ${state.deploymentId} with rollback`,
                proofs: [notHeldByOtherProof(store, ctx.me, ctx.clock)],
                send: async () => void (await stopWithRollback(ctx.clients, state.deploymentId)),
                readBack: async () => undefined,
            });
            said = sent.done
                ? `the main step left CodeDeploy deployment ${state.deploymentId} running (${describeVerdict(verdict)}); stopped it with rollback`
                : sent.refused;
        }
        ctx.io.info(`lease: ${await releaseLease(store, ctx.me)}`);
        return said;
    },
};
/**
 * An operator's abort: the lease taken over visibly, the deployment stopped with rollback through the guard, the lease
 * let go.
 */
async function abortCodeDeploy(ctx, request, serviceArn, active, why) {
    const store = ecsServiceTags(ctx.clients.ecs, serviceArn);
    const notes = [];
    const acquired = await acquireLease(store, ctx.me, {
        ttlMs: request.waitTimeoutMs + 10 * 60_000,
        takeOverStale: true,
        preempt: true,
        clock: ctx.clock,
    });
    if (acquired.tookOver)
        notes.push(`took the service over from ${describeLease(acquired.tookOver)}: that run stops at its next guarded write`);
    try {
        const sent = await guardedWrite({
            what: `stop ${active} with rollback`,
            proofs: [leaseProof(store, ctx.me, ctx.clock)],
            send: async () => void ctx.io.info(await stopWithRollback(ctx.clients, active)),
            readBack: async () => undefined,
        });
        return sent.done ? { back: true, detail: why, notes } : { back: false, detail: sent.refused, notes };
    }
    finally {
        await releaseLease(store, ctx.me).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./build/lib/traffic/ecs-native/plan.js



/** Why a rolling service cannot be baked, and what would let it be. */
function rollingRefusal(name) {
    return new errors/* ConfigurationError */.j1('service', `service "${name}" uses the ROLLING strategy, which shifts no traffic to bake; set its strategy to CANARY, LINEAR or BLUE_GREEN, deploy it with CodeDeploy, or name a blue/green pair in \`services\` with \`listener-rule-arn\``);
}
/** Builds the configuration; refuses what cannot be baked this way, naming the input. */
function planNative(service, alarmNames, steps, stepsGiven, hookTimeoutMinutes) {
    const name = service.serviceName ?? 'the service';
    const style = deploymentStyleOf(service);
    // The factory sends CodeDeploy services to lib/traffic/codedeploy; this plan is ECS's own strategies only.
    if (style.controller === 'CODE_DEPLOY')
        throw new errors/* ConfigurationError */.j1('service', `service "${name}" is deployed by CodeDeploy (deployment controller CODE_DEPLOY): it is baked through a CodeDeploy deployment, not ECS's own strategies`);
    if (style.controller === 'EXTERNAL')
        throw new errors/* ConfigurationError */.j1('service', `service "${name}" uses the EXTERNAL deployment controller; its task sets are your own tooling's`);
    if (style.strategy === 'ROLLING')
        throw rollingRefusal(name);
    const current = service.deploymentConfiguration ?? {};
    const config = { ...current, strategy: style.strategy };
    if (stepsGiven) {
        if (style.strategy !== 'CANARY' || steps.length !== 2) {
            throw new errors/* ConfigurationError */.j1('steps', `with ECS's ${style.strategy} strategy the service's own configuration sets the traffic steps; \`steps\` maps only onto CANARY as \`N%:DURATION, 100%\``);
        }
        const minutes = steps[0].bakeMs / 60_000;
        if (!Number.isInteger(minutes))
            throw new errors/* ConfigurationError */.j1('steps', `ECS bakes a canary in whole minutes; ${steps[0].bakeMs / 1000}s is not`);
        config.canaryConfiguration = {
            ...current.canaryConfiguration,
            canaryPercent: steps[0].weight,
            canaryBakeTimeInMinutes: minutes,
        };
    }
    // Keep the team's own hooks (Lambda hooks, say); replace any PAUSE hook we added on an earlier run.
    const theirs = (current.lifecycleHooks ?? []).filter((h) => !isOurPauseHook(h));
    const ours = {
        targetType: 'PAUSE',
        lifecycleStages: [...PAUSE_STAGES],
        // If the job dies and no post step answers, ECS rolls back on its own when the hook times out.
        timeoutConfiguration: { timeoutInMinutes: hookTimeoutMinutes, action: 'ROLLBACK' },
    };
    config.lifecycleHooks = [...theirs, ours];
    const names = [...new Set([...(current.alarms?.alarmNames ?? []), ...alarmNames])];
    if (names.length)
        config.alarms = { ...current.alarms, alarmNames: names, enable: true, rollback: true };
    const shape = style.strategy === 'CANARY'
        ? `canary ${config.canaryConfiguration?.canaryPercent ?? 5}% for ${config.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10} min, then 100%`
        : style.strategy === 'LINEAR'
            ? `linear steps of ${config.linearConfiguration?.stepPercent ?? 10}% every ${config.linearConfiguration?.stepBakeTimeInMinutes ?? 6} min`
            : 'blue/green: all at once';
    return {
        strategy: style.strategy,
        deploymentConfiguration: config,
        why: `ECS ${shape}; paused for checks at ${PAUSE_STAGES.join(', ')}${names.length ? `; ECS rolls back on ${names.join(', ')}` : ''}`,
    };
}
/**
 * The schedule ECS will walk with this configuration, as the driver sees it: the gate at 0% (test traffic), each
 * production step baked by ECS itself before its next pause (so no bake of ours on top), and 100% held for `holdMs`
 * at the last pause.
 */
function nativeSteps(config, holdMs) {
    const minute = 60_000;
    if (config.strategy === 'CANARY') {
        const canary = config.canaryConfiguration ?? {};
        return [
            { weight: 0, bakeMs: 0 },
            { weight: canary.canaryPercent ?? 5, bakeMs: 0, platformBakeMs: (canary.canaryBakeTimeInMinutes ?? 10) * minute },
            { weight: 100, bakeMs: holdMs },
        ];
    }
    if (config.strategy === 'LINEAR') {
        const step = config.linearConfiguration?.stepPercent ?? 10;
        const platformBakeMs = (config.linearConfiguration?.stepBakeTimeInMinutes ?? 6) * minute;
        const weights = [];
        for (let w = step; w < 100; w += step)
            weights.push(Math.round(w * 10) / 10);
        return [
            { weight: 0, bakeMs: 0 },
            ...weights.map((weight) => ({ weight, bakeMs: 0, platformBakeMs })),
            { weight: 100, bakeMs: holdMs },
        ];
    }
    return [
        { weight: 0, bakeMs: 0 },
        { weight: 100, bakeMs: holdMs },
    ];
}

;// CONCATENATED MODULE: ./build/lib/traffic/ecs-native/provider.js
/**
 * The ECS native provider: one service whose deployment controller is ECS with strategy CANARY, LINEAR or BLUE_GREEN.
 * UpdateService carries the whole deploymentConfiguration with our PAUSE hooks and the alarms; ECS moves the traffic
 * and pauses at each hook for this run's word. Each answer (CONTINUE, or ROLLBACK to restore) goes through the guard,
 * where traffic is is read from the production listener rule, and our hooks leave the service when the release ends.
 */













const RUNNING = [
    'PENDING',
    'IN_PROGRESS',
    'ROLLBACK_REQUESTED',
    'ROLLBACK_IN_PROGRESS',
    'STOP_REQUESTED',
];
const finished = (d) => !RUNNING.includes(d.status ?? '');
const rollingBack = (d) => /^ROLLBACK|^STOP/.test(d.status ?? '');
/** Reads the service's production rule and which of its two target groups serves production now. */
async function observeNativeTraffic(clients, service) {
    const lb = service.loadBalancers?.find((l) => l.advancedConfiguration?.productionListenerRule);
    const advanced = lb?.advancedConfiguration;
    if (!lb?.targetGroupArn || !advanced?.productionListenerRule || !advanced.alternateTargetGroupArn)
        return {};
    const route = (0,route_arn/* parseRouteArn */.O)(advanced.productionListenerRule, 'service');
    const split = (await observeRoute(clients.elbv2, route, 'service')).split;
    const [a, b] = [lb.targetGroupArn, advanced.alternateTargetGroupArn];
    const stable = percentOf(split, b) > percentOf(split, a) ? b : a;
    return { route, stableTargetGroup: stable, newTargetGroup: stable === a ? b : a };
}
/** One release of one native service. */
class NativeProvider {
    request;
    service;
    native;
    traffic;
    kind = 'ecs-native';
    plan;
    notes = [];
    store;
    arn;
    /** The deployment as this run last read it: the expectation of every answer it sends. */
    last;
    askedRollback = false;
    /**
     * Set while an UpdateService may have started a deployment this run cannot name: a restore cannot say where traffic
     * is.
     */
    unknownStart;
    constructor(request, service, native, traffic, clients) {
        this.request = request;
        this.service = service;
        this.native = native;
        this.traffic = traffic;
        this.store = ecsServiceTags(clients.ecs, service.serviceArn);
        const name = service.serviceName;
        this.plan = {
            steps: nativeSteps(native.deploymentConfiguration, request.holdMs),
            summary: native.why,
            revisionBefore: service.taskDefinition,
            revisionAfter: request.taskDefinition,
            sides: [
                `${name} ${(0,arns/* shortTaskDefinition */.P5)(service.taskDefinition)}`,
                `${name} ${(0,arns/* shortTaskDefinition */.P5)(request.taskDefinition)}`,
            ],
            testRoute: service.loadBalancers?.find((l) => l.advancedConfiguration?.testListenerRule)?.advancedConfiguration
                ?.testListenerRule,
        };
    }
    /**
     * How often the deployment is looked at while the platform moves: the poll interval, or the check interval when
     * shorter.
     */
    get followMs() {
        return Math.min(this.request.pollIntervalMs, this.request.checkIntervalMs);
    }
    async claim(ctx) {
        const ttlMs = this.request.waitTimeoutMs * 3 +
            this.plan.steps.reduce((s, x) => s + x.bakeMs, 0) +
            this.request.maxExtensionMs * this.plan.steps.length +
            60 * 60_000;
        const acquired = await acquireLease(this.store, ctx.me, { ttlMs, takeOverStale: true, clock: ctx.clock });
        if (acquired.tookOver)
            this.notes.push(`took over a stale lease of ${describeLease(acquired.tookOver)}`);
    }
    async start(ctx) {
        const { clients, io, clock } = ctx;
        const { cluster, taskDefinition } = this.request;
        const name = this.service.serviceName;
        const createdAfter = new Date(Date.now() - 2000);
        const sent = await guardedWrite({
            what: `update ${name} to ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)} with our PAUSE hooks`,
            proofs: [leaseProof(this.store, ctx.me, clock), this.serviceUnchangedProof(clients)],
            send: async () => {
                try {
                    await clients.ecs.send(new UpdateServiceCommand_UpdateServiceCommand({
                        cluster,
                        service: name,
                        taskDefinition,
                        deploymentConfiguration: this.native.deploymentConfiguration,
                    }));
                }
                catch (err) {
                    // A refusal changed nothing; a call that got no answer may have started the deployment.
                    if (errors_awsErrorKind(err) === 'transient')
                        this.unknownStart = `the update of ${name} to ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)} may have reached ECS`;
                    throw err;
                }
                this.unknownStart = `ECS accepted the update of ${name} to ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)}, but its service deployment was not found`;
            },
            readBack: async () => (await clients.ecs.send(new ListServiceDeploymentsCommand_ListServiceDeploymentsCommand({ cluster, service: name, createdAt: { after: createdAfter } }))).serviceDeployments?.[0]?.serviceDeploymentArn,
        });
        if (!sent.done)
            return { done: false, refused: sent.refused };
        if (!sent.value)
            throw new Error(`UpdateService of ${name} started no service deployment that ListServiceDeployments shows`);
        this.unknownStart = undefined;
        this.arn = sent.value;
        io.info(`${name}: service deployment ${this.arn} started with ${(0,arns/* shortTaskDefinition */.P5)(taskDefinition)}`);
        // The gate: ECS scales the new revision up, gives it test traffic, then waits at our first hook.
        const gate = await this.waitFor(ctx, (r) => r.waiting || r.weight > 0, 'the new revision up with test traffic');
        return gate.ended
            ? {
                done: false,
                refused: `ECS ended the deployment before any production traffic moved: ${gate.ended.detail}`,
                reading: gate,
            }
            : { done: true, reading: gate };
    }
    async read(ctx) {
        const d = await this.describe(ctx.clients);
        return this.readingOf(d, await this.productionWeight(ctx.clients, d));
    }
    async advance(index, ctx) {
        const target = this.plan.steps[index].weight;
        // From a pause: answer our hooks (each through the guard) until ECS has moved production traffic to the step.
        const deadline = ctx.clock.now() + this.request.waitTimeoutMs;
        for (;;) {
            const reading = await this.read(ctx);
            if (reading.ended || reading.lost)
                return { done: false, refused: reading.ended?.detail ?? reading.lost, reading };
            if (reading.weight >= target && (reading.weight > 0 || target === 0))
                return { done: true, reading };
            if (reading.waiting) {
                const answered = await this.answer(ctx);
                if (answered)
                    return { done: false, refused: answered, reading };
            }
            else if (ctx.clock.now() > deadline) {
                return {
                    done: false,
                    refused: `ECS did not move production traffic to ${target}% within ${(0,duration/* formatDuration */.a)(this.request.waitTimeoutMs)}: ${reading.detail}`,
                    reading,
                };
            }
            else
                await ctx.clock.sleep(this.followMs, ctx.signal);
        }
    }
    async restore(reason, ctx) {
        const { cluster } = this.request;
        const name = this.service.serviceName;
        if (this.unknownStart)
            throw new Error(`${this.unknownStart}. Check \`aws ecs list-service-deployments --cluster ${cluster} --service ${name}\`: a deployment of ${(0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition)} still running is rolled back by mode: abort`);
        if (!this.arn)
            return { back: true, detail: 'no deployment was started: production traffic never moved', serving: 'stable' };
        const { end, refused } = await this.rollBackAndFollow(reason, ctx);
        if (refused)
            return { back: false, detail: `${refused}; traffic left as read: ${end.detail}`, reading: end };
        await this.removeOurHooks(ctx);
        const [was, next] = [
            (0,arns/* shortTaskDefinition */.P5)(this.service.taskDefinition),
            (0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition),
        ];
        if (end.ended?.how === 'rolled-back')
            return {
                back: true,
                detail: `ECS rolled ${this.arn} back: all traffic on ${was} again (ROLLBACK_SUCCESSFUL)`,
                reading: end,
                serving: 'stable',
            };
        if (end.ended?.how === 'completed') {
            ctx.io.error(`bake-and-promote: ${reason}; but ECS had completed ${this.arn} first: ${next} serves all traffic. Roll it back (the rollback action) now.`);
            return {
                back: false,
                detail: `ECS completed the deployment before the rollback: ${next} serves all traffic, run rollback`,
                reading: end,
                serving: 'new',
            };
        }
        return {
            back: false,
            detail: `ECS ended ${end.detail}, so traffic is not confirmed back on ${was}. Check \`aws ecs describe-service-deployments --service-deployment-arns ${this.arn}\``,
            reading: end,
        };
    }
    /**
     * Asks ECS to roll the deployment back (through the guard, unless it is already rolling back or over), then follows
     * it
     * to its end for up to wait-timeout; looks that fail are tried again. Throws, saying what to check, when ECS could
     * not
     * be read at all.
     */
    async rollBackAndFollow(reason, ctx) {
        const giveUpAt = ctx.clock.now() + this.request.waitTimeoutMs;
        // The deployment as the bake last saw it: the expectation that stands in for the lease when the lease cannot be
        // read.
        const expected = this.last;
        let problem;
        let last;
        for (;;) {
            try {
                const d = await this.describe(ctx.clients);
                last = this.readingOf(d, d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0);
                if (finished(d))
                    return { end: { ...last, weight: await this.productionWeight(ctx.clients, d).catch(() => last.weight) } };
                if (!rollingBack(d) && !this.askedRollback) {
                    const refused = await this.askRollback(reason, d, expected, ctx);
                    if (refused)
                        return { end: last, refused };
                }
            }
            catch (err) {
                if (errors_awsErrorKind(err) !== 'transient' && errors_awsErrorKind(err) !== 'throttled')
                    throw err;
                problem = err;
                ctx.io.warning(`reading or rolling back ${this.arn} failed (${(0,errors/* errorMessage */.gJ)(err)}); trying again`);
            }
            if (ctx.clock.now() >= giveUpAt)
                break;
            await ctx.clock.sleep(this.followMs);
        }
        if (!last)
            throw new Error(`${this.arn} could not be read after the error (${(0,errors/* errorMessage */.gJ)(problem)}); it was not rolled back. Check \`aws ecs describe-service-deployments --service-deployment-arns ${this.arn}\`; while it runs, mode: abort rolls it back (the post step tries too)`, { cause: problem });
        return { end: { ...last, detail: `${this.arn} was ${last.detail} at the last look` } };
    }
    /**
     * The rollback, through the guard: the lease (2 s at most, after a cancel), or the deployment still as this run last
     * read it.
     */
    async askRollback(reason, d, expected, ctx) {
        const asked = await guardedWrite({
            what: `roll ${this.service.serviceName} back (${reason})`,
            proofs: [
                eitherProof(boundedProof(2000, leaseProof(this.store, ctx.me, ctx.clock)), this.deploymentUnchangedProof(ctx.clients, expected)),
            ],
            send: async () => {
                this.askedRollback = true;
                // ECS may have finished it between our look and this call: the next look says how.
                ctx.io.info(await rollBackServiceDeployment(ctx.clients, d).catch((err) => `asking ECS to roll back failed (${(0,errors/* errorMessage */.gJ)(err)}); looking again`));
            },
            readBack: async () => undefined,
        });
        return asked.done ? undefined : asked.refused;
    }
    async finish(ctx) {
        const notes = [];
        const reading = await this.read(ctx);
        if (reading.waiting) {
            const answered = await this.answer(ctx);
            if (answered)
                return { promoted: false, detail: answered, reading, notes };
        }
        const end = await this.waitFor(ctx, (r) => r.ended !== undefined, 'ECS to finish the deployment', false);
        const promoted = end.ended?.how === 'completed';
        await this.removeOurHooks(ctx, notes);
        return {
            promoted,
            detail: promoted
                ? `ECS completed ${this.arn}: all traffic on ${(0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition)} (read back)`
                : `ECS ended ${this.arn} ${end.ended?.detail ?? 'in no known state'}`,
            reading: end,
            notes,
        };
    }
    async release(ctx) {
        ctx.io.info(`lease: ${await releaseLease(this.store, ctx.me)}`);
    }
    resumeState() {
        const state = {
            cluster: this.request.cluster,
            service: this.service.serviceName,
            serviceArn: this.service.serviceArn,
            deploymentArn: this.arn,
            ours: this.native.deploymentConfiguration,
            before: this.service.deploymentConfiguration ?? {},
            traffic: this.traffic,
            revisionBefore: this.service.taskDefinition,
        };
        return { ...state };
    }
    /**
     * Answers our awaiting hook with CONTINUE, guarded: the lease, the deployment as last read, the new revision up and
     * healthy.
     */
    async answer(ctx) {
        const d = this.last;
        const hold = pausedBy(d, this.native.deploymentConfiguration);
        if (hold?.owner !== 'ours')
            return `the deployment waits on a hook that is not ours: ${hold ? hold.hookIds.join(', ') : 'none'}`;
        const proofs = [
            leaseProof(this.store, ctx.me, ctx.clock),
            this.deploymentUnchangedProof(ctx.clients),
            this.newRevisionUpProof(ctx.clients),
        ];
        if (this.traffic.newTargetGroup)
            proofs.push(healthyTargetsProof(ctx.clients.elbv2, this.traffic.newTargetGroup));
        const result = await guardedWrite({
            what: `continue ${d.lifecycleStage ?? 'the paused stage'} of ${this.arn}`,
            proofs,
            send: async () => {
                const refused = await continueOurHook(ctx.clients, this.arn, hold.hookId);
                if (refused)
                    ctx.io.warning(`ECS did not take the CONTINUE (${refused}); the next look says why`);
            },
            readBack: async () => this.describe(ctx.clients),
        });
        if (!result.done)
            return result.refused;
        ctx.io.info(`continued ${d.lifecycleStage} (${hold.hookId})`);
        return undefined;
    }
    /**
     * Looks every poll interval until `until` holds, ECS ends the deployment, or wait-timeout passes; returns the last
     * reading.
     */
    async waitFor(ctx, until, what, cancellable = true) {
        const deadline = ctx.clock.now() + this.request.waitTimeoutMs;
        for (;;) {
            const reading = await this.read(ctx);
            if (until(reading) || reading.ended)
                return reading;
            if (ctx.clock.now() > deadline)
                return {
                    ...reading,
                    detail: `still waiting for ${what} after ${(0,duration/* formatDuration */.a)(this.request.waitTimeoutMs)}: ${reading.detail}`,
                };
            await ctx.clock.sleep(this.followMs, cancellable ? ctx.signal : undefined);
        }
    }
    async describe(clients) {
        const found = (await clients.ecs.send(new DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [this.arn] }))).serviceDeployments?.[0];
        if (!found)
            throw new Error(`DescribeServiceDeployments does not know ${this.arn}`);
        this.last = found;
        return found;
    }
    /**
     * The new revision's share of production traffic: from the production rule where the service has one, else ECS's
     * requested weight.
     */
    async productionWeight(clients, d) {
        const requested = d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;
        if (!this.traffic.route || !this.traffic.newTargetGroup)
            return requested;
        const split = (await observeRoute(clients.elbv2, this.traffic.route, 'service')).split;
        return percentOf(split, this.traffic.newTargetGroup);
    }
    readingOf(d, weight) {
        const [stable, next] = this.plan.sides;
        const hold = pausedBy(d, this.native.deploymentConfiguration);
        const status = d.status ?? 'unknown';
        const ended = finished(d)
            ? {
                how: endedHow(status),
                detail: `${status}${d.statusReason ? `: ${d.statusReason}` : ''}${d.rollback?.reason ? ` (${d.rollback.reason})` : ''}${d.alarms?.triggeredAlarmNames?.length ? ` (alarms ${d.alarms.triggeredAlarmNames.join(', ')})` : ''}`,
            }
            : undefined;
        const lost = !ended && rollingBack(d) && !this.askedRollback
            ? `another hand is rolling ${this.arn} back (${status}${d.rollback?.reason ? `: ${d.rollback.reason}` : ''})`
            : undefined;
        return {
            weight,
            shares: { [stable]: 100 - weight, [next]: weight },
            waiting: hold?.owner === 'ours',
            ended,
            lost,
            detail: `${status}${d.lifecycleStage ? ` at ${d.lifecycleStage}` : ''}, ${weight}% on ${(0,arns/* shortTaskDefinition */.P5)(this.request.taskDefinition)}${hold ? ` (paused${hold.owner === 'ours' ? '' : ' by a hook of yours'})` : ''}`,
        };
    }
    /** The service still runs what it ran when observed, with no deployment of another hand in flight. */
    serviceUnchangedProof(clients) {
        return async () => {
            const now = (await pollServices(clients, this.request.cluster, [this.service.serviceName])).get(this.service.serviceName);
            if (now?.taskDefinition !== this.service.taskDefinition)
                return `${this.service.serviceName} runs ${(0,arns/* shortTaskDefinition */.P5)(now?.taskDefinition)} now, not the ${(0,arns/* shortTaskDefinition */.P5)(this.service.taskDefinition)} this run planned from`;
            const inFlight = now?.deployments?.find((x) => x.status === 'PRIMARY' && x.rolloutState === 'IN_PROGRESS');
            return inFlight ? `${this.service.serviceName} has a deployment in flight (${inFlight.id})` : undefined;
        };
    }
    /** The deployment is still where this run last read it: same status, stage and awaiting hook. */
    deploymentUnchangedProof(clients, expected = this.last) {
        return async () => {
            const now = (await clients.ecs.send(new DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [this.arn] }))).serviceDeployments?.[0];
            const key = (d) => `${d?.status}/${d?.lifecycleStage ?? ''}/${(d?.lifecycleHookDetails ?? [])
                .filter((h) => h.status === 'AWAITING_ACTION')
                .map((h) => h.hookId)
                .join(',')}`;
            return key(now) === key(expected)
                ? undefined
                : `${this.arn} is ${key(now)} now, not the ${key(expected)} this run last read`;
        };
    }
    /** The new revision has every task it asked for running. */
    newRevisionUpProof(clients) {
        return async () => {
            const target = (await clients.ecs.send(new DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [this.arn] }))).serviceDeployments?.[0]?.targetServiceRevision;
            const [running, requested] = [target?.runningTaskCount ?? 0, target?.requestedTaskCount ?? 0];
            return requested > 0 && running >= requested
                ? undefined
                : `the new revision runs ${running} of ${requested} task(s)`;
        };
    }
    /**
     * Takes our hooks (and the alarms we added) off the service once the release has ended; the team's config otherwise
     * stays.
     */
    async removeOurHooks(ctx, notes = this.notes) {
        const said = await removeNativeHooks(ctx.clients, this.request.cluster, this.service.serviceName, this.native.deploymentConfiguration, this.service.deploymentConfiguration ?? {});
        if (!said)
            return;
        if (said.startsWith('could not'))
            notes.push(said);
        ctx.io.info(said);
    }
}
function endedHow(status) {
    if (status === 'SUCCESSFUL')
        return 'completed';
    if (status === 'ROLLBACK_SUCCESSFUL')
        return 'rolled-back';
    if (status === 'STOPPED')
        return 'stopped';
    return 'failed';
}
/**
 * Puts the service's deploymentConfiguration back as the team had it, when it is still the one this run set; otherwise
 * (someone changed it meanwhile) only our PAUSE hooks come off. Leaving them would pause every later deployment of the
 * service, and a pause no one answers times out into a rollback. Returns what it did, or undefined when nothing was
 * ours.
 */
async function removeNativeHooks(clients, cluster, name, ours, before) {
    try {
        const now = (await pollServices(clients, cluster, [name])).get(name)?.deploymentConfiguration;
        if (!hasOurHooks(now))
            return undefined;
        const same = canonical(withoutOurHooks(now)) === canonical(withoutOurHooks(ours));
        const next = same ? { ...before, strategy: now?.strategy ?? before.strategy } : withoutOurHooks(now ?? {});
        await clients.ecs.send(new UpdateServiceCommand_UpdateServiceCommand({ cluster, service: name, deploymentConfiguration: next }));
        return same
            ? `${name}: deployment configuration put back as it was before the bake (our PAUSE hooks and alarms off)`
            : `${name}: our PAUSE hooks taken off its deployment configuration (the rest was changed meanwhile and is kept)`;
    }
    catch (err) {
        return `could not take our PAUSE hooks off ${name} (${(0,errors/* errorMessage */.gJ)(err)}): its next deployment would pause on them; remove them from its deployment configuration`;
    }
}
/** JSON with keys in order and empty values left out, so two reads of one configuration compare equal. */
function canonical(value) {
    const walk = (v) => {
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v)
                .filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0))
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return JSON.stringify(walk(value));
}

;// CONCATENATED MODULE: ./build/lib/traffic/ecs-native/index.js
/**
 * ECS's own CANARY, LINEAR and BLUE_GREEN strategies as one provider module: open a request, or resume after a dead
 * job.
 */










const nativeProvider = {
    async open(request, ctx) {
        const { clients } = ctx;
        const name = request.services[0];
        const service = (await describeServices(clients, request.cluster, [name])).get(name);
        // ECS walks the service's own strategy: there is no "straight to 100%" to ask it for, and baking instead would not
        // be what was asked.
        if (request.mode === 'promote-now')
            throw new errors/* ConfigurationError */.j1('mode', "promote-now is not offered for ECS's own strategies: ECS moves their traffic by the service's strategy", 'use bake (with shorter steps), or abort');
        // A PAUSE hook that outlasts the longest wait between two answers, so ECS never times it out under a live bake.
        const hookTimeoutMinutes = Math.max(5, Math.ceil((request.maxExtensionMs + request.holdMs + request.checkIntervalMs * 2) / 60_000) + 5);
        const native = planNative(service, request.alarmNames, request.steps, request.stepsGiven, hookTimeoutMinutes);
        const running = await inFlight(clients, request.cluster, name);
        const weight = running?.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;
        if (request.mode === 'status') {
            const summary = running
                ? `deployment ${running.serviceDeploymentArn} is ${running.status}${running.lifecycleStage ? ` at ${running.lifecycleStage}` : ''} with ${weight}% on the new revision`
                : `no deployment is running; ${native.why}`;
            return { action: 'status', summary, shares: {}, revisionBefore: service.taskDefinition };
        }
        if (request.mode === 'abort') {
            if (!running || rollingBack(running))
                return {
                    action: 'nothing',
                    why: running
                        ? `ECS is already rolling back ${running.serviceDeploymentArn}`
                        : 'nothing to abort: no deployment is running',
                    shares: {},
                    revisionBefore: service.taskDefinition,
                };
            const why = `asked ECS to roll back ${running.serviceDeploymentArn} (it was at ${weight}%)`;
            return {
                action: 'abort',
                why,
                revisionBefore: service.taskDefinition,
                run: (run) => abortNative(run, request, service.serviceArn, running, why),
            };
        }
        if (running)
            throw new errors/* PlanError */.W6(`service "${name}" has a deployment in flight (${running.serviceDeploymentArn}, ${running.status}); refusing to start another over it (mode: abort rolls it back)`);
        if ((0,arns/* shortTaskDefinition */.P5)(service.taskDefinition) === (0,arns/* shortTaskDefinition */.P5)(request.taskDefinition))
            return {
                action: 'nothing',
                why: `${name} already runs ${(0,arns/* shortTaskDefinition */.P5)(request.taskDefinition)}`,
                shares: {},
                revisionBefore: service.taskDefinition,
            };
        return {
            action: 'bake',
            provider: new NativeProvider(request, service, native, await observeNativeTraffic(clients, service), clients),
        };
    },
    async post(resume, phase, ctx) {
        const state = resume;
        const store = ecsServiceTags(ctx.clients.ecs, state.serviceArn);
        const lease = await inspectLease(store, ctx.me, new Date(ctx.clock.now()));
        if (lease.state === 'held')
            return `skipping: ${describeLease(lease.lease)} holds the service's lease now and owns its traffic`;
        let said = 'nothing to do: no deployment was started';
        if (state.deploymentArn)
            said = await settleLeftBehind(ctx, state, phase === 'promoted');
        const hooks = await removeNativeHooks(ctx.clients, state.cluster, state.service, state.ours, state.before);
        if (hooks)
            ctx.io.info(hooks);
        ctx.io.info(`lease: ${await releaseLease(store, ctx.me)}`);
        return said;
    },
};
/** The running deployment of a service, described, when there is one. */
async function inFlight(clients, cluster, service) {
    const listed = (await clients.ecs.send(new ListServiceDeploymentsCommand_ListServiceDeploymentsCommand({ cluster, service, status: [...RUNNING] })))
        .serviceDeployments ?? [];
    const arn = listed[0]?.serviceDeploymentArn;
    return arn
        ? (await clients.ecs.send(new DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
            .serviceDeployments?.[0]
        : undefined;
}
/**
 * An operator's abort: the lease taken over visibly, ECS asked to roll back through the guard, our hooks off, the lease
 * let go.
 */
async function abortNative(ctx, request, serviceArn, running, why) {
    const store = ecsServiceTags(ctx.clients.ecs, serviceArn);
    const notes = [];
    const acquired = await acquireLease(store, ctx.me, {
        ttlMs: request.waitTimeoutMs + 10 * 60_000,
        takeOverStale: true,
        preempt: true,
        clock: ctx.clock,
    });
    if (acquired.tookOver)
        notes.push(`took the service over from ${describeLease(acquired.tookOver)}: that run stops at its next guarded write`);
    try {
        const asked = await guardedWrite({
            what: `roll ${running.serviceDeploymentArn} back`,
            proofs: [leaseProof(store, ctx.me, ctx.clock)],
            send: async () => ctx.io.info(await rollBackServiceDeployment(ctx.clients, running)),
            readBack: async () => undefined,
        });
        if (!asked.done)
            return { back: false, detail: asked.refused, notes };
        return { back: true, detail: why, notes };
    }
    finally {
        await releaseLease(store, ctx.me).catch(() => undefined);
    }
}
/**
 * The post step on a deployment main left: rolled back unless main had passed its hold; then its last hook answered.
 */
async function settleLeftBehind(ctx, state, promoted) {
    const d = (await ctx.clients.ecs.send(new DescribeServiceDeploymentsCommand_DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [state.deploymentArn] }))).serviceDeployments?.[0];
    if (!d)
        return `nothing to do: ${state.deploymentArn} is not known to ECS`;
    if (finished(d))
        return `nothing to do: ${d.serviceDeploymentArn} already ended ${d.status}`;
    if (rollingBack(d))
        return `nothing to do: ECS is already rolling ${d.serviceDeploymentArn} back (${d.status})`;
    const store = ecsServiceTags(ctx.clients.ecs, state.serviceArn);
    if (promoted) {
        const hold = pausedBy(d, state.ours);
        if (hold?.owner !== 'ours')
            return `leaving ${d.serviceDeploymentArn} to finish: main had passed every check through its hold`;
        const sent = await guardedWrite({
            what: `continue the last pause of ${d.serviceDeploymentArn}`,
            proofs: [notHeldByOtherProof(store, ctx.me, ctx.clock)],
            send: async () => void (await continueOurHook(ctx.clients, d.serviceDeploymentArn, hold.hookId)),
            readBack: async () => undefined,
        });
        return sent.done
            ? `main had passed every check through its hold: continued ${d.lifecycleStage} so ECS finishes ${d.serviceDeploymentArn}`
            : sent.refused;
    }
    const weight = d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;
    const asked = await guardedWrite({
        what: `roll ${d.serviceDeploymentArn} back`,
        proofs: [notHeldByOtherProof(store, ctx.me, ctx.clock)],
        send: async () => void (await rollBackServiceDeployment(ctx.clients, d)),
        readBack: async () => undefined,
    });
    if (!asked.done)
        return asked.refused;
    ctx.io.warning(`the main step left ${d.serviceDeploymentArn} at ${weight}% (${d.lifecycleStage ?? d.status}); asked ECS to roll it back`);
    return 'rolled back what the main step left';
}

;// CONCATENATED MODULE: ./build/lib/traffic/factory.js






const PROVIDERS = {
    alb: albProvider,
    'ecs-native': nativeProvider,
    codedeploy: codeDeployProvider,
};
/**
 * Which provider a request needs: two services are colors; one service goes by its deployment controller and strategy.
 */
function providerKindOf(services, single) {
    if (services.length === 2)
        return 'alb';
    const style = single ? deploymentStyleOf(single) : undefined;
    if (style?.controller === 'CODE_DEPLOY')
        return 'codedeploy';
    if (style?.controller === 'ECS' && style.strategy !== 'ROLLING')
        return 'ecs-native';
    if (style?.controller === 'EXTERNAL')
        throw new errors/* ConfigurationError */.j1('service', `service "${single?.serviceName}" uses the EXTERNAL deployment controller; its task sets are your own tooling's`);
    throw rollingRefusal(single?.serviceName ?? services[0]);
}

// EXTERNAL MODULE: ./build/lib/checks/alarms.js + 1 modules
var alarms = __webpack_require__(1418);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js
var dist_es_commandBuilder = __webpack_require__(4225);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js + 2 modules
var client_cloudwatch_dist_es_schemas_schemas_0 = __webpack_require__(3037);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricDataCommand.js


class GetMetricDataCommand extends (0,dist_es_commandBuilder/* command */.G5)(dist_es_commandBuilder/* _ep0 */.lq, dist_es_commandBuilder/* _mw0 */.yt, "GetMetricData", client_cloudwatch_dist_es_schemas_schemas_0/* GetMetricData$ */.xuT) {
}

;// CONCATENATED MODULE: ./build/lib/checks/statistics.js
/**
 * The significance tests the canary judge uses, pure and exact where it matters: Fisher's exact test for "the
 * canary's error rate is higher than stable's" (2×2 counts, no large-sample assumption, so 3 errors in 40 requests
 * is judged as fairly as 300 in 4000), a binomial tail for a rate against a fixed bound (no stable baseline, at
 * 100%), and the Mann-Whitney U test for "the canary's latencies sit higher than stable's" (ranks, no assumption
 * about their distribution; Kayenta judges latency the same way).
 */
/** ln(n!) by Lanczos' log-gamma: exact enough for sums of hypergeometric terms up to millions of requests. */
function logFactorial(n) {
    return logGamma(n + 1);
}
const LANCZOS = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = 0.99999999999980993;
    const t = z + 7.5;
    LANCZOS.forEach((c, i) => (a += c / (z + i + 1)));
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
/**
 * One-sided Fisher's exact test: the probability, with both groups' totals and the total of errors fixed, that the
 * canary gets at least `canaryErrors` of the errors if both versions fail alike. Small means "the canary is worse".
 */
function fisherGreater(canaryErrors, canaryTotal, stableErrors, stableTotal) {
    const errors = canaryErrors + stableErrors;
    const total = canaryTotal + stableTotal;
    if (errors === 0 || canaryTotal === 0)
        return 1;
    const top = Math.min(errors, canaryTotal);
    const logDenominator = logChoose(total, errors);
    let p = 0;
    for (let k = canaryErrors; k <= top; k++) {
        if (errors - k > stableTotal)
            continue;
        p += Math.exp(logChoose(canaryTotal, k) + logChoose(stableTotal, errors - k) - logDenominator);
    }
    return Math.min(1, p);
}
/** P(X ≥ x) for X ~ Binomial(n, p): how likely `x` or more errors are in `n` requests at an error rate of `p`. */
function binomialAtLeast(x, n, p) {
    if (x <= 0)
        return 1;
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    let sum = 0;
    for (let k = x; k <= n; k++) {
        const term = Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
        sum += term;
        // The terms fall fast past the mean: stop once they no longer count.
        if (k > n * p && term < sum * 1e-12)
            break;
    }
    return Math.min(1, sum);
}
/**
 * One-sided Mann-Whitney U test: the probability of ranks at least this high for the canary's values if both samples
 * came from one distribution (normal approximation with the tie correction and a continuity correction; exact
 * enough from 5 values a side, the least the judge uses). Small means "the canary's values are higher".
 */
function mannWhitneyGreater(canary, stable) {
    const n1 = canary.length;
    const n2 = stable.length;
    if (n1 === 0 || n2 === 0)
        return 1;
    const all = [...canary.map((v) => ({ v, c: true })), ...stable.map((v) => ({ v, c: false }))].sort((a, b) => a.v - b.v);
    let rankSum = 0;
    let ties = 0;
    for (let i = 0; i < all.length;) {
        let j = i;
        while (j + 1 < all.length && all[j + 1].v === all[i].v)
            j++;
        const rank = (i + j + 2) / 2;
        const size = j - i + 1;
        ties += size ** 3 - size;
        for (let k = i; k <= j; k++)
            if (all[k].c)
                rankSum += rank;
        i = j + 1;
    }
    const u = rankSum - (n1 * (n1 + 1)) / 2;
    const mean = (n1 * n2) / 2;
    const n = n1 + n2;
    const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
    if (variance <= 0)
        return 1;
    const z = (u - mean - 0.5) / Math.sqrt(variance);
    return 1 - normalCdf(z);
}
/** The standard normal CDF (Abramowitz and Stegun 7.1.26 through erf, error under 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erf = 1 -
        ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
/** The median of a sample (undefined when empty). */
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// EXTERNAL MODULE: ./build/lib/checks/metric-policy.js
var metric_policy = __webpack_require__(3417);
;// CONCATENATED MODULE: ./build/lib/checks/metrics-verdict.js


/** Judges canary against stable under a policy; fail wins over inconclusive, which wins over pass. */
function judgeMetrics(canary, stable, policy) {
    const errorRate = judgeErrorRate(canary, stable, policy);
    const latency = policy.compareLatency
        ? judgeLatency(canary, stable, policy)
        : { outcome: 'off', reason: 'latency comparison is off' };
    const outcomes = [errorRate.outcome, latency.outcome];
    const verdict = outcomes.includes('fail')
        ? 'fail'
        : outcomes.includes('inconclusive')
            ? 'inconclusive'
            : 'pass';
    return { verdict, errorRate, latency };
}
/** Every error a group's requests met, and the requests (at least as many as the errors). */
function errorCounts(group) {
    const errors = (group.errors5xx ?? 0) + (group.connectionErrors ?? 0) + (group.unattributed5xx ?? 0);
    return { errors, requests: Math.max(group.requests ?? 0, errors) };
}
function judgeErrorRate(canary, stable, policy) {
    const c = errorCounts(canary);
    const s = errorCounts(stable);
    const alpha = 1 - policy.confidence;
    if (c.requests < policy.minRequests)
        return {
            outcome: 'inconclusive',
            reason: `the canary served ${c.requests} requests, fewer than the ${policy.minRequests} needed to judge`,
        };
    const canaryRate = c.errors / c.requests;
    const counted = `errors ${c.errors}/${c.requests} (${percent(canaryRate)}${breakdown(canary)})`;
    const tolerance = `tolerance +${percent(policy.max5xxRateIncrease)}, confidence ${percent(policy.confidence)}`;
    if (s.requests < policy.minRequests) {
        // No stable baseline (at 100%, or a stable group with too little traffic): the canary's rate against the tolerance
        // alone.
        const pValue = binomialAtLeast(c.errors, c.requests, policy.max5xxRateIncrease);
        const outcome = pValue < alpha ? 'fail' : 'pass';
        return {
            outcome,
            reason: `${counted} against no stable baseline (${s.requests} requests): binomial p=${pValue.toPrecision(2)}${outcome === 'fail' ? ` < ${alpha.toPrecision(2)}` : ''}; ${tolerance}`,
            canary: canaryRate,
            pValue,
        };
    }
    const stableRate = s.errors / s.requests;
    const pValue = fisherGreater(c.errors, c.requests, s.errors, s.requests);
    const over = canaryRate - stableRate > policy.max5xxRateIncrease + 1e-12;
    const outcome = pValue < alpha && over ? 'fail' : 'pass';
    const why = pValue >= alpha
        ? 'not significant'
        : over
            ? 'significant and over the tolerance'
            : 'significant but within the tolerance';
    return {
        outcome,
        reason: `${counted} against stable ${s.errors}/${s.requests} (${percent(stableRate)}): Fisher p=${pValue.toPrecision(2)}, ${why}; ${tolerance}`,
        canary: canaryRate,
        stable: stableRate,
        pValue,
    };
}
function breakdown(group) {
    const parts = [
        group.connectionErrors ? `${group.connectionErrors} connection errors` : '',
        group.unattributed5xx ? `${group.unattributed5xx} load balancer 5xx` : '',
    ].filter(Boolean);
    return parts.length ? `; ${parts.join(', ')} included` : '';
}
function judgeLatency(canary, stable, policy) {
    if ((canary.requests ?? 0) < policy.minRequests)
        return { outcome: 'inconclusive', reason: 'too few canary requests to judge p95 latency' };
    const ranked = rankLatency(canary.latencySeries ?? [], stable.latencySeries ?? [], policy);
    if (ranked)
        return ranked;
    if (canary.p95Ms === 'unavailable' || stable.p95Ms === 'unavailable')
        return { outcome: 'inconclusive', reason: 'p95 latency could not be read from CloudWatch' };
    if (canary.p95Ms === undefined)
        return { outcome: 'inconclusive', reason: 'no p95 latency data for the canary' };
    if (stable.p95Ms === undefined || (stable.requests ?? 0) < policy.minRequests) {
        return {
            outcome: 'inconclusive',
            reason: `no stable p95 to compare the canary's ${ms(canary.p95Ms)} with`,
            canaryMs: canary.p95Ms,
        };
    }
    const limit = Math.max(stable.p95Ms * policy.maxLatencyRatio, stable.p95Ms + policy.latencySlackMs);
    const reason = `p95 ${ms(canary.p95Ms)} against stable ${ms(stable.p95Ms)}, limit ${ms(limit)}`;
    return { outcome: canary.p95Ms > limit ? 'fail' : 'pass', reason, canaryMs: canary.p95Ms, stableMs: stable.p95Ms };
}
/** Mann-Whitney over per-minute averages, once each side has enough of them; undefined to fall back to the p95. */
function rankLatency(canary, stable, policy) {
    if (canary.length < policy.minLatencyPeriods || stable.length < policy.minLatencyPeriods)
        return undefined;
    const [c, s] = [median(canary), median(stable)];
    const limit = Math.max(s * policy.maxLatencyRatio, s + policy.latencySlackMs);
    const pValue = mannWhitneyGreater(canary, stable);
    const alpha = 1 - policy.confidence;
    const outcome = pValue < alpha && c > limit ? 'fail' : 'pass';
    return {
        outcome,
        reason: `per-minute latency median ${ms(c)} against stable ${ms(s)} (${canary.length}/${stable.length} minutes), limit ${ms(limit)}: Mann-Whitney p=${pValue.toPrecision(2)}`,
        canaryMs: c,
        stableMs: s,
    };
}
function percent(fraction) {
    return `${(fraction * 100).toFixed(fraction < 0.1 ? 2 : 1).replace(/\.?0+$/, '')}%`;
}
function ms(value) {
    return `${Math.round(value)}ms`;
}

// EXTERNAL MODULE: ./build/lib/checks/retry.js
var checks_retry = __webpack_require__(9122);
;// CONCATENATED MODULE: ./build/lib/checks/metrics.js
/**
 * Reading the canary's and the stable target group's ALB metrics from CloudWatch over one window, in as few
 * GetMetricData calls as the judge needs. The first call reads the sums (RequestCount, HTTPCode_Target_5XX_Count,
 * TargetConnectionErrorCount per group, and the load balancer's own HTTPCode_ELB_5XX_Count, which has no TargetGroup
 * dimension) and, once the window holds enough minutes for the rank test, the per-minute averages of
 * TargetResponseTime beside them. The p95 of TargetResponseTime is read in a call of its own, and only when the rank
 * test cannot decide (a short window, or minutes without data): moto fails a whole call that asks for any
 * percentile, and real CloudWatch can too when a percentile is not available, so the sums must not depend on it.
 * Dimensions go TargetGroup, then LoadBalancer: CloudWatch matches dimensions as they were published.
 */



/** "app/web/50dc6c495c0c9188" from a load balancer ARN: the LoadBalancer dimension. */
function loadBalancerDimension(arn) {
    const match = /:loadbalancer\/(.+)$/.exec(arn);
    if (!match)
        throw new Error(`not a load balancer ARN: ${arn}`);
    return match[1];
}
/** "targetgroup/web-green/2453ed029918f21f" from a target group ARN: the TargetGroup dimension. */
function targetGroupDimension(arn) {
    const match = /:(targetgroup\/.+)$/.exec(arn);
    if (!match)
        throw new Error(`not a target group ARN: ${arn}`);
    return match[1];
}
/** Reads both groups' numbers for the window and judges them; sum errors are retried, then reported as `error`. */
async function readCanaryMetrics(cloudwatch, window, policy, retry = {}) {
    const groups = { canary: window.canaryTargetGroupArn, stable: window.stableTargetGroupArn };
    const sumQueries = Object.entries(groups).flatMap(([key, arn]) => [
        query(`${key}_requests`, 'RequestCount', 'Sum', arn, window),
        query(`${key}_errors`, 'HTTPCode_Target_5XX_Count', 'Sum', arn, window),
        query(`${key}_connections`, 'TargetConnectionErrorCount', 'Sum', arn, window),
    ]);
    sumQueries.push(query('lb_elb5xx', 'HTTPCode_ELB_5XX_Count', 'Sum', undefined, window));
    const first = await (0,checks_retry/* attempt */.C)(() => fetchSeries(cloudwatch, [...sumQueries, ...latencyQueries(groups, window, policy)], window), retry);
    if (!first.ok)
        return {
            ok: false,
            verdict: 'error',
            reason: `could not read ALB metrics after ${first.attempts} attempts: ${first.error}`,
        };
    const sums = combine(first.value, 'sum');
    const series = new Map(Object.keys(groups).flatMap((key) => first.value.has(key) ? [[key, first.value.get(key).map((v) => v * 1000)]] : []));
    let p95Error;
    let p95 = new Map();
    // The rank test over per-minute averages decides latency once both sides have enough of them: no p95 to read then.
    const ranked = Object.keys(groups).every((key) => (series.get(key)?.length ?? 0) >= policy.minLatencyPeriods);
    if (policy.compareLatency && !ranked) {
        const p95Queries = Object.entries(groups).map(([key, arn]) => query(`${key}_p95`, 'TargetResponseTime', 'p95', arn, window));
        const read = await (0,checks_retry/* attempt */.C)(async () => combine(await fetchSeries(cloudwatch, p95Queries, window), 'max'), retry);
        if (read.ok)
            p95 = read.value;
        else
            p95Error = read.error;
    }
    const stats = (key) => ({
        requests: sums.get(`${key}_requests`),
        errors5xx: sums.get(`${key}_errors`),
        connectionErrors: sums.get(`${key}_connections`),
        latencySeries: series.get(key),
        p95Ms: p95Error !== undefined ? 'unavailable' : p95.has(`${key}_p95`) ? p95.get(`${key}_p95`) * 1000 : undefined,
    });
    const stable = stats('stable');
    const canary = stats('canary');
    // The load balancer's 502s for failed connections are in its 5xx count too: only the rest is unexplained.
    const unattributed = (sums.get('lb_elb5xx') ?? 0) - (canary.connectionErrors ?? 0) - (stable.connectionErrors ?? 0);
    if (unattributed > 0)
        canary.unattributed5xx = unattributed;
    return { ok: true, canary, stable, p95Error, ...judgeMetrics(canary, stable, policy) };
}
/**
 * Per-minute TargetResponseTime averages per group (ids `canary`, `stable`), asked for only once the window holds
 * enough minutes.
 */
function latencyQueries(groups, window, policy) {
    if (!policy.compareLatency || window.end.getTime() - window.start.getTime() < policy.minLatencyPeriods * 60_000)
        return [];
    return Object.entries(groups).map(([key, arn]) => {
        const average = query(key, 'TargetResponseTime', 'Average', arn, window);
        return { ...average, MetricStat: { ...average.MetricStat, Period: 60 } };
    });
}
/**
 * One period covering the whole window (a multiple of 60 s), so a percentile is over the window, not a mean of minutes.
 */
function windowPeriodSeconds(window) {
    const seconds = Math.max(60, Math.ceil((window.end.getTime() - window.start.getTime()) / 1000));
    return Math.ceil(seconds / 60) * 60;
}
// A target group's metric, or (no target group) the load balancer's own.
function query(id, metric, stat, targetGroupArn, window) {
    return {
        Id: id,
        ReturnData: true,
        MetricStat: {
            Metric: {
                Namespace: 'AWS/ApplicationELB',
                MetricName: metric,
                Dimensions: [
                    ...(targetGroupArn ? [{ Name: 'TargetGroup', Value: targetGroupDimension(targetGroupArn) }] : []),
                    { Name: 'LoadBalancer', Value: loadBalancerDimension(window.loadBalancerArn) },
                ],
            },
            Period: windowPeriodSeconds(window),
            Stat: stat,
        },
    };
}
// Each query's datapoints in time order (following NextToken); a query with no datapoints is absent from the map.
async function fetchSeries(cloudwatch, queries, window) {
    const values = new Map();
    let NextToken;
    do {
        const page = await cloudwatch.send(new GetMetricDataCommand({
            MetricDataQueries: queries,
            StartTime: window.start,
            EndTime: window.end,
            ScanBy: 'TimestampAscending',
            NextToken,
        }));
        for (const result of page.MetricDataResults ?? []) {
            if (result.Values?.length)
                values.set(result.Id, [...(values.get(result.Id) ?? []), ...result.Values]);
        }
        NextToken = page.NextToken;
    } while (NextToken);
    return values;
}
// One number per query: its datapoints added up, or the largest for a percentile split over two buckets by period
// alignment.
function combine(series, how) {
    return new Map([...series].map(([id, values]) => [id, how === 'sum' ? values.reduce((a, b) => a + b, 0) : Math.max(...values)]));
}

// EXTERNAL MODULE: ./build/lib/smoke/annotate.js
var annotate = __webpack_require__(6428);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/lib/smoke/hook.js
/**
 * The team's own smoke script as a check: a shell command run with the URLs and the current weight in its
 * environment. Exit 0 passes; anything else, a timeout, or a command that cannot start fails. It runs in its
 * own process group so a timeout stops the script's children too (a hanging curl must not outlive the check).
 */



const TAIL_CHARS = 4000;
/** The BAKE_* variables the command sees. */
function hookEnvironment(context) {
    const env = { BAKE_WEIGHT: String(context.weight) };
    if (context.canaryUrl)
        env.BAKE_CANARY_URL = context.canaryUrl;
    for (const [name, value] of Object.entries(context.canaryHeader ?? {}))
        env.BAKE_CANARY_HEADER = `${name}: ${value}`;
    if (context.productionUrl)
        env.BAKE_PRODUCTION_URL = context.productionUrl;
    if (context.step !== undefined)
        env.BAKE_STEP = String(context.step);
    if (context.round !== undefined)
        env.BAKE_ROUND = String(context.round);
    return env;
}
/** Runs `command` with bash; resolves with pass or fail, rejects only with CancelledError when the signal aborts. */
function runSmokeHook(command, context, options) {
    const started = performance.now();
    const env = { ...(options.env ?? process.env), ...hookEnvironment(context) };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted)
            return reject(options.signal.reason ?? new errors/* CancelledError */.cc());
        const child = (0,external_node_child_process_.spawn)('bash', ['-c', command], {
            cwd: options.cwd,
            env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let tail = '';
        let partial = '';
        let timedOut = false;
        let killTimer;
        const onData = (chunk) => {
            const text = chunk.toString();
            tail = (tail + text).slice(-TAIL_CHARS);
            const lines = (partial + text).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                options.onLine?.(line);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        const stop = () => {
            killGroup(child.pid, 'SIGTERM');
            killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), options.killGraceMs ?? 2000);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        const onAbort = () => stop();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        let finished = false;
        const finish = (result) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            if (partial)
                options.onLine?.(partial);
            if (options.signal?.aborted)
                return reject(options.signal.reason ?? new errors/* CancelledError */.cc());
            resolve({ ...result, durationMs: Math.round(performance.now() - started), outputTail: tail });
        };
        child.on('error', (err) => finish({ ok: false, reason: `could not start bash: ${err.message}` }));
        let exit = { code: null, signal: null };
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // A background child of the script may still hold the output pipes; leave nothing behind.
            killGroup(child.pid, 'SIGKILL');
        });
        child.on('close', () => {
            const { code, signal } = exit;
            if (timedOut)
                return finish({ ok: false, reason: `did not finish within the ${(0,duration/* formatDuration */.a)(options.timeoutMs)} timeout` });
            if (code === 0)
                return finish({ ok: true, exitCode: 0, reason: 'exit 0' });
            finish({
                ok: false,
                exitCode: code ?? undefined,
                reason: code === null ? `killed by ${signal}` : `exit ${code}`,
            });
        });
    });
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}

// EXTERNAL MODULE: ./build/lib/smoke/identity.js
var identity = __webpack_require__(1202);
// EXTERNAL MODULE: ./build/lib/smoke/runner.js
var runner = __webpack_require__(8966);
;// CONCATENATED MODULE: ./build/lib/smoke/threshold.js
/** Counts consecutive failures per check and target and says when the threshold is reached. */
class FailureTracker {
    threshold;
    streaks = new Map();
    constructor(threshold) {
        this.threshold = threshold;
        if (!Number.isInteger(threshold) || threshold < 1)
            throw new Error(`failure threshold must be a whole number of at least 1, not ${threshold}`);
    }
    /** Records one round's results and judges it. */
    record(results) {
        if (results.length === 0)
            return { outcome: 'inconclusive', failing: [] };
        const failing = [];
        for (const result of results) {
            const key = `${result.check}\u0000${result.target}`;
            const streak = result.ok ? 0 : (this.streaks.get(key) ?? 0) + 1;
            this.streaks.set(key, streak);
            if (!result.ok)
                failing.push({
                    check: result.check,
                    target: result.target,
                    line: result.line,
                    consecutive: streak,
                    reason: result.reason,
                });
        }
        if (failing.length === 0)
            return { outcome: 'pass', failing };
        return { outcome: failing.some((f) => f.consecutive >= this.threshold) ? 'tripped' : 'failing', failing };
    }
}

// EXTERNAL MODULE: ./build/lib/smoke/untrusted.js
var untrusted = __webpack_require__(6096);
;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/checks.js









/** Builds the round runner over real checks; the smoke failure streaks live across rounds. */
function makeCheckRound(settings, clients, io, clock) {
    const deps = { settings, clients, io, clock, tracker: new FailureTracker(settings.failureThreshold) };
    return (context) => runRound(context, deps);
}
/** One round: every check side by side, until all are done, one fails, or the budget runs out. */
async function runRound(outer, deps) {
    // A failing check ends the round at once: the others (a CloudWatch retry, a slow command) are cut short, so
    // traffic is restored one check interval plus one call after the failure, not after the slowest check.
    const round = new AbortController();
    const onOuter = () => round.abort(outer.signal?.reason);
    outer.signal?.addEventListener('abort', onOuter, { once: true });
    let settled;
    try {
        settled = await settleRound(startChecks({ ...outer, signal: round.signal }, deps), outer.budgetMs, deps.clock);
    }
    finally {
        outer.signal?.removeEventListener('abort', onOuter);
    }
    if (outer.signal?.aborted)
        throw outer.signal.reason ?? new errors/* CancelledError */.cc();
    return closeRound(settled, round, outer.budgetMs);
}
/** Starts every configured check, in a fixed order: identity, smoke, command, alarms, metrics. */
function startChecks(context, deps) {
    const targets = targetsFor(deps.settings, context.testRoute);
    const canary = targets.find((t) => t.name === 'canary');
    const checks = [
        ['identity', identityCheck(canary, context, deps)],
        ['smoke', smokeCheck(targets, context, deps)],
        ['command', commandCheck(canary, context, deps)],
        ['alarms', alarmsCheck(context, deps)],
        ['metrics', metricsCheck(context, deps)],
    ];
    return checks
        .filter((c) => c[1] !== undefined)
        .map(([kind, outcome]) => ({ kind, outcome }));
}
/**
 * The canary's route: `canary-url`, else the production URL through the test route; with the route's header either way.
 */
function targetsFor(settings, route) {
    const headers = route ? { [route.header.name]: route.header.value } : undefined;
    const canaryBase = settings.canaryUrl ?? (route ? settings.productionUrl : undefined);
    const targets = [];
    if (canaryBase)
        targets.push({ name: 'canary', baseUrl: canaryBase, headers });
    if (settings.productionUrl)
        targets.push({ name: 'production', baseUrl: settings.productionUrl });
    return targets;
}
/** The canary's answer names the release being baked (only where something reaches the canary). */
function identityCheck(canary, context, { settings }) {
    if (!settings.identity || !canary)
        return undefined;
    const options = {
        timeoutMs: settings.smoke?.defaults.timeoutMs ?? 10_000,
        signal: context.signal,
        masked: settings.masked,
    };
    return (0,identity/* probeIdentity */.v8)(canary, settings.identity, options).then((r) => ({
        kind: 'identity',
        outcome: r.ok ? 'pass' : 'fail',
        detail: r.reason,
    }));
}
/** The smoke file's checks on every target; a failure counts only once its streak reaches the threshold. */
function smokeCheck(targets, context, { settings, io, tracker }) {
    const file = settings.smoke;
    if (!file)
        return undefined;
    return (0,runner/* runSmokeRound */.RO)(file, targets, { signal: context.signal, masked: settings.masked }).then((results) => {
        const verdict = tracker.record(results);
        (0,annotate/* annotateSmokeRound */.Y)(io, file.file, verdict, settings.failureThreshold);
        const passed = results.filter((r) => r.ok).length;
        const failing = verdict.failing.map((f) => `${f.check} on ${f.target}: ${f.reason} (${f.consecutive}×)`).join('; ');
        const outcome = verdict.outcome === 'tripped' ? 'fail' : verdict.outcome === 'pass' ? 'pass' : 'inconclusive';
        return { kind: 'smoke', outcome, detail: `${passed}/${results.length} passed${failing ? `; ${failing}` : ''}` };
    });
}
/** The team's own command, told where the canary is and where the bake stands; exit 0 passes. */
function commandCheck(canary, context, { settings, io }) {
    if (!settings.hook)
        return undefined;
    const where = {
        canaryUrl: canary?.baseUrl,
        canaryHeader: canary?.headers,
        productionUrl: settings.productionUrl,
        weight: context.weight,
        step: context.step,
        round: context.round,
    };
    return runSmokeHook(settings.hook, where, {
        timeoutMs: settings.hookTimeoutMs,
        signal: context.signal,
        onLine: (line) => io.info(`  | ${line}`),
    }).then((result) => ({
        kind: 'command',
        outcome: result.ok ? 'pass' : 'fail',
        detail: result.ok
            ? `exit 0 in ${result.durationMs}ms`
            : `${result.reason}${result.outputTail ? `: ${(0,untrusted/* quoteUntrusted */.X)(lastLine(result.outputTail), settings.masked, 200)}` : ''}`,
    }));
}
/** The CloudWatch alarms named: any in ALARM fails. */
function alarmsCheck(context, { settings, clients, clock }) {
    if (!settings.alarmNames.length)
        return undefined;
    return (0,alarms/* readAlarms */.tv)(clients.cloudwatch, settings.alarmNames, { clock, signal: context.signal }).then((verdict) => ({
        kind: 'alarms',
        outcome: verdict.verdict === 'ok' ? 'pass' : verdict.verdict === 'abort' ? 'fail' : verdict.verdict,
        detail: verdict.summary,
    }));
}
/** The canary's ALB metrics against stable's, over the window since the weight took effect. */
function metricsCheck(context, { settings, clients, clock }) {
    // At 0% the canary serves nothing to compare; at 100% the stable group serves nothing (the verdict says so).
    if (!settings.metrics || context.weight <= 0)
        return undefined;
    // Right after a weight change the window is empty; CloudWatch would refuse it (EndTime not after StartTime).
    if (context.now.getTime() - context.since.getTime() < 1000)
        return Promise.resolve({
            kind: 'metrics',
            outcome: 'inconclusive',
            detail: 'the weight just changed: no window to read yet',
        });
    const { loadBalancerArn, canaryTargetGroupArn, stableTargetGroupArn } = settings.metrics;
    // At 100% (the hold) the stable group serves nothing, so there is no p95 to compare with: left in, the latency
    // comparison stays inconclusive and no hold could ever pass. The error rate is still judged against the tolerance
    // alone.
    const policy = context.weight === 100 ? { ...settings.metrics.policy, compareLatency: false } : settings.metrics.policy;
    const window = {
        loadBalancerArn,
        canaryTargetGroupArn,
        stableTargetGroupArn,
        start: context.since,
        end: context.now,
    };
    return readCanaryMetrics(clients.cloudwatch, window, policy, { clock, signal: context.signal }).then((reading) => reading.ok
        ? { kind: 'metrics', outcome: reading.verdict, detail: `${reading.errorRate.reason}; ${reading.latency.reason}` }
        : { kind: 'metrics', outcome: 'error', detail: reading.reason });
}
/** Waits for every check, the first failure, or the budget, whichever comes first; an error is the check's `error`. */
async function settleRound(started, budgetMs, clock) {
    const results = started.map(() => undefined);
    const tracked = started.map(({ kind, outcome }, i) => outcome.then((value) => (results[i] = value), (err) => (results[i] = { kind, outcome: 'error', detail: `the check could not run: ${(0,errors/* errorMessage */.gJ)(err)}` })));
    const firstFailure = new Promise((resolve) => tracked.forEach((p) => p.then((r) => r.outcome === 'fail' && resolve())));
    // A slow check (a CloudWatch retry, a hanging request) must not push the next round, and so a restore, later.
    const budget = new AbortController();
    let overBudget = false;
    const timer = budgetMs === undefined
        ? new Promise(() => undefined)
        : clock.sleep(budgetMs, budget.signal).then(() => void (overBudget = true), () => undefined);
    try {
        await Promise.race([Promise.all(tracked), firstFailure, timer]);
    }
    finally {
        budget.abort();
    }
    return { started, results, overBudget };
}
/** Ends the round: checks still running are cut short (their signal aborted) and say inconclusive, and why. */
function closeRound({ started, results, overBudget }, round, budgetMs) {
    const failed = results.some((r) => r?.outcome === 'fail');
    if (results.some((r) => r === undefined))
        round.abort(new errors/* CancelledError */.cc(failed ? 'another check failed' : 'the round ran out of time'));
    const why = failed
        ? 'cut short: another check failed first'
        : overBudget
            ? `still running after ${budgetMs}ms (the check interval): not a pass`
            : 'cut short';
    return results.map((r, i) => r ?? { kind: started[i].kind, outcome: 'inconclusive', detail: why });
}
/** The round's verdict: any failure fails it; it passes only when every check passed. */
function judgeRound(outcomes) {
    if (outcomes.some((o) => o.outcome === 'fail'))
        return 'fail';
    if (outcomes.length > 0 && outcomes.every((o) => o.outcome === 'pass'))
        return 'pass';
    return 'undecided';
}
/** One line naming what failed or could not decide, for logs and the abort reason. */
function describeRound(outcomes) {
    const bad = outcomes.filter((o) => o.outcome !== 'pass');
    return (bad.length ? bad : outcomes).map((o) => `${o.kind} ${o.outcome}: ${o.detail}`).join(' | ') || 'no checks ran';
}
function lastLine(text) {
    return text.trim().split('\n').pop() ?? '';
}

;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/driver.js
/**
 * The one driver of a bake, whatever the provider: move traffic to each step through the provider, check it every
 * interval (one read of where traffic is, then every configured check), move on only after the step's bake time with
 * a clean round and the provider waiting for our word, stop at the first failing round. It moves traffic only
 * through `advance` and leaves every restore to its caller, which acts on the outcome at once. It never names a
 * provider. Time comes from an injectable clock, so scenario tests drive it.
 */




/**
 * Walks `steps[1…]` (step 0 is the gate, checked by the caller); returns how it ended. Throws only what the provider
 * throws.
 */
function walkSteps(steps, settings, deps) {
    return new Walk(steps, settings, deps).run();
}
/** One walk's state: the rounds so far, and the weight as last read. */
class Walk {
    steps;
    settings;
    deps;
    rounds = [];
    weight = 0;
    reading;
    constructor(steps, settings, deps) {
        this.steps = steps;
        this.settings = settings;
        this.deps = deps;
    }
    async run() {
        const { steps } = this;
        const { signal } = this.deps;
        try {
            for (let index = 1; index < steps.length; index++) {
                const end = await this.step(index);
                if (end)
                    return this.ended(end);
            }
            this.deps.onPromoted?.();
            return this.ended({
                verdict: 'promoted',
                reason: `promoted through ${steps
                    .slice(1)
                    .map((s) => `${s.weight}%`)
                    .join(' → ')}`,
                reading: this.reading,
            }, true);
        }
        catch (err) {
            if (signal.aborted || err instanceof errors/* CancelledError */.cc)
                return this.ended({ verdict: 'cancelled', reason: (0,errors/* errorMessage */.gJ)(signal.reason ?? err) });
            throw err;
        }
    }
    ended(end, promoted = false) {
        return { weight: this.weight, promoted, rounds: this.rounds, reading: this.reading, ...end };
    }
    /** Moves traffic to one step and bakes it; says how the walk ends, or undefined to go on. */
    step(index) {
        const { clock, signal, io } = this.deps;
        const step = this.steps[index];
        const last = index === this.steps.length - 1;
        const title = last
            ? `Promote: ${step.weight}%${step.bakeMs ? `, hold ${(0,duration/* formatDuration */.a)(step.bakeMs)}` : ''}`
            : `Bake ${step.weight}% for ${(0,duration/* formatDuration */.a)(step.bakeMs)}`;
        return io.group(title, async () => {
            if (signal.aborted)
                throw signal.reason ?? new errors/* CancelledError */.cc();
            const moved = await this.deps.provider.advance(index);
            // A move the guard refused (a receiver not ready, the lease gone, the state changed) stops the bake: the caller's
            // restore goes through the same guard, so it puts traffic back only where this run still may.
            if (!moved.done)
                return { verdict: 'aborted', reason: moved.refused, reading: moved.reading, decidedAt: clock.now() };
            this.note(moved.reading, `${moved.reading.weight}%`, true);
            this.deps.onStep?.(index);
            io.info(`traffic: ${moved.reading.weight}% on the new version (read back): ${moved.reading.detail}`);
            // No bake and nothing to wait for (the ALB's 100% without a hold): on at once, as the schedule says.
            if (step.bakeMs === 0 && moved.reading.waiting)
                return undefined;
            return this.bakeStep(index, step, last, moved.reading);
        });
    }
    /** Keeps the reading; marks the timeline at each step, and wherever else the weight read back changed. */
    note(reading, event, step = false) {
        this.reading = reading;
        if (!step && reading.weight === this.weight)
            return;
        this.weight = reading.weight;
        this.deps.marks.push({ atMs: this.deps.clock.now() - this.deps.startedAt, weight: reading.weight, event });
    }
    /**
     * A fresh look at where traffic is. A look that fails for a moment is tried again next round (no check judges a split
     * it cannot see: undefined); one that keeps failing past the give-up time ends the walk with its error.
     */
    async look(roundStart, failing) {
        try {
            const reading = await this.deps.provider.read();
            failing.since = undefined;
            return reading;
        }
        catch (err) {
            const kind = errors_awsErrorKind(err);
            if (kind !== 'transient' && kind !== 'throttled')
                throw err;
            failing.since ??= roundStart;
            if (roundStart - failing.since >= (this.settings.readGiveUpMs ?? this.settings.intervalMs * 3))
                throw err;
            this.deps.io.warning(`reading where traffic is failed (${(0,errors/* errorMessage */.gJ)(err)}); trying again at the next round`);
            return undefined;
        }
    }
    /** Checks one step until its bake is over with a clean round and the provider waiting; a failure ends it. */
    async bakeStep(index, step, last, first) {
        const { clock, signal, io } = this.deps;
        const { settings, rounds } = this;
        const since = clock.now();
        let weightSince = since;
        const bakeEnd = since + step.bakeMs;
        const cap = bakeEnd + (settings.inconclusive === 'extend' ? settings.maxExtensionMs : 0);
        const gateBy = since + Math.max(step.bakeMs, step.platformBakeMs ?? 0) + (settings.gateTimeoutMs ?? Number.POSITIVE_INFINITY);
        let reading = first;
        const failing = {};
        for (let round = 1;; round++) {
            const roundStart = clock.now();
            if (round > 1) {
                const fresh = await this.look(roundStart, failing);
                if (!fresh) {
                    await clock.sleep(settings.intervalMs, signal);
                    continue;
                }
                reading = fresh;
            }
            if (reading.lost)
                return { verdict: 'lost', reason: reading.lost, reading };
            if (reading.ended)
                return { verdict: 'ended', reason: reading.ended.detail, reading };
            // A platform that moves on by itself (CodeDeploy's canary interval, ECS with no pause of ours) ends the step:
            // the next one checks the new weight.
            if (round > 1 && !last && !reading.waiting && reading.weight > step.weight)
                return undefined;
            if (reading.weight !== this.weight)
                weightSince = clock.now();
            this.note(reading, reading.detail);
            const outcomes = await this.deps.checks({
                weight: reading.weight,
                step: index,
                round,
                since: new Date(weightSince),
                now: new Date(roundStart),
                signal,
                budgetMs: settings.intervalMs,
            });
            const verdict = judgeRound(outcomes);
            const now = clock.now();
            rounds.push({ atMs: now - this.deps.startedAt, step: index, weight: reading.weight, verdict, outcomes });
            io.info(`${reading.weight}% round ${round}: ${verdict}; ${describeRound(outcomes)}`);
            if (verdict === 'fail')
                return {
                    verdict: 'aborted',
                    reason: `a check failed at ${reading.weight}%: ${describeRound(outcomes)}`,
                    decidedAt: now,
                    reading,
                };
            if (now >= bakeEnd) {
                const past = this.pastBakeEnd({ verdict, outcomes, reading, round, now, since, bakeEnd, cap, gateBy });
                if (past)
                    return past.end;
            }
            // Rounds start one interval apart (however long the last one took), but wake at the bake's end rather than past
            // it.
            const untilNext = settings.intervalMs - (now - roundStart);
            const next = now < bakeEnd
                ? Math.min(untilNext, bakeEnd - now)
                : verdict === 'pass'
                    ? untilNext
                    : Math.min(untilNext, Math.max(0, cap - now));
            await clock.sleep(Math.max(next, 1), signal);
        }
    }
    /**
     * A round at or past the step's bake end: a clean round with the provider waiting ends the step
     * (`{ end: undefined }`); a deployment that never paused, or checks that cannot decide once the extension ran out,
     * abort it; otherwise the step goes on (undefined), with a warning when the extension starts.
     */
    pastBakeEnd(r) {
        const { verdict, outcomes, reading, round, now, since, bakeEnd, cap, gateBy } = r;
        const { settings, rounds } = this;
        if (verdict === 'pass' && reading.waiting)
            return { end: undefined };
        if (verdict === 'pass' && now >= gateBy)
            return {
                end: {
                    verdict: 'aborted',
                    reason: `the checks passed at ${reading.weight}%, but the deployment did not pause for the next step within ${(0,duration/* formatDuration */.a)(gateBy - since)}: ${reading.detail}`,
                    decidedAt: now,
                    reading,
                },
            };
        if (verdict !== 'pass' && now >= cap) {
            const why = settings.inconclusive === 'fail'
                ? 'and the inconclusive policy is fail'
                : `and ${(0,duration/* formatDuration */.a)(settings.maxExtensionMs)} of extension ran out`;
            return {
                end: {
                    verdict: 'aborted',
                    reason: `the checks could not decide at ${reading.weight}% by the end of the bake ${why}: ${describeRound(outcomes)}`,
                    decidedAt: now,
                    reading,
                },
            };
        }
        if (verdict !== 'pass' &&
            (round === 1 || rounds[rounds.length - 2]?.verdict === 'pass' || now - bakeEnd < settings.intervalMs))
            this.deps.io.warning(`${reading.weight}%: the bake is over but the checks cannot decide yet; extending (up to ${(0,duration/* formatDuration */.a)(cap - bakeEnd)})`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/report.js
/** A report for a run that stopped before doing anything but the plan. */
function emptyReport(provider, verdict, reason) {
    return { provider, verdict, reason, finalWeights: {}, marks: [], rounds: [], notes: [] };
}
/**
 * The report of an unexpected error after which traffic is not known: empty (it claims no weights and no revision
 * after), with a reason that says so and what to check; `taskDefinitionBefore` is kept as the revision to go back to.
 */
function unknownTrafficReport(provider, taskDefinitionBefore, what, check) {
    return { ...emptyReport(provider, 'failed', `${what}; traffic state is unknown: ${check}`), taskDefinitionBefore };
}
/**
 * An unexpected error that ended a run after it had changed something: it carries the report of what is known by
 * then (the weights read back after the restore, the verdict naming the error), so the outputs and the summary
 * still say what happened. Its message is the error's.
 */
class ReportedError extends Error {
    report;
    error;
    constructor(report, error) {
        super(error instanceof Error ? error.message : String(error));
        this.report = report;
        this.error = error;
        this.name = 'ReportedError';
    }
}

;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/state.js
const KEY = {
    region: 'bake-region',
    provider: 'bake-provider',
    phase: 'bake-phase',
    resume: 'bake-resume',
    testRoute: 'bake-test-route',
};
/** Saved once the run is about to change something: from here on, the post step has work. */
function saveStarted(io, region, provider, resume) {
    io.saveState(KEY.region, region);
    io.saveState(KEY.provider, provider);
    saveResume(io, resume);
    savePhase(io, 'starting');
}
function savePhase(io, phase) {
    io.saveState(KEY.phase, phase);
}
function saveResume(io, resume) {
    io.saveState(KEY.resume, JSON.stringify(resume));
}
/** Records the test route (planned or created), or that it is gone (undefined). */
function saveTestRoute(io, route) {
    io.saveState(KEY.testRoute, route ? JSON.stringify(route) : '');
}
/** The saved state, or undefined when main changed nothing. */
function readPostState(io) {
    const provider = io.getState(KEY.provider);
    if (!provider)
        return undefined;
    const testRoute = io.getState(KEY.testRoute);
    return {
        region: io.getState(KEY.region),
        provider,
        phase: (io.getState(KEY.phase) || 'starting'),
        resume: JSON.parse(io.getState(KEY.resume) || '{}'),
        testRoute: testRoute ? JSON.parse(testRoute) : undefined,
    };
}

;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/release.js





/** Runs the release; see the module comment. */
async function runRelease(provider, deps) {
    return new Release(provider, deps).run();
}
/** The state of one release between its steps: the report as it grows, and what is known of traffic. */
class Release {
    provider;
    deps;
    ctx;
    /**
     * Every round's checks reach the new version through the provider's test route while it exists (a header on the
     * production URL).
     */
    checks;
    startedAt;
    marks = [{ atMs: 0, weight: 0, event: 'start' }];
    report;
    promoted = false;
    /**
     * Set when the run stops for a reason of its own (a failed check, a cancel), before the restore: an error after it
     * names both.
     */
    stopping;
    /** False while where traffic is stays unknown: the post step then tries again, and the lease stays for it. */
    settled = true;
    constructor(provider, deps) {
        this.provider = provider;
        this.deps = deps;
        this.ctx = {
            clients: deps.clients,
            io: deps.io,
            clock: deps.clock,
            signal: deps.signal,
            me: deps.me,
            saveTestRoute: (route) => saveTestRoute(deps.io, route),
        };
        this.checks = (round) => deps.checks({ ...round, testRoute: provider.testRoute });
        this.startedAt = deps.clock.now();
        this.report = {
            ...emptyReport(provider.kind, 'failed', ''),
            marks: this.marks,
            taskDefinitionBefore: provider.plan.revisionBefore,
            taskDefinitionNew: provider.plan.revisionAfter,
            notes: provider.notes ?? [],
        };
    }
    async run() {
        const { provider, ctx, report } = this;
        const { io } = this.deps;
        // A lease held by another run refuses here, having changed nothing (and nothing for the post step to do).
        await provider.claim(ctx);
        saveStarted(io, this.deps.region, provider.kind, provider.resumeState());
        try {
            const started = await io.group('Start the new version (no production traffic)', () => provider.start(ctx));
            report.rollout = provider.rollout;
            saveResume(io, provider.resumeState());
            if (!started.done)
                return await this.stop('failed', `${started.refused}; no production traffic was moved`);
            const gate = await gateRound(provider, started.reading, { ...this.deps, checks: this.checks });
            if (gate)
                return await this.stop(gate.cancelled ? 'cancelled' : 'aborted', gate.reason);
            savePhase(io, 'shifting');
            const outcome = await this.walk();
            report.rounds = outcome.rounds;
            return await this.settle(outcome);
        }
        catch (err) {
            throw await this.afterError(err);
        }
        finally {
            if (this.settled) {
                await provider.release(ctx).then(() => savePhase(io, 'done'), (err) => io.warning(`could not let go of the lease (${(0,errors/* errorMessage */.gJ)(err)}); the post step tries again`));
            }
        }
    }
    /** The steps, their check rounds and the hold, through the driver. */
    walk() {
        const { provider, ctx, deps } = this;
        return walkSteps(provider.plan.steps, deps.settings, {
            clock: deps.clock,
            signal: deps.signal,
            io: deps.io,
            checks: this.checks,
            provider: { advance: (index) => provider.advance(index, ctx), read: () => provider.read(ctx) },
            onStep: () => saveResume(deps.io, provider.resumeState()),
            onPromoted: () => {
                this.promoted = true;
                savePhase(deps.io, 'promoted');
            },
            marks: this.marks,
            startedAt: this.startedAt,
        });
    }
    /** From the walk's outcome to the report: the cut-over, a restore, or traffic left to whoever owns it now. */
    async settle(outcome) {
        const { provider, report } = this;
        switch (outcome.verdict) {
            case 'promoted':
                return this.cutOver(outcome.reason);
            case 'lost':
                this.deps.io.error(`bake-and-promote: ${outcome.reason}`, {
                    title: "bake stopped: the traffic is not this run's any more",
                });
                // Another hand (an operator's abort) put all traffic back on stable: aborted, as read back, not by this run.
                if (outcome.reading?.weight === 0)
                    return {
                        ...report,
                        verdict: 'aborted',
                        reason: `${outcome.reason}; all traffic is back on the stable version (read back), put there by another hand`,
                        finalWeights: outcome.reading.shares,
                        taskDefinitionAfter: provider.plan.revisionBefore,
                    };
                return {
                    ...report,
                    verdict: 'failed',
                    reason: `the bake stopped without touching traffic again: ${outcome.reason}`,
                    finalWeights: outcome.reading?.shares ?? {},
                    taskDefinitionAfter: undefined,
                };
            case 'ended':
                return this.ended(outcome.reading, outcome.reason);
            default:
                return this.stop(outcome.verdict, outcome.reason, outcome.decidedAt);
        }
    }
    /** The last step passed: the provider finishes (drains and lets go of the old side), as read back. */
    async cutOver(reason) {
        const { provider, report, deps } = this;
        const finished = await deps.io.group('Cut over', () => provider.finish(this.ctx));
        report.notes.push(...finished.notes);
        this.marks.push({
            atMs: deps.clock.now() - this.startedAt,
            weight: finished.reading?.weight ?? 100,
            event: finished.promoted ? 'promoted' : 'taken over',
        });
        const end = { ...report, finalWeights: finished.reading?.shares ?? report.finalWeights };
        if (finished.promoted)
            return { ...end, verdict: 'promoted', reason, taskDefinitionAfter: provider.plan.revisionAfter };
        return { ...end, verdict: 'failed', reason: `${reason}, then ${finished.detail}`, taskDefinitionAfter: undefined };
    }
    /** The platform ended the release without this run's word (ECS's alarms, CodeDeploy's own failure). */
    ended(reading, reason) {
        const { plan } = this.provider;
        const how = reading?.ended?.how;
        const back = how === 'rolled-back' && reading?.weight === 0;
        const completed = how === 'completed' && this.promoted;
        const verdict = completed ? 'promoted' : 'failed';
        return {
            ...this.report,
            verdict,
            reason: back ? `${reason}; all traffic back on the stable version (read back)` : reason,
            finalWeights: reading?.shares ?? {},
            taskDefinitionAfter: completed ? plan.revisionAfter : back ? plan.revisionBefore : undefined,
        };
    }
    /**
     * Ends a bake that did not promote: all traffic back on stable through the guard (read back), then the new side let
     * go.
     */
    async stop(verdict, reason, decidedAt) {
        const { io, clock } = this.deps;
        const r = this.report;
        io.error(`bake-and-promote: ${reason}`, { title: verdict === 'cancelled' ? 'bake cancelled' : 'bake stopped' });
        const before = decidedAt ?? clock.now();
        this.stopping = { reason, at: before };
        let restored;
        try {
            restored = await io.group('Put all traffic back on the stable version', () => this.provider.restore(reason, this.ctx));
        }
        catch (err) {
            // Where traffic is could not be learned: said so, with what to check; the lease and the post state stay for the
            // post step.
            this.settled = false;
            const cause = err.cause ?? err;
            return {
                ...r,
                verdict: 'failed',
                reason: `${reason}; then stopped by an error: ${(0,errors/* errorMessage */.gJ)(cause)}; traffic state is unknown: ${(0,errors/* errorMessage */.gJ)(err)}`,
                finalWeights: {},
                taskDefinitionAfter: undefined,
            };
        }
        this.marks.push({
            atMs: clock.now() - this.startedAt,
            weight: restored.reading?.weight ?? 0,
            event: restored.back ? 'restored' : 'not restored',
        });
        const finalWeights = restored.reading?.shares ?? r.finalWeights;
        // Traffic is back, but the post step has something left to finish: it keeps the lease and the post state.
        if (restored.unfinished)
            this.settled = false;
        if (!restored.back)
            return {
                ...r,
                verdict: 'failed',
                reason: `${reason}; ${restored.detail}`,
                finalWeights,
                taskDefinitionAfter: this.servingRevision(restored),
            };
        // Timed to the weights read back, not to the drain and scale-in of the new side that follow.
        const restoreMs = (restored.at ?? clock.now()) - before;
        io.info(`traffic restored ${restoreMs} ms after the decision: ${restored.detail}`);
        // The reason says how traffic came back, as read: a person reading an abort sees it verified, not assumed.
        return {
            ...r,
            verdict,
            reason: `${reason}; ${restored.detail}`,
            finalWeights,
            restoreMs,
            taskDefinitionAfter: this.servingRevision(restored),
        };
    }
    /** An unexpected error after the start: restore unless promoted, and carry what is known in the report. */
    async afterError(err) {
        const { provider, report, ctx } = this;
        const { io, clock } = this.deps;
        const why = this.stopping
            ? `${this.stopping.reason}; then stopped by an error: ${(0,errors/* errorMessage */.gJ)(err)}`
            : `stopped by an error: ${(0,errors/* errorMessage */.gJ)(err)}`;
        io.error(`bake-and-promote: ${why}`, { title: 'bake stopped' });
        if (this.promoted) {
            const reading = await provider.read(ctx).catch(() => undefined);
            const where = reading
                ? `the new version had been promoted and keeps all traffic (${reading.detail}, read back)`
                : 'the new version had been promoted; where traffic is now could not be read';
            return new ReportedError({
                ...report,
                verdict: 'failed',
                reason: `${why}; ${where}`,
                finalWeights: reading?.shares ?? {},
                taskDefinitionAfter: reading ? provider.plan.revisionAfter : undefined,
            }, err);
        }
        const from = this.stopping?.at ?? clock.now();
        let restored;
        try {
            restored = await provider.restore(why, ctx);
        }
        catch (again) {
            this.settled = false;
            return new ReportedError({
                ...report,
                verdict: 'failed',
                reason: `${why}; traffic state is unknown: ${(0,errors/* errorMessage */.gJ)(again)}`,
                finalWeights: {},
                taskDefinitionAfter: undefined,
            }, err);
        }
        const restoreMs = restored.back ? (restored.at ?? clock.now()) - from : undefined;
        if (restored.back)
            this.marks.push({ atMs: clock.now() - this.startedAt, weight: restored.reading?.weight ?? 0, event: 'restored' });
        return new ReportedError({
            ...report,
            verdict: 'failed',
            reason: `${why}; ${restored.detail}`,
            finalWeights: restored.reading?.shares ?? {},
            restoreMs,
            taskDefinitionAfter: this.servingRevision(restored),
        }, err);
    }
    /** The revision serving all traffic after a restore, as read; undefined when none is known to. */
    servingRevision(restored) {
        const serving = restored.serving ?? (restored.back ? 'stable' : undefined);
        return serving === 'stable'
            ? this.provider.plan.revisionBefore
            : serving === 'new'
                ? this.provider.plan.revisionAfter
                : undefined;
    }
}
/** How long a new test route may take to be in effect before the gate's identity check counts (by default). */
const ROUTE_SETTLE_MS = 60_000;
/** The gate at 0%: one round of the checks that need no production traffic; says why not, or undefined to go on. */
async function gateRound(provider, reading, deps) {
    const { io, clock, signal } = deps;
    if (reading.weight > 0) {
        io.warning(`the new version already has ${reading.weight}% of production traffic (${reading.detail}): there was no pause before production traffic to check it at 0%`);
        return undefined;
    }
    try {
        const started = clock.now();
        let outcomes;
        let verdict;
        for (let round = 1;; round++) {
            const now = new Date(clock.now());
            outcomes = await deps.checks({ weight: 0, step: 0, round, since: now, now, signal });
            verdict = judgeRound(outcomes);
            // A new listener rule takes a moment to be in effect on every load balancer node: until then only the identity
            // check can tell, and it is asked again (never past ROUTE_SETTLE_MS) rather than failing a release over it.
            const settling = provider.testRoute &&
                verdict === 'fail' &&
                outcomes.every((o) => o.outcome !== 'fail' || o.kind === 'identity') &&
                clock.now() - started < (deps.settings.routeSettleMs ?? ROUTE_SETTLE_MS);
            if (!settling)
                break;
            io.info(`health gate round ${round}: the test route does not reach the new version yet (${describeRound(outcomes)}); asking again`);
            await clock.sleep(deps.settings.intervalMs, signal);
        }
        io.info(`health gate checks: ${verdict}; ${describeRound(outcomes)} (at 0%: ${provider.testRoute ? `the canary through its test route, ${provider.testRoute.detail}` : provider.plan.testRoute ? `through ${provider.plan.testRoute}` : 'no production traffic'})`);
        // Only checks that need no production traffic run here; with none of those, the new version being up is the gate.
        if (outcomes.length > 0 && verdict !== 'pass')
            return { reason: `the health gate did not pass before any traffic moved: ${describeRound(outcomes)}` };
        return undefined;
    }
    catch (err) {
        if (signal.aborted)
            return { reason: `cancelled during the health gate: ${(0,errors/* errorMessage */.gJ)(signal.reason)}`, cancelled: true };
        return { reason: `the health gate did not pass: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}

;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/summary.js
/** The job summary of a bake: the verdict, the final split, the weight over time, and every round of checks. */




const summary_ICON = {
    promoted: '✅ promoted',
    aborted: '🛑 aborted: traffic back on stable',
    failed: '❌ failed',
    cancelled: '⚠️ cancelled',
    unchanged: '⏸️ nothing to do',
    status: 'ℹ️ status',
    restored: '↩️ restored',
};
const PROVIDER = {
    alb: 'ALB weights (blue/green)',
    'ecs-native': 'ECS native strategy',
    codedeploy: 'CodeDeploy blue/green',
};
function bakeSummary(report, cluster) {
    let md = markdown_heading(`bake-and-promote: ${summary_ICON[report.verdict]}`);
    md += `${report.reason}\n\n`;
    // The revision it tried, when it is not the one serving after (an abort): Before and After alone would hide it.
    const tried = report.taskDefinitionNew && report.taskDefinitionNew !== report.taskDefinitionAfter
        ? report.taskDefinitionNew
        : undefined;
    const revision = (arn) => arn && (0,arns/* shortTaskDefinition */.P5)(arn);
    md += compactTable(['Cluster', 'Provider', 'Before', 'Tried', 'After', 'Restore time'], [
        [
            cluster,
            PROVIDER[report.provider],
            revision(report.taskDefinitionBefore),
            revision(tried),
            revision(report.taskDefinitionAfter),
            report.restoreMs !== undefined ? (0,duration/* formatDuration */.a)(report.restoreMs) : undefined,
        ],
    ]);
    const weights = Object.entries(report.finalWeights);
    if (weights.length)
        md +=
            markdown_heading('Traffic now', 3) +
                markdown_table(['Service', 'Share'], weights.map(([service, percent]) => [service, `${percent}%`]));
    for (const note of report.notes)
        md += `> ${note}\n\n`;
    if (report.marks.length > 1)
        md += markdown_heading('Weight on the new version over time', 3) + weightChart(report.marks);
    if (report.rollout?.length)
        md += markdown_heading('Rollout of the new color', 3) + rolloutTable(report.rollout);
    if (report.rounds.length) {
        const kinds = [...new Set(report.rounds.flatMap((r) => r.outcomes.map((o) => o.kind)))];
        const rows = report.rounds.map((r) => [
            (0,duration/* formatDuration */.a)(r.atMs),
            `${r.weight}%`,
            r.verdict,
            ...kinds.map((k) => {
                const o = r.outcomes.find((x) => x.kind === k);
                return o ? `${o.outcome}: ${o.detail}` : undefined;
            }),
        ]);
        const failing = report.rounds.filter((r) => r.verdict !== 'pass');
        md += markdown_heading('Checks', 3) + `${report.rounds.length} round(s); ${report.rounds.length - failing.length} clean\n\n`;
        md += markdown_details('Every round', markdown_table(['At', 'Weight', 'Round', ...kinds], rows));
    }
    return md;
}
/** A Mermaid line chart of the canary's weight over time, drawn as steps (GitHub renders Mermaid in summaries). */
function weightChart(marks) {
    const xs = [];
    const ys = [];
    let previous;
    for (const mark of marks) {
        const at = String(Math.round(mark.atMs / 1000));
        if (previous !== undefined && previous !== mark.weight) {
            xs.push(at);
            ys.push(previous);
        }
        xs.push(at);
        ys.push(mark.weight);
        previous = mark.weight;
    }
    return ([
        '```mermaid',
        'xychart-beta',
        '  title "Traffic on the new version (%)"',
        `  x-axis "seconds" [${xs.map((x) => `"${x}"`).join(', ')}]`,
        '  y-axis "%" 0 --> 100',
        `  line [${ys.join(', ')}]`,
        '```',
        '',
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./build/actions/bake-and-promote/src/bake.js












/** Everything after the alarms are resolved; resolves with the report it wrote out. */
async function bakeResolved({ io, signal }, deps, inputs, clients, alarmNames) {
    const env = deps.env ?? process.env;
    const clock = deps.clock ?? poll/* realClock */.d;
    const revisionTags = inputs.taskDefinition ? await checkRevision(clients, inputs.taskDefinition) : [];
    const identity = identityOf(inputs, revisionTags, io);
    const checks = (canary) => makeCheckRound({
        smoke: inputs.smoke,
        canaryUrl: inputs.canaryUrl,
        productionUrl: inputs.productionUrl,
        failureThreshold: inputs.failureThreshold,
        hook: inputs.hook,
        hookTimeoutMs: inputs.hookTimeoutMs,
        alarmNames,
        masked: inputs.masked,
        identity,
        metrics: inputs.metrics && canary ? { ...canary, policy: inputs.metricPolicy } : undefined,
    }, clients, io, clock);
    let report;
    let thrown;
    let record;
    const changes = inputs.mode === 'bake' || inputs.mode === 'promote-now';
    // One service: its deployment controller picks the provider.
    const single = inputs.services.length === 1
        ? (await describeServices(clients, inputs.cluster, inputs.services)).get(inputs.services[0])
        : undefined;
    const kind = providerKindOf(inputs.services, single);
    const ctx = { clients, io, clock, signal, me: holderFromEnv(env) };
    checkCanaryReach(inputs, kind);
    // Observe and plan: bad input or a state that cannot be acted on is thrown here, before any change.
    const opened = await PROVIDERS[kind].open({ ...requestOf(inputs, alarmNames), testRoute: wantsTestRoute(inputs, identity) }, ctx);
    if (opened.action === 'bake' && signal.aborted)
        throw signal.reason ?? new errors/* CancelledError */.cc();
    if (changes && opened.action === 'bake')
        record = await startDeploymentRecord(io, inputs.githubDeployment && {
            ...inputs.githubDeployment,
            description: `bake ${(0,arns/* shortTaskDefinition */.P5)(inputs.taskDefinition)} on ${opened.provider.plan.sides[1]}`,
        });
    try {
        report = await runOpened(opened, kind, ctx, inputs, checks);
    }
    catch (err) {
        [report, thrown] = reportOfError(kind, err);
    }
    writeOutputs(io, report);
    await io.appendSummary(bakeSummary(report, inputs.cluster));
    const [state, description] = recordState(report, thrown);
    await record?.setState(state, description);
    if (thrown)
        throw thrown;
    if (report.verdict === 'cancelled')
        throw new errors/* CancelledError */.cc(report.reason);
    if (report.verdict === 'aborted' || report.verdict === 'failed')
        throw new Error(report.reason);
    io.info(`${report.verdict}: ${report.reason}`);
    return report;
}
/** Carries out what the provider made of the request: a look, nothing, an abort, or a whole release. */
async function runOpened(opened, kind, ctx, inputs, checks) {
    const { io } = ctx;
    switch (opened.action) {
        case 'status':
            return {
                ...emptyReport(kind, 'status', opened.summary),
                finalWeights: opened.shares,
                taskDefinitionBefore: opened.revisionBefore,
            };
        case 'nothing':
            return {
                ...emptyReport(kind, 'unchanged', opened.why),
                finalWeights: opened.shares,
                taskDefinitionBefore: opened.revisionBefore,
            };
        case 'abort': {
            io.info(`plan: ${opened.why}`);
            const done = await opened.run(ctx);
            const report = {
                ...emptyReport(kind, done.back ? 'restored' : 'failed', done.back ? opened.why : `abort did not put traffic back: ${done.detail}`),
                finalWeights: done.reading?.shares ?? {},
                notes: done.notes,
                taskDefinitionAfter: done.back ? opened.revisionBefore : undefined,
            };
            return report;
        }
        case 'bake': {
            const provider = opened.provider;
            io.info(`plan: ${provider.plan.summary}${inputs.mode === 'bake' ? ` (${(0,traffic_steps/* describeSteps */.N$)(inputs.steps)})` : ''}`);
            const target = 'metricsTarget' in provider ? provider.metricsTarget : undefined;
            const settings = {
                intervalMs: inputs.checkIntervalMs,
                inconclusive: inputs.inconclusive,
                maxExtensionMs: inputs.maxExtensionMs,
                gateTimeoutMs: inputs.waitTimeoutMs,
                readGiveUpMs: inputs.waitTimeoutMs,
                routeSettleMs: inputs.canaryUrl ? 0 : undefined,
            };
            return runRelease(provider, { ...ctx, region: inputs.region, checks: checks(target), settings });
        }
    }
}
/** The provider-neutral request a bake makes of its provider. */
function requestOf(inputs, alarmNames) {
    const { region, cluster, services, route, taskDefinition, steps, stepsGiven, mode, holdMs, checkIntervalMs, maxExtensionMs, waitTimeoutMs, pollIntervalMs, } = inputs;
    return {
        region,
        cluster,
        services,
        route,
        taskDefinition,
        steps,
        stepsGiven,
        mode,
        holdMs,
        checkIntervalMs,
        maxExtensionMs,
        waitTimeoutMs,
        pollIntervalMs,
        alarmNames,
    };
}
/**
 * moto accepts an INACTIVE (deregistered) revision in UpdateService; AWS does not. Check it ourselves. Resolves with
 * its tags.
 */
async function checkRevision(clients, arn) {
    const found = await describeTaskDefinition(clients, arn).catch(() => undefined);
    if (!found)
        throw errors/* ConfigurationError */.j1.value('task-definition', arn, 'a registered revision that exists in this account and region');
    if (found.definition.status !== 'ACTIVE')
        throw errors/* ConfigurationError */.j1.value('task-definition', arn, `an ACTIVE revision; this one is ${found.definition.status}`);
    return found.tags;
}
/**
 * The identity check: the source asked for, and the version the release reports (`canary-version`, else the revision's
 * git-sha tag).
 */
function identityOf(inputs, tags, io) {
    if (!inputs.identitySource || inputs.mode !== 'bake')
        return undefined;
    const expected = inputs.canaryVersion ?? tags.find((t) => t.key === 'git-sha')?.value;
    if (expected)
        return { source: inputs.identitySource, expected };
    // Without a version to expect nothing can be proven: said in the log, and refused where the canary's route alone
    // cannot be trusted.
    if (inputs.canaryUrl && inputs.services.length === 2) {
        throw new errors/* ConfigurationError */.j1('canary-version', "is needed with `canary-url` on two colors: the idle color alternates with every release, and only the answer's version shows which color a static URL reached", 'give the commit the release reports, tag the revision with git-sha (deploy-ecs does by default), or drop `canary-url` and let the test route reach the idle color');
    }
    if (inputs.smoke || inputs.hook)
        io.warning(`canary answers are not verified to come from the release being baked: no \`canary-version\` and no git-sha tag on ${inputs.taskDefinition}`);
    return undefined;
}
/** Canary checks run through a test route when the production URL can carry its header (two colors only make one). */
function wantsTestRoute(inputs, identity) {
    return (inputs.mode === 'bake' &&
        inputs.services.length === 2 &&
        inputs.productionUrl !== undefined &&
        (inputs.smoke !== undefined || inputs.hook !== undefined || identity !== undefined));
}
/**
 * A check that targets only the canary needs a way to reach it: the test route (two colors, through `production-url`)
 * or `canary-url`.
 */
function checkCanaryReach(inputs, kind) {
    const reachable = inputs.canaryUrl !== undefined || (kind === 'alb' && inputs.productionUrl !== undefined);
    const canaryOnly = inputs.smoke?.checks.filter((c) => !c.url && !c.targets.includes('production')) ?? [];
    if (reachable || canaryOnly.length === 0)
        return;
    const how = kind === 'alb'
        ? 'give `production-url` (the bake routes canary checks through a test rule) or `canary-url`'
        : `give \`canary-url\`: the ${kind === 'codedeploy' ? 'CodeDeploy test listener' : "service's test listener rule (or its Service Connect test header)"}, which reaches the new version before production traffic`;
    throw new errors/* ConfigurationError */.j1('canary-url', `is required: ${canaryOnly.map((c) => `"${c.name}"`).join(', ')} in ${inputs.smoke.file} target${canaryOnly.length > 1 ? '' : 's'} only the canary, and nothing reaches it`, how);
}
/**
 * The report of a provider's error, and the error to rethrow. Once a bake has changed something, a provider throws a
 * ReportedError carrying what it knows (traffic read back after the restore, or that it is unknown and what to check).
 */
function reportOfError(provider, err) {
    if (err instanceof ReportedError)
        return [err.report, err.error];
    return [emptyReport(provider, 'failed', (0,errors/* errorMessage */.gJ)(err)), err];
}
function writeOutputs(io, report) {
    io.setOutput('verdict', report.verdict);
    io.setOutput('reason', report.reason);
    io.setOutput('final-weights', JSON.stringify(report.finalWeights));
    io.setOutput('timeline', JSON.stringify({
        weights: report.marks,
        rounds: report.rounds.map((r) => ({ atMs: r.atMs, weight: r.weight, verdict: r.verdict, checks: r.outcomes })),
    }));
    io.setOutput('task-definition-before', report.taskDefinitionBefore ?? '');
    io.setOutput('task-definition-after', report.taskDefinitionAfter ?? '');
    io.setOutput('restore-ms', report.restoreMs !== undefined ? String(Math.round(report.restoreMs)) : '');
}
function recordState(report, thrown) {
    if (thrown)
        return ['error', `bake-and-promote stopped: ${(0,errors/* errorMessage */.gJ)(thrown)}`];
    switch (report.verdict) {
        case 'promoted':
            return ['success', 'promoted'];
        case 'cancelled':
            // The provider's reason says where traffic ended (a CodeDeploy cancel may not have verified its restore).
            return ['error', report.reason];
        case 'aborted':
        case 'failed':
            return ['failure', report.reason];
        default:
            return ['inactive', report.reason];
    }
}


/***/ })

};
;