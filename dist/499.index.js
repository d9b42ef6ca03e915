export const id = 499;
export const ids = [499];
export const modules = {

/***/ 3110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ cacheDirs),
/* harmony export */   hn: () => (/* binding */ cachedFolder),
/* harmony export */   qr: () => (/* binding */ withToolCacheEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where @actions/tool-cache keeps Terraform. It reads RUNNER_TOOL_CACHE and RUNNER_TEMP itself;
// outside Actions (the CLI on a workstation) they point at a per-user cache instead. Finding a
// version there needs no tool-cache: its layout is read here, so a cached Terraform starts fast.



function cacheDirs(env, platform, home = node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), tmp = node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir()) {
    const userCache = platform === 'win32'
        ? (env.LOCALAPPDATA ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, 'AppData', 'Local'))
        : (env.XDG_CACHE_HOME ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.cache'));
    return {
        toolCache: env.RUNNER_TOOL_CACHE || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(userCache, 'dativo-infra', 'tools'),
        temp: env.RUNNER_TEMP || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, 'dativo-infra'),
    };
}
/** Runs `action` with tool-cache's variables set to `dirs`, then puts them back as they were. */
async function withToolCacheEnv(dirs, action) {
    const saved = {
        RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
        RUNNER_TEMP: process.env.RUNNER_TEMP,
    };
    process.env.RUNNER_TOOL_CACHE = dirs.toolCache;
    process.env.RUNNER_TEMP = dirs.temp;
    try {
        return await action();
    }
    finally {
        for (const [name, value] of Object.entries(saved)) {
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
        }
    }
}
/**
 * The folder of `version` (a clean semver, as tool-cache names folders) in the tool cache, when
 * tool-cache finished putting it there: `<cache>/terraform/<version>/<arch>` beside a
 * `<arch>.complete` marker, as tool-cache's find() checks.
 */
function cachedFolder(dirs, version, arch) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dirs.toolCache, 'terraform', version, arch);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(folder) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${folder}.complete`) ? folder : undefined;
}


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ cacheHit),
/* harmony export */   ZY: () => (/* binding */ fromCache),
/* harmony export */   install: () => (/* binding */ install),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3110);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5253);
// The install itself: tool cache, or mirror → verify → tool cache. Nothing reaches the tool cache
// before both the signature and the checksum have passed. This part stays light: a version
// already in the tool cache is found without the HTTP client, semver, tool-cache or openpgp;
// mirror.ts loads when the mirror must be asked, download.ts when a release must be fetched.




async function install(spec, request, deps) {
    const env = deps.env ?? process.env;
    const nodePlatform = deps.platform ?? process.platform;
    const context = {
        deps,
        mirror: mirrorBase(request.mirror),
        platform: (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .terraformPlatform */ .s)(nodePlatform, deps.arch ?? process.arch),
        dirs: (0,_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheDirs */ .D7)(env, nodePlatform),
    };
    if (spec.kind === 'exact') {
        // A pinned version already in the cache needs nothing from the network, not even the index.
        const cached = fromCache(spec.version, context);
        if (cached)
            return cacheHit(cached, deps.log);
    }
    const { installFromMirror } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(516)]).then(__webpack_require__.bind(__webpack_require__, 1516));
    return installFromMirror(spec, context);
}
function fromCache(version, context) {
    const dir = (0,_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .cachedFolder */ .hn)(context.dirs, version, context.platform.arch);
    if (!dir)
        return undefined;
    return { path: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .binaryName */ .f)(context.platform)), version, source: 'cache' };
}
function cacheHit(installed, log) {
    log.info(`Terraform ${installed.version} found in the tool cache: ${installed.path}`);
    return installed;
}
function mirrorBase(mirror) {
    let url;
    try {
        url = new URL(mirror.trim());
    }
    catch {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`terraform-mirror '${mirror}' is not a URL (e.g. https://releases.hashicorp.com)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`terraform-mirror '${mirror}' must be an http(s) URL`);
    }
    return url.toString().replace(/\/+$/, '');
}
function describe(spec) {
    return spec.kind === 'constraint' ? spec.text : spec.kind === 'exact' ? spec.version : 'latest';
}


/***/ }),

/***/ 5253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ binaryName),
/* harmony export */   s: () => (/* binding */ terraformPlatform)
/* harmony export */ });
// Node's names for the OS and CPU mapped to the ones HashiCorp's release files use, as
// hashicorp/setup-terraform maps them.
const OS_NAMES = { win32: 'windows' };
const ARCH_NAMES = { x64: 'amd64', x32: '386', ia32: '386' };
function terraformPlatform(platform, arch) {
    return { os: OS_NAMES[platform] ?? platform, arch: ARCH_NAMES[arch] ?? arch };
}
function binaryName(platform) {
    return platform.os === 'windows' ? 'terraform.exe' : 'terraform';
}


/***/ })

};
