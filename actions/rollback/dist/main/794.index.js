"use strict";
exports.id = 794;
exports.ids = [794];
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

/***/ 6413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  codeDeployPlan: () => (/* binding */ codeDeployPlan),
  observeCodeDeploy: () => (/* binding */ observeCodeDeploy),
  rollbackWithCodeDeploy: () => (/* binding */ rollbackWithCodeDeploy)
});

// EXTERNAL MODULE: ./build/lib/aws/clients.js
var aws_clients = __webpack_require__(4954);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
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
        throw ConfigurationError.value(inputs.container, target.containerName, `a container of ${family} (it has: ${names})`);
    }
    if (!Number.isInteger(target.containerPort) || target.containerPort < 1 || target.containerPort > 65535) {
        throw ConfigurationError.value(inputs.port, String(target.containerPort), 'a port number from 1 to 65535');
    }
    const ports = (container.portMappings ?? []).map((p) => p.containerPort).filter((p) => p !== undefined);
    if (!ports.includes(target.containerPort)) {
        throw ConfigurationError.value(inputs.port, String(target.containerPort), `a container port of "${target.containerName}" in ${family} (it maps: ${ports.join(', ') || 'no ports'})`);
    }
    for (const [event, fn] of Object.entries(target.hooks ?? {})) {
        if (!ECS_HOOK_EVENTS.includes(event))
            throw ConfigurationError.value(inputs.hooks, event, `one of the ECS hook events ${ECS_HOOK_EVENTS.join(', ')}`);
        if (!fn?.trim())
            throw new ConfigurationError(inputs.hooks, `${event} names no Lambda function`, 'give a function name or ARN, or leave the event out');
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

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(1176);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commandBuilder.js



const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "CodeDeploy_20141006", "CodeDeployClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(9117);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListApplicationsCommand.js


class ListApplicationsCommand extends command(_ep0, _mw0, "ListApplications", schemas_0/* ListApplications$ */.U6w) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetApplicationsCommand.js


class BatchGetApplicationsCommand extends command(_ep0, _mw0, "BatchGetApplications", schemas_0/* BatchGetApplications$ */.Kl7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentGroupsCommand.js


class ListDeploymentGroupsCommand extends command(_ep0, _mw0, "ListDeploymentGroups", schemas_0/* ListDeploymentGroups$ */.yzH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetDeploymentGroupsCommand.js


class BatchGetDeploymentGroupsCommand extends command(_ep0, _mw0, "BatchGetDeploymentGroups", schemas_0/* BatchGetDeploymentGroups$ */.IOH) {
}

// EXTERNAL MODULE: ./build/lib/aws/paging.js
var paging = __webpack_require__(6140);
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentCommand.js


class CreateDeploymentCommand extends command(_ep0, _mw0, "CreateDeployment", schemas_0/* CreateDeployment$ */.KTk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentsCommand.js


class ListDeploymentsCommand extends command(_ep0, _mw0, "ListDeployments", schemas_0/* ListDeployments$ */.vtI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentCommand.js


class GetDeploymentCommand extends command(_ep0, _mw0, "GetDeployment", schemas_0/* GetDeployment$ */.EHZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentTargetsCommand.js


class ListDeploymentTargetsCommand extends command(_ep0, _mw0, "ListDeploymentTargets", schemas_0/* ListDeploymentTargets$ */.ELS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentTargetCommand.js


class GetDeploymentTargetCommand extends command(_ep0, _mw0, "GetDeploymentTarget", schemas_0/* GetDeploymentTarget$ */.PQs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ContinueDeploymentCommand.js


class ContinueDeploymentCommand extends command(_ep0, _mw0, "ContinueDeployment", schemas_0/* ContinueDeployment$ */.z9q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/StopDeploymentCommand.js


class StopDeploymentCommand extends command(_ep0, _mw0, "StopDeployment", schemas_0/* StopDeployment$ */.YCL) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(4858);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js + 2 modules
var schemas_schemas_0 = __webpack_require__(3168);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupsCommand.js


class DescribeTargetGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetGroups", schemas_schemas_0/* DescribeTargetGroups$ */.Z$r) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenersCommand.js
var DescribeListenersCommand = __webpack_require__(2672);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeRulesCommand.js
var DescribeRulesCommand = __webpack_require__(7406);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentConfigCommand.js


class GetDeploymentConfigCommand extends command(_ep0, _mw0, "GetDeploymentConfig", schemas_0/* GetDeploymentConfig$ */.QGv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentConfigCommand.js


class CreateDeploymentConfigCommand extends command(_ep0, _mw0, "CreateDeploymentConfig", schemas_0/* CreateDeploymentConfig$ */.IlB) {
}

// EXTERNAL MODULE: ./build/lib/core/duration.js
var duration = __webpack_require__(2720);
;// CONCATENATED MODULE: ./build/lib/traffic/steps.js
/**
 * The `steps` input of a traffic shift: `10%:10m, 100%` means "send 10% to the new version, bake 10 minutes,
 * then send everything". Parsed once, before anything changes; pure.
 */


const DEFAULT_STEPS = '10%:10m, 100%';
const MAX_STEPS = 20;
const ACCEPTED = 'comma-separated steps like `10%:10m, 100%`: whole percents from 0 to 100, strictly increasing, each with a bake duration, ending at a plain 100%';
/** Parses and validates the `steps` input; throws a ConfigurationError naming `input` on anything off. */
function parseSteps(text, input = 'steps') {
    const fail = (problem) => new ConfigurationError(input, `${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)}: ${problem}; expected ${ACCEPTED}`);
    const items = text.split(/[,\n]/).map((item) => item.trim());
    if (items.every((item) => item === ''))
        throw fail('no steps given');
    if (items.some((item) => item === ''))
        throw fail('an empty step (two commas, or a trailing comma)');
    if (items.length > MAX_STEPS)
        throw fail(`${items.length} steps is more than ${MAX_STEPS}`);
    const steps = items.map((item) => {
        const match = /^(\d{1,3})\s*%\s*(?::\s*(\S+))?$/.exec(item);
        if (!match)
            throw fail(`step "${item}" is not PERCENT% or PERCENT%:DURATION`);
        const weight = Number(match[1]);
        if (weight > 100)
            throw fail(`step "${item}": ${weight}% is more than 100%`);
        let bakeMs = 0;
        if (match[2] !== undefined) {
            const ms = parseDuration(match[2]);
            if (ms === undefined)
                throw fail(`step "${item}": bake "${match[2]}" is not a duration like 90s, 10m or 1h30m`);
            if (ms <= 0)
                throw fail(`step "${item}": a bake must be longer than 0s`);
            bakeMs = ms;
        }
        return { item, weight, bakeMs, hasBake: match[2] !== undefined };
    });
    steps.forEach((step, index) => {
        const previous = steps[index - 1];
        if (previous && step.weight <= previous.weight)
            throw fail(`${step.weight}% does not increase on ${previous.weight}%`);
        const last = index === steps.length - 1;
        if (!last && !step.hasBake)
            throw fail(`step "${step.item}" has no bake duration (only the final 100% may go without one)`);
        if (last && step.weight !== 100)
            throw fail(`the last step is ${step.weight}%, not 100%`);
        if (last && step.hasBake)
            throw fail(`the final step "${step.item}" has a bake; after 100% comes promotion, so write plain 100%`);
    });
    return steps.map(({ weight, bakeMs }) => ({ weight, bakeMs }));
}
/** The time spent baking over all steps, in milliseconds. */
function totalBakeMs(steps) {
    return steps.reduce((sum, step) => sum + step.bakeMs, 0);
}
/** Writes steps back the way the input takes them, e.g. "10% for 10m 00s → 100%", for logs and summaries. */
function describeSteps(steps) {
    return steps
        .map((step) => (step.bakeMs > 0 ? `${step.weight}% for ${(0,duration/* formatDuration */.a)(step.bakeMs)}` : `${step.weight}%`))
        .join(' → ');
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
    const given = describeSteps(steps);
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
        const listener = (await clients.elbv2.send(new DescribeListenersCommand/* DescribeListenersCommand */.A({ ListenerArns: [listenerArn] })))
            .Listeners?.[0];
        const rules = (await clients.elbv2.send(new DescribeRulesCommand/* DescribeRulesCommand */.G({ ListenerArn: listenerArn }))).Rules ?? [];
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

// EXTERNAL MODULE: ./build/lib/aws/errors.js
var aws_errors = __webpack_require__(2811);
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
                const kind = (0,aws_errors/* awsErrorKind */.U)(err);
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

// EXTERNAL MODULE: ./build/lib/ecs/arns.js
var arns = __webpack_require__(9656);
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

// EXTERNAL MODULE: ./build/lib/core/poll.js
var poll = __webpack_require__(6529);
// EXTERNAL MODULE: ./build/lib/ecs/history.js + 1 modules
var ecs_history = __webpack_require__(1880);
;// CONCATENATED MODULE: ./build/actions/rollback/src/codedeploy.js











async function observeCodeDeploy(clients, cluster, service) {
    if (!appSpecTargetOfService(service))
        throw new errors/* PlanError */.W6(`service "${service.serviceName}" names no container and port in its load balancer, so no AppSpec can be written for its rollback`);
    const group = await findDeploymentGroup(clients, cluster, service.serviceName);
    return { group, activeDeploymentId: await activeDeployment(clients, group) };
}
/** A deployment in flight is what to undo: the original task set is the target, whatever `target` said. */
function codeDeployPlan(s, observed) {
    // Already on the target: a CodeDeploy deployment of the same revision would move production traffic for nothing.
    if (!observed.activeDeploymentId && s.action === 'none')
        return s;
    if (!observed.activeDeploymentId)
        return {
            ...s,
            action: 'codedeploy',
            why: `${s.why}; deployed through CodeDeploy (${observed.group.deploymentGroupName}), all at once`,
        };
    return {
        ...s,
        to: s.from,
        action: 'stop-in-flight',
        inFlight: observed.activeDeploymentId,
        why: `CodeDeploy deployment ${observed.activeDeploymentId} is in flight: it is stopped with rollback, and the original task set (${(0,arns/* shortTaskDefinition */.P5)(s.from.arn)}) keeps all traffic`,
    };
}
async function rollbackWithCodeDeploy(clients, inputs, s, service, observed, ctx) {
    if (s.action === 'none')
        return { ...s, status: 'unchanged', taskDefinitionArn: s.to.arn };
    const clock = ctx.clock ?? poll/* realClock */.d;
    // After a cancel, the stop must still go out: clients without the run's abort signal.
    const cancelClients = (0,aws_clients/* createAwsClients */.Gv)({ region: clients.region, action: 'rollback' });
    const follow = {
        clock,
        signal: ctx.signal,
        cancelClients,
        intervalMs: inputs.pollIntervalMs,
        timeoutMs: inputs.waitTimeoutMs,
        onChange: (v) => ctx.io.info(`${s.service}: CodeDeploy ${describeVerdict(v)}`),
    };
    if (s.action === 'stop-in-flight' && s.inFlight) {
        const followed = await followDeployment(clients, s.inFlight, observed.group, {
            ...follow,
            decide: async () => ({ stop: inputs.reason ?? 'rollback requested' }),
        });
        // Only a verified restore (the original task set carrying all traffic) is a successful rollback; CodeDeploy's
        // status alone is not.
        const restored = followed.restore?.ok === true;
        return restored
            ? {
                ...s,
                status: 'succeeded',
                taskDefinitionArn: s.to.arn,
                deploymentId: s.inFlight,
                reason: followed.restore?.detail,
            }
            : {
                ...s,
                status: 'failed',
                failureKind: 'rolled-back',
                deploymentId: s.inFlight,
                reason: `CodeDeploy deployment ${s.inFlight}: ${followed.reason}${followed.restore ? `; ${followed.restore.detail}` : ''}`,
            };
    }
    const { deploymentId, followed } = await redeployAllAtOnce(clients, observed.group, service, s.to.arn, `rollback to ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)}${inputs.reason ? `: ${inputs.reason}` : ''}`, follow);
    ctx.io.info(`${s.service}: CodeDeploy deployment ${deploymentId} rolls back to ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)}`);
    if (followed.outcome !== 'succeeded')
        return {
            ...s,
            status: 'failed',
            failureKind: followed.outcome === 'cancelled' ? 'cancelled' : 'rolled-back',
            deploymentId,
            reason: `CodeDeploy deployment ${deploymentId}: ${followed.reason}`,
        };
    const missed = await (0,ecs_history/* recordRolledOut */.KZ)(clients, inputs.cluster, s.service, s.to.arn, new Date());
    if (missed)
        ctx.io.warning(`${s.service}: could not tag ${(0,arns/* shortTaskDefinition */.P5)(s.to.arn)} as rolled out (${missed}); a later rollback will not know it ran`);
    return { ...s, status: 'succeeded', taskDefinitionArn: s.to.arn, deploymentId };
}


/***/ })

};
;