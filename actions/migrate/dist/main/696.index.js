"use strict";
exports.id = 696;
exports.ids = [696];
exports.modules = {

/***/ 2696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrateInEcs: () => (/* binding */ migrateInEcs)
});

// UNUSED EXPORTS: observeEcs

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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTaskDefinitionCommand.js


class DescribeTaskDefinitionCommand extends command(_ep0, _mw0, "DescribeTaskDefinition", schemas_0/* DescribeTaskDefinition$ */.K0Z) {
}

// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var ecs_arns = __webpack_require__(9656);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTasksCommand.js


class ListTasksCommand extends command(_ep0, _mw0, "ListTasks", schemas_0/* ListTasks$ */.$a_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTasksCommand.js


class DescribeTasksCommand extends command(_ep0, _mw0, "DescribeTasks", schemas_0/* DescribeTasks$ */.Aw_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/RunTaskCommand.js


class RunTaskCommand extends command(_ep0, _mw0, "RunTask", schemas_0/* RunTask$ */.nnR) {
}

;// CONCATENATED MODULE: ./build/lib/aws/paging.js
/** Paging and batching AWS list/describe calls: one home, so every caller honours the limits the same way. */
/** Splits `items` into batches of at most `size` (DescribeServices takes 10, DescribeTasks 100, …). */
function paging_chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}
/** Follows `nextToken` until the last page, collecting what `itemsOf` takes from each page. */
async function paging_allPages(fetchPage, itemsOf) {
    const items = [];
    let nextToken;
    do {
        const page = await fetchPage(nextToken);
        items.push(...(itemsOf(page) ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return items;
}

;// CONCATENATED MODULE: ./build/lib/core/poll.js
/**
 * Waiting on AWS: `pollUntil` looks, sleeps and looks again until a verdict, its deadline or a cancel. Time comes
 * from a `Clock`, so tests drive a fake one and never wait for real.
 */

const realClock = {
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
    const clock = options.clock ?? realClock;
    const deadline = clock.now() + options.timeoutMs;
    const timeout = () => new errors/* TimeoutError */.MU(`gave up waiting for ${options.what} after ${Math.round(options.timeoutMs / 1000)}s`);
    for (let attempt = 1;; attempt++) {
        if (options.signal?.aborted)
            throw options.signal.reason ?? new errors/* CancelledError */.cc();
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
    const onAbort = () => stop.abort(signal?.reason ?? new errors/* CancelledError */.cc());
    signal?.addEventListener('abort', onAbort, { once: true });
    // An abandoned look may still reject later; that must not become an unhandled rejection.
    work.catch(() => undefined);
    const timer = clock.sleep(ms, stop.signal).then(() => Promise.reject(onTimeout()), (reason) => Promise.reject(signal?.aborted ? (signal.reason ?? reason) : new errors/* CancelledError */.cc('deadline timer cancelled')));
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

// EXTERNAL MODULE: ./build/lib/taskdef/validate.js
var validate = __webpack_require__(2721);
;// CONCATENATED MODULE: ./build/lib/taskdef/compare.js


/**
 * A canonical form: read-only fields and tags dropped, ECS's defaults filled in, empty lists dropped,
 * environment and secrets sorted by name, keys sorted. Two definitions that ECS would run identically
 * have the same canonical form.
 */
function canonicalTaskDefinition(definition) {
    const copy = structuredClone(definition);
    for (const field of [...READ_ONLY_FIELDS, 'tags'])
        delete copy[field];
    if (typeof copy.cpu === 'string')
        copy.cpu = String((0,validate/* cpuUnits */.MN)(copy.cpu) ?? copy.cpu);
    if (typeof copy.memory === 'string')
        copy.memory = String((0,validate/* memoryMiB */.Ii)(copy.memory) ?? copy.memory);
    const awsvpc = copy.networkMode === 'awsvpc';
    const containers = (copy.containerDefinitions ?? []).map((c) => canonicalContainer(c, awsvpc));
    copy.containerDefinitions = containers.sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return JSON.stringify(sortKeys(dropEmpty(copy)));
}
function canonicalContainer(container, awsvpc) {
    const byName = (items) => [...(items ?? [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return {
        essential: true,
        cpu: 0,
        ...container,
        environment: byName(container.environment),
        secrets: byName(container.secrets),
        portMappings: (container.portMappings ?? []).map((p) => ({
            protocol: 'tcp',
            ...p,
            hostPort: p.hostPort ?? (awsvpc ? p.containerPort : undefined),
        })),
    };
}
function dropEmpty(value) {
    if (Array.isArray(value))
        return value.map(dropEmpty);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [key, inner] of Object.entries(value)) {
            if (inner === null || inner === undefined)
                continue;
            const cleaned = dropEmpty(inner);
            if (Array.isArray(cleaned) && cleaned.length === 0)
                continue;
            if (cleaned && typeof cleaned === 'object' && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0)
                continue;
            out[key] = cleaned;
        }
        return out;
    }
    return value;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, sortKeys(value[key])]));
    }
    return value;
}
/** True when ECS would run both definitions the same way. */
function sameTaskDefinition(a, b) {
    return canonicalTaskDefinition(a) === canonicalTaskDefinition(b);
}
/** What changes between the running definition (or none, on a first deploy) and the new one. */
function diffTaskDefinitions(before, after) {
    const oldContainers = new Map((before?.containerDefinitions ?? []).map((c) => [c.name ?? '', c]));
    const newContainers = new Map((after.containerDefinitions ?? []).map((c) => [c.name ?? '', c]));
    const containers = [];
    for (const name of new Set([...oldContainers.keys(), ...newContainers.keys()])) {
        const diff = diffContainer(name, oldContainers.get(name), newContainers.get(name));
        if (diff)
            containers.push(diff);
    }
    const change = (from, to) => ((from ?? '') === (to ?? '') ? undefined : { from, to });
    const otherFields = [];
    const oldCanon = JSON.parse(canonicalTaskDefinition(before ?? {}));
    const newCanon = JSON.parse(canonicalTaskDefinition(after));
    for (const key of new Set([...Object.keys(oldCanon), ...Object.keys(newCanon)])) {
        if (['containerDefinitions', 'cpu', 'memory'].includes(key))
            continue;
        if (JSON.stringify(oldCanon[key]) !== JSON.stringify(newCanon[key]))
            otherFields.push(key);
    }
    return {
        containers,
        cpu: change(before?.cpu && String(cpuUnits(before.cpu)), after.cpu && String(cpuUnits(after.cpu))),
        memory: change(before?.memory && String(memoryMiB(before.memory)), after.memory && String(memoryMiB(after.memory))),
        otherFields,
    };
}
function diffContainer(name, before, after) {
    const env = (list) => new Map((list ?? []).map((v) => [v.name ?? '', v.value ?? '']));
    const secrets = (list) => new Map((list ?? []).map((s) => [s.name ?? '', s.valueFrom ?? '']));
    const oldEnv = env(before?.environment);
    const newEnv = env(after?.environment);
    const oldSecrets = secrets(before?.secrets);
    const newSecrets = secrets(after?.secrets);
    const ports = (list) => (list ?? [])
        .map((p) => `${p.containerPort}/${p.protocol ?? 'tcp'}`)
        .sort()
        .join(', ');
    const diff = {
        container: name,
        image: before?.image !== after?.image ? { from: before?.image, to: after?.image } : undefined,
        environmentAdded: [...newEnv.keys()].filter((k) => !oldEnv.has(k)),
        environmentRemoved: [...oldEnv.keys()].filter((k) => !newEnv.has(k)),
        environmentChanged: [...newEnv.keys()].filter((k) => oldEnv.has(k) && oldEnv.get(k) !== newEnv.get(k)),
        secretsAdded: [...newSecrets.keys()].filter((k) => !oldSecrets.has(k)),
        secretsRemoved: [...oldSecrets.keys()].filter((k) => !newSecrets.has(k)),
        secretsChanged: [...newSecrets.keys()].filter((k) => oldSecrets.has(k) && oldSecrets.get(k) !== newSecrets.get(k)),
        ports: ports(before?.portMappings) !== ports(after?.portMappings)
            ? { from: ports(before?.portMappings), to: ports(after?.portMappings) }
            : undefined,
    };
    const empty = !diff.image &&
        !diff.ports &&
        [
            diff.environmentAdded,
            diff.environmentRemoved,
            diff.environmentChanged,
            diff.secretsAdded,
            diff.secretsRemoved,
            diff.secretsChanged,
        ].every((l) => l.length === 0);
    return empty ? undefined : diff;
}
/** The diff as plain lines for the log ("image web: a → b", "+ env LOG_LEVEL", …). */
function describeDiff(diff) {
    const lines = [];
    for (const c of diff.containers) {
        if (c.image)
            lines.push(`${c.container}: image ${c.image.from ?? '(new container)'} → ${c.image.to ?? '(removed)'}`);
        for (const name of c.environmentAdded)
            lines.push(`${c.container}: + env ${name}`);
        for (const name of c.environmentRemoved)
            lines.push(`${c.container}: - env ${name}`);
        for (const name of c.environmentChanged)
            lines.push(`${c.container}: ~ env ${name} (changed)`);
        for (const name of c.secretsAdded)
            lines.push(`${c.container}: + secret ${name}`);
        for (const name of c.secretsRemoved)
            lines.push(`${c.container}: - secret ${name}`);
        for (const name of c.secretsChanged)
            lines.push(`${c.container}: ~ secret ${name} (now read from another reference)`);
        if (c.ports)
            lines.push(`${c.container}: ports ${c.ports.from || 'none'} → ${c.ports.to || 'none'}`);
    }
    if (diff.cpu)
        lines.push(`cpu ${diff.cpu.from ?? 'unset'} → ${diff.cpu.to ?? 'unset'}`);
    if (diff.memory)
        lines.push(`memory ${diff.memory.from ?? 'unset'} → ${diff.memory.to ?? 'unset'}`);
    if (diff.otherFields.length > 0)
        lines.push(`also changed: ${diff.otherFields.join(', ')}`);
    return lines;
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

;// CONCATENATED MODULE: ./build/lib/ecs/one-off-task.js
/**
 * One-off ECS tasks beside a service (a migration, a backfill): placed exactly like the service's own tasks,
 * started once per job (client token), watched until STOPPED and judged by one container's exit code.
 */







/** The service's placement; a service without an awsvpc configuration is a PlanError (Fargate needs one). */
function placementFromService(service) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    const networkConfiguration = service.networkConfiguration ?? primary?.networkConfiguration;
    if (!networkConfiguration?.awsvpcConfiguration?.subnets?.length) {
        throw new errors/* PlanError */.W6(`service "${service.serviceName}" has no awsvpc network configuration (subnets and security groups), so a one-off task cannot be placed like its tasks; only awsvpc services (all Fargate services) are supported`);
    }
    const strategy = service.capacityProviderStrategy ?? primary?.capacityProviderStrategy;
    return {
        networkConfiguration,
        // RunTask refuses a launch type together with a capacity provider strategy.
        launchType: strategy?.length ? undefined : (service.launchType ?? primary?.launchType),
        capacityProviderStrategy: strategy?.length ? strategy : undefined,
        platformVersion: service.platformVersion ?? primary?.platformVersion,
    };
}
/** The container a command runs in: the one named, or the only one; PlanError naming the choices otherwise. */
function pickContainer(definition, name) {
    const names = (definition.containerDefinitions ?? []).map((c) => c.name ?? '');
    if (name) {
        if (!names.includes(name))
            throw new errors/* PlanError */.W6(`task definition ${definition.family} has no container "${name}" (it has ${names.join(', ')})`);
        return name;
    }
    if (names.length === 1)
        return names[0];
    const essential = (definition.containerDefinitions ?? [])
        .filter((c) => c.essential !== false)
        .map((c) => c.name ?? '');
    if (essential.length === 1)
        return essential[0];
    throw new errors/* PlanError */.W6(`task definition ${definition.family} has ${names.length} containers (${names.join(', ')}): name the one to run in with \`container\``);
}
/**
 * RunTask cannot override the image, so the command needs a revision that names it. Reuses the service's
 * revision or the family's newest when either already runs exactly this image; else drafts a copy of the
 * service's revision with the container's image replaced. Pure.
 */
function taskDefinitionForImage(live, newest, container, image, extraTags = []) {
    const draft = draftFromLive(live.definition, live.tags);
    draft.containerDefinitions = (draft.containerDefinitions ?? []).map((c) => c.name === container ? { ...c, image } : c);
    const imageOf = (d) => d?.containerDefinitions?.find((c) => c.name === container)?.image;
    if (imageOf(live.definition) === image) {
        return {
            action: 'reuse',
            arn: live.definition.taskDefinitionArn,
            why: `the service's revision already runs ${image}`,
        };
    }
    // A re-run, or a deploy that registered this image already, left an identical newest revision: use it.
    if (newest?.taskDefinitionArn && sameTaskDefinition(newest, draft)) {
        return {
            action: 'reuse',
            arn: newest.taskDefinitionArn,
            why: `the family's newest revision already runs ${image}`,
        };
    }
    const tags = [...(draft.tags ?? []).filter((t) => !extraTags.some((e) => e.key === t.key)), ...extraTags];
    return {
        action: 'register',
        draft: { ...draft, tags: tags.length ? tags : undefined },
        why: `the service runs ${imageOf(live.definition) ?? 'another image'}`,
    };
}
/**
 * Tasks of the group that have not stopped (ListTasks by family, then DescribeTasks, since it cannot filter by group).
 */
async function activeTasksOfGroup(clients, cluster, family, group) {
    const arns = [];
    let nextToken;
    do {
        const page = await clients.ecs.send(new ListTasksCommand({ cluster, family, desiredStatus: 'RUNNING', nextToken }));
        arns.push(...(page.taskArns ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const active = [];
    for (const batch of paging_chunk(arns, 100)) {
        const answer = await clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: batch, include: ['TAGS'] }));
        active.push(...(answer.tasks ?? []).filter((t) => t.group === group && t.lastStatus !== 'STOPPED'));
    }
    return active;
}
/** Starts the task; a RunTask failure (capacity, a missing resource) is an Error in ECS's words. */
async function startOneOffTask(clients, request) {
    const { placement } = request;
    const answer = await clients.ecs.send(new RunTaskCommand({
        cluster: request.cluster,
        taskDefinition: request.taskDefinitionArn,
        count: 1,
        networkConfiguration: placement.networkConfiguration,
        launchType: placement.launchType,
        capacityProviderStrategy: placement.capacityProviderStrategy,
        platformVersion: placement.platformVersion,
        overrides: { containerOverrides: [{ name: request.container, command: request.command }] },
        startedBy: request.startedBy,
        group: request.group,
        tags: request.tags.length ? request.tags : undefined,
        enableECSManagedTags: true,
        clientToken: request.clientToken,
    }));
    const task = answer.tasks?.[0];
    if (!task?.taskArn) {
        const failure = answer.failures?.[0];
        throw new Error(`ECS did not start the task: ${failure ? `${failure.reason ?? 'unknown reason'}${failure.detail ? ` (${failure.detail})` : ''}${failure.arn ? ` for ${failure.arn}` : ''}` : 'RunTask returned no task'}`);
    }
    return task;
}
/**
 * Waits for STOPPED only: a fast task can go from PENDING to STOPPED between two looks, so RUNNING is
 * never a milestone to wait for. Throws TimeoutError (the task keeps running) or CancelledError.
 */
async function waitForTaskToStop(clients, cluster, taskArn, options) {
    return pollUntil({ ...options, what: `task ${(0,ecs_arns/* taskId */.BS)(taskArn)} to stop` }, async () => {
        const answer = await clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }));
        const task = answer.tasks?.[0];
        if (!task)
            throw new Error(`task ${(0,ecs_arns/* taskId */.BS)(taskArn)} is no longer known to ECS (${answer.failures?.[0]?.reason ?? 'MISSING'})`);
        await options.onLook?.(task);
        return task.lastStatus === 'STOPPED' ? { done: true, value: task } : { done: false };
    });
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServicesCommand.js


class DescribeServicesCommand_DescribeServicesCommand extends command(_ep0, _mw0, "DescribeServices", schemas_0/* DescribeServices$ */.i2N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/RegisterTaskDefinitionCommand.js


class RegisterTaskDefinitionCommand extends command(_ep0, _mw0, "RegisterTaskDefinition", schemas_0/* RegisterTaskDefinition$ */.k31) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTaskDefinitionsCommand.js


class ListTaskDefinitionsCommand extends command(_ep0, _mw0, "ListTaskDefinitions", schemas_0/* ListTaskDefinitions$ */.mbS) {
}

// EXTERNAL MODULE: ./build/lib/aws/clients.js
var clients = __webpack_require__(4954);
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
        throw new errors/* PlanError */.W6(`service "${(0,ecs_arns/* serviceNameOf */.Ee)(failure.arn ?? '')}" was not found in cluster "${cluster}" (${failure.reason ?? 'unknown reason'})`);
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
    for (const batch of paging_chunk(names, DESCRIBE_SERVICES_LIMIT)) {
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
async function findTaskDefinition(clients, reference) {
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
const newestRevision = (/* unused pure expression or super */ null && (findTaskDefinition));
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
    const answer = await clients.ecs.send(new UpdateServiceCommand({
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
    const arns = await paging_allPages((nextToken) => clients.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken })), (page) => page.taskDefinitionArns);
    return arns.filter((arn) => (0,ecs_arns/* familyOf */.Ap)(arn) === family).sort((a, b) => (0,ecs_arns/* revisionOf */.DT)(b) - (0,ecs_arns/* revisionOf */.DT)(a));
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

// EXTERNAL MODULE: ./build/lib/migrate/command.js
var migrate_command = __webpack_require__(1691);
// EXTERNAL MODULE: ./build/lib/migrate/pending.js
var pending = __webpack_require__(6833);
// EXTERNAL MODULE: ./build/lib/migrate/prisma.js
var prisma = __webpack_require__(3624);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/lib/core/duration.js
var duration = __webpack_require__(2720);
;// CONCATENATED MODULE: ./build/actions/migrate/src/plan.js
/** ecs-task mode's plan: a pure function of the inputs and what ECS holds now. */





const RUN_ID_TAG = 'github-run-id';
const RUN_ATTEMPT_TAG = 'github-run-attempt';
/** The group every migration task of a service shares. */
function migrationGroup(service) {
    return `migrate:${service}`;
}
/**
 * RunTask's idempotency token: one per run attempt, job, service and commit. The SDK's own retries of one
 * RunTask share it (no second task when an answer is lost); a re-run of the job is a new attempt and gets
 * a new task, since ECS hands back the first request's task, failed or not, for 24 hours on a repeated token.
 */
function migrationClientToken(inputs, ecs) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([ecs.cluster, ecs.service, inputs.gitSha, inputs.runId, inputs.runAttempt, inputs.job].join('\n'))
        .digest('hex');
}
/**
 * The read-only `prisma migrate status` task that runs before the deploy, to learn the pending set: the same
 * revision, placement, group and startedBy, its own purpose tag, and its own token (a shared token would make ECS
 * hand the status task back for the deploy's RunTask).
 */
function statusTaskPlan(plan, command) {
    const tags = plan.tags.map((t) => (t.key === 'purpose' ? { key: 'purpose', value: 'migrate-status' } : t));
    return {
        ...plan,
        command,
        tags,
        attachTo: undefined,
        clientToken: (0,external_node_crypto_.createHash)('sha256').update(`${plan.clientToken}\nstatus`).digest('hex'),
    };
}
/**
 * Decides the revision, placement, names and token. A migration of this commit that is still running is
 * followed (nothing is registered or started); one of another commit, or of another command, is refused.
 */
function planEcsTask(inputs, ecs, observed, now = new Date()) {
    const placement = placementFromService(observed.service);
    const { container, choice } = observed.source.kind === 'revision'
        ? releaseRevision(observed.source, observed.family, ecs)
        : imageRevision(observed.source, ecs, inputs.gitSha);
    const startedBy = `migrate/${inputs.gitSha}`.slice(0, 128);
    const tags = [
        { key: 'git-sha', value: inputs.gitSha },
        { key: 'purpose', value: 'migrate' },
        { key: RUN_ID_TAG, value: inputs.runId },
        { key: RUN_ATTEMPT_TAG, value: inputs.runAttempt },
    ];
    const clientToken = ecs.clientToken ?? migrationClientToken(inputs, ecs);
    const plan = {
        placement,
        container,
        taskDefinition: choice,
        command: ecs.command,
        group: migrationGroup(ecs.service),
        startedBy,
        tags,
        clientToken,
    };
    const attachTo = runningMigrationToFollow(observed.active, plan, ecs.service, inputs.gitSha, now);
    if (!attachTo)
        return plan;
    // DescribeTasks always names the task's revision; the fallback only keeps the type honest.
    const arn = attachTo.taskDefinitionArn ?? (choice.action === 'reuse' ? choice.arn : '');
    return {
        ...plan,
        attachTo,
        taskDefinition: {
            action: 'reuse',
            arn,
            why: `task ${(0,ecs_arns/* taskId */.BS)(attachTo.taskArn ?? '')} already migrates this commit from it`,
        },
    };
}
/** The running migration task of this commit with this command, if any; a PlanError when another migration runs. */
function runningMigrationToFollow(active, plan, service, gitSha, now) {
    const otherCommits = active.filter((t) => t.startedBy !== plan.startedBy);
    if (otherCommits.length > 0) {
        const described = otherCommits.map((t) => describeActive(t, now)).join('; ');
        throw new errors/* PlanError */.W6(`another migration task of service "${service}" has not stopped yet: ${described}. It migrates another commit than ${gitSha.slice(0, 12)}, and two migrations at once would race for Prisma's lock; wait for it to stop (or stop it in the console if it is stuck), then run again`);
    }
    const sameCommand = (t) => sameWords(t.overrides?.containerOverrides?.find((c) => c.name === plan.container)?.command, plan.command);
    const followable = active
        .filter(sameCommand)
        .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
    const differing = active.filter((t) => !sameCommand(t));
    if (differing.length > 0) {
        const described = differing
            .map((t) => `${describeActive(t, now)} running \`${t.overrides?.containerOverrides?.find((c) => c.name === plan.container)?.command?.join(' ') ?? "its image's own command"}\``)
            .join('; ');
        throw new errors/* PlanError */.W6(`a migration task of this commit is still running another command: ${described}. Following it would report its result as this step's; wait for it to stop, then run \`${plan.command.join(' ')}\` again`);
    }
    return followable[0];
}
/** `task-definition`: exactly that revision, checked to be one ECS can run as this service's migration. */
function releaseRevision(source, family, ecs) {
    const definition = source.definition;
    if (!definition?.taskDefinitionArn) {
        throw new errors/* PlanError */.W6(`task definition ${source.requested} was not found${source.problem ? ` (${source.problem})` : ''}: pass the revision the release registered, e.g. deploy-ecs's \`task-definition-arn\` output with \`register-only: true\``);
    }
    const name = `${definition.family}:${definition.revision}`;
    if (definition.status !== 'ACTIVE') {
        throw new errors/* PlanError */.W6(`task definition ${name} is ${definition.status ?? 'not ACTIVE'}: ECS starts no new task from a deregistered revision; register the release again`);
    }
    // The release's revision is a revision of the service's family by definition; any other family means
    // another service's image, environment and secrets (its database URL), which a migration must never run with.
    if (definition.family !== family) {
        throw new errors/* PlanError */.W6(`task definition ${name} is not a revision of family "${family}", which service "${ecs.service}" runs: the migration must run from the revision this release rolls out to "${ecs.service}"`);
    }
    if (definition.networkMode !== 'awsvpc') {
        throw new errors/* PlanError */.W6(`task definition ${name} uses network mode ${definition.networkMode ?? 'bridge'}, not awsvpc: the migration task is placed in the service's subnets, which needs awsvpc`);
    }
    const container = pickContainer(definition, ecs.container);
    return {
        container,
        choice: {
            action: 'reuse',
            arn: definition.taskDefinitionArn,
            why: `the release's revision, given as \`task-definition\``,
        },
    };
}
/**
 * `image`: the service's revision when it names the image, else its family's newest that does, else a copy to register.
 */
function imageRevision(source, ecs, gitSha) {
    if (ecs.source.kind !== 'image')
        throw new Error('an image source needs the `image` input');
    const container = pickContainer(source.live.definition, ecs.container);
    return {
        container,
        choice: taskDefinitionForImage(source.live, source.newest, container, ecs.source.image, [
            { key: 'git-sha', value: gitSha },
        ]),
    };
}
function sameWords(a, b) {
    return a !== undefined && a.length === b.length && a.every((word, i) => word === b[i]);
}
function describeActive(task, now) {
    const since = task.createdAt ? ` for ${(0,duration/* formatDuration */.a)(now.getTime() - task.createdAt.getTime())}` : '';
    return `${(0,ecs_arns/* taskId */.BS)(task.taskArn ?? '')} (${task.lastStatus ?? 'unknown'}${since}, started by ${task.startedBy ?? 'unknown'})`;
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
                this.onProblem(`cannot read the task's log stream ${this.ref.group}/${this.ref.stream}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            this.warned = true;
        }
    }
}

;// CONCATENATED MODULE: ./build/lib/ecs/task-verdict.js
const OOM = /OutOfMemory|out of memory|OOM/i;
/** Judges the stopped task by the named container (the one whose command was overridden). */
function judgeStoppedTask(task, container) {
    const c = task.containers?.find((x) => x.name === container);
    const base = {
        exitCode: c?.exitCode,
        stopCode: task.stopCode,
        stoppedReason: task.stoppedReason,
        containerReason: c?.reason,
    };
    const reason = [task.stoppedReason, c?.reason].filter(Boolean).join('; ');
    if (c?.exitCode === 0)
        return { ...base, kind: 'succeeded', summary: `container ${container} exited with code 0` };
    if (OOM.test(c?.reason ?? '') || (c?.exitCode === 137 && OOM.test(task.stoppedReason ?? ''))) {
        return {
            ...base,
            kind: 'out-of-memory',
            summary: `container ${container} ran out of memory and was killed${c?.exitCode !== undefined ? ` (exit code ${c.exitCode})` : ''}: ${reason}`,
            hint: "raise the container's memory (or the task's) in the task definition; the migration was cut off mid-way, so check `prisma migrate status` before retrying",
        };
    }
    if (task.stopCode === 'TaskFailedToStart' || (c?.exitCode === undefined && task.startedAt === undefined)) {
        return {
            ...base,
            kind: 'never-started',
            summary: `the task never started${task.stopCode ? ` [${task.stopCode}]` : ''}: ${reason || 'ECS gave no reason'}`,
            hint: neverStartedHint(reason),
        };
    }
    if (c?.exitCode !== undefined) {
        return {
            ...base,
            kind: 'exit-code',
            summary: `container ${container} exited with code ${c.exitCode}${c.exitCode === 137 ? ' (killed: SIGKILL after a stop, or out of memory)' : ''}${reason ? `: ${reason}` : ''}`,
            hint: 'the command failed: its log lines above say why',
        };
    }
    return {
        ...base,
        kind: 'stopped-early',
        summary: `the task stopped before container ${container} finished${task.stopCode ? ` [${task.stopCode}]` : ''}: ${reason || 'ECS gave no reason'}`,
        hint: task.stopCode === 'UserInitiated'
            ? 'someone (or something) called StopTask on it'
            : task.stopCode === 'SpotInterruption'
                ? 'Fargate Spot reclaimed the capacity: run it on FARGATE instead'
                : undefined,
    };
}
function neverStartedHint(reason) {
    if (/CannotPullContainer/i.test(reason))
        return 'the image could not be pulled: check that it exists, that the execution role may pull it, and that the subnets reach ECR (NAT gateway or VPC endpoints)';
    if (/ResourceInitializationError/i.test(reason))
        return 'ECS could not prepare the task: usually secrets or the log group it cannot read, or subnets without a route to Secrets Manager/SSM/CloudWatch Logs';
    if (/capacity|RESOURCE:/i.test(reason))
        return 'no capacity was available: try again, or another capacity provider';
    return undefined;
}

;// CONCATENATED MODULE: ./build/actions/migrate/src/task-run.js






/** Starts the plan's task (or follows `plan.attachTo`), streams its log, waits for STOPPED and judges it. */
async function runMigrationTask(ecs, plan, taskDefinitionArn, definition, io, deps) {
    const { clients } = deps;
    const task = plan.attachTo ??
        (await startOneOffTask(clients, {
            cluster: ecs.cluster,
            taskDefinitionArn,
            container: plan.container,
            command: plan.command,
            placement: plan.placement,
            startedBy: plan.startedBy,
            group: plan.group,
            tags: plan.tags,
            clientToken: plan.clientToken,
        }));
    const taskArn = task.taskArn;
    io.info(plan.attachTo
        ? `following ${taskArn}, ${startedEarlierBy(plan.attachTo)}, to its end instead of starting another`
        : `started ${taskArn}`);
    io.info(`console: ${(0,ecs_arns/* taskConsoleUrl */.er)(clients.region, ecs.cluster, taskArn)}`);
    const lines = [];
    const tail = ecs.streamLogs ? openTail(clients, definition, plan.container, taskArn, io, lines) : undefined;
    let lastStatus = '';
    const stopped = await io.group(`Task ${(0,ecs_arns/* taskId */.BS)(taskArn)}: ${plan.command.join(' ')}`, async () => {
        try {
            const final = await waitForTaskToStop(clients, ecs.cluster, taskArn, {
                intervalMs: ecs.pollIntervalMs,
                timeoutMs: ecs.waitTimeoutMs,
                signal: deps.signal,
                clock: deps.clock,
                onLook: async (seen) => {
                    if (seen.lastStatus && seen.lastStatus !== lastStatus)
                        io.info(`[ecs] task is ${(lastStatus = seen.lastStatus)}`);
                    await tail?.poll();
                },
            });
            await tail?.poll(); // the last lines can land after STOPPED
            return final;
        }
        catch (err) {
            if (err instanceof errors/* TimeoutError */.MU || err instanceof errors/* CancelledError */.cc) {
                // Stopping a migration mid-statement is what leaves Prisma's P3009 state behind, so it is left to finish.
                throw new Error(`${(0,errors/* errorMessage */.gJ)(err)}; task ${taskArn} was left running (stopping a migration mid-way leaves it failed): watch it in the console, or re-run the job, which follows it to its end`);
            }
            throw err;
        }
    });
    return {
        taskArn,
        command: plan.command,
        attached: plan.attachTo !== undefined,
        outcome: judgeStoppedTask(stopped, plan.container),
        lines,
        readable: tail !== undefined,
    };
}
/** "started by run 4242 (attempt 1)", from the task's tags. */
function startedEarlierBy(task) {
    const tag = (key) => task.tags?.find((t) => t.key === key)?.value;
    const run = tag(RUN_ID_TAG);
    const attempt = tag(RUN_ATTEMPT_TAG);
    return run
        ? `started by run ${run}${attempt ? ` (attempt ${attempt})` : ''} for this commit`
        : 'started earlier for this commit';
}
function openTail(clients, definition, container, taskArn, io, lines) {
    const ref = containerLogStream(definition.containerDefinitions?.find((c) => c.name === container), (0,ecs_arns/* taskId */.BS)(taskArn));
    if (!ref) {
        io.warning(`container ${container} does not log through awslogs with a stream prefix, so its output cannot be shown here; Prisma's result is judged by the exit code alone`);
        return undefined;
    }
    if (ref.region && ref.region !== clients.region) {
        io.warning(`container ${container} logs to ${ref.region}, not ${clients.region}; its output is not streamed`);
        return undefined;
    }
    io.info(`streaming ${ref.group}/${ref.stream}`);
    return new LogTail(clients, ref, (line) => {
        lines.push(line);
        io.info(`[${container}] ${line}`);
    }, (message) => io.warning(message));
}

;// CONCATENATED MODULE: ./build/actions/migrate/src/ecs-task.js
/**
 * Mode `ecs-task`: the migration runs inside the VPC as a one-off task of the release's revision, after a read-only
 * status task says what is pending.
 */










/**
 * Reads the service, the revision to run from (or the service's and the family's newest), and running migration tasks.
 */
async function observeEcs(clients, ecs) {
    const service = (await describeServices(clients, ecs.cluster, [ecs.service])).get(ecs.service);
    const family = (0,ecs_arns/* familyOf */.Ap)(service.taskDefinition);
    let source;
    if (ecs.source.kind === 'revision') {
        source = {
            kind: 'revision',
            requested: ecs.source.taskDefinition,
            ...(await describeIfKnown(clients, ecs.source.taskDefinition)),
        };
    }
    else {
        const live = await describeTaskDefinition(clients, service.taskDefinition);
        const newestArn = (await activeRevisions(clients, family))[0];
        const newest = newestArn && newestArn !== live.definition.taskDefinitionArn
            ? (await describeTaskDefinition(clients, newestArn)).definition
            : undefined;
        source = { kind: 'image', live, newest };
    }
    const active = await activeTasksOfGroup(clients, ecs.cluster, family, migrationGroup(ecs.service));
    return { service, family, source, active };
}
/** ECS answers ClientException ("Unable to describe task definition") for a revision it does not know. */
async function describeIfKnown(clients, ref) {
    try {
        const answer = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }));
        return { definition: answer.taskDefinition };
    }
    catch (err) {
        if (err.name === 'ClientException')
            return { problem: (0,errors/* errorMessage */.gJ)(err) };
        throw err;
    }
}
/**
 * The definition of the revision the task runs: one already read, else described now (a task this commit started
 * earlier).
 */
