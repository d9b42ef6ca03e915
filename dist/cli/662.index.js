export const id = 662;
export const ids = [662,540,235];
export const modules = {

/***/ 4163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ REMOVAL_REASONS),
/* harmony export */   c4: () => (/* binding */ findRemovedJobs)
/* harmony export */ });
/* unused harmony export identity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2000);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3978);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3116);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9556);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8381);
/* harmony import */ var _terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2049);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4964);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5778);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6472);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1620);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2420);
// Jobs a pull request or push takes away while their runtime keeps running: a config deleted, a
// config whose `infrastructure` section was removed, and a job whose name (or anything else that
// names its Terraform root or state) changed. Each is found with the config as it was at the
// base commit, so its root and backend can be rebuilt for a destroy plan.
//
// Which files changed comes from GitHub's API (with each file's status) or `git diff`; the base
// version of a config from the local history or, in a shallow checkout, the API's contents. A
// job whose root and state a config at the head still uses (a config moved to another file) is
// not removed.














/** Each reason in a phrase, for logs and reports. */
const REMOVAL_REASONS = {
    deleted: 'config deleted',
    'no-infrastructure': 'infrastructure section removed',
    renamed: 'renamed',
};
async function findRemovedJobs(settings, context, deps) {
    const debug = deps.debug ?? (() => { });
    const scan = { removed: [], warnings: [] };
    const range = rangeOf(context);
    if (!range)
        return scan;
    const changes = await listChanges(range, context, deps, debug);
    if (!changes) {
        scan.warnings.push(`Could not tell which configs were deleted or renamed between ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_12__/* .short */ .h0)(range.base)} and ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_12__/* .short */ .h0)(range.head)}: a runtime they leave behind is not listed`);
        return scan;
    }
    const toWorkspace = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryToWorkspace */ .H)(settings.workspace, deps.git);
    const matches = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .configMatcher */ .tR)((0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePatterns */ .Z7)(settings.patterns));
    const candidates = changes.flatMap((change) => {
        const file = toWorkspace(change.path);
        return file !== undefined && matches(file) ? [{ ...change, file }] : [];
    });
    if (candidates.length === 0)
        return scan;
    debug(`${candidates.length} deleted or changed config(s) to compare with ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_12__/* .short */ .h0)(range.base)}`);
    const reader = new _config_read_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigReader */ .o(settings.workspace);
    const found = [];
    for (const candidate of candidates) {
        const bytes = await readAtBase(candidate.path, range.base, context, deps);
        if (!bytes.ok) {
            scan.warnings.push(`${candidate.file}: could not read it as it was at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_12__/* .short */ .h0)(range.base)} (${bytes.problem}); if it had a runtime, that runtime is left running`);
            continue;
        }
        const before = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateConfigBytes */ .Q)(candidate.file, bytes.bytes, {
            defaultTags: settings.defaultTags,
        }).job;
        if (!before)
            continue; // No valid infrastructure at the base: no runtime to remove.
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
    if (found.length === 0)
        return scan;
    // A runtime still named by a config at the head (a config moved to another file) stays.
    const inUse = new Map();
    for (const file of await (0,_files_js__WEBPACK_IMPORTED_MODULE_10__/* .findConfigFiles */ .j)(settings.workspace, (0,_patterns_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePatterns */ .Z7)(settings.patterns))) {
        const job = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateRead */ .x)(file, await reader.read(file), {
            defaultTags: settings.defaultTags,
        }).job;
        if (job)
            inUse.set(identity(job, settings), file);
    }
    for (const removed of found) {
        const user = inUse.get(identity(removed.job, settings));
        if (user) {
            debug(`${removed.file}: job ${removed.job.jobName} lives on in ${user}`);
            continue;
        }
        const gone = await ownRootGone(removed, settings, deps.git);
        scan.removed.push(gone ? { ...removed, rootGone: gone } : removed);
    }
    return scan;
}
/**
 * The job's own root (terraform-dir) when the base commit had that folder and the head does not:
 * a root generated in its place would not be the one that made the runtime.
 */
