export const id = 617;
export const ids = [617,235];
export const modules = {

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


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ planFingerprint),
/* harmony export */   v: () => (/* binding */ compareChanges)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2122);
// A plan's fingerprint: a hash of what it will change, read from `terraform show -json`, so that
// two plans of the same state and inputs hash alike wherever and whenever they were made, and a
// plan made at merge can be compared with the one a reviewer saw on the pull request.
//
// Counted: each managed resource change that is not a no-op (address, deposed key, previous
// address, import, actions and the after-values, with the values apply decides and the sensitive
// ones replaced by markers) and each output change that is not a no-op. Left out: timestamps,
// versions, prior state, drift, data source reads, variables (they act through the changes).


const UNKNOWN = '(known after apply)';
const SENSITIVE = '(sensitive)';
function planFingerprint(plan) {
    const entries = [];
    const data = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan) ? plan : {};
    for (const item of Array.isArray(data.resource_changes) ? data.resource_changes : []) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(item) || item.mode === 'data' || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(item.change))
            continue;
        const change = item.change;
        const actions = actionsOf(change.actions);
        const importing = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change.importing) ? change.importing : null;
        if (isNoOp(actions) && !importing)
            continue;
        const deposed = typeof item.deposed === 'string' ? ` (deposed ${item.deposed})` : '';
        const address = String(item.address ?? '') + deposed;
        const body = {
            address,
            previous: typeof item.previous_address === 'string' ? item.previous_address : null,
            importing,
            actions,
            after: marked(change.after, change.after_unknown, change.after_sensitive),
        };
        const word = actionWord(actions);
        entries.push(entry(address, importing ? (word === 'no-op' ? 'import' : `import, ${word}`) : word, body));
    }
    const outputs = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data.output_changes) ? data.output_changes : {};
    for (const name of Object.keys(outputs).sort()) {
        const change = outputs[name];
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change))
            continue;
        const actions = actionsOf(change.actions);
        if (isNoOp(actions))
            continue;
        const address = `output.${name}`;
        const body = {
            address,
            actions,
            after: marked(change.after, change.after_unknown, change.after_sensitive),
        };
        entries.push(entry(address, actionWord(actions), body));
    }
    entries.sort((a, b) => compare(a.change.address, b.change.address));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update('dativo-plan-fingerprint/1\n');
    for (const { canonical } of entries)
        hash.update(canonical + '\n');
    return { fingerprint: `sha256:${hash.digest('hex')}`, changes: entries.map((e) => e.change) };
}
function compareChanges(reviewed, fresh) {
    const before = new Map(reviewed.map((change) => [change.address, change]));
    const after = new Map(fresh.map((change) => [change.address, change]));
    const comparison = { added: [], removed: [], changed: [] };
    for (const change of fresh) {
        const was = before.get(change.address);
        if (!was)
            comparison.added.push(change);
        else if (was.action !== change.action || was.digest !== change.digest)
            comparison.changed.push({ reviewed: was, fresh: change });
    }
    for (const change of reviewed)
        if (!after.has(change.address))
            comparison.removed.push(change);
    return comparison;
}
/** Terraform's action list in one word, as its plan describes each change. */
function actionWord(actions) {
    const key = actions.join(',');
    switch (key) {
        case 'create':
            return 'create';
        case 'delete':
            return 'destroy';
        case 'update':
            return 'update';
        case 'delete,create':
            return 'replace';
        case 'create,delete':
            return 'replace (create first)';
        case 'read':
            return 'read';
        case 'forget':
            return 'forget';
        default:
            return key || 'change';
    }
}
function entry(address, action, body) {
    const canonical = canonicalJson(body);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex').slice(0, 12);
    return { change: { address, action, digest }, canonical };
}
function actionsOf(value) {
    return Array.isArray(value) ? value.filter((a) => typeof a === 'string') : [];
}
/** A no-op, or a read: nothing to review (an import still shows as a change, with `importing`). */
function isNoOp(actions) {
    return actions.length === 0 || actions.every((a) => a === 'no-op' || a === 'read');
}
/**
 * The after-value with each part Terraform does not know yet (after_unknown) and each sensitive
 * part (after_sensitive) replaced by a marker: the fingerprint, kept in a pull request's comment,
 * must never carry a secret, not even hashed alone.
 */
function marked(after, unknown, sensitive) {
    if (sensitive === true)
        return SENSITIVE;
    if (unknown === true)
        return UNKNOWN;
    if (Array.isArray(after) || Array.isArray(unknown)) {
        const values = Array.isArray(after) ? after : [];
        const unknowns = Array.isArray(unknown) ? unknown : [];
        const length = Math.max(values.length, unknowns.length);
        return Array.from({ length }, (_, i) => marked(values[i], unknowns[i], Array.isArray(sensitive) ? sensitive[i] : undefined));
    }
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) || (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown)) {
        const values = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) ? after : {};
        const unknowns = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown) ? unknown : {};
        const sensitives = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(sensitive) ? sensitive : {};
        const keys = [...new Set([...Object.keys(values), ...Object.keys(unknowns)])];
        return Object.fromEntries(keys.map((key) => [key, marked(values[key], unknowns[key], sensitives[key])]));
    }
    return after === undefined ? null : after;
}
/** JSON with object keys sorted at every level: the same data, the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value)) {
        const keys = Object.keys(value).sort(compare);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseHcl: () => (/* binding */ parseHcl),
/* harmony export */   readDeclarations: () => (/* binding */ readDeclarations)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2122);
// Reads what a Terraform root or module declares (variables, outputs, backend) with HashiCorp's
// own HCL parser, compiled to WebAssembly (@cdktf/hcl2json's build). Loaded only when the
// Terraform stage reads a root the bundle does not describe (modules.ts has the bundled ones).








