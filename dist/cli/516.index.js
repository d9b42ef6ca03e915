export const id = 516;
export const ids = [516];
export const modules = {

/***/ 4113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T1: () => (/* binding */ createMirrorClient),
  Qy: () => (/* binding */ displayUrl)
});

// UNUSED EXPORTS: DEFAULT_RETRY

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/util/http.ts
async function newHttpClient(socketTimeout) {
    const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 4942));
    return new HttpClient('dativo-infra-action', [], { allowRetries: false, socketTimeout });
}
/** Server errors, rate limiting and timeouts pass; another try may well succeed. */
function isTransientStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
/** A Retry-After header in seconds, as milliseconds; dates and nonsense are ignored. */
function retryAfterMs(header) {
    const value = Array.isArray(header) ? header[0] : header;
    return value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined;
}

// EXTERNAL MODULE: ./src/util/retry.ts
var util_retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/terraform/install/errors.ts
var errors = __webpack_require__(4737);
;// CONCATENATED MODULE: ./src/terraform/install/http.ts
// GETs from a release mirror through util/retry: server errors, rate limits and network failures
// are retried with backoff; a 404 is an answer, not a hiccup.







const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };
class HttpStatusError extends Error {
    status;
    retryAfterMs;
    constructor(status, url, retryAfterMs) {
        super(`GET ${url} answered ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.name = 'HttpStatusError';
    }
}
function createMirrorClient(retry, onRetry) {
    const http = newHttpClient(60_000);
    const options = {
        ...DEFAULT_RETRY,
        retryable: (error) => !(error instanceof HttpStatusError) || isTransientStatus(error.status),
        delayFor: (error) => (error instanceof HttpStatusError ? error.retryAfterMs : undefined),
        onRetry: (error, attempt, delay) => onRetry(`${messageOf(error)}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${options.attempts})`),
        ...retry,
    };
    async function request(url, read) {
        try {
            return await (0,util_retry/* withRetry */.b)(async () => {
                const response = await (await http).get(url);
                const status = response.message.statusCode ?? 0;
                if (status === 200)
                    return await read(response);
                response.message.resume();
                if (status === 404)
                    return undefined;
                throw new HttpStatusError(status, displayUrl(url), retryAfterMs(response.message.headers['retry-after']));
            }, options);
        }
        catch (error) {
            const tries = error instanceof HttpStatusError && !isTransientStatus(error.status)
                ? ''
                : ` (tried ${options.attempts} times)`;
            throw new errors/* TerraformInstallError */.U('mirror', `Could not download ${displayUrl(url)}${tries}: ${messageOf(error)}. Check terraform-mirror and the runner's network or proxy.`);
        }
    }
    return {
        get: (url) => request(url, async (response) => {
            const chunks = [];
            for await (const chunk of response.message)
                chunks.push(chunk);
            return Buffer.concat(chunks);
        }),
        download: (url, file) => request(url, async (response) => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const hashing = new external_node_stream_.Transform({
                transform(chunk, _encoding, done) {
                    hash.update(chunk);
                    done(null, chunk);
                },
            });
            await (0,promises_.pipeline)(response.message, hashing, (0,external_node_fs_.createWriteStream)(file));
            return hash.digest('hex');
        }),
    };
}
function messageOf(error) {
    if (error instanceof Error) {
        const code = error.code;
        return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
    }
    return String(error);
}
/** The URL without any user:password, for messages. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return url;
    }
}


/***/ }),

/***/ 1516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installFromMirror: () => (/* binding */ installFromMirror)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/terraform/install/cache.ts
var cache = __webpack_require__(3110);
// EXTERNAL MODULE: ./src/terraform/install/errors.ts
var errors = __webpack_require__(4737);
// EXTERNAL MODULE: ./src/terraform/install/http.ts + 1 modules
var http = __webpack_require__(4113);
// EXTERNAL MODULE: ./src/terraform/install/install.ts
var install = __webpack_require__(499);
// EXTERNAL MODULE: ./src/terraform/install/releases.ts
var releases = __webpack_require__(6360);
;// CONCATENATED MODULE: ./src/terraform/install/versions.ts
// Choosing a release among the published versions: newest match, Terraform's prerelease rule, and
// the neighbours to suggest when an exact version does not exist.

/** Valid versions, newest first; anything that is not semver is ignored. */
function sortVersions(versions) {
    return [...versions].filter((version) => semver_default().valid(version) !== null).sort((semver_default()).rcompare);
}
/**
 * Whether `version` satisfies every comparison. As in Terraform, a prerelease is selected only by
 * an exact `=` naming it, never by a range.
 */
