export const id = 739;
export const ids = [739];
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

/***/ 4739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadReviewedPlans: () => (/* binding */ loadReviewedPlans),
  reviewedPlansGate: () => (/* binding */ reviewedPlansGate)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/util/data.ts
var data = __webpack_require__(2122);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/terraform/fingerprint.ts
var fingerprint = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/review/gate.ts

const LISTED = 10;
function reviewGate(reviewed) {
    return (job, plan, destroy) => {
        const kind = destroy ? 'destroy' : 'runtime';
        if (plan.changes.length === 0)
            return { apply: true };
        const what = destroy ? `the destroy plan of job ${job.jobName}` : 'this plan';
        const fresh = FRESH_REVIEW;
        if (reviewed.problem) {
            return {
                apply: false,
                message: `Not applied: ${what} was not reviewed: ${reviewed.problem}. ${fresh}`,
            };
        }
        const records = reviewed.records.filter((record) => record.config === job.file && record.kind === kind && record.job === job.jobName);
        if (records.length === 0) {
            return {
                apply: false,
                message: `Not applied: ${what} was not reviewed: ${reviewed.source} did not plan ${job.file}${destroy ? ' for removal' : ''}. ${fresh}`,
            };
        }
        const match = records.find((record) => record.fingerprint === plan.fingerprint);
        if (match) {
            return {
                apply: true,
                note: `The plan is the one reviewed in ${reviewed.source}${at(match)} (${plan.fingerprint.slice(0, 19)}…)`,
            };
        }
        const latest = records[records.length - 1];
        return {
            apply: false,
            message: `Not applied: ${what} differs from the one reviewed in ${reviewed.source}${at(latest)}. ${differences(latest, plan)} ${fresh}`,
        };
    };
}
const FRESH_REVIEW = 'To apply it, get a fresh review: open a pull request that changes this job (its plan comment records the new plan), have it reviewed and merge it.';
function at(record) {
    return record.head ? ` (planned at ${record.head.slice(0, 7)})` : '';
}
/** Added, removed and changed resources compared with the reviewed plan, in one sentence each. */
function differences(reviewed, plan) {
    if (!reviewed.changes) {
        return 'The pull request comment had no room for the reviewed plan’s resources; compare this plan with the one it shows.';
    }
    const { added, removed, changed } = (0,fingerprint/* compareChanges */.v)(reviewed.changes, plan.changes);
    const parts = [];
    if (added.length > 0)
        parts.push(`not in the reviewed plan: ${list(added, describe)}`);
    if (removed.length > 0)
        parts.push(`reviewed but no longer planned: ${list(removed, describe)}`);
    if (changed.length > 0) {
        parts.push(`planned differently: ${list(changed, ({ reviewed: was, fresh }) => was.action === fresh.action
            ? `${fresh.address} (${fresh.action}, with other values)`
            : `${fresh.address} (reviewed: ${was.action}, now: ${fresh.action})`)}`);
    }
    return parts.length > 0
        ? `Compared with the reviewed plan, ${parts.join('; ')}.`
        : 'The plans change the same resources in the same way but differ in detail.';
}
function describe(change) {
    return `${change.address} (${change.action})`;
}
function list(items, show) {
    const shown = items.slice(0, LISTED).map(show);
    if (items.length > LISTED)
        shown.push(`… and ${items.length - LISTED} more`);
    return shown.join(', ');
}

// EXTERNAL MODULE: ./src/review/record.ts
var record = __webpack_require__(4271);
;// CONCATENATED MODULE: ./src/review/reviewed.ts
// The plans a merged pull request's comment recorded, read for the apply of its merge commit:
// GitHub's "list pull requests associated with a commit", then the comments of each merged one.
// Only comments written by the identity the token acts as, or by github-actions[bot] (the
// workflow's own token, which wrote the pull request's comment) count: anyone can post a comment
// that looks like ours, and so can any other app.





/** The reviewed plans of the pull request this push merged, as a gate for each job's apply. */
async function reviewedPlansGate(api, context, reporter) {
    return reporter.group('Read the reviewed plans', async () => {
        const reviewed = await loadReviewedPlans(api, context, (m) => reporter.debug(m));
        reporter.info(reviewed.problem
            ? `No reviewed plans: ${reviewed.problem}; only jobs whose plan changes nothing are applied`
            : `${(0,util_text/* plural */.LS)(reviewed.records.length, 'reviewed plan')} recorded in ${reviewed.source}`);
        return reviewGate(reviewed);
    });
}
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
    const repository = context.repository;
    const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice(11) : undefined;
    let pulls;
    try {
        pulls = [];
        const octokit = await api.octokit();
        const listed = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...repository, commit_sha: sha, per_page: 100 });
        for (const pr of listed) {
            if (typeof pr.number !== 'number' || typeof pr.merged_at !== 'string')
                continue;
            if (branch && (0,data/* isRecord */.u)(pr.base) && pr.base.ref !== branch)
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
    const records = [];
    try {
        const tokenUser = await api.identity();
        const octokit = await api.octokit();
        for (const number of pulls) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                ...repository,
                issue_number: number,
                per_page: 100,
            });
            for await (const page of pages) {
                for (const comment of page.data) {
                    if (typeof comment.body !== 'string' || !trusted(comment.user, tokenUser))
                        continue;
                    const found = (0,record/* parsePlanRecords */.VL)(comment.body);
                    if (found.length > 0)
                        debug(`${found.length} reviewed plan(s) in a comment of #${number}`);
                    records.push(...found);
                }
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
    return !!user && (user.login === tokenUser || user.login === client/* ACTIONS_BOT */.a);
}
function message(error) {
    return error.message;
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ planFingerprint),
/* harmony export */   v: () => (/* binding */ compareChanges)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2122);
// A plan's fingerprint: a hash of what it will change, read from `terraform show -json`, so that
// two plans of the same state and inputs hash alike wherever and whenever they were made, and a
// plan made at merge can be compared with the one a reviewer saw on the pull request.
//
// Counted: each managed resource change that is not a no-op (address, deposed key, previous
// address, import, actions and the after-values, with the values apply decides and the sensitive
// ones replaced by markers) and each output change that is not a no-op. Left out: timestamps,
// versions, prior state, drift, data source reads, variables (they act through the changes).


