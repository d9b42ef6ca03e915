export const id = 852;
export const ids = [852];
export const modules = {

/***/ 2852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ActionsReporter: () => (/* binding */ ActionsReporter)
});

// UNUSED EXPORTS: mayHoldCommand

// NAMESPACE OBJECT: ./src/publish/workflow-commands.ts
var workflow_commands_namespaceObject = {};
__webpack_require__.r(workflow_commands_namespaceObject);
__webpack_require__.d(workflow_commands_namespaceObject, {
  appendSummary: () => (appendSummary),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/publish/workflow-commands.ts
// The runner's workflow commands and files, written exactly as @actions/core writes them (the same
// escaping, the same delimiters), for what the action uses: log lines, annotations, groups, masks,
// inputs, outputs, the job summary and the step's failure. Not @actions/core itself: on every
// start it loads its OIDC client, and with it @actions/http-client and undici (some 800 KB), a
// quarter of the action's start-up, though the action never asks for an identity token. The
// toolkit's network stack now loads only with the code that makes a request (tool-cache,
// @actions/github), which carries @actions/core along for its own use.
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands



/** `::command key=value,…::message` on standard output. */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    // A space after the name whenever properties are given, set or not, as @actions/core writes.
    if (Object.keys(properties).length > 0) {
        text += ` ${Object.entries(properties)
            .filter(([, value]) => value)
            .map(([key, value]) => `${key}=${escapeProperty(value)}`)
            .join(',')}`;
    }
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
}
function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(input) {
    return commandValue(input).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(input) {
    return escapeData(input).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotation(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Masks the value in the log from now on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** The step fails when the process exits; the message is an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The input's value from INPUT_<NAME>, trimmed; empty when it is not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** An output of the step, into GITHUB_OUTPUT (or the old `set-output` command without it). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, commandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    // A delimiter found in the name or the value would end the value early.
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (text.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, {
        encoding: 'utf8',
    });
}
/** Appends to the job summary (GITHUB_STEP_SUMMARY), as @actions/core's summary.write does. */
function appendSummary(text) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(file, text);
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/publish/reporter.ts
var reporter = __webpack_require__(3750);
;// CONCATENATED MODULE: ./src/publish/actions-reporter.ts
// The runner's side of the Reporter: a workflow command for each, and a guard around text the
// action did not write. Loaded by the action at start, by the CLI only inside a workflow.




/**
 * Whether the runner could read any line of `text` as a workflow command: it splits lines at CR
 * and LF, trims the leading white space of each before looking for `::`, and finds `##[` anywhere.
 */
function mayHoldCommand(text) {
    return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text);
}
/**
 * The runner's side: a workflow command for each, and a guard around text that is not ours.
 * Such text goes inside `::stop-commands::<token>` … `::<token>::` with a fresh random token, so
 * nothing in it is a command, not even `::stop-commands::` itself. The block is closed before each
 * command of our own (an annotation, a group, a mask) and opened again for the next such text:
 * a mask registered mid-job is never swallowed by an open block.
 */
class ActionsReporter {
    stopToken;
    finding(finding) {
        // Annotations show a message on one line; the log and the summary keep Terraform's breaks.
        this.command(() => workflow_commands_namespaceObject[finding.severity]((0,reporter/* oneLine */.TN)(finding.message), (0,reporter/* annotationProperties */.$l)(finding)));
    }
    info(message) {
        if (mayHoldCommand(message))
            this.openBlock();
        info(message);
    }
    output(line) {
        this.openBlock();
        info(line);
    }
    notice(message) {
        this.command(() => notice(message));
    }
    warning(message) {
        this.command(() => warning(message));
    }
    error(message) {
        this.command(() => error(message));
    }
    debug(message) {
        this.command(() => debug(message));
    }
    async group(title, run) {
        this.command(() => startGroup(title));
        try {
            return await run();
        }
        finally {
            this.command(() => endGroup());
        }
    }
    secret(value) {
        if (!value)
            return;
        this.command(() => {
            for (const form of (0,secrets/* maskForms */.ye)(value))
                setSecret(form);
        });
    }
    /** Marks the step failed once the process exits, and says why. */
    fail(message) {
        this.command(() => setFailed(message));
    }
    /** Ends the block of foreign text, if one is open: what follows may be commands again. */
    settle() {
        if (!this.stopToken)
            return;
        info(`::${this.stopToken}::`);
        this.stopToken = undefined;
    }
    command(write) {
        this.settle();
        write();
    }
    openBlock() {
        if (this.stopToken)
            return;
        this.stopToken = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        info(`::stop-commands::${this.stopToken}`);
    }
}


/***/ })

};
