export const id = 442;
export const ids = [442];
export const modules = {

/***/ 9442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment),
  upsertComment: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: COMMENT_LIMIT, commentMarker, commentSize, renderDetails

// EXTERNAL MODULE: ./src/github/api.ts
var github_api = __webpack_require__(8943);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/run.ts
var src_run = __webpack_require__(9786);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/publish/markdown.ts
// Text from configs shown in Markdown (job summary, PR comment): it must read as text, never as
// markup, links or HTML that a pull request could smuggle into a page.
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}
/** Inline code that cannot be broken out of: backticks inside are replaced. */
function code(text) {
    return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ')}</code>`;
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

;// CONCATENATED MODULE: ./src/publish/comment.ts
// The pull request comment (CONTRACT §8): one per workflow job, found again by a hidden marker and
// edited in place. Per config: validation with the place of each problem, the cloud tags, plan
// counts, resolved values (sensitive ones masked) and the plan text folded; in plan mode the
// preview of what resolution will change. Long text is shortened so the comment always stays
// below GitHub's size limit, and every block that is opened is closed.





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
    const clean = (text) => (0,util_text/* scrub */._I)(text, options.secrets ?? []);
    const links = new Links(context);
    const head = renderHead(report, context, links, clean);
    const sections = report.configs.map((run) => configParts(run, report.mode, links, clean));
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
 * Every config's section as the comment shows it (findings, cloud tags, values, plan, preview),
 * for the job summary, which has room for long text up to `maxText` characters a block.
 */
function renderDetails(report, context, options) {
    const clean = (text) => scrub(text, options.secrets ?? []);
    const links = new Links(context);
    return report.configs
        .map((run) => renderParts(configParts(run, report.mode, links, clean), options.maxText, links))
        .join('\n\n');
}
function renderHead(report, context, links, clean) {
    const runs = report.configs;
    const where = [context.workflow, context.job].filter(Boolean).join(' / ');
    const lines = [
        commentMarker(context),
        `## dativo-infra · ${report.mode}${where ? ` · ${escapeText(clean(where))}` : ''}`,
    ];
    if (runs.length === 0) {
        lines.push('', `No job configs to process. ${escapeText(clean(report.discovery))}`);
        return lines.join('\n');
    }
    const { errors, warnings, invalid, plan } = (0,src_run/* tally */.N4)(report);
    let summary = `${(0,util_text/* plural */.LS)(runs.length, 'config')}: ${runs.length - invalid} valid, ${invalid} invalid` +
        ` — ${(0,util_text/* plural */.LS)(errors, 'error')}, ${(0,util_text/* plural */.LS)(warnings, 'warning')}.`;
    if (runs.some((r) => r.plan))
        summary += ` Plan: ${(0,src_run/* formatPlan */.nT)(plan)}.`;
    if (report.commitSha) {
        const short = report.commitSha.slice(0, 7);
        summary += ` Resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : code(short)}.`;
    }
    lines.push('', summary);
    return lines.join('\n');
}
function configParts(run, mode, links, clean) {
    const parts = [];
    const title = run.jobName ? ` · ${escapeText(clean(run.jobName))}` : '';
    parts.push(`### ${statusIcon(run)} ${code(clean(run.file))}${title}`);
    const facts = [];
    if (run.provider)
        facts.push(code(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)));
    facts.push(validation(run));
    if (run.terraformFailed)
        facts.push('Terraform failed: nothing written');
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
            rows(['Tag', 'Value'], tags.map(([key, value]) => [code(clean(key)), code(shorten(clean(value)))])));
    }
    const values = Object.entries(run.resolvedValues ?? {});
    if (values.length > 0) {
        parts.push(`**${mode !== 'apply' ? 'Values after apply' : run.resolved ? 'Resolved values' : 'Values not written into the config'}**\n\n` +
            rows(['Placeholder', 'Value'], values.map(([name, value]) => [code(clean(name)), code(shorten(clean(display(value))))])));
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
    const text = cap >= fold.text.length ? fold.text : cut(fold.text, cap);
    const note = text.length < fold.text.length
        ? `\n\n_Shortened: ${lineCount(text)} of ${lineCount(fold.text)} lines shown; the rest is in ${where}._`
        : '';
    return `<details><summary>${fold.summary}</summary>\n\n${codeBlock(text, fold.language)}${note}\n\n</details>`;
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
function findingLine(finding, links, clean) {
    const icon = finding.severity === 'error' ? '❌' : '⚠️';
    const range = finding.range;
    let place = '';
    if (range) {
        const label = `line ${range.line}, column ${range.column}`;
        const url = links.line(finding.file, range.line);
        place = `${url ? `[${label}](${url})` : label}: `;
    }
    return `${icon} ${place}${escapeText(shorten(clean(finding.message), 500))} ${code(finding.rule)}`;
}
function rows(header, cells) {
    const shown = cells.slice(0, MAX_ROWS);
    const more = cells.length - shown.length;
    return table(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '');
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
function shorten(text, max = MAX_VALUE) {
    return text.length <= max ? text : `${cut(text, max - 1)}…`;
}
function lineCount(text) {
    return text.replace(/\n$/, '').split('\n').length;
}
/**
 * Creates this job's comment on the pull request, or edits the one an earlier run made (found by
 * its marker, whoever wrote it). Events without a pull request are skipped. Throws with a message
 * that says what to change when GitHub refuses; the caller reports that as a warning.
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
    const base = (0,github_context/* apiRepositoryPath */._O)(repository);
    try {
        let existing;
        for await (const comment of api.paginate(`${base}/issues/${number}/comments`)) {
            if (comment.body?.startsWith(marker)) {
                existing = comment;
                break;
            }
        }
        if (existing) {
            if (existing.body === text)
                return { action: 'unchanged', id: existing.id };
            await api.request('PATCH', `${base}/issues/comments/${existing.id}`, { body: text });
            return { action: 'updated', id: existing.id };
        }
        const created = await api.request('POST', `${base}/issues/${number}/comments`, {
            body: text,
        });
        return { action: 'created', id: created.data.id };
    }
    catch (error) {
        if (error instanceof github_api/* GitHubApiError */.O && [401, 403, 404].includes(error.status)) {
            throw new Error(`Cannot comment on pull request #${number} (${error.message}). Give the job \`permissions: pull-requests: write\`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.`);
        }
        throw error;
    }
}


/***/ })

};
