export const id = 739;
export const ids = [739,784];
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

// EXTERNAL MODULE: ./src/util/data.ts
var data = __webpack_require__(2122);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/review/check-run.ts
var check_run = __webpack_require__(9784);
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
            if (reviewed.omitted) {
                return {
                    apply: false,
                    message: `Not applied: ${what} was not reviewed: the record of ${reviewed.source} held ${reviewed.records.length} of ${reviewed.records.length + reviewed.omitted} plans, not this one (its check run and comment said so). ${fresh}`,
                };
            }
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
const FRESH_REVIEW = 'To apply it, get a fresh review: open a pull request that changes this job (its plan run records the new plan), have it reviewed and merge it.';
function at(record) {
    return record.head ? ` (planned at ${record.head.slice(0, 7)})` : '';
}
/** Added, removed and changed resources compared with the reviewed plan, in one sentence each. */
function differences(reviewed, plan) {
    if (!reviewed.changes) {
        return 'The record had no room for the reviewed plan’s resources; compare this plan with the one the pull request shows.';
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





/** The reviewed plans of the pull request this push merged, as a gate for each job's apply. */
async function reviewedPlansGate(api, context, reporter) {
    return reporter.group('Read the reviewed plans', async () => {
        const reviewed = await loadReviewedPlans(api, context, (m) => reporter.warning(m));
        reporter.info(reviewed.problem
            ? `No reviewed plans: ${reviewed.problem}; only jobs whose plan changes nothing are applied`
            : `${(0,util_text/* plural */.LS)(reviewed.records.length, 'reviewed plan')} recorded in ${reviewed.source}`);
        return reviewGate(reviewed);
    });
}
async function loadReviewedPlans(api, context, warn) {
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
    const pulls = [];
    try {
        const octokit = await api.octokit();
        const listed = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...repository, commit_sha: sha, per_page: 100 });
        for (const pr of listed) {
            if (typeof pr.number !== 'number' || typeof pr.merged_at !== 'string')
                continue;
            if (branch && (0,data/* isRecord */.u)(pr.base) && pr.base.ref !== branch)
                continue;
            const head = (0,data/* isRecord */.u)(pr.head) && typeof pr.head.sha === 'string' ? pr.head.sha : undefined;
            pulls.push({ number: pr.number, head });
        }
    }
    catch (error) {
        return none(`the pull requests of commit ${sha.slice(0, 7)} could not be listed (${message(error)})`);
    }
    if (pulls.length === 0) {
        return none(`commit ${sha.slice(0, 7)} is not the merge of a pull request (GitHub lists no merged pull request for it)`);
    }
    const source = `${pulls.length === 1 ? 'pull request' : 'pull requests'} ${pulls.map((p) => `#${p.number}`).join(', ')}`;
    const reviewed = { source, records: [], omitted: 0 };
    const missing = [];
    for (const pr of pulls) {
        if (!pr.head || !/^[0-9a-f]{40}$/i.test(pr.head)) {
            missing.push(`#${pr.number} (its head commit is unknown)`);
            continue;
        }
        try {
            const found = await (0,check_run/* readHeadRecords */.N)(api, context, pr.head);
            for (const ignored of found.ignored)
                warn(`Reviewed plans of #${pr.number}: ignored ${ignored}`);
            if (found.records.length === 0) {
                missing.push(`#${pr.number} (no '${record/* RECORD_NAME */.qP}' check run on its head commit ${pr.head.slice(0, 7)})`);
            }
            for (const record of found.records) {
                reviewed.records.push(...record.plans);
                reviewed.omitted += record.omitted;
            }
        }
        catch (error) {
            return {
                source,
                records: [],
                problem: `the reviewed plans of #${pr.number} could not be read (${message(error)})`,
            };
        }
    }
    if (reviewed.records.length === 0 && missing.length > 0) {
        return {
            source,
            records: [],
            problem: `${missing.join(', ')} recorded no plans: the pull request's plan job records them when it has \`checks: write\``,
        };
    }
    return reviewed;
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
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
// A plan's fingerprint: a hash of what Terraform will run, so that a plan made at merge can be
// compared with the one a reviewer saw on the pull request, wherever and whenever each was made.
//
// Covered, from `terraform show -json` and the files Terraform plans from:
// - each managed resource change that is not a no-op (address, deposed key, previous address,
//   import, actions, after-values with the values apply decides marked as unknown) and each
//   output change that is not a no-op;
// - the configuration Terraform planned from (`configuration`: provider blocks and their
//   expressions, resources, provisioners, module calls and their sources, variables) and every
//   file of the root and of each module it loaded (the JSON form keeps only the references of an
//   expression, not its text: a provisioner's `"echo ${path.module}"` and `"rm -rf ${path.module}"`
//   look alike there, so the files themselves count too, with the scripts beside them);
// - the values of the root's variables;
// - the provider versions the lock file selects, the Terraform version, and the backend's type and
//   settings;
// - the presence of every sensitive and unknown value, and the sensitive values themselves (see
//   sensitiveDigest for how, without publishing anything a secret could be guessed from).
// Left out, so that timestamps and refresh noise never make two plans differ: the timestamp,
// prior state, drift, relevant attributes, checks, data source reads, planned_values (the changes
// say the same), the lock file's checksums (init adds a platform's own), and the absolute paths
// of the run's temporary folders, the workspace and this action's copy (they differ between
// runners and versions' checkouts), each replaced by a name.



const UNKNOWN = '(known after apply)';
const SENSITIVE = '(sensitive)';
const VERSION = 'dativo-plan-fingerprint/2';
/** Backend settings that hold credentials: counted as sensitive values. */
const SECRET_SETTING = /(secret|token|password|passwd|credential|access_key|sas|conn_str|encryption_key|private|certificate|client_id)/i;
/**
 * The fingerprint of a plan (`terraform show -json` of it, parsed) and of what it was made from.
 * Asynchronous: the digest of the plan's sensitive values takes tens of milliseconds of scrypt,
 * done in libuv's thread pool while the run's other jobs go on.
 */
async function planFingerprint(plan, inputs = {}) {
    const normalise = pathNames(inputs.paths ?? []);
    const sensitive = [];
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
            after: marked(change.after, change.after_unknown, change.after_sensitive, (at, value) => sensitive.push([`${address}${at}`, value])),
        };
        const word = actionWord(actions);
        entries.push(entry(address, importing ? (word === 'no-op' ? 'import' : `import, ${word}`) : word, normalise(body)));
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
            after: marked(change.after, change.after_unknown, change.after_sensitive, (at, value) => sensitive.push([`${address}${at}`, value])),
        };
        entries.push(entry(address, actionWord(actions), normalise(body)));
    }
    entries.sort((a, b) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.change.address, b.change.address));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(`${VERSION}\n`);
    for (const { canonical } of entries)
        hash.update(`change ${canonical}\n`);
    // Everything below is the same for two plans of one configuration: it says what will run.
    const configuration = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data.configuration) ? data.configuration : {};
    const sensitiveVariables = new Set();
    const rootVariables = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(configuration.root_module)
        ? configuration.root_module.variables
        : undefined;
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(rootVariables)) {
        for (const [name, variable] of Object.entries(rootVariables)) {
            if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(variable) && variable.sensitive === true)
                sensitiveVariables.add(name);
        }
    }
    hash.update(`configuration ${canonicalJson(normalise(withoutSensitiveDefaults(configuration)))}\n`);
    const variables = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data.variables) ? data.variables : {};
    for (const name of Object.keys(variables).sort(_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)) {
        const value = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(variables[name]) ? variables[name].value : undefined;
        if (sensitiveVariables.has(name)) {
            sensitive.push([`var.${name}`, value ?? null]);
            hash.update(`variable ${JSON.stringify(name)} ${SENSITIVE}\n`);
        }
        else {
            hash.update(`variable ${JSON.stringify(name)} ${canonicalJson(normalise(value ?? null))}\n`);
        }
    }
    hash.update(`terraform ${canonicalJson(data.terraform_version ?? null)}\n`);
    hash.update(`providers ${canonicalJson(inputs.providers ?? {})}\n`);
    const backend = inputs.backend ?? { type: 'none', settings: [] };
    const settings = backend.settings.map((line) => {
        const key = line.slice(0, Math.max(0, line.indexOf('=')));
        if (!SECRET_SETTING.test(key))
            return normalise(line);
        sensitive.push([`backend.${key}`, line.slice(key.length + 1)]);
        return `${key}=${SENSITIVE}`;
    });
    hash.update(`backend ${canonicalJson({ type: backend.type, settings })}\n`);
    hash.update(`files ${canonicalJson(inputs.files ?? {})}\n`);
    if (sensitive.length > 0)
        hash.update(`sensitive ${await sensitiveDigest(sensitive)}\n`);
    return { fingerprint: `sha256:${hash.digest('hex')}`, changes: entries.map((e) => e.change) };
}
/**
 * One digest of all the plan's sensitive values together, never one per value: the fingerprint
 * is published (the pull request's check run, the results output), and a hash of a single
 * low-entropy secret (a short password, a PIN) could be tested offline against guesses at
 * billions a second. Joined with every other sensitive value of the plan and stretched with
 * scrypt (16 MiB and tens of milliseconds per guess), salted by where the values sit, a guess
 * costs a guesser what it costs a run, for every value at once; and the digest is folded into the
 * fingerprint with the rest of the plan, never shown alone. What this cannot stop, and the docs
 * say: a plan whose only secret is one very guessable value, guessed by someone who knows every
 * other part of the plan.
 */
