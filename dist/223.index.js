export const id = 223;
export const ids = [223];
export const modules = {

/***/ 4223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncDriftIssues: () => (/* binding */ syncDriftIssues)
/* harmony export */ });
/* unused harmony exports DRIFT_LABEL, issueMarker, issueTitle, issueLabels, issueBody */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);
/* harmony import */ var _publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1886);
/* harmony import */ var _terraform_changes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(489);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9997);
// One GitHub issue per drifted job: opened (or reopened) when drift is found, its body replaced on
// every run that still finds it, closed with a comment when the drift is gone. The action finds
// its issues again by their label and a hidden marker naming the job, and trusts only those the
// token's own identity created: anyone can copy a marker into an issue of their own.







/** The label every drift issue carries: how the action lists its issues. */
const DRIFT_LABEL = 'dativo-drift';
/** GitHub's longest label name. */
const MAX_LABEL = 50;
/** Well below GitHub's 65,536 characters for an issue body. */
const MAX_BODY = 60_000;
const MAX_ROWS = 100;
/** The hidden first line of a job's issue. */
function issueMarker(jobName) {
    return `<!-- dativo-infra-action drift job=${encodeURIComponent(jobName.toLowerCase())} -->`;
}
function issueTitle(run) {
    return `Drift: ${run.jobName ?? run.file} (${run.file})`;
}
/** The labels of a job's issue: drift, its cloud, its runtime and its team. */
function issueLabels(run) {
    const labels = [
        {
            name: DRIFT_LABEL,
            color: 'd93f0b',
            description: 'A job whose infrastructure changed outside Terraform (dativo-infra-action)',
        },
    ];
    const add = (prefix, value, color, what) => {
        if (!value)
            return;
        const name = labelName(`${prefix}:${value}`);
        labels.push({ name, color, description: (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(`${what} ${value}`, 100) });
    };
    add('cloud', run.provider, '1d76db', 'Jobs on the cloud');
    add('runtime', run.runtimeType, '5319e7', 'Jobs on the runtime');
    add('team', run.job?.tags.team, '0e8a16', 'Jobs whose team tag is');
    return labels;
}
/**
 * Keeps each job's issue as this run found the job: opened, updated, reopened or closed. A job
 * whose plan failed keeps its issue as it is. Returns why the issues could not be kept, if so.
 */
async function syncDriftIssues(report, context, api, reporter) {
    const repository = context.repository;
    if (!repository)
        return 'the repository is unknown (GITHUB_REPOSITORY)';
    const clean = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubber */ .ty)(report.secrets);
    try {
        const octokit = await api.octokit();
        const identity = (await api.identity()).toLowerCase();
        const found = new Map();
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            ...repository,
            state: 'all',
            labels: DRIFT_LABEL,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const issue of page.data) {
                if (issue.pull_request || issue.user?.login?.toLowerCase() !== identity)
                    continue;
                const marker = /^<!-- dativo-infra-action drift job=(\S+) -->/.exec(issue.body ?? '')?.[0];
                if (!marker)
                    continue;
                // The open one, else the latest closed: one issue per job, never a second.
                const known = found.get(marker);
                if (!known || better(issue, known))
                    found.set(marker, issue);
            }
        }
        const labels = new LabelMaker(api, repository, reporter);
        let unlabelled = false;
        for (const run of report.configs) {
            const drift = run.drift;
            if (!drift || !run.jobName)
                continue;
            const existing = found.get(issueMarker(run.jobName));
            if (drift.state === 'drifted') {
                if (unlabelled && !existing)
                    continue;
                const body = clean(issueBody(run, context));
                const wanted = await labels.ensure(issueLabels(run));
                let issue;
                let action;
                if (!existing) {
                    issue = await createIssue(api, repository, issueTitle(run), body, wanted, identity);
                    action = 'opened';
                    const names = (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
                    if (!names.includes(DRIFT_LABEL)) {
                        // Without its label the issue cannot be found again: the next run would open another.
                        unlabelled = true;
                        reporter.warning(`Drift issue #${issue.number} was opened without the ${DRIFT_LABEL} label, by which the action finds its issues again (the token may not set labels: give the job \`permissions: issues: write\`). No further issue is opened in this run, to open none twice; add the label to #${issue.number}`);
                    }
                }
                else {
                    // Drift healed in this run needs no open issue: a closed one is only brought up to date.
                    const reopen = existing.state !== 'open' && !drift.healed;
                    const sameLabels = wanted.every((name) => labelNames(existing).includes(name));
                    if (!reopen &&
                        existing.body === body &&
                        existing.title === issueTitle(run) &&
                        sameLabels) {
                        issue = existing;
                        action = 'unchanged';
                    }
                    else {
                        const { data } = await octokit.rest.issues.update({
                            ...repository,
                            issue_number: existing.number,
                            title: issueTitle(run),
                            body,
                            labels: [...new Set([...labelNames(existing), ...wanted])],
                            ...(reopen ? { state: 'open' } : {}),
                        });
                        issue = data;
                        action = reopen ? 'reopened' : 'updated';
                    }
                }
                drift.issue = { number: issue.number, url: issue.html_url, action };
                if (drift.healed) {
                    const open = (existing?.state ?? 'open') === 'open';
                    await close(api, repository, issue.number, healedComment(run, context), open);
                    if (open)
                        drift.issue.action = 'closed';
                }
                reporter.info(`${run.jobName}: drift issue #${issue.number} ${drift.issue.action}`);
            }
            else if (existing && existing.state === 'open') {
                await close(api, repository, existing.number, goneComment(run, context));
                drift.issue = { number: existing.number, url: existing.html_url, action: 'closed' };
                reporter.info(`${run.jobName}: drift issue #${existing.number} closed`);
            }
        }
        return undefined;
    }
    catch (error) {
        const said = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubError */ .dZ)(error, api.baseUrl);
        if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .rateLimitOf */ .tX)(error) && (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hasStatus */ .Ro)(error, 401, 403, 404)) {
            return `${said}. Give the job \`permissions: issues: write\` (and issues enabled in the repository) to keep one issue per drifted job; the drift is in the job summary`;
        }
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hasStatus */ .Ro)(error, 410))
            return `${said}: issues are disabled in this repository`;
        return said;
    }
}
/** An open issue is preferred to a closed one; among closed ones, the latest. */
function better(issue, than) {
    if ((issue.state === 'open') !== (than.state === 'open'))
        return issue.state === 'open';
    if (issue.state === 'open')
        return issue.number < than.number;
    return (issue.updated_at ?? '') > (than.updated_at ?? '');
}
function labelNames(issue) {
    return (issue.labels ?? [])
        .map((label) => (typeof label === 'string' ? label : label.name))
        .filter((name) => typeof name === 'string');
}
/** At most GitHub's 50 characters, never cut inside a character. */
function labelName(text) {
    return [...text].slice(0, MAX_LABEL).join('');
}
/**
 * Creates the issue. A server error does not say whether GitHub made it: the action looks for it
 * first and creates it again only when it is not there, so that it never opens two.
 */
