export const id = 782;
export const ids = [782];
export const modules = {

/***/ 9782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheAtEnd: () => (/* binding */ cacheAtEnd),
/* harmony export */   cacheAtStart: () => (/* binding */ cacheAtStart),
/* harmony export */   providerPackages: () => (/* binding */ providerPackages)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9997);
// The provider plugin cache as the log describes it: the workflow's own (TF_PLUGIN_CACHE_DIR,
// kept between runs with actions/cache), with what earlier runs left in it, or this run's alone.



/**
 * The provider packages in a plugin cache, as `host/namespace/type version (platform)`: the
 * folders Terraform unpacks each into, HOST/NAMESPACE/TYPE/VERSION/PLATFORM.
 */
async function providerPackages(folder) {
    const packages = [];
    const walk = async (dir, parts) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (!entry.isDirectory() && !entry.isSymbolicLink())
                continue;
            const next = [...parts, entry.name];
            if (next.length === 5) {
                const [host, namespace, type, version, platform] = next;
                packages.push(`${host}/${namespace}/${type} ${version} (${platform})`);
            }
            else {
                await walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), next);
            }
        }
    };
    await walk(folder, []);
    return packages.sort();
}
/** What the log says before Terraform runs: which cache, and what it holds. */
function cacheAtStart(folder, fromWorkflow, packages) {
    if (!fromWorkflow) {
        return 'Provider plugin cache: a folder of this run only (set TF_PLUGIN_CACHE_DIR and cache it with actions/cache to keep providers between runs)';
    }
    if (packages.length === 0) {
        return `Provider plugin cache: ${folder} (TF_PLUGIN_CACHE_DIR), empty: providers are downloaded into it for later runs`;
    }
    return `Provider plugin cache: ${folder} (TF_PLUGIN_CACHE_DIR), with ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(packages.length, 'provider package')} from earlier runs: ${packages.join(', ')}`;
}
/** What the log says after Terraform ran: what this run added for the next ones, if anything. */
function cacheAtEnd(before, after) {
    const had = new Set(before);
    const added = after.filter((name) => !had.has(name));
    if (added.length === 0)
        return undefined;
    return `Provider plugin cache: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(added.length, 'provider package')} added for later runs: ${added.join(', ')}`;
}


/***/ })

};
