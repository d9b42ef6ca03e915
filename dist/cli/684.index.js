export const id = 684;
export const ids = [684,235];
export const modules = {

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ planFingerprint),
/* harmony export */   v: () => (/* binding */ compareChanges)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2122);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
// A plan's fingerprint: a hash of what Terraform will run, so that a plan made at merge can be
// compared with the one a reviewer saw on the pull request, wherever and whenever each was made.
//
// Covered, from `terraform show -json` and the files Terraform plans from:
// - each managed resource change that is not a no-op (address, deposed key, previous address,
//   import, actions, after-values with the values apply decides marked as unknown) and each
//   output change that is not a no-op;
// - the configuration Terraform planned from (`configuration`: provider blocks and their
//   expressions, resources, provisioners, module calls and their sources, variables) and every
//   file of the root and of each module it loaded (the JSON form keeps only the references of an
//   expression, not its text: a provisioner's `"echo ${path.module}"` and `"rm -rf ${path.module}"`
//   look alike there, so the files themselves count too, with the scripts beside them);
// - the values of the root's variables;
// - the provider versions the lock file selects, the Terraform version, and the backend's type and
//   settings;
// - the presence of every sensitive and unknown value, and the sensitive values themselves (see
//   sensitiveDigest for how, without publishing anything a secret could be guessed from).
// Left out, so that timestamps and refresh noise never make two plans differ: the timestamp,
// prior state, drift, relevant attributes, checks, data source reads, planned_values (the changes
// say the same), the lock file's checksums (init adds a platform's own), and the absolute paths
// of the run's temporary folders, the workspace and this action's copy (they differ between
// runners and versions' checkouts), each replaced by a name.



const UNKNOWN = '(known after apply)';
const SENSITIVE = '(sensitive)';
const VERSION = 'dativo-plan-fingerprint/2';
/** Backend settings that hold credentials: counted as sensitive values. */
const SECRET_SETTING = /(secret|token|password|passwd|credential|access_key|sas|conn_str|encryption_key|private|certificate|client_id)/i;
/**
 * The fingerprint of a plan (`terraform show -json` of it, parsed) and of what it was made from.
 * Asynchronous: the digest of the plan's sensitive values takes tens of milliseconds of scrypt,
 * done in libuv's thread pool while the run's other jobs go on.
 */
async function planFingerprint(plan, inputs = {}) {
    const normalise = pathNames(inputs.paths ?? []);
    const sensitive = [];
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
            after: marked(change.after, change.after_unknown, change.after_sensitive, (at, value) => sensitive.push([`${address}${at}`, value])),
        };
        const word = actionWord(actions);
        entries.push(entry(address, importing ? (word === 'no-op' ? 'import' : `import, ${word}`) : word, normalise(body)));
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
            after: marked(change.after, change.after_unknown, change.after_sensitive, (at, value) => sensitive.push([`${address}${at}`, value])),
        };
        entries.push(entry(address, actionWord(actions), normalise(body)));
    }
    entries.sort((a, b) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a.change.address, b.change.address));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(`${VERSION}\n`);
    for (const { canonical } of entries)
        hash.update(`change ${canonical}\n`);
    // Everything below is the same for two plans of one configuration: it says what will run.
    const configuration = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data.configuration) ? data.configuration : {};
    const sensitiveVariables = new Set();
    const rootVariables = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(configuration.root_module)
        ? configuration.root_module.variables
        : undefined;
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(rootVariables)) {
        for (const [name, variable] of Object.entries(rootVariables)) {
            if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(variable) && variable.sensitive === true)
                sensitiveVariables.add(name);
        }
    }
    hash.update(`configuration ${canonicalJson(normalise(withoutSensitiveDefaults(configuration)))}\n`);
    const variables = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data.variables) ? data.variables : {};
    for (const name of Object.keys(variables).sort(_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)) {
        const value = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(variables[name]) ? variables[name].value : undefined;
        if (sensitiveVariables.has(name)) {
            sensitive.push([`var.${name}`, value ?? null]);
            hash.update(`variable ${JSON.stringify(name)} ${SENSITIVE}\n`);
        }
        else {
            hash.update(`variable ${JSON.stringify(name)} ${canonicalJson(normalise(value ?? null))}\n`);
        }
    }
    hash.update(`terraform ${canonicalJson(data.terraform_version ?? null)}\n`);
    hash.update(`providers ${canonicalJson(inputs.providers ?? {})}\n`);
    const backend = inputs.backend ?? { type: 'none', settings: [] };
    const settings = backend.settings.map((line) => {
        const key = line.slice(0, Math.max(0, line.indexOf('=')));
        if (!SECRET_SETTING.test(key))
            return normalise(line);
        sensitive.push([`backend.${key}`, line.slice(key.length + 1)]);
        return `${key}=${SENSITIVE}`;
    });
    hash.update(`backend ${canonicalJson({ type: backend.type, settings })}\n`);
    hash.update(`files ${canonicalJson(inputs.files ?? {})}\n`);
    if (sensitive.length > 0)
        hash.update(`sensitive ${await sensitiveDigest(sensitive)}\n`);
    return { fingerprint: `sha256:${hash.digest('hex')}`, changes: entries.map((e) => e.change) };
}
/**
 * One digest of all the plan's sensitive values together, never one per value: the fingerprint
 * is published (the pull request's check run, the results output), and a hash of a single
 * low-entropy secret (a short password, a PIN) could be tested offline against guesses at
 * billions a second. Joined with every other sensitive value of the plan and stretched with
 * scrypt (16 MiB and tens of milliseconds per guess), salted by where the values sit, a guess
 * costs a guesser what it costs a run, for every value at once; and the digest is folded into the
 * fingerprint with the rest of the plan, never shown alone. What this cannot stop, and the docs
 * say: a plan whose only secret is one very guessable value, guessed by someone who knows every
 * other part of the plan.
 */