const UNKNOWN = '(known after apply)';
const SENSITIVE = '(sensitive)';
function planFingerprint(plan) {
    const entries = [];
    const data = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan) ? plan : {};
    for (const item of Array.isArray(data.resource_changes) ? data.resource_changes : []) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(item) || item.mode === 'data' || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(item.change))
            continue;
        const change = item.change;
        const actions = actionsOf(change.actions);
        const importing = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change.importing) ? change.importing : null;
        if (isNoOp(actions) && !importing)
            continue;
        const deposed = typeof item.deposed === 'string' ? ` (deposed ${item.deposed})` : '';
        const address = String(item.address ?? '') + deposed;
        const body = {
            address,
            previous: typeof item.previous_address === 'string' ? item.previous_address : null,
            importing,
            actions,
            after: marked(change.after, change.after_unknown, change.after_sensitive),
        };
        const word = actionWord(actions);
        entries.push(entry(address, importing ? (word === 'no-op' ? 'import' : `import, ${word}`) : word, body));
    }
    const outputs = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data.output_changes) ? data.output_changes : {};
    for (const name of Object.keys(outputs).sort()) {
        const change = outputs[name];
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change))
            continue;
        const actions = actionsOf(change.actions);
        if (isNoOp(actions))
            continue;
        const address = `output.${name}`;
        const body = {
            address,
            actions,
            after: marked(change.after, change.after_unknown, change.after_sensitive),
        };
        entries.push(entry(address, actionWord(actions), body));
    }
    entries.sort((a, b) => compare(a.change.address, b.change.address));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update('dativo-plan-fingerprint/1\n');
    for (const { canonical } of entries)
        hash.update(canonical + '\n');
    return { fingerprint: `sha256:${hash.digest('hex')}`, changes: entries.map((e) => e.change) };
}
function compareChanges(reviewed, fresh) {
    const before = new Map(reviewed.map((change) => [change.address, change]));
    const after = new Map(fresh.map((change) => [change.address, change]));
    const comparison = { added: [], removed: [], changed: [] };
    for (const change of fresh) {
        const was = before.get(change.address);
        if (!was)
            comparison.added.push(change);
        else if (was.action !== change.action || was.digest !== change.digest)
            comparison.changed.push({ reviewed: was, fresh: change });
    }
    for (const change of reviewed)
        if (!after.has(change.address))
            comparison.removed.push(change);
    return comparison;
}
/** Terraform's action list in one word, as its plan describes each change. */
function actionWord(actions) {
    const key = actions.join(',');
    switch (key) {
        case 'create':
            return 'create';
        case 'delete':
            return 'destroy';
        case 'update':
            return 'update';
        case 'delete,create':
            return 'replace';
        case 'create,delete':
            return 'replace (create first)';
        case 'read':
            return 'read';
        case 'forget':
            return 'forget';
        default:
            return key || 'change';
    }
}
function entry(address, action, body) {
    const canonical = canonicalJson(body);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex').slice(0, 12);
    return { change: { address, action, digest }, canonical };
}
function actionsOf(value) {
    return Array.isArray(value) ? value.filter((a) => typeof a === 'string') : [];
}
/** A no-op, or a read: nothing to review (an import still shows as a change, with `importing`). */
function isNoOp(actions) {
    return actions.length === 0 || actions.every((a) => a === 'no-op' || a === 'read');
}
/**
 * The after-value with each part Terraform does not know yet (after_unknown) and each sensitive
 * part (after_sensitive) replaced by a marker: the fingerprint, kept in a pull request's comment,
 * must never carry a secret, not even hashed alone.
 */
function marked(after, unknown, sensitive) {
    if (sensitive === true)
        return SENSITIVE;
    if (unknown === true)
        return UNKNOWN;
    if (Array.isArray(after) || Array.isArray(unknown)) {
        const values = Array.isArray(after) ? after : [];
        const unknowns = Array.isArray(unknown) ? unknown : [];
        const length = Math.max(values.length, unknowns.length);
        return Array.from({ length }, (_, i) => marked(values[i], unknowns[i], Array.isArray(sensitive) ? sensitive[i] : undefined));
    }
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) || (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown)) {
        const values = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) ? after : {};
        const unknowns = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown) ? unknown : {};
        const sensitives = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(sensitive) ? sensitive : {};
        const keys = [...new Set([...Object.keys(values), ...Object.keys(unknowns)])];
        return Object.fromEntries(keys.map((key) => [key, marked(values[key], unknowns[key], sensitives[key])]));
    }
    return after === undefined ? null : after;
}
/** JSON with object keys sorted at every level: the same data, the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value)) {
        const keys = Object.keys(value).sort(compare);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
