"use strict";
exports.id = 152;
exports.ids = [152];
exports.modules = {

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