function sensitiveDigest(values) {
    const sorted = [...values].sort(([a], [b]) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA)(a, b));
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${VERSION}/sensitive\n${sorted.map(([at]) => at).join('\n')}`)
        .digest();
    const settings = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
    return new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(canonicalJson(sorted), salt, 32, settings, (error, key) => error ? reject(error) : resolve(key.toString('hex'))));
}
/** The configuration without the defaults of sensitive variables (they are counted as values). */
function withoutSensitiveDefaults(configuration) {
    const strip = (module) => {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(module))
            return module;
        const copy = { ...module };
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(module.variables)) {
            copy.variables = Object.fromEntries(Object.entries(module.variables).map(([name, variable]) => [
                name,
                (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(variable) && variable.sensitive === true && 'default' in variable
                    ? { ...variable, default: SENSITIVE }
                    : variable,
            ]));
        }
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(module.module_calls)) {
            copy.module_calls = Object.fromEntries(Object.entries(module.module_calls).map(([name, call]) => [
                name,
                (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(call) ? { ...call, module: strip(call.module) } : call,
            ]));
        }
        return copy;
    };
    return { ...configuration, root_module: strip(configuration.root_module) };
}
/** Every string with the given absolute paths replaced by their names. */
function pathNames(paths) {
    const known = paths.filter(([from]) => from.length > 1).sort(([a], [b]) => b.length - a.length);
    const name = (text) => known.reduce((out, [from, to]) => (out.includes(from) ? out.split(from).join(to) : out), text);
    const walk = (value) => {
        if (typeof value === 'string')
            return name(value);
        if (Array.isArray(value))
            return value.map(walk);
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [name(key), walk(item)]));
        }
        return value;
    };
    return (value) => (known.length === 0 ? value : walk(value));
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
 * part (after_sensitive) replaced by a marker; each sensitive part's value goes to `secret`, with
 * where it sits, for the one digest of them all (sensitiveDigest).
 */
function marked(after, unknown, sensitive, secret, at = '') {
    if (sensitive === true) {
        if (unknown !== true)
            secret(at, after ?? null);
        return unknown === true ? `${SENSITIVE} ${UNKNOWN}` : SENSITIVE;
    }
    if (unknown === true)
        return UNKNOWN;
    if (Array.isArray(after) || Array.isArray(unknown)) {
        const values = Array.isArray(after) ? after : [];
        const unknowns = Array.isArray(unknown) ? unknown : [];
        const length = Math.max(values.length, unknowns.length);
        return Array.from({ length }, (_, i) => marked(values[i], unknowns[i], Array.isArray(sensitive) ? sensitive[i] : undefined, secret, `${at}[${i}]`));
    }
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) || (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown)) {
        const values = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(after) ? after : {};
        const unknowns = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(unknown) ? unknown : {};
        const sensitives = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(sensitive) ? sensitive : {};
        const keys = [...new Set([...Object.keys(values), ...Object.keys(unknowns)])];
        return Object.fromEntries(keys.map((key) => [
            key,
            marked(values[key], unknowns[key], sensitives[key], secret, `${at}.${JSON.stringify(key)}`),
        ]));
    }
    return after === undefined ? null : after;
}
/** JSON with object keys sorted at every level: the same data, the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value)) {
        const keys = Object.keys(value).sort(_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .byCodeUnits */ .CA);
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
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
        into.variables.set(name, {
            sensitive: body.sensitive === true,
            required: !('default' in body),
            ...(typeof body.type === 'string' ? { type: body.type } : {}),
        });
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

/***/ 6684:
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
// EXTERNAL MODULE: ./src/policy/config.ts + 2 modules
var config = __webpack_require__(9462);
// EXTERNAL MODULE: ./src/util/data.ts
var util_data = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/policy/plan-view.ts
// A saved plan as `terraform show -json` gives it, read for the checks of plan.ts: each planned
// resource with its values after the change, which of them Terraform knows only at apply, and
// what its configuration refers to. A planned value lists every attribute of its resource's
// schema (null when unset, absent but marked in after_unknown when known only at apply), which
// is how the checks tell what a resource can carry.

class PlanView {
    resources;
    configuration;
    constructor(plan) {
        const shown = (0,util_data/* isRecord */.u)(plan) ? plan : {};
        this.configuration = shown.configuration;
        this.resources = (Array.isArray(shown.resource_changes) ? shown.resource_changes : [])
            .filter(util_data/* isRecord */.u)
            .flatMap((change) => {
            const planned = (0,util_data/* isRecord */.u)(change.change) ? change.change : {};
            if (typeof change.address !== 'string' || typeof change.type !== 'string')
                return [];
            return [
                {
                    address: change.address,
                    moduleAddress: typeof change.module_address === 'string' ? change.module_address : '',
                    mode: change.mode === 'data' ? 'data' : 'managed',
                    type: change.type,
                    name: typeof change.name === 'string' ? change.name : '',
                    provider: typeof change.provider_name === 'string' ? change.provider_name : '',
                    actions: Array.isArray(planned.actions) ? planned.actions.map(String) : [],
                    after: (0,util_data/* isRecord */.u)(planned.after) ? planned.after : null,
                    unknown: (0,util_data/* isRecord */.u)(planned.after_unknown) ? planned.after_unknown : {},
                },
            ];
        });
    }
    /** Managed resources that exist after the plan (created, changed, replaced or kept). */
    remaining() {
        return this.resources.filter((r) => r.mode === 'managed' && r.after !== null);
    }
    /** The expressions of a resource's block in the configuration, when the plan carries them. */
    expressions(resource) {
        let module = (0,util_data/* isRecord */.u)(this.configuration) ? this.configuration.root_module : undefined;
        for (const match of resource.moduleAddress.matchAll(/module\.([^.[]+)(?:\[[^\]]*\])?/g)) {
            const calls = (0,util_data/* isRecord */.u)(module) ? module.module_calls : undefined;
            const call = (0,util_data/* isRecord */.u)(calls) && Object.hasOwn(calls, match[1]) ? calls[match[1]] : undefined;
            module = (0,util_data/* isRecord */.u)(call) ? call.module : undefined;
        }
        const resources = (0,util_data/* isRecord */.u)(module) && Array.isArray(module.resources) ? module.resources : [];
        const address = `${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`;
        const found = resources.find((r) => (0,util_data/* isRecord */.u)(r) && r.address === address);
        return (0,util_data/* isRecord */.u)(found) && (0,util_data/* isRecord */.u)(found.expressions) ? found.expressions : undefined;
    }
    /**
     * Whether what an expression refers to includes a resource this plan creates in the same
     * module: a value known only at apply then names that new resource (its ARN, its ID).
     */
    refersToCreated(resource, expression) {
        const references = (0,util_data/* isRecord */.u)(expression) && Array.isArray(expression.references) ? expression.references : [];
        return references.some((reference) => {
            if (typeof reference !== 'string')
                return false;
            const [type, name] = reference.split('.');
            if (!type || !name || /^(module|data|var|local|each|count|path|self|terraform)$/.test(type))
                return false;
            const bare = name.replace(/\[.*$/, '');
            return this.resources.some((other) => other.mode === 'managed' &&
                other.moduleAddress === resource.moduleAddress &&
                other.type === type &&
                other.name === bare &&
                other.actions.includes('create'));
        });
    }
}
/** Whether the value at a path is known only at apply (per after_unknown). */
function unknownAt(unknown, path) {
    let current = unknown;
    for (const step of path) {
        if (current === true)
            return true;
        if (Array.isArray(current) && typeof step === 'number')
            current = current[step];
        else if ((0,util_data/* isRecord */.u)(current) && typeof step === 'string')
            current = current[step];
        else
            return false;
    }
    return current === true;
}
/** The cloud whose tag conversion a resource's provider uses, if it is one of ours. */
function providerCloud(provider) {
    const name = provider.split('/').at(-1);
    if (name === 'aws')
        return 'aws';
    if (name === 'azurerm')
        return 'azure';
    if (name === 'google' || name === 'google-beta')
        return 'gcp';
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/plan-iam.ts
// What a plan grants, checked against the platform policy: AWS policy documents (inline, managed,
// role and trust policies, and aws_iam_policy_document data sources read at apply), Azure role
// assignments, and Google IAM members, bindings and policies. With a policy in force a plan never
// grants a wildcard resource, a whole project or subscription, or public access; secrets, storage
// and roles must be within what the policy lists. A grant whose scope Terraform knows only at
// apply passes only when it names a resource the same plan creates; anything else unknown is
// refused, since it could be anything.



/**
 * Actions AWS only allows on every resource ("*"): they name no resource to scope them to
 * (the Service Authorization Reference lists no resource type for them).
 */
const AWS_WILDCARD_ONLY_ACTIONS = [
    'ecr:GetAuthorizationToken',
    'sts:GetCallerIdentity',
    'cloudwatch:PutMetricData',
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets',
];
/** AWS managed policies a plan never attaches without the policy listing them. */
const AWS_BROAD_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(.*\/)?(AdministratorAccess|PowerUserAccess|IAMFullAccess|[A-Za-z0-9]*FullAccess)$/;
const AZURE_PRIVILEGED_ROLES = new Map([
    ['owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
    ['contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'],
    ['user access administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
    ['role based access control administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'],
]);
const GCP_WHOLE_SCOPE = /^google_(project|folder|organization|billing_account)_iam_(member|binding|policy|audit_config)$/;
const GCP_IAM = /^google_.+_iam_(member|binding|policy)$/;
const GCP_PUBLIC = new Set(['allUsers', 'allAuthenticatedUsers']);
function grantsOutsidePolicy(view, job) {
    const grants = [];
    for (const resource of view.remaining()) {
        const add = (message) => grants.push({ address: resource.address, message });
        if (resource.type.startsWith('aws_'))
            checkAws(view, resource, job, add);
        else if (resource.type.startsWith('azurerm_'))
            checkAzure(view, resource, job, add);
        else if (GCP_IAM.test(resource.type) || GCP_WHOLE_SCOPE.test(resource.type))
            checkGoogle(view, resource, job, add);
    }
    return grants;
}
/** Resources whose `policy` is an IAM policy document (identity or resource-based). */
const AWS_POLICY_DOCUMENTS = new Set([
    'aws_iam_policy',
    'aws_iam_role_policy',
    'aws_iam_user_policy',
    'aws_iam_group_policy',
    'aws_s3_bucket_policy',
    'aws_s3_bucket',
    'aws_sqs_queue_policy',
    'aws_sqs_queue',
    'aws_sns_topic_policy',
    'aws_sns_topic',
    'aws_secretsmanager_secret_policy',
    'aws_secretsmanager_secret',
    'aws_ecr_repository_policy',
    'aws_kms_key',
    'aws_glacier_vault',
    'aws_elasticsearch_domain_policy',
    'aws_opensearch_domain_policy',
]);
const AWS_ATTACHMENTS = {
    aws_iam_role_policy_attachment: 'policy_arn',
    aws_iam_user_policy_attachment: 'policy_arn',
    aws_iam_group_policy_attachment: 'policy_arn',
    aws_iam_policy_attachment: 'policy_arn',
    aws_iam_role: 'managed_policy_arns',
    aws_iam_role_policy_attachments_exclusive: 'policy_arns',
};
function checkAws(view, resource, job, add) {
    const after = resource.after;
    if (AWS_POLICY_DOCUMENTS.has(resource.type)) {
        checkAwsDocument(view, resource, 'policy', after.policy, job, add);
    }
    if (resource.type === 'aws_iam_role') {
        checkAwsDocument(view, resource, 'assume_role_policy', after.assume_role_policy, job, add);
        // inline_policy is also computed: known only at apply when the configuration sets none.
        const unknownInline = () => add('its inline policy is known only at apply, so what it grants cannot be checked: build it from values known at plan');
        if (Array.isArray(after.inline_policy)) {
            after.inline_policy.forEach((inline, index) => {
                if (!(0,util_data/* isRecord */.u)(inline))
                    return;
                if (unknownAt(resource.unknown, ['inline_policy', index, 'policy']))
                    unknownInline();
                else
                    checkAwsDocument(view, resource, 'inline_policy', inline.policy, job, add);
            });
        }
        else if (unknownAt(resource.unknown, ['inline_policy']) &&
            configured(view, resource, 'inline_policy')) {
            unknownInline();
        }
    }
    const boundary = job.rules.iam?.aws?.permissions_boundary;
    if (boundary && (resource.type === 'aws_iam_role' || resource.type === 'aws_iam_user')) {
        const rule = job.ruleName('iam.aws.permissions_boundary');
        if (unknownAt(resource.unknown, ['permissions_boundary'])) {
            add(`its permissions boundary is known only at apply; the policy requires '${boundary}' (${rule})`);
        }
        else if (after.permissions_boundary !== boundary) {
            add(after.permissions_boundary
                ? `has the permissions boundary '${String(after.permissions_boundary)}'; the policy requires '${boundary}' (${rule})`
                : `has no permissions boundary; the policy requires '${boundary}' (${rule})`);
        }
    }
    const attribute = AWS_ATTACHMENTS[resource.type];
    if (attribute !== undefined) {
        const value = after[attribute];
        if (Array.isArray(value)) {
            for (const arn of value)
                checkAttachment(view, resource, attribute, arn, job, add);
        }
        else if (unknownAt(resource.unknown, [attribute])
            ? configured(view, resource, attribute)
            : value !== null && value !== undefined) {
            checkAttachment(view, resource, attribute, value, job, add);
        }
    }
}
/**
 * Whether the configuration sets an attribute, or may: an optional attribute the provider also
 * computes (a bucket's policy, a role's inline_policy) is known only at apply when nobody sets it.
 * A resource whose block the plan does not show counts as setting it.
 */
function configured(view, resource, attribute) {
    const expressions = view.expressions(resource);
    return expressions === undefined || Object.hasOwn(expressions, attribute);
}
function checkAttachment(view, resource, attribute, arn, job, add) {
    const listed = job.rules.iam?.aws?.managed_policies;
    const rule = job.ruleName('iam.aws.managed_policies');
    if (typeof arn !== 'string') {
        const expression = view.expressions(resource)?.[attribute];
        if (!view.refersToCreated(resource, expression)) {
            add(`attaches a managed policy known only at apply, so what it grants cannot be checked`);
        }
        return;
    }
    if (listed?.includes(arn))
        return;
    // A policy of this plan: its document is checked where it is created.
    const ownPolicy = view
        .remaining()
        .some((other) => other.type === 'aws_iam_policy' && other.after?.arn === arn);
    if (ownPolicy)
        return;
    if (listed)
        add(`attaches the managed policy '${arn}', which the policy does not list (${rule})`);
    else if (AWS_BROAD_MANAGED.test(arn))
        add(`attaches the managed policy '${arn}', which grants whole services; list it in ${rule} if the job must have it`);
    else if (!/:iam::aws:policy\//.test(arn))
        add(`attaches the managed policy '${arn}', which this plan does not create, so what it grants cannot be checked: list it in ${rule}`);
}
function checkAwsDocument(view, resource, attribute, value, job, add) {
    let statements;
    if (typeof value === 'string') {
        statements = parsedStatements(value);
    }
    else if (value === null || value === undefined) {
        if (!unknownAt(resource.unknown, [attribute]) || !configured(view, resource, attribute))
            return;
        const source = pendingDocument(view, resource, attribute);
        if (!source) {
            add(`its ${attribute} is known only at apply, so what it grants cannot be checked: write it with an aws_iam_policy_document data source, or from values known at plan`);
            return;
        }
        statements = source;
    }
    else
        return;
    const rule = job.ruleName('iam.aws.wildcard_actions');
    const wildcardOnly = new Set([...AWS_WILDCARD_ONLY_ACTIONS, ...(job.rules.iam?.aws?.wildcard_actions ?? [])].map((a) => a.toLowerCase()));
    for (const statement of statements) {
        if (statement.effect !== undefined && statement.effect !== null && statement.effect !== 'Allow')
            continue;
        const actions = statement.actions.map(String);
        const what = actions.length > 0 ? actions.join(', ') : 'its actions';
        if (statement.principal !== undefined) {
            if (publicPrincipal(statement.principal) && statement.condition === undefined) {
                add(`its ${attribute} lets anyone (Principal "*") ${what}: name the principals`);
            }
            continue;
        }
        if (statement.notActions !== undefined) {
            add(`its ${attribute} allows every action but those of NotAction: list the actions it allows`);
        }
        if (statement.notResources !== undefined) {
            add(`its ${attribute} allows ${what} on every resource but those of NotResource: list the resources`);
        }
        statement.resources.forEach((element, index) => {
            if (element === undefined || element === null) {
                if (!statement.pending[index]) {
                    add(`its ${attribute} grants ${what} on a resource known only at apply, which cannot be checked: name it from values known at plan`);
                }
                return;
            }
            if (typeof element !== 'string')
                return;
            if (element === '*') {
                const broad = actions.filter((action) => !wildcardOnly.has(action.toLowerCase()));
                if (broad.length > 0) {
                    add(`its ${attribute} grants ${broad.join(', ')} on every resource ("*"): name the resources (only actions that AWS allows on "*" alone may have it, and those of ${rule})`);
                }
                return;
            }
            const problem = awsResourceProblem(element, job);
            if (problem)
                add(`its ${attribute} grants ${what} on '${element}': ${problem}`);
        });
    }
}
/** What is wrong with one ARN of an identity policy, if anything. */
function awsResourceProblem(arn, job) {
    const parts = arn.split(':');
    if (parts[0] !== 'arn' || parts.length < 6)
        return undefined;
    const [, partition, service, region, account] = parts;
    const resource = parts.slice(5).join(':');
    const wild = (text) => /[*?]/.test(text);
    if ([partition, service, region, account].some(wild)) {
        return 'a wildcard in its partition, service, region or account reaches resources of others';
    }
    if (service === 's3')
        return s3Problem(resource, job);
    if (service === 'secretsmanager') {
        const prefixes = job.rules.secrets?.aws;
        if (prefixes) {
            return (0,config/* secretAllowed */.rU)('aws', arn, prefixes)
                ? undefined
                : `outside the allowed prefixes ${quoted(prefixes)} (${job.ruleName('secrets.aws')})`;
        }
    }
    const cut = resource.search(/[/:]/);
    const type = cut === -1 ? resource : resource.slice(0, cut);
    const rest = cut === -1 ? '' : resource.slice(cut + 1);
    if (wild(type) || (cut !== -1 && /^[*?]/.test(rest))) {
        return `a wildcard resource, every ${service} ${wild(type) ? 'resource' : type} of the account`;
    }
    return undefined;
}
function s3Problem(resource, job) {
    const slash = resource.indexOf('/');
    const bucket = slash === -1 ? resource : resource.slice(0, slash);
    const key = slash === -1 ? undefined : resource.slice(slash + 1);
    if (/[*?]/.test(bucket))
        return 'a wildcard resource, every bucket it matches';
    const listed = job.rules.storage?.s3_buckets;
    if (!listed)
        return undefined;
    const rule = job.ruleName('storage.s3_buckets');
    const entries = listed.filter((entry) => entry === bucket || entry.startsWith(`${bucket}/`));
    if (entries.length === 0) {
        return `bucket '${bucket}' is not one the policy lets jobs use (${rule})`;
    }
    if (key === undefined || entries.includes(bucket))
        return undefined;
    const prefixes = entries.map((entry) => entry.slice(bucket.length + 1));
    const literal = key.replace(/[*?].*$/, '');
    const within = prefixes.some((prefix) => literal.startsWith(prefix) && literal.length >= prefix.length);
    return within
        ? undefined
        : `the policy allows only ${quoted(entries)} in bucket '${bucket}', not the whole bucket (${rule})`;
}
function publicPrincipal(principal) {
    if (principal === '*')
        return true;
    if (!(0,util_data/* isRecord */.u)(principal))
        return false;
    return Object.values(principal).some((value) => Array.isArray(value) ? value.includes('*') : value === '*');
}
function parsedStatements(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (!(0,util_data/* isRecord */.u)(document))
        return [];
    const raw = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
    return raw.filter(util_data/* isRecord */.u).map((statement) => {
        const resources = asList(statement.Resource);
        return {
            effect: statement.Effect,
            actions: asList(statement.Action),
            resources,
            notActions: statement.NotAction,
            notResources: statement.NotResource,
            principal: statement.Principal,
            condition: statement.Condition,
            pending: resources.map(() => false),
        };
    });
}
function asList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/**
 * A policy known only at apply because it comes from an aws_iam_policy_document data source read
 * at apply: that data source's planned statements, each resource element known only at apply
 * marked with whether its expression names a resource this plan creates.
 */
function pendingDocument(view, resource, attribute) {
    const expression = view.expressions(resource)?.[attribute];
    const references = (0,util_data/* isRecord */.u)(expression) && Array.isArray(expression.references) ? expression.references : [];
    const names = references.flatMap((reference) => {
        const match = typeof reference === 'string'
            ? /^data\.aws_iam_policy_document\.([^.[]+)(\[[^\]]+\])?\.(json|minified_json)$/.exec(reference)
            : null;
        return match ? [match[1]] : [];
    });
    // An expression may choose between documents (`a ? data.x[0].json : data.y[0].json`): those
    // the plan has instances of are the ones it can be.
    const candidates = view.resources.filter((other) => other.mode === 'data' &&
        other.type === 'aws_iam_policy_document' &&
        names.includes(other.name) &&
        other.moduleAddress === resource.moduleAddress);
    // With count or for_each, each instance of the data source is checked: the grant is one of them.
    if (candidates.length === 0)
        return undefined;
    const statements = [];
    for (const source of candidates) {
        const read = documentStatements(view, source);
        if (!read)
            return undefined;
        statements.push(...read);
    }
    return statements;
}
function documentStatements(view, source) {
    const after = source.after;
    if (!after)
        return undefined;
    // Documents merged in from elsewhere are not in the planned statements.
    for (const merged of [
        'source_policy_documents',
        'override_policy_documents',
        'source_json',
        'override_json',
    ]) {
        const value = after[merged];
        if (unknownAt(source.unknown, [merged]))
            return undefined;
        if (typeof value === 'string')
            return undefined;
        if (Array.isArray(value) && value.length > 0)
            return undefined;
    }
    const planned = Array.isArray(after.statement) ? after.statement : [];
    if (unknownAt(source.unknown, ['statement']))
        return undefined;
    const configured = view.expressions(source)?.statement;
    const blocks = Array.isArray(configured) ? configured.filter(util_data/* isRecord */.u) : [];
    const statements = [];
    for (const [index, statement] of planned.entries()) {
        if (!(0,util_data/* isRecord */.u)(statement))
            continue;
        const resources = Array.isArray(statement.resources) ? [...statement.resources] : [];
        if (unknownAt(source.unknown, ['statement', index, 'resources']))
            resources.splice(0, resources.length, null);
        const pending = resources.map((element, i) => {
            if (!unknownAt(source.unknown, ['statement', index, 'resources', i]) && element !== null)
                return false;
            const block = matchingBlock(blocks, statement);
            return block !== undefined && view.refersToCreated(source, block.resources);
        });
        const actions = Array.isArray(statement.actions) ? statement.actions : [];
        if (unknownAt(source.unknown, ['statement', index, 'actions']))
            return undefined;
        const listed = (value) => Array.isArray(value) && value.length > 0 ? value : undefined;
        const principals = Array.isArray(statement.principals)
            ? statement.principals.filter(util_data/* isRecord */.u)
            : [];
        statements.push({
            effect: statement.effect ?? 'Allow',
            actions,
            resources,
            notActions: listed(statement.not_actions),
            notResources: listed(statement.not_resources),
            principal: principals.length > 0
                ? Object.fromEntries(principals.map((p) => [String(p.type), p.identifiers]))
                : undefined,
            condition: Array.isArray(statement.condition) && statement.condition.length > 0
                ? statement.condition
                : undefined,
            pending,
        });
    }
    return statements;
}
/** The configuration block a planned statement came from: by its sid, else by its actions. */
function matchingBlock(blocks, statement) {
    const constant = (expression) => (0,util_data/* isRecord */.u)(expression) ? expression.constant_value : undefined;
    const sid = typeof statement.sid === 'string' && statement.sid !== '' ? statement.sid : undefined;
    const actions = JSON.stringify([...(Array.isArray(statement.actions) ? statement.actions : [])].sort());
    const found = blocks.filter((block) => sid !== undefined
        ? constant(block.sid) === sid
        : JSON.stringify([...(constant(block.actions) ?? [])].sort()) === actions);
    return found.length === 1 ? found[0] : undefined;
}
/**
 * What a grant is on (a scope, a secret, a bucket), when it is known at plan. One known only at
 * apply is refused unless it names a resource the same plan creates.
 */
function scopeOf(view, resource, attribute, add) {
    const value = resource.after[attribute];
    if (typeof value === 'string')
        return value;
    if (unknownAt(resource.unknown, [attribute]) &&
        !view.refersToCreated(resource, view.expressions(resource)?.[attribute])) {
        add(`its ${attribute} is known only at apply, so what it grants cannot be checked`);
    }
    return undefined;
}
/** `'a', 'b'`: values as messages list them. */
function quoted(values) {
    return values.map((value) => `'${value}'`).join(', ');
}
// ----- Azure
function checkAzure(view, resource, job, add) {
    const after = resource.after;
    if (resource.type === 'azurerm_key_vault_access_policy') {
        add('a Key Vault access policy grants on the whole vault: give each secret its own role assignment (Key Vault Secrets User on the secret)');
        return;
    }
    if (resource.type !== 'azurerm_role_assignment')
        return;
    const roles = job.rules.iam?.azure?.roles;
    const rule = job.ruleName('iam.azure.roles');
    const role = ['role_definition_name', 'role_definition_id']
        .map((attribute) => after[attribute])
        .find((value) => typeof value === 'string');
    if (role === undefined) {
        // A custom role made in the same plan would be one the policy never saw.
        add('gives a role known only at apply, which cannot be checked: name a built-in role');
    }
    else {
        const guid = role.split('/').at(-1).toLowerCase();
        if (roles) {
            const allowed = roles.some((r) => r.toLowerCase() === role.toLowerCase() || r.toLowerCase() === guid);
            if (!allowed)
                add(`gives the role '${role}', which the policy does not list (${rule}: ${quoted(roles)})`);
        }
        else if (AZURE_PRIVILEGED_ROLES.has(role.toLowerCase()) ||
            [...AZURE_PRIVILEGED_ROLES.values()].includes(guid)) {
            add(`gives the role '${role}', which can change or hand out access; list the roles jobs may have in ${rule}`);
        }
    }
    const scope = scopeOf(view, resource, 'scope', add);
    if (scope === undefined)
        return;
    const lower = scope.toLowerCase();
    if (!lower.includes('/providers/') ||
        /^\/providers\/microsoft\.management\/managementgroups\/[^/]+\/?$/.test(lower)) {
        add(`is scoped to '${scope}', a whole ${lower.includes('/resourcegroups/') ? 'resource group' : lower.startsWith('/subscriptions/') ? 'subscription' : 'management group'}: scope it to the resource the job uses`);
        return;
    }
    if (/\/providers\/microsoft\.keyvault\/vaults\/[^/]+\/?$/.test(lower)) {
        add(`is scoped to the whole Key Vault '${scope}', every secret in it: scope it to each secret (…/secrets/<name>)`);
        return;
    }
    const secrets = job.rules.secrets?.azure;
    if (secrets &&
        lower.includes('/providers/microsoft.keyvault/vaults/') &&
        !(0,config/* secretAllowed */.rU)('azure', scope, secrets)) {
        add(`is scoped to the secret '${scope}', outside the allowed prefixes ${quoted(secrets)} (${job.ruleName('secrets.azure')})`);
    }
    const accounts = job.rules.storage?.azure_storage_accounts;
    if (accounts && lower.includes('/providers/microsoft.storage/storageaccounts/')) {
        const inside = accounts.some((account) => {
            const prefix = account.toLowerCase().replace(/\/+$/, '');
            return lower === prefix || lower.startsWith(`${prefix}/`);
        });
        if (!inside)
            add(`is scoped to the storage '${scope}', which the policy does not list (${job.ruleName('storage.azure_storage_accounts')})`);
    }
}
// ----- Google
function checkGoogle(view, resource, job, add) {
    const after = resource.after;
    if (GCP_WHOLE_SCOPE.test(resource.type)) {
        add(`grants on a whole ${resource.type.replace(/^google_|_iam_.*$/g, '').replace('_', ' ')}: grant on the resource the job uses`);
        return;
    }
    const bindings = [];
    if (resource.type.endsWith('_iam_policy')) {
        if (unknownAt(resource.unknown, ['policy_data'])) {
            add('its policy_data is known only at apply, so what it grants cannot be checked');
        }
        else if (typeof after.policy_data === 'string') {
            let data;
            try {
                data = JSON.parse(after.policy_data);
            }
            catch {
                data = undefined;
            }
            const list = (0,util_data/* isRecord */.u)(data) && Array.isArray(data.bindings) ? data.bindings : [];
            for (const binding of list.filter(util_data/* isRecord */.u)) {
                bindings.push({
                    role: binding.role,
                    members: Array.isArray(binding.members) ? binding.members : [],
                    at: [],
                });
            }
        }
    }
    else {
        const members = resource.type.endsWith('_iam_member')
            ? [after.member]
            : Array.isArray(after.members)
                ? after.members
                : [];
        bindings.push({ role: after.role, members, at: ['role'] });
    }
    const roles = job.rules.iam?.gcp?.roles;
    const rule = job.ruleName('iam.gcp.roles');
    for (const binding of bindings) {
        if (typeof binding.role !== 'string') {
            if (binding.at.length > 0 && unknownAt(resource.unknown, binding.at)) {
                add('gives a role known only at apply, which cannot be checked');
            }
        }
        else if (roles
            ? !roles.includes(binding.role)
            : /^roles\/(owner|editor|viewer)$|admin$/i.test(binding.role)) {
            add(roles
                ? `gives the role '${binding.role}', which the policy does not list (${rule}: ${quoted(roles)})`
                : `gives the role '${binding.role}', which is broad or administers access; list the roles jobs may have in ${rule}`);
        }
        for (const member of binding.members) {
            if (typeof member === 'string' && GCP_PUBLIC.has(member))
                add(`grants '${String(binding.role)}' to ${member}, that is to anyone`);
        }
    }
    if (/^google_secret_manager_secret_iam_/.test(resource.type)) {
        const prefixes = job.rules.secrets?.gcp;
        const id = scopeOf(view, resource, 'secret_id', add);
        if (prefixes && id !== undefined) {
            const project = typeof after.project === 'string' ? after.project : undefined;
            const full = id.startsWith('projects/')
                ? id
                : project
                    ? `projects/${project}/secrets/${id}`
                    : undefined;
            const secretRule = job.ruleName('secrets.gcp');
            if (full === undefined)
                add(`grants on the secret '${id}' of the provider's default project, which the policy (${secretRule}) cannot check: set project`);
            else if (!(0,config/* secretAllowed */.rU)('gcp', full, prefixes))
                add(`grants on the secret '${full}', outside the allowed prefixes ${quoted(prefixes)} (${secretRule})`);
        }
    }
    if (/^google_storage_bucket_iam_/.test(resource.type)) {
        const buckets = job.rules.storage?.gcs_buckets;
        const bucket = scopeOf(view, resource, 'bucket', add)?.replace(/^b\//, '');
        if (buckets && bucket !== undefined && !buckets.includes(bucket)) {
            add(`grants on the bucket '${bucket}', which the policy does not list (${job.ruleName('storage.gcs_buckets')})`);
        }
    }
}

