export const id = 93;
export const ids = [93];
export const modules = {

/***/ 4163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ REMOVAL_REASONS),
/* harmony export */   c4: () => (/* binding */ findRemovedJobs),
/* harmony export */   z1: () => (/* binding */ readAtBase)
/* harmony export */ });
/* unused harmony export identity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2000);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7237);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3116);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9556);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8381);
/* harmony import */ var _terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2049);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4964);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5778);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6472);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4632);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2420);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3639);
// Jobs a pull request or push takes away while their runtime keeps running: a config deleted, a
// config whose `infrastructure` section was removed, and a job whose name (or anything else that
// names its Terraform root or state) changed. Each is found with the config as it was at the
// base commit, so its root and backend can be rebuilt for a destroy plan.
//
// Which files changed comes from GitHub's API (with each file's status) or `git diff`; the base
// version of a config from the local history or, in a shallow checkout, the API's contents.
//
// A job is removed only when nothing in the repository claims it: no file at the head, whatever
// this run's patterns and valid or not, names it as its job_name (compared without case; the rule
// is in config/claim.ts). A config moved to another folder, split off to another workflow's
// patterns, half-edited or misspelt keeps its job. A job whose config keeps its name but now gives
// it another root or state is listed, never destroyed. And when any file at the head may be a
// config but cannot be read, every destroy of the run is held back, naming that file: destroy is
// the one place where an unknown fails closed.















/** Each reason in a phrase, for logs and reports. */
const REMOVAL_REASONS = {
    deleted: 'config deleted',
    'no-infrastructure': 'infrastructure section removed',
    renamed: 'renamed',
};
async function findRemovedJobs(settings, context, deps) {
    const debug = deps.debug ?? (() => { });
    const scan = { removed: [], warnings: [], blockers: [] };
    const range = rangeOf(context);
    if (!range)
        return scan;
    // Asked once for the whole scan, when first needed; a diff with the base shows it is there.
    let baseInHistory;
    const hasBase = () => (baseInHistory ??= deps.git.hasCommit(range.base));
    const topLevel = once(() => deps.git.tryRun(['rev-parse', '--show-toplevel']));
    const changes = await listChanges(range, context, deps, debug, () => {
        baseInHistory = Promise.resolve(true);
    });
    if (!changes) {
        scan.warnings.push(`Could not tell which configs were deleted or renamed between ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(range.base)} and ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(range.head)}: a runtime they leave behind is not listed`);
        return scan;
    }
    const toWorkspace = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryToWorkspace */ .H)(settings.workspace, deps.git, await topLevel());
    const matches = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .configMatcher */ .tR)((0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePatterns */ .Z7)(settings.patterns));
    const candidates = changes.flatMap((change) => {
        const file = toWorkspace(change.path);
        return file !== undefined && matches(file) ? [{ ...change, file }] : [];
    });
    if (candidates.length === 0)
        return scan;
    debug(`${candidates.length} deleted or changed config(s) to compare with ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(range.base)}`);
    const reader = new _config_read_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigReader */ .o(settings.workspace);
    const found = [];
    /** Configs deleted or changed whose base version may have named jobs but was not valid. */
    const unrebuilt = [];
    for (const candidate of candidates) {
        const bytes = await readAtBase(candidate.path, range.base, context, deps, hasBase);
        if (!bytes.ok) {
            scan.warnings.push(`${candidate.file}: could not read it as it was at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(range.base)} (${bytes.problem}); if it had a runtime, that runtime is left running`);
            continue;
        }
        const base = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateConfigBytes */ .Q)(candidate.file, bytes.bytes, {
            defaultTags: settings.defaultTags,
        });
        const before = base.job;
        if (!before) {
            // No valid infrastructure at the base: no runtime this run can rebuild, and maybe none.
            if (base.claim.kind !== 'none')
                unrebuilt.push({ ...candidate, claim: base.claim });
            continue;
        }
        if (candidate.status === 'deleted') {
            found.push({ file: candidate.file, reason: 'deleted', job: before, base: range.base });
            continue;
        }
        const now = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRead */ .x)(candidate.file, await reader.read(candidate.file), {
            defaultTags: settings.defaultTags,
        });
        if (now.skipped && now.valid) {
            found.push({
                file: candidate.file,
                reason: 'no-infrastructure',
                job: before,
                base: range.base,
            });
        }
        else if (now.job && identity(now.job, settings) !== identity(before, settings)) {
            found.push({
                file: candidate.file,
                reason: 'renamed',
                job: before,
                base: range.base,
                renamedTo: { jobName: now.job.jobName, file: now.job.file },
            });
        }
    }
    if (found.length === 0 && unrebuilt.length === 0)
        return scan;
    const repository = deps.repository ??
        (await (0,_repository_js__WEBPACK_IMPORTED_MODULE_12__/* .readRepositoryConfigs */ .nx)(settings.workspace, new Map(), { git: deps.git, reader, debug }));
    for (const { file, status, claim } of unrebuilt) {
        const change = status === 'deleted' ? 'config deleted' : 'config changed';
        if (claim.kind === 'job') {
            const unclaimed = claim.names.filter((name) => repository.claimants(name).length === 0);
            if (unclaimed.length === 0)
                continue;
            scan.warnings.push(`${file}: job ${unclaimed.join(', ')} is no longer claimed by any config (${change}), but its config at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(range.base)} is not valid, so its runtime (if it has one) cannot be rebuilt here: it is left running; destroy it by hand`);
        }
        else if (claim.kind === 'unknown' && repository.claims.get(file)?.kind !== 'job') {
            scan.warnings.push(`${file} (${change}): its config at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(range.base)} may have held a job, but ${claim.reason}: if that job is no longer claimed by any config, its runtime is left running; destroy it by hand`);
        }
    }
    const claimed = (removed) => repository.claimants(removed.job.jobName);
    // A runtime whose root and state a valid config at the head still names (a root shared by
    // several jobs) stays too.
    const inUse = found.some((removed) => claimed(removed).length === 0)
        ? await headIdentities(settings, reader)
        : new Map();
    for (const removed of found) {
        const claimants = claimed(removed);
        if (claimants.some((claimant) => claimant.file === removed.file)) {
            // Renamed, keeping its name: the config keeps the job under another root or state.
            scan.removed.push({
                ...removed,
                heldBack: `its config still claims job ${removed.job.jobName}, now with another root or state; a job a config claims is never destroyed: destroy this runtime by hand if nothing uses it`,
            });
            continue;
        }
        if (claimants.length > 0) {
            debug(`${removed.file}: job ${removed.job.jobName} lives on in ${claimants.map((c) => c.file).join(', ')}`);
            continue;
        }
        const user = inUse.get(identity(removed.job, settings));
        if (user) {
            debug(`${removed.file}: the root and state of job ${removed.job.jobName} live on in ${user}`);
            continue;
        }
        const gone = await ownRootGone(removed, settings, deps.git, hasBase, topLevel);
        scan.removed.push(gone ? { ...removed, rootGone: gone } : removed);
    }
    if (scan.removed.some((removed) => !removed.heldBack))
        scan.blockers = repository.unknown();
    return scan;
}
/** The root and state of every valid config the patterns select at the head, with its file. */
async function headIdentities(settings, reader) {
    const inUse = new Map();
    for (const file of await (0,_files_js__WEBPACK_IMPORTED_MODULE_10__/* .findConfigFiles */ .j)(settings.workspace, (0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePatterns */ .Z7)(settings.patterns))) {
        const job = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRead */ .x)(file, await reader.read(file), {
            defaultTags: settings.defaultTags,
        }).job;
        if (job)
            inUse.set(identity(job, settings), file);
    }
    return inUse;
}
/**
 * The job's own root (terraform-dir) when the base commit had that folder and the head does not:
 * a root generated in its place would not be the one that made the runtime.
 */