async function createIssue(api, repository, title, body, labels, identity) {
    const octokit = await api.octokit();
    const create = async () => (await octokit.rest.issues.create({ ...repository, title, body, labels })).data;
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createOnce */ .Ur)(api, 'issue', create, async () => {
        const marker = body.split('\n')[0];
        const { data } = await octokit.rest.issues.listForRepo({
            ...repository,
            state: 'open',
            sort: 'created',
            direction: 'desc',
            per_page: 30,
        });
        return data.find((issue) => issue.user?.login?.toLowerCase() === identity && issue.body?.startsWith(marker));
    });
}
async function close(api, repository, number, comment, open = true) {
    const octokit = await api.octokit();
    await octokit.rest.issues.createComment({ ...repository, issue_number: number, body: comment });
    if (!open)
        return;
    await octokit.rest.issues.update({
        ...repository,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed',
    });
}
/** Makes the labels the repository lacks, once per run; returns the names it may use. */
class LabelMaker {
    api;
    repository;
    reporter;
    existing;
    refused = new Set();
    constructor(api, repository, reporter) {
        this.api = api;
        this.repository = repository;
        this.reporter = reporter;
    }
    async ensure(labels) {
        const octokit = await this.api.octokit();
        this.existing ??= (async () => {
            const names = new Set();
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listLabelsForRepo, {
                ...this.repository,
                per_page: 100,
            })) {
                for (const label of page.data)
                    names.add(label.name.toLowerCase());
            }
            return names;
        })();
        const existing = await this.existing;
        const usable = [];
        for (const label of labels) {
            const key = label.name.toLowerCase();
            if (this.refused.has(key))
                continue;
            if (!existing.has(key)) {
                try {
                    await octokit.rest.issues.createLabel({ ...this.repository, ...label });
                }
                catch (error) {
                    // Made meanwhile by another run: GitHub says it exists, and it may be used. A name
                    // GitHub will not take is left out; a refusal of the token is the run's problem.
                    if (!(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hasStatus */ .Ro)(error, 422))
                        throw error;
                    if (!/already_exists/.test(JSON.stringify(error.response?.data ?? ''))) {
                        this.refused.add(key);
                        this.reporter.warning(`The label ${label.name} could not be created (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubError */ .dZ)(error, this.api.baseUrl)}): the drift issues go without it`);
                        continue;
                    }
                }
                existing.add(key);
            }
            usable.push(label.name);
        }
        return usable;
    }
}
/** The issue's text: who owns the job, what drifted, what was done, the plan folded. */
function issueBody(run, context) {
    const drift = run.drift;
    const tags = run.job?.tags ?? {};
    const lines = [issueMarker(run.jobName ?? run.file)];
    const owner = [
        tags.team ? `team ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(tags.team)} (the job's \`team\` tag)` : undefined,
        tags.cost_center ? `cost center ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(tags.cost_center)}` : undefined,
    ].filter(Boolean);
    lines.push(`**${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.jobName ?? '')}** (${configLink(run, context)}, ${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${run.provider ?? '?'} / ${run.runtimeType ?? '?'}`)}) changed outside Terraform.`);
    if (owner.length > 0)
        lines.push('', `Owner: ${owner.join(' · ')}.`);
    for (const resource of drift.resources.slice(0, MAX_ROWS)) {
        lines.push('', `${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(resource.address)}${resource.deleted ? ' was deleted outside Terraform.' : ':'}`);
        if (!resource.deleted) {
            lines.push('', (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Attribute', 'In the state', 'Found'], resource.attributes
                .slice(0, MAX_ROWS)
                .map(({ path, before, after }) => [
                (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_terraform_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(path)),
                (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(before, 200)),
                (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(after, 200)),
            ])));
        }
    }
    if (drift.resources.length > MAX_ROWS) {
        lines.push('', `… and ${drift.resources.length - MAX_ROWS} more resources.`);
    }
    lines.push('', `**What the action did:** ${healingWords(run)}`);
    if (drift.otherChanges.length > 0) {
        lines.push('', `The plan also changes ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(drift.otherChanges.length, 'resource')} that did not drift: ${drift.otherChanges
            .slice(0, 10)
            .map(_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)
            .join(', ')}${drift.otherChanges.length > 10 ? ', …' : ''}.`);
    }
    if (run.planText) {
        const room = MAX_BODY - lines.join('\n').length - 1_000;
        const text = run.planText.length > room ? (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(run.planText, Math.max(0, room)) : run.planText;
        const shortened = text.length < run.planText.length
            ? '\n\n_Shortened; the whole plan is in the run’s log._'
            : '';
        lines.push('', '<details><summary>The plan that restores the configuration</summary>', '', (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(text, 'text') + shortened, '', '</details>');
    }
    const where = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(context);
    lines.push('', `Last checked ${where ? `in [this run](${where})` : 'by the drift workflow'}. This issue is kept by dativo-infra-action: it is updated while the drift lasts and closed when it is gone.`);
    return lines.join('\n') + '\n';
}
function healingWords(run) {
    const drift = run.drift;
    if (drift.healed)
        return 'only tags drifted, so it applied the plan that restores them (and nothing else).';
    if (drift.healFailed) {
        return 'only tags drifted, so it applied the plan that restores them, but the apply failed: see the job’s error in the run. The drift is still there.';
    }
    if (!drift.tagsOnly)
        return 'nothing: drift beyond tags and labels is only reported. Restore it through a merge, or change the configuration to match.';
    if (drift.healBlocked)
        return `nothing: only tags drifted, but ${drift.healBlocked}, so the plan was not applied.`;
    return 'nothing: only tags drifted; `heal-tag-drift: true` would restore them.';
}
function healedComment(run, context) {
    const where = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(context);
    return `The drifted tags of **${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.jobName ?? '')}** were restored ${where ? `in [this run](${where})` : 'by the drift workflow'}: the plan changed only those tags. Closing.`;
}
function goneComment(run, context) {
    const where = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(context);
    return `No drift found any more for **${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.jobName ?? '')}** ${where ? `in [this run](${where})` : 'by the drift workflow'}. Closing.`;
}
function configLink(run, context) {
    const base = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryUrl */ .Ek)(context);
    const sha = context.sha;
    if (!base || !sha)
        return (0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(run.file);
    const path = run.file.split('/').map(encodeURIComponent).join('/');
    return `[${(0,_publish_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(run.file)}](${base}/blob/${encodeURIComponent(sha)}/${path})`;
}


/***/ })

};