// EXTERNAL MODULE: ./src/tags/convert.ts
var convert = __webpack_require__(9586);
;// CONCATENATED MODULE: ./src/policy/plan-tags.ts



const UNTAGGED_RULE = 'untagged-resource';
/**
 * Where a resource's tags are, best first: the map the provider will send (AWS tags_all and
 * Google terraform_labels include the provider's default tags or labels), then the resource's own.
 */
const TAG_ATTRIBUTES = ['tags_all', 'terraform_labels', 'tags', 'labels'];
/** The job's tags each resource would lack, for every remaining resource that can carry tags. */
function untaggedResources(view, job) {
    const expected = new Map();
    const tagsFor = (cloud) => {
        let tags = expected.get(cloud);
        if (!tags) {
            // The module's own keys (managed_by, dativo_runtime) are the module's to set, not the job's.
            const own = (0,convert/* moduleTags */.y)(job.runtime.type);
            const jobTags = Object.fromEntries(Object.entries(job.tags).filter(([key]) => !(key in own)));
            tags = (0,convert/* convertTags */.Hd)(jobTags, cloud).tags;
            expected.set(cloud, tags);
        }
        return tags;
    };
    const found = [];
    for (const resource of view.remaining()) {
        const carried = carriedTags(resource);
        if (!carried)
            continue;
        const want = tagsFor(providerCloud(resource.provider) ?? job.provider);
        const problem = {
            address: resource.address,
            missing: [],
            different: [],
            unknown: carried.unknown.includes('*') ? ['*'] : [],
        };
        for (const [key, value] of problem.unknown.length > 0 ? [] : Object.entries(want)) {
            if (carried.unknown.includes(key))
                problem.unknown.push(key);
            else if (!Object.hasOwn(carried.tags, key))
                problem.missing.push(key);
            else if (carried.tags[key] !== value)
                problem.different.push([key, carried.tags[key], value]);
        }
        if (problem.missing.length + problem.different.length + problem.unknown.length > 0) {
            found.push(problem);
        }
    }
    return found;
}
/**
 * The tags a resource will carry, when its schema has a tag attribute: the first attribute
 * whose map is known, keys whose values are known only at apply set apart.
 */