async function ownRootGone(removed, settings, git, hasBase, topLevel) {
    let relative;
    try {
        relative = (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.terraformDir, removed.job, 'terraform-dir');
    }
    catch {
        return undefined;
    }
    const workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(settings.workspace).catch(() => settings.workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, relative);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(await hasBase()))
        return undefined;
    const top = await topLevel();
    if (top.exitCode !== 0)
        return undefined;
    const inRepository = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .within */ .ux)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top.stdout.trim()), absolute);
    if (!inRepository)
        return undefined;
    const probe = await git.tryRun(['cat-file', '-e', `${removed.base}:${inRepository}`]);
    return probe.exitCode === 0 ? relative : undefined;
}
/**
 * What tells one job's runtime from another's: its root (terraform-dir) and its state
 * (backend-config), with the job's tokens filled in, and the module of a generated root.
 */
function identity(job, settings) {
    try {
        return JSON.stringify([
            node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(settings.workspace, (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.terraformDir, job, 'terraform-dir')),
            settings.moduleSource
                ? (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.moduleSource, job, 'module-source')
                : job.runtime.type,
            (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .backendLinesFor */ .h)(settings.backendConfig, job.provider).map((line) => (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(line, job, 'backend-config')),
        ]);
    }
    catch (error) {
        // A token the job cannot fill: the stage reports it; the job name still tells jobs apart.
        if (error instanceof _terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .RootError */ .l8)
            return JSON.stringify([job.jobName]);
        throw error;
    }
}
function rangeOf(context) {
    const sha = (value) => typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) && !/^0+$/.test(value)
        ? value
        : undefined;
    if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
        const pr = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .pullRequestOf */ ._n)(context);
        const base = sha(pr?.baseSha);
        const head = sha(pr?.headSha);
        if (!pr || !base || !head)
            return undefined;
        return {
            base,
            head,
            mergeBase: true,
            listFromApi: async (api, repository) => whole(await (0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .pullRequestEntries */ .Bm)(api, repository, pr.number), _changes_js__WEBPACK_IMPORTED_MODULE_13__/* .PULL_REQUEST_FILES_LIMIT */ .ym),
        };
    }
    if (context.eventName === 'push') {
        const payload = context.payload;
        const base = sha(payload.before);
        const head = sha(payload.after);
        // A created branch has no base; a force push replaced the commits it would compare with.
        if (!base || !head || payload.created === true || payload.forced === true)
            return undefined;
        return {
            base,
            head,
            mergeBase: false,
            listFromApi: async (api, repository) => whole(await (0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .compareEntries */ .wD)(api, repository, base, head), _changes_js__WEBPACK_IMPORTED_MODULE_13__/* .COMPARE_FILES_LIMIT */ .ms),
        };
    }
    return undefined;
}
/** The changes of a list the API gave, unless it holds as many files as the API lists at most. */
function whole(entries, limit) {
    return entries.length >= limit ? undefined : entries.flatMap(fromEntry);
}
function fromEntry(entry) {
    if (typeof entry.filename !== 'string')
        return [];
    switch (entry.status) {
        case 'removed':
            return [{ path: entry.filename, status: 'deleted' }];
        case 'renamed':
            return typeof entry.previous_filename === 'string'
                ? [{ path: entry.previous_filename, status: 'deleted' }]
                : [];
        case 'modified':
        case 'changed':
            return [{ path: entry.filename, status: 'modified' }];
        default:
            return [];
    }
}
/** Deleted and modified files: from the API, else from git; undefined when neither can tell. */
async function listChanges(range, context, deps, debug, diffed) {
    if (deps.api && context.repository && range.listFromApi) {
        try {
            const listed = await range.listFromApi(deps.api, context.repository);
            if (listed)
                return listed;
            debug('deleted configs not from the API: its list of changed files reached its limit');
        }
        catch (error) {
            debug(`deleted configs not from the API: ${error.message}`);
        }
    }
    // Without either commit in the local history (a shallow clone) git cannot tell: it fails.
    const diff = await deps.git.tryRun([
        'diff',
        '--name-status',
        '--no-renames',
        '-z',
        `${range.base}${range.mergeBase ? '...' : '..'}${range.head}`,
        '--',
    ]);
    if (diff.exitCode !== 0)
        return undefined;
    diffed();
    const fields = diff.stdout.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const status = fields[i];
        const file = fields[i + 1];
        if (status === 'D')
            changes.push({ path: file, status: 'deleted' });
        else if (status === 'M' || status === 'T')
            changes.push({ path: file, status: 'modified' });
    }
    return changes;
}
/** A value worked out on first use and kept. */
function once(make) {
    let made;
    return () => (made ??= make());
}
/** A file's bytes at a commit: from the local history, else through the API's contents. */
async function readAtBase(repositoryPath, base, context, deps, hasBase) {
    if (await hasBase()) {
        const shown = await deps.git.tryRun(['cat-file', 'blob', `${base}:${repositoryPath}`]);
        if (shown.exitCode === 0)
            return { ok: true, bytes: shown.stdoutBytes ?? Buffer.from(shown.stdout) };
        return { ok: false, problem: `git has no such file in ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_13__/* .short */ .h0)(base)}` };
    }
    if (!deps.api || !context.repository) {
        return {
            ok: false,
            problem: 'the commit is not in the local history and there is no token for the GitHub API',
        };
    }
    try {
        const octokit = await deps.api.octokit();
        const { data } = (await octokit.rest.repos.getContent({
            ...context.repository,
            path: repositoryPath,
            ref: base,
        }));
        if (typeof data?.content !== 'string' || data.encoding !== 'base64') {
            return { ok: false, problem: 'the GitHub API did not return its contents' };
        }
        return { ok: true, bytes: Buffer.from(data.content, 'base64') };
    }
    catch (error) {
        return { ok: false, problem: (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .describeGitHubError */ .dZ)(error, deps.api.baseUrl) };
    }
}