/** Each folder read, by its files' names, sizes and times: jobs sharing a root parse it once. */
const readFolders = new Map();
/** Parses every .tf and .tf.json file of a folder (not its subfolders), as Terraform reads it. */
async function readDeclarations(folder) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder)).filter((name) => /\.tf(\.json)?$/.test(name)).sort();
    const stamps = await Promise.all(names.map(async (name) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name));
        return `${name}:${info.size}:${info.mtimeMs}`;
    }));
    const key = `${node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(folder)}\n${stamps.join('\n')}`;
    let read = readFolders.get(key);
    if (!read) {
        read = parseFolder(folder, names);
        readFolders.set(key, read);
        // A failed read is not kept: the next job sees the error again, or a fixed file.
        read.catch(() => readFolders.delete(key));
    }
    const declarations = await read;
    // A copy: what one job does with its declarations never reaches another's.
    return {
        variables: new Map([...declarations.variables].map(([name, v]) => [name, { ...v }])),
        outputs: new Map([...declarations.outputs].map(([name, o]) => [name, { ...o }])),
        backend: declarations.backend,
    };
}
async function parseFolder(folder, names) {
    const declarations = { variables: new Map(), outputs: new Map() };
    for (const name of names) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name), 'utf8');
        let parsed;
        try {
            parsed = name.endsWith('.json') ? JSON.parse(text) : await parseHcl(name, text);
        }
        catch (error) {
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name)}: ${error.message}`);
        }
        collect(parsed, declarations);
    }
    return declarations;
}
function collect(parsed, into) {
    for (const [name, blocks] of Object.entries(asRecord(parsed.variable))) {
        const body = firstBlock(blocks);
        into.variables.set(name, { sensitive: body.sensitive === true, required: !('default' in body) });
    }
    for (const [name, blocks] of Object.entries(asRecord(parsed.output))) {
        into.outputs.set(name, { sensitive: firstBlock(blocks).sensitive === true });
    }
    for (const block of [parsed.terraform].flat()) {
        const terraform = asRecord(block);
        const backend = Object.keys(asRecord(firstBlock(terraform.backend)))[0] ??
            Object.keys(asRecord(terraform.backend))[0];
        if (backend)
            into.backend = backend;
        if (terraform.cloud)
            into.backend = 'cloud';
    }
}
function firstBlock(value) {
    return asRecord(Array.isArray(value) ? value[0] : value);
}
function asRecord(value) {
    return (0,_util_data_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(value) ? value : {};
}
let parser;
/** HCL to the JSON form of Terraform's syntax, by HashiCorp's parser. */
async function parseHcl(filename, contents) {
    const root = await (parser ??= startParser());
    const json = await new Promise((resolve, reject) => root.parse(filename, contents, (error, result) => error ? reject(new Error(error)) : resolve(result)));
    return JSON.parse(json);
}
async function startParser() {
    // Go's runtime for WebAssembly; it defines globalThis.Go.
    await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.t.bind(__webpack_require__, 2111, 23));
    const scope = globalThis;
    const go = new scope.Go();
    // Liftoff's code is enough for a few files; without this V8 also recompiles the whole parser
    // with TurboFan in the background (bench/hcl.mjs: about 3x the CPU and +60 MiB here).
    (0,node_v8__WEBPACK_IMPORTED_MODULE_5__.setFlagsFromString)('--liftoff-only');
    const bytes = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.gunzipSync)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(wasmPath()));
    const { instance } = await scope.WebAssembly.instantiate(bytes, go.importObject);
    const root = {};
    globalThis.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    for (let waited = 0; !root.parse; waited++) {
        if (waited > 1000)
            throw new Error('the HCL parser did not start');
        await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return root;
}
/** Beside the bundle in dist/ (the bundle script copies it there), else in node_modules. */
function wasmPath() {
    // Built at run time so the bundler does not swap the file for a module of its own.
    const name = ['hcl2json', 'wasm', 'gz'].join('.');
    const bundled = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), name);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bundled))
        return bundled;
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(require.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz');
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCK_TIMEOUT: () => (/* binding */ LOCK_TIMEOUT),
  errorSummary: () => (/* binding */ errorSummary),
  formatDuration: () => (/* binding */ formatDuration),
  runTerraformJobs: () => (/* binding */ runTerraformJobs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/resolve.ts + 1 modules
var resolve = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/resolve/write.ts
var write = __webpack_require__(4403);
;// CONCATENATED MODULE: ./src/resolve/file.ts
// One config file and a file of `terraform output -json`: what `dativo-infra resolve` does.





/**
 * Resolves one config. Nothing is written when any finding is an error, so a failed
 * resolution leaves the file byte for byte as it was.
 */
async function resolveFile(configPath, outputsJson, options) {
    const file = (options.file ?? configPath).split(path.sep).join('/');
    const outputs = parseTerraformOutputs(outputsJson);
    let bytes;
    try {
        bytes = await readFile(configPath);
    }
    catch (error) {
        const reason = error.code === 'ENOENT'
            ? 'it does not exist'
            : error.message;
        return {
            file,
            before: '',
            after: '',
            changed: false,
            replacements: [],
            findings: [
                {
                    severity: 'error',
                    rule: 'file-unreadable',
                    message: `Cannot read the file: ${reason}`,
                    file,
                    range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
                },
            ],
        };
    }
    const resolution = resolveConfig(file, bytes, outputs, {
        allowSensitive: options.allowSensitive ?? false,
        markers: options.markers ?? options.outputPath === undefined,
    });
    if (!options.write || resolution.findings.some((f) => f.severity === 'error'))
        return resolution;
    const written = await writeResolution(resolution.after, resolution.changed, configPath, options.outputPath);
    return written ? { ...resolution, written } : resolution;
}

;// CONCATENATED MODULE: ./src/resolve/index.ts
// Placeholder resolution: Terraform outputs into job configs, changing nothing else.






// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(9786);
// EXTERNAL MODULE: ./src/tags/tfvars.ts
var tags_tfvars = __webpack_require__(2378);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/terraform/hcl.ts
var hcl = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/terraform/fingerprint.ts
var fingerprint = __webpack_require__(1552);
// EXTERNAL MODULE: ./src/terraform/modules.ts + 1 modules
var modules = __webpack_require__(5214);
;// CONCATENATED MODULE: ./src/terraform/plan.ts

function countChanges(plan) {
    const counts = { add: 0, change: 0, destroy: 0 };
    const changes = (plan.resource_changes ?? []).filter((change) => change.mode !== 'data');
    for (const change of changes) {
        const actions = change.change?.actions ?? [];
        if (actions.includes('create'))
            counts.add++;
        if (actions.includes('delete'))
            counts.destroy++;
        if (actions.length === 1 && actions[0] === 'update')
            counts.change++;
    }
    return counts;
}
/** Texts to hide of the values the plan marks sensitive (outputs and variables). */
function sensitiveTexts(plan) {
    const found = [];
    const outputs = plan.planned_values?.outputs;
    for (const output of Object.values(outputs ?? {})) {
        if (output.sensitive)
            found.push(...(0,secrets/* secretTexts */.Vh)(output.value));
    }
    const variables = plan.variables ?? {};
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(variables)) {
        if (declared[name]?.sensitive)
            found.push(...(0,secrets/* secretTexts */.Vh)(variable.value));
    }
    return found;
}
/**
 * How Terraform's human rendering of a plan opens (jsonformat's renderHuman), after an empty line:
 * drift, a partial plan, no changes, the resource changes, or only output changes.
 */
const PLAN_OPENING = /^(Note: (Objects have changed outside of Terraform|This is a partial plan)|No (current )?changes\. |Terraform (used the selected providers|will perform the following actions|planned the following actions|will invoke the following action)|Changes to Outputs:)/;
/** What a slow state backend makes Terraform print around an operation. */
const STATE_LOCK = /^(Acquiring|Releasing) state lock\. This may take a few moments\.\.\.$/;
/**
 * The plan as `terraform show -no-color` prints a saved plan, taken from what `terraform plan
 * -no-color` printed (in automation): without the refresh and read lines before it, warnings
 * printed before or after it, or state lock messages. Sensitive values are hidden there as in
 * `show`. Output in a shape this does not know is kept whole.
 */
function planText(planOutput) {
    const lines = planOutput.split('\n');
    const start = lines.findIndex((line, i) => (i === 0 || lines[i - 1] === '') && PLAN_OPENING.test(line));
    if (start < 0)
        return planOutput;
    let end = lines.length;
    for (let i = start + 1; i < lines.length; i++) {
        // Diagnostics follow the plan, each after an empty line; nothing in the plan starts so.
        if (lines[i - 1] === '' && /^(Warning|Error): /.test(lines[i])) {
            end = i - 1;
            break;
        }
        if (STATE_LOCK.test(lines[i])) {
            end = i;
            break;
        }
    }
    const kept = lines.slice(start, end);
    while (kept.length > 0 && kept.at(-1) === '')
        kept.pop();
    return `\n${kept.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/terraform/roots.ts
var roots = __webpack_require__(2049);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/util/data.ts
var util_data = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/terraform/state.ts
// Where a job's Terraform state lives, decided before any Terraform command runs. Two promises:
// a job's state is its own (two jobs sharing one would each replace the other's resources), and
// apply never leaves a cloud job's resources behind a state that is lost when the run ends.






/** A job whose state would be shared or lost: refused before Terraform runs, at its config. */
class StateRefused extends Error {
    rule;
    constructor(message, rule) {
        super(message);
        this.rule = rule;
        this.name = 'StateRefused';
    }
}
/** An example of backend settings that give each job its own state, per provider. */
const EXAMPLE = {
    aws: 'aws: bucket, key=dativo/{environment}/{job_name}.tfstate, region, use_lockfile=true',
    azure: 'azure: resource_group_name, storage_account_name, container_name, key=dativo/{environment}/{job_name}.tfstate',
    gcp: 'gcp: bucket, prefix=dativo/{environment}/{job_name}',
    local: 'local: path=/var/lib/dativo/{job_name}.tfstate',
};
function decideState(job, root, options, context) {
    const given = (0,src_options/* backendLinesFor */.h)(options.backendConfig, job.provider);
    const ownPerJob = given.some((line) => line.includes('{job_name}'));
    const render = (lines) => lines.map((line) => (0,roots/* renderTokens */.lX)(line, job, 'backend-config'));
    let settings;
    if (root.generated) {
        if (given.length > 0) {
            const backend = roots/* NATIVE_BACKEND */.hq[job.provider];
            if (!ownPerJob) {
                throw new StateRefused(`backend-config gives every ${job.provider} job the same state: none of its settings for ${job.provider} jobs has {job_name}, so each job's apply would replace the resources of the others. Name the state after the job (e.g. ${EXAMPLE[job.provider]})`, 'shared-state');
            }
            settings = {
                backendLines: render(given),
                generatedBackend: backend,
                remote: backend !== 'local',
                where: `the ${backend} backend of backend-config`,
            };
        }
        else if (context.stateDir) {
            const file = external_node_path_default().join(context.stateDir, job.jobName, 'terraform.tfstate');
            settings = {
                backendLines: [`path=${file}`],
                generatedBackend: 'local',
                remote: false,
                stateFolder: external_node_path_default().dirname(file),
                where: (0,paths/* relativePosix */.Yn)(context.workspace, file),
            };
        }
        else {
            settings = { backendLines: [], remote: false, where: "the run's temporary folder" };
        }
    }
    else {
        const declared = context.declaredBackend;
        const folder = (0,paths/* relativePosix */.Yn)((0,paths/* realPath */.Ye)(context.workspace), root.realDir ?? root.dir) || '.';
        const shared = root.sharedBecause ??
            (context.sharingJobs && context.sharingJobs.length > 0
                ? `jobs ${[job.jobName, ...context.sharingJobs].join(', ')} all run in ${folder}`
                : undefined);
        // Without a backend block Terraform ignores -backend-config: the state is the folder's one file.
        if (shared && !(declared && ownPerJob)) {
            throw new StateRefused(`${shared}, and this job's state there is not its own: each job's apply would replace the resources of the others. Give each job its own state: a backend block in ${folder} and {job_name} in backend-config (e.g. key=dativo/{job_name}.tfstate; for backend "local" {}, path=state/{job_name}.tfstate), or a folder per job (terraform-dir with {job_name})`, 'shared-state');
        }
        settings = {
            // HCP Terraform's cloud block takes its settings from the block and the environment.
            backendLines: declared && declared !== 'cloud' ? render(given) : [],
            remote: declared !== undefined && declared !== 'local',
            where: declared && declared !== 'local' ? `the ${declared} backend of ${folder}` : `${folder}`,
        };
    }
    if (settings.remote || options.mode !== 'apply')
        return settings;
    if (job.provider === 'local') {
        // The sandbox provisions nothing outside Terraform's state: losing it orphans nothing.
        if (!context.stateDir && !settings.generatedBackend) {
            settings.note = {
                severity: 'notice',
                rule: 'local-state',
                message: `This sandbox job's Terraform state stays in ${settings.where} on the runner and is lost when the job ends (the sandbox creates nothing outside it)`,
            };
        }
        return settings;
    }
    const where = root.generated
        ? settings.where
        : `a local file of its root ${settings.where} (no remote backend)`;
    if (!options.allowLocalState) {
        throw new StateRefused(`Not applied: this ${job.provider} job has no state backend, so its Terraform state would stay in ${where}, lost with the runner and unknown to every other run, which would then create its resources again. Give it a backend with backend-config (${EXAMPLE[job.provider]}) or a backend block in its own root; to keep the state local anyway, set allow-local-state: true`, 'local-state');
    }
    settings.note = {
        severity: 'warning',
        rule: 'local-state',
        message: `This ${job.provider} job's Terraform state stays in ${where} (allow-local-state: true): keep it, or the next run will not know the resources it created`,
    };
    return settings;
}
/**
 * The file a generated root's local state is in, when this run chose it: the CLI's
 * `.dativo/state/<job_name>/terraform.tfstate`, or the root's own folder. Undefined for any other
 * backend, and when TF_WORKSPACE names a workspace other than the default (its state is elsewhere).
 */
function localStateFile(root, settings, env) {
    if (!root.generated || (env.TF_WORKSPACE && env.TF_WORKSPACE !== 'default'))
        return undefined;
    if (settings.generatedBackend === 'local') {
        const [only, ...more] = settings.backendLines;
        // Terraform reads a relative path from the root's folder, where it runs.
        return only?.startsWith('path=') && more.length === 0
            ? external_node_path_default().resolve(root.dir, only.slice('path='.length))
            : undefined;
    }
    return settings.generatedBackend || settings.backendLines.length > 0
        ? undefined
        : external_node_path_default().join(root.dir, 'terraform.tfstate');
}
/**
 * The root module's outputs as a state file of format 4 (Terraform 0.12 and later) holds them,
 * which is what `terraform output -json` prints from it: each output's value, type and
 * sensitivity. Undefined when the file cannot be read or is not of that shape.
 */
async function stateOutputs(file) {
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (!(0,util_data/* isRecord */.u)(data) || data.version !== 4 || !(0,util_data/* isRecord */.u)(data.outputs))
        return undefined;
    const outputs = {};
    for (const [name, entry] of Object.entries(data.outputs)) {
        if (!(0,util_data/* isRecord */.u)(entry) || !('value' in entry))
            return undefined;
        outputs[name] = { value: entry.value, type: entry.type, sensitive: entry.sensitive === true };
    }
    return outputs;
}

;// CONCATENATED MODULE: ./src/terraform/stage.ts
// Pipeline steps 4–5 (CONTRACT §6): for each valid job, in its own root, terraform init, plan to
// a file (plan validates the configuration, and its output is the plan text), read the saved
// plan as JSON, and in apply mode apply that plan and read the outputs. Up to `parallelism` jobs
// run at once, inits included (plugin-cache.ts keeps the shared cache safe); one failing job does
// not stop the others; each job's log is printed in its own group. Nothing is written into a
// team's root: each job's variables, plan and .terraform data stay in a folder of its own outside
// the workspace, deleted when the job ends.















const LOCK_TIMEOUT = '5m';
async function runTerraformJobs(jobs, options, deps) {
    // The lock file the first init of a generated root wrote, by the module it calls.
    const lockFiles = new Map();
    const located = jobs.map((job, index) => {
        const jobDir = external_node_path_default().join(deps.workDir, `${String(index + 1).padStart(3, '0')}-${slug(job.jobName)}`);
        return { job, jobDir, root: findRoot(job, options, jobDir) };
    });
    // Jobs in one team folder take turns in it, however they reach it (two links to one folder
    // are one folder), and must each have a state of their own there.
    const inFolder = new Map();
    for (const { job, root } of located) {
        if (root instanceof roots/* RootError */.l8 || !root.realDir)
            continue;
        inFolder.set(root.realDir, [...(inFolder.get(root.realDir) ?? []), job.jobName]);
    }
    const folderLocks = new Map([...inFolder.keys()].map((dir) => [dir, new concurrency/* Mutex */.e()]));
    const inTurn = (root, run) => {
        const lock = !(root instanceof roots/* RootError */.l8) && root.realDir && folderLocks.get(root.realDir);
        return lock ? lock.lock(run) : run();
    };
    // One job at a time streams its log into its group as Terraform prints it, between its start
    // and end lines. Interleaved lines of parallel jobs cannot share log groups, nor can progress
    // lines go between a group's lines: with several at once, each job's log is kept and printed
    // whole when the job ends, and heartbeats say meanwhile that its command still runs.
    const live = options.parallelism === 1 || jobs.length === 1;
    const verb = deps.destroy ? (options.mode === 'apply' ? 'destroy' : 'destroy plan') : options.mode;
    // `parallelism` jobs run their commands at once. A job's last command, when it only reads
    // (plan mode's terraform show), gives its slot to the next job and runs beside it, in one of
    // `parallelism` slots of its own: it waits for nothing, and the next job's init does not wait
    // for it either.
    const slots = new concurrency/* Slots */.W(options.parallelism);
    const tails = new concurrency/* Slots */.W(options.parallelism);
    // Live, a job's log waits for the job before it to end before it opens its group.
    let previousEnded = Promise.resolve();
    return Promise.all(located.map(async ({ job, jobDir, root }, index) => {
        const others = root instanceof roots/* RootError */.l8 || !root.realDir
            ? []
            : inFolder.get(root.realDir).filter((name) => name !== job.jobName);
        const title = `Terraform ${verb}: ${job.jobName} (${job.file})`;
        const progress = deps.progress?.(index, job);
        const turn = previousEnded;
        let ended;
        previousEnded = new Promise((resolve) => (ended = resolve));
        try {
            // A job the run's cancellation reaches before it starts says so once, as a finding: no
            // start or end line, no log group.
            if (deps.cancellation?.cancelled)
                return notStarted(job, deps.cancellation.signal);
            let releaseSlot = await slots.acquire();
            let releaseTail;
            const lastRead = async () => {
                releaseSlot?.();
                releaseSlot = undefined;
                releaseTail = await tails.acquire();
            };
            let started = false;
            const start = (log, heartbeats) => inTurn(root, () => {
                const signal = deps.cancellation?.signal;
                if (signal)
                    return Promise.resolve(notStarted(job, signal));
                if (!live)
                    progress?.start(verb);
                started = true;
                return runJob(job, root, others, options, deps, {
                    jobDir,
                    lockFiles,
                    log,
                    progress: heartbeats,
                    lastRead,
                });
            });
            let outcome;
            try {
                if (live) {
                    // Its lines wait while the job before it finishes its last command.
                    let streaming = false;
                    const early = [];
                    const running = start((line) => streaming ? deps.reporter.output(line) : early.push(line));
                    await turn;
                    // Cancelled before it could start: no group for it.
                    if (deps.cancellation?.cancelled && !started)
                        return await running;
                    progress?.start(verb);
                    outcome = await deps.reporter.group(title, () => {
                        for (const line of early.splice(0))
                            deps.reporter.output(line);
                        streaming = true;
                        return running;
                    });
                    if (!started)
                        return outcome;
                }
                else {
                    const lines = [];
                    outcome = await start((line) => lines.push(line), progress);
                    if (!started)
                        return outcome;
                    await deps.reporter.group(title, async () => lines.forEach((line) => deps.reporter.output(line)));
                }
            }
            finally {
                releaseSlot?.();
                releaseTail?.();
            }
            progress?.end(endLine(verb, outcome));
            return outcome;
        }
        finally {
            ended();
        }
    }));
}
/** The outcome of a job the run's cancellation did not let start. */
function notStarted(job, signal) {
    return {
        file: job.file,
        ok: false,
        interrupted: true,
        findings: [
            {
                severity: 'warning',
                rule: 'cancelled',
                message: `Not run: the run was cancelled (${signal}) before this job started`,
                file: job.file,
                range: job.range,
            },
        ],
        plan: null,
        hasChanges: false,
        secrets: [],
    };
}
function findRoot(job, options, jobDir) {
    try {
        return (0,roots/* locateRoot */.LM)(job, options.workspace, options.terraformDir, options.moduleSource, jobDir);
    }
    catch (error) {
        if (error instanceof roots/* RootError */.l8)
            return error;
        return new roots/* RootError */.l8(`terraform-dir: ${error.message}`);
    }
}
async function runJob(job, located, sharingJobs, options, deps, { jobDir, lockFiles, log, progress, lastRead }) {
    const outcome = {
        file: job.file,
        ok: false,
        findings: [],
        plan: null,
        hasChanges: false,
        secrets: [],
    };
    // Sensitive values: masked in the log from now on, and kept for the reports to scrub.
    const secret = (texts) => {
        for (const text of texts)
            deps.reporter.secret(text);
        outcome.secrets.push(...texts);
    };
    const at = job.range;
    const finding = (severity, rule, message, range = at) => outcome.findings.push({ severity, rule, message, file: job.file, range });
    const cancellation = deps.cancellation;
    if (cancellation?.cancelled)
        return notStarted(job, cancellation.signal);
    try {
        if (located instanceof roots/* RootError */.l8)
            throw located;
        const root = located;
        await (0,promises_.mkdir)(jobDir, { recursive: true });
        const cache = await deps.pluginCache.forJob(jobDir);
        const terraform = deps.terraform.forJob(jobDir, cache.dir);
        const folder = root.generated ? undefined : (0,paths/* relativePosix */.Yn)(options.workspace, root.dir) || '.';
        const step = async (name, args, how = {}) => {
            if (cancellation?.cancelled)
                throw new Interrupted(name, cancellation.signal);
            const changes = name === 'apply';
            const readOnly = READ_ONLY.has(name);
            const onLine = how.onLine ?? log;
            const running = terraform.run({
                args,
                cwd: root.dir,
                onLine,
                quiet: how.quiet,
                changes,
                readOnly,
            });
            const heartbeats = progress && how.heartbeats !== false ? progress : undefined;
            const result = await (heartbeats ? heartbeats.running(name, running) : running);
            if (result.leftBehind) {
                const message = `terraform ${name} left processes running when it ended (commands its provisioners started): ${result.leftBehind === 'killed' ? 'they did not stop on SIGTERM and were killed' : 'they were stopped with SIGTERM'}. Nothing Terraform starts outlives its command; a program meant to keep running must leave Terraform's process group (setsid)`;
                finding('notice', 'left-running', message);
                log(message);
            }
            const succeeded = result.exitCode === 0 || (name === 'plan' && result.exitCode === 2);
            // A command that finished despite a stop request did its work: the next one is not started.
            if (succeeded && !result.signal)
                return result;
            throw stepFailure(name, result, options.terraformTimeoutMs);
        };
        // A team root's backend decides where its state is: read before any command runs. When the
        // files do not parse, init reports why in Terraform's own words.
        let own;
        if (!root.generated) {
            try {
                own = await (0,hcl.readDeclarations)(root.dir);
            }
            catch (error) {
                await cache.init(() => step('init', ['init', '-input=false', '-no-color']), log);
                throw error;
            }
        }
        const state = decideState(job, root, options, {
            workspace: options.workspace,
            declaredBackend: own?.backend,
            stateDir: deps.stateDir,
            sharingJobs,
        });
        if (state.note)
            finding(state.note.severity, state.note.rule, state.note.message);
        log(root.generated
            ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
            : `Root: ${folder}`);
        log(`State: ${state.where}`);
        if (state.stateFolder)
            await prepareStateFolder(state.stateFolder, options.workspace);
        const tfvars = (0,tags_tfvars/* buildTfvars */.$E)(job, {
            defaultTags: options.defaultTags,
            terraformVars: options.terraformVars,
        });
        if (root.generated)
            await (0,roots/* writeModuleCall */.aY)(root, job, state.generatedBackend);
        const lockFile = external_node_path_default().join(root.dir, '.terraform.lock.hcl');
        const hadLockFile = root.generated || (0,external_node_fs_.existsSync)(lockFile);
        // Terraform takes a package from the cache only when the lock file lists its checksum: the
        // first generated root calling a module installs its providers, the next ones start from its
        // lock file and take them from the cache.
        const seeded = root.generated ? lockFiles.get(root.moduleSource) : undefined;
        if (seeded !== undefined)
            await (0,promises_.writeFile)(lockFile, seeded);
        const initArgs = [
            'init',
            '-input=false',
            '-no-color',
            ...state.backendLines.map((line) => `-backend-config=${line}`),
        ];
        await cache.init(() => step('init', initArgs), log);
        if (root.generated && seeded === undefined && (0,external_node_fs_.existsSync)(lockFile)) {
            lockFiles.set(root.moduleSource, await (0,promises_.readFile)(lockFile, 'utf8'));
        }
        if (!hadLockFile && (0,external_node_fs_.existsSync)(lockFile)) {
            // Removing it could break another run using the folder now; Terraform's advice is to commit it.
            finding('notice', 'lock-file', `terraform init wrote .terraform.lock.hcl into ${folder}, which had none: commit it, so that every run installs the same provider versions`);
        }
        let declared;
        if (root.generated) {
            const module = options.moduleSource
                ? await (0,hcl.readDeclarations)(await (0,roots/* initialisedModuleDir */.pY)(root, external_node_path_default().join(jobDir, 'data')))
                : (0,modules/* bundledDeclarations */._)(job.runtime.type);
            declared = await (0,roots/* writeGeneratedRoot */.FK)(root, job, state.generatedBackend, module, new Set(Object.keys(tfvars)));
        }
        else {
            declared = new Set(own.variables.keys());
        }
        const unused = Object.keys(tfvars).filter((name) => !declared.has(name));
        if (unused.length > 0) {
            finding('notice', 'terraform-vars', `Not passed to Terraform, the root declares no such variable: ${unused.join(', ')}`);
        }
        // The job's own file, never one in the root: two jobs in one folder cannot read each other's.
        const varFile = external_node_path_default().join(jobDir, tags_tfvars/* TFVARS_FILE */.i4);
        const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)));
        await (0,promises_.writeFile)(varFile, JSON.stringify(passed, null, 2) + '\n', { mode: 0o600 });
        const planFile = external_node_path_default().join(jobDir, 'tfplan');
        // Plan validates the configuration before planning: an invalid one fails here, in
        // Terraform's words.
        const plan = await step('plan', [
            'plan',
            '-input=false',
            '-no-color',
            `-lock-timeout=${LOCK_TIMEOUT}`,
            '-detailed-exitcode',
            ...(deps.destroy ? ['-destroy'] : []),
            `-var-file=${varFile}`,
            `-out=${planFile}`,
        ]);
        outcome.hasChanges = plan.exitCode === 2;
        outcome.planText = planText(plan.stdout);
        // The JSON form holds sensitive values in clear: it is parsed, never printed.
        const readPlan = async (how = {}) => {
            const shown = JSON.parse((await step('show', ['show', '-json', planFile], { ...how, quiet: true })).stdout);
            secret(sensitiveTexts(shown));
            outcome.plan = countChanges(shown);
            outcome.fingerprint = (0,fingerprint/* planFingerprint */.a)(shown);
            outcome.plannedOutputs = (0,outputs.plannedOutputs)(shown);
        };
        const applyArgs = [
            'apply',
            '-input=false',
            '-no-color',
            `-lock-timeout=${LOCK_TIMEOUT}`,
            planFile,
        ];
        let applied = false;
        if (options.mode === 'apply' && !deps.review) {
            // Nothing decides on the JSON before apply: both read the saved plan at once (reading it
            // starts the providers again, seconds for a cloud's). Apply's lines wait in the log until
            // the plan's sensitive values are masked.
            const waiting = [];
            let lines = 'waiting';
            const reading = readPlan({ heartbeats: false }).then(() => {
                lines = 'masked';
                for (const line of waiting.splice(0))
                    log(line);
            }, (error) => {
                lines = 'withheld';
                waiting.length = 0;
                throw error;
            });
            const applying = step('apply', applyArgs, {
                onLine: (line) => {
                    if (lines === 'masked')
                        log(line);
                    else if (lines === 'waiting')
                        waiting.push(line);
                },
            });
            const [read, apply] = await Promise.allSettled([reading, applying]);
            if (apply.status === 'rejected')
                throw apply.reason;
            if (read.status === 'rejected') {
                if (read.reason instanceof Interrupted)
                    throw read.reason;
                // What was applied is read and written all the same; only the plan's figures are missing.
                const message = `the saved plan could not be read (${read.reason.message}): the job's plan counts are not reported, and terraform apply's log is withheld, its sensitive values being unknown`;
                finding('warning', 'terraform', message);
                log(message);
            }
            applied = true;
        }
        else {
            // In plan mode reading the plan is the job's last command.
            if (options.mode !== 'apply')
                await lastRead();
            await readPlan();
        }
        const verdict = options.mode === 'apply' && !applied
            ? deps.review?.(job, outcome.fingerprint, !!deps.destroy)
            : undefined;
        if (verdict && !verdict.apply) {
            finding('error', 'unreviewed-plan', verdict.message);
            log(verdict.message);
            outcome.refused = true;
            return outcome;
        }
        if (verdict?.note)
            log(verdict.note);
        if (options.mode === 'apply') {
            if (!applied)
                await step('apply', applyArgs);
            if (deps.destroy) {
                outcome.ok = true;
                return outcome;
            }
            // The outputs apply just wrote into a local state this run chose are read from the file:
            // what `terraform output -json` would print, without a Terraform process more. Any other
            // state is asked through Terraform, as the job's last command.
            const stateFile = localStateFile(root, state, terraform.env);
            let outputs = stateFile ? await stateOutputs(stateFile) : undefined;
            if (!outputs) {
                await lastRead();
                outputs = JSON.parse((await step('output', ['output', '-json'], { quiet: true })).stdout);
            }
            for (const output of Object.values(outputs)) {
                if (output.sensitive)
                    secret((0,secrets/* secretTexts */.Vh)(output.value));
            }
            outcome.outputs = outputs;
        }
        outcome.ok = true;
    }
    catch (error) {
        if (error instanceof Interrupted)
            outcome.interrupted = true;
        const known = error instanceof TerraformStepError ||
            error instanceof roots/* RootError */.l8 ||
            error instanceof StateRefused ||
            error instanceof Interrupted;
        const message = known
            ? error.message
            : `Terraform could not run: ${error.message}`;
        const rule = error instanceof StateRefused
            ? error.rule
            : error instanceof Interrupted
                ? 'cancelled'
                : 'terraform';
        if (error instanceof TerraformStepError || error instanceof Interrupted) {
            outcome.failedStep = error.step;
        }
        // Once, as a finding: Terraform's own output is already in the job's log.
        finding('error', rule, message);
    }
    finally {
        // The plan and the variables hold the job's values, sensitive ones included. A folder that
        // cannot be removed takes nothing from what the job did: it is said, and the run goes on.
        await (0,promises_.rm)(jobDir, { recursive: true, force: true }).catch((error) => {
            const message = `The job's temporary folder ${jobDir} could not be removed (${error.message}): it holds the job's plan and variables, sensitive values included; remove it`;
            finding('warning', 'temporary-folder', message);
            log(message);
        });
    }
    return outcome;
}
/** The CLI's `.dativo/state/<job_name>/`, kept out of git by a `.dativo/.gitignore` of its own. */
async function prepareStateFolder(folder, workspace) {
    const stateDir = external_node_path_default().dirname(folder);
    const name = external_node_path_default().basename(folder);
    if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(name) ||
        (0,paths/* reallyWithin */.RU)(workspace, folder) === undefined) {
        throw new roots/* RootError */.l8(`job_name '${name}' cannot name a folder of ${(0,paths/* relativePosix */.Yn)(workspace, stateDir)} for the job's state`);
    }
    await (0,promises_.mkdir)(folder, { recursive: true });
    const ignore = external_node_path_default().join(external_node_path_default().dirname(stateDir), '.gitignore');
    if (!(0,external_node_fs_.existsSync)(ignore)) {
        await (0,promises_.writeFile)(ignore, '# Terraform state of the dativo-infra CLI: never commit it.\n*\n');
    }
}
class TerraformStepError extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.step = step;
        this.name = 'TerraformStepError';
    }
}
/** Terraform's words when it could not save its state or give its lock back. */
const STATE_NOT_KEPT = /Failed to (save|persist) state|Error releasing the state lock/;
/** Terraform commands that only read: stopped at any moment, they leave nothing half done. */
const READ_ONLY = new Set(['show', 'output', 'version']);
/** A command the run's cancellation stopped, or did not let start. */
class Interrupted extends Error {
    step;
    constructor(step, signal, result) {
        super(interruptedMessage(step, signal, result));
        this.step = step;
        this.name = 'Interrupted';
    }
}
function interruptedMessage(step, signal, result) {
    const stopped = result?.stopped;
    if (!result || !stopped) {
        return `Not finished: the run was cancelled (${signal}) before terraform ${step}; run again to finish this job`;
    }
    if (READ_ONLY.has(step)) {
        return `terraform ${step} was interrupted (${signal}); it only reads, so nothing was left half done. Run again to finish this job`;
    }
    if (stopped.interrupts > 1) {
        return `terraform ${step} was interrupted (${signal}) and then stopped at once by a second signal: its state may lack what it was doing. Check the state (terraform state list) before running again`;
    }
    // Terraform handles SIGINT from before it starts its command: one that a single SIGINT ended
    // had not begun.
    if (result.signal === 'SIGINT') {
        return `terraform ${step} was interrupted (${signal}) as it started, before it had changed anything. Run again to finish this job`;
    }
    if (result.signal) {
        return `terraform ${step} was interrupted (${signal}) and then killed by ${result.signal}: its state may lack what it was doing. Check the state (terraform state list) before running again`;
    }
    if (STATE_NOT_KEPT.test(result.stderr)) {
        return `terraform ${step} was interrupted (${signal}) and stopped, but could not keep its state: ${errorSummary(result.stderr)}`;
    }
    return `terraform ${step} was interrupted (${signal}): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job`;
}
/** Why a command failed, in words: its errors, a time limit, or a signal that killed it. */
function stepFailure(step, result, timeoutMs) {
    const stopped = result.stopped;
    if (stopped?.reason === 'cancelled')
        return new Interrupted(step, stopped.signal, result);
    if (stopped?.reason === 'timeout') {
        const limit = formatDuration(timeoutMs);
        if (READ_ONLY.has(step)) {
            return new TerraformStepError(step, `terraform ${step} ran longer than terraform-timeout (${limit}) and was stopped; it only reads, so nothing was left half done. Raise terraform-timeout if the command needs longer`);
        }
        return new TerraformStepError(step, stopped.interrupts > 1 || result.signal
            ? `terraform ${step} ran longer than terraform-timeout (${limit}) and did not stop when interrupted: it was stopped at once, and its state may lack what it was doing`
            : STATE_NOT_KEPT.test(result.stderr)
                ? `terraform ${step} ran longer than terraform-timeout (${limit}) and was interrupted, but could not keep its state: ${errorSummary(result.stderr)}`
                : `terraform ${step} ran longer than terraform-timeout (${limit}) and was interrupted: Terraform stopped gracefully, saving its state and releasing its lock. Raise terraform-timeout if the command needs longer`);
    }
    if (result.signal) {
        return new TerraformStepError(step, `terraform ${step} was killed by ${result.signal}: its state may lack what it was doing, and its lock may still be held`);
    }
    return new TerraformStepError(step, `terraform ${step} failed: ${errorSummary(result.stderr || result.stdout)}`);
}
/** `90s`, `60m`, `1h30m`: as terraform-timeout is written. */
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
/**
 * Terraform's "Error: …" blocks without the box drawing, at most 30 lines; init's general
 * preamble ("Terraform encountered problems during initialisation…") is left out.
 */
