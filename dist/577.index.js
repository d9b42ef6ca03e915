export const id = 577;
export const ids = [577];
export const modules = {

/***/ 1577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommitBackError: () => (/* reexport */ CommitBackError),
  commitBack: () => (/* binding */ commitBack)
});

// UNUSED EXPORTS: BOT_EMAIL, BOT_NAME, commitTarget

// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/api.ts
var github_api = __webpack_require__(8943);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/retry.ts
var util_retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/publish/commit-plan.ts
// What commit-back commits, whichever way it commits: the resolved files as read from the
// workspace, and what to commit instead when the branch changed one of them after this run read it.





/** Commit-back should have committed but could not; the message says why and what to do. */
class CommitBackError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CommitBackError';
    }
}
/** The branch moved between reading its tip and updating it: worth another attempt. */
class BranchMoved extends Error {
    constructor(message) {
        super(message);
        this.name = 'BranchMoved';
    }
}
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** How often commit-back reads the tip again after the branch moved, the first try included. */
const COMMIT_ATTEMPTS = 5;
/**
 * Makes the commit again, on the new tip, while the branch keeps moving under it: at most
 * COMMIT_ATTEMPTS times, then a CommitBackError. `words` say what an attempt does (`building`,
 * `making`) and what the run did to the branch (`pushed to`, `committed to`).
 */
async function whileBranchMoves(attempt, branch, words, reporter, retry) {
    try {
        return await (0,util_retry/* withRetry */.b)(attempt, {
            attempts: COMMIT_ATTEMPTS,
            baseDelayMs: 1000,
            maxDelayMs: 10_000,
            retryable: (error) => error instanceof BranchMoved,
            onRetry: (error, attempt, delay) => reporter.info(`${error.message}; ${words.verb} the commit again on the new tip in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${COMMIT_ATTEMPTS})`),
            ...retry,
        });
    }
    catch (error) {
        if (!(error instanceof BranchMoved))
            throw error;
        throw new CommitBackError(`Commit-back: ${branch} kept moving while this run ${words.did} it (${COMMIT_ATTEMPTS} attempts); nothing was committed. Run the workflow again.`);
    }
}
/**
 * Reads the files and what HEAD had at their paths. A file is committed where it really is: a
 * config reached through a tracked link is committed at the link's target, so the link stays a
 * link. A file that cannot be committed is left out, with why.
 */
