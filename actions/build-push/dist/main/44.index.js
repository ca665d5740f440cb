"use strict";
exports.id = 44;
exports.ids = [44];
exports.modules = {

/***/ 7044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlan: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/ecr/copy-image.js
var copy_image = __webpack_require__(8820);
// EXTERNAL MODULE: ./build/lib/ecr/images.js + 1 modules
var ecr_images = __webpack_require__(5467);
// EXTERNAL MODULE: ./build/lib/ecr/promote.js + 1 modules
var promote = __webpack_require__(6892);
// EXTERNAL MODULE: ./build/lib/ecr/repositories.js + 2 modules
var repositories = __webpack_require__(2033);
// EXTERNAL MODULE: ./build/lib/ecr/scan.js + 2 modules
var scan = __webpack_require__(4551);
// EXTERNAL MODULE: ./build/lib/image/builder-command.js
var builder_command = __webpack_require__(9045);
// EXTERNAL MODULE: ./build/lib/image/command-runner.js + 1 modules
var command_runner = __webpack_require__(2211);
// EXTERNAL MODULE: ./build/lib/image/manifest.js
var manifest = __webpack_require__(9641);
// EXTERNAL MODULE: ./build/lib/image/registry-api.js
var registry_api = __webpack_require__(4466);
// EXTERNAL MODULE: ./build/lib/report/markdown.js
var markdown = __webpack_require__(8818);
;// CONCATENATED MODULE: ./build/actions/build-push/src/logout.js


/** State names main saves before logging in, so this step knows what to log out of. */
const STATE = { registry: 'login-registry', builder: 'login-builder' };
async function logout(io, runCommand) {
    const registry = io.getState(STATE.registry);
    const builder = io.getState(STATE.builder);
    if (!registry || !BUILDERS.includes(builder)) {
        io.info('Nothing to log out of: the main step did not log in (it reused or promoted an image, or stopped before pushing).');
        return;
    }
    const result = await runCommand(logoutCommand(builder, registry), { silent: true });
    if (result.exitCode === 0) {
        io.info(`Logged ${builder} out of ${registry}.`);
    }
    else if (/not logged in|not found/i.test(result.stderr + result.stdout)) {
        io.info(`Already logged out of ${registry}.`);
    }
    else {
        // A failed logout leaves a 12-hour token in the runner's credential store: worth a warning, not a failed job.
        io.warning(`Could not log ${builder} out of ${registry}: ${outputTail(result)}`);
    }
}

// EXTERNAL MODULE: ./build/actions/build-push/src/plan.js
var src_plan = __webpack_require__(7144);
;// CONCATENATED MODULE: ./build/actions/build-push/src/apply.js
/** Carries a plan out: create repositories, log in and build, or copy tags; then the optional scan gate. */














async function applyPlan(plan, inputs, { login, sourceLogin }, deps) {
    const { io, clients } = deps;
    const repository = { repositoryName: inputs.repository, registryId: inputs.registryId };
    const createdRepositories = [];
    for (const request of plan.create) {
        await (0,repositories/* createRepository */.vB)(clients.ecr, request);
        createdRepositories.push(request.repositoryName);
        io.info(`Created ECR repository ${request.repositoryName} (${request.tagMutability}, scan on push ${request.scanOnPush ? 'on' : 'off'})`);
    }
    const outcome = plan.step.kind === 'build'
        ? await buildOrJoinWinner(plan, plan.step, inputs, login, deps, createdRepositories)
        : await copyTags(plan, plan.step, inputs, deps, createdRepositories, undefined, { login, sourceLogin });
    if (plan.scanGate) {
        const gate = plan.scanGate;
        const seen = new Map();
        outcome.scans = await io.group(`Wait for the ECR scan (fail at ${gate.threshold} or above)`, () => (0,scan/* waitForImageScans */.sg)(clients.ecr, repository, outcome.platformDigests, {
            timeoutMs: gate.timeoutMs,
            intervalMs: deps.scanIntervalMs ?? 10_000,
            signal: deps.signal,
            clock: deps.clock,
            onWait: (platform, status) => {
                if (seen.get(platform) !== status)
                    io.info(`${platform}: scan ${status.toLowerCase().replace(/_/g, ' ')}`);
                seen.set(platform, status);
            },
        }));
        outcome.verdict = (0,scan/* judgeScans */.CV)(outcome.scans, gate.threshold);
    }
    return outcome;
}
/**
 * Builds and pushes; when the builder's commands fail in an immutable repository, looks at the SHA tag again. If
 * it now names an image this run did not push, a concurrent run of the same commit won the race and its immutable
 * tag refused our push: that image is this commit's image, so it is reused (platforms and tags checked as for any
 * reuse). A failed login, a failed read-back after our own push, or a cancelled job is never taken for a race.
 */
async function buildOrJoinWinner(plan, step, inputs, login, deps, createdRepositories) {
    await logIn(plan, inputs, login, deps);
    try {
        await runBuild(step, inputs, deps);
    }
    catch (err) {
        const winner = await raceWinner(plan, step, inputs, deps);
        if (!winner)
            throw err;
        // The builder's last line says why (ECR: "tag invalid: … cannot be overwritten because the repository is
        // immutable").
        const why = (0,errors/* errorMessage */.gJ)(err).trim().split('\n').pop();
        deps.io.warning(`The push failed (${why.length > 300 ? `${why.slice(0, 299)}…` : why}), but ${inputs.repository}:${plan.tags[0]} now exists as ${winner.digest}: ` +
            'another run of this commit pushed first; reusing its image');
        const repository = { repositoryName: inputs.repository, registryId: inputs.registryId };
        const reuse = (0,src_plan/* planReuse */.G7)(inputs, plan.tags, winner, await (0,ecr_images/* findImages */.Mz)(deps.clients.ecr, repository, plan.tags), true);
        return copyTags(plan, reuse, inputs, deps, createdRepositories, {
            error: (0,errors/* errorMessage */.gJ)(err),
            commands: step.commands.map(builder_command/* displayCommand */.kc),
        });
    }
    return { ...(await readPushed(plan, step, inputs, login, deps)), createdRepositories };
}
/**
 * The image another run of this commit pushed under the SHA tag while this run's push failed; undefined when
 * there is none, when it is this run's own image (our first push landed, a later one failed), when the repository
 * is mutable, when the job was cancelled, or when the lookup itself fails (the builder's error is the one to report).
 */
async function raceWinner(plan, step, inputs, deps) {
    if (!plan.immutable || deps.signal?.aborted)
        return undefined;
    const repository = { repositoryName: inputs.repository, registryId: inputs.registryId };
    const winner = await (0,ecr_images/* findImage */.F1)(deps.clients.ecr, repository, plan.tags[0]).catch(() => undefined);
    return winner && winner.digest !== readBuilderDigest(inputs.builder, step) ? winner : undefined;
}
/** Reuse or promotion: puts the missing tags on the existing image by manifest copy. */
async function copyTags(plan, step, inputs, deps, createdRepositories, lostRace, logins = {}) {
    const { io, clients } = deps;
    const repository = { repositoryName: inputs.repository, registryId: inputs.registryId };
    const transfer = step.transfer ? await bringIn(plan, step.transfer, inputs, logins, deps) : undefined;
    const tags = step.copy.present.map((tag) => ({ tag, outcome: 'already-present' }));
    await io.group(`Tag ${step.source.digest} without rebuilding`, async () => {
        for (const tag of [...step.copy.add, ...step.copy.move]) {
            const result = await (0,promote/* copyTag */.c)(clients.ecr, repository, step.source, tag);
            const said = result === 'already-present' ? result : step.copy.move.includes(tag) ? 'moved' : 'added';
            io.info(`${tag}: ${said}`);
            tags.push({ tag, outcome: said });
        }
    });
    tags.sort((a, b) => plan.tags.indexOf(a.tag) - plan.tags.indexOf(b.tag));
    return {
        result: step.kind === 'reuse' ? 'reused' : 'promoted',
        digest: step.source.digest,
        platformDigests: (0,manifest/* platformDigests */.Hm)(step.source.manifest, step.source.digest, step.kind === 'reuse' ? inputs.platforms[0] : 'unknown'),
        tags,
        createdRepositories,
        commands: lostRace?.commands ?? [],
        lostRace,
        transfer,
    };
}
const HOW = { present: 'already there', mounted: 'mounted', copied: 'copied' };
/** Copies the source image's blobs and platform manifests in; the tags then go on its top manifest. */
async function bringIn(plan, source, inputs, { login, sourceLogin }, deps) {
    const from = `${source.registry}/${source.repository}`;
    const copied = await deps.io.group(`Copy ${source.reference} from ${from} (${source.tree.blobs.length} blobs, ${(0,markdown/* formatBytes */.z3)((0,copy_image/* blobBytes */.Ry)(source.tree.blobs))})`, () => (0,copy_image/* copyImageTree */.li)(source.tree, { credentials: sourceLogin, repository: source.repository }, {
        credentials: { registry: plan.registry, username: login.username, password: login.password },
        repository: inputs.repository,
    }, {
        signal: deps.signal,
        sameRegistry: source.sameRegistry,
        onBlob: (blob) => deps.io.info(`${blob.digest} (${(0,markdown/* formatBytes */.z3)(blob.size)}): ${HOW[blob.how]}`),
    }));
    return { ...copied, from };
}
async function logIn(plan, inputs, login, deps) {
    // Saved before logging in, so the post step logs out even if the login half-succeeds and main dies.
    deps.io.saveState(STATE.registry, plan.registry);
    deps.io.saveState(STATE.builder, inputs.builder);
    await run(deps, (0,builder_command/* loginCommand */.nc)(inputs.builder, plan.registry, login.username), { input: login.password, silent: true });
}
async function runBuild(step, inputs, deps) {
    const { io } = deps;
    const secretEnv = Object.fromEntries(step.secretEnv.map(([id, env]) => [env, inputs.secrets.find(([key]) => key === id)[1]]));
    for (const command of step.commands) {
        await io.group(command.title, async () => {
            io.info((0,builder_command/* displayCommand */.kc)(command));
            await run(deps, command, { env: secretEnv });
        });
    }
}
/** After a push: the digest and platform digests, as the registry holds them (the builder's claim as a fallback). */
async function readPushed(plan, step, inputs, login, deps) {
    const { io } = deps;
    const builderDigest = readBuilderDigest(inputs.builder, step);
    const credentials = { registry: plan.registry, username: login.username, password: login.password };
    let digest = builderDigest;
    let platforms = { [inputs.platforms[0]]: builderDigest ?? '' };
    try {
        // The registry's own answer is what deploys will pull; a builder's printout is only a claim about it.
        const pushed = await (0,registry_api/* readRegistryManifest */.tZ)(credentials, inputs.repository, plan.tags[0], deps.signal);
        if (!pushed)
            throw new Error(`${plan.tags[0]} is not in the registry after the push`);
        if (builderDigest && pushed.digest !== builderDigest)
            io.warning(`The builder reported ${builderDigest} but the registry holds ${pushed.digest} under ${plan.tags[0]}`);
        digest = pushed.digest;
        platforms = (0,manifest/* platformDigests */.Hm)(pushed.manifest, pushed.digest, inputs.platforms[0]);
    }
    catch (err) {
        if (!builderDigest)
            throw new Error(`could not learn the pushed digest: ${(0,errors/* errorMessage */.gJ)(err)}`);
        io.warning(`Could not read the pushed manifest back from ${plan.registry} (${(0,errors/* errorMessage */.gJ)(err)}); using the builder's digest`);
    }
    return {
        result: 'built',
        digest: digest,
        platformDigests: platforms,
        tags: plan.tags.map((tag) => ({ tag, outcome: 'pushed' })),
        commands: step.commands.map(builder_command/* displayCommand */.kc),
    };
}
async function run(deps, command, options) {
    let result;
    try {
        result = await deps.runCommand(command, options);
    }
    catch (err) {
        throw new Error(`could not start ${command.tool} (${(0,errors/* errorMessage */.gJ)(err)}); is it installed on this runner?`);
    }
    if (result.exitCode !== 0)
        throw new Error(`${command.title} exited with ${result.exitCode}: ${(0,command_runner/* outputTail */.c)(result)}`);
}
/** buildx writes JSON metadata; buildah and podman write a bare digest. */
function readBuilderDigest(builder, step) {
    try {
        if (builder === 'buildx')
            return JSON.parse((0,external_node_fs_.readFileSync)(step.metadataFile, 'utf8'))['containerimage.digest'];
        return (0,external_node_fs_.readFileSync)(step.digestFile, 'utf8').trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports cell, compactTable, shortImage, ganttChart, markdownToTerminal */
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


/***/ })

};
;