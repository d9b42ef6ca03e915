export const id = 523;
export const ids = [523];
export const modules = {

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOT_EMAIL: () => (/* reexport */ commit_plan/* BOT_EMAIL */.tW),
  BOT_NAME: () => (/* reexport */ commit_plan/* BOT_NAME */.Wm),
  CommitBackError: () => (/* reexport */ commit_plan/* CommitBackError */.PI),
  commitBack: () => (/* binding */ commitBack),
  commitTarget: () => (/* binding */ commitTarget)
});

// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/publish/commit-plan.ts
var commit_plan = __webpack_require__(8244);
;// CONCATENATED MODULE: ./src/publish/api-commit.ts


async function commitWithApi(plan, deps) {
    const { api, reporter } = deps;
    const { branch } = plan;
    const repo = deps.repository;
    const ref = `heads/${branch}`;
    const octokit = await api.octokit();
    const fileAt = async (commit, path) => {
        let answer;
        try {
            answer = (await octokit.rest.repos.getContent({ ...repo, path, ref: commit })).data;
        }
        catch (error) {
            if ((0,errors/* hasStatus */.Ro)(error, 404))
                return undefined;
            throw error;
        }
        if (Array.isArray(answer) || answer.type !== 'file') {
            throw new commit_plan/* CommitBackError */.PI(`Commit-back: ${path} is not a file on ${branch}`);
        }
        const { sha } = answer;
        const { content, encoding } = answer;
        return {
            sha,
            read: async () => {
                // Files over 1 MB come without their content; the blob endpoint has it.
                if (encoding === 'base64' && content)
                    return Buffer.from(content, 'base64');
                const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
                return Buffer.from(blob.data.content, 'base64');
            },
        };
    };
    const attempt = async () => {
        const tip = (await octokit.rest.git.getRef({ ...repo, ref })).data.object.sha;
        const tipTree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: tip })).data.tree.sha;
        const changes = [];
        const reresolved = [];
        const left = [];
        for (const file of plan.files) {
            const onTip = await fileAt(tip, file.path);
            const content = await (0,commit_plan/* contentFor */.FU)(file, onTip, plan, reporter);
            if (content.kind === 'left')
                left.push({ file: file.file, message: content.message });
            if (content.kind === 'deleted' || content.kind === 'left')
                continue;
            if (content.kind === 'reresolved')
                reresolved.push(file.file);
            if ((0,commit_plan/* blobSha */.wJ)(content.bytes) === onTip?.sha)
                continue;
            changes.push({ path: file.path, mode: file.source?.mode ?? '100644', bytes: content.bytes });
        }
        const nothing = {
            pushed: false,
            branch,
            reason: `${branch} already has the resolved configs; nothing to commit`,
            reresolved,
            left,
        };
        if (changes.length === 0)
            return nothing;
        const tree = [];
        for (const change of changes) {
            const blob = await octokit.rest.git.createBlob({
                ...repo,
                content: Buffer.from(change.bytes).toString('base64'),
                encoding: 'base64',
            });
            tree.push({
                path: change.path,
                mode: treeMode(change.mode),
                type: 'blob',
                sha: blob.data.sha,
            });
        }
        const newTree = (await octokit.rest.git.createTree({ ...repo, base_tree: tipTree, tree })).data
            .sha;
        if (newTree === tipTree)
            return nothing;
        // No author or committer: GitHub makes the commit as the token's app and signs it.
        const commit = (await octokit.rest.git.createCommit({
            ...repo,
            message: plan.message,
            tree: newTree,
            parents: [tip],
        })).data.sha;
        try {
            await octokit.rest.git.updateRef({ ...repo, ref, sha: commit, force: false });
        }
        catch (error) {
            if ((0,errors/* hasStatus */.Ro)(error, 422) && /fast.?forward/i.test(error.message)) {
                throw new commit_plan/* BranchMoved */.A5(`${branch} moved while this run was committing to it`);
            }
            throw error;
        }
        return {
            sha: commit,
            pushed: true,
            branch,
            reason: `committed ${commit.slice(0, 7)} to ${branch} through the GitHub API`,
            reresolved,
            left,
        };
    };
    try {
        return await (0,commit_plan/* whileBranchMoves */.mk)(attempt, branch, { verb: 'making', did: 'committed to' }, reporter, deps.retry);
    }
    catch (error) {
        throw apiFailure(error, branch, api.baseUrl);
    }
}
function apiFailure(error, branch, baseUrl) {
    if (!(0,errors/* isGitHubError */.e0)(error))
        return error;
    const said = (0,errors/* describeGitHubError */.dZ)(error, baseUrl);
    if ((0,errors/* rateLimitOf */.tX)(error))
        return new commit_plan/* CommitBackError */.PI(`Commit-back: ${said}`);
    if (error.status === 404 && /\/git\/ref\//.test(error.request?.url ?? '')) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: the branch ${branch} does not exist on GitHub, or the token cannot see the repository (${said})`);
    }
    if (error.status === 401 || error.status === 403 || error.status === 404) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: GitHub refused the commit (${said}). Give the job \`permissions: contents: write\`, or a github-token that may write to ${branch}`);
    }
    if (error.status === 409 || error.status === 422) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: GitHub refused to move ${branch} (${said}); a protected branch or a ruleset may forbid this token to push to it`);
    }
    return new commit_plan/* CommitBackError */.PI(`Commit-back: ${said}`);
}
/** A git file mode as the trees API takes it; anything else is stored as a plain file. */
function treeMode(mode) {
    return (['100644', '100755', '040000', '160000', '120000'].find((m) => m === mode) ??
        '100644');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/publish/checkout.ts
// After commit-back: the checkout moves to the commit that was pushed, with a clean work tree, as
// git-auto-commit and its peers leave it; a later step that commits and pushes then builds on the
// branch's tip instead of hitting a non-fast-forward error. The move is only ever a fast-forward
// of what is checked out, and it never loses a change: the resolved files are in the pushed
// commit, and anything else the work tree holds is kept or, when the move would touch it, the
// checkout stays where it was and the log says why.


/**
 * Moves HEAD (the branch checked out, or a detached HEAD) to the pushed commit when that is a
 * fast-forward, and updates the work tree to it. Returns one line for the log either way.
 */
async function followPushedCommit(request, repository) {
    const { commit, branch } = request;
    const short = commit.slice(0, 7);
    const top = (await repository.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    const git = repository.with({ cwd: top, env: { GIT_LITERAL_PATHSPECS: '1' } });
    // No hooks: the move is the action's bookkeeping, not a checkout of the user's.
    const noHooks = ['-c', 'core.hooksPath=/dev/null'];
    const stay = (why) => `The checkout stays where it was: ${why}`;
    if (request.fetch && !(await git.hasCommit(commit))) {
        const fetched = await git.tryRun([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-recurse-submodules',
            request.remote,
            `+refs/heads/${branch}:refs/remotes/${request.remote}/${branch}`,
        ]);
        if (fetched.exitCode !== 0 || !(await git.hasCommit(commit))) {
            return stay(`commit ${short} is on the remote only and could not be fetched (git fetch ${request.remote} ${branch} brings it here)`);
        }
    }
    const head = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    if (head === commit)
        return `The checkout is at ${short}`;
    const onBranch = await git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    const checkedOut = onBranch.exitCode === 0 ? onBranch.stdout.trim() : undefined;
    if (checkedOut !== undefined && checkedOut !== branch) {
        return stay(`it has the branch ${checkedOut} checked out, not ${branch}`);
    }
    if ((await git.tryRun(['merge-base', '--is-ancestor', head, commit])).exitCode !== 0) {
        return stay(`${short} does not follow its commit ${head.slice(0, 7)} (a pull request's merge commit, say); git checkout ${branch} takes it there`);
    }
    // The resolved files go back to HEAD's version, so that the move sees no local change in them;
    // the pushed commit brings them back. Should the move fail, they are written back as they were.
    const inHead = new Set((await git.run([
        'ls-tree',
        '-z',
        '--name-only',
        head,
        '--',
        ...request.files.map((f) => f.path),
    ])).stdout
        .split('\0')
        .filter(Boolean));
    const restore = async () => {
        for (const file of request.files)
            await (0,promises_.writeFile)(external_node_path_default().join(top, file.path), file.worktree);
    };
    const known = request.files.filter((file) => inHead.has(file.path)).map((file) => file.path);
    if (known.length > 0)
        await git.run([...noHooks, 'checkout', head, '--', ...known]);
    for (const file of request.files.filter((f) => !inHead.has(f.path))) {
        await git.tryRun(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', file.path]);
        await (0,promises_.rm)(external_node_path_default().join(top, file.path), { force: true });
    }
    // A two-tree merge from HEAD to the commit: what the user staged or changed elsewhere stays as
    // it is, and a change in the way of the move stops it before anything is touched.
    const moved = await git.tryRun(['read-tree', '-m', '-u', head, commit]);
    if (moved.exitCode === 0) {
        await git.run([
            'update-ref',
            '-m',
            `commit-back: follow ${short} on ${branch}`,
            'HEAD',
            commit,
            head,
        ]);
    }
    else {
        await restore();
        const said = (moved.stderr || moved.stdout).trim().split('\n').slice(0, 4).join('; ');
        return stay(`moving it to ${short} would overwrite local changes (${said})`);
    }
    return `The checkout is now at ${short}, the commit pushed to ${branch}`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/publish/git-commit.ts
// Commit-back with git: the commit is built on the branch tip in a private index (the working
// tree, the user's index and HEAD stay as they are) and pushed atomically; when the branch moved,
// it is built again on the new tip.




/** Index entries per `git update-index` call, to keep its command line short. */
const CACHEINFO_BATCH = 100;
async function commitWithGit(plan, deps) {
    const { reporter, remote } = deps;
    const { branch } = plan;
    const top = (await deps.git.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    const repo = deps.git.with({ cwd: top });
    if ((await repo.tryRun(['check-ref-format', `refs/heads/${branch}`])).exitCode !== 0) {
        throw new commit_plan/* CommitBackError */.PI(`Commit-back: '${branch}' is not a valid branch name`);
    }
    // A shallow checkout (actions/checkout's default) needs only the tip, not the branch's history.
    const shallow = (await repo.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'dativo-commit-'));
    const index = repo.with({ env: { GIT_INDEX_FILE: external_node_path_default().join(scratch, 'index') } });
    const bot = repo.with({
        env: {
            GIT_AUTHOR_NAME: commit_plan/* BOT_NAME */.Wm,
            GIT_AUTHOR_EMAIL: commit_plan/* BOT_EMAIL */.tW,
            GIT_COMMITTER_NAME: commit_plan/* BOT_NAME */.Wm,
            GIT_COMMITTER_EMAIL: commit_plan/* BOT_EMAIL */.tW,
        },
    });
    // Content reaches git in files of the scratch folder, never on standard input (see util/git).
    let written = 0;
    const scratchFile = async (bytes) => {
        const file = external_node_path_default().join(scratch, `content-${++written}`);
        await (0,promises_.writeFile)(file, bytes);
        return file;
    };
    // The workspace's files as `git add` would store them (with the repository's filters).
    const worktreeBlobs = new Map();
    const worktreeBlob = async (file) => {
        let sha = worktreeBlobs.get(file.path);
        if (sha === undefined) {
            const hashed = await repo.run([
                'hash-object',
                '-w',
                `--path=${file.path}`,
                '--',
                await scratchFile(file.worktree),
            ]);
            sha = hashed.stdout.trim();
            worktreeBlobs.set(file.path, sha);
        }
        return sha;
    };
    const attempt = async () => {
        const tip = await fetchTip(repo, remote, branch, shallow);
        const upstream = await (0,commit_plan/* listTree */.nT)(repo, tip, plan.files.map((file) => file.path));
        const entries = [];
        const reresolved = [];
        const left = [];
        for (const file of plan.files) {
            const onTip = upstream.get(file.path);
            const content = await (0,commit_plan/* contentFor */.FU)(file, onTip && { sha: onTip.sha, read: () => repo.readBlob(onTip.sha) }, plan, reporter);
            if (content.kind === 'left')
                left.push({ file: file.file, message: content.message });
            if (content.kind === 'deleted' || content.kind === 'left')
                continue;
            let sha;
            if (content.kind === 'worktree') {
                sha = await worktreeBlob(file);
            }
            else {
                // Resolved from the branch's own blob: already in the repository's form.
                sha = (await repo.run([
                    'hash-object',
                    '-w',
                    '--no-filters',
                    '--',
                    await scratchFile(content.bytes),
                ])).stdout.trim();
                reresolved.push(file.file);
            }
            entries.push(`${onTip?.mode ?? file.source?.mode ?? '100644'},${sha},${file.path}`);
        }
        const tipTree = (await repo.run(['rev-parse', `${tip}^{tree}`])).stdout.trim();
        await index.run(['read-tree', tip]);
        for (let i = 0; i < entries.length; i += CACHEINFO_BATCH) {
            const batch = entries.slice(i, i + CACHEINFO_BATCH);
            await index.run([
                'update-index',
                '--add',
                ...batch.flatMap((entry) => ['--cacheinfo', entry]),
            ]);
        }
        const tree = (await index.run(['write-tree'])).stdout.trim();
        if (tree === tipTree) {
            return {
                pushed: false,
                branch,
                reason: `${branch} already has the resolved configs; nothing to commit`,
                reresolved,
                left,
            };
        }
        const commit = (await bot.run([
            'commit-tree',
            '--no-gpg-sign',
            tree,
            '-p',
            tip,
            '-F',
            await scratchFile(plan.message),
        ])).stdout.trim();
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
            left,
        };
    };
    try {
        return await (0,commit_plan/* whileBranchMoves */.mk)(attempt, branch, { verb: 'building', did: 'pushed to' }, reporter, deps.retry);
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
        return new commit_plan/* BranchMoved */.A5(`${branch} moved while this run was pushing to it`);
    }
    if (action === 'fetch' && /couldn't find remote ref/i.test(output)) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: the branch ${branch} does not exist on the remote (deleted after the run started?); nothing was committed${detail}`);
    }
    if (/could not read (Username|Password)|terminal prompts disabled|Authentication failed|no credentials/i.test(output)) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: git has no credentials to ${action} ${branch}. actions/checkout with persist-credentials: false removes them: keep them, or use commit-method: api (it uses github-token)${detail}`);
    }
    if (/GH013|verified signature|signed commits/i.test(output)) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: ${branch} requires signed commits, which git here cannot make; use commit-method: api so GitHub signs the commit${detail}`);
    }
    if (/GH006|protected branch/i.test(output)) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: ${branch} is a protected branch that refuses this push; let github-actions[bot] push to it (or use a token that may) or turn commit-back off${detail}`);
    }
    if (/Permission to .* denied|returned error: 403|write access to repository not granted/i.test(output)) {
        return new commit_plan/* CommitBackError */.PI(`Commit-back: the token may not write to the repository. Give the job \`permissions: contents: write\`${detail}`);
    }
    return new commit_plan/* CommitBackError */.PI(`Commit-back: git ${action} of ${branch} failed with exit code ${result.exitCode}${detail}`);
}