async function ownRootGone(removed, settings, git) {
    let relative;
    try {
        relative = (0,_terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTokens */ .lX)(settings.terraformDir, removed.job, 'terraform-dir');
    }
    catch {
        return undefined;
    }
    const workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(settings.workspace).catch(() => settings.workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, relative);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(await git.hasCommit(removed.base)))
        return undefined;
    const top = await git.tryRun(['rev-parse', '--show-toplevel']);
    if (top.exitCode !== 0)
        return undefined;
    const inRepository = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .within */ .u)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top.stdout.trim()), absolute);
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
            listFromApi: async (api, repository) => {
                const octokit = await api.octokit();
                const changes = [];
                const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
                    ...repository,
                    pull_number: pr.number,
                    per_page: 100,
                });
                for await (const page of pages)
                    for (const file of page.data)
                        changes.push(...fromEntry(file));
                return changes;
            },
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
            listFromApi: async (api, repository) => {
                const octokit = await api.octokit();
                const response = await octokit.rest.repos.compareCommitsWithBasehead({
                    ...repository,
                    basehead: `${base}...${head}`,
                });
                const files = Array.isArray(response.data?.files) ? response.data.files : [];
                return files.flatMap(fromEntry);
            },
        };
    }
    return undefined;
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
async function listChanges(range, context, deps, debug) {
    if (deps.api && context.repository && range.listFromApi) {
        try {
            return await range.listFromApi(deps.api, context.repository);
        }
        catch (error) {
            debug(`deleted configs not from the API: ${error.message}`);
        }
    }
    if (!(await deps.git.hasCommit(range.base)) || !(await deps.git.hasCommit(range.head))) {
        return undefined;
    }
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
/** A file's bytes at a commit: from the local history, else through the API's contents. */
async function readAtBase(repositoryPath, base, context, deps) {
    if (await deps.git.hasCommit(base)) {
        const shown = await deps.git.tryRun(['cat-file', 'blob', `${base}:${repositoryPath}`]);
        if (shown.exitCode === 0)
            return { ok: true, bytes: shown.stdoutBytes ?? Buffer.from(shown.stdout) };
        return { ok: false, problem: `git has no such file in ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_12__/* .short */ .h0)(base)}` };
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
        return { ok: false, problem: (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .describeGitHubError */ .dZ)(error, deps.api.baseUrl) };
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
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4540);
// The destroy path of jobs a change removes (see discover/removed.ts): each rebuilt from its
// config at the base commit, its destroy planned (`plan -destroy`, with the same root, variables
// and backend key), applied with destroy-removed, and otherwise reported as left running with
// its tags, so no runtime is forgotten.



/** Jobs a pull request or push removes, with the runtime each leaves behind. */
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
        }, context, { api: deps.api, git: deps.git, debug: (message) => reporter.debug(message) });
        for (const warning of scan.warnings)
            reporter.warning(warning);
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
                leftRunning: removed.rootGone
                    ? `its own root ${removed.rootGone} was deleted too, so it cannot be planned here: destroy it from the last commit that has that root`
                    : undefined,
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


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ planFingerprint),
/* harmony export */   vF: () => (/* binding */ compareChanges)
/* harmony export */ });
/* unused harmony exports actionWord, canonicalJson */
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


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseHcl: () => (/* binding */ parseHcl),
/* harmony export */   readDeclarations: () => (/* binding */ readDeclarations)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2122);
// Reads what a Terraform root or module declares (variables, outputs, backend) with HashiCorp's
// own HCL parser, compiled to WebAssembly (@cdktf/hcl2json's build). Loaded only when the
// Terraform stage reads a root the bundle does not describe (modules.ts has the bundled ones).








