export const id = 782;
export const ids = [782];
export const modules = {

/***/ 9782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PluginCache: () => (/* binding */ PluginCache),
/* harmony export */   cacheAtEnd: () => (/* binding */ cacheAtEnd),
/* harmony export */   cacheAtStart: () => (/* binding */ cacheAtStart),
/* harmony export */   providerPackages: () => (/* binding */ providerPackages)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3731);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9997);
// The provider plugin cache as the run uses it and the log describes it: the workflow's own
// (TF_PLUGIN_CACHE_DIR, kept between runs with actions/cache), with what earlier runs left in it,
// or this run's alone.





/**
 * The provider packages in a plugin cache, as `host/namespace/type version (platform)`: the
 * folders Terraform unpacks each into, HOST/NAMESPACE/TYPE/VERSION/PLATFORM.
 */
async function providerPackages(folder) {
    return (await packagePaths(folder))
        .map((relative) => {
        const [host, namespace, type, version, platform] = relative.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
        return `${host}/${namespace}/${type} ${version} (${platform})`;
    })
        .sort();
}
/** HOST/NAMESPACE/TYPE/VERSION/PLATFORM of each package folder (or link to one) in a cache. */
async function packagePaths(folder) {
    const found = [];
    const walk = async (dir, parts) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (!entry.isDirectory() && !entry.isSymbolicLink())
                continue;
            const next = [...parts, entry.name];
            if (next.length === 5)
                found.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(...next));
            else
                await walk(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.name), next);
        }
    };
    await walk(folder, []);
    return found;
}
/** What the log says before Terraform runs: which cache, and what it holds. */
function cacheAtStart(folder, fromWorkflow, packages) {
    if (!fromWorkflow) {
        return 'Provider plugin cache: a folder of this run only (set TF_PLUGIN_CACHE_DIR and cache it with actions/cache to keep providers between runs)';
    }
    if (packages.length === 0) {
        return `Provider plugin cache: ${folder} (TF_PLUGIN_CACHE_DIR), empty: providers are downloaded into it for later runs`;
    }
    return `Provider plugin cache: ${folder} (TF_PLUGIN_CACHE_DIR), with ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(packages.length, 'provider package')} from earlier runs: ${packages.join(', ')}`;
}
/** What the log says after Terraform ran: what this run added for the next ones, if anything. */
function cacheAtEnd(before, after) {
    const had = new Set(before);
    const added = after.filter((name) => !had.has(name));
    if (added.length === 0)
        return undefined;
    return `Provider plugin cache: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(added.length, 'provider package')} added for later runs: ${added.join(', ')}`;
}
/**
 * The plugin cache a run's jobs share. Terraform's cache is not safe for concurrent writers: an
 * init that installs a package first deletes its folder, which another init may be filling or
 * linking at that moment. When inits run side by side, each gets a folder of its own in which
 * every package of the shared cache is linked: Terraform takes them from there, and whatever it
 * installs lands in the job's folder, never in the shared one. After the init succeeded, each
 * package the shared cache lacks is moved into it (one rename, so it appears there whole, or a
 * copy renamed into place across file systems) and linked back for the job. With one init at a
 * time, or where links cannot be made, inits take turns in the shared cache itself.
 */
class PluginCache {
    folder;
    concurrent;
    turns = new _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .Mutex */ .eu();
    moving = new _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .Mutex */ .eu();
    constructor(folder, concurrent) {
        this.folder = folder;
        this.concurrent = concurrent;
    }
    /** The cache in `folder` (made if missing); `concurrent` when inits may run side by side. */
    static async open(folder, concurrent, scratch) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(folder);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(absolute, { recursive: true });
        return new PluginCache(absolute, concurrent && (await canLink(absolute, scratch)));
    }
    /** The cache of one job, whose own files go in `jobDir`. */
    async forJob(jobDir) {
        if (!this.concurrent) {
            return { dir: this.folder, init: (run) => this.turns.lock(run) };
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(jobDir, 'plugin-cache');
        for (const relative of await packagePaths(this.folder)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(relative)), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.folder, relative), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, relative), 'dir');
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        return {
            dir,
            init: async (run, log) => {
                const result = await run();
                await this.publish(dir, log);
                return result;
            },
        };
    }
    /** Moves the packages an init installed in a job's folder into the shared cache, if new there. */
    async publish(dir, log) {
        for (const relative of await packagePaths(dir)) {
            const own = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, relative);
            const shared = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.folder, relative);
            // Still the link to the shared package: Terraform took it from there.
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(own).catch(() => undefined)) === shared)
                continue;
            await this.moving.lock(async () => {
                if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(shared).catch(() => undefined))
                    return;
                try {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(shared), { recursive: true });
                    await moveInto(own, shared, this.folder);
                }
                catch (error) {
                    // The job has its package either way; only later jobs and runs go without it.
                    log(`Provider plugin cache: ${relative.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/')} not added to ${this.folder}: ${error.message}`);
                }
            });
        }
    }
}
/** Moves a package folder (or link) into the shared cache; the job's path leads to it after. */
async function moveInto(own, shared, cache) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(own, shared);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        // Another file system: a whole copy is renamed into place; the job keeps its own.
        const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cache, `.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(own, staging, { recursive: true, verbatimSymlinks: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, shared);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
        }
        return;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(shared, own, 'dir');
}
/** Whether links to folders can be made here (not on Windows without the privilege). */
async function canLink(target, scratch) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(scratch, { recursive: true });
    const probe = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(scratch, `.link-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(target, probe, 'dir');
        return true;
    }
    catch {
        return false;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
    }
}


/***/ })

};