;// CONCATENATED MODULE: ./src/publish/local-commit.ts
// Commit-back at a terminal (`commit-back: true` with no GitHub event): the resolved configs
// committed on the branch that is checked out, as the user and through the user's hooks, and not
// pushed: publishing a commit is the user's call (`git push`), as with any local tool.


async function commitOnCurrentBranch(request, git) {
    if (!(await git.isRepository())) {
        throw new commit_plan/* CommitBackError */.PI(`Commit-back: ${request.workspace} is not in a git repository, so there is no branch to commit to; run without commit-back true`);
    }
    const head = await git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    if (head.exitCode !== 0) {
        throw new commit_plan/* CommitBackError */.PI('Commit-back: HEAD is detached, so there is no branch to commit to; check out a branch, or run without commit-back true');
    }
    const branch = head.stdout.trim();
    const nothing = { pushed: false, branch, reason: 'no resolved config changed', reresolved: [] };
    if (request.files.length === 0)
        return nothing;
    const { files, left } = await (0,commit_plan/* planFiles */.jP)(request.workspace, request.files, git);
    const withLeft = (result) => left.length > 0 ? { ...result, left } : result;
    // Without paths, git would commit whatever the user has staged.
    if (files.length === 0) {
        return withLeft({ ...nothing, reason: 'no resolved config could be committed' });
    }
    const top = await (0,promises_.realpath)((await git.run(['rev-parse', '--show-toplevel'])).stdout.trim());
    // Paths from the top folder, taken as names: a config called `jobs/[a].yaml` is that file only.
    const atTop = git.with({ cwd: top, env: { GIT_LITERAL_PATHSPECS: '1' } });
    const paths = files.map((file) => file.path);
    const status = await atTop.run(['status', '--porcelain', '-z', '--', ...paths]);
    if (status.stdout === '')
        return withLeft(nothing);
    await atTop.run(['add', '--', ...paths]);
    // With paths, git commits only them: whatever else the user has staged stays staged.
    const committed = await atTop.tryRun([
        'commit',
        '--quiet',
        '--message',
        (0,commit_plan/* commitMessage */.df)(request.message, files.map((file) => file.file)),
        '--',
        ...paths,
    ]);
    if (committed.exitCode !== 0) {
        const why = (committed.stderr || committed.stdout).trim().split('\n').slice(-5).join('\n');
        throw new commit_plan/* CommitBackError */.PI(`Commit-back: git commit on ${branch} failed: ${why}`);
    }
    const sha = (await atTop.run(['rev-parse', 'HEAD'])).stdout.trim();
    return withLeft({
        pushed: false,
        sha,
        branch,
        reason: `Committed the resolved configs on ${branch} as ${sha.slice(0, 7)}; not pushed (git push publishes it)`,
        reresolved: [],
    });
}