async function planFiles(workspace, files, git) {
    const top = await (0,promises_.realpath)((await git.run(['rev-parse', '--show-toplevel'])).stdout.trim());
    const root = await (0,promises_.realpath)(workspace);
    const planned = [];
    const left = [];
    for (const file of [...new Set(files)]) {
        const named = external_node_path_default().resolve(root, file);
        let absolute;
        let worktree;
        try {
            absolute = await (0,promises_.realpath)(named);
            worktree = await (0,promises_.readFile)(absolute);
        }
        catch (error) {
            left.push({ file, message: `Commit-back: cannot read ${file}: ${error.message}` });
            continue;
        }
        const inWorkspace = (0,paths/* within */.ux)(root, absolute);
        const inRepository = (0,paths/* within */.ux)(top, absolute);
        if (inWorkspace === undefined || inWorkspace === '' || !inRepository) {
            const where = absolute === named ? '' : ` (it leads to ${absolute})`;
            left.push({
                file,
                message: `Commit-back: ${file} is not a file of the repository at ${top}${where}; it is not committed`,
            });
            continue;
        }
        planned.push({ file, path: inRepository, worktree });
    }
    const source = await listTree(git, 'HEAD', planned.map((p) => p.path));
    for (const file of planned)
        file.source = source.get(file.path);
    return { files: planned, left };
}
/** `git ls-tree` of the given paths (relative to the top folder) in a commit. */
async function listTree(git, commit, paths) {
    const entries = new Map();
    if (paths.length === 0)
        return entries;
    // Paths are names, not patterns: a config called `jobs/[a].yaml` is that file only.
    const literal = git.with({ env: { GIT_LITERAL_PATHSPECS: '1' } });
    const { stdout } = await literal.run(['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
    for (const record of stdout.split('\0')) {
        const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(record);
        if (match)
            entries.set(match[3], { mode: match[1], sha: match[2] });
    }
    return entries;
}
/**
 * What to commit for a file on a tip: the workspace's version while the branch still has the
 * version this run resolved; otherwise the branch's version, resolved again with the same outputs.
 */
async function contentFor(file, upstream, plan, reporter) {
    if (upstream?.sha === file.source?.sha)
        return { kind: 'worktree', bytes: file.worktree };
    if (!upstream) {
        // The deletion wins: committing the file would bring back a job someone removed.
        reporter.warning(`Commit-back: ${file.file} was deleted on ${plan.branch} after this run read it; it is not committed`);
        return { kind: 'deleted' };
    }
    const bytes = plan.reresolve(file.file, await upstream.read());
    if (!bytes) {
        // This file alone: the others are still committed.
        plan.left.set(file.file, `Commit-back: ${file.file} changed on ${plan.branch} after this run read it, and the new version cannot be resolved with this run's Terraform outputs; it is not committed. Run the workflow again on the new commit.`);
        return { kind: 'left' };
    }
    reporter.info(`${file.file} changed on ${plan.branch}; resolved its new version again`);
    return { kind: 'reresolved', bytes };
}
/** The blob id git gives these bytes (SHA-1 object format, as GitHub uses). */
function blobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
/** The first line as given, then which configs and which run, for the history. */
function commitMessage(firstLine, files, runUrl) {
    const shown = files.slice(0, 50).map((file) => `- ${file}`);
    if (files.length > shown.length)
        shown.push(`- … and ${files.length - shown.length} more`);
    const lines = [firstLine, '', 'Terraform outputs written into:', ...shown];
    if (runUrl)
        lines.push('', `Run: ${runUrl}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/publish/api-commit.ts
// Commit-back through GitHub's Git Data API (`commit-method: api`): the commit is made by GitHub
// for the token's app, so GitHub signs it, and branches that require signed commits accept it.
// The ref moves only as a fast-forward; when someone pushed meanwhile, the commit is made again
// on the new tip.



async function commitWithApi(plan, deps) {
    const { api, reporter } = deps;
    const { branch } = plan;
    const base = (0,github_context/* apiRepositoryPath */._O)(deps.repository);
    const ref = `heads/${encodePath(branch)}`;
    const fileAt = async (commit, path) => {
        let answer;
        try {
            answer = (await api.request('GET', `${base}/contents/${encodePath(path)}?ref=${commit}`)).data;
        }
        catch (error) {
            if (error instanceof github_api/* GitHubApiError */.O && error.status === 404)
                return undefined;
            throw error;
        }
        if (Array.isArray(answer) || answer.type !== 'file') {
            throw new CommitBackError(`Commit-back: ${path} is not a file on ${branch}`);
        }
        const { sha, content, encoding } = answer;
        return {
            sha,
            read: async () => {
                // Files over 1 MB come without their content; the blob endpoint has it.
                if (encoding === 'base64' && content)
                    return Buffer.from(content, 'base64');
                const blob = await api.request('GET', `${base}/git/blobs/${sha}`);
                return Buffer.from(blob.data.content, 'base64');
            },
        };
    };
    const attempt = async () => {
        const tip = (await api.request('GET', `${base}/git/ref/${ref}`))
            .data.object.sha;
        const tipTree = (await api.request('GET', `${base}/git/commits/${tip}`)).data.tree.sha;
        const changes = [];
        const reresolved = [];
        for (const file of plan.files) {
            const onTip = await fileAt(tip, file.path);
            const content = await contentFor(file, onTip, plan, reporter);
            if (content.kind === 'deleted' || content.kind === 'left')
                continue;
            if (content.kind === 'reresolved')
                reresolved.push(file.file);
            if (blobSha(content.bytes) === onTip?.sha)
                continue;
            changes.push({ path: file.path, mode: file.source?.mode ?? '100644', bytes: content.bytes });
        }
        const nothing = {
            pushed: false,
            branch,
            reason: `${branch} already has the resolved configs; nothing to commit`,
            reresolved,
        };
        if (changes.length === 0)
            return nothing;
        const tree = [];
        for (const change of changes) {
            const blob = await api.request('POST', `${base}/git/blobs`, {
                content: Buffer.from(change.bytes).toString('base64'),
                encoding: 'base64',
            });
            tree.push({ path: change.path, mode: change.mode, type: 'blob', sha: blob.data.sha });
        }
        const newTree = (await api.request('POST', `${base}/git/trees`, { base_tree: tipTree, tree })).data.sha;
        if (newTree === tipTree)
            return nothing;
        // No author or committer: GitHub makes the commit as the token's app and signs it.
        const commit = (await api.request('POST', `${base}/git/commits`, {
            message: plan.message,
            tree: newTree,
            parents: [tip],
        })).data.sha;
        try {
            await api.request('PATCH', `${base}/git/refs/${ref}`, { sha: commit, force: false });
        }
        catch (error) {
            if (error instanceof github_api/* GitHubApiError */.O &&
                error.status === 422 &&
                /fast.?forward/i.test(error.body)) {
                throw new BranchMoved(`${branch} moved while this run was committing to it`);
            }
            throw error;
        }
        return {
            sha: commit,
            pushed: true,
            branch,
            reason: `committed ${commit.slice(0, 7)} to ${branch} through the GitHub API`,
            reresolved,
        };
    };
    try {
        const result = await whileBranchMoves(attempt, branch, { verb: 'making', did: 'committed to' }, reporter, deps.retry);
        if (result.sha) {
            reporter.info(`Commit ${result.sha.slice(0, 7)} is on the remote only: this checkout is behind ${branch} (git fetch origin ${branch} to bring it here)`);
        }
        return result;
    }
    catch (error) {
        throw apiFailure(error, branch);
    }
}
function apiFailure(error, branch) {
    if (!(error instanceof github_api/* GitHubApiError */.O))
        return error;
    if (error.status === 404 && /\/git\/ref\//.test(error.path)) {
        return new CommitBackError(`Commit-back: the branch ${branch} does not exist on GitHub, or the token cannot see the repository (${error.message})`);
    }
    if (error.status === 401 || error.status === 403 || error.status === 404) {
        return new CommitBackError(`Commit-back: GitHub refused the commit (${error.message}). Give the job \`permissions: contents: write\`, or a github-token that may write to ${branch}`);
    }
    if (error.status === 409 || error.status === 422) {
        return new CommitBackError(`Commit-back: GitHub refused to move ${branch} (${error.message}); a protected branch or a ruleset may forbid this token to push to it`);
    }
    return error;
}
/** Each segment of a path or branch name encoded, the slashes kept. */
function encodePath(value) {
    return value.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/publish/git-commit.ts
// Commit-back with git: the commit is built on the branch tip in a private index (the working
// tree, the user's index and HEAD stay as they are) and pushed atomically; when the branch moved,
// it is built again on the new tip.




async function commitWithGit(plan, deps) {
    const { reporter, remote } = deps;
    const { branch } = plan;
    const top = (await deps.git.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    const repo = deps.git.with({ cwd: top });
    if ((await repo.tryRun(['check-ref-format', `refs/heads/${branch}`])).exitCode !== 0) {
        throw new CommitBackError(`Commit-back: '${branch}' is not a valid branch name`);
    }
    // A shallow checkout (actions/checkout's default) needs only the tip, not the branch's history.
    const shallow = (await repo.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'dativo-commit-'));
    const index = repo.with({ env: { GIT_INDEX_FILE: external_node_path_default().join(scratch, 'index') } });
    const bot = repo.with({
        env: {
            GIT_AUTHOR_NAME: BOT_NAME,
            GIT_AUTHOR_EMAIL: BOT_EMAIL,
            GIT_COMMITTER_NAME: BOT_NAME,
            GIT_COMMITTER_EMAIL: BOT_EMAIL,
        },
    });
    // The workspace's files as `git add` would store them (with the repository's filters).
    const worktreeBlobs = new Map();
    for (const file of plan.files) {
        const { stdout } = await repo.run(['hash-object', '-w', `--path=${file.path}`, '--stdin'], file.worktree);
        worktreeBlobs.set(file.path, stdout.trim());
    }
    const attempt = async () => {
        const tip = await fetchTip(repo, remote, branch, shallow);
        const upstream = await listTree(repo, tip, plan.files.map((file) => file.path));
        const entries = [];
        const reresolved = [];
        for (const file of plan.files) {
            const onTip = upstream.get(file.path);
            const content = await contentFor(file, onTip && { sha: onTip.sha, read: () => repo.readBlob(onTip.sha) }, plan, reporter);
            if (content.kind === 'deleted' || content.kind === 'left')
                continue;
            let sha = worktreeBlobs.get(file.path);
            if (content.kind === 'reresolved') {
                // Resolved from the branch's own blob: already in the repository's form.
                sha = (await repo.run(['hash-object', '-w', '--no-filters', '--stdin'], content.bytes)).stdout.trim();
                reresolved.push(file.file);
            }
            entries.push(`${onTip?.mode ?? file.source?.mode ?? '100644'} ${sha}\t${file.path}\0`);
        }
        const tipTree = (await repo.run(['rev-parse', `${tip}^{tree}`])).stdout.trim();
        await index.run(['read-tree', tip]);
        await index.run(['update-index', '-z', '--index-info'], entries.join(''));
        const tree = (await index.run(['write-tree'])).stdout.trim();
        if (tree === tipTree) {
            return {
                pushed: false,
                branch,
                reason: `${branch} already has the resolved configs; nothing to commit`,
                reresolved,
            };
        }
        const commit = (await bot.run(['commit-tree', '--no-gpg-sign', tree, '-p', tip], plan.message)).stdout.trim();
        const pushed = await deps.git.tryRun([
            'push',
            '--atomic',
            '--porcelain',
            '--no-verify',
            '--recurse-submodules=no',
            remote,
            `${commit}:refs/heads/${branch}`,
        ]);
        if (pushed.exitCode !== 0)
            throw remoteFailure('push', pushed, branch);
        return {
            sha: commit,
            pushed: true,
            branch,
            reason: `pushed ${commit.slice(0, 7)} to ${branch}`,
            reresolved,
        };
    };
    try {
        return await whileBranchMoves(attempt, branch, { verb: 'building', did: 'pushed to' }, reporter, deps.retry);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function fetchTip(repo, remote, branch, shallow) {
    const tracking = `refs/remotes/${remote}/${branch}`;
    const fetched = await repo.tryRun([
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        ...(shallow ? ['--depth=1'] : []),
        remote,
        `+refs/heads/${branch}:${tracking}`,
    ]);
    if (fetched.exitCode !== 0)
        throw remoteFailure('fetch', fetched, branch);
    return (await repo.run(['rev-parse', '--verify', `${tracking}^{commit}`])).stdout.trim();
}
/** Why the remote refused, in words that say what to change. */
function remoteFailure(action, result, branch) {
    const output = `${result.stdout}\n${result.stderr}`;
    const said = output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^(remote: |error: |fatal: |!)/.test(line))
        .filter((line) => !line.startsWith('error: failed to push some refs'))
        .slice(-6)
        .join('\n');
    const detail = said ? `\n${said}` : '';
    if (/\[rejected\].*\((fetch first|non-fast-forward|stale info)\)/.test(output) ||
        /cannot lock ref|is at [0-9a-f]+ but expected|incorrect old value provided/.test(output)) {
        return new BranchMoved(`${branch} moved while this run was pushing to it`);
    }
    if (action === 'fetch' && /couldn't find remote ref/i.test(output)) {
        return new CommitBackError(`Commit-back: the branch ${branch} does not exist on the remote (deleted after the run started?); nothing was committed${detail}`);
    }
    if (/could not read (Username|Password)|terminal prompts disabled|Authentication failed|no credentials/i.test(output)) {
        return new CommitBackError(`Commit-back: git has no credentials to ${action} ${branch}. actions/checkout with persist-credentials: false removes them: keep them, or use commit-method: api (it uses github-token)${detail}`);
    }
    if (/GH013|verified signature|signed commits/i.test(output)) {
        return new CommitBackError(`Commit-back: ${branch} requires signed commits, which git here cannot make; use commit-method: api so GitHub signs the commit${detail}`);
    }
    if (/GH006|protected branch/i.test(output)) {
        return new CommitBackError(`Commit-back: ${branch} is a protected branch that refuses this push; let github-actions[bot] push to it (or use a token that may) or turn commit-back off${detail}`);
    }
    if (/Permission to .* denied|returned error: 403|write access to repository not granted/i.test(output)) {
        return new CommitBackError(`Commit-back: the token may not write to the repository. Give the job \`permissions: contents: write\`${detail}`);
    }
    return new CommitBackError(`Commit-back: git ${action} of ${branch} failed with exit code ${result.exitCode}${detail}`);
}

;// CONCATENATED MODULE: ./src/publish/commit-back.ts





const MERGE_QUEUE_PREFIX = 'gh-readonly-queue/';
function commitTarget(context, setting, mode) {
    if (setting === 'false')
        return { skip: 'commit-back is false' };
    if (setting === 'auto' && mode !== 'apply') {
        return { skip: `commit-back: auto commits in apply mode only (this run: ${mode})` };
    }
    const event = context.eventName;
    if (event === 'pull_request_target') {
        return {
            skip: 'pull_request_target run',
            warning: 'Commit-back skipped: a pull_request_target run never pushes (it runs the base repository’s token next to the pull request’s code). Run the workflow on pull_request for pull requests from this repository, or on push to the branch, to commit the resolved configs.',
        };
    }
    const pr = (0,github_context/* pullRequestOf */._n)(context);
    if (pr) {
        if (setting === 'auto' && event !== 'pull_request') {
            return { skip: `commit-back: auto does not commit on ${event} events` };
        }
        if (pr.fromFork) {
            const from = pr.headRepo ? `the fork ${pr.headRepo}` : 'a repository that no longer exists';
            return {
                skip: `pull request #${pr.number} comes from ${from}`,
                warning: `Commit-back skipped: pull request #${pr.number} comes from ${from}, and this workflow may not push to it. The resolved values are in the job summary; they are committed when the change runs on a branch of ${pr.baseRepo ?? 'this repository'} (e.g. on push after merging), or the author can run \`dativo-infra resolve --write\` on the branch.`,
            };
        }
        if (context.payload.action === 'closed') {
            return { skip: `pull request #${pr.number} is closed; its branch may be gone` };
        }
        if (!pr.headRef)
            return { skip: `the head branch of pull request #${pr.number} is unknown` };
        return { branch: pr.headRef };
    }
    if (setting === 'auto' && event !== 'push') {
        return {
            skip: `commit-back: auto commits on push and same-repository pull_request events only (this run: ${event})`,
        };
    }
    if (event === 'push' && context.payload.deleted === true) {
        return { skip: 'the push deleted the branch' };
    }
    const ref = context.ref ?? (typeof context.payload.ref === 'string' ? context.payload.ref : undefined);
    if (!ref)
        return { skip: 'no branch is known for this run (GITHUB_REF is empty)' };
    if (!ref.startsWith('refs/heads/')) {
        return { skip: `${ref} is not a branch${ref.startsWith('refs/tags/') ? ' but a tag' : ''}` };
    }
    const branch = ref.slice('refs/heads/'.length);
    if (branch.startsWith(MERGE_QUEUE_PREFIX)) {
        return { skip: `${branch} is a merge queue's temporary branch` };
    }
    return { branch };
}
/**
 * Commits the files to the branch that was built and pushes the commit. Resolves with what was
 * done (nothing, with the reason, when commit-back does not apply or nothing changed); rejects
 * with a CommitBackError when it should have committed and could not.
 */
async function commitBack(request, deps) {
    const { reporter } = deps;
    const target = commitTarget(request.context, request.setting, request.mode);
    if ('skip' in target) {
        if (target.warning && request.files.length > 0)
            reporter.warning(target.warning);
        return { pushed: false, reason: target.skip, reresolved: [] };
    }
    if (request.files.length === 0) {
        return {
            pushed: false,
            branch: target.branch,
            reason: 'no resolved config changed',
            reresolved: [],
        };
    }
    const { files, left } = await planFiles(request.workspace, request.files, deps.git);
    if (files.length === 0) {
        return {
            pushed: false,
            branch: target.branch,
            reason: 'no resolved config could be committed',
            reresolved: [],
            left,
        };
    }
    const plan = {
        branch: target.branch,
        message: commitMessage(request.message, files.map((file) => file.file), (0,github_context/* runUrl */.Vp)(request.context)),
        files,
        reresolve: request.reresolve,
        left: new Map(),
    };
    reporter.debug(`Commit-back of ${plan.files.length} file(s) to ${plan.branch} with ${request.method}`);
    if (request.method === 'api') {
        const repository = request.context.repository;
        if (!deps.api || !repository) {
            throw new CommitBackError('Commit-back: commit-method: api needs github-token and GITHUB_REPOSITORY to reach the GitHub API');
        }
        return withLeft(await commitWithApi(plan, { api: deps.api, repository, reporter, retry: deps.retry }));
    }
    return withLeft(await commitWithGit(plan, {
        git: deps.git,
        reporter,
        remote: deps.remote ?? 'origin',
        retry: deps.retry,
    }));
    function withLeft(result) {
        const during = [...plan.left].map(([file, message]) => ({ file, message }));
        const all = [...left, ...during];
        return all.length > 0 ? { ...result, left: all } : result;
    }
}


/***/ })

};
