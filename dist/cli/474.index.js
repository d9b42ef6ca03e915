export const id = 474;
export const ids = [474];
export const modules = {

/***/ 8474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareTagsWithBase: () => (/* binding */ compareTagsWithBase)
/* harmony export */ });
/* unused harmony export baseCommitOf */
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3533);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9556);
/* harmony import */ var _tags_convert_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9586);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);
/* harmony import */ var _removed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4163);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3731);
// The configs as the base commit of a pull request or push had them, for the reviewer: the cloud
// tags each job's runtime carried there, so that the reports show what this change does to them
// (`Team: data-engineering → analytics-engineering`) rather than every tag again.






/** The commit a pull request (its base) or a push (its `before`) is compared with, if any. */
function baseCommitOf(context) {
    const sha = (value) => typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) && !/^0+$/.test(value)
        ? value
        : undefined;
    if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
        return sha((0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestOf */ ._n)(context)?.baseSha);
    }
    if (context.eventName === 'push' && context.payload.created !== true) {
        return context.payload.forced === true ? undefined : sha(context.payload.before);
    }
    return undefined;
}
/**
 * Sets `cloudTagsAtBase` on each run with a job: the tags its config gave the runtime at the base
 * commit (with this run's default tags), or null when the config is new there. A config that
 * cannot be read at the base, or had no valid job there, is left without (nothing to compare).
 */
async function compareTagsWithBase(runs, settings, context, deps) {
    const base = baseCommitOf(context);
    const jobs = runs.filter((run) => run.job);
    if (!base || jobs.length === 0)
        return;
    const topLevel = await deps.git.tryRun(['rev-parse', '--show-prefix']);
    const prefix = topLevel.exitCode === 0 ? topLevel.stdout.trim() : '';
    const toWorkspace = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryToWorkspace */ .H)(settings.workspace, deps.git);
    const hasBase = (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .once */ .Oo)(() => deps.git.hasCommit(base));
    for (const run of jobs) {
        const repositoryPath = `${prefix}${run.file}`;
        if (toWorkspace(repositoryPath) !== run.file)
            continue;
        const read = await (0,_removed_js__WEBPACK_IMPORTED_MODULE_4__/* .readAtBase */ .z1)(repositoryPath, base, context, deps, hasBase);
        if (!read.ok) {
            if (/no such file|\b404\b|Not Found/.test(read.problem))
                run.cloudTagsAtBase = null;
            else
                deps.debug?.(`${run.file} at ${base.slice(0, 7)}: ${read.problem}`);
            continue;
        }
        const before = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigBytes */ .Q)(run.file, read.bytes, {
            defaultTags: settings.defaultTags,
        }).job;
        if (!before)
            continue;
        run.cloudTagsAtBase = (0,_tags_convert_js__WEBPACK_IMPORTED_MODULE_2__/* .finalTags */ .CR)(settings.defaultTags, before.tags, before.runtime.type, before.provider);
    }
}


/***/ })

};