function satisfies(version, comparisons) {
    const parsed = semver_default().parse(version);
    if (!parsed)
        return false;
    if (parsed.prerelease.length > 0) {
        const named = comparisons.some((c) => c.operator === '=' && semver_default().eq(c.version, parsed));
        if (!named)
            return false;
    }
    return comparisons.every((comparison) => {
        const order = semver_default().compare(parsed, comparison.version);
        switch (comparison.operator) {
            case '=':
                return order === 0;
            case '!=':
                return order !== 0;
            case '>':
                return order > 0;
            case '>=':
                return order >= 0;
            case '<':
                return order < 0;
            case '<=':
                return order <= 0;
        }
    });
}
/** The newest of `versions` that `spec` accepts; `latest` is the newest stable release. */
function pickVersion(spec, versions) {
    const sorted = sortVersions(versions);
    switch (spec.kind) {
        case 'latest':
            return sorted.find((version) => semver_default().prerelease(version) === null);
        case 'exact':
            return sorted.find((version) => semver_default().eq(version, spec.version));
        case 'constraint':
            return sorted.find((version) => satisfies(version, spec.comparisons));
    }
}
/**
 * Up to `count` published versions around `version`, oldest first: what the user probably meant.
 * Prereleases are offered only when a prerelease was asked for.
 */
function nearestVersions(version, versions, count = 6) {
    const withPrereleases = semver_default().prerelease(version) !== null;
    const ascending = sortVersions(versions)
        .filter((candidate) => withPrereleases || semver_default().prerelease(candidate) === null)
        .reverse();
    const above = ascending.findIndex((candidate) => semver_default().gt(candidate, version));
    const position = above === -1 ? ascending.length : above;
    const start = Math.max(0, Math.min(position - Math.floor(count / 2), ascending.length - count));
    return ascending.slice(start, start + count);
}

;// CONCATENATED MODULE: ./src/terraform/install/mirror.ts
// Choosing the release on the mirror (its index, semver), then the tool cache or a download.
// Loaded only when the tool cache alone cannot answer.









async function installFromMirror(spec, context) {
    const { deps } = context;
    const client = (0,http/* createMirrorClient */.T1)(deps.retry ?? {}, (message) => deps.log.info(message));
    return (0,cache/* withToolCacheEnv */.qr)(context.dirs, () => installFrom(spec, context, client));
}
async function installFrom(spec, context, client) {
    const { deps, mirror } = context;
    if (spec.kind === 'exact') {
        const release = await exactRelease(spec.version, context, client);
        return download(release, context, client);
    }
    let versions;
    try {
        versions = await (0,releases/* fetchIndex */.RG)(client, mirror);
    }
    catch (error) {
        // Without the index, the newest cached match beats failing the run (a 502 storm, #565).
        const fallback = pickVersion(spec, cachedVersions(context));
        const cached = fallback === undefined ? undefined : (0,install/* fromCache */.ZY)(fallback, context);
        if (!(error instanceof errors/* TerraformInstallError */.U) || !cached)
            throw error;
        deps.log.warning(`${error.message} Using Terraform ${cached.version} from the tool cache, the newest cached version that matches '${(0,install/* describe */.q0)(spec)}'.`);
        return cached;
    }
    const version = pickVersion(spec, versions.keys());
    if (!version)
        throw noMatch(spec, versions, mirror);
    deps.log.info(`terraform-version '${(0,install/* describe */.q0)(spec)}' is Terraform ${version} on ${(0,http/* displayUrl */.Qy)(mirror)}`);
    const cached = (0,install/* fromCache */.ZY)(version, context);
    if (cached)
        return (0,install/* cacheHit */.Is)(cached, deps.log);
    const indexUrl = `${mirror}/terraform/index.json`;
    return download((0,releases/* readRelease */.iJ)(versions.get(version), version, indexUrl), context, client);
}
async function download(release, context, client) {
    context.deps.log.info(`Terraform ${release.version} is not in the tool cache (${context.dirs.toolCache}): downloading it`);
    const { downloadRelease } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942), __webpack_require__.e(420), __webpack_require__.e(80)]).then(__webpack_require__.bind(__webpack_require__, 2080));
    return downloadRelease(release, context, client);
}
/** The versions tool-cache holds for this CPU, as its findAllVersions lists them. */
function cachedVersions(context) {
    const folder = external_node_path_default().join(context.dirs.toolCache, 'terraform');
    let children;
    try {
        children = (0,external_node_fs_.readdirSync)(folder);
    }
    catch {
        return [];
    }
    return children.filter((child) => semver_default().valid(semver_default().clean(child) ?? '') !== null && (0,install/* fromCache */.ZY)(child, context) !== undefined);
}
/** The release's own index.json, else its entry in the full index (mirrors may lack the former). */
async function exactRelease(version, context, client) {
    const own = await (0,releases/* fetchRelease */.uY)(client, context.mirror, version);
    if (own)
        return own;
    const versions = await (0,releases/* fetchIndex */.RG)(client, context.mirror);
    const url = `${context.mirror}/terraform/index.json`;
    if (versions.has(version))
        return (0,releases/* readRelease */.iJ)(versions.get(version), version, url);
    const nearest = nearestVersions(version, versions.keys());
    throw new errors/* TerraformInstallError */.U('unknown-version', `Terraform ${version} is not published on ${(0,http/* displayUrl */.Qy)(context.mirror)}` +
        (nearest.length
            ? `; the nearest versions are ${nearest.join(', ')}`
            : '; it lists no versions'));
}
function noMatch(spec, versions, mirror) {
    const series = new Map();
    for (const version of sortVersions(versions.keys())) {
        const minor = /^\d+\.\d+/.exec(version)?.[0] ?? version;
        if (!version.includes('-') && !series.has(minor))
            series.set(minor, version);
    }
    const newest = [...series.values()].slice(0, 6);
    return new errors/* TerraformInstallError */.U('no-match', `No Terraform release on ${(0,http/* displayUrl */.Qy)(mirror)} matches terraform-version '${(0,install/* describe */.q0)(spec)}'` +
        (newest.length
            ? `; the newest of each recent series: ${newest.join(', ')}`
            : '; it lists no stable release'));
}


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ fetchIndex),
/* harmony export */   XA: () => (/* binding */ releaseUrl),
/* harmony export */   a8: () => (/* binding */ signatureFiles),
/* harmony export */   iJ: () => (/* binding */ readRelease),
/* harmony export */   uY: () => (/* binding */ fetchRelease)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4737);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4113);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2122);
// A mirror laid out like releases.hashicorp.com: /terraform/index.json lists every release,
// /terraform/<version>/index.json one release, and the release's files sit beside the latter.