async function definitionOf(clients, arn, plan, observed) {
    if (plan.taskDefinition.action === 'register')
        return plan.taskDefinition.draft;
    const known = observed.source.kind === 'revision'
        ? [observed.source.definition]
        : [observed.source.live.definition, observed.source.newest];
    return known.find((d) => d?.taskDefinitionArn === arn) ?? (await describeTaskDefinition(clients, arn)).definition;
}
/**
 * Observe and plan; then, unless the lint is off or the command is not a plain `migrate deploy`, a read-only
 * `migrate status` task learns the pending set inside the VPC, the lint judges exactly that, and the deploy task
 * runs only when something is pending and nothing blocks. Prisma's failures are returned, not thrown.
 */
async function migrateInEcs(inputs, ecs, io, deps, gate, migrations) {
    const { clients } = deps;
    const observed = await io.group(`Read service ${ecs.service} in ${ecs.cluster}`, () => observeEcs(clients, ecs));
    const plan = planEcsTask(inputs, ecs, observed);
    await io.group('Plan', async () => logPlan(plan, io));
    const statusCommand = inputs.lint.policy !== 'off' && !plan.attachTo ? (0,migrate_command/* statusCommandOf */.XH)(plan.command) : undefined;
    const base = {
        registered: plan.taskDefinition.action === 'register',
        revisionWhy: plan.taskDefinition.why,
        applied: [],
    };
    // No status to ask: the lint decides before anything is registered or started.
    const early = statusCommand ? undefined : await gate(scopeWithoutStatus(plan, inputs.lint.policy));
    if (early?.stops)
        return { ...base, registered: false, lint: early, stoppedByLint: true };
    let taskDefinitionArn;
    if (plan.taskDefinition.action === 'register') {
        taskDefinitionArn = await registerTaskDefinition(clients, plan.taskDefinition.draft);
        io.info(`registered ${taskDefinitionArn}`);
    }
    else {
        taskDefinitionArn = plan.taskDefinition.arn;
    }
    const definition = await definitionOf(clients, taskDefinitionArn, plan, observed);
    const run = (taskPlan) => runMigrationTask(ecs, taskPlan, taskDefinitionArn, definition, io, deps);
    let result = { ...base, taskDefinitionArn, lint: early };
    if (statusCommand) {
        io.info(`asking the database what is pending first, with a read-only task: ${statusCommand.join(' ')}`);
        const status = await run(statusTaskPlan(plan, statusCommand));
        result.status = status;
        const verdict = statusVerdict(status, migrations);
        if (verdict.kind === 'task-failed' || verdict.kind === 'error' || verdict.kind === 'failed-migration') {
            const why = verdict.kind === 'failed-migration'
                ? `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`
                : 'the status task could not read the database';
            return {
                ...result,
                lint: await gate({ kind: 'none', why }),
                failure: inVpc(verdict.kind === 'task-failed' ? undefined : verdict.error, status.outcome),
            };
        }
        if (verdict.kind === 'up-to-date') {
            io.info('nothing is pending: no migrate deploy task is needed');
            return {
                ...result,
                lint: await gate({ kind: 'none', why: 'no migration is pending' }),
                pending: [],
                pendingCount: 0,
            };
        }
        const pending = verdict.kind === 'pending' ? verdict.names : undefined;
        if (pending)
            io.info(`${pending.length} migration(s) pending: ${pending.join(', ')}`);
        const scope = pending
            ? { kind: 'pending', names: pending }
            : {
                kind: 'unknown',
                why: `the status task exited with ${status.outcome.exitCode} and ${verdict.kind === 'unknown' ? verdict.why : ''}`,
            };
        result = { ...result, pending, lint: await gate(scope) };
        if (result.lint.stops)
            return { ...result, stoppedByLint: true };
    }
    const task = await run(plan);
    result.task = task;
    const deployed = (0,prisma/* parseDeployOutput */.oK)(task.lines.join('\n'));
    if (task.outcome.kind === 'succeeded') {
        // Only Prisma's own words say nothing is left: in the log, or a plain `migrate deploy` (the one status was asked
        // for) exiting 0 after a pending set was read; an exit code 0 from a custom command says nothing.
        const sawVerdict = deployed.applied.length > 0 || deployed.nothingPending || result.pending !== undefined;
        return { ...result, applied: deployed.applied, pendingCount: sawVerdict ? 0 : undefined };
    }
    const applied = result.pending && (0,pending/* appliedBeforeFailure */.J)(result.pending, deployed.error);
    const pendingCount = result.pending && applied ? result.pending.length - applied.length - 1 : undefined;
    return { ...result, applied: applied ?? [], pendingCount, failure: inVpc(deployed.error, task.outcome) };
}
/**
 * What to lint when no status task runs: nothing with the lint off, for a recovery command or a followed task; else
 * lint-base's selection.
 */
