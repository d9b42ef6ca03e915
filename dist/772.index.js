export const id = 772;
export const ids = [772,246];
export const modules = {

/***/ 3772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveFromFiles: () => (/* binding */ resolveFromFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9572);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1001);
/* harmony import */ var _publish_commit_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8244);
/* harmony import */ var _publish_outputs_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3696);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9786);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4964);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6642);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7246);
// `mode: resolve`, the last job of a matrix: the outputs files its legs uploaded (outputs-from)
// resolve the configs at this run's head, which commit-back then commits once. A file must match
// the config it names: the same bytes the leg read (git's blob id) and the same job; a job that
// comes twice, a config that is gone or changed, or a placeholder of a sensitive output is an
// error at that config, and that config alone is left unresolved.










const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
async function resolveFromFiles(options, reader, log) {
    const folder = options.outputsFrom;
    const files = await outputsFiles(folder);
    const result = { runs: [], outputs: new Map(), failures: [] };
    const entries = [];
    for (const file of files) {
        const source = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .relativePosix */ .Yn)(folder, file);
        // One file that cannot be read fails the step, but never the other files' configs.
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        }
        catch (error) {
            result.failures.push(`outputs-from: ${source} cannot be read: ${error.message}`);
            continue;
        }
        try {
            const parsed = (0,_publish_outputs_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOutputsFile */ .Yv)(text, source);
            entries.push(...parsed.jobs.map((job) => ({ job, source })));
        }
        catch (error) {
            if (!(error instanceof _publish_outputs_file_js__WEBPACK_IMPORTED_MODULE_5__/* .OutputsFileError */ .Jf))
                throw error;
            result.failures.push(`outputs-from: ${error.message}`);
        }
    }
    log(`${entries.length} job(s) in ${files.length} outputs file(s) under ${folder}`);
    const byConfig = new Map();
    for (const entry of entries) {
        byConfig.set(entry.job.config, [...(byConfig.get(entry.job.config) ?? []), entry]);
    }
    const byJob = new Map();
    for (const entry of entries) {
        byJob.set(entry.job.job_name, [...(byJob.get(entry.job.job_name) ?? []), entry.job.config]);
    }
    for (const config of [...byConfig.keys()].sort()) {
        const given = byConfig.get(config);
        const run = (0,_run_js__WEBPACK_IMPORTED_MODULE_9__/* .newConfigRun */ .YN)(config);
        result.runs.push(run);
        const error = (message, range = START) => {
            run.findings.push({ severity: 'error', rule: 'outputs-file', message, file: config, range });
        };
        const { job: entry, source } = given[0];
        run.jobName = entry.job_name;
        run.plan = entry.plan;
        if (entry.fingerprint)
            run.fingerprint = { fingerprint: entry.fingerprint, changes: [] };
        if (given.length > 1) {
            error(`Outputs for this config come more than once (${given.map((g) => g.source).join(', ')}): each matrix leg must run a config of its own`);
            continue;
        }
        const sameJob = [...new Set(byJob.get(entry.job_name) ?? [])];
        if (sameJob.length > 1) {
            error(`Job ${entry.job_name} has outputs from more than one config (${sameJob.join(', ')}): a job name names one runtime`);
            continue;
        }
        const read = await reader.read(config);
        if (!read.ok) {
            error(`${source} has outputs for this config, which is not in the workspace at this commit (${read.finding.message})`);
            continue;
        }
        const validation = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRead */ .x)(config, read, { defaultTags: options.defaultTags });
        run.provider = validation.provider;
        run.runtimeType = validation.runtimeType;
        run.sourceSha = (0,_publish_commit_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .blobSha */ .wJ)(read.bytes);
        if (!validation.job) {
            run.findings.push(...validation.findings);
            run.valid = validation.valid;
            run.skipped = validation.skipped;
            if (validation.valid)
                error(`${source} has outputs for this config, which has no infrastructure section`);
            continue;
        }
        const job = validation.job;
        run.job = job;
        run.placeholders = job.placeholders;
        const at = job.range;
        if (job.jobName !== entry.job_name) {
            error(`${source} has outputs of job ${entry.job_name}, but this config is job ${job.jobName}: run the matrix again on this commit`, at);
            continue;
        }
        if (run.sourceSha !== entry.config_sha) {
            error(`This config changed after its outputs were made (${source} was written for blob ${entry.config_sha.slice(0, 7)}, the workspace has ${run.sourceSha.slice(0, 7)}): run the matrix again on this commit`, at);
            continue;
        }
        if (entry.outputs === null) {
            run.findings.push({
                severity: 'notice',
                rule: 'outputs-file',
                message: `${source}: its job was not applied (plan only, or it failed), so nothing is resolved`,
                file: config,
                range: at,
            });
            continue;
        }
        const sensitive = job.placeholders.filter((name) => entry.sensitive.includes(name));
        if (sensitive.length > 0) {
            error(`Placeholders name sensitive outputs (${sensitive.join(', ')}), which outputs files never carry: resolve this job in a single apply run with allow-sensitive-outputs`, at);
            continue;
        }
        const outputs = Object.fromEntries(Object.entries(entry.outputs).map(([name, value]) => [name, { value, sensitive: false }]));
        run.outputs = {
            ...entry.outputs,
            ...Object.fromEntries(entry.sensitive.map((name) => [name, _outputs_js__WEBPACK_IMPORTED_MODULE_7__.SENSITIVE])),
        };
        run.sensitiveOutputs = entry.sensitive;
        const findings = await (0,_stage_js__WEBPACK_IMPORTED_MODULE_8__.resolveJob)({ run, outputs }, options, reader);
        run.findings.push(...findings);
        if (run.resolved)
            result.outputs.set(config, outputs);
    }
    return result;
}
/** Every .json file under the folder, at any depth (one folder per downloaded artifact or not). */
async function outputsFiles(folder) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(folder).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Input outputs-from: ${folder} is not a folder (download the matrix legs' outputs files there with actions/download-artifact)`);
    }
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { recursive: true }))
        .filter((name) => name.endsWith('.json'))
        .sort();
    const files = [];
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, name);
        // A folder named like a file (an artifact called x.json): the files in it are listed themselves.
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined))?.isDirectory())
            files.push(file);
    }
    if (files.length === 0) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Input outputs-from: no outputs files (*.json) under ${folder}; the matrix legs upload the file their outputs-file output names`);
    }
    return files;
}


/***/ }),

/***/ 7246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveJob: () => (/* binding */ resolveJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
;// CONCATENATED MODULE: ./src/resolve/diff.ts
// A unified diff of a config before and after resolution: the plan-mode preview a reviewer reads
// in the job summary and the pull-request comment.
const CONTEXT = 3;
/** Beyond this many differing lines, the middle of the file is shown as replaced wholesale. */
const MAX_EDIT_DISTANCE = 2000;
/** `--- a/file`, `+++ b/file` and its hunks; empty when nothing changes. */
function previewDiff(file, before, after) {
    if (before === after)
        return '';
    const a = splitLines(before.replace(/^\uFEFF/, ''));
    const b = splitLines(after.replace(/^\uFEFF/, ''));
    const edits = diffLines(a, b);
    const out = [`--- a/${file}`, `+++ b/${file}`];
    for (const hunk of hunks(edits))
        out.push(...hunk);
    return out.join('\n') + '\n';
}
/** Lines with their line break, so a change of the last line's break shows too. */
function splitLines(text) {
    return text === '' ? [] : text.split(/(?<=\n)/);
}
function diffLines(a, b) {
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix &&
        suffix < b.length - prefix &&
        a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
        suffix++;
    }
    const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
    return [
        ...a.slice(0, prefix).map((line) => ({ op: ' ', line })),
        ...middle,
        ...a.slice(a.length - suffix).map((line) => ({ op: ' ', line })),
    ];
}
/** Myers' shortest edit script (1986), keeping one frontier per step to walk back. */
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, MAX_EDIT_DISTANCE);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(a, b, trace, offset, d);
        }
    }
    return [
        ...a.map((line) => ({ op: '-', line })),
        ...b.map((line) => ({ op: '+', line })),
    ];
}
function backtrack(a, b, trace, offset, d) {
    const edits = [];
    let x = a.length;
    let y = b.length;
    for (let step = d; step > 0; step--) {
        const v = trace[step];
        const k = x - y;
        const down = k === -step || (k !== step && v[offset + k - 1] < v[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            edits.push({ op: ' ', line: a[--x] });
            y--;
        }
        if (down)
            edits.push({ op: '+', line: b[--y] });
        else
            edits.push({ op: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        edits.push({ op: ' ', line: a[--x] });
        y--;
    }
    return edits.reverse();
}
function hunks(edits) {
    const result = [];
    let i = 0;
    let oldLine = 0;
    let newLine = 0;
    while (i < edits.length) {
        const firstChange = edits.findIndex((edit, j) => j >= i && edit.op !== ' ');
        if (firstChange === -1)
            break;
        const start = Math.max(i, firstChange - CONTEXT);
        for (let j = i; j < start; j++) {
            oldLine++;
            newLine++;
        }
        // The hunk runs until CONTEXT * 2 unchanged lines separate it from the next change.
        let end = firstChange;
        let unchanged = 0;
        for (let j = firstChange; j < edits.length; j++) {
            if (edits[j].op === ' ') {
                if (++unchanged > CONTEXT * 2)
                    break;
            }
            else {
                unchanged = 0;
                end = j;
            }
        }
        const stop = Math.min(edits.length, end + 1 + CONTEXT);
        const body = [];
        let oldCount = 0;
        let newCount = 0;
        for (let j = start; j < stop; j++) {
            const edit = edits[j];
            if (edit.op !== '+')
                oldCount++;
            if (edit.op !== '-')
                newCount++;
            body.push(edit.op + edit.line.replace(/\r?\n$/, ''));
            if (!edit.line.endsWith('\n'))
                body.push('\\ No newline at end of file');
        }
        const oldStart = oldCount === 0 ? oldLine : oldLine + 1;
        const newStart = newCount === 0 ? newLine : newLine + 1;
        result.push([`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body]);
        oldLine += oldCount;
        newLine += newCount;
        i = stop;
    }
    return result;
}

// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/resolve.ts + 1 modules
var resolve = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/resolve/write.ts
var write = __webpack_require__(4403);
;// CONCATENATED MODULE: ./src/resolve/stage.ts
// Pipeline step 6 (CONTRACT §7) for the jobs whose Terraform succeeded: in apply mode the
// outputs go into the config (in place, or a copy under output-dir), written atomically; in plan
// mode the same edit is only previewed, with values the plan does not know yet shown as such.






/** Resolves (or previews) one config; returns its findings and fills the run's report fields. */
async function resolveJob(input, options, reader) {
    const { run } = input;
    const read = await reader.read(run.file);
    if (!read.ok)
        return [read.finding];
    const settings = { allowSensitive: options.allowSensitiveOutputs, markers: !options.outputDir };
    const resolution = input.outputs
        ? (0,resolve.resolveConfig)(run.file, read.bytes, input.outputs, settings)
        : (0,resolve.previewConfig)(run.file, read.bytes, input.planned ?? {}, settings);
    if (resolution.findings.some((f) => f.severity === 'error'))
        return resolution.findings;
    run.resolvedValues = Object.fromEntries(resolution.replacements.map((r) => [r.name, r.sensitive ? outputs.SENSITIVE : r.value]));
    run.resolutionDiff = previewDiff(run.file, resolution.before, resolution.after);
    run.changedValues = resolution.replacements.filter((r) => r.changed).map((r) => r.name);
    if (input.outputs) {
        const config = external_node_path_default().join(options.workspace, run.file);
        const copy = options.outputDir && external_node_path_default().join(options.outputDir, run.file);
        const target = copy || config;
        const shown = (0,paths/* relativePosix */.Yn)(options.workspace, target);
        const notWritten = (why) => ({
            severity: 'error',
            rule: 'write-failed',
            message: `The resolved config was not written to ${shown}: ${why}. Its values are in the job summary and the results output, and the next run writes them from the state`,
            file: run.file,
            range: run.job?.range,
        });
        try {
            // A link on the way may lead anywhere: only a place really in the workspace is written.
            const real = (0,paths/* realPath */.Ye)(target);
            if ((0,paths/* reallyWithin */.RU)(options.workspace, real) === undefined) {
                return [...resolution.findings, notWritten(`it leads outside the workspace (to ${real})`)];
            }
            await (0,write/* writeResolution */.W)(resolution.after, resolution.changed, config, copy || undefined);
        }
        catch (error) {
            return [...resolution.findings, notWritten(fileError(error, options.workspace))];
        }
        run.resolved = true;
        run.resolvedPath = shown;
    }
    return resolution.findings;
}
/** A file system error in words, with the path relative to the workspace. */
function fileError(error, workspace) {
    const { code, path: where } = error;
    const shown = where ? (0,paths/* relativePosix */.Yn)(workspace, where) : undefined;
    switch (code) {
        case 'EEXIST':
        case 'ENOTDIR':
            if (shown)
                return `${shown} is a file, not a folder`;
            break;
        case 'EACCES':
        case 'EPERM':
            return `permission denied${shown ? ` (${shown})` : ''}`;
        case 'EROFS':
            return `read-only file system${shown ? ` (${shown})` : ''}`;
        case 'ENOSPC':
            return 'no space left on the disk';
    }
    return error.message;
}


/***/ }),

/***/ 4403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ writeResolution)
/* harmony export */ });
/* unused harmony export writeAtomically */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Writing a config so that a reader never sees half a file: a temporary file beside it, then a
// rename over it (atomic on one filesystem), with the old file's permissions.



async function writeAtomically(file, content) {
    // Through a symbolic link, the file it points at is replaced, and the link stays a link.
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file).catch(() => file);
    const mode = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target).then((stats) => stats.mode & 0o7777, () => undefined);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode ?? 0o666);
    try {
        try {
            await handle.writeFile(content);
            // The mode given to open is masked by the umask; the old file's mode is kept exactly.
            if (mode !== undefined)
                await handle.chmod(mode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/**
 * Writes what resolution made: a copy under output-dir (`copyPath`) always, so that folder holds
 * every config; the config itself only when a value changed. Returns the path written, if any.
 */
async function writeResolution(after, changed, configPath, copyPath) {
    if (copyPath !== undefined) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(copyPath), { recursive: true });
        await writeAtomically(copyPath, after);
        return copyPath;
    }
    if (!changed)
        return undefined;
    await writeAtomically(configPath, after);
    return configPath;
}


/***/ })

};