function releaseUrl(mirror, version, file = '') {
    return `${mirror}/terraform/${encodeURIComponent(version)}/${file ? encodeURIComponent(file) : ''}`;
}
/** Every version the mirror lists, each with its raw release entry. */
async function fetchIndex(client, mirror) {
    const url = `${mirror}/terraform/index.json`;
    const body = await client.get(url);
    if (!body) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TerraformInstallError */ .U('mirror', `${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(url)} does not exist (404): terraform-mirror must be laid out like https://releases.hashicorp.com`);
    }
    const index = parseJson(body, url);
    const versions = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(index) ? index.versions : undefined;
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(versions))
        throw notAnIndex(url, 'it has no "versions" object');
    return new Map(Object.entries(versions));
}
/** One release from its own index.json; undefined when the mirror does not have it there. */
async function fetchRelease(client, mirror, version) {
    const url = releaseUrl(mirror, version, 'index.json');
    const body = await client.get(url);
    return body ? readRelease(parseJson(body, url), version, url) : undefined;
}
/** Checks a release entry strictly: its names become URLs and paths. */
function readRelease(entry, version, url) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(entry))
        throw notAnIndex(url, `the entry for ${version} is not an object`);
    if (entry.version !== version) {
        throw notAnIndex(url, `it describes version ${String(entry.version)}, not ${version}`);
    }
    if (!Array.isArray(entry.builds))
        throw notAnIndex(url, `${version} has no "builds" list`);
    const builds = entry.builds.map((build) => {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(build) ||
            typeof build.os !== 'string' ||
            typeof build.arch !== 'string' ||
            !isFileName(build.filename)) {
            throw notAnIndex(url, `a build of ${version} lacks os, arch or a plain file name`);
        }
        return { os: build.os, arch: build.arch, filename: build.filename };
    });
    const shasums = entry.shasums ?? `terraform_${version}_SHA256SUMS`;
    if (!isFileName(shasums))
        throw notAnIndex(url, `"shasums" of ${version} is not a file name`);
    const listed = Array.isArray(entry.shasums_signatures) ? entry.shasums_signatures : [];
    const single = entry.shasums_signature === undefined ? [] : [entry.shasums_signature];
    const signatures = [...listed, ...single];
    if (!signatures.every(isFileName)) {
        throw notAnIndex(url, `a signature file name of ${version} is not a plain file name`);
    }
    return {
        version,
        builds,
        shasums,
        signatures: signatures.length ? signatures : [`${shasums}.sig`],
    };
}
/**
 * The signature files to try, best first: the one named for the trusted key's ID
 * (`…_SHA256SUMS.72D7468F.sig`, as releases.hashicorp.com lists them), then the others.
 */
function signatureFiles(release, keyId) {
    const suffix = `.${keyId.toUpperCase()}.sig`;
    const named = release.signatures.filter((file) => file.toUpperCase().endsWith(suffix));
    return [...new Set([...named, ...release.signatures])];
}
function isFileName(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(value);
}
function parseJson(body, url) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        throw notAnIndex(url, 'it is not JSON');
    }
}
function notAnIndex(url, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TerraformInstallError */ .U('mirror', `${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(url)} is not a release index like releases.hashicorp.com's: ${why}`);
}


/***/ })

};