/***/ }),

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment),
  upsertComment: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: COMMENT_LIMIT, commentMarker, commentSize

// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/run.ts
var src_run = __webpack_require__(9786);
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
        ? `renamed to ${removed.renamedTo.jobName} (${removed.renamedTo.file})${removed.leftRunning ? '' : ': this runtime goes, the new one is created'}`
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
        destroys: removed.destroys,
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

;// CONCATENATED MODULE: ./src/publish/layout.ts
// One layout for the pull request comment and the job summary, built for a reviewer: a first line
// with the counts; an overview table, one row per job, errors and destroys first, each linking
// to its section; then per job only what changes (its findings, the resources it destroys, its
// tags as a diff against the base, the values resolution will write, the plan folded). The
// comment and the summary differ only in how much room they give the long texts.






/** Per section: this many findings, tags, values and destroyed resources, then `… and N more`. */
const MAX_FINDINGS = 30;
const MAX_ROWS = 60;
const MAX_VALUE = 300;
/** Characters of a job's name in the overview; a shorter one when the overview must shrink. */
const MAX_NAME = 80;
const MAX_NAME_COMPACT = 40;
const STATUS_ORDER = [
    'failed',
    'destroys',
    'not-applied',
    'left-running',
    'changes',
    'unchanged',
    'valid',
    'skipped',
];
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
            .map((segment) => encodeURIComponent(segment).replace(/[()]/g, percent))
            .join('/');
        return `${this.blob}/${path}#L${line}`;
    }
}
function percent(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
/** Every job of the report, in the overview's order, each with its status and anchor. */
function jobEntries(report) {
    const runs = [
        ...report.configs,
        ...(report.removed ?? []).map((removed) => removedAsRun(removed, report.mode)),
    ];
    const entries = runs.map((run) => {
        return { run, status: statusOf(run, report.mode), tagChanges: tagDiff(run) };
    });
    const rank = (entry) => STATUS_ORDER.indexOf(entry.status);
    const sorted = entries
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
        .map(({ entry }) => entry);
    sorted.forEach((entry, index) => {
        if (hasDetails(entry, report.mode))
            entry.anchor = anchorFor(index + 1);
    });
    return sorted;
}
function statusOf(run, mode) {
    if (run.skipped)
        return 'skipped';
    if (!run.valid || run.terraformFailed || (0,src_run/* countFindings */.Gt)(run, 'error') > 0)
        return 'failed';
    if (run.removal && !run.plan?.destroy && mode === 'apply' && /left running/.test(run.removal)) {
        return 'left-running';
    }
    if ((run.plan?.destroy ?? 0) > 0)
        return 'destroys';
    if (run.notReviewed)
        return 'not-applied';
    if (run.plan && run.plan.add + run.plan.change > 0)
        return 'changes';
    if (run.plan)
        return (run.changedValues?.length ?? 0) > 0 ? 'changes' : 'unchanged';
    return 'valid';
}
const STATUS_TEXT = {
    failed: '❌ failed',
    destroys: '🔥 **destroys**',
    'not-applied': '⛔ not applied',
    'left-running': '🗑️ left running',
    changes: '✏️ changes',
    unchanged: '✅ no changes',
    valid: '✅ valid',
    skipped: '⏭️ skipped',
};
/** How the first line counts each status: its icon, then its word after the count. */
const STATUS_COUNT = {
    failed: ['❌', 'failed'],
    destroys: ['🔥', 'destroying'],
    'not-applied': ['⛔', 'not applied'],
    'left-running': ['🗑️', 'left running'],
    changes: ['✏️', 'with changes'],
    unchanged: ['✅', 'unchanged'],
    valid: ['✅', 'valid'],
    skipped: ['⏭️', 'skipped'],
};
/** The tags that differ between the base and this change, in the order of this change's tags. */
function tagDiff(run) {
    if (run.cloudTagsAtBase === undefined || !run.cloudTags || run.removal)
        return undefined;
    const before = run.cloudTagsAtBase ?? {};
    const after = run.cloudTags;
    const changes = [];
    for (const [key, value] of Object.entries(after)) {
        if (before[key] !== value)
            changes.push({ key, before: before[key], after: value });
    }
    for (const [key, value] of Object.entries(before)) {
        if (!Object.hasOwn(after, key))
            changes.push({ key, before: value });
    }
    return changes;
}
/** Whether a job has anything to show under it: a reviewer reads only what changes. */
function hasDetails(entry, mode) {
    const run = entry.run;
    if (run.findings.some((f) => f.severity !== 'notice'))
        return true;
    if (run.removal || run.terraformFailed || run.notReviewed)
        return true;
    if ((entry.tagChanges?.length ?? 0) > 0)
        return true;
    if (entry.tagChanges === undefined && run.cloudTags && run.plan)
        return true;
    if (mode !== 'validate' && (run.changedValues?.length ?? 0) > 0)
        return true;
    return Boolean(run.plan && run.plan.add + run.plan.change + run.plan.destroy > 0);
}
/** A section id: short, since the overview repeats it on every row, and unique in the report. */
function anchorFor(position) {
    return `dativo-${position}`;
}
/** The report's first lines: the counts, the plan's totals, and loudly, what is destroyed. */
function headline(report, entries, links, where, clean) {
    const lines = [];
    const counts = STATUS_ORDER.map((status) => {
        const count = entries.filter((entry) => entry.status === status).length;
        return count > 0 ? `${STATUS_COUNT[status][0]} ${count} ${STATUS_COUNT[status][1]}` : '';
    }).filter(Boolean);
    const jobs = (0,util_text/* plural */.LS)(entries.length, 'job');
    lines.push(`## dativo-infra · ${report.mode} · ${jobs}${counts.length > 0 ? `: ${counts.join(' · ')}` : ''}`);
    const { errors, warnings, plan } = (0,src_run/* tally */.N4)(report);
    const facts = [];
    const planned = entries.some((entry) => entry.run.plan);
    if (planned) {
        const destroyed = entries.reduce((sum, entry) => sum + (entry.run.plan?.destroy ?? 0), 0);
        facts.push(`Plan **${(0,src_run/* formatPlan */.nT)({ ...plan, destroy: destroyed })}**`);
    }
    facts.push(`${(0,util_text/* plural */.LS)(errors, 'error')}, ${(0,util_text/* plural */.LS)(warnings, 'warning')}`);
    if (report.commitSha) {
        const short = report.commitSha.slice(0, 7);
        facts.push(`resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : (0,markdown/* code */.aY)(short)}`);
    }
    if (where)
        facts.push((0,markdown/* escapeText */.X1)(clean(where)));
    lines.push('', facts.join(' · '));
    const destroying = entries.filter((entry) => (entry.run.plan?.destroy ?? 0) > 0);
    if (destroying.length > 0) {
        const resources = destroying.reduce((sum, entry) => sum + entry.run.plan.destroy, 0);
        const names = destroying
            .slice(0, 10)
            .map((entry) => jobLink(entry, MAX_NAME_COMPACT, clean))
            .join(', ');
        const more = destroying.length > 10 ? `, and ${destroying.length - 10} more` : '';
        const verb = report.mode === 'apply' ? 'destroyed' : 'destroyed if this is applied';
        lines.push('', `🔥 **${(0,util_text/* plural */.LS)(resources, 'resource')} ${verb}**, in ${(0,util_text/* plural */.LS)(destroying.length, 'job')}: ${names}${more}.`);
    }
    if (report.failures.length > 0) {
        lines.push('', ...report.failures.map((failure) => `- ❌ ${(0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(failure), 500))}`));
    }
    // Findings at files that are none of the run's configs (a second config with a job's name).
    const elsewhere = (report.elsewhere ?? []).filter((finding) => finding.severity !== 'notice');
    if (elsewhere.length > 0) {
        lines.push('', ...elsewhere
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${elsewhereLine(finding, links, clean)}`));
        if (elsewhere.length > MAX_FINDINGS) {
            lines.push(`- … and ${elsewhere.length - MAX_FINDINGS} more (see the log)`);
        }
    }
    return lines;
}
/** The overview: one row per job. `compact` shortens the names to keep every row. */
function overview(entries, mode, clean, compact = false) {
    if (entries.length === 0)
        return '';
    const planned = mode !== 'validate';
    const header = ['Status', 'Job', ...(planned ? ['Plan'] : []), 'What changes'];
    const rows = entries.map((entry) => {
        const run = entry.run;
        const cells = [
            STATUS_TEXT[entry.status],
            // Compact: no link either, the sections being left out then.
            compact
                ? (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName ?? run.file), MAX_NAME_COMPACT))
                : jobLink(entry, MAX_NAME, clean),
        ];
        if (planned)
            cells.push(run.plan ? planCell(run) : '—');
        cells.push(changesCell(entry, mode, clean, compact));
        return cells;
    });
    return (0,markdown/* table */.tp)(header, rows);
}
function jobLink(entry, max, clean) {
    const name = (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(entry.run.jobName ?? entry.run.file), max));
    return entry.anchor ? `[${name}](#${entry.anchor})` : name;
}
function planCell(run) {
    const plan = run.plan;
    return plan.destroy > 0 ? `+${plan.add} ~${plan.change} **-${plan.destroy}**` : (0,src_run/* formatPlan */.nT)(plan);
}
function changesCell(entry, mode, clean, compact) {
    const run = entry.run;
    const parts = [];
    const errors = (0,src_run/* countFindings */.Gt)(run, 'error');
    const warnings = (0,src_run/* countFindings */.Gt)(run, 'warning');
    if (errors > 0)
        parts.push((0,util_text/* plural */.LS)(errors, 'error'));
    if (run.removal)
        parts.push((0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.removal.split(';')[0]), compact ? 30 : 80)));
    if (run.cloudTagsAtBase === null && !run.removal)
        parts.push('new job');
    const tags = entry.tagChanges?.length ?? 0;
    if (tags > 0 && run.cloudTagsAtBase !== null)
        parts.push(`${(0,util_text/* plural */.LS)(tags, 'tag')} changed`);
    const values = run.changedValues?.length ?? 0;
    if (values > 0)
        parts.push(`${(0,util_text/* plural */.LS)(values, 'value')} ${mode === 'apply' && run.resolved ? 'written' : 'to write'}`);
    if (warnings > 0)
        parts.push((0,util_text/* plural */.LS)(warnings, 'warning'));
    return parts.length > 0 ? parts.join(', ') : '—';
}
/**
 * The section of one job: what a reviewer must see of it. `alsoFor` names other jobs whose change
 * is the same as this one's, for a section that stands for a group of jobs.
 */
function jobDetails(entry, mode, links, clean, alsoFor = []) {
    const run = entry.run;
    const parts = [];
    const name = (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName ?? run.file), MAX_VALUE));
    const anchor = entry.anchor ? `<a id="${entry.anchor}"></a>` : '';
    const icon = STATUS_TEXT[entry.status].split(' ')[0];
    const more = alsoFor.length > 0 ? ` and ${(0,util_text/* plural */.LS)(alsoFor.length, 'more job')}` : '';
    parts.push(`### ${anchor}${icon} ${name}${more}`);
    const facts = [(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(run.file), MAX_VALUE))];
    if (run.provider)
        facts.push((0,markdown/* code */.aY)(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)));
    if (run.removal)
        facts.push((0,markdown/* escapeText */.X1)(clean(run.removal)));
    else
        facts.push(validation(run));
    if (run.cloudTagsAtBase === null && !run.removal)
        facts.push('new job');
    if (run.terraformFailed)
        facts.push('Terraform failed: nothing written');
    if (run.notReviewed)
        facts.push('not applied: the plan is not the reviewed one');
    if (run.plan)
        facts.push(`plan ${(0,src_run/* formatPlan */.nT)(run.plan)}`);
    if (run.resolved)
        facts.push('resolved');
    parts.push(facts.join(' · '));
    if (alsoFor.length > 0) {
        const names = alsoFor.slice(0, MAX_ROWS).map((job) => (0,markdown/* escapeText */.X1)(clean(job)));
        const rest = alsoFor.length > MAX_ROWS ? `, … and ${alsoFor.length - MAX_ROWS} more` : '';
        parts.push(`The same change for: ${names.join(', ')}${rest}.`);
    }
    const problems = run.findings.filter((f) => f.severity !== 'notice');
    if (problems.length > 0) {
        const items = problems
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${findingLine(finding, links, clean)}`);
        if (problems.length > MAX_FINDINGS) {
            items.push(`- … and ${problems.length - MAX_FINDINGS} more (see the log)`);
        }
        parts.push(items.join('\n'));
    }
    // Destroys first: what goes cannot come back.
    if (run.plan && run.plan.destroy > 0) {
        const addresses = run.destroys ?? [];
        const listed = addresses.slice(0, MAX_ROWS).map((address) => `- ${(0,markdown/* code */.aY)(clean(address))}`);
        if (addresses.length > MAX_ROWS)
            listed.push(`- … and ${addresses.length - MAX_ROWS} more`);
        const verb = mode === 'apply' && !run.terraformFailed ? 'Destroyed' : 'Destroys';
        parts.push(`🔥 **${verb} ${(0,util_text/* plural */.LS)(run.plan.destroy, 'resource')}**${listed.length > 0 ? ':' : ''}` +
            (listed.length > 0 ? `\n\n${listed.join('\n')}` : ''));
    }
    const tags = Object.entries(run.cloudTags ?? {});
    if (entry.tagChanges && entry.tagChanges.length > 0 && run.cloudTagsAtBase !== null) {
        const lines = entry.tagChanges
            .slice(0, MAX_ROWS)
            .map((change) => `- ${tagChangeLine(change, clean)}`);
        if (entry.tagChanges.length > MAX_ROWS)
            lines.push(`- … and ${entry.tagChanges.length - MAX_ROWS} more`);
        parts.push(`**Tags changed** (against the base)\n\n${lines.join('\n')}`);
    }
    if (tags.length > 0) {
        const changed = new Set(run.cloudTagsAtBase === null ? [] : (entry.tagChanges ?? []).map((c) => c.key));
        const rest = tags.filter(([key]) => !changed.has(key));
        const label = run.removal !== undefined
            ? `${(0,util_text/* plural */.LS)(rest.length, 'tag')} of the resources it ${mode === 'apply' ? 'had' : 'has'}`
            : run.cloudTagsAtBase === null
                ? `${(0,util_text/* plural */.LS)(rest.length, 'tag')} (new job)`
                : entry.tagChanges === undefined
                    ? (0,util_text/* plural */.LS)(rest.length, 'tag')
                    : `${(0,util_text/* plural */.LS)(rest.length, 'tag')} unchanged`;
        if (rest.length > 0) {
            parts.push(`<details><summary>${label}</summary>\n\n` +
                rows(['Tag', 'Value'], rest.map(([key, value]) => [(0,markdown/* code */.aY)(clean(key)), (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(value), MAX_VALUE))])) +
                '\n\n</details>');
        }
    }
    const changedValues = new Set(run.changedValues ?? []);
    const values = Object.entries(run.resolvedValues ?? {}).filter(([name]) => changedValues.has(name));
    if (values.length > 0) {
        const title = mode !== 'apply'
            ? 'Values apply will write'
            : run.resolved
                ? 'Values written'
                : 'Values not written into the config';
        parts.push(`**${title}**\n\n` +
            rows(['Placeholder', 'Value'], values.map(([name, value]) => [
                (0,markdown/* code */.aY)(clean(name)),
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(display(value)), MAX_VALUE)),
            ])));
    }
    if (run.planText) {
        parts.push({
            summary: `Terraform plan${run.plan ? ` (${(0,src_run/* formatPlan */.nT)(run.plan)})` : ''}`,
            text: clean(run.planText),
            language: 'text',
        });
    }
    // Only a preview: in apply mode the diff would show values that were written, sensitive or not.
    if (mode === 'plan' && run.resolutionDiff && changedValues.size > 0) {
        parts.push({
            summary: 'Preview: what resolution will change in the config',
            text: clean(run.resolutionDiff),
            language: 'diff',
        });
    }
    return parts;
}
function tagChangeLine(change, clean) {
    const value = (text) => (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(text), MAX_VALUE));
    const key = (0,markdown/* code */.aY)(clean(change.key));
    if (change.before === undefined)
        return `${key}: added, ${value(change.after)}`;
    if (change.after === undefined)
        return `${key}: removed (was ${value(change.before)})`;
    return `${key}: ${value(change.before)} → ${value(change.after)}`;
}
/** The parts as Markdown, each long text folded and cut to at most `cap` characters (0: left out). */
function renderParts(parts, cap, links) {
    return parts.map((part) => (isFold(part) ? renderFold(part, cap, links) : part)).join('\n\n');
}
function isFold(part) {
    return typeof part !== 'string';
}
function renderFold(fold, cap, links) {
    const where = links.run ? `[the run's log](${links.run})` : "the run's log";
    if (cap <= 0)
        return `_${fold.summary}: left out to fit; see ${where}._`;
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
/** A finding at a file that is none of the run's jobs: the line names the file. */
function elsewhereLine(finding, links, clean) {
    const icon = finding.severity === 'error' ? '❌' : '⚠️';
    const range = finding.range;
    const label = (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(range ? `${finding.file}:${range.line}:${range.column}` : finding.file), MAX_VALUE));
    const url = range ? links.line(finding.file, range.line) : undefined;
    const message = (0,markdown/* listMessage */.cH)((0,markdown/* shorten */.ml)(clean((0,findings/* withHint */.mu)(finding)), 2000), markdown/* escapeText */.X1);
    return `${icon} ${url ? `[${label}](${url})` : label} ${message.first} ${(0,markdown/* code */.aY)(finding.rule)}${message.block}`;
}
function rows(header, cells) {
    const shown = cells.slice(0, MAX_ROWS);
    const more = cells.length - shown.length;
    return (0,markdown/* table */.tp)(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '');
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

;// CONCATENATED MODULE: ./src/publish/comment.ts






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
    const clean = (0,secrets/* scrubber */.ty)(options.secrets ?? []);
    const links = new Links(context);
    const entries = jobEntries(report);
    const where = [context.workflow, context.job].filter(Boolean).join(' / ');
    const head = [commentMarker(context)];
    const pointer = links.run
        ? `[the job summary of this run](${links.run})`
        : 'the job summary of this workflow run';
    if (entries.length === 0) {
        head.push(`## dativo-infra · ${report.mode}${where ? ` · ${(0,markdown/* escapeText */.X1)(clean(where))}` : ''}`, '', `No job configs to process. ${(0,markdown/* escapeText */.X1)(clean(report.discovery))}`);
        for (const failure of report.failures)
            head.push('', `- ❌ ${(0,markdown/* escapeText */.X1)(clean(failure))}`);
        return head.join('\n') + '\n';
    }
    head.push(...headline(report, entries, links, where, clean));
    head.push(...reviewRecordLines(report, clean));
    const sections = entries
        .filter((entry) => entry.anchor)
        .map((entry) => jobDetails(entry, report.mode, links, clean));
    const assemble = (table, rendered, shortened, omitted) => {
        const tail = ['---'];
        if (omitted > 0)
            tail.push(`The details of ${(0,util_text/* plural */.LS)(omitted, 'more job')} are left out.`);
        tail.push(shortened || omitted > 0
            ? `Shortened to fit a comment. The full report is in ${pointer}.`
            : `Full report: ${pointer}.`);
        return [head.join('\n'), table, ...rendered, tail.join('\n\n')].join('\n\n') + '\n';
    };
    const withCap = (cap) => sections.map((parts) => renderParts(parts, cap, links));
    const fits = (body) => commentSize(body) <= MAX_SIZE;
    const table = overview(entries, report.mode, clean);
    const longest = Math.max(0, ...sections.flat().map((part) => (isFold(part) ? part.text.length : 0)));
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
        : overview(entries, report.mode, clean, true);
    const shown = [];
    for (const parts of sections) {
        const next = [...shown, renderParts(parts, 0, links)];
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
        `\n\n… and ${(0,util_text/* plural */.LS)(lines.length - n, 'more job')} in ${pointer}.`;
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
            `⚠️ The plans were not recorded for review, so a merge with \`require-reviewed-plan\` will not apply them: ${(0,markdown/* escapeText */.X1)(clean(record.problem))}.`,
        ];
    }
    if (record && record.omitted > 0) {
        return [
            '',
            `⚠️ The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with \`require-reviewed-plan\` will not apply the other ${(0,util_text/* plural */.LS)(record.omitted, 'job')}${record.url ? ` (listed in [the check run](${record.url}))` : ''}. Split the pull request.`,
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


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ writeGeneratedRoot),
/* harmony export */   Jh: () => (/* binding */ bundledModule),
/* harmony export */   LM: () => (/* binding */ locateRoot),
/* harmony export */   aY: () => (/* binding */ writeModuleCall),
/* harmony export */   hq: () => (/* binding */ NATIVE_BACKEND),
/* harmony export */   l8: () => (/* binding */ RootError),
/* harmony export */   lX: () => (/* binding */ renderTokens),
/* harmony export */   pY: () => (/* binding */ initialisedModuleDir)
/* harmony export */ });
/* unused harmony export TOKENS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4964);
// Where each job's Terraform runs: the team's own root (`terraform-dir`, when the folder exists)
// or a root generated outside the workspace that calls `module-source`. Generated roots hold no
// value from a config: only variable names, the module source and provider wiring; every value
// reaches Terraform through the job's variables file (-var-file), where it is read as a literal.





const TOKENS = ['job_name', 'environment', 'provider', 'runtime', 'tenant_id'];
/** A problem with one job's root: it fails that job, not the run. */
class RootError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RootError';
    }
}
/** Fills `{job_name}`, `{environment}`, `{provider}`, `{runtime}`, `{tenant_id}` in an input. */
function renderTokens(template, job, input) {
    return template.replace(/\{([^{}]*)\}/g, (whole, token) => {
        const values = {
            job_name: job.jobName,
            environment: job.environment,
            provider: job.provider,
            runtime: job.runtime.type,
            tenant_id: job.tenantId,
        };
        if (!TOKENS.includes(token)) {
            throw new RootError(`${input}: unknown token ${whole} (tokens: ${TOKENS.map((t) => `{${t}}`).join(', ')})`);
        }
        const value = values[token];
        if (value === undefined)
            throw new RootError(`${input} uses {${token}}, but the config has no ${token}`);
        return value;
    });
}
/** The module this action ships for a runtime, found relative to the action's own files. */
function bundledModule(runtime) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'terraform', 'modules', runtime);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(candidate, 'variables.tf')))
            return candidate;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            throw new RootError(`the bundled ${runtime} module is missing from this copy of the action`);
    }
}
/** The team's root when `terraform-dir` names an existing folder, else a root to generate. */
function locateRoot(job, workspace, terraformDir, moduleSource, workDir) {
    const relative = renderTokens(terraformDir, job, 'terraform-dir');
    const own = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, relative);
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .within */ .ux)(workspace, own) === undefined)
        throw new RootError(`terraform-dir '${relative}' is outside the workspace`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(own) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(own).isDirectory()) {
        const realDir = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(own);
        if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .reallyWithin */ .RU)(workspace, realDir) === undefined) {
            throw new RootError(`terraform-dir '${relative}' leads outside the workspace (a link to ${realDir}): Terraform would keep its state and files there. Put the job's root in the workspace`);
        }
        return {
            dir: own,
            generated: false,
            realDir,
            sharedBecause: sharedBecause(workspace, terraformDir, relative),
        };
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workDir, 'root');
    let source;
    if (moduleSource) {
        source = renderTokens(moduleSource, job, 'module-source');
        // A local path in the input is relative to the workspace, as a workflow author writes it.
        if (/^\.\.?\//.test(source))
            source = localSource(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, source));
    }
    else {
        source = localSource(dir, bundledModule(job.runtime.type));
    }
    return { dir, generated: true, moduleSource: source };
}
/**
 * Why a team's root may serve several jobs: a terraform-dir without {job_name} is one folder for
 * all of them; a link in the part named after the job may lead several jobs to one folder.
 */
