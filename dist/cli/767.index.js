export const id = 767;
export const ids = [767];
export const modules = {

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   VL: () => (/* binding */ parsePlanRecords),
/* harmony export */   y_: () => (/* binding */ renderPlanRecords)
/* harmony export */ });
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2122);
// The reviewed plans a pull request's comment records: one hidden block of JSON in the comment
// body, written by plan mode and read back by the apply of the merge (require-reviewed-plan).
// The block is an HTML comment, so GitHub shows nothing of it; `<` and `>` are escaped inside
// the JSON, so no value can end the comment early.


const OPEN = '<!-- dativo-infra-action plans';
const CLOSE = '-->';
/** The block may take this much of a comment; past it, the change lists are left out. */
const MAX_BLOCK = 24_000;
/** The plans of a plan-mode run on a pull request: each config's, each removed job's destroy. */
function recordsOf(report, context) {
    if (report.mode !== 'plan')
        return [];
    const head = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(context)?.headSha;
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
    for (const run of report.configs) {
        if (run.jobName && !run.terraformFailed)
            add(run.file, run.jobName, 'runtime', run.fingerprint);
    }
    for (const removed of report.removed ?? []) {
        add(removed.file, removed.jobName, 'destroy', removed.fingerprint);
    }
    return records;
}
/** The hidden block for a comment, or '' when no plan is recorded. */
function renderPlanRecords(records) {
    if (records.length === 0)
        return '';
    const block = (kept) => `${OPEN}\n${escapeJson(JSON.stringify({ version: 1, plans: kept }))}\n${CLOSE}`;
    const full = block(records);
    if (full.length <= MAX_BLOCK)
        return full;
    // The fingerprints always fit; what each plan changes is kept for as many as there is room.
    const bare = records.map(({ changes: _changes, ...rest }) => rest);
    const kept = [...bare];
    for (const [i, record] of records.entries()) {
        kept[i] = record;
        if (block(kept).length > MAX_BLOCK) {
            kept[i] = bare[i];
            break;
        }
    }
    return block(kept);
}
/** The plans recorded in a comment body; none when it holds no readable block. */
function parsePlanRecords(body) {
    const start = body.indexOf(`${OPEN}\n`);
    if (start === -1)
        return [];
    const end = body.indexOf(`\n${CLOSE}`, start);
    if (end === -1)
        return [];
    let data;
    try {
        data = JSON.parse(body.slice(start + OPEN.length + 1, end));
    }
    catch {
        return [];
    }
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) || data.version !== 1 || !Array.isArray(data.plans))
        return [];
    return data.plans.flatMap((plan) => {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan))
            return [];
        const { config, job, kind, fingerprint, head, changes } = plan;
        if (typeof config !== 'string' || typeof job !== 'string' || typeof fingerprint !== 'string')
            return [];
        if (kind !== 'runtime' && kind !== 'destroy')
            return [];
        const record = { config, job, kind, fingerprint };
        if (typeof head === 'string')
            record.head = head;
        if (Array.isArray(changes))
            record.changes = changes.filter(isChange);
        return [record];
    });
}
function isChange(value) {
    return ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value) &&
        typeof value.address === 'string' &&
        typeof value.action === 'string' &&
        typeof value.digest === 'string');
}
/** `<` and `>` as JSON escapes: the text means the same and cannot close the HTML comment. */
function escapeJson(json) {
    return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}


/***/ }),

/***/ 4767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadReviewedPlans: () => (/* binding */ loadReviewedPlans)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9556);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2122);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4271);
// The plans a merged pull request's comment recorded, read for the apply of its merge commit:
// GitHub's "list pull requests associated with a commit", then the comments of each merged one.
// Only comments written by a GitHub App (github-actions[bot] for the workflow's token) or by the
// token's own user count: anyone can post a comment that looks like ours.




async function loadReviewedPlans(api, context, debug) {
    const sha = context.sha ?? (typeof context.payload.after === 'string' ? context.payload.after : '');
    const none = (problem) => ({
        source: 'no pull request',
        records: [],
        problem,
    });
    if (!api)
        return none('there is no github-token to read the pull request that was merged');
    if (!context.repository)
        return none('the repository is unknown (GITHUB_REPOSITORY)');
    if (!/^[0-9a-f]{40}$/i.test(sha))
        return none('the commit of this run is unknown (GITHUB_SHA)');
    const repository = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .apiRepositoryPath */ ._O)(context.repository);
    const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice(11) : undefined;
    let pulls;
    try {
        pulls = [];
        for await (const pr of api.paginate(`${repository}/commits/${sha}/pulls`)) {
            if (typeof pr.number !== 'number' || typeof pr.merged_at !== 'string')
                continue;
            if (branch && (0,_util_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(pr.base) && pr.base.ref !== branch)
                continue;
            pulls.push(pr.number);
        }
    }
    catch (error) {
        return none(`the pull requests of commit ${sha.slice(0, 7)} could not be listed (${message(error)})`);
    }
    if (pulls.length === 0) {
        return none(`commit ${sha.slice(0, 7)} is not the merge of a pull request (GitHub lists no merged pull request for it)`);
    }
    const source = `${pulls.length === 1 ? 'pull request' : 'pull requests'} ${pulls.map((n) => `#${n}`).join(', ')}`;
    const tokenUser = await tokenLogin(api);
    const records = [];
    try {
        for (const number of pulls) {
            const comments = api.paginate(`${repository}/issues/${number}/comments`);
            for await (const comment of comments) {
                if (typeof comment.body !== 'string' || !trusted(comment.user, tokenUser))
                    continue;
                const found = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlanRecords */ .VL)(comment.body);
                if (found.length > 0)
                    debug(`${found.length} reviewed plan(s) in a comment of #${number}`);
                records.push(...found);
            }
        }
    }
    catch (error) {
        return {
            source,
            records: [],
            problem: `the comments of ${source} could not be read (${message(error)})`,
        };
    }
    return { source, records };
}
function trusted(user, tokenUser) {
    if (!user)
        return false;
    return user.type === 'Bot' || (tokenUser !== undefined && user.login === tokenUser);
}
/** The login of a personal token's user; an app's token (the workflow's own) has none. */
async function tokenLogin(api) {
    try {
        const { data } = await api.request('GET', '/user');
        return typeof data?.login === 'string' ? data.login : undefined;
    }
    catch (error) {
        if (error instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O)
            return undefined;
        throw error;
    }
}
function message(error) {
    return error.message;
}


/***/ })

};
