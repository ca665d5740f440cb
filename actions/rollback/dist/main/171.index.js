"use strict";
exports.id = 171;
exports.ids = [171];
exports.modules = {

/***/ 9171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCompleted: () => (/* binding */ checkCompleted),
/* harmony export */   notReleased: () => (/* binding */ notReleased),
/* harmony export */   verifyCompleted: () => (/* binding */ verifyCompleted)
/* harmony export */ });
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8083);
/* harmony import */ var _lib_ecs_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9656);
/* harmony import */ var _lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8818);
/**
 * rollback's `verify-only`: a release gate, not a rollback. It answers one question — did this environment complete
 * a rollout of the commit? — from the same history a `sha:` target uses, changes nothing and notifies no one. A
 * commit that never completed is the gate's verdict ("not released: …"), not an input error.
 */



/** Per service: the revision of `sha` that completed a rollout, or the ones that did. Pure. */
function checkCompleted(sha, observed) {
    return observed.map((o) => {
        const match = o.history.entries.find((e) => e.gitSha?.toLowerCase().startsWith(sha));
        const others = o.history.entries
            .slice(0, 5)
            .map((e) => `${(0,_lib_ecs_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .shortTaskDefinition */ .P5)(e.taskDefinitionArn)} (${e.gitSha?.slice(0, 7) ?? 'no sha'})`);
        return {
            service: o.name,
            completed: match && { arn: match.taskDefinitionArn, completedAt: match.completedAt },
            others,
        };
    });
}
/** The environment the gate speaks of: the `environment` input, else the cluster. */
function where(inputs) {
    return inputs.environment ?? inputs.cluster;
}
/** The one-line verdict for a check that failed. Pure. */
function notReleased(inputs, sha, failed) {
    const detail = failed
        .map((c) => `${c.service} on ${inputs.cluster}${c.others.length ? `; it completed ${c.others.join(', ')}` : '; it completed no rollout'}`)
        .join('; ');
    return `not released: ${where(inputs)} never completed a rollout of ${sha.slice(0, 7)} (${detail})`;
}
/** Writes the outputs and the summary; throws the verdict when a service never completed a rollout of the commit. */
async function verifyCompleted(inputs, observed, io) {
    if (inputs.target.kind !== 'sha')
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6('verify-only checks a sha:<commit> target');
    const sha = inputs.target.sha;
    const checks = checkCompleted(sha, observed);
    const failed = checks.filter((c) => !c.completed);
    io.setOutput('task-definition-arn', checks[0]?.completed?.arn ?? '');
    io.setOutput('previous-task-definition-arn', observed[0]?.service.taskDefinition ?? '');
    io.setOutput('status', failed.length ? 'failed' : 'verified');
    io.setOutput('results', JSON.stringify(checks.map((c) => ({
        service: c.service,
        status: c.completed ? 'verified' : 'failed',
        to: c.completed?.arn,
        toSha: c.completed ? sha : undefined,
    }))));
    let md = (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)(`${where(inputs)} check: ${inputs.services.join(', ')} at ${sha.slice(0, 7)}`);
    if (inputs.reason)
        md += `**Why:** ${inputs.reason}\n\n`;
    md += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Service', 'Completed a rollout of it', 'Revision'], checks.map((c) => [
        c.service,
        c.completed
            ? `✅ yes, ${c.completed.completedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}`
            : `⛔ never (it completed ${c.others.join(', ') || 'nothing'})`,
        c.completed && (0,_lib_ecs_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .shortTaskDefinition */ .P5)(c.completed.arn),
    ]));
    await io.appendSummary(md);
    if (failed.length)
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(notReleased(inputs, sha, failed));
    io.info(`${where(inputs)} completed a rollout of ${sha.slice(0, 7)}: ${checks.map((c) => `${c.service} ${(0,_lib_ecs_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .shortTaskDefinition */ .P5)(c.completed.arn)}`).join(', ')}`);
}


/***/ }),

/***/ 8818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ ganttChart),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   YI: () => (/* binding */ compactTable),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports cell, shortImage, codeBlock, markdownToTerminal, formatBytes */
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