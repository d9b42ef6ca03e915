export const id = 308;
export const ids = [308];
export const modules = {

/***/ 1308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment),
  upsertComment: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: COMMENT_LIMIT, commentMarker, commentSize, renderJobDetails

// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/run.ts
var src_run = __webpack_require__(9786);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/publish/markdown.ts
var markdown = __webpack_require__(1886);
// EXTERNAL MODULE: ./src/discover/removed.ts
var discover_removed = __webpack_require__(4163);
;// CONCATENATED MODULE: ./src/publish/removed.ts
// Removed jobs in the reports: each shown like a config (its destroy plan, the tags of what goes),
// and in apply mode a table of every runtime left running, so none is forgotten.



/** A removed job as the comment and the summary show configs. */
function removedAsRun(removed, mode) {
    const why = removed.reason === 'renamed' && removed.renamedTo
        ? `renamed to ${removed.renamedTo.jobName} (${removed.renamedTo.file}): this runtime goes, the new one is created`
        : discover_removed/* REMOVAL_REASONS */.Fq[removed.reason];
    const fate = mode === 'plan'
        ? removed.leftRunning
            ? `not planned: ${removed.leftRunning}`
            : 'destroy plan'
        : removed.destroyed
            ? 'destroyed'
            : `left running: ${removed.leftRunning ?? 'destroy-removed is off'}`;
    return {
        ...(0,src_run/* newConfigRun */.YN)(removed.file),
        jobName: removed.jobName,
        provider: removed.provider,
        runtimeType: removed.runtimeType,
        findings: removed.findings,
        cloudTags: removed.cloudTags,
        plan: removed.plan,
        planText: removed.planText,
        fingerprint: removed.fingerprint,
        removal: `${why}; ${fate}`,
    };
}
/** Apply mode: one row per runtime a removed job leaves running, with its tags. */
function leftRunningSection(report, clean) {
    const left = (report.removed ?? []).filter((removed) => !removed.destroyed);
    if (report.mode !== 'apply' || left.length === 0)
        return '';
    const rows = left.map((removed) => [
        code(clean(removed.file)),
        escapeText(clean(removed.jobName)),
        escapeText(clean(removed.reason === 'renamed'
            ? `renamed to ${removed.renamedTo?.jobName ?? '?'}`
            : REMOVAL_REASONS[removed.reason])),
        escapeText(clean(`${removed.provider} / ${removed.runtimeType}`)),
        Object.entries(removed.cloudTags)
            .map(([key, value]) => code(clean(`${key}=${value}`)))
            .join(' '),
        escapeText(clean(removed.leftRunning ?? 'destroy-removed is off')),
    ]);
    return [
        '### Runtimes left running',
        '',
        'These jobs were removed, but their runtimes still exist and keep costing. Set `destroy-removed: true` to destroy them on the next apply, or destroy them by hand.',
        '',
        table(['Config', 'Job', 'Removed because', 'Provider / runtime', 'Tags', 'Why it is left'], rows),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/publish/comment.ts








/** GitHub refuses a comment body of 65,536 characters or more. */
const COMMENT_LIMIT = 65_536;
/**
 * What a body may measure (see `commentSize`): well below the limit, for the characters GitHub
 * might count differently from JavaScript.
 */
const MAX_SIZE = 64_000;
const MAX_FINDINGS = 30;
const MAX_ROWS = 60;
const MAX_VALUE = 300;
/**
 * A conservative count of the characters GitHub sees: UTF-16 code units (never fewer than code
 * points), and each line break counted twice in case it is stored as CRLF.
 */
function commentSize(body) {
    let breaks = 0;
    for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1))
        breaks++;
    return body.length + breaks;
}
/** The hidden first line that finds this job's comment again: workflow and job, encoded. */
function commentMarker(context) {
    const workflow = encodeURIComponent(context.workflow ?? '');
    const job = encodeURIComponent(context.job ?? '');
    return `<!-- dativo-infra-action workflow=${workflow} job=${job} -->`;
}
function renderComment(report, context, options = {}) {
    const clean = (0,secrets/* scrubber */.ty)(options.secrets ?? []);
    const links = new Links(context);
    const head = renderHead(report, context, links, clean);
    const sections = [
        ...report.configs,
        ...(report.removed ?? []).map((removed) => removedAsRun(removed, report.mode)),
    ].map((run) => configParts(run, report.mode, links, clean));
    const pointer = links.run
        ? `[the job summary of this run](${links.run})`
        : 'the job summary of this workflow run';
    const assemble = (rendered, shortened, omitted) => {
        const tail = ['---'];
        if (omitted > 0)
            tail.push(`… and ${(0,util_text/* plural */.LS)(omitted, 'more config')}.`);
        tail.push(shortened || omitted > 0
            ? `Shortened to fit a comment. The full report is in ${pointer}.`
            : `Full report: ${pointer}.`);
        return [head, ...rendered, tail.join('\n\n')].join('\n\n') + '\n';
    };
    const withCap = (cap) => sections.map((parts) => renderParts(parts, cap, links));
    const longest = Math.max(0, ...sections.flat().map((part) => (isFold(part) ? part.text.length : 0)));
    const full = assemble(withCap(longest), false, 0);
    if (commentSize(full) <= MAX_SIZE)
        return full;
    // The largest length of long text per block that fits, found by bisection.
    if (commentSize(assemble(withCap(0), true, 0)) <= MAX_SIZE) {
        let low = 0;
        let high = longest;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (commentSize(assemble(withCap(middle), true, 0)) <= MAX_SIZE)
                low = middle;
            else
                high = middle - 1;
        }
        return assemble(withCap(low), true, 0);
    }
    // Too many configs even without their long text: as many whole sections as fit.
    const shown = [];
    for (const parts of sections) {
        const next = [...shown, renderParts(parts, 0, links)];
        if (commentSize(assemble(next, true, sections.length - next.length)) > MAX_SIZE)
            break;
        shown.push(next[next.length - 1]);
    }
    const body = assemble(shown, true, sections.length - shown.length);
    if (commentSize(body) <= MAX_SIZE)
        return body;
    return assemble([], true, sections.length);
}
/**
 * One config's section as the comment shows it (findings, cloud tags, values, plan, preview), for
 * the job summary, which has room for long text up to `maxText` characters a block.
 */
