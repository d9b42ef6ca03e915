export const id = 767;
export const ids = [767];
export const modules = {

/***/ 4767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadReviewedPlans: () => (/* binding */ loadReviewedPlans)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9556);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2122);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4271);
// The plans a merged pull request's comment recorded, read for the apply of its merge commit:
// GitHub's "list pull requests associated with a commit", then the comments of each merged one.
// Only comments written by a GitHub App (github-actions[bot] for the workflow's token) or by the
// token's own user count: anyone can post a comment that looks like ours.




async function loadReviewedPlans(api, context, debug) {
    const sha = context.sha ?? (typeof context.payload.after === 'string' ? context.payload.after : '');
    const none = (problem) => ({
        source: 'no pull request',
        records: [],
        problem,
    });
    if (!api)
        return none('there is no github-token to read the pull request that was merged');
    if (!context.repository)
        return none('the repository is unknown (GITHUB_REPOSITORY)');
    if (!/^[0-9a-f]{40}$/i.test(sha))
        return none('the commit of this run is unknown (GITHUB_SHA)');
    const repository = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .apiRepositoryPath */ ._O)(context.repository);
    const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice(11) : undefined;
    let pulls;
    try {
        pulls = [];
        for await (const pr of api.paginate(`${repository}/commits/${sha}/pulls`)) {
            if (typeof pr.number !== 'number' || typeof pr.merged_at !== 'string')
                continue;
            if (branch && (0,_util_data_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(pr.base) && pr.base.ref !== branch)
                continue;
            pulls.push(pr.number);
        }
    }
    catch (error) {
        return none(`the pull requests of commit ${sha.slice(0, 7)} could not be listed (${message(error)})`);
    }
    if (pulls.length === 0) {
        return none(`commit ${sha.slice(0, 7)} is not the merge of a pull request (GitHub lists no merged pull request for it)`);
    }
    const source = `${pulls.length === 1 ? 'pull request' : 'pull requests'} ${pulls.map((n) => `#${n}`).join(', ')}`;
    const tokenUser = await tokenLogin(api);
    const records = [];
    try {
        for (const number of pulls) {
            const comments = api.paginate(`${repository}/issues/${number}/comments`);
            for await (const comment of comments) {
                if (typeof comment.body !== 'string' || !trusted(comment.user, tokenUser))
                    continue;
                const found = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlanRecords */ .VL)(comment.body);
                if (found.length > 0)
                    debug(`${found.length} reviewed plan(s) in a comment of #${number}`);
                records.push(...found);
            }
        }
    }
    catch (error) {
        return {
            source,
            records: [],
            problem: `the comments of ${source} could not be read (${message(error)})`,
        };
    }
    return { source, records };
}
function trusted(user, tokenUser) {
    if (!user)
        return false;
    return user.type === 'Bot' || (tokenUser !== undefined && user.login === tokenUser);
}
/** The login of a personal token's user; an app's token (the workflow's own) has none. */
async function tokenLogin(api) {
    try {
        const { data } = await api.request('GET', '/user');
        return typeof data?.login === 'string' ? data.login : undefined;
    }
    catch (error) {
        if (error instanceof _github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O)
            return undefined;
        throw error;
    }
}
function message(error) {
    return error.message;
}


/***/ })

};
