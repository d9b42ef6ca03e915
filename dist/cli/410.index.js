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
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);
// The one wrapper around the terraform program: automation settings on every call, the job's
// own data folder, and output captured for the job's log.

class TerraformCli {
    binary;
    env;
    constructor(binary, env) {
        this.binary = binary;
        this.env = env;
    }
    /** A copy whose commands keep their .terraform data in `dataDir`, out of the workspace. */
    withDataDir(dataDir) {
        return new TerraformCli(this.binary, { ...this.env, TF_DATA_DIR: dataDir });
    }
    run(command) {
        return (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(this.binary, command.args, {
            cwd: command.cwd,
            env: this.env,
            onLine: command.quiet ? undefined : command.onLine,
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
