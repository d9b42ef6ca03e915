export const id = 784;
export const ids = [784];
export const modules = {

/***/ 9784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readHeadRecords),
/* harmony export */   recordReviewedPlans: () => (/* binding */ recordReviewedPlans)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);
/* harmony import */ var _publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1886);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4271);
// Where the reviewed plans live: a check run on the pull request's head commit, created by the
// token's GitHub App (record.ts says why). Plan mode writes one per workflow job; the merge's
// apply reads the newest of each name, from the app its own token acts as, and nothing else.






const LISTED = 200;
/**
 * Plan mode on a pull request: records each job's plan in a check run on the head commit. A
 * refusal is returned as the outcome's problem, for the log and the comment; it never throws.
 */
async function recordReviewedPlans(api, report, context) {
    const pr = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(context);
    if (report.mode !== 'plan' || !pr || !context.repository)
        return undefined;
    if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target')
        return undefined;
    // A fork's pull_request run gets a read-only token: there is nothing it could write.
    if (context.eventName === 'pull_request' && pr.fromFork)
        return undefined;
    const records = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsOf */ .M$)(report, context);
    const head = pr.headSha;
    if (!head || !/^[0-9a-f]{40}$/i.test(head)) {
        return {
            recorded: 0,
            omitted: records.length,
            problem: 'the head commit of the pull request is unknown',
        };
    }
    const { text, record, left } = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRecord */ .Ym)(head, records);
    const omitted = record.omitted;
    const title = omitted > 0
        ? `${record.plans.length} of ${records.length} plans recorded: the rest cannot be applied on merge`
        : `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(record.plans.length, 'plan')} recorded for review`;
    const details = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(context);
    try {
        const octokit = await api.octokit();
        const { data } = await octokit.rest.checks.create({
            ...context.repository,
            name: (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .recordName */ .xD)(context),
            head_sha: head,
            status: 'completed',
            // A record that cannot hold every plan fails, so the pull request shows it before merge.
            conclusion: omitted > 0 ? 'failure' : 'success',
            ...(details ? { details_url: details } : {}),
            output: { title, summary: summary(record, left, records.length), text },
        });
        return { recorded: record.plans.length, omitted, url: data.html_url ?? undefined };
    }
    catch (error) {
        const said = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubError */ .dZ)(error, api.baseUrl);
        const problem = !(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimitOf */ .tX)(error) && (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hasStatus */ .Ro)(error, 401, 403, 404)
            ? `GitHub refused to create the check run that records them (${said}). Give the plan job \`permissions: checks: write\`; only a GitHub App's token (the workflow's GITHUB_TOKEN, or an app's installation token) can create check runs, a personal access token cannot`
            : `the check run that records them could not be created (${said})`;
        return { recorded: 0, omitted: records.length, problem };
    }
}
function summary(record, left, total) {
    const lines = [
        `The plans of this pull request's head commit ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(record.head.slice(0, 7))}, as the merge's \`require-reviewed-plan\` compares them. Only this check run counts: it can be written by nothing but the workflow's token.`,
        '',
    ];
    if (left.length > 0) {
        lines.push(`**Not recorded: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(left.length, 'plan')} of ${total}** — the record has no room for them, so the merge will not apply them. Split the pull request.`, '', ...listed(left, (plan) => `- ${kindWord(plan)} ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(plan.config)} · ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(plan.job)}`), '');
    }
    lines.push(...listed(record.plans, (plan) => `- ${kindWord(plan)} ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(plan.config)} · ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(plan.job)} · ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(plan.fingerprint.slice(0, 19))}…`));
    return (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .ml)(lines.join('\n'), 60_000);
}
function listed(items, line) {
    const shown = items.slice(0, LISTED).map(line);
    if (items.length > LISTED)
        shown.push(`- … and ${items.length - LISTED} more`);
    return shown;
}
function kindWord(plan) {
    return plan.kind === 'destroy' ? 'destroy' : 'plan';
}
/**
 * The newest record of each workflow job on the head commit, from check runs the token's own
 * app created. Throws on an API failure (the caller refuses every apply then).
 */