function errorSummary(output) {
    const lines = output.split('\n').map((line) => line.replace(/^[│╷╵]\s?/, '').trimEnd());
    const blocks = [];
    for (const line of lines) {
        if (line.startsWith('Error:'))
            blocks.push([line]);
        else
            blocks.at(-1)?.push(line);
    }
    const relevant = blocks.filter((block) => !/^Error: Terraform encountered problems during init/.test(block[0]));
    const chosen = relevant.length > 0 ? relevant.flat() : lines.filter((line) => line.trim() !== '').slice(-10);
    const text = chosen
        .filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '')
        .slice(0, 30)
        .join('\n')
        .trim();
    return text || 'no output';
}
/** What a job came to, for its progress end line: `plan +1 ~0 -0`, `init failed`, … */
function endLine(verb, outcome) {
    if (outcome.refused)
        return 'not applied: the plan is not the reviewed one';
    if (outcome.interrupted)
        return `${outcome.failedStep ?? verb} interrupted`;
    if (!outcome.ok)
        return outcome.failedStep ? `${outcome.failedStep} failed` : `${verb} failed`;
    return `${verb} ${(0,run/* formatPlan */.nT)(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`;
}
function slug(text) {
    return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'job';
}


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Slots),
/* harmony export */   e: () => (/* binding */ Mutex)
/* harmony export */ });
// Two small tools for running jobs side by side: a lock for what must not overlap (terraform
// init and its shared plugin cache) and slots that let at most N tasks run at once.
class Mutex {
    last = Promise.resolve();
    /** Runs `task` once every task locked before it has finished. */
    async lock(task) {
        const previous = this.last;
        let release;
        this.last = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            return await task();
        }
        finally {
            release();
        }
    }
}
/** At most `limit` holders at a time; the others wait their turn, first come first served. */
class Slots {
    free;
    waiting = [];
    constructor(limit) {
        this.free = Math.max(1, limit);
    }
    /** Waits for a slot; resolves with the function that gives it back (once, however called). */
    async acquire() {
        if (this.free > 0)
            this.free--;
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        let held = true;
        return () => {
            if (!held)
                return;
            held = false;
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.free++;
        };
    }
}


/***/ })

};