;// CONCATENATED MODULE: ./src/publish/commit-back.ts







const MERGE_QUEUE_PREFIX = 'gh-readonly-queue/';
function commitTarget(context, setting, mode) {
    if (setting === 'false')
        return { skip: 'commit-back is false' };
    // Resolve mode is the last step of a matrix's apply: it commits what the legs applied.
    if (setting === 'auto' && mode !== 'apply' && mode !== 'resolve') {
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
    // At a terminal there is no built branch to push to: true means the branch checked out here.
    if (request.context.eventName === 'local' && request.setting === 'true') {
        return commitOnCurrentBranch(request, deps.git);
    }
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
    const { files, left } = await (0,commit_plan/* planFiles */.jP)(request.workspace, request.files, deps.git);
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
        message: (0,commit_plan/* commitMessage */.df)(request.message, files.map((file) => file.file), (0,github_context/* runUrl */.Vp)(request.context)),
        files,
        reresolve: request.reresolve,
    };
    reporter.debug(`Commit-back of ${plan.files.length} file(s) to ${plan.branch} with ${request.method}`);
    if (request.method === 'api') {
        const repository = request.context.repository;
        if (!deps.api || !repository) {
            throw new commit_plan/* CommitBackError */.PI('Commit-back: commit-method: api needs github-token and GITHUB_REPOSITORY to reach the GitHub API');
        }
        return follow(await commitWithApi(plan, { api: deps.api, repository, reporter, retry: deps.retry }));
    }
    return follow(await commitWithGit(plan, {
        git: deps.git,
        reporter,
        remote: deps.remote ?? 'origin',
        retry: deps.retry,
    }));
    // The checkout follows the pushed commit, so that later steps build on the branch's tip.
    async function follow(result) {
        if (result.sha && result.pushed) {
            const notCommitted = new Set((result.left ?? []).map((file) => file.file));
            reporter.info(await followPushedCommit({
                commit: result.sha,
                branch: plan.branch,
                files: plan.files.filter((file) => !notCommitted.has(file.file)),
                fetch: request.method === 'api',
                remote: deps.remote ?? 'origin',
            }, deps.git));
        }
        return withLeft(result);
    }
    // Files left out before committing, then those the committing attempt left out.
    function withLeft({ left: during = [], ...result }) {
        const all = [...left, ...during];
        return all.length > 0 ? { ...result, left: all } : result;
    }
}


/***/ })

};