function sharedBecause(workspace, template, relative) {
    if (!template.includes('{job_name}')) {
        return `terraform-dir '${template}' has no {job_name}, so every job runs in this one folder`;
    }
    const templateParts = template.split('/');
    const parts = relative.split('/');
    const first = templateParts.length === parts.length
        ? templateParts.findIndex((part) => part.includes('{job_name}'))
        : 0;
    for (let end = first + 1; end <= parts.length; end++) {
        const prefix = parts.slice(0, end).join('/');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, prefix)).isSymbolicLink()) {
            const target = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Yn)((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(workspace), (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, prefix)));
            return `${prefix} is a link to ${target}, a folder other jobs can reach too`;
        }
    }
    return undefined;
}
/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir, moduleDir) {
    const relative = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Yn)(rootDir, moduleDir);
    return relative.startsWith('.') ? relative : `./${relative}`;
}
/** Each cloud's own state backend, used for a generated root when backend-config is given. */
const NATIVE_BACKEND = {
    aws: 's3',
    azure: 'azurerm',
    gcp: 'gcs',
    local: 'local',
};
/**
 * Provider settings a generated root needs, and the root variables they read; `optional` ones
 * default to null, so the provider falls back to its environment (ARM_SUBSCRIPTION_ID).
 */
const PROVIDER_BLOCKS = {
    aws_fargate: { block: 'provider "aws" {\n  region = var.region\n}\n', variables: ['region'] },
    azure_container_apps: {
        block: 'provider "azurerm" {\n  features {}\n  subscription_id = var.subscription_id\n}\n',
        variables: ['subscription_id'],
        optional: ['subscription_id'],
    },
    gcp_cloud_run: {
        block: 'provider "google" {\n  project = var.project_id\n  region  = var.region\n}\n',
        variables: ['project_id', 'region'],
    },
    local: { block: '', variables: [] },
};
/**
 * Step one of a generated root: the module call alone (and the backend, when it has one: `s3`,
 * `local`, …), enough for `terraform init` to fetch the module wherever it lives.
 */