/** Each folder read, by its files' names, sizes and times: jobs sharing a root parse it once. */
const readFolders = new Map();
/** Parses every .tf and .tf.json file of a folder (not its subfolders), as Terraform reads it. */
async function readDeclarations(folder) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder)).filter((name) => /\.tf(\.json)?$/.test(name)).sort();
    const stamps = await Promise.all(names.map(async (name) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name));
        return `${name}:${info.size}:${info.mtimeMs}`;
    }));
    const key = `${node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(folder)}\n${stamps.join('\n')}`;
    let read = readFolders.get(key);
    if (!read) {
        read = parseFolder(folder, names);
        readFolders.set(key, read);
        // A failed read is not kept: the next job sees the error again, or a fixed file.
        read.catch(() => readFolders.delete(key));
    }
    const declarations = await read;
    // A copy: what one job does with its declarations never reaches another's.
    return {
        variables: new Map([...declarations.variables].map(([name, v]) => [name, { ...v }])),
        outputs: new Map([...declarations.outputs].map(([name, o]) => [name, { ...o }])),
        backend: declarations.backend,
    };
}
async function parseFolder(folder, names) {
    const declarations = { variables: new Map(), outputs: new Map() };
    for (const name of names) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name), 'utf8');
        let parsed;
        try {
            parsed = name.endsWith('.json') ? JSON.parse(text) : await parseHcl(name, text);
        }
        catch (error) {
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name)}: ${error.message}`);
        }
        collect(parsed, declarations);
    }
    return declarations;
}
function collect(parsed, into) {
    for (const [name, blocks] of Object.entries(asRecord(parsed.variable))) {
        const body = firstBlock(blocks);
        into.variables.set(name, { sensitive: body.sensitive === true, required: !('default' in body) });
    }
    for (const [name, blocks] of Object.entries(asRecord(parsed.output))) {
        into.outputs.set(name, { sensitive: firstBlock(blocks).sensitive === true });
    }
    for (const block of [parsed.terraform].flat()) {
        const terraform = asRecord(block);
        const backend = Object.keys(asRecord(firstBlock(terraform.backend)))[0] ??
            Object.keys(asRecord(terraform.backend))[0];
        if (backend)
            into.backend = backend;
        if (terraform.cloud)
            into.backend = 'cloud';
    }
}
function firstBlock(value) {
    return asRecord(Array.isArray(value) ? value[0] : value);
}
function asRecord(value) {
    return (0,_util_data_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(value) ? value : {};
}
let parser;
/** HCL to the JSON form of Terraform's syntax, by HashiCorp's parser. */
async function parseHcl(filename, contents) {
    const root = await (parser ??= startParser());
    const json = await new Promise((resolve, reject) => root.parse(filename, contents, (error, result) => error ? reject(new Error(error)) : resolve(result)));
    return JSON.parse(json);
}
async function startParser() {
    // Go's runtime for WebAssembly; it defines globalThis.Go.
    await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.t.bind(__webpack_require__, 2111, 23));
    const scope = globalThis;
    const go = new scope.Go();
    // Liftoff's code is enough for a few files; without this V8 also recompiles the whole parser
    // with TurboFan in the background (bench/hcl.mjs: about 3x the CPU and +60 MiB here).
    (0,node_v8__WEBPACK_IMPORTED_MODULE_5__.setFlagsFromString)('--liftoff-only');
    const bytes = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.gunzipSync)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(wasmPath()));
    const { instance } = await scope.WebAssembly.instantiate(bytes, go.importObject);
    const root = {};
    globalThis.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    for (let waited = 0; !root.parse; waited++) {
        if (waited > 1000)
            throw new Error('the HCL parser did not start');
        await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return root;
}
/** Beside the bundle in dist/ (the bundle script copies it there), else in node_modules. */
function wasmPath() {
    // Built at run time so the bundler does not swap the file for a module of its own.
    const name = ['hcl2json', 'wasm', 'gz'].join('.');
    const bundled = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), name);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bundled))
        return bundled;
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(require.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz');
}


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ writeGeneratedRoot),
/* harmony export */   LM: () => (/* binding */ locateRoot),
/* harmony export */   aY: () => (/* binding */ writeModuleCall),
/* harmony export */   l8: () => (/* binding */ RootError),
/* harmony export */   lX: () => (/* binding */ renderTokens),
/* harmony export */   pY: () => (/* binding */ initialisedModuleDir)
/* harmony export */ });
/* unused harmony exports TOKENS, bundledModule */
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
// reaches Terraform through dativo.auto.tfvars.json, where Terraform reads it as a literal.





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
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .within */ .u)(workspace, own) === undefined)
        throw new RootError(`terraform-dir '${relative}' is outside the workspace`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(own) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(own).isDirectory())
        return { dir: own, generated: false };
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
/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir, moduleDir) {
    const relative = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Y)(rootDir, moduleDir);
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
 * Step one of a generated root: the module call alone (and the backend), enough for
 * `terraform init` to fetch the module wherever it lives.
 */
async function writeModuleCall(root, job, withBackend) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root.dir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, withBackend, undefined));
}
/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
async function writeGeneratedRoot(root, job, withBackend, module, available) {
    const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort();
    const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, withBackend, { passed, module }));
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
function rootText(root, job, withBackend, wiring) {
    const parts = [
        '# Generated by dativo-infra-action for one job; values come from dativo.auto.tfvars.json.\n',
    ];
    if (withBackend)
        parts.push(`terraform {\n  backend "${NATIVE_BACKEND[job.provider]}" {}\n}\n`);
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


/***/ }),

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCK_TIMEOUT: () => (/* binding */ LOCK_TIMEOUT),
  errorSummary: () => (/* binding */ errorSummary),
  runTerraformJobs: () => (/* binding */ runTerraformJobs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/resolve/file.ts
var file = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/resolve.ts + 1 modules
var resolve = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/resolve/write.ts
var write = __webpack_require__(4403);
;// CONCATENATED MODULE: ./src/resolve/index.ts
// Placeholder resolution: Terraform outputs into job configs, changing nothing else.






// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(9786);
// EXTERNAL MODULE: ./src/tags/tfvars.ts
var tags_tfvars = __webpack_require__(2378);
;// CONCATENATED MODULE: ./src/util/concurrency.ts
// Two small tools for running jobs side by side: a lock for what must not overlap (terraform
// init and its shared plugin cache) and a pool that runs at most N tasks at once.
class Mutex {
    last = Promise.resolve();
    /** Runs `task` once every task locked before it has finished. */
    async lock(task) {
        const previous = this.last;
        let release;
        this.last = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            return await task();
        }
        finally {
            release();
        }
    }
}
/** Runs `task` for every item, at most `limit` at a time; results keep the items' order. */
async function mapPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/terraform/hcl.ts
var hcl = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/terraform/fingerprint.ts
var fingerprint = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/terraform/plan.ts

function countChanges(plan) {
    const counts = { add: 0, change: 0, destroy: 0 };
    const changes = (plan.resource_changes ?? []).filter((change) => change.mode !== 'data');
    for (const change of changes) {
        const actions = change.change?.actions ?? [];
        if (actions.includes('create'))
            counts.add++;
        if (actions.includes('delete'))
            counts.destroy++;
        if (actions.length === 1 && actions[0] === 'update')
            counts.change++;
    }
    return counts;
}
/** Texts to hide of the values the plan marks sensitive (outputs and variables). */
function sensitiveTexts(plan) {
    const found = [];
    const outputs = plan.planned_values?.outputs;
    for (const output of Object.values(outputs ?? {})) {
        if (output.sensitive)
            found.push(...(0,secrets/* secretTexts */.Vh)(output.value));
    }
    const variables = plan.variables ?? {};
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(variables)) {
        if (declared[name]?.sensitive)
            found.push(...(0,secrets/* secretTexts */.Vh)(variable.value));
    }
    return found;
}

// EXTERNAL MODULE: ./src/terraform/roots.ts
var roots = __webpack_require__(2049);
;// CONCATENATED MODULE: ./src/terraform/stage.ts
// Pipeline steps 4–5 (CONTRACT §6): for each valid job, in its own root, terraform init
// (one at a time: they share the plugin cache), validate, plan to a file, read the plan, and in
// apply mode apply that plan and read the outputs. Up to `parallelism` jobs run at once; one
// failing job does not stop the others; each job's log is printed in its own group.












const LOCK_TIMEOUT = '5m';
async function runTerraformJobs(jobs, options, deps) {
    const init = new Mutex();
    // Jobs that share a team's root (a terraform-dir without {job_name}) take turns in it.
    const rootLocks = new Map();
    const inTurn = (root, run) => {
        if (root instanceof roots/* RootError */.l8 || root.generated)
            return run();
        if (!rootLocks.has(root.dir))
            rootLocks.set(root.dir, new Mutex());
        return rootLocks.get(root.dir).lock(run);
    };
    // Interleaved lines of parallel jobs cannot share log groups, nor can progress lines go between
    // a group's lines: with several at once, or with progress, each job's log is kept and printed
    // whole when the job ends.
    const live = !deps.progress && (options.parallelism === 1 || jobs.length === 1);
    const verb = deps.destroy ? (options.mode === 'apply' ? 'destroy' : 'destroy plan') : options.mode;
    return mapPool(jobs, options.parallelism, async (job, index) => {
        const title = `Terraform ${verb}: ${job.jobName} (${job.file})`;
        const workDir = external_node_path_default().join(deps.workDir, `${String(index + 1).padStart(3, '0')}-${slug(job.jobName)}`);
        const root = findRoot(job, options, workDir);
        if (live) {
            return deps.reporter.group(title, () => inTurn(root, () => runJob(job, root, options, deps, workDir, init, (line) => deps.reporter.output(line))));
        }
        const lines = [];
        const progress = deps.progress?.(index, job);
        progress?.start(verb);
        const outcome = await inTurn(root, () => runJob(job, root, options, deps, workDir, init, (line) => lines.push(line), progress));
        await deps.reporter.group(title, async () => lines.forEach((line) => deps.reporter.output(line)));
        progress?.end(endLine(verb, outcome));
        return outcome;
    });
}
function findRoot(job, options, workDir) {
    try {
        return (0,roots/* locateRoot */.LM)(job, options.workspace, options.terraformDir, options.moduleSource, workDir);
    }
    catch (error) {
        if (error instanceof roots/* RootError */.l8)
            return error;
        throw error;
    }
}
async function runJob(job, located, options, deps, workDir, init, log, progress) {
    const outcome = {
        file: job.file,
        ok: false,
        findings: [],
        plan: null,
        hasChanges: false,
        secrets: [],
    };
    // Sensitive values: masked in the log from now on, and kept for the reports to scrub.
    const secret = (texts) => {
        for (const text of texts)
            deps.reporter.secret(text);
        outcome.secrets.push(...texts);
    };
    const at = job.range;
    const finding = (severity, rule, message, range = at) => outcome.findings.push({ severity, rule, message, file: job.file, range });
    let tfvarsPath;
    try {
        if (located instanceof roots/* RootError */.l8)
            throw located;
        const root = located;
        await (0,promises_.mkdir)(workDir, { recursive: true });
        const dataDir = external_node_path_default().join(workDir, 'data');
        const terraform = deps.terraform.withDataDir(dataDir);
        const backendLines = (0,src_options/* backendLinesFor */.h)(options.backendConfig, job.provider);
        const backendArgs = backendLines.map((line) => `-backend-config=${(0,roots/* renderTokens */.lX)(line, job, 'backend-config')}`);
        const tfvars = (0,tags_tfvars/* buildTfvars */.$E)(job, {
            defaultTags: options.defaultTags,
            terraformVars: options.terraformVars,
        });
        log(root.generated
            ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
            : `Root: ${external_node_path_default().relative(options.workspace, root.dir) || '.'}`);
        const step = async (name, args, quiet = false) => {
            const running = terraform.run({ args, cwd: root.dir, onLine: log, quiet });
            const result = await (progress ? progress.running(name, running) : running);
            if (result.exitCode !== 0 && !(name === 'plan' && result.exitCode === 2)) {
                throw new TerraformStepError(name, result.stderr || result.stdout);
            }
            return result;
        };
        const withBackend = root.generated && backendLines.length > 0;
        if (root.generated)
            await (0,roots/* writeModuleCall */.aY)(root, job, withBackend);
        await init.lock(() => step('init', ['init', '-input=false', '-no-color', ...backendArgs]));
        let declared;
        let remoteState;
        if (root.generated) {
            const module = await (0,hcl.readDeclarations)(await (0,roots/* initialisedModuleDir */.pY)(root, dataDir));
            declared = await (0,roots/* writeGeneratedRoot */.FK)(root, job, withBackend, module, new Set(Object.keys(tfvars)));
            remoteState = withBackend;
        }
        else {
            const own = await (0,hcl.readDeclarations)(root.dir);
            declared = new Set(own.variables.keys());
            remoteState = own.backend !== undefined && own.backend !== 'local';
        }
        const unused = Object.keys(tfvars).filter((name) => !declared.has(name));
        if (unused.length > 0) {
            finding('notice', 'terraform-vars', `Not passed to Terraform, the root declares no such variable: ${unused.join(', ')}`);
        }
        if (options.mode === 'apply' && !remoteState) {
            // The sandbox provisions nothing outside Terraform's state, so losing it loses nothing.
            finding(job.provider === 'local' ? 'notice' : 'warning', 'local-state', "This job's Terraform state is local to the runner and is lost when the job ends: give its root a backend (terraform-dir with a backend block, or backend-config)");
        }
        tfvarsPath = external_node_path_default().join(root.dir, tags_tfvars/* TFVARS_FILE */.i4);
        const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)));
        await (0,promises_.writeFile)(tfvarsPath, JSON.stringify(passed, null, 2) + '\n');
        await step('validate', ['validate', '-no-color']);
        const planFile = external_node_path_default().join(workDir, 'tfplan');
        const plan = await step('plan', [
            'plan',
            '-input=false',
            '-no-color',
            `-lock-timeout=${LOCK_TIMEOUT}`,
            '-detailed-exitcode',
            ...(deps.destroy ? ['-destroy'] : []),
            `-out=${planFile}`,
        ]);
        outcome.hasChanges = plan.exitCode === 2;
        // The JSON form holds sensitive values in clear: it is parsed, never printed.
        const shown = JSON.parse((await step('show', ['show', '-json', planFile], true)).stdout);
        secret(sensitiveTexts(shown));
        outcome.plan = countChanges(shown);
        outcome.fingerprint = (0,fingerprint/* planFingerprint */.an)(shown);
        outcome.plannedOutputs = (0,outputs.plannedOutputs)(shown);
        outcome.planText = (await step('show', ['show', '-no-color', planFile], true)).stdout;
        const verdict = options.mode === 'apply' ? deps.review?.(job, outcome.fingerprint, !!deps.destroy) : undefined;
        if (verdict && !verdict.apply) {
            finding('error', 'unreviewed-plan', verdict.message);
            log(verdict.message);
            outcome.refused = true;
            return outcome;
        }
        if (verdict?.note)
            log(verdict.note);
        if (options.mode === 'apply') {
            await step('apply', [
                'apply',
                '-input=false',
                '-no-color',
                `-lock-timeout=${LOCK_TIMEOUT}`,
                planFile,
            ]);
            if (deps.destroy) {
                outcome.ok = true;
                return outcome;
            }
            const outputs = JSON.parse((await step('output', ['output', '-json'], true)).stdout);
            for (const output of Object.values(outputs)) {
                if (output.sensitive)
                    secret((0,secrets/* secretTexts */.Vh)(output.value));
            }
            outcome.outputs = outputs;
        }
        outcome.ok = true;
    }
    catch (error) {
        const message = error instanceof TerraformStepError || error instanceof roots/* RootError */.l8
            ? error.message
            : `Terraform could not run: ${error.message}`;
        if (error instanceof TerraformStepError)
            outcome.failedStep = error.step;
        // Once, as a finding: Terraform's own output is already in the job's log.
        finding('error', 'terraform', message);
    }
    finally {
        // The team's root is left as it was found.
        if (tfvarsPath && !(located instanceof roots/* RootError */.l8) && !located.generated) {
            await (0,promises_.rm)(tfvarsPath, { force: true });
        }
    }
    return outcome;
}
class TerraformStepError extends Error {
    step;
    constructor(step, output) {
        super(`terraform ${step} failed: ${errorSummary(output)}`);
        this.step = step;
        this.name = 'TerraformStepError';
    }
}
/**
 * Terraform's "Error: …" blocks without the box drawing, at most 30 lines; init's general
 * preamble ("Terraform encountered problems during initialisation…") is left out.
 */
function errorSummary(output) {
    const lines = output.split('\n').map((line) => line.replace(/^[│╷╵]\s?/, '').trimEnd());
    const blocks = [];
    for (const line of lines) {
        if (line.startsWith('Error:'))
            blocks.push([line]);
        else
            blocks.at(-1)?.push(line);
    }
    const relevant = blocks.filter((block) => !/^Error: Terraform encountered problems during init/.test(block[0]));
    const chosen = relevant.length > 0 ? relevant.flat() : lines.filter((line) => line.trim() !== '').slice(-10);
    const text = chosen
        .filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '')
        .slice(0, 30)
        .join('\n')
        .trim();
    return text || 'no output';
}
/** What a job came to, for its progress end line: `plan +1 ~0 -0`, `init failed`, … */
function endLine(verb, outcome) {
    if (outcome.refused)
        return 'not applied: the plan is not the reviewed one';
    if (!outcome.ok)
        return outcome.failedStep ? `${outcome.failedStep} failed` : `${verb} failed`;
    return `${verb} ${(0,run/* formatPlan */.nT)(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`;
}
function slug(text) {
    return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'job';
}


/***/ })

};
