export const id = 662;
export const ids = [662];
export const modules = {

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
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6684);
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