async function writeModuleCall(root, job, backend) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root.dir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, backend, undefined));
}
/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
async function writeGeneratedRoot(root, job, backend, module, available) {
    const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort();
    const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, backend, { passed, module }));
    const optional = new Set(PROVIDER_BLOCKS[job.runtime.type].optional);
    const variables = [...rootVariables].sort().map((name) => {
        const settings = [
            ...(module.variables.get(name)?.sensitive ? ['  sensitive = true'] : []),
            ...(optional.has(name) && !module.variables.has(name) ? ['  default = null'] : []),
        ];
        return `variable "${name}" {${settings.length > 0 ? `\n${settings.join('\n')}\n` : ''}}\n`;
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'variables.tf'), variables.join('\n'));
    return rootVariables;
}
function rootText(root, job, backend, wiring) {
    const parts = [
        "# Generated by dativo-infra-action for one job; values come from the job's variables file.\n",
    ];
    if (backend)
        parts.push(`terraform {\n  backend "${backend}" {}\n}\n`);
    if (wiring) {
        const provider = PROVIDER_BLOCKS[job.runtime.type].block;
        if (provider)
            parts.push(provider);
    }
    const args = wiring ? wiring.passed.map((name) => `  ${name} = var.${name}\n`).join('') : '';
    parts.push(`module "dativo_runtime" {\n  source = ${hclString(root.moduleSource)}\n${args}}\n`);
    if (wiring) {
        for (const [name, { sensitive }] of [...wiring.module.outputs].sort(([a], [b]) => a.localeCompare(b))) {
            const flag = sensitive ? '  sensitive = true\n' : '';
            parts.push(`output "${name}" {\n  value = module.dativo_runtime.${name}\n${flag}}\n`);
        }
    }
    return parts.join('\n');
}
/** A quoted HCL string in which nothing is interpolated. */
function hclString(text) {
    // `$$$$` in a replacement is two literal dollars: `${` becomes `$${`, which HCL reads as `${`.
    return JSON.stringify(text).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
}
/** Where `terraform init` put the module of a generated root. */
async function initialisedModuleDir(root, dataDir) {
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dataDir, 'modules', 'modules.json'), 'utf8'));
    const entry = manifest.Modules?.find((m) => m.Key === 'dativo_runtime');
    if (!entry)
        throw new RootError('terraform init did not install the module');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root.dir, entry.Dir);
}


/***/ })

};