function carriedTags(resource) {
    const after = resource.after;
    let schemaHasTags = false;
    for (const attribute of TAG_ATTRIBUTES) {
        const listed = Object.hasOwn(after, attribute) || Object.hasOwn(resource.unknown, attribute);
        if (!listed)
            continue;
        const value = after[attribute];
        // Some providers' `tags` or `labels` are lists or blocks, not the cloud's key/value tags.
        if (value !== null && value !== undefined && !(0,util_data/* isRecord */.u)(value))
            continue;
        schemaHasTags = true;
        if (unknownAt(resource.unknown, [attribute]))
            continue;
        const tags = {};
        const unknown = [];
        for (const [key, tag] of Object.entries(value ?? {})) {
            if (unknownAt(resource.unknown, [attribute, key]))
                unknown.push(key);
            else if (typeof tag === 'string')
                tags[key] = tag;
        }
        const unknownKeys = resource.unknown[attribute];
        if ((0,util_data/* isRecord */.u)(unknownKeys)) {
            for (const [key, marker] of Object.entries(unknownKeys)) {
                if (marker === true && !unknown.includes(key))
                    unknown.push(key);
            }
        }
        return { tags, unknown };
    }
    // Every tag attribute is known only at apply: none of the job's tags can be seen.
    return schemaHasTags ? { tags: {}, unknown: ['*'] } : undefined;
}
/** One finding's message for a resource without (all of) the job's tags. */
function untaggedMessage(problem) {
    const parts = [];
    if (problem.unknown.includes('*')) {
        parts.push("its tags are known only at apply, so the job's tags cannot be seen on it");
    }
    else {
        if (problem.missing.length > 0)
            parts.push(`lacks the job's tags ${problem.missing.join(', ')}`);
        for (const [key, found, wanted] of problem.different) {
            parts.push(`has ${key} '${found}' instead of the job's '${wanted}'`);
        }
        if (problem.unknown.length > 0) {
            parts.push(`has ${problem.unknown.join(', ')} known only at apply`);
        }
    }
    return `${problem.address} ${parts.join('; ')}: every resource that can carry tags carries the job's tags`;
}

