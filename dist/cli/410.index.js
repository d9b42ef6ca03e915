export const id = 410;
export const ids = [410];
export const modules = {

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TerraformCli: () => (/* binding */ TerraformCli),
/* harmony export */   automationEnv: () => (/* binding */ automationEnv)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);
// The one wrapper around the terraform program: automation settings on every call, the job's
// own data folder, a time limit per command, and output captured for the job's log.


class TerraformCli {
    binary;
    env;
    limits;
    jobDir;
    constructor(binary, env, limits = {}, jobDir) {
        this.binary = binary;
        this.env = env;
        this.limits = limits;
        this.jobDir = jobDir;
    }
    /**
     * A copy for one job: its commands keep their .terraform data in `jobDir/data` and their
     * output files in `jobDir`, a folder of the job's own outside the workspace.
     */
    forJob(jobDir) {
        return new TerraformCli(this.binary, { ...this.env, TF_DATA_DIR: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(jobDir, 'data') }, this.limits, jobDir);
    }
    run(command) {
        if (!this.jobDir)
            throw new Error('terraform runs for a job: use forJob first');
        // Spawned here rather than through a toolkit's exec: Terraform needs a process group of its
        // own, output that outlives this process, a time limit and the run's signals forwarded.
        return (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execDetached */ .mB)(this.binary, command.args, {
            cwd: command.cwd,
            env: this.env,
            outputDir: this.jobDir,
            onLine: command.quiet ? undefined : command.onLine,
            timeoutMs: this.limits.timeoutMs,
            cancellation: this.limits.cancellation,
            graceMs: this.limits.graceMs,
        });
    }
}
/** The environment every terraform command runs with (CONTRACT §6). */
function automationEnv(base, pluginCacheDir) {
    return {
        ...base,
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        CHECKPOINT_DISABLE: '1',
        TF_PLUGIN_CACHE_DIR: pluginCacheDir,
    };
}


/***/ })

};
