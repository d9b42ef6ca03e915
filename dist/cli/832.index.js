export const id = 832;
export const ids = [832];
export const modules = {

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsReporter: () => (/* binding */ ActionsReporter)
/* harmony export */ });
/* unused harmony export mayHoldCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6058);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4537);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3750);
// The runner's side of the Reporter: @actions/core for every command, and a guard around text the
// action did not write. Loaded by the action at start, by the CLI only inside a workflow.




/**
 * Whether the runner could read any line of `text` as a workflow command: it splits lines at CR
 * and LF, trims the leading white space of each before looking for `::`, and finds `##[` anywhere.
 */
function mayHoldCommand(text) {
    return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text);
}
/**
 * The runner's side: @actions/core for every command, and a guard around text that is not ours.
 * Such text goes inside `::stop-commands::<token>` … `::<token>::` with a fresh random token, so
 * nothing in it is a command, not even `::stop-commands::` itself. The block is closed before each
 * command of our own (an annotation, a group, a mask) and opened again for the next such text:
 * a mask registered mid-job is never swallowed by an open block.
 */
class ActionsReporter {
    stopToken;
    finding(finding) {
        // Annotations show a message on one line; the log and the summary keep Terraform's breaks.
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__[finding.severity]((0,_reporter_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(finding.message), (0,_reporter_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationProperties */ .$l)(finding)));
    }
    info(message) {
        if (mayHoldCommand(message))
            this.openBlock();
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(message);
    }
    output(line) {
        this.openBlock();
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(line);
    }
    notice(message) {
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.notice(message));
    }
    warning(message) {
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(message));
    }
    error(message) {
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(message));
    }
    debug(message) {
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.debug(message));
    }
    async group(title, run) {
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.startGroup(title));
        try {
            return await run();
        }
        finally {
            this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.endGroup());
        }
    }
    secret(value) {
        if (!value)
            return;
        this.command(() => {
            for (const form of (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskForms */ .ye)(value))
                _actions_core__WEBPACK_IMPORTED_MODULE_1__.setSecret(form);
        });
    }
    /** Marks the step failed once the process exits, and says why. */
    fail(message) {
        this.command(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__.setFailed(message));
    }
    /** Ends the block of foreign text, if one is open: what follows may be commands again. */
    settle() {
        if (!this.stopToken)
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`::${this.stopToken}::`);
        this.stopToken = undefined;
    }
    command(write) {
        this.settle();
        write();
    }
    openBlock() {
        if (this.stopToken)
            return;
        this.stopToken = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`::stop-commands::${this.stopToken}`);
    }
}


/***/ })

};
