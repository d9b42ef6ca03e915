export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_RATE_LIMIT_WAIT: () => (/* binding */ MAX_RATE_LIMIT_WAIT),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
// GitHub's API through @actions/github's Octokit (REST, GraphQL, pagination), with
// @octokit/plugin-retry for server errors and network failures and @octokit/plugin-throttling for
// rate limits. Loaded on demand (see client.ts): most runs never call the API.



/** The longest wait for a rate limit to lift; past it the request fails and says why. */
const MAX_RATE_LIMIT_WAIT = 300;
/**
 * Requests that are safe to send again after a failure whose effect is unknown: reads, and the
 * POSTs that create git objects, which are addressed by their content (a repeated commit is at
 * worst an object no branch points to). Any other POST could make something twice.
 */
const REPEATABLE_POST = /\/git\/(?:blobs|trees|commits)$|\/graphql$/;
function createOctokit(options) {
    const second = options.second ?? 1000;
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    const { log } = options;
    /** `GET /repos/acme/etl/pulls/7/files?per_page=100`: the request as it went, for the log. */
    const requestLine = (request) => {
        const { method, url } = octokit.request.endpoint(request);
        return `${method} ${url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url}`;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl,
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.debug(message),
            error: (message) => log.debug(message),
        },
        // Rate limits (403, 429) are the throttling plugin's: it knows how long GitHub asks to wait.
        retry: {
            retries: 3,
            retryAfterBaseValue: second,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: second,
            onRateLimit: (retryAfter, request, _, count) => {
                if (count > 0 || retryAfter > MAX_RATE_LIMIT_WAIT)
                    return false;
                log.warning(`GitHub's API rate limit is used up (${requestLine(request)}); waiting ${retryAfter} s for it to reset`);
                return true;
            },
            onSecondaryRateLimit: (retryAfter, request, _, count) => {
                if (count > 1 || retryAfter > MAX_RATE_LIMIT_WAIT)
                    return false;
                log.warning(`GitHub's secondary rate limit refused ${requestLine(request)}; waiting ${retryAfter} s before trying again`);
                return true;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
    octokit.hook.before('request', (request) => {
        if (request.method === 'POST' && !REPEATABLE_POST.test(request.url)) {
            request.request = { ...request.request, retries: 0 };
        }
    });
    return octokit;
}


/***/ })

};