// EXTERNAL MODULE: ./src/policy/rules.ts
var rules = __webpack_require__(1821);
;// CONCATENATED MODULE: ./src/policy/plan.ts





/** Every problem of a plan (`terraform show -json` of it, parsed) for the job it is of. */
function checkPlan(plan, job, policy) {
    const view = new PlanView(plan);
    const findings = untaggedResources(view, job).map((problem) => ({
        severity: 'error',
        rule: UNTAGGED_RULE,
        message: untaggedMessage(problem),
        file: job.file,
        range: job.tagsRange ?? job.range,
    }));
    if (policy) {
        for (const grant of grantsOutsidePolicy(view, (0,rules/* policyFor */.KV)(policy, job.environment))) {
            findings.push({
                severity: 'error',
                rule: config/* POLICY_RULE */.y7,
                message: `${grant.address}: ${grant.message}`,
                file: job.file,
                range: job.range,
            });
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/resolve/file.ts
var file = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/resolve.ts + 1 modules
var resolve = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/resolve/write.ts
var write = __webpack_require__(4403);
;// CONCATENATED MODULE: ./src/resolve/index.ts
// Placeholder resolution: Terraform outputs into job configs, changing nothing else.






// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(9786);
// EXTERNAL MODULE: ./src/tags/tfvars.ts
var tags_tfvars = __webpack_require__(2378);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/terraform/hcl.ts
var hcl = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/terraform/changes.ts
var terraform_changes = __webpack_require__(489);
;// CONCATENATED MODULE: ./src/drift/analyse.ts
// What drift means here, decided from one job's plan (src/terraform/changes.ts):
//
// Drift is a change made outside Terraform: Terraform's refresh found a resource's attributes
// differ from what the state recorded at the last apply, or found the resource gone. It is
// counted when it matters to the configuration, as Terraform itself judges what to show: the
// plan would undo it, or a planned change depends on it. Changes to attributes the configuration
// does not manage (`ignore_changes`, values the cloud fills in, an inline copy of a policy kept
// as a resource of its own) are left out. Changes the plan makes that no drift explains are the
// configuration's own, not applied yet: reported, never called drift.
//
// Tag-only drift may be healed: only when every counted drift is in a tag or label attribute and
// the saved plan changes nothing but those attributes, on those resources (fail closed).

/** Where each cloud keeps a resource's tags (AWS, Azure) or labels (GCP, the AWS `_all` copy). */
const analyse_TAG_ATTRIBUTES = [
    'tags',
    'tags_all',
    'labels',
    'effective_labels',
    'terraform_labels',
];
function isTagPath(path) {
    return typeof path[0] === 'string' && analyse_TAG_ATTRIBUTES.includes(path[0]);
}
function analyseDrift(changes) {
    const planned = new Map(changes.resources.map((change) => [change.address, change]));
    const resources = [];
    for (const drift of changes.drift) {
        const counted = countedDrift(drift, changes);
        if (counted)
            resources.push(counted);
    }
    const drifted = new Set(resources.map((resource) => resource.address));
    const otherChanges = changes.resources
        .map((change) => change.address)
        .filter((address) => !drifted.has(address));
    const tagsOnly = resources.length > 0 &&
        resources.every((resource) => !resource.deleted && resource.attributes.every(({ path }) => isTagPath(path)));
    const state = resources.length > 0
        ? 'drifted'
        : changes.resources.length > 0 || changes.outputs.length > 0
            ? 'pending'
            : 'in-sync';
    return {
        state,
        resources,
        tagsOnly,
        otherChanges,
        healBlocked: state === 'drifted' ? healBlocked(resources, changes, planned) : 'no drift',
    };
}
/** The drift of one resource that counts, or undefined when none does. */
function countedDrift(drift, changes) {
    if (drift.actions.includes('delete') && drift.paths.length === 0) {
        return { address: drift.address, deleted: true, attributes: [] };
    }
    const planned = changes.resources.find((change) => change.address === drift.address);
    // A replacement or deletion the plan makes undoes every drifted attribute.
    const whole = planned !== undefined && planned.actions.some((a) => a === 'delete' || a === 'create');
    const relevant = changes.relevant.filter((item) => item.address === drift.address);
    const attributes = drift.paths.flatMap((path, i) => whole ||
        planned?.paths.some((other) => (0,terraform_changes/* overlaps */.$f)(path, other)) ||
        relevant.some((item) => (0,terraform_changes/* overlaps */.$f)(path, item.path))
        ? [{ path, ...drift.values[i] }]
        : []);
    return attributes.length > 0 ? { address: drift.address, deleted: false, attributes } : undefined;
}
/**
 * Why applying the saved plan would do more than restore drifted tags, if it would: the plan may
 * only update drifted resources, and only in tag attributes that drifted.
 */
function healBlocked(resources, changes, planned) {
    const deleted = resources.find((resource) => resource.deleted);
    if (deleted)
        return `${deleted.address} was deleted outside Terraform`;
    for (const resource of resources) {
        const other = resource.attributes.find(({ path }) => !isTagPath(path));
        if (other)
            return `${resource.address} drifted in ${(0,terraform_changes/* formatPath */.jV)(other.path)}, not a tag`;
    }
    if (changes.resources.length === 0)
        return 'the plan restores nothing';
    for (const change of planned.values()) {
        const drifted = resources.find((resource) => resource.address === change.address);
        if (!drifted)
            return `the plan also changes ${change.address}, which did not drift`;
        if (change.actions.length !== 1 || change.actions[0] !== 'update') {
            return `the plan would ${change.actions.join(' and ')} ${change.address}`;
        }
        if (change.morePaths || change.paths.length === 0) {
            return `the plan changes more of ${change.address} than can be checked`;
        }
        for (const path of change.paths) {
            if (!isTagPath(path)) {
                return `the plan also changes ${(0,terraform_changes/* formatPath */.jV)(path)} of ${change.address}, not a tag`;
            }
            if (!drifted.attributes.some((attribute) => (0,terraform_changes/* overlaps */.$f)(attribute.path, path))) {
                return `the plan also changes ${(0,terraform_changes/* formatPath */.jV)(path)} of ${change.address}, which did not drift`;
            }
        }
    }
    if (changes.outputs.length > 0) {
        return `the plan also changes outputs: ${changes.outputs.map((output) => output.name).join(', ')}`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/terraform/fingerprint.ts
var fingerprint = __webpack_require__(1552);
// EXTERNAL MODULE: ./src/terraform/modules.ts + 1 modules
var modules = __webpack_require__(5214);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/terraform/plan-inputs.ts
// What a job's plan was made from besides the plan itself, for its fingerprint (fingerprint.ts):
// the provider versions the lock file selects, the backend, every file of the root and of each
// module Terraform loaded, and the absolute paths that differ between runners, named instead.






/** An empty copy of the bundled modules' files, for one run's jobs to share. */
function bundledFiles() {
    return new Map();
}
async function planInputs(sources) {
    const paths = [];
    const name = (dir, as) => {
        if (!dir)
            return;
        paths.push([dir, as]);
        const real = (0,util_paths/* realPath */.Ye)(dir);
        if (real !== dir)
            paths.push([real, as]);
    };
    name(sources.jobDir, '<job>');
    name(sources.workspace, '<workspace>');
    name(sources.bundledModules, '<action>/terraform/modules');
    if (sources.moduleSource?.startsWith('.'))
        paths.push([sources.moduleSource, '<module>']);
    const lock = await (0,promises_.readFile)(external_node_path_default().join(sources.rootDir, '.terraform.lock.hcl'), 'utf8').catch(() => '');
    const files = {};
    for (const [key, dir] of await moduleDirs(sources.rootDir, external_node_path_default().join(sources.jobDir, 'data'))) {
        files[key] = digests(await moduleFiles(dir, sources), paths);
    }
    return {
        providers: lockSelections(lock),
        backend: sources.backend,
        files,
        paths,
    };
}
/** Provider address → version, from a `.terraform.lock.hcl` as Terraform writes it. */
function lockSelections(lock) {
    const selections = {};
    const block = /^provider\s+"([^"]+)"\s*\{([\s\S]*?)^\}/gm;
    for (const match of lock.matchAll(block)) {
        const version = /^\s*version\s*=\s*"([^"]*)"/m.exec(match[2]);
        selections[match[1]] = version ? version[1] : '';
    }
    return selections;
}
/** The root (key '') and each module Terraform installed, by its key in modules.json. */
async function moduleDirs(rootDir, dataDir) {
    const dirs = [['', rootDir]];
    let manifest;
    try {
        manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dataDir, 'modules', 'modules.json'), 'utf8'));
    }
    catch {
        return dirs;
    }
    const modules = (0,util_data/* isRecord */.u)(manifest) && Array.isArray(manifest.Modules) ? manifest.Modules : [];
    for (const module of modules) {
        if (!(0,util_data/* isRecord */.u)(module) || typeof module.Key !== 'string' || typeof module.Dir !== 'string')
            continue;
        if (module.Key === '')
            continue;
        dirs.push([module.Key, external_node_path_default().resolve(rootDir, module.Dir)]);
    }
    return dirs.sort(([a], [b]) => (0,util_text/* byCodeUnits */.CA)(a, b));
}
/**
 * What a module's folder holds, for its digests: read afresh for every other folder, and once per
 * run for a folder of the action's bundled modules, whichever job asks first. Those are files of
 * this copy of the action, beside its code: what could change them during the run could change the
 * code that checks the plans as well, so reading them again per job would guard nothing more.
 */
