"use strict";
exports.id = 295;
exports.ids = [295];
exports.modules = {

/***/ 2672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DescribeListenersCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3168);


class DescribeListenersCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeListeners", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeListeners$ */ .zki) {
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DescribeRulesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3168);


class DescribeRulesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeRules", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeRules$ */ .xc1) {
}


/***/ }),

/***/ 7992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DescribeTargetHealthCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3168);


class DescribeTargetHealthCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeTargetHealth", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetHealth$ */ .nZ0) {
}


/***/ }),

/***/ 295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  flipTraffic: () => (/* binding */ flipTraffic),
  observeFlip: () => (/* binding */ observeFlip),
  planFlip: () => (/* binding */ flip_planFlip)
});

// UNUSED EXPORTS: colorsOf

// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/core/poll.js
var poll = __webpack_require__(6529);
// EXTERNAL MODULE: ./build/lib/ecs/services.js + 3 modules
var ecs_services = __webpack_require__(5461);
// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var arns = __webpack_require__(9656);
// EXTERNAL MODULE: ./build/lib/ecs/rollout.js + 2 modules
var rollout = __webpack_require__(4169);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenersCommand.js
var DescribeListenersCommand = __webpack_require__(2672);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeRulesCommand.js
var DescribeRulesCommand = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/lib/aws/paging.js
var paging = __webpack_require__(6140);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(4858);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(3168);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTagsCommand.js


class DescribeTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTags", schemas_0/* DescribeTags$ */.LSs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/AddTagsCommand.js


class AddTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddTags", schemas_0/* AddTags$ */.FBv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/RemoveTagsCommand.js


class RemoveTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveTags", schemas_0/* RemoveTags$ */.wrv) {
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
function lease_elbTags(elbv2, arn) {
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
async function lease_inspectLease(store, me, now = new Date()) {
    return judgeLease((await store.readAll())[LEASE_TAG], me, now);
}
/**
 * Takes (or renews) the lease of `store` for `me`; throws LeaseHeldError when another run holds it. When the
 * read-back fails after the tag was written, the tag is taken off again (best effort, without a read: that read is
 * what failed) before the error is thrown:
 * a lease left behind with no run to release it would refuse every other run until it expires.
 */
async function lease_acquireLease(store, me, options) {
    const clock = options.clock ?? poll/* realClock */.d;
    const arn = store.arn;
    const found = await lease_inspectLease(store, me, new Date(clock.now()));
    if (found.state === 'held' && !options.preempt)
        throw new LeaseHeldError(`${arn} is leased by ${lease_describeLease(found.lease)}; refusing to touch its traffic`, found);
    if (found.state === 'unreadable')
        throw new LeaseHeldError(`${arn} carries a ${LEASE_TAG} tag we cannot read (${JSON.stringify(found.value)}); remove the tag if no run holds it`, found);
    if (found.state === 'stale' && !options.takeOverStale)
        throw new LeaseHeldError(`${arn} has a stale lease from ${lease_describeLease(found.lease)} (${found.why}); its traffic may be mid-shift`, found);
    const since = found.state === 'mine' ? found.lease.since : new Date(clock.now());
    const lease = { holder: me, since, until: new Date(clock.now() + options.ttlMs) };
    await store.write({ [LEASE_TAG]: encodeLease(lease) });
    let after;
    try {
        if (options.settleMs)
            await clock.sleep(options.settleMs);
        after = await lease_inspectLease(store, me, new Date(clock.now()));
    }
    catch (err) {
        // The read that would say whose it is failed; the tag is most likely ours (written a moment ago).
        await store.remove([LEASE_TAG]).catch(() => undefined);
        throw err;
    }
    if (after.state !== 'mine')
        throw new LeaseHeldError(`${arn}: another run took the lease at the same moment (${after.state === 'held' ? lease_describeLease(after.lease) : after.state})`, after);
    return { lease, tookOver: found.state === 'stale' || found.state === 'held' ? found.lease : undefined };
}
/**
 * Removes the lease when it is ours (with `alsoRemove`, other records of ours on the same resource); safe to call
 * twice. Says what it found.
 */
async function lease_releaseLease(store, me, alsoRemove = []) {
    const found = await lease_inspectLease(store, me);
    if (found.state === 'free')
        return 'not-held';
    if (found.state !== 'mine')
        return 'held-by-other';
    await store.remove([...alsoRemove, LEASE_TAG]);
    return 'released';
}
/** "owner/repo run 123 attempt 1 since …, until …", for messages. */
function lease_describeLease(lease) {
    const { repository, runId, attempt } = lease.holder;
    return `${repository} run ${runId} attempt ${attempt} (since ${lease.since.toISOString()}, until ${lease.until.toISOString()})`;
}

// EXTERNAL MODULE: ./build/lib/traffic/split.js
var traffic_split = __webpack_require__(9526);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetHealthCommand.js
var DescribeTargetHealthCommand = __webpack_require__(7992);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupAttributesCommand.js


class DescribeTargetGroupAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetGroupAttributes", schemas_0/* DescribeTargetGroupAttributes$ */.fev) {
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
async function guard_guardedWrite(write) {
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
        const lease = await lease_inspectLease(store, me, new Date(clock.now()));
        if (lease.state === 'mine')
            return undefined;
        if (lease.state === 'held')
            return `${lease_describeLease(lease.lease)} holds ${store.name}'s lease now`;
        if (lease.state === 'stale')
            return `${store.name}'s lease is no longer this run's (${lease_describeLease(lease.lease)}, ${lease.why})`;
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
        const found = (await (0,ecs_services/* pollServices */.SQ)(clients, cluster, [service])).get(service);
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
            : `${(0,traffic_split/* shortTargetGroup */.fc)(targetGroupArn)} is not ready for traffic: ${verdict.reason}`;
    };
}
/** No rule (or default action) of any listener of the load balancer forwards traffic to the target group. */
function noForwardProof(elbv2, loadBalancerArn, targetGroupArn) {
    return async () => {
        const forwarding = await rulesForwardingTo(elbv2, loadBalancerArn, targetGroupArn);
        return forwarding.length
            ? `${(0,traffic_split/* shortTargetGroup */.fc)(targetGroupArn)} still gets traffic from ${forwarding.join(', ')}`
            : undefined;
    };
}
/** The rules (and listener defaults) of a load balancer that send a share above 0 to `targetGroupArn`, named. */
async function rulesForwardingTo(elbv2, loadBalancerArn, targetGroupArn) {
    // ELB pages with Marker/NextMarker: mapped onto the one paging helper's nextToken.
    const listeners = await (0,paging/* allPages */.S)(async (Marker) => {
        const page = await elbv2.send(new DescribeListenersCommand/* DescribeListenersCommand */.A({ LoadBalancerArn: loadBalancerArn, Marker }));
        return { ...page, nextToken: page.NextMarker };
    }, (page) => page.Listeners);
    const found = [];
    for (const listener of listeners) {
        const rules = await (0,paging/* allPages */.S)(async (Marker) => {
            const page = await elbv2.send(new DescribeRulesCommand/* DescribeRulesCommand */.G({ ListenerArn: listener.ListenerArn, Marker }));
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


class ModifyRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyRule", schemas_0/* ModifyRule$ */.x3p) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyListenerCommand.js


class ModifyListenerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyListener", schemas_0/* ModifyListener$ */.DpG) {
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
async function listener_weights_observeRoute(elbv2, route, input = 'listener-rule-arn') {
    if (route.kind === 'rule') {
        const rule = await describeOrExplain(input, route.ruleArn, async () => (await elbv2.send(new DescribeRulesCommand/* DescribeRulesCommand */.G({ RuleArns: [route.ruleArn] }))).Rules?.[0]);
        if (rule.IsDefault)
            return listener_weights_observeRoute(elbv2, { kind: 'listener', listenerArn: listenerOfRule(route.ruleArn) }, input);
        const actions = rule.Actions ?? [];
        return { route, actions, split: (0,traffic_split/* splitOf */.uv)(actions, `rule ${route.ruleArn}`), leaseArn: route.ruleArn };
    }
    const listener = await describeOrExplain(input, route.listenerArn, async () => (await elbv2.send(new DescribeListenersCommand/* DescribeListenersCommand */.A({ ListenerArns: [route.listenerArn] }))).Listeners?.[0]);
    const actions = listener.DefaultActions ?? [];
    return {
        route,
        actions,
        split: (0,traffic_split/* splitOf */.uv)(actions, `the default action of listener ${route.listenerArn}`),
        leaseArn: route.listenerArn,
    };
}
/** Sends `split` with the route's full action list, reads it back, retries on a mismatch; returns the read-back. */
async function applySplit(elbv2, observed, split, options = {}) {
    const { attempts = 3, retryDelayMs = 1000, clock = poll/* realClock */.d, signal } = options;
    const where = listener_weights_describeRoute(observed.route);
    const actions = (0,traffic_split/* actionsWithSplit */.Ws)(observed.actions, split, where);
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
        readBack = await listener_weights_observeRoute(elbv2, observed.route);
        if ((0,traffic_split/* sameSplit */.xY)(readBack.split, split) && sameOtherActions(readBack.actions, actions))
            return readBack;
        if (attempt < attempts)
            await clock.sleep(retryDelayMs, signal);
    }
    throw new TrafficVerifyError(`${where} was modified ${attempts} times but reads back ${(0,traffic_split/* describeSplit */.iO)(readBack.split)}` +
        `${sameOtherActions(readBack.actions, actions) ? '' : ' with different other actions'}, not ${(0,traffic_split/* describeSplit */.iO)(split)}`);
}
/** "rule arn:…" or "the default action of listener arn:…", for messages. */
function listener_weights_describeRoute(route) {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/TagResourceCommand.js
var commands_TagResourceCommand = __webpack_require__(2168);
// EXTERNAL MODULE: ./build/lib/ecs/history.js + 1 modules
var ecs_history = __webpack_require__(1880);
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
    return tag(clients, arn, (0,ecs_history/* rolledBackTagKey */.xL)(cluster, service), at);
}
/**
 * What the tags say of a revision on one color: when it last served all traffic, and when it was last rolled back from.
 */
function servedRecord(tags, cluster, service) {
    return {
        servedAt: (0,ecs_history/* timeOf */.nR)(tags, servedTagKey(cluster, service)),
        rolledBackAt: (0,ecs_history/* timeOf */.nR)(tags, (0,ecs_history/* rolledBackTagKey */.xL)(cluster, service)),
    };
}
async function tag(clients, arn, key, at) {
    try {
        await clients.ecs.send(new commands_TagResourceCommand/* TagResourceCommand */.e({ resourceArn: arn, tags: [{ key, value: at.toISOString() }] }));
        return undefined;
    }
    catch (err) {
        return (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
    }
}

// EXTERNAL MODULE: ./build/lib/ecs/deployment-style.js
var deployment_style = __webpack_require__(3047);
;// CONCATENATED MODULE: ./build/lib/traffic/alb/observe.js






/**
 * The tag naming the stable target group while a bake runs: how the next run (or an abort, or a rollback) knows where
 * to restore.
 */
const observe_BAKE_STABLE_TAG = 'ecs-fargate-actions:bake-stable';
/** Reads both services, their target groups, the rule and its tags; refuses a rule that forwards anywhere else. */
async function observeAlb(clients, cluster, names, routeOf, me, now = new Date(), input = 'listener-rule-arn') {
    const services = await (0,ecs_services/* describeServices */.Ge)(clients, cluster, names);
    const colors = names.map((name) => colorOf(services.get(name)));
    const route = await listener_weights_observeRoute(clients.elbv2, routeOf, input);
    (0,traffic_split/* expectTargetGroups */.rd)(route.split, colors.map((c) => c.targetGroupArn), input, listener_weights_describeRoute(routeOf));
    const store = lease_elbTags(clients.elbv2, route.leaseArn);
    // One DescribeTags for both the lease and the bake's record.
    const tags = await store.readAll();
    const leaseValue = tags[LEASE_TAG];
    const stableValue = tags[observe_BAKE_STABLE_TAG];
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
async function observe_readColors(clients, cluster, colors) {
    const now = await (0,ecs_services/* pollServices */.SQ)(clients, cluster, colors.map((c) => c.service));
    return colors.map((c) => {
        const s = now.get(c.service);
        return s
            ? { ...c, taskDefinition: s.taskDefinition, desiredCount: s.desiredCount ?? 0, runningCount: s.runningCount ?? 0 }
            : c;
    });
}
function colorOf(service) {
    const name = service.serviceName;
    const style = (0,deployment_style/* deploymentStyleOf */.uD)(service);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteRuleCommand.js


class DeleteRuleCommand_DeleteRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRule", schemas_0/* DeleteRule$ */.iaR) {
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
        throw new PlanError(`no free rule priority before ${route.kind === 'rule' ? `rule ${route.ruleArn} (priority ${below})` : 'the listener default'} for the canary's test route; free one below it, or give \`canary-url\` and no \`production-url\` for canary checks`);
    const owner = `${me.repository}/${me.runId}/${me.attempt}`;
    return {
        listenerArn,
        priority,
        targetGroupArn,
        header: { name: TEST_ROUTE_HEADER, value: `${me.runId}-${me.attempt}-${randomBytes(12).toString('hex')}` },
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
            : `the rule ${arn} no longer forwards only to ${(0,traffic_split/* shortTargetGroup */.fc)(route.targetGroupArn)}`;
    };
}
async function describeRule(elbv2, arn) {
    try {
        return (await elbv2.send(new DescribeRulesCommand/* DescribeRulesCommand */.G({ RuleArns: [arn] }))).Rules?.[0];
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
        const page = await elbv2.send(new DescribeRulesCommand/* DescribeRulesCommand */.G({ ListenerArn: listenerArn, Marker }));
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
        const result = await guard_guardedWrite({
            what: `remove ${owner}'s test route ${arn} (it forwards to ${(0,traffic_split/* shortTargetGroup */.fc)(targetGroupArn)}, about to be scaled in)`,
            proofs: [ownership, ownedRouteProof(elbv2, arn, { owner, targetGroupArn })],
            send: async () => void (await elbv2.send(new DeleteRuleCommand_DeleteRuleCommand({ RuleArn: arn }))),
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateServiceCommand.js
var UpdateServiceCommand = __webpack_require__(7188);
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
        const now = await listener_weights_observeRoute(world.clients.elbv2, world.route.route);
        return (0,traffic_split/* sameSplit */.xY)(now.split, world.route.split)
            ? undefined
            : `the rule's weights are ${(0,traffic_split/* describeSplit */.iO)(now.split)}, not the ${(0,traffic_split/* describeSplit */.iO)(world.route.split)} this run last read (another hand moved them)`;
    };
}
/** Sends `target` to the rule, guarded and read back; `world.route` follows the read-back. */
async function moves_moveSplit(world, target, ownership, what, signal) {
    const owner = ownershipProof(world, ownership);
    // Every target group that gains a share must have a service with all its desired tasks running and healthy targets.
    const gaining = world.colors.filter((c) => (0,traffic_split/* percentOf */.pR)(target, c.targetGroupArn) > (0,traffic_split/* percentOf */.pR)(world.route.split, c.targetGroupArn));
    const receivers = gaining.flatMap((c) => [
        tasksProof(world.clients, world.cluster, c.service),
        healthyTargetsProof(world.clients.elbv2, c.targetGroupArn),
    ]);
    const state = ownership === 'lease' ? [splitUnchangedProof(world)] : [];
    const result = await guard_guardedWrite({
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
    return guard_guardedWrite({
        what,
        proofs,
        send: async () => void (await world.clients.ecs.send(new UpdateServiceCommand/* UpdateServiceCommand */.k({ cluster: world.cluster, service: color.service, desiredCount }))),
        readBack: async () => (await (0,ecs_services/* pollServices */.SQ)(world.clients, world.cluster, [color.service])).get(color.service)?.desiredCount ?? -1,
    });
}
function ownershipProof(world, ownership) {
    const lease = leaseProof(world.store, world.me, world.clock);
    return ownership === 'lease' ? lease : eitherProof(boundedProof(2000, lease), splitUnchangedProof(world));
}
function countUnchangedProof(world, color) {
    return async () => {
        const now = (await (0,ecs_services/* pollServices */.SQ)(world.clients, world.cluster, [color.service])).get(color.service);
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
        throw new PlanError(`services ${a.service} and ${b.service} are registered in the same target group ${shortTargetGroup(a.targetGroupArn)}; each color needs its own`);
    const wa = percentOf(observed.split, a.targetGroupArn);
    const wb = percentOf(observed.split, b.targetGroupArn);
    const clean = wa === 0 || wb === 0;
    const recorded = observed.colors.find((c) => c.targetGroupArn === observed.recordedStable);
    const now = describeSplit(observed.split);
    const describe = (c) => `${c.service} (${shortTargetGroup(c.targetGroupArn)}, ${shortTaskDefinition(c.taskDefinition)}, ${c.desiredCount} task(s))`;
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
        throw new PlanError(`the rule splits traffic ${now} and no bake recorded which color is stable, so neither can be assumed; put 100% on the color that should serve (the console, or ModifyRule) and run again`);
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
    const noTasks = (to, from) => new PlanError(`abort would send all traffic to ${describe(to)}, which runs no tasks; traffic stays ${now}. If ${from.service} should serve, remove the ecs-fargate-actions:bake-stable and traffic-lease tags from the rule; to go back, scale ${to.service} up first and run abort again`);
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
        throw new PlanError(`mode ${mode} needs a task definition`);
    if (clean && recorded && recorded !== stable) {
        // A bake died in its hold (all traffic on its canary, its record still on the rule): that version never passed
        // the hold, so it is not the stable one to bake from, and this run will not decide for the team.
        throw new PlanError(`all traffic is on ${describe(stable)}, but a bake recorded ${recorded.service} as stable and never finished (it died during its hold, or before clearing its record): run mode abort to put traffic back on ${recorded.service}, or remove the ecs-fargate-actions:bake-stable and traffic-lease tags from the rule to accept ${stable.service}`);
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
            why: `${stable.service} already serves all traffic with ${shortTaskDefinition(taskDefinition)}: nothing to bake`,
        };
    }
    if (sameRevision(stable.taskDefinition, taskDefinition)) {
        throw new PlanError(`the stable color ${stable.service} already runs ${shortTaskDefinition(taskDefinition)}; baking it against itself proves nothing`);
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
        why: `${canary.service} is idle (0%): ${rollOut ? `roll it onto ${shortTaskDefinition(taskDefinition)} with ${desiredCount} task(s), then ` : ''}shift ${shifts.map((s) => `${s.weight}%`).join(' → ')} from ${stable.service}`,
    };
}
/** The split to restore to after a run was interrupted: before full promotion, 100% stable; after it, 100% canary. */
function plan_restoreTarget(stableTg, canaryTg, promoted) {
    return promoted ? splitFor(canaryTg, stableTg, 0) : splitFor(stableTg, canaryTg, 0);
}
// "web:8" and "arn:…:task-definition/web:8" name the same revision (moto stores what UpdateService was given).
function sameRevision(a, b) {
    return a !== undefined && shortTaskDefinition(a) === shortTaskDefinition(b);
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
    return Object.fromEntries(colors.map((c) => [c.service, (0,traffic_split/* percentOf */.pR)(split, c.targetGroupArn)]));
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
    const target = (0,traffic_split/* splitFor */.o_)(to.targetGroupArn, from.targetGroupArn, 0);
    let split = world.route.split;
    if ((0,traffic_split/* sameSplit */.xY)(split, target))
        ctx.io.info(`weights verified: ${(0,traffic_split/* describeSplit */.iO)(split)}; nothing to restore`);
    else {
        const moved = await moves_moveSplit(world, target, ownership, `put all traffic on ${to.service} (${why})`);
        if (!moved.done)
            return {
                back: false,
                detail: `${moved.refused}; traffic left as read: ${(0,traffic_split/* describeSplit */.iO)(split)}`,
                reading: {
                    weight: (0,traffic_split/* percentOf */.pR)(split, from.targetGroupArn),
                    shares: sharesOf(world.colors, split),
                    waiting: true,
                    detail: (0,traffic_split/* describeSplit */.iO)(split),
                },
            };
        split = moved.value.split;
    }
    ctx.io.info(`all traffic on ${to.service}: ${(0,traffic_split/* describeSplit */.iO)(split)} (read back)`);
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
        weight: (0,traffic_split/* percentOf */.pR)(split, from.targetGroupArn),
        shares: sharesOf(world.colors, split),
        waiting: true,
        detail: (0,traffic_split/* describeSplit */.iO)(split),
    };
    return {
        back: true,
        detail: `all traffic on ${to.service} (${(0,traffic_split/* describeSplit */.iO)(split)}, read back)${scaled && !scaled.done ? `; ${from.service} left up: ${scaled.refused}` : ''}`,
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

;// CONCATENATED MODULE: ./build/lib/traffic/alb/flip.js












/**
 * Which color to go back to, or that there is nothing to roll back. Pure; throws PlanError when it cannot be decided
 * safely.
 */
function planFlip(split, colors, context = {}) {
    const [a, b] = colors;
    if ((0,arns/* familyOf */.Ap)(a.taskDefinition ?? '') !== (0,arns/* familyOf */.Ap)(b.taskDefinition ?? ''))
        throw new errors/* PlanError */.W6(`${a.service} runs family ${(0,arns/* familyOf */.Ap)(a.taskDefinition ?? '')} and ${b.service} runs ${(0,arns/* familyOf */.Ap)(b.taskDefinition ?? '')}: they are not two colors of one service`);
    if (a.taskDefinition === b.taskDefinition)
        throw new errors/* PlanError */.W6(`both colors run ${(0,arns/* shortTaskDefinition */.P5)(a.taskDefinition)}: there is no other version to go back to`);
    const share = (c) => (0,traffic_split/* percentOf */.pR)(split, c.targetGroupArn);
    const name = (c) => `${c.service} (${(0,arns/* shortTaskDefinition */.P5)(c.taskDefinition)})`;
    const inFlight = context.recordedStable !== undefined || context.heldByOther !== undefined;
    let good;
    let why;
    const recorded = colors.find((c) => c.targetGroupArn === context.recordedStable);
    if (recorded) {
        good = recorded;
        why = `a bake is under way with ${name(recorded)} as its stable color: all traffic goes back to it`;
    }
    else if (!colors.some((c) => c.servedAt)) {
        // Colors from before this collection recorded what served: the older revision, as it always was.
        good = (0,arns/* revisionOf */.DT)(a.taskDefinition ?? '') < (0,arns/* revisionOf */.DT)(b.taskDefinition ?? '') ? a : b;
        // Neither revision records having served (bakes record it from this version on).
        why = `${good.service} runs the older revision ${(0,arns/* shortTaskDefinition */.P5)(good.taskDefinition)}`;
    }
    else {
        const current = share(a) === 100 ? a : share(b) === 100 ? b : undefined;
        const candidates = colors.filter((c) => c !== current && servedWell(c));
        if (current && context.heldByOther) {
            good = current;
            why = `${name(current)} carries all traffic and another run holds the rule: it keeps it all, and the run is stopped`;
        }
        else if (candidates.length === 0) {
            const other = colors.find((c) => c !== current);
            const never = other.servedAt
                ? `was rolled back from at ${other.rolledBackAt?.toISOString()}`
                : 'never served all production traffic (no bake of it was promoted)';
            if (current)
                return {
                    action: 'nothing',
                    why: `nothing to roll back: ${name(current)} carries all production traffic, and ${name(other)} ${never}`,
                };
            throw new errors/* PlanError */.W6(`traffic is split and neither color's revision served well (${colors.map((c) => `${name(c)} ${c.servedAt ? 'was rolled back from' : 'never served'}`).join('; ')}): put 100% on the color that should serve by hand`);
        }
        else {
            // Two that served: the one that served longer ago is the one to go back to.
            good = candidates.sort((x, y) => x.servedAt.getTime() - y.servedAt.getTime())[0];
            why = `${name(good)} served all production traffic until ${name(colors.find((c) => c !== good))} took over: all traffic goes back to it`;
        }
    }
    const bad = colors.find((c) => c !== good);
    if (share(good) === 100 && !inFlight && bad.desiredCount === 0)
        return {
            action: 'nothing',
            why: `nothing to roll back: ${name(good)} already carries all production traffic and ${name(bad)} runs no tasks`,
        };
    if (share(good) === 100 && !inFlight)
        return {
            action: 'nothing',
            why: `nothing to roll back: ${name(good)} already carries all production traffic (${name(bad)} still has ${bad.desiredCount} task(s); scale it in by hand if it is not wanted)`,
        };
    const scaleUpGood = good.desiredCount === 0;
    return {
        action: 'flip',
        good,
        bad,
        scaleUpGood,
        why: `${why}; ${bad.service} runs ${(0,arns/* shortTaskDefinition */.P5)(bad.taskDefinition)} and takes ${share(bad)}% now${scaleUpGood ? `; ${good.service} is scaled in, so it is rolled out first` : ''}`,
    };
}
function servedWell(c) {
    return c.servedAt !== undefined && !(c.rolledBackAt && c.rolledBackAt >= c.servedAt);
}
/**
 * Carries a flip out: lease (over a bake's, visibly), the good color up and healthy, one guarded weight change, the bad
 * color in.
 */
async function flipToColor(clients, observed, plan, settings, ctx) {
    const { io, clock, me } = ctx;
    const started = clock.now();
    // Held through a scale-up and a health wait, each up to wait-timeout: a lease gone stale midway would let a bake in.
    const { tookOver } = await lease_acquireLease(observed.store, me, {
        ttlMs: 2 * settings.waitTimeoutMs + 10 * 60_000,
        takeOverStale: true,
        preempt: true,
        clock,
    });
    if (tookOver)
        io.warning(`took the traffic over from ${lease_describeLease(tookOver)}: that run stops at its next guarded write`);
    try {
        const world = {
            clients,
            cluster: settings.cluster,
            colors: await observe_readColors(clients, settings.cluster, [plan.good, plan.bad]),
            route: await listener_weights_observeRoute(clients.elbv2, observed.route.route),
            store: observed.store,
            loadBalancerArn: observed.loadBalancerArn,
            me,
            clock,
        };
        if (plan.scaleUpGood) {
            const up = await scaleUp(world, plan, settings, ctx);
            if (up)
                return {
                    restored: {
                        back: false,
                        detail: `${plan.good.service} could not be scaled up, so traffic stayed where it was: ${up}`,
                    },
                    tookOver: tookOver && lease_describeLease(tookOver),
                };
        }
        await io.group(`Wait for healthy targets in ${plan.good.service}'s target group`, () => waitForHealthyTargets(clients.elbv2, plan.good.targetGroupArn, {
            timeoutMs: settings.waitTimeoutMs,
            intervalMs: Math.min(settings.pollIntervalMs, 5_000),
            clock,
            signal: ctx.signal,
        }));
        const restored = await restoreColors(world, world.colors.find((c) => c.service === plan.good.service), plan.bad, 'lease', 'rollback', ctx);
        if (restored.back) {
            const at = new Date(clock.now());
            for (const missed of [
                await recordServed(clients, settings.cluster, plan.good.service, plan.good.taskDefinition, at),
                await recordLeft(clients, settings.cluster, plan.bad.service, plan.bad.taskDefinition, at),
            ]) {
                if (missed)
                    io.warning(`could not record the rollback on the revisions (${missed}); a second rollback may not know what this one did`);
            }
            // A bake's record on the rule is void now: traffic is where this rollback put it.
            await observed.store.remove([observe_BAKE_STABLE_TAG]).catch(() => undefined);
        }
        return {
            restored,
            tookOver: tookOver && lease_describeLease(tookOver),
            toTrafficMs: restored.back ? clock.now() - started : undefined,
        };
    }
    finally {
        await lease_releaseLease(observed.store, me).catch((err) => io.warning(`could not release the traffic lease: ${err.message}`));
    }
}
/** Rolls a scaled-in good color out again (at the bad one's size), under the lease; says why not, or undefined. */
async function scaleUp(world, plan, settings, ctx) {
    const service = (await (0,ecs_services/* describeServices */.Ge)(world.clients, settings.cluster, [plan.good.service])).get(plan.good.service);
    let report;
    const result = await guard_guardedWrite({
        what: `scale ${plan.good.service} up`,
        proofs: [leaseProof(world.store, ctx.me, ctx.clock)],
        send: async () => {
            report = await (0,rollout/* rollOut */.Of)([
                {
                    service: plan.good.service,
                    observed: service,
                    update: { taskDefinitionArn: plan.good.taskDefinition, desiredCount: Math.max(plan.bad.desiredCount, 1) },
                },
            ], {
                cluster: settings.cluster,
                wait: true,
                timeoutMs: settings.waitTimeoutMs,
                intervalMs: settings.pollIntervalMs,
            }, { clients: world.clients, io: ctx.io, signal: ctx.signal, clock: ctx.clock, actionName: 'rollback' });
        },
        readBack: async () => report,
    });
    if (!result.done)
        return result.refused;
    const scaled = result.value.results[0];
    if (result.value.cancelled || scaled.status !== 'succeeded')
        return scaled.reason ?? result.value.cancelled?.message ?? scaled.status;
    const good = world.colors.find((c) => c.service === plan.good.service);
    if (good)
        Object.assign(good, {
            desiredCount: Math.max(plan.bad.desiredCount, 1),
            runningCount: Math.max(plan.bad.desiredCount, 1),
        });
    return undefined;
}

;// CONCATENATED MODULE: ./build/actions/rollback/src/flip.js








/** The two colors as the route and ECS see them (no records: see observeFlip for those). */
function colorsOf(route, services) {
    return services.map((s) => {
        const targetGroupArn = s.loadBalancers?.find((lb) => lb.targetGroupArn)?.targetGroupArn;
        if (!targetGroupArn)
            throw new PlanError(`service "${s.serviceName}" is registered in no target group, so it cannot be one of two colors behind ${describeRoute(route.route)}`);
        return {
            service: s.serviceName ?? '',
            targetGroupArn,
            taskDefinition: s.taskDefinition ?? '',
            desiredCount: s.desiredCount ?? 0,
            runningCount: s.runningCount ?? 0,
        };
    });
}
/** Which color to go back to (or nothing to roll back), from the rule's split, the colors and what the rule records. */
function flip_planFlip(route, colors, context = {}) {
    return planFlip(route.split, colors, context);
}
/**
 * Everything the flip decides from: the rule (split, lease, bake record), both colors, and their revisions' records.
 */
async function observeFlip(clients, inputs, clock) {
    const me = holderFromEnv();
    const observed = await observeAlb(clients, inputs.cluster, inputs.services, inputs.route, me, new Date(clock.now()));
    const colors = [];
    for (const color of observed.pair.colors) {
        const revision = color.taskDefinition ? await (0,ecs_services/* findTaskDefinition */.KF)(clients, color.taskDefinition) : undefined;
        colors.push({ ...color, ...servedRecord(revision?.tags, inputs.cluster, color.service) });
    }
    const heldByOther = observed.lease.state === 'held' ? lease_describeLease(observed.lease.lease) : undefined;
    return { observed, colors, context: { recordedStable: observed.pair.recordedStable, heldByOther } };
}
/** Carries a flip out; `observed` may be just the route (its lease tags and load balancer are derived from it). */
async function flipTraffic(clients, inputs, route, plan, _good, ctx) {
    const observed = 'store' in route
        ? route
        : { route, store: lease_elbTags(clients.elbv2, route.leaseArn), loadBalancerArn: loadBalancerOf(route.route) ?? '' };
    const outcome = await flipToColor(clients, observed, plan, { cluster: inputs.cluster, waitTimeoutMs: inputs.waitTimeoutMs, pollIntervalMs: inputs.pollIntervalMs }, { io: ctx.io, signal: ctx.signal, clock: ctx.clock ?? poll/* realClock */.d, me: holderFromEnv() });
    const result = {
        service: plan.good.service,
        status: outcome.restored.back ? 'succeeded' : 'failed',
        taskDefinitionArn: plan.good.taskDefinition,
        previousTaskDefinitionArn: plan.bad.taskDefinition,
        reason: outcome.restored.back ? undefined : outcome.restored.detail,
    };
    return { result, toTrafficMs: outcome.toTrafficMs, tookOver: outcome.tookOver };
}


/***/ })

};
;