export const id = 163;
export const ids = [163,49];
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
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3533);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3116);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9556);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8381);
/* harmony import */ var _terraform_roots_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2049);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3731);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4964);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5778);
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
    const topLevel = (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_13__/* .once */ .Oo)(() => deps.git.tryRun(['rev-parse', '--show-toplevel']));
    const changes = await listChanges(range, context, deps, debug, () => {
        baseInHistory = Promise.resolve(true);
    });
    if (!changes) {
        scan.warnings.push(`Could not tell which configs were deleted or renamed between ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} and ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.head)}: a runtime they leave behind is not listed`);
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
    debug(`${candidates.length} deleted or changed config(s) to compare with ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)}`);
    const reader = new _config_read_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigReader */ .o(settings.workspace);
    const found = [];
    /** Configs deleted or changed whose base version may have named jobs but was not valid. */
    const unrebuilt = [];
    for (const candidate of candidates) {
        const bytes = await readAtBase(candidate.path, range.base, context, deps, hasBase);
        if (!bytes.ok) {
            scan.warnings.push(`${candidate.file}: could not read it as it was at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} (${bytes.problem}); if it had a runtime, that runtime is left running`);
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
        (await (0,_repository_js__WEBPACK_IMPORTED_MODULE_12__/* .readRepositoryConfigs */ .nx)(settings.workspace, new _repository_js__WEBPACK_IMPORTED_MODULE_12__/* .RepositoryConfigs */ .GU(settings.workspace), {
            git: deps.git,
            reader,
            debug,
        }));
    for (const { file, status, claim } of unrebuilt) {
        const change = status === 'deleted' ? 'config deleted' : 'config changed';
        if (claim.kind === 'job') {
            const unclaimed = claim.names.filter((name) => repository.claimants(name).length === 0);
            if (unclaimed.length === 0)
                continue;
            scan.warnings.push(`${file}: job ${unclaimed.join(', ')} is no longer claimed by any config (${change}), but its config at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} is not valid, so its runtime (if it has one) cannot be rebuilt here: it is left running; destroy it by hand`);
        }
        else if (claim.kind === 'unknown' && !repository.claimsJob(file)) {
            scan.warnings.push(`${file} (${change}): its config at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(range.base)} may have held a job, but ${claim.reason}: if that job is no longer claimed by any config, its runtime is left running; destroy it by hand`);
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
            listFromApi: async (api, repository) => whole(await (0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .pullRequestEntries */ .Bm)(api, repository, pr.number), _changes_js__WEBPACK_IMPORTED_MODULE_14__/* .PULL_REQUEST_FILES_LIMIT */ .ym),
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
            listFromApi: async (api, repository) => whole(await (0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .compareEntries */ .wD)(api, repository, base, head), _changes_js__WEBPACK_IMPORTED_MODULE_14__/* .COMPARE_FILES_LIMIT */ .ms),
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
/**
 * A file's bytes at a commit: from the local history, else through the API's contents. `hasBase`
 * says whether the history has the commit; callers that read many files pass one kept with once().
 */
async function readAtBase(repositoryPath, base, context, deps, hasBase = () => deps.git.hasCommit(base)) {
    if (await hasBase()) {
        const shown = await deps.git.tryRun(['cat-file', 'blob', `${base}:${repositoryPath}`]);
        if (shown.exitCode === 0)
            return { ok: true, bytes: shown.stdoutBytes ?? Buffer.from(shown.stdout) };
        return { ok: false, problem: `git has no such file in ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_14__/* .short */ .h0)(base)}` };
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
        return { ok: false, problem: (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .describeGitHubError */ .dZ)(error, deps.api.baseUrl) };
    }
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
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9997);
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
        // In code-unit order: the root's text, which its plan's fingerprint covers, is the same in
        // every locale (and no collator is set up for it).
        for (const [name, { sensitive }] of [...wiring.module.outputs].sort(([a], [b]) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .byCodeUnits */ .CA)(a, b))) {
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