function renderJobDetails(run, mode, context, options) {
    const links = new Links(context);
    return renderParts(configParts(run, mode, links, scrubber(options.secrets ?? [])), options.maxText, links);
}
function renderHead(report, context, links, clean) {
    const runs = report.configs;
    const where = [context.workflow, context.job].filter(Boolean).join(' / ');
    const lines = [commentMarker(context)];
    lines.push(`## dativo-infra · ${report.mode}${where ? ` · ${(0,markdown/* escapeText */.X1)(clean(where))}` : ''}`);
    if (runs.length === 0) {
        lines.push('', `No job configs to process. ${(0,markdown/* escapeText */.X1)(clean(report.discovery))}`);
        return lines.join('\n');
    }
    const { errors, warnings, invalid, plan } = (0,src_run/* tally */.N4)(report);
    let summary = `${(0,util_text/* plural */.LS)(runs.length, 'config')}: ${runs.length - invalid} valid, ${invalid} invalid` +
        ` — ${(0,util_text/* plural */.LS)(errors, 'error')}, ${(0,util_text/* plural */.LS)(warnings, 'warning')}.`;
    if (runs.some((r) => r.plan))
        summary += ` Plan: ${(0,src_run/* formatPlan */.nT)(plan)}.`;
    if (report.commitSha) {
        const short = report.commitSha.slice(0, 7);
        summary += ` Resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : (0,markdown/* code */.aY)(short)}.`;
    }
    lines.push('', summary);
    const record = report.reviewRecord;
    if (record?.problem) {
        lines.push('', `⚠️ The plans were not recorded for review, so a merge with \`require-reviewed-plan\` will not apply them: ${(0,markdown/* escapeText */.X1)(clean(record.problem))}.`);
    }
    else if (record && record.omitted > 0) {
        lines.push('', `⚠️ The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with \`require-reviewed-plan\` will not apply the other ${(0,util_text/* plural */.LS)(record.omitted, 'job')}${record.url ? ` (listed in [the check run](${record.url}))` : ''}. Split the pull request.`);
    }
    return lines.join('\n');
}
function configParts(run, mode, links, clean) {
    const parts = [];
    const title = run.jobName ? ` · ${(0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName), MAX_VALUE))}` : '';
    parts.push(`### ${statusIcon(run)} ${(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(run.file), MAX_VALUE))}${title}`);
    const facts = [];
    if (run.provider)
        facts.push((0,markdown/* code */.aY)(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)));
    facts.push(run.removal ? (0,markdown/* escapeText */.X1)(clean(run.removal)) : validation(run));
    if (run.terraformFailed)
        facts.push('Terraform failed: nothing written');
    if (run.notReviewed)
        facts.push('not applied: the plan is not the reviewed one');
    if (run.plan)
        facts.push(`plan ${(0,src_run/* formatPlan */.nT)(run.plan)}`);
    if (run.resolved)
        facts.push('resolved');
    parts.push(facts.join(' · '));
    const problems = run.findings.filter((f) => f.severity !== 'notice');
    if (problems.length > 0) {
        const items = problems
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${findingLine(finding, links, clean)}`);
        if (problems.length > MAX_FINDINGS) {
            items.push(`- … and ${problems.length - MAX_FINDINGS} more (see the job summary)`);
        }
        parts.push(items.join('\n'));
    }
    const tags = Object.entries(run.cloudTags ?? {});
    if (tags.length > 0) {
        parts.push('**Cloud tags**\n\n' +
            rows(['Tag', 'Value'], tags.map(([key, value]) => [(0,markdown/* code */.aY)(clean(key)), (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(value), MAX_VALUE))])));
    }
    const values = Object.entries(run.resolvedValues ?? {});
    if (values.length > 0) {
        parts.push(`**${mode !== 'apply' ? 'Values after apply' : run.resolved ? 'Resolved values' : 'Values not written into the config'}**\n\n` +
            rows(['Placeholder', 'Value'], values.map(([name, value]) => [
                (0,markdown/* code */.aY)(clean(name)),
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(display(value)), MAX_VALUE)),
            ])));
    }
    if (run.planText) {
        parts.push({ summary: 'Terraform plan', text: clean(run.planText), language: 'text' });
    }
    // Only a preview: in apply mode the diff would show values that were written, sensitive or not.
    if (mode === 'plan' && run.resolutionDiff) {
        parts.push({
            summary: 'Preview: what resolution will change in the config',
            text: clean(run.resolutionDiff),
            language: 'diff',
        });
    }
    return parts;
}
function renderParts(parts, cap, links) {
    return parts.map((part) => (isFold(part) ? renderFold(part, cap, links) : part)).join('\n\n');
}
function renderFold(fold, cap, links) {
    const where = links.run ? `[the run's log](${links.run})` : "the run's log";
    if (cap <= 0)
        return `_${fold.summary}: left out to fit the comment; see ${where}._`;
    const text = cap >= fold.text.length ? fold.text : (0,markdown/* cut */.Jj)(fold.text, cap);
    const note = text.length < fold.text.length
        ? `\n\n_Shortened: ${lineCount(text)} of ${lineCount(fold.text)} lines shown; the rest is in ${where}._`
        : '';
    return `<details><summary>${fold.summary}</summary>\n\n${(0,markdown/* codeBlock */.DV)(text, fold.language)}${note}\n\n</details>`;
}
function findingLine(finding, links, clean) {
    const icon = finding.severity === 'error' ? '❌' : '⚠️';
    const range = finding.range;
    let place = '';
    if (range) {
        const label = `line ${range.line}, column ${range.column}`;
        const url = links.line(finding.file, range.line);
        place = `${url ? `[${label}](${url})` : label}: `;
    }
    const message = (0,markdown/* listMessage */.cH)((0,markdown/* shorten */.ml)(clean((0,findings/* withHint */.mu)(finding)), 2000), markdown/* escapeText */.X1);
    return `${icon} ${place}${message.first} ${(0,markdown/* code */.aY)(finding.rule)}${message.block}`;
}
function rows(header, cells) {
    const shown = cells.slice(0, MAX_ROWS);
    const more = cells.length - shown.length;
    return (0,markdown/* table */.tp)(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '');
}
/** Where things are on GitHub, when the run knows its repository. */
class Links {
    run;
    commit;
    blob;
    constructor(context) {
        const base = (0,github_context/* repositoryUrl */.Ek)(context);
        if (!base)
            return;
        this.run = (0,github_context/* runUrl */.Vp)(context);
        this.commit = (sha) => `${base}/commit/${encodeURIComponent(sha)}`;
        const sha = context.sha ?? (0,github_context/* pullRequestOf */._n)(context)?.headSha;
        if (sha)
            this.blob = `${base}/blob/${encodeURIComponent(sha)}`;
    }
    line(file, line) {
        if (!this.blob)
            return undefined;
        const path = file
            .split('/')
            .map((segment) => encodeURIComponent(segment).replace(/[()]/g, comment_escape))
            .join('/');
        return `${this.blob}/${path}#L${line}`;
    }
}
function comment_escape(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
function isFold(part) {
    return typeof part !== 'string';
}
function statusIcon(run) {
    if (run.skipped)
        return '⏭️';
    if (run.removal && (0,src_run/* countFindings */.Gt)(run, 'error') === 0)
        return '🗑️';
    if (!run.valid || run.terraformFailed || (0,src_run/* countFindings */.Gt)(run, 'error') > 0)
        return '❌';
    return (0,src_run/* countFindings */.Gt)(run, 'warning') > 0 ? '⚠️' : '✅';
}
function validation(run) {
    if (run.skipped)
        return 'skipped: no infrastructure section';
    const errors = (0,src_run/* countFindings */.Gt)(run, 'error');
    const warnings = (0,src_run/* countFindings */.Gt)(run, 'warning');
    if (errors > 0 || !run.valid)
        return (0,util_text/* plural */.LS)(errors, 'error');
    return warnings > 0 ? `valid, ${(0,util_text/* plural */.LS)(warnings, 'warning')}` : 'valid';
}
function display(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function lineCount(text) {
    return text.replace(/\n$/, '').split('\n').length;
}
/**
 * Creates this job's comment on the pull request, or edits the one an earlier run made: found by
 * its marker among the comments written by the identity the token acts as. Anyone can write the
 * marker, so a comment by anyone else is never adopted (its author could edit our report later).
 * Events without a pull request are skipped. Throws with a message that says what to change when
 * GitHub refuses; the caller reports that as a warning.
 */
async function upsertComment(api, context, body) {
    if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') {
        return {
            action: 'skipped',
            reason: `no pull request to comment on (event: ${context.eventName})`,
        };
    }
    const pr = (0,github_context/* pullRequestOf */._n)(context);
    const repository = context.repository;
    if (!pr || !repository) {
        return { action: 'skipped', reason: 'the pull request number or repository is unknown' };
    }
    if (context.eventName === 'pull_request' && pr.fromFork) {
        // A fork's pull_request run only ever gets a read-only token: nothing to warn about.
        return {
            action: 'skipped',
            reason: `Pull request from the fork ${pr.headRepo ?? '(deleted)'}: no comment, the report is in the job summary`,
        };
    }
    const { number } = pr;
    const marker = commentMarker(context);
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
    const issue = { ...repository, issue_number: number };
    try {
        const octokit = await api.octokit();
        const author = (await api.identity()).toLowerCase();
        const findOwn = async () => {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                ...issue,
                per_page: 100,
            });
            for await (const page of pages) {
                const own = page.data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login?.toLowerCase() === author);
                if (own)
                    return own;
            }
            return undefined;
        };
        const create = async () => {
            const { data } = await octokit.rest.issues.createComment({ ...issue, body: text });
            return { action: 'created', id: data.id };
        };
        const update = (id) => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body: text });
        const existing = await findOwn();
        if (existing) {
            if (existing.body === text)
                return { action: 'unchanged', id: existing.id };
            try {
                await update(existing.id);
                return { action: 'updated', id: existing.id };
            }
            catch (error) {
                // Deleted since it was listed: a new one takes its place.
                if (!(0,errors/* hasStatus */.Ro)(error, 404))
                    throw error;
            }
        }
        try {
            return await create();
        }
        catch (error) {
            // A server error or a lost answer does not say whether GitHub made the comment: look first,
            // and make it again only when it is not there (a blind retry could post it twice).
            if (!(0,errors/* isGitHubError */.e0)(error) || error.status < 500)
                throw error;
            api.options.log.debug(`${(0,errors/* describeGitHubError */.dZ)(error, api.baseUrl)}; looking for the comment before trying again`);
            const made = await findOwn();
            if (!made)
                return await create();
            if (made.body !== text)
                await update(made.id);
            return { action: 'created', id: made.id };
        }
    }
    catch (error) {
        throw refusal(error, number, api.baseUrl);
    }
}
function refusal(error, number, baseUrl) {
    const said = (0,errors/* describeGitHubError */.dZ)(error, baseUrl);
    if (!(0,errors/* rateLimitOf */.tX)(error) && (0,errors/* hasStatus */.Ro)(error, 401, 403, 404)) {
        return new Error(`Cannot comment on pull request #${number} (${said}). Give the job \`permissions: pull-requests: write\`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.`);
    }
    return new Error(`Cannot comment on pull request #${number}: ${said}`);
}


/***/ }),

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


/***/ })

};
