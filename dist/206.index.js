export const id = 206;
export const ids = [206];
export const modules = {

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderComment: () => (/* binding */ renderComment),
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, commentSize, commentMarker */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3116);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9997);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8925);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(566);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1886);
// The pull request comment (CONTRACT §8): one per workflow job, found again by a hidden marker and
// edited in place, in the layout the job summary shares (layout.ts): the counts, an overview row
// per job, then each job's section. Long text is shortened so the comment always stays below
// GitHub's size limit: first the folded plans, then whole sections, never a row of the overview.








/** A section standing for jobs changed alike lists this many of them, then `… and N more`. */
const MAX_GROUP_ROWS = 60;
/** GitHub refuses a comment body of 65,536 characters or more. */
const COMMENT_LIMIT = 65_536;
/**
 * What a body may measure (see `commentSize`): well below the limit, for the characters GitHub
 * might count differently from JavaScript.
 */
const MAX_SIZE = 64_000;
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
    const clean = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubber */ .ty)(options.secrets ?? []);
    const links = new _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .Links */ .qF(context);
    const entries = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .jobEntries */ .IN)(report);
    const where = [context.workflow, context.job].filter(Boolean).join(' / ');
    const head = [commentMarker(context)];
    const pointer = links.run
        ? `[the job summary of this run](${links.run})`
        : 'the job summary of this workflow run';
    if (entries.length === 0) {
        head.push(`## dativo-infra · ${report.mode}${where ? ` · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(clean(where))}` : ''}`, '', `No job configs to process. ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(clean(report.discovery))}`);
        for (const failure of report.failures)
            head.push('', `- ❌ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(clean(failure))}`);
        return head.join('\n') + '\n';
    }
    // Before the headline and overview: a group's section takes the links of all its jobs.
    const sections = (0,_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .detailSections */ .O8)(entries, report.mode, links, clean, MAX_GROUP_ROWS);
    head.push(...(0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report, entries, links, where, clean));
    head.push(...reviewRecordLines(report, clean));
    const assemble = (table, rendered, shortened, omitted) => {
        const tail = ['---'];
        if (omitted > 0)
            tail.push(`The details of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(omitted, 'more job')} are left out.`);
        tail.push(shortened || omitted > 0
            ? `Shortened to fit a comment. The full report is in ${pointer}.`
            : `Full report: ${pointer}.`);
        return [head.join('\n'), table, ...rendered, tail.join('\n\n')].join('\n\n') + '\n';
    };
    const withCap = (cap) => sections.map((parts) => (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .renderParts */ .Rs)(parts, cap, links));
    const fits = (body) => commentSize(body) <= MAX_SIZE;
    const table = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .overview */ .M0)(entries, report.mode, clean);
    const longest = Math.max(0, ...sections.flat().map((part) => ((0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .isFold */ .K3)(part) ? part.text.length : 0)));
    const full = assemble(table, withCap(longest), false, 0);
    if (fits(full))
        return full;
    // The largest length of long text per block that fits, found by bisection.
    if (fits(assemble(table, withCap(0), true, 0))) {
        let low = 0;
        let high = longest;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (fits(assemble(table, withCap(middle), true, 0)))
                low = middle;
            else
                high = middle - 1;
        }
        return assemble(table, withCap(low), true, 0);
    }
    // Too many jobs even without their long text: the overview whole (shorter names if it must),
    // then as many sections as fit, in the overview's order (errors and destroys first).
    const compact = fits(assemble(table, [], true, sections.length))
        ? table
        : (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .overview */ .M0)(entries, report.mode, clean, true);
    const shown = [];
    for (const parts of sections) {
        const next = [...shown, (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .renderParts */ .Rs)(parts, 0, links)];
        if (!fits(assemble(compact, next, true, sections.length - next.length)))
            break;
        shown.push(next[next.length - 1]);
    }
    const body = assemble(compact, shown, true, sections.length - shown.length);
    if (fits(body))
        return body;
    // More jobs than any overview can list in a comment: as many rows as fit, and where the rest are.
    const lines = compact.split('\n');
    const cutTable = (n) => lines.slice(0, n).join('\n') +
        `\n\n… and ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(lines.length - n, 'more job')} in ${pointer}.`;
    let low = 2;
    let high = lines.length;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(assemble(cutTable(middle), [], true, sections.length)))
            low = middle;
        else
            high = middle - 1;
    }
    return assemble(cutTable(low), [], true, sections.length);
}
/** What a merge with require-reviewed-plan will not find: plans the check run could not record. */
function reviewRecordLines(report, clean) {
    const record = report.reviewRecord;
    if (record?.problem) {
        return [
            '',
            `⚠️ The plans were not recorded for review, so a merge with \`require-reviewed-plan\` will not apply them: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(clean(record.problem))}.`,
        ];
    }
    if (record && record.omitted > 0) {
        return [
            '',
            `⚠️ The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with \`require-reviewed-plan\` will not apply the other ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(record.omitted, 'job')}${record.url ? ` (listed in [the check run](${record.url}))` : ''}. Split the pull request.`,
        ];
    }
    return [];
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
    const pr = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(context);
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
                if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .hasStatus */ .Ro)(error, 404))
                    throw error;
            }
        }
        return await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_7__/* .createOnce */ .Ur)(api, 'comment', create, async () => {
            const made = await findOwn();
            if (!made)
                return undefined;
            if (made.body !== text)
                await update(made.id);
            return { action: 'created', id: made.id };
        });
    }
    catch (error) {
        throw refusal(error, number, api.baseUrl);
    }
}
function refusal(error, number, baseUrl) {
    const said = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeGitHubError */ .dZ)(error, baseUrl);
    if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .rateLimitOf */ .tX)(error) && (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .hasStatus */ .Ro)(error, 401, 403, 404)) {
        return new Error(`Cannot comment on pull request #${number} (${said}). Give the job \`permissions: pull-requests: write\`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.`);
    }
    return new Error(`Cannot comment on pull request #${number}: ${said}`);
}


/***/ })

};