function scopeWithoutStatus(plan, policy) {
    if (policy === 'off')
        return { kind: 'none', why: 'off' };
    if ((0,migrate_command/* isRecoveryCommand */.N9)(plan.command))
        return { kind: 'none', why: `\`${plan.command.join(' ')}\` applies no migration` };
    if (plan.attachTo)
        return { kind: 'none', why: 'the task followed was started by an earlier attempt of this job, after its own lint' };
    return {
        kind: 'unknown',
        why: '`command` is not a plain `prisma migrate deploy`, so the action cannot ask Prisma what is pending',
    };
}
/**
 * What the status task says is pending. status exits 1 whenever anything is pending: any other end is the task's own
 * failure.
 */
function statusVerdict(status, migrations) {
    const { kind, exitCode } = status.outcome;
    if (kind !== 'succeeded' && !(kind === 'exit-code' && exitCode === 1))
        return { kind: 'task-failed' };
    const unreadable = status.readable
        ? 'its log names no pending migration and no verdict'
        : 'its output could not be read (the container must log through awslogs with a stream prefix, and `stream-logs` be on)';
    return (0,pending/* pendingFromStatus */._)((0,prisma/* parseStatusOutput */.n4)(status.lines.join('\n')), exitCode, migrations, unreadable);
}
/** Prisma's error explained, with where recovery commands must run; without one, the task's own end in words. */
function inVpc(error, outcome) {
    const advice = error ? (0,prisma/* explainPrismaError */.uT)(error) : undefined;
    if (!advice)
        return { title: outcome.summary, explanation: outcome.hint ?? '', commands: [] };
    if (!advice.commands.length)
        return advice;
    return {
        ...advice,
        explanation: `${advice.explanation} The database is reachable only from the VPC: run the command there, for instance with this action and \`command\` set to it.`,
    };
}
function logPlan(plan, io) {
    const td = plan.taskDefinition;
    io.info(`task definition: ${td.action === 'reuse' ? `reuse ${td.arn}` : `register a new revision of ${td.draft.family}`} (${td.why})`);
    io.info(`container ${plan.container} runs: ${plan.command.join(' ')}`);
    const net = plan.placement.networkConfiguration.awsvpcConfiguration;
    io.info(`placement: subnets ${net?.subnets?.join(', ')}; security groups ${net?.securityGroups?.join(', ') ?? 'default'}; ${plan.placement.capacityProviderStrategy?.length ? `capacity providers ${plan.placement.capacityProviderStrategy.map((s) => s.capacityProvider).join(', ')}` : `launch type ${plan.placement.launchType ?? 'cluster default'}`}${plan.placement.platformVersion ? `, platform ${plan.placement.platformVersion}` : ''}`);
    io.info(`group ${plan.group}, startedBy ${plan.startedBy}`);
    if (plan.attachTo)
        io.info(`a migration of this commit is still running (${plan.attachTo.taskArn}, ${startedEarlierBy(plan.attachTo)}): following it instead of starting another`);
}