async function moduleFiles(dir, sources) {
    const cache = sources.bundledFiles;
    const bundled = sources.bundledModules;
    const relative = bundled === undefined ? undefined : external_node_path_default().relative(bundled, dir);
    if (!cache || relative === undefined || relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        return readFolder(dir);
    }
    let read = cache.get(dir);
    if (!read) {
        read = readFolder(dir);
        cache.set(dir, read);
        // A folder that could not be read is read again by the next job, as it would be uncached.
        read.catch(() => cache.delete(dir));
    }
    return read;
}
/**
 * Every file under a module's folder (scripts a provisioner runs included), by path relative to
 * it. Left out: hidden entries (`.terraform`, `.git`, the lock file, whose selections count on
 * their own) and state files. A link to a folder counts as its target's path (it is not followed:
 * no loops).
 */
async function readFolder(dir) {
    const found = [];
    const walk = async (folder, prefix) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (entry.name.startsWith('.') ||
                /\.tfstate(\.backup)?$|^terraform\.tfstate\.d$/.test(entry.name))
                continue;
            const full = external_node_path_default().join(folder, entry.name);
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                await walk(full, relative);
            }
            else if (entry.isSymbolicLink()) {
                const target = await (0,promises_.stat)(full).catch(() => undefined);
                if (target?.isFile())
                    found.push({ relative, bytes: await (0,promises_.readFile)(full) });
                else
                    found.push({ relative, link: await (0,promises_.readlink)(full).catch(() => '') });
            }
            else if (entry.isFile()) {
                found.push({ relative, bytes: await (0,promises_.readFile)(full) });
            }
        }
    };
    await walk(dir, '');
    return found;
}
/** SHA-256 of each file read, by its path, with the given absolute paths named in its text. */
function digests(entries, paths) {
    const named = [...paths].sort(([a], [b]) => b.length - a.length);
    const result = {};
    for (const entry of entries) {
        result[entry.relative] =
            'bytes' in entry ? digestOf(entry.bytes, named) : `link ${nameText(entry.link, named)}`;
    }
    return result;
}
function digestOf(bytes, paths) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (paths.some(([from]) => bytes.includes(from))) {
        hash.update(nameText(bytes.toString('utf8'), paths));
    }
    else {
        hash.update(bytes);
    }
    return hash.digest('hex');
}
function nameText(text, paths) {
    return paths.reduce((out, [from, to]) => (out.includes(from) ? out.split(from).join(to) : out), text);
}

