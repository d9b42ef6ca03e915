export const id = 800;
export const ids = [800];
export const modules = {

/***/ 3800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployConfigs: () => (/* binding */ deployConfigs)
/* harmony export */ });
/* unused harmony exports CONFIG_TOKEN, deployArguments */
/* harmony import */ var _util_command_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3268);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);

// Not @actions/exec: it leaves a program's standard input open (one that reads it waits forever)
// or, given input, fails with EPIPE when the program exits before reading it, which brings the
// whole run down. The deploy command gets an empty, closed standard input from util/exec instead.

const CONFIG_TOKEN = '{config}';
/** The program and arguments for one config. */
function deployArguments(command, config) {
    // A path that starts with a dash would read as an option.
    const path = config.startsWith('-') ? `./${config}` : config;
    return (0,_util_command_line_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCommandLine */ .a)(command).map((word) => word.split(CONFIG_TOKEN).join(path));
}
/**
 * Runs the command for each config in turn and reports how each went. Findings are returned, not
 * reported: the caller adds each to its config's findings (so it counts as an error and fails
 * the step) and reports it with the others.
 */
async function deployConfigs(command, configs, deps) {
    const { reporter } = deps;
    const results = [];
    for (const config of configs) {
        const [program, ...args] = deployArguments(command, config);
        const result = await reporter.group(`Deploy ${config}`, async () => {
            reporter.debug(`deploy-command: ${JSON.stringify([program, ...args])}`);
            try {
                const run = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(program, args, {
                    cwd: deps.workspace,
                    env: deps.env ?? process.env,
                    // Its lines reach the log as text, never as workflow commands.
                    onLine: (line) => reporter.output(line),
                });
                if (run.exitCode === 0)
                    return { config, exitCode: 0 };
                const last = lastLine(run.stderr) ?? lastLine(run.stdout);
                return {
                    config,
                    exitCode: run.exitCode,
                    finding: failure(config, `deploy-command failed for ${config} with exit code ${run.exitCode}${last ? `: ${last}` : ''}`),
                };
            }
            catch (error) {
                const code = error.code;
                const reason = code === 'ENOENT'
                    ? `the program '${program}' was not found (it runs without a shell; use a program on PATH or a path to one)`
                    : error.message;
                return {
                    config,
                    finding: failure(config, `deploy-command could not start for ${config}: ${reason}`),
                };
            }
        });
        results.push(result);
    }
    return results;
}
function failure(config, message) {
    return { severity: 'error', rule: 'deploy-failed', message, file: config };
}
function lastLine(text) {
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .pop();
    return line && (line.length > 200 ? `${line.slice(0, 199)}…` : line);
}
/** Output chunks into whole lines for the log. */


/***/ })

};
