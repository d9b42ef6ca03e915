export const id = 662;
export const ids = [662];
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

/***/ 8662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   destroyRemoved: () => (/* binding */ destroyRemoved),
/* harmony export */   leftRunning: () => (/* binding */ leftRunning),
/* harmony export */   removedJobs: () => (/* binding */ removedJobs)
/* harmony export */ });
/* harmony import */ var _discover_removed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4163);
/* harmony import */ var _tags_convert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9586);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9997);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8619);
// The destroy path of jobs a change removes (see discover/removed.ts): each rebuilt from its
// config at the base commit, its destroy planned (`plan -destroy`, with the same root, variables
// and backend key), applied with destroy-removed, and otherwise reported as left running with
// its tags, so no runtime is forgotten.




/**
 * Jobs a pull request or push removes, with the runtime each leaves behind. A file that may be a
 * config but cannot be read holds back every destroy of the run: an error at it (`atFile`) names
 * the jobs it holds back.
 */
async function removedJobs(options, context, deps) {
    const { reporter } = deps;
    if (!['pull_request', 'pull_request_target', 'push'].includes(context.eventName))
        return [];
    return reporter.group('Find removed jobs', async () => {
        const scan = await (0,_discover_removed_js__WEBPACK_IMPORTED_MODULE_0__/* .findRemovedJobs */ .c4)({
            workspace: options.workspace,
            patterns: options.configs,
            terraformDir: options.terraformDir,
            moduleSource: options.moduleSource,
            backendConfig: options.backendConfig,
            defaultTags: options.defaultTags,
        }, context, {
            api: deps.api,
            git: deps.git,
            repository: deps.repository,
            debug: (message) => reporter.debug(message),
        });
        for (const warning of scan.warnings)
            reporter.warning(warning);
        // Only where a destroy would be planned or run: otherwise each is left running anyway.
        const destroys = options.mode === 'plan' || options.destroyRemoved;
        const waiting = destroys ? scan.removed.filter((removed) => !removed.heldBack) : [];
        const [blocker] = scan.blockers;
        const heldBack = blocker && waiting.length > 0
            ? `held back: ${blocker.file} may be a job config but cannot be read${scan.blockers.length > 1 ? ` (nor ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(scan.blockers.length - 1, 'other file')})` : ''}, and no destroy runs until every config in the repository can be read`
            : undefined;
        if (heldBack) {
            const jobs = waiting
                .map((removed) => `${removed.job.jobName} (${removed.file}, ${_discover_removed_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOVAL_REASONS */ .Fq[removed.reason]})`)
                .join(', ');
            for (const { file, reason } of scan.blockers) {
                deps.atFile({
                    severity: 'error',
                    rule: 'destroy-held-back',
                    message: `This file may be a job config, but ${reason}: no removed job is destroyed while a config in the repository cannot be read. Held back: ${jobs}. Fix the file (if it is no job config, give it no infrastructure or job_name key) and run again`,
                    file,
                    range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
                });
            }
        }
        reporter.info(scan.removed.length === 0
            ? 'No job is removed by this change'
            : `Removed by this change: ${scan.removed.map((r) => `${r.job.jobName} (${r.file}, ${_discover_removed_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOVAL_REASONS */ .Fq[r.reason]})`).join(', ')}`);
        return scan.removed.map((removed) => {
            const { job } = removed;
            return {
                file: removed.file,
                job,
                reason: removed.reason,
                jobName: job.jobName,
                provider: job.provider,
                runtimeType: job.runtime.type,
                renamedTo: removed.renamedTo,
                base: removed.base,
                cloudTags: (0,_tags_convert_js__WEBPACK_IMPORTED_MODULE_1__/* .finalTags */ .CR)(options.defaultTags, job.tags, job.runtime.type, job.provider),
                plan: null,
                destroyed: false,
                leftRunning: removed.heldBack ??
                    (removed.rootGone
                        ? `its own root ${removed.rootGone} was deleted too, so it cannot be planned here: destroy it from the last commit that has that root`
                        : heldBack),
                findings: [],
            };
        });
    });
}
/** The destroy plans (and in apply mode, with destroy-removed, the destroys) of removed jobs. */
async function destroyRemoved(removals, report, options, stageDeps) {
    const outcomes = await (0,_stage_js__WEBPACK_IMPORTED_MODULE_2__.runTerraformJobs)(removals.map((removed) => removed.job), options, stageDeps);
    for (const [index, outcome] of outcomes.entries()) {
        const removed = removals[index];
        removed.plan = outcome.plan;
        removed.planText = outcome.planText;
        removed.destroys = outcome.destroys;
        removed.fingerprint = outcome.fingerprint;
        report.hasChanges ||= outcome.hasChanges;
        report.secrets.push(...outcome.secrets);
        // The base commit's lines mean nothing in the file as it is now (if it still exists).
        for (const finding of outcome.findings) {
            const unplaced = { ...finding, range: undefined };
            stageDeps.reporter.finding(unplaced);
            removed.findings.push(unplaced);
        }
        if (options.mode !== 'apply')
            continue;
        if (outcome.ok)
            removed.destroyed = true;
        else
            removed.leftRunning = outcome.refused
                ? 'its destroy plan is not the one reviewed'
                : 'its destroy failed';
    }
}
/** Apply mode: every runtime a removed job leaves running is a warning, so none is forgotten. */
function leftRunning(report, options, reporter) {
    for (const removed of report.removed ?? []) {
        if (removed.destroyed)
            continue;
        removed.leftRunning ??= 'destroy-removed is off';
        const tags = Object.entries(removed.cloudTags)
            .map(([key, value]) => `${key}=${value}`)
            .join(', ');
        const why = removed.reason === 'renamed'
            ? `renamed to ${removed.renamedTo?.jobName}`
            : _discover_removed_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOVAL_REASONS */ .Fq[removed.reason];
        const advice = options.destroyRemoved
            ? 'destroy it by hand, or fix the cause and run the workflow again'
            : 'set destroy-removed: true to destroy it on the next apply, or destroy it by hand';
        const finding = {
            severity: 'warning',
            rule: 'removed-job',
            message: `The ${removed.provider} / ${removed.runtimeType} runtime of job ${removed.jobName} (${why}) is left running (${removed.leftRunning}) and keeps costing: ${advice}. Its tags: ${tags}`,
            file: removed.file,
        };
        reporter.finding(finding);
        removed.findings.push(finding);
    }
}


/***/ })

};