;// CONCATENATED MODULE: ./src/terraform/plan.ts

/** The addresses of the resources the plan deletes (a replacement included), in its order. */
function destroyedAddresses(plan) {
    return (plan.resource_changes ?? [])
        .filter((change) => change.mode !== 'data' && change.change?.actions?.includes('delete'))
        .map((change) => change.address ?? '?');
}
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
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
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
                where: (0,util_paths/* relativePosix */.Yn)(context.workspace, file),
            };
        }
        else {
            settings = { backendLines: [], remote: false, where: "the run's temporary folder" };
        }
    }
    else {
        const declared = context.declaredBackend;
        const folder = (0,util_paths/* relativePosix */.Yn)((0,util_paths/* realPath */.Ye)(context.workspace), root.realDir ?? root.dir) || '.';
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
        if (declared === undefined)
            settings.localFile = external_node_path_default().join(root.dir, 'terraform.tfstate');
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
    // At a terminal (the CLI keeps state in the workspace) the words are the CLI's: its options,
    // and a state that stays on this machine rather than one lost with a runner.
    const terminal = context.stateDir !== undefined;
    const kept = terminal
        ? 'on this machine only, unknown to CI and to everyone else, who would then create its resources again'
        : 'lost with the runner and unknown to every other run, which would then create its resources again';
    const backendConfig = terminal
        ? `--backend-config '${EXAMPLE[job.provider]}'`
        : `backend-config (${EXAMPLE[job.provider]})`;
    const allow = terminal ? 'pass --allow-local-state true' : 'set allow-local-state: true';
    if (!options.allowLocalState) {
        throw new StateRefused(`Not applied: this ${job.provider} job has no state backend, so its Terraform state would stay in ${where}, ${kept}. Give it a backend with ${backendConfig} or a backend block in its own root; to keep the state local anyway, ${allow}`, 'local-state');
    }
    settings.note = {
        severity: 'warning',
        rule: 'local-state',
        message: `This ${job.provider} job's Terraform state stays in ${where} (${terminal ? '--allow-local-state true' : 'allow-local-state: true'}): keep it, or the next run will not know the resources it created`,
    };
    return settings;
}
/**
 * At a terminal, a team root's local state file is in the workspace: a warning when git would
 * take it (neither ignored nor kept out), since a state holds every value of the job's resources,
 * secrets included, and must not be committed. Undefined when git ignores it, or there is no git.
 */
