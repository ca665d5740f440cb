"use strict";
exports.id = 71;
exports.ids = [71];
exports.modules = {

/***/ 8071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _lib_ecr_copy_image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8820);
/* harmony import */ var _lib_ecr_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4551);
/* harmony import */ var _lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8818);
/** The job summary: what image this run produced or reused, under which tags, and what the scan found. */



const RESULT_WORDS = {
    built: 'built and pushed',
    reused: 'already built: reused, nothing was built',
    promoted: 'promoted by manifest copy, nothing was built',
};
const TAG_WORDS = { pushed: 'pushed', added: 'added', moved: 'moved here', 'already-present': 'already here' };
function renderSummary(plan, outcome) {
    const image = `${plan.registry}/${plan.repositoryName}`;
    let markdown = (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)(`build-push: ${plan.repositoryName}`);
    // A promotion copies a manifest without reading its platforms ("unknown"): those say nothing, and one platform of
    // the image's own digest is a row of the first table.
    const platforms = Object.entries(outcome.platformDigests).filter(([platform]) => platform !== 'unknown');
    markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Build', 'Outcome'], [
        [
            'Result',
            outcome.lostRace
                ? 'a concurrent run of this commit pushed first: its image reused'
                : RESULT_WORDS[outcome.result],
        ],
        ...(plan.step.kind === 'build' && plan.step.replaces
            ? [
                [
                    'Replaced',
                    `\`${plan.step.replaces.digest}\` (${plan.step.replaces.platforms.join(', ')} only; still pullable by digest, now untagged)`,
                ],
            ]
            : []),
        ['Image', `\`${image}@${outcome.digest}\``],
        ...(platforms.length === 1 && platforms[0][1] === outcome.digest ? [['Platform', platforms[0][0]]] : []),
        ...(plan.step.kind === 'promote' ? [['Promoted from', `\`${plan.step.sourceReference}\``]] : []),
        ...outcome.createdRepositories.map((name) => ['Created repository', name]),
    ]);
    if (outcome.transfer)
        markdown += renderTransfer(outcome.transfer);
    markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Tag', 'Outcome'], outcome.tags.map(({ tag, outcome: said }) => [`\`${tag}\``, TAG_WORDS[said]]));
    if (platforms.length > 1 || (platforms.length === 1 && platforms[0][1] !== outcome.digest)) {
        markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Platform', 'Digest'], platforms.map(([platform, digest]) => [platform, `\`${digest}\``]));
    }
    if (plan.renamedTags.length) {
        markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Tag asked for', 'Tag used (registries accept A-Z a-z 0-9 _ . -)'], plan.renamedTags.map(([from, to]) => [from, to]));
    }
    if (outcome.scans)
        markdown += renderScans(plan, outcome);
    if (outcome.commands.length)
        markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)('Builder commands', (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(outcome.commands.join('\n\n'), 'sh'));
    return markdown;
}
/** What a promotion from another registry moved: bytes across accounts are the cost users watch. */
function renderTransfer(transfer) {
    const count = (how) => transfer.blobs.filter((blob) => blob.how === how);
    const row = (label, blobs) => [label, blobs.length, (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)((0,_lib_ecr_copy_image_js__WEBPACK_IMPORTED_MODULE_0__/* .blobBytes */ .Ry)(blobs))];
    let markdown = (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)(`Copied from \`${transfer.from}\``, 3);
    markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Blobs (layers and configs)', 'Count', 'Size'], [
        row('copied across', count('copied')),
        row('mounted from the same registry', count('mounted')),
        row('already here', count('present')),
    ]);
    if (transfer.manifests)
        markdown += `${transfer.manifests} platform manifest(s) put by digest, then the index tagged.\n\n`;
    return markdown;
}
function renderScans(plan, outcome) {
    const verdict = outcome.verdict;
    const word = verdict.passed ? 'passed' : 'failed';
    let markdown = (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)(`Scan gate ${word} (fail at ${plan.scanGate.threshold} or above)`, 3);
    const shown = _lib_ecr_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.slice(0, 5);
    markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Platform', 'Scan', ...shown], outcome.scans.map((scan) => [
        scan.platform,
        scan.description ? `${scan.status}: ${scan.description}` : scan.status,
        ...shown.map((s) => scan.counts[s] ?? 0),
    ]));
    const findings = outcome.scans.flatMap((scan) => scan.findings.map((f) => [scan.platform, f.severity, f.uri ? `[${f.name}](${f.uri})` : f.name, f.packageName]));
    if (findings.length)
        markdown += (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`Most severe findings (${findings.length})`, (0,_lib_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Platform', 'Severity', 'Finding', 'Package'], findings));
    return markdown;
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