async function readHeadRecords(api, context, head) {
    const login = await api.identity();
    const app = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_5__/* .appSlugOf */ .OT)(login);
    if (!app) {
        throw new Error(`github-token acts as ${login}, a person, whose token cannot create or vouch for check runs: use the workflow's GITHUB_TOKEN (or an app's installation token) in both the plan and the merge job`);
    }
    const octokit = await api.octokit();
    // filter=latest: the newest check run of each name, so a later plan replaces an earlier one.
    const runs = (await octokit.paginate(octokit.rest.checks.listForRef, {
        ...context.repository,
        ref: head,
        filter: 'latest',
        per_page: 100,
    }));
    const records = [];
    const ignored = [];
    for (const run of runs) {
        const name = typeof run.name === 'string' ? run.name : '';
        if (name !== _record_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_NAME */ .qP && !name.startsWith(`${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_NAME */ .qP} (`))
            continue;
        const slug = typeof run.app?.slug === 'string' ? run.app.slug.toLowerCase() : '?';
        if (slug !== app) {
            ignored.push(`'${name}' was created by the app ${slug}, not by ${app}, whose token this run has`);
            continue;
        }
        const text = typeof run.output?.text === 'string' ? run.output.text : '';
        const record = run.status === 'completed' && run.head_sha === head ? (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeRecord */ .eT)(text) : undefined;
        if (!record || record.head !== head) {
            ignored.push(`'${name}' holds no record of commit ${head.slice(0, 7)} that can be read`);
            continue;
        }
        records.push(record);
    }
    return { records, ignored };
}


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord),
/* harmony export */   qP: () => (/* binding */ RECORD_NAME),
/* harmony export */   xD: () => (/* binding */ recordName)
/* harmony export */ });
/* unused harmony export MAX_TEXT */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9556);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2122);
// The reviewed plans of a pull request: each job's plan fingerprint (and each removed job's
// destroy plan), recorded by plan mode in a check run on the pull request's head commit and read
// back by the apply of the merge (require-reviewed-plan).
//
// Why a check run and not the pull request comment: only the GitHub App whose token created a
// check run can change it (GITHUB_TOKEN's runs belong to the github-actions app); no person can
// edit it, not even an administrator, whereas a collaborator can edit any comment and the REST
// API still names the bot as its author. Another workflow of the repository that echoes
// pull-request text into a comment with the same GITHUB_TOKEN is common; one that creates check
// runs named after this action's record, with a body of its own making, is not. And a check run
// has 65,535 characters of its own for the record, however long the comment's report is.
//
// The record is compact JSON (config, job, kind, fingerprint; each plan's changes while there is
// room), gzip-compressed and written in base64: 1,000 jobs fit in one check run. A record that
// cannot hold every plan keeps as many as fit (destroys first) and says so, in the check run and
// the comment, so the pull request shows it before anyone merges.



/** Check runs holding a record are named this, then ` (workflow / job)`. */
const RECORD_NAME = 'dativo-infra reviewed plans';
/** First line of the check run's text, before the encoded record. */
const HEADER = 'dativo-infra reviewed plans, format 2 (JSON, gzip, base64):';
/** GitHub refuses a check run's text of more than 65,535 characters; some room is kept. */
const MAX_TEXT = 64_000;
const FORMAT = 2;
/** The plans of a plan-mode run on a pull request: each config's, each removed job's destroy. */
function recordsOf(report, context) {
    if (report.mode !== 'plan')
        return [];
    const head = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestOf */ ._n)(context)?.headSha;
    const records = [];
    const add = (config, job, kind, plan) => {
        if (!plan)
            return;
        const record = { config, job, kind, fingerprint: plan.fingerprint };
        if (head)
            record.head = head;
        record.changes = plan.changes;
        records.push(record);
    };
    // Destroys first: they are the changes a reviewer must not miss.
    for (const removed of report.removed ?? []) {
        add(removed.file, removed.jobName, 'destroy', removed.fingerprint);
    }
    for (const run of report.configs) {
        if (run.jobName && !run.terraformFailed)
            add(run.file, run.jobName, 'runtime', run.fingerprint);
    }
    return records;
}
/** The check run's name for this workflow job: one record per plan job, the newest counts. */
function recordName(context) {
    const where = [context.workflow, context.job].filter(Boolean).join(' / ');
    return where ? `${RECORD_NAME} (${where})` : RECORD_NAME;
}
/**
 * The record as the check run's text, holding as many plans as fit in `limit` characters: every
 * plan with its changes when they fit, else every plan and the changes of as many as fit, else
 * the first plans that fit (destroys come first) and the others counted as omitted.
 */
