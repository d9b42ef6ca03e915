export const id = 593;
export const ids = [593];
export const modules = {

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   cH: () => (/* binding */ listMessage),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
// Text from configs shown in Markdown (job summary, PR comment): it must read as text, never as
// markup, links or HTML that a pull request could smuggle into a page, and never as a mention,
// an issue reference or a link that GitHub would make live and notify someone about.

/** A zero-width space between `@` and a name: the mention reads the same and notifies nobody. */
const BREAK = '&#8203;';
/** Every line ending Markdown knows, and the Unicode ones: user text stays on its line. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * What GitHub turns into live references in text: `@user`, `@org/team`, `#123` and `GH-123`
 * issue references, and bare web addresses (an e-mail address is one through its `@`).
 */
function neutralise(text) {
    return text
        .replace(/(?<!&)#(?=\p{N})/gu, `#${BREAK}`)
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
        .replace(/\b(GH)-(?=\p{N})/giu, `$1-${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/\b(www)\./gi, `$1${BREAK}.`);
}
function escapeText(text) {
    return neutralise(text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(LINE_BREAKS, ' '));
}
/** Inline code that cannot be broken out of: backticks inside are replaced. */
function code(text) {
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(LINE_BREAKS, ' ');
    return `<code>${neutralise(escaped)}</code>`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced block showing text exactly: the fence is longer than any run of backticks inside. */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    return `${fence}${language}\n${body}\n${fence}`;
}
/**
 * A message for a Markdown list item: its first line as text, and any further lines (a Terraform
 * error, as Terraform wrapped it) as a text block to follow the item's line, indented under it.
 */
function listMessage(message, escape) {
    const [first = '', ...more] = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(message);
    const rest = more.join('\n').replace(/^\n+/, '');
    if (rest.trim() === '')
        return { first: escape(first), block: '' };
    const block = codeBlock(rest, 'text')
        .split('\n')
        .map((line) => (line ? `  ${line}` : ''))
        .join('\n');
    return { first: escape(first), block: `\n\n${block}` };
}
/** At most `max` characters, ending at a line break when one is near, never inside a pair. */
function cut(text, max) {
    let end = max;
    const lastBreak = text.lastIndexOf('\n', max);
    if (lastBreak > max / 2)
        end = lastBreak;
    else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return text.slice(0, end);
}
/** At most `max` characters, with `…` when shortened. */
function shorten(text, max) {
    return text.length <= max ? text : `${cut(text, max - 1)}…`;
}


/***/ }),

/***/ 6593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeWaves: () => (/* binding */ describeWaves),
/* harmony export */   rolloutOutput: () => (/* binding */ rolloutOutput),
/* harmony export */   rolloutSection: () => (/* binding */ rolloutSection)
/* harmony export */ });
/* harmony import */ var _publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1886);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
// How a rollout reads: its waves in the log before it starts, then in the job summary and the
// `rollout` output which jobs are done, which failed and which were not started.


const MAX_JOBS = 300;
/** `Rollout wave 1 of 2 (other environments: dev): canary first in local / local (3 jobs)`. */
function describeWaves(waves) {
    return waves.map((wave, i) => `Rollout wave ${i + 1} of ${waves.length} (${wave.name}: ${wave.environments.join(', ')}): a canary first in ${wave.groups
        .map((group) => `${group.name} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(group.files.length, 'job')})`)
        .join(', ')}, then the rest`);
}
/**
 * The `rollout` output: configs by what became of them; null without a rollout. Within `budget`
 * characters of JSON: failed and not-started jobs are listed before done ones, and `left_out`
 * counts what did not fit.
 */
function rolloutOutput(report, budget = Infinity) {
    if (!report.rollout)
        return null;
    const by = (status) => report.configs.filter((run) => run.rollout?.status === status).map((run) => run.file);
    const output = {
        done: [],
        failed: [],
        not_started: [],
        stopped: report.rollout.stopped ?? null,
        left_out: 0,
    };
    let size = JSON.stringify(output).length;
    for (const [key, files] of [
        ['failed', by('failed')],
        ['not_started', by('not started')],
        ['done', by('done')],
    ]) {
        for (const file of files) {
            const added = JSON.stringify(file).length + 1;
            if (size + added > budget) {
                output.left_out++;
                continue;
            }
            output[key].push(file);
            size += added;
        }
    }
    return output;
}
/** The job summary's section: each wave, its groups, and each job's end. */
function rolloutSection(report, clean) {
    const rollout = report.rollout;
    if (!rollout)
        return undefined;
    const count = (status) => report.configs.filter((run) => run.rollout?.status === status).length;
    const lines = ['### Rollout', ''];
    lines.push(`${count('done')} done, ${count('failed')} failed, ${count('not started')} not started.${rollout.stopped ? ` ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(clean(rollout.stopped))}` : ''}`);
    const byFile = new Map(report.configs.map((run) => [run.file, run]));
    const rows = [];
    rollout.waves.forEach((wave, i) => {
        for (const group of wave.groups) {
            for (const file of group.files) {
                const run = byFile.get(file);
                const role = run?.rollout;
                rows.push([
                    `${i + 1}: ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(clean(wave.name))}`,
                    (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(group.name),
                    (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(file), 200)),
                    run?.jobName ? (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)((0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(run.jobName), 200)) : '—',
                    role?.canary ? 'canary' : '',
                    role ? statusCell(role.status) : '—',
                ]);
            }
        }
    });
    lines.push('', (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Wave', 'Cloud / runtime', 'Config', 'Job', 'Role', 'Status'], rows.slice(0, MAX_JOBS)));
    if (rows.length > MAX_JOBS)
        lines.push('', `… and ${rows.length - MAX_JOBS} more jobs (see the \`rollout\` output).`);
    return lines.join('\n');
}
function statusCell(status) {
    return status === 'done' ? '✅ done' : status === 'failed' ? '❌ failed' : '⏸️ not started';
}


/***/ })

};