/***/ }),

/***/ 6833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ appliedBeforeFailure),
/* harmony export */   _: () => (/* binding */ pendingFromStatus)
/* harmony export */ });
/**
 * Reads status's answer. Its words decide when it has any; without them, only exit code 0 means something (Prisma
 * exits 0 for "up to date" alone). `local` is the checkout's migrations, oldest first: a database that does not
 * exist yet gets them all.
 */
function pendingFromStatus(status, exitCode, local, unreadable = 'its output names no pending migration and no verdict') {
    if (status.error?.code === 'P1003')
        return { kind: 'pending', names: [...local], freshDatabase: true };
    if (status.failed.length > 0) {
        const name = status.failed[0];
        const text = `Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\nThe \`${name}\` migration failed (as \`prisma migrate status\` reports it)`;
        return { kind: 'failed-migration', failed: status.failed, error: { code: 'P3009', migration: name, text } };
    }
    if (status.pending.length > 0) {
        // Prisma applies in the folder's order; keep that order whatever order status printed.
        const pending = new Set(status.pending);
        const ordered = local.filter((name) => pending.has(name));
        return {
            kind: 'pending',
            names: [...ordered, ...status.pending.filter((name) => !local.includes(name))],
            freshDatabase: false,
        };
    }
    if (status.upToDate || status.missingLocally.length > 0)
        return { kind: 'up-to-date' };
    if (status.error)
        return { kind: 'error', error: status.error };
    if (exitCode === 0)
        return { kind: 'up-to-date' };
    return { kind: 'unknown', why: unreadable };
}
/**
 * What a failed `migrate deploy` applied before it stopped: the pending migrations before the one Prisma names
 * (it applies them in order and stops at the first failure). Undefined when Prisma named none.
 */