function sensitiveDigest(values) {
    const sorted = [...values].sort(([a], [b]) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a, b));
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${VERSION}/sensitive\n${sorted.map(([at]) => at).join('\n')}`)
        .digest();
    const settings = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
    return new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(canonicalJson(sorted), salt, 32, settings, (error, key) => error ? reject(error) : resolve(key.toString('hex'))));
}
/** The configuration without the defaults of sensitive variables (they are counted as values). */
function withoutSensitiveDefaults(configuration) {
    const strip = (module) => {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(module))
            return module;
        const copy = { ...module };
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(module.variables)) {
            copy.variables = Object.fromEntries(Object.entries(module.variables).map(([name, variable]) => [
                name,
                (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(variable) && variable.sensitive === true && 'default' in variable
                    ? { ...variable, default: SENSITIVE }
                    : variable,
            ]));
        }
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(module.module_calls)) {
            copy.module_calls = Object.fromEntries(Object.entries(module.module_calls).map(([name, call]) => [
                name,
                (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(call) ? { ...call, module: strip(call.module) } : call,
            ]));
        }
        return copy;
    };
    return { ...configuration, root_module: strip(configuration.root_module) };
}
/** Every string with the given absolute paths replaced by their names. */
function pathNames(paths) {
    const known = paths.filter(([from]) => from.length > 1).sort(([a], [b]) => b.length - a.length);
    const name = (text) => known.reduce((out, [from, to]) => (out.includes(from) ? out.split(from).join(to) : out), text);
    const walk = (value) => {
        if (typeof value === 'string')
            return name(value);
        if (Array.isArray(value))
            return value.map(walk);
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [name(key), walk(item)]));
        }
        return value;
    };
    return (value) => (known.length === 0 ? value : walk(value));
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
 * part (after_sensitive) replaced by a marker; each sensitive part's value goes to `secret`, with
 * where it sits, for the one digest of them all (sensitiveDigest).
 */
function marked(after, unknown, sensitive, secret, at = '') {
    if (sensitive === true) {
        if (unknown !== true)
            secret(at, after ?? null);
        return unknown === true ? `${SENSITIVE} ${UNKNOWN}` : SENSITIVE;
    }
    if (unknown === true)
        return UNKNOWN;
    if (Array.isArray(after) || Array.isArray(unknown)) {
        const values = Array.isArray(after) ? after : [];
        const unknowns = Array.isArray(unknown) ? unknown : [];
        const length = Math.max(values.length, unknowns.length);
        return Array.from({ length }, (_, i) => marked(values[i], unknowns[i], Array.isArray(sensitive) ? sensitive[i] : undefined, secret, `${at}[${i}]`));
    }
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) || (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown)) {
        const values = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) ? after : {};
        const unknowns = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown) ? unknown : {};
        const sensitives = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(sensitive) ? sensitive : {};
        const keys = [...new Set([...Object.keys(values), ...Object.keys(unknowns)])];
        return Object.fromEntries(keys.map((key) => [
            key,
            marked(values[key], unknowns[key], sensitives[key], secret, `${at}.${JSON.stringify(key)}`),
        ]));
    }
    return after === undefined ? null : after;
}
/** JSON with object keys sorted at every level: the same data, the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value)) {
        const keys = Object.keys(value).sort(_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}


/***/ })

};
