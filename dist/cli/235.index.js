export const id = 235;
export const ids = [235];
export const modules = {

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


/***/ })

};