function encodeRecord(head, records, limit = MAX_TEXT) {
    const bare = records.map(({ changes: _changes, ...rest }) => rest);
    const build = (kept) => {
        const left = records.slice(kept.length);
        const record = { head, plans: [...kept], omitted: left.length };
        return { text: render(record), record, left };
    };
    const fits = (kept) => build(kept).text.length <= limit;
    if (fits(records))
        return build(records);
    if (fits(bare)) {
        // The most plans that keep their changes, found by bisection (more never compress smaller).
        let low = 0;
        let high = records.length;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (fits([...records.slice(0, middle), ...bare.slice(middle)]))
                low = middle;
            else
                high = middle - 1;
        }
        return build([...records.slice(0, low), ...bare.slice(low)]);
    }
    let low = 0;
    let high = records.length;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(bare.slice(0, middle)))
            low = middle;
        else
            high = middle - 1;
    }
    return build(bare.slice(0, low));
}
function render(record) {
    const data = {
        v: FORMAT,
        head: record.head,
        // [config, job, kind, fingerprint, changes?], changes as [address, action, digest].
        plans: record.plans.map((plan) => [
            plan.config,
            plan.job,
            plan.kind,
            plan.fingerprint,
            ...(plan.changes ? [plan.changes.map((c) => [c.address, c.action, c.digest])] : []),
        ]),
        omitted: record.omitted,
    };
    const encoded = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(JSON.stringify(data), { level: 9 }).toString('base64');
    const lines = encoded.match(/.{1,76}/g) ?? [];
    return [HEADER, '```', ...lines, '```'].join('\n');
}
/** The record a check run's text holds, or undefined when it holds none that can be read. */
function decodeRecord(text) {
    const lines = text.split('\n');
    if (lines[0] !== HEADER || lines[1] !== '```' || lines.at(-1) !== '```')
        return undefined;
    let data;
    try {
        const encoded = lines.slice(2, -1).join('');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded))
            return undefined;
        data = JSON.parse((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(Buffer.from(encoded, 'base64'), { maxOutputLength: 64 << 20 }).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(data) || data.v !== FORMAT || typeof data.head !== 'string')
        return undefined;
    if (!Array.isArray(data.plans) || !Number.isSafeInteger(data.omitted))
        return undefined;
    const head = data.head;
    const plans = [];
    for (const item of data.plans) {
        if (!Array.isArray(item))
            return undefined;
        const [config, job, kind, fingerprint, changes] = item;
        if (typeof config !== 'string' || typeof job !== 'string' || typeof fingerprint !== 'string')
            return undefined;
        if (kind !== 'runtime' && kind !== 'destroy')
            return undefined;
        const plan = { config, job, kind, fingerprint, head };
        if (Array.isArray(changes))
            plan.changes = changes.flatMap(toChange);
        plans.push(plan);
    }
    return { head, plans, omitted: data.omitted };
}
function toChange(value) {
    if (!Array.isArray(value))
        return [];
    const [address, action, digest] = value;
    return typeof address === 'string' && typeof action === 'string' && typeof digest === 'string'
        ? [{ address, action, digest }]
        : [];
}


/***/ })

};