function appliedBeforeFailure(pending, error) {
    const at = error?.migration ? pending.indexOf(error.migration) : -1;
    return at < 0 ? undefined : pending.slice(0, at);
}


/***/ }),

/***/ 3624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n4: () => (/* binding */ parseStatusOutput),
/* harmony export */   oK: () => (/* binding */ parseDeployOutput),
/* harmony export */   uT: () => (/* binding */ explainPrismaError)
/* harmony export */ });
/* unused harmony export parsePrismaError */
/**
 * Reads what `prisma migrate deploy` and `prisma migrate status` print (Prisma 7) and says what a failure
 * means in words, with the exact `prisma migrate resolve` command to run. It never resolves anything itself:
 * only a person can know whether a failed migration was rolled back or finished by hand.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const MIGRATION_NAME = /^\d{4,}[A-Za-z0-9_-]*$/;
function clean(output) {
    return output
        .replace(ANSI, '')
        .split(/\r?\n/)
        .map((line) => line.trimEnd());
}
function foundCount(lines) {
    for (const line of lines) {
        const match = /^(\d+) migrations? found in /.exec(line.trim());
        if (match)
            return Number(match[1]);
    }
    return undefined;
}
/** Names listed one a line right after a heading, until the first line that is not a migration name. */
function namesAfter(lines, heading) {
    const at = lines.findIndex((line) => heading.test(line.trim()));
    if (at < 0)
        return [];
    const names = [];
    for (const line of lines.slice(at + 1)) {
        const name = line.trim();
        if (name === '' && names.length === 0)
            continue;
        if (!MIGRATION_NAME.test(name))
            break;
        names.push(name);
    }
    return names;
}
/** The `Error: Pxxxx` block Prisma prints, or a plain `Error:` without a code. */
function parsePrismaError(output) {
    const lines = clean(output);
    const at = lines.findIndex((line) => /^Error:/.test(line.trim()));
    if (at < 0)
        return undefined;
    const text = lines.slice(at).join('\n').trim();
    const code = /^Error:\s*(P\d{4})\b/.exec(lines[at].trim())?.[1];
    const error = { code, text };
    error.migration =
        /^Migration name:\s*(\S+)/m.exec(text)?.[1] ?? /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
    error.databaseErrorCode = /^Database error code:\s*(\S+)/m.exec(text)?.[1];
    const dbError = /^Database error:\s*\n([\s\S]*?)(\n\s*\n|$)/m.exec(text)?.[1];
    if (dbError)
        error.databaseError = dbError.trim();
    return error;
}
/** What `prisma migrate deploy` applied, or why it stopped. */
function parseDeployOutput(output) {
    const lines = clean(output);
    const applied = [];
    const at = lines.findIndex((line) => /^The following migrations?(\(s\))? ha(ve|s) been applied:/.test(line.trim()));
    if (at >= 0) {
        // The tree: "migrations/", "  └─ 20250101000000_init/", "    └─ migration.sql"; any other unindented line ends it.
        for (const line of lines.slice(at + 1)) {
            const match = /^\s*└─ ([^/\s]+)\/$/.exec(line);
            if (match && MIGRATION_NAME.test(match[1]))
                applied.push(match[1]);
            else if (/^\S/.test(line) && line !== 'migrations/')
                break;
        }
    }
    return {
        found: foundCount(lines),
        applied,
        nothingPending: lines.some((line) => line.trim() === 'No pending migrations to apply.'),
        error: parsePrismaError(output),
    };
}
/** Pending, failed and drifted migrations from `prisma migrate status` (which exits 1 for all but "up to date"). */
function parseStatusOutput(output) {
    const lines = clean(output);
    const upToDate = lines.some((line) => line.trim() === 'Database schema is up to date!');
    const pending = [
        ...namesAfter(lines, /^Following migrations?(\(s\))? ha(ve|s) not yet been applied:$/),
        ...namesAfter(lines, /^The migrations?(\(s\))? ha(ve|s) not yet been applied:$/),
    ];
    const failed = namesAfter(lines, /^Following migrations?(\(s\))? ha(ve|s) failed:$/);
    const missingLocally = namesAfter(lines, /^The migrations?(\(s\))? from the database (are|is) not found locally/);
    // Without a recognisable verdict, an `Error:` block is the answer (status prints none when all is well).
    const error = upToDate || pending.length || failed.length || missingLocally.length ? undefined : parsePrismaError(output);
    return { found: foundCount(lines), upToDate, pending, failed, missingLocally, error };
}
/** Turns a Prisma error into advice; `prisma` is how the user invokes the CLI (e.g. `npx prisma`). */
function explainPrismaError(error, prisma = 'npx prisma') {
    const name = error.migration;
    const resolve = (how) => `${prisma} migrate resolve --${how} "${name}"`;
    const resolveCommands = name ? [resolve('rolled-back'), resolve('applied')] : [];
    const dbError = error.databaseError
        ? ` The database said: ${error.databaseError.split('\n')[0]}${error.databaseErrorCode ? ` (SQLSTATE ${error.databaseErrorCode})` : ''}.`
        : '';
    switch (error.code) {
        case 'P3018':
            return {
                title: `Migration ${name ?? '(unnamed)'} failed to apply (P3018)`,
                explanation: `Prisma stopped at this migration and recorded it as failed, so every later deploy stops with P3009 until it is resolved.${dbError} ` +
                    'PostgreSQL ran it in one transaction, so usually nothing of it was applied: fix the migration, then mark it rolled back and deploy again. ' +
                    'If part of it did apply (statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY), finish or undo it by hand first.',
                commands: resolveCommands,
            };
        case 'P3009':
            return {
                title: `An earlier migration${name ? `, ${name},` : ''} failed and blocks every deploy (P3009)`,
                explanation: 'The database records a migration that started and failed, and Prisma refuses to apply anything until a person says what happened to it. ' +
                    'Check the database: if the failed migration left no trace (or you undid it), mark it rolled back and fix it; if you completed it by hand, mark it applied.',
                commands: resolveCommands,
            };
        case 'P1001':
            return {
                title: 'Cannot reach the database server (P1001)',
                explanation: 'Nothing answered at the host and port of DATABASE_URL. From a runner, a private RDS instance is unreachable by design: use mode ecs-task, which runs inside the VPC. ' +
                    'Otherwise check the host, the port, the security group and that the database is running.',
                commands: [],
            };
        case 'P1000':
            return {
                title: 'The database rejected the credentials (P1000)',
                explanation: 'Check the user and password in DATABASE_URL (or the secret it came from); a rotated secret needs the new value.',
                commands: [],
            };
        case 'P1003':
            return {
                title: 'The database does not exist (P1003)',
                explanation: 'The database named in DATABASE_URL is missing on the server: check its name, or create it first.',
                commands: [],
            };
        case 'P1002':
            if (/advisory lock/i.test(error.text)) {
                return {
                    title: 'Another migration holds the migration lock (P1002, advisory lock timeout)',
                    explanation: 'Prisma takes a PostgreSQL advisory lock so that two deploys never migrate at once, and gave up waiting for it after 10 s. Another `migrate deploy` is running ' +
                        '(a parallel job, another service sharing this database, or a stuck session). Wait for it to end, or find the session holding pg_advisory_lock(72707369) in pg_locks, then run again.',
                    commands: [],
                };
            }
            return {
                title: 'The database server timed out (P1002)',
                explanation: 'The server was reached but did not answer in time: it may be overloaded, or a lock is held. Try again, and check long-running sessions.',
                commands: [],
            };
        case 'P3005':
            return {
                title: 'The database is not empty and has no migration history (P3005)',
                explanation: 'Prisma will not migrate a database it did not create. Baseline it: mark the migrations that already match the schema as applied, one by one.',
                commands: [`${prisma} migrate resolve --applied "<migration that matches the live schema>"`],
            };
        default:
            return {
                title: error.code ? `Prisma failed with ${error.code}` : 'Prisma failed',
                explanation: error.text.split('\n').slice(0, 6).join(' ').trim(),
                commands: [],
            };
    }
}


/***/ })

};
;