async function unignoredStateFile(file, workspace) {
    const ignored = await new git/* Git */.T(external_node_path_default().dirname(file)).tryRun([
        'check-ignore',
        '-q',
        '--',
        external_node_path_default().basename(file),
    ]);
    // 0: ignored; 1: not ignored; anything else: no repository, or git could not tell.
    if (ignored.exitCode !== 1)
        return undefined;
    const shown = (0,util_paths/* relativePosix */.Yn)((0,util_paths/* realPath */.Ye)(workspace), (0,util_paths/* realPath */.Ye)(external_node_path_default().dirname(file)));
    const name = `${shown ? `${shown}/` : ''}terraform.tfstate`;
    return `This job's Terraform state is written to ${name}, which git does not ignore: never commit it (it holds every value of the job's resources, secrets included). Add terraform.tfstate and terraform.tfstate.backup to a .gitignore, or give the root a backend`;
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
    // The bundled modules' files, read for the first job's fingerprint and kept for the others'.
    const moduleFiles = bundledFiles();
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
    const folderLocks = new Map([...inFolder.keys()].map((dir) => [dir, new concurrency/* Mutex */.eu()]));
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
    const slots = new concurrency/* Slots */.WR(options.parallelism);
    const tails = new concurrency/* Slots */.WR(options.parallelism);
    // Live, a job's log waits for the job before it to end before it opens its group.
    let previousEnded = Promise.resolve();
    const runOne = async ({ job, jobDir, root }, index) => {
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
                    moduleFiles,
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
    };
    const outcomes = await Promise.all(located.map(async (entry, index) => {
        const outcome = await runOne(entry, index);
        // A rollout waits for this: told as soon as the job ends, however it ended.
        deps.gate?.finished(entry.job, outcome.ok);
        return outcome;
    }));
    notPassedNotices(outcomes, jobs, deps);
    return outcomes;
}
/** One notice per cause, naming its jobs: variables a kind of root does not declare. */
function notPassedNotices(outcomes, jobs, deps) {
    const causes = new Map();
    outcomes.forEach((outcome, index) => {
        if (!outcome.notPassed)
            return;
        const key = `${outcome.notPassed.root}\0${outcome.notPassed.names.join('\0')}`;
        const cause = causes.get(key) ?? { ...outcome.notPassed, jobs: [] };
        cause.jobs.push(jobs[index].jobName);
        causes.set(key, cause);
    });
    for (const { names, root, jobs: named } of causes.values()) {
        const shown = named.slice(0, 10).join(', ') + (named.length > 10 ? `, … (${named.length} jobs)` : '');
        deps.reporter.notice(`Not passed to Terraform, ${root} declares no such variable: ${names.join(', ')} (${named.length === 1 ? 'job' : 'jobs'} ${shown})`);
    }
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
async function runJob(job, located, sharingJobs, options, deps, { jobDir, lockFiles, moduleFiles, log, progress, lastRead }) {
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
    const held = deps.gate?.start(job);
    if (held) {
        outcome.held = true;
        finding('warning', held.rule, held.message);
        return outcome;
    }
    // The plan's inputs, read while Terraform plans (see below).
    let inputsRead;
    try {
        if (located instanceof roots/* RootError */.l8)
            throw located;
        const root = located;
        await (0,promises_.mkdir)(jobDir, { recursive: true });
        const cache = await deps.pluginCache.forJob(jobDir);
        const terraform = deps.terraform.forJob(jobDir, cache.dir);
        const folder = root.generated ? undefined : (0,util_paths/* relativePosix */.Yn)(options.workspace, root.dir) || '.';
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
        if (deps.stateDir && state.localFile && options.mode === 'apply') {
            const warning = await unignoredStateFile(state.localFile, options.workspace);
            if (warning)
                finding('warning', 'local-state', warning);
        }
        log(root.generated
            ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
            : `Root: ${folder}`);
        log(`State: ${state.where}`);
        if (state.stateFolder)
            await prepareStateFolder(state.stateFolder, options.workspace);
        const tfvars = (0,tags_tfvars/* buildTfvars */.$E)(job, {
            defaultTags: options.defaultTags,
            terraformVars: options.terraformVars,
            permissionsBoundaryArn: (0,rules/* permissionsBoundary */.bT)(job, deps.policy),
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
            // One notice for the run, for all jobs with this cause (runTerraformJobs gathers them).
            outcome.notPassed = {
                names: unused,
                root: folder
                    ? `the root ${folder}`
                    : options.moduleSource
                        ? 'the module of module-source'
                        : `the ${job.runtime.type} module`,
            };
        }
        // The job's own file, never one in the root: two jobs in one folder cannot read each other's.
        const varFile = external_node_path_default().join(jobDir, tags_tfvars/* TFVARS_FILE */.i4);
        const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)));
        await (0,promises_.writeFile)(varFile, JSON.stringify(passed, null, 2) + '\n', { mode: 0o600 });
        const planFile = external_node_path_default().join(jobDir, 'tfplan');
        // What the plan is made from (files, lock selections, backend) is read while Terraform plans:
        // plan changes none of it.
        inputsRead = planInputs({
            rootDir: root.dir,
            jobDir,
            workspace: options.workspace,
            bundledModules: root.generated && !options.moduleSource
                ? external_node_path_default().dirname((0,roots/* bundledModule */.Jh)(job.runtime.type))
                : undefined,
            moduleSource: root.generated ? root.moduleSource : undefined,
            backend: {
                type: (root.generated ? state.generatedBackend : own?.backend) ?? 'none',
                settings: state.backendLines,
            },
            bundledFiles: moduleFiles,
        });
        // Used after plan and show; when a step fails first, its result goes unused (the finally
        // below waits for it all the same).
        inputsRead.catch(() => { });
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
        // The JSON form holds sensitive values in clear: it is parsed, never printed. It is read
        // before anything is applied: the plan's checks decide whether it may be.
        // In plan mode reading the plan is the job's last command: the next job may start.
        if (options.mode === 'plan')
            await lastRead();
        const shown = JSON.parse((await step('show', ['show', '-json', planFile], { quiet: true })).stdout);
        secret(sensitiveTexts(shown));
        outcome.plan = countChanges(shown);
        outcome.destroys = destroyedAddresses(shown);
        // What will run: the plan, and the files, lock selections and backend it was made from.
        outcome.fingerprint = await (0,fingerprint/* planFingerprint */.a)(shown, await inputsRead);
        outcome.plannedOutputs = (0,outputs.plannedOutputs)(shown);
        outcome.changes = (0,terraform_changes/* planChanges */.XA)(shown);
        const broken = deps.destroy ? [] : checkPlan(shown, job, deps.policy);
        for (const problem of broken) {
            outcome.findings.push(problem);
            log(`${problem.severity}: ${problem.message}`);
        }
        if (broken.some((problem) => problem.severity === 'error')) {
            outcome.planRefused = true;
            if (options.mode === 'apply')
                log('Not applied: the plan breaks the rules above');
            return outcome;
        }
        const applyArgs = [
            'apply',
            '-input=false',
            '-no-color',
            `-lock-timeout=${LOCK_TIMEOUT}`,
            planFile,
        ];
        if (options.mode === 'apply' && deps.gate) {
            if (outcome.hasChanges)
                log('Planned: waiting for its turn in the rollout');
            const hold = await deps.gate.beforeApply(job, outcome.hasChanges);
            if (hold) {
                outcome.held = true;
                finding('warning', hold.rule, hold.message);
                log(hold.message);
                return outcome;
            }
        }
        const verdict = options.mode === 'apply' ? deps.review?.(job, outcome.fingerprint, !!deps.destroy) : undefined;
        if (verdict && !verdict.apply) {
            finding('error', 'unreviewed-plan', verdict.message);
            log(verdict.message);
            outcome.refused = true;
            return outcome;
        }
        if (verdict?.note)
            log(verdict.note);
        if (options.mode === 'drift') {
            const drift = analyseDrift(outcome.changes);
            outcome.drift = drift;
            // The saved plan is applied only when it restores drifted tags and nothing else.
            if (options.healTagDrift && drift.state === 'drifted' && !drift.healBlocked) {
                log('Only tags drifted, and the saved plan restores them and changes nothing else: applying it');
                outcome.healStarted = true;
                await step('apply', applyArgs);
                outcome.healed = true;
            }
            outcome.ok = true;
            return outcome;
        }
        if (options.mode === 'apply') {
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
        // Their reading ends before the folder it may be reading goes.
        await inputsRead?.catch(() => { });
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
        (0,util_paths/* reallyWithin */.RU)(workspace, folder) === undefined) {
        throw new roots/* RootError */.l8(`job_name '${name}' cannot name a folder of ${(0,util_paths/* relativePosix */.Yn)(workspace, stateDir)} for the job's state`);
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
    if (outcome.planRefused) {
        const count = outcome.findings.filter((f) => f.severity === 'error').length;
        return `${verb === 'apply' ? 'not applied' : `${verb} ${(0,run/* formatPlan */.nT)(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`}: ${count === 1 ? 'one rule' : `${count} rules`} broken`;
    }
    if (outcome.held)
        return 'not applied: held back by the rollout';
    if (outcome.healed)
        return `${verb} ${(0,run/* formatPlan */.nT)(outcome.plan)}: drifted tags restored`;
    if (outcome.interrupted)
        return `${outcome.failedStep ?? verb} interrupted`;
    if (!outcome.ok)
        return outcome.failedStep ? `${outcome.failedStep} failed` : `${verb} failed`;
    return `${verb} ${(0,run/* formatPlan */.nT)(outcome.plan ?? { add: 0, change: 0, destroy: 0 })}`;
}
function slug(text) {
    return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'job';
}


/***/ })

};
