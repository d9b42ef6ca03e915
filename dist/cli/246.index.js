export const id = 246;
export const ids = [246];
export const modules = {

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


/***/ })

};
