export const id = 346;
export const ids = [346];
export const modules = {

/***/ 2346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment),
  upsertComment: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: COMMENT_LIMIT, commentMarker, commentSize

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/run.ts
var src_run = __webpack_require__(9786);
// EXTERNAL MODULE: ./src/publish/markdown.ts
var markdown = __webpack_require__(1886);
// EXTERNAL MODULE: ./src/discover/removed.ts
var discover_removed = __webpack_require__(4163);
;// CONCATENATED MODULE: ./src/publish/removed.ts
// Removed jobs in the reports: each shown like a config (its destroy plan, the tags of what goes),
// and in apply mode a table of every runtime left running, so none is forgotten.



/** A removed job as the comment and the summary show configs. */
function removedAsRun(removed, mode) {
    const why = removed.reason === 'renamed' && removed.renamedTo
        ? `renamed to ${removed.renamedTo.jobName} (${removed.renamedTo.file})${removed.leftRunning ? '' : ': this runtime goes, the new one is created'}`
        : discover_removed/* REMOVAL_REASONS */.Fq[removed.reason];
    const fate = mode === 'plan'
        ? removed.leftRunning
            ? `not planned: ${removed.leftRunning}`
            : 'destroy plan'
        : removed.destroyed
            ? 'destroyed'
            : `left running: ${removed.leftRunning ?? 'destroy-removed is off'}`;
    return {
        ...(0,src_run/* newConfigRun */.YN)(removed.file),
        jobName: removed.jobName,
        provider: removed.provider,
        runtimeType: removed.runtimeType,
        findings: removed.findings,
        cloudTags: removed.cloudTags,
        plan: removed.plan,
        planText: removed.planText,
        destroys: removed.destroys,
        fingerprint: removed.fingerprint,
        removal: `${why}; ${fate}`,
    };
}
/** Apply mode: one row per runtime a removed job leaves running, with its tags. */
function leftRunningSection(report, clean) {
    const left = (report.removed ?? []).filter((removed) => !removed.destroyed);
    if (report.mode !== 'apply' || left.length === 0)
        return '';
    const rows = left.map((removed) => [
        code(clean(removed.file)),
        escapeText(clean(removed.jobName)),
        escapeText(clean(removed.reason === 'renamed'
            ? `renamed to ${removed.renamedTo?.jobName ?? '?'}`
            : REMOVAL_REASONS[removed.reason])),
        escapeText(clean(`${removed.provider} / ${removed.runtimeType}`)),
        Object.entries(removed.cloudTags)
            .map(([key, value]) => code(clean(`${key}=${value}`)))
            .join(' '),
        escapeText(clean(removed.leftRunning ?? 'destroy-removed is off')),
    ]);
    return [
        '### Runtimes left running',
        '',
        'These jobs were removed, but their runtimes still exist and keep costing. Set `destroy-removed: true` to destroy them on the next apply, or destroy them by hand.',
        '',
        table(['Config', 'Job', 'Removed because', 'Provider / runtime', 'Tags', 'Why it is left'], rows),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/publish/layout.ts
// One layout for the pull request comment and the job summary, built for a reviewer: a first line
// with the counts; an overview table, one row per job, errors and destroys first, each linking
// to its section; then per job only what changes (its findings, the resources it destroys, its
// tags as a diff against the base, the values resolution will write, the plan folded). The
// comment and the summary differ only in how much room they give the long texts.






/** Per section: this many findings, tags, values and destroyed resources, then `… and N more`. */
const MAX_FINDINGS = 30;
const MAX_ROWS = 60;
const MAX_VALUE = 300;
/** Characters of a job's name in the overview; a shorter one when the overview must shrink. */
const MAX_NAME = 80;
const MAX_NAME_COMPACT = 40;
const STATUS_ORDER = [
    'failed',
    'destroys',
    'not-applied',
    'left-running',
    'changes',
    'unchanged',
    'valid',
    'skipped',
];
/** Where things are on GitHub, when the run knows its repository. */
class Links {
    run;
    commit;
    blob;
    constructor(context) {
        const base = (0,github_context/* repositoryUrl */.Ek)(context);
        if (!base)
            return;
        this.run = (0,github_context/* runUrl */.Vp)(context);
        this.commit = (sha) => `${base}/commit/${encodeURIComponent(sha)}`;
        const sha = context.sha ?? (0,github_context/* pullRequestOf */._n)(context)?.headSha;
        if (sha)
            this.blob = `${base}/blob/${encodeURIComponent(sha)}`;
    }
    line(file, line) {
        if (!this.blob)
            return undefined;
        const path = file
            .split('/')
            .map((segment) => encodeURIComponent(segment).replace(/[()]/g, percent))
            .join('/');
        return `${this.blob}/${path}#L${line}`;
    }
}
function percent(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
/** Every job of the report, in the overview's order, each with its status and anchor. */
function jobEntries(report) {
    const runs = [
        ...report.configs,
        ...(report.removed ?? []).map((removed) => removedAsRun(removed, report.mode)),
    ];
    const entries = runs.map((run) => {
        return { run, status: statusOf(run, report.mode), tagChanges: tagDiff(run) };
    });
    const rank = (entry) => STATUS_ORDER.indexOf(entry.status);
    const sorted = entries
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
        .map(({ entry }) => entry);
    sorted.forEach((entry, index) => {
        if (hasDetails(entry, report.mode))
            entry.anchor = anchorFor(index + 1);
    });
    return sorted;
}
function statusOf(run, mode) {
    if (run.skipped)
        return 'skipped';
    if (!run.valid || run.terraformFailed || (0,src_run/* countFindings */.Gt)(run, 'error') > 0)
        return 'failed';
    if (run.removal && !run.plan?.destroy && mode === 'apply' && /left running/.test(run.removal)) {
        return 'left-running';
    }
    if ((run.plan?.destroy ?? 0) > 0)
        return 'destroys';
    if (run.notReviewed)
        return 'not-applied';
    if (run.plan && run.plan.add + run.plan.change > 0)
        return 'changes';
    if (run.plan)
        return (run.changedValues?.length ?? 0) > 0 ? 'changes' : 'unchanged';
    return 'valid';
}
const STATUS_TEXT = {
    failed: '❌ failed',
    destroys: '🔥 **destroys**',
    'not-applied': '⛔ not applied',
    'left-running': '🗑️ left running',
    changes: '✏️ changes',
    unchanged: '✅ no changes',
    valid: '✅ valid',
    skipped: '⏭️ skipped',
};
/** How the first line counts each status: its icon, then its word after the count. */
const STATUS_COUNT = {
    failed: ['❌', 'failed'],
    destroys: ['🔥', 'destroying'],
    'not-applied': ['⛔', 'not applied'],
    'left-running': ['🗑️', 'left running'],
    changes: ['✏️', 'with changes'],
    unchanged: ['✅', 'unchanged'],
    valid: ['✅', 'valid'],
    skipped: ['⏭️', 'skipped'],
};
/** The tags that differ between the base and this change, in the order of this change's tags. */
function tagDiff(run) {
    if (run.cloudTagsAtBase === undefined || !run.cloudTags || run.removal)
        return undefined;
    const before = run.cloudTagsAtBase ?? {};
    const after = run.cloudTags;
    const changes = [];
    for (const [key, value] of Object.entries(after)) {
        if (before[key] !== value)
            changes.push({ key, before: before[key], after: value });
    }
    for (const [key, value] of Object.entries(before)) {
        if (!Object.hasOwn(after, key))
            changes.push({ key, before: value });
    }
    return changes;
}
/** Whether a job has anything to show under it: a reviewer reads only what changes. */
function hasDetails(entry, mode) {
    const run = entry.run;
    if (run.findings.some((f) => f.severity !== 'notice'))
        return true;
    if (run.removal || run.terraformFailed || run.notReviewed)
        return true;
    if ((entry.tagChanges?.length ?? 0) > 0)
        return true;
    if (entry.tagChanges === undefined && run.cloudTags && run.plan)
        return true;
    if (mode !== 'validate' && (run.changedValues?.length ?? 0) > 0)
        return true;
    return Boolean(run.plan && run.plan.add + run.plan.change + run.plan.destroy > 0);
}
/** A section id: short, since the overview repeats it on every row, and unique in the report. */
function anchorFor(position) {
    return `dativo-${position}`;
}
/** The report's first lines: the counts, the plan's totals, and loudly, what is destroyed. */
function headline(report, entries, links, where, clean) {
    const lines = [];
    const counts = STATUS_ORDER.map((status) => {
        const count = entries.filter((entry) => entry.status === status).length;
        return count > 0 ? `${STATUS_COUNT[status][0]} ${count} ${STATUS_COUNT[status][1]}` : '';
    }).filter(Boolean);
    const jobs = (0,util_text/* plural */.LS)(entries.length, 'job');
    lines.push(`## dativo-infra · ${report.mode} · ${jobs}${counts.length > 0 ? `: ${counts.join(' · ')}` : ''}`);
    const { errors, warnings, plan } = (0,src_run/* tally */.N4)(report);
    const facts = [];
    const planned = entries.some((entry) => entry.run.plan);
    if (planned) {
        const destroyed = entries.reduce((sum, entry) => sum + (entry.run.plan?.destroy ?? 0), 0);
        facts.push(`Plan **${(0,src_run/* formatPlan */.nT)({ ...plan, destroy: destroyed })}**`);
    }
    facts.push(`${(0,util_text/* plural */.LS)(errors, 'error')}, ${(0,util_text/* plural */.LS)(warnings, 'warning')}`);
    if (report.commitSha) {
        const short = report.commitSha.slice(0, 7);
        facts.push(`resolved configs committed in ${links.commit ? `[${short}](${links.commit(report.commitSha)})` : (0,markdown/* code */.aY)(short)}`);
    }
    if (where)
        facts.push((0,markdown/* escapeText */.X1)(clean(where)));
    lines.push('', facts.join(' · '));
    const destroying = entries.filter((entry) => (entry.run.plan?.destroy ?? 0) > 0);
    if (destroying.length > 0) {
        const resources = destroying.reduce((sum, entry) => sum + entry.run.plan.destroy, 0);
        const names = destroying
            .slice(0, 10)
            .map((entry) => jobLink(entry, MAX_NAME_COMPACT, clean))
            .join(', ');
        const more = destroying.length > 10 ? `, and ${destroying.length - 10} more` : '';
        const verb = report.mode === 'apply' ? 'destroyed' : 'destroyed if this is applied';
        lines.push('', `🔥 **${(0,util_text/* plural */.LS)(resources, 'resource')} ${verb}**, in ${(0,util_text/* plural */.LS)(destroying.length, 'job')}: ${names}${more}.`);
    }
    if (report.failures.length > 0) {
        lines.push('', ...report.failures.map((failure) => `- ❌ ${(0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(failure), 500))}`));
    }
    // Findings at files that are none of the run's configs (a second config with a job's name).
    const elsewhere = (report.elsewhere ?? []).filter((finding) => finding.severity !== 'notice');
    if (elsewhere.length > 0) {
        lines.push('', ...elsewhere
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${findingLine(finding, links, clean, true)}`));
        if (elsewhere.length > MAX_FINDINGS) {
            lines.push(`- … and ${elsewhere.length - MAX_FINDINGS} more (see the log)`);
        }
    }
    return lines;
}
/** The overview: one row per job. `compact` shortens the names to keep every row. */
function overview(entries, mode, clean, compact = false) {
    if (entries.length === 0)
        return '';
    const planned = mode !== 'validate';
    const header = ['Status', 'Job', ...(planned ? ['Plan'] : []), 'What changes'];
    const rows = entries.map((entry) => {
        const run = entry.run;
        const cells = [
            STATUS_TEXT[entry.status],
            // Compact: no link either, the sections being left out then.
            compact
                ? (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName ?? run.file), MAX_NAME_COMPACT))
                : jobLink(entry, MAX_NAME, clean),
        ];
        if (planned)
            cells.push(run.plan ? planCell(run) : '—');
        cells.push(changesCell(entry, mode, clean, compact));
        return cells;
    });
    return (0,markdown/* table */.tp)(header, rows);
}
function jobLink(entry, max, clean) {
    const name = (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(entry.run.jobName ?? entry.run.file), max));
    return entry.anchor ? `[${name}](#${entry.anchor})` : name;
}
function planCell(run) {
    const plan = run.plan;
    return plan.destroy > 0 ? `+${plan.add} ~${plan.change} **-${plan.destroy}**` : (0,src_run/* formatPlan */.nT)(plan);
}
function changesCell(entry, mode, clean, compact) {
    const run = entry.run;
    const parts = [];
    const errors = (0,src_run/* countFindings */.Gt)(run, 'error');
    const warnings = (0,src_run/* countFindings */.Gt)(run, 'warning');
    if (errors > 0)
        parts.push((0,util_text/* plural */.LS)(errors, 'error'));
    if (run.removal)
        parts.push((0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.removal.split(';')[0]), compact ? 30 : 80)));
    if (run.cloudTagsAtBase === null && !run.removal)
        parts.push('new job');
    const tags = entry.tagChanges?.length ?? 0;
    if (tags > 0 && run.cloudTagsAtBase !== null)
        parts.push(`${(0,util_text/* plural */.LS)(tags, 'tag')} changed`);
    const values = run.changedValues?.length ?? 0;
    if (values > 0)
        parts.push(`${(0,util_text/* plural */.LS)(values, 'value')} ${mode === 'apply' && run.resolved ? 'written' : 'to write'}`);
    if (warnings > 0)
        parts.push((0,util_text/* plural */.LS)(warnings, 'warning'));
    return parts.length > 0 ? parts.join(', ') : '—';
}
/**
 * The section of one job: what a reviewer must see of it. `alsoFor` names other jobs whose change
 * is the same as this one's, for a section that stands for a group of jobs.
 */
function jobDetails(entry, mode, links, clean, alsoFor = []) {
    const run = entry.run;
    const parts = [];
    const name = (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName ?? run.file), MAX_VALUE));
    const anchor = entry.anchor ? `<a id="${entry.anchor}"></a>` : '';
    const icon = STATUS_TEXT[entry.status].split(' ')[0];
    const more = alsoFor.length > 0 ? ` and ${(0,util_text/* plural */.LS)(alsoFor.length, 'more job')}` : '';
    parts.push(`### ${anchor}${icon} ${name}${more}`);
    const facts = [(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(run.file), MAX_VALUE))];
    if (run.provider)
        facts.push((0,markdown/* code */.aY)(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)));
    if (run.removal)
        facts.push((0,markdown/* escapeText */.X1)(clean(run.removal)));
    else
        facts.push(validation(run));
    if (run.cloudTagsAtBase === null && !run.removal)
        facts.push('new job');
    if (run.terraformFailed)
        facts.push('Terraform failed: nothing written');
    if (run.notReviewed)
        facts.push('not applied: the plan is not the reviewed one');
    if (run.plan)
        facts.push(`plan ${(0,src_run/* formatPlan */.nT)(run.plan)}`);
    if (run.resolved)
        facts.push('resolved');
    parts.push(facts.join(' · '));
    if (alsoFor.length > 0) {
        const names = alsoFor.slice(0, MAX_ROWS).map((job) => (0,markdown/* escapeText */.X1)(clean(job)));
        const rest = alsoFor.length > MAX_ROWS ? `, … and ${alsoFor.length - MAX_ROWS} more` : '';
        parts.push(`The same change for: ${names.join(', ')}${rest}.`);
    }
    const problems = run.findings.filter((f) => f.severity !== 'notice');
    if (problems.length > 0) {
        const items = problems
            .slice(0, MAX_FINDINGS)
            .map((finding) => `- ${findingLine(finding, links, clean)}`);
        if (problems.length > MAX_FINDINGS) {
            items.push(`- … and ${problems.length - MAX_FINDINGS} more (see the log)`);
        }
        parts.push(items.join('\n'));
    }
    // Destroys first: what goes cannot come back.
    if (run.plan && run.plan.destroy > 0) {
        const addresses = run.destroys ?? [];
        const listed = addresses.slice(0, MAX_ROWS).map((address) => `- ${(0,markdown/* code */.aY)(clean(address))}`);
        if (addresses.length > MAX_ROWS)
            listed.push(`- … and ${addresses.length - MAX_ROWS} more`);
        const verb = mode === 'apply' && !run.terraformFailed ? 'Destroyed' : 'Destroys';
        parts.push(`🔥 **${verb} ${(0,util_text/* plural */.LS)(run.plan.destroy, 'resource')}**${listed.length > 0 ? ':' : ''}` +
            (listed.length > 0 ? `\n\n${listed.join('\n')}` : ''));
    }
    const tags = Object.entries(run.cloudTags ?? {});
    if (entry.tagChanges && entry.tagChanges.length > 0 && run.cloudTagsAtBase !== null) {
        const lines = entry.tagChanges
            .slice(0, MAX_ROWS)
            .map((change) => `- ${tagChangeLine(change, clean)}`);
        if (entry.tagChanges.length > MAX_ROWS)
            lines.push(`- … and ${entry.tagChanges.length - MAX_ROWS} more`);
        parts.push(`**Tags changed** (against the base)\n\n${lines.join('\n')}`);
    }
    if (tags.length > 0) {
        const changed = new Set(run.cloudTagsAtBase === null ? [] : (entry.tagChanges ?? []).map((c) => c.key));
        const rest = tags.filter(([key]) => !changed.has(key));
        const label = run.removal !== undefined
            ? `${(0,util_text/* plural */.LS)(rest.length, 'tag')} of the resources it ${mode === 'apply' ? 'had' : 'has'}`
            : run.cloudTagsAtBase === null
                ? `${(0,util_text/* plural */.LS)(rest.length, 'tag')} (new job)`
                : entry.tagChanges === undefined
                    ? (0,util_text/* plural */.LS)(rest.length, 'tag')
                    : `${(0,util_text/* plural */.LS)(rest.length, 'tag')} unchanged`;
        if (rest.length > 0) {
            parts.push(`<details><summary>${label}</summary>\n\n` +
                rows(['Tag', 'Value'], rest.map(([key, value]) => [(0,markdown/* code */.aY)(clean(key)), (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(value), MAX_VALUE))])) +
                '\n\n</details>');
        }
    }
    const changedValues = new Set(run.changedValues ?? []);
    const values = Object.entries(run.resolvedValues ?? {}).filter(([name]) => changedValues.has(name));
    if (values.length > 0) {
        const title = mode !== 'apply'
            ? 'Values apply will write'
            : run.resolved
                ? 'Values written'
                : 'Values not written into the config';
        parts.push(`**${title}**\n\n` +
            rows(['Placeholder', 'Value'], values.map(([name, value]) => [
                (0,markdown/* code */.aY)(clean(name)),
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(display(value)), MAX_VALUE)),
            ])));
    }
    if (run.planText) {
        parts.push({
            summary: `Terraform plan${run.plan ? ` (${(0,src_run/* formatPlan */.nT)(run.plan)})` : ''}`,
            text: clean(run.planText),
            language: 'text',
        });
    }
    // Only a preview: in apply mode the diff would show values that were written, sensitive or not.
    if (mode === 'plan' && run.resolutionDiff && changedValues.size > 0) {
        parts.push({
            summary: 'Preview: what resolution will change in the config',
            text: clean(run.resolutionDiff),
            language: 'diff',
        });
    }
    return parts;
}
function tagChangeLine(change, clean) {
    const value = (text) => (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(text), MAX_VALUE));
    const key = (0,markdown/* code */.aY)(clean(change.key));
    if (change.before === undefined)
        return `${key}: added, ${value(change.after)}`;
    if (change.after === undefined)
        return `${key}: removed (was ${value(change.before)})`;
    return `${key}: ${value(change.before)} → ${value(change.after)}`;
}
/** The parts as Markdown, each long text folded and cut to at most `cap` characters (0: left out). */
function renderParts(parts, cap, links) {
    return parts.map((part) => (isFold(part) ? renderFold(part, cap, links) : part)).join('\n\n');
}
function isFold(part) {
    return typeof part !== 'string';
}
function renderFold(fold, cap, links) {
    const where = links.run ? `[the run's log](${links.run})` : "the run's log";
    if (cap <= 0)
        return `_${fold.summary}: left out to fit; see ${where}._`;
    const text = cap >= fold.text.length ? fold.text : (0,markdown/* cut */.Jj)(fold.text, cap);
    const note = text.length < fold.text.length
        ? `\n\n_Shortened: ${lineCount(text)} of ${lineCount(fold.text)} lines shown; the rest is in ${where}._`
        : '';
    return `<details><summary>${fold.summary}</summary>\n\n${(0,markdown/* codeBlock */.DV)(text, fold.language)}${note}\n\n</details>`;
}
/**
 * A finding as one item: its place, linked to the line, then the message and rule. In a job's
 * section the place is the line and column; `named` puts the file first, for a finding at a file
 * that is none of the run's jobs.
 */
function findingLine(finding, links, clean, named = false) {
    const icon = finding.severity === 'error' ? '❌' : '⚠️';
    const range = finding.range;
    const url = range ? links.line(finding.file, range.line) : undefined;
    const link = (label) => (url ? `[${label}](${url})` : label);
    let place = '';
    if (named) {
        const where = range ? `${finding.file}:${range.line}:${range.column}` : finding.file;
        place = `${link((0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(where), MAX_VALUE)))} `;
    }
    else if (range) {
        place = `${link(`line ${range.line}, column ${range.column}`)}: `;
    }
    const message = (0,markdown/* listMessage */.cH)((0,markdown/* shorten */.ml)(clean((0,findings/* withHint */.mu)(finding)), 2000), markdown/* escapeText */.X1);
    return `${icon} ${place}${message.first} ${(0,markdown/* code */.aY)(finding.rule)}${message.block}`;
}
function rows(header, cells) {
    const shown = cells.slice(0, MAX_ROWS);
    const more = cells.length - shown.length;
    return (0,markdown/* table */.tp)(header, shown) + (more > 0 ? `\n\n… and ${more} more` : '');
}
function validation(run) {
    if (run.skipped)
        return 'skipped: no infrastructure section';
    const errors = (0,src_run/* countFindings */.Gt)(run, 'error');
    const warnings = (0,src_run/* countFindings */.Gt)(run, 'warning');
    if (errors > 0 || !run.valid)
        return (0,util_text/* plural */.LS)(errors, 'error');
    return warnings > 0 ? `valid, ${(0,util_text/* plural */.LS)(warnings, 'warning')}` : 'valid';
}
function display(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function lineCount(text) {
    return text.replace(/\n$/, '').split('\n').length;
}

// EXTERNAL MODULE: ./src/terraform/changes.ts
var terraform_changes = __webpack_require__(489);
;// CONCATENATED MODULE: ./src/group/shape.ts
// Changes grouped by shape: when one change (a module upgrade, a provider constraint) touches the
// plans of many jobs, their plans differ only in job-specific values. A plan's shape is what it
// does without those values: which resources, which actions, which attributes. Jobs whose plans
// have the same shape form one group, shown once with the list of its jobs.


/** The stand-in for a job's own name in addresses and attribute names. */
const JOB_NAME = '{job_name}';
/**
 * The shape of a plan, or undefined when it changes nothing. The job's name is abstracted where
 * it appears in resource instance keys and attribute names (`aws_x.this["orders-etl"]`).
 */
function changeShape(changes, jobName) {
    // Only in instance keys and attribute names, never in resource types, and only where no
    // letter or digit continues it: `orders` in `orders-reader`, not in `orders2`.
    const name = jobName
        ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(jobName)}(?![A-Za-z0-9])`, 'g')
        : undefined;
    const abstract = (text) => (name ? text.replace(name, JOB_NAME) : text);
    const address = (text) => text.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key) => `["${abstract(key)}"]`);
    const items = changes.resources.map((change) => ({
        address: address(change.address),
        action: change.actions.join(','),
        // List positions are kept: one module puts one element at one place in every job.
        attributes: [
            ...new Set(change.paths.map((path) => (0,terraform_changes/* formatPath */.jV)(path.map((step) => (typeof step === 'string' ? abstract(step) : step))))),
        ].concat(change.morePaths ? ['…'] : []),
    }));
    for (const output of changes.outputs) {
        items.push({
            address: `output.${output.name}`,
            action: output.actions.join(','),
            attributes: [],
        });
    }
    if (items.length === 0)
        return undefined;
    return items.sort((a, b) => (0,util_text/* byCodeUnits */.CA)(a.address, b.address) || (0,util_text/* byCodeUnits */.CA)(a.action, b.action));
}
/**
 * Groups items by the shape of their plans, in the order each shape first appears; items without
 * a shape (no changes, no plan) are left out. Larger groups come first.
 */
function groupByShape(items, shapeOf) {
    const groups = new Map();
    for (const item of items) {
        const shape = shapeOf(item);
        if (!shape)
            continue;
        const key = JSON.stringify(shape);
        const group = groups.get(key);
        if (group)
            group.members.push(item);
        else
            groups.set(key, { shape, members: [item] });
    }
    // A stable sort: groups of one size keep the order they first appeared in.
    return [...groups.values()].sort((a, b) => b.members.length - a.members.length);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/publish/groups.ts
// Jobs changed alike, shown once: the comment and the summary give a group of jobs whose plans
// have the same shape (src/group/shape.ts) one section, with the change, the list of its jobs and
// one job's plan standing for all, in place of a section per job.





/** Fewest jobs a group needs: one job is shown as itself. */
const MIN_MEMBERS = 2;
const groups_MAX_VALUE = 200;
/**
 * The groups of two or more jobs among `runs` whose plans change things in the same way. A job
 * with something of its own to say (an error, a warning, a removal) keeps its own section.
 */
function shapeGroups(runs) {
    const eligible = runs.filter((run) => run.changes &&
        run.plan &&
        !run.removal &&
        !run.terraformFailed &&
        !run.notReviewed &&
        !run.findings.some((finding) => finding.severity !== 'notice'));
    return groupByShape(eligible, (run) => changeShape(run.changes, run.jobName ?? '')).filter((group) => group.members.length >= MIN_MEMBERS);
}
/** A group's section: what changes, in which jobs, and one plan. */
function groupSection(group, clean, maxRows) {
    const first = group.members[0];
    const name = (run) => (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(clean(run.jobName ?? run.file), groups_MAX_VALUE));
    const plan = first.plan ? ` · plan ${(0,src_run/* formatPlan */.nT)(first.plan)} each` : '';
    const blocks = [
        `### 🔁 ${(0,util_text/* plural */.LS)(group.members.length, 'job')} changed alike${plan}`,
        `Their plans make the same changes to the same resources; only values of each job's own differ. The plan of ${name(first)} stands for all of them.`,
        '**Changes**\n\n' +
            (0,markdown/* table */.tp)(['Resource', 'Action', 'Attributes'], group.shape.map((item) => [
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(item.address), groups_MAX_VALUE)),
                (0,markdown/* escapeText */.X1)(item.action),
                item.attributes.length > 0
                    ? item.attributes
                        .slice(0, 20)
                        .map((path) => (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(path), groups_MAX_VALUE)))
                        .join(', ') + (item.attributes.length > 20 ? ', …' : '')
                    : '—',
            ])),
    ];
    const rows = group.members
        .slice(0, maxRows)
        .map((run) => [
        (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(run.file), groups_MAX_VALUE)),
        name(run),
        run.provider ? (0,markdown/* code */.aY)(clean(`${run.provider} / ${run.runtimeType ?? '?'}`)) : '—',
    ]);
    const more = group.members.length - rows.length;
    blocks.push(`**Jobs**\n\n${(0,markdown/* table */.tp)(['Config', 'Job', 'Provider / runtime'], rows)}${more > 0 ? `\n\n… and ${more} more` : ''}`);
    return {
        blocks,
        // The summary goes into HTML as it is: the job's name as inline HTML code, not Markdown.
        plan: first.planText
            ? {
                summary: `Terraform plan of ${(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(clean(first.jobName ?? first.file), groups_MAX_VALUE))}`,
                text: first.planText,
            }
            : undefined,
    };
}
/**
 * The jobs' sections, in the overview's order: jobs changed alike share one, in the place of the
 * first of them, and the overview's rows of the others link to it.
 */
function detailSections(entries, mode, links, clean, maxRows) {
    const shown = entries.filter((entry) => entry.anchor);
    const groups = shapeGroups(shown.map((entry) => entry.run));
    const groupOf = new Map(groups.flatMap((group) => group.members.map((run) => [run, group])));
    const entryOf = new Map(shown.map((entry) => [entry.run, entry]));
    const sections = [];
    for (const entry of shown) {
        const group = groupOf.get(entry.run);
        if (!group) {
            sections.push(jobDetails(entry, mode, links, clean));
        }
        else if (group.members[0] === entry.run) {
            const section = groupSection(group, clean, maxRows);
            const [heading, ...rest] = section.blocks;
            const parts = [heading.replace(/^### /, `### <a id="${entry.anchor}"></a>`), ...rest];
            if (section.plan) {
                parts.push({
                    summary: section.plan.summary,
                    text: clean(section.plan.text),
                    language: 'text',
                });
            }
            sections.push(parts);
        }
    }
    for (const group of groups) {
        const anchor = entryOf.get(group.members[0]).anchor;
        for (const run of group.members.slice(1))
            entryOf.get(run).anchor = anchor;
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/publish/comment.ts
// The pull request comment (CONTRACT §8): one per workflow job, found again by a hidden marker and
// edited in place, in the layout the job summary shares (layout.ts): the counts, an overview row
// per job, then each job's section. Long text is shortened so the comment always stays below
// GitHub's size limit: first the folded plans, then whole sections, never a row of the overview.








/** A section standing for jobs changed alike lists this many of them, then `… and N more`. */
const MAX_GROUP_ROWS = 60;
/** GitHub refuses a comment body of 65,536 characters or more. */
const COMMENT_LIMIT = 65_536;
/**
 * What a body may measure (see `commentSize`): well below the limit, for the characters GitHub
 * might count differently from JavaScript.
 */
const MAX_SIZE = 64_000;
/**
 * A conservative count of the characters GitHub sees: UTF-16 code units (never fewer than code
 * points), and each line break counted twice in case it is stored as CRLF.
 */
function commentSize(body) {
    let breaks = 0;
    for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1))
        breaks++;
    return body.length + breaks;
}
/** The hidden first line that finds this job's comment again: workflow and job, encoded. */
function commentMarker(context) {
    const workflow = encodeURIComponent(context.workflow ?? '');
    const job = encodeURIComponent(context.job ?? '');
    return `<!-- dativo-infra-action workflow=${workflow} job=${job} -->`;
}
function renderComment(report, context, options = {}) {
    const clean = (0,secrets/* scrubber */.ty)(options.secrets ?? []);
    const links = new Links(context);
    const entries = jobEntries(report);
    const where = [context.workflow, context.job].filter(Boolean).join(' / ');
    const head = [commentMarker(context)];
    const pointer = links.run
        ? `[the job summary of this run](${links.run})`
        : 'the job summary of this workflow run';
    if (entries.length === 0) {
        head.push(`## dativo-infra · ${report.mode}${where ? ` · ${(0,markdown/* escapeText */.X1)(clean(where))}` : ''}`, '', `No job configs to process. ${(0,markdown/* escapeText */.X1)(clean(report.discovery))}`);
        for (const failure of report.failures)
            head.push('', `- ❌ ${(0,markdown/* escapeText */.X1)(clean(failure))}`);
        return head.join('\n') + '\n';
    }
    // Before the headline and overview: a group's section takes the links of all its jobs.
    const sections = detailSections(entries, report.mode, links, clean, MAX_GROUP_ROWS);
    head.push(...headline(report, entries, links, where, clean));
    head.push(...reviewRecordLines(report, clean));
    const assemble = (table, rendered, shortened, omitted) => {
        const tail = ['---'];
        if (omitted > 0)
            tail.push(`The details of ${(0,util_text/* plural */.LS)(omitted, 'more job')} are left out.`);
        tail.push(shortened || omitted > 0
            ? `Shortened to fit a comment. The full report is in ${pointer}.`
            : `Full report: ${pointer}.`);
        return [head.join('\n'), table, ...rendered, tail.join('\n\n')].join('\n\n') + '\n';
    };
    const withCap = (cap) => sections.map((parts) => renderParts(parts, cap, links));
    const fits = (body) => commentSize(body) <= MAX_SIZE;
    const table = overview(entries, report.mode, clean);
    const longest = Math.max(0, ...sections.flat().map((part) => (isFold(part) ? part.text.length : 0)));
    const full = assemble(table, withCap(longest), false, 0);
    if (fits(full))
        return full;
    // The largest length of long text per block that fits, found by bisection.
    if (fits(assemble(table, withCap(0), true, 0))) {
        let low = 0;
        let high = longest;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (fits(assemble(table, withCap(middle), true, 0)))
                low = middle;
            else
                high = middle - 1;
        }
        return assemble(table, withCap(low), true, 0);
    }
    // Too many jobs even without their long text: the overview whole (shorter names if it must),
    // then as many sections as fit, in the overview's order (errors and destroys first).
    const compact = fits(assemble(table, [], true, sections.length))
        ? table
        : overview(entries, report.mode, clean, true);
    const shown = [];
    for (const parts of sections) {
        const next = [...shown, renderParts(parts, 0, links)];
        if (!fits(assemble(compact, next, true, sections.length - next.length)))
            break;
        shown.push(next[next.length - 1]);
    }
    const body = assemble(compact, shown, true, sections.length - shown.length);
    if (fits(body))
        return body;
    // More jobs than any overview can list in a comment: as many rows as fit, and where the rest are.
    const lines = compact.split('\n');
    const cutTable = (n) => lines.slice(0, n).join('\n') +
        `\n\n… and ${(0,util_text/* plural */.LS)(lines.length - n, 'more job')} in ${pointer}.`;
    let low = 2;
    let high = lines.length;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(assemble(cutTable(middle), [], true, sections.length)))
            low = middle;
        else
            high = middle - 1;
    }
    return assemble(cutTable(low), [], true, sections.length);
}
/** What a merge with require-reviewed-plan will not find: plans the check run could not record. */
function reviewRecordLines(report, clean) {
    const record = report.reviewRecord;
    if (record?.problem) {
        return [
            '',
            `⚠️ The plans were not recorded for review, so a merge with \`require-reviewed-plan\` will not apply them: ${(0,markdown/* escapeText */.X1)(clean(record.problem))}.`,
        ];
    }
    if (record && record.omitted > 0) {
        return [
            '',
            `⚠️ The record of reviewed plans holds ${record.recorded} of ${record.recorded + record.omitted} plans: a merge with \`require-reviewed-plan\` will not apply the other ${(0,util_text/* plural */.LS)(record.omitted, 'job')}${record.url ? ` (listed in [the check run](${record.url}))` : ''}. Split the pull request.`,
        ];
    }
    return [];
}
/**
 * Creates this job's comment on the pull request, or edits the one an earlier run made: found by
 * its marker among the comments written by the identity the token acts as. Anyone can write the
 * marker, so a comment by anyone else is never adopted (its author could edit our report later).
 * Events without a pull request are skipped. Throws with a message that says what to change when
 * GitHub refuses; the caller reports that as a warning.
 */
async function upsertComment(api, context, body) {
    if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') {
        return {
            action: 'skipped',
            reason: `no pull request to comment on (event: ${context.eventName})`,
        };
    }
    const pr = (0,github_context/* pullRequestOf */._n)(context);
    const repository = context.repository;
    if (!pr || !repository) {
        return { action: 'skipped', reason: 'the pull request number or repository is unknown' };
    }
    if (context.eventName === 'pull_request' && pr.fromFork) {
        // A fork's pull_request run only ever gets a read-only token: nothing to warn about.
        return {
            action: 'skipped',
            reason: `Pull request from the fork ${pr.headRepo ?? '(deleted)'}: no comment, the report is in the job summary`,
        };
    }
    const { number } = pr;
    const marker = commentMarker(context);
    const text = body.startsWith(marker) ? body : `${marker}\n${body}`;
    const issue = { ...repository, issue_number: number };
    try {
        const octokit = await api.octokit();
        const author = (await api.identity()).toLowerCase();
        const findOwn = async () => {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                ...issue,
                per_page: 100,
            });
            for await (const page of pages) {
                const own = page.data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login?.toLowerCase() === author);
                if (own)
                    return own;
            }
            return undefined;
        };
        const create = async () => {
            const { data } = await octokit.rest.issues.createComment({ ...issue, body: text });
            return { action: 'created', id: data.id };
        };
        const update = (id) => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body: text });
        const existing = await findOwn();
        if (existing) {
            if (existing.body === text)
                return { action: 'unchanged', id: existing.id };
            try {
                await update(existing.id);
                return { action: 'updated', id: existing.id };
            }
            catch (error) {
                // Deleted since it was listed: a new one takes its place.
                if (!(0,errors/* hasStatus */.Ro)(error, 404))
                    throw error;
            }
        }
        return await (0,client/* createOnce */.Ur)(api, 'comment', create, async () => {
            const made = await findOwn();
            if (!made)
                return undefined;
            if (made.body !== text)
                await update(made.id);
            return { action: 'created', id: made.id };
        });
    }
    catch (error) {
        throw refusal(error, number, api.baseUrl);
    }
}
function refusal(error, number, baseUrl) {
    const said = (0,errors/* describeGitHubError */.dZ)(error, baseUrl);
    if (!(0,errors/* rateLimitOf */.tX)(error) && (0,errors/* hasStatus */.Ro)(error, 401, 403, 404)) {
        return new Error(`Cannot comment on pull request #${number} (${said}). Give the job \`permissions: pull-requests: write\`; a pull request from a fork only gets a read-only token, so its report stays in the job summary.`);
    }
    return new Error(`Cannot comment on pull request #${number}: ${said}`);
}


/***/ }),

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   cH: () => (/* binding */ listMessage),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
// Text from configs shown in Markdown (job summary, PR comment): it must read as text, never as
// markup, links or HTML that a pull request could smuggle into a page, and never as a mention,
// an issue reference or a link that GitHub would make live and notify someone about.

/** A zero-width space between `@` and a name: the mention reads the same and notifies nobody. */
const BREAK = '&#8203;';
/** Every line ending Markdown knows, and the Unicode ones: user text stays on its line. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * What GitHub turns into live references in text: `@user`, `@org/team`, `#123` and `GH-123`
 * issue references, and bare web addresses (an e-mail address is one through its `@`).
 */
function neutralise(text) {
    return text
        .replace(/(?<!&)#(?=\p{N})/gu, `#${BREAK}`)
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
        .replace(/\b(GH)-(?=\p{N})/giu, `$1-${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/\b(www)\./gi, `$1${BREAK}.`);
}
function escapeText(text) {
    return neutralise(text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(LINE_BREAKS, ' '));
}
/** Inline code that cannot be broken out of: backticks inside are replaced. */
function code(text) {
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(LINE_BREAKS, ' ');
    return `<code>${neutralise(escaped)}</code>`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced block showing text exactly: the fence is longer than any run of backticks inside. */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    return `${fence}${language}\n${body}\n${fence}`;
}
/**
 * A message for a Markdown list item: its first line as text, and any further lines (a Terraform
 * error, as Terraform wrapped it) as a text block to follow the item's line, indented under it.
 */
function listMessage(message, escape) {
    const [first = '', ...more] = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(message);
    const rest = more.join('\n').replace(/^\n+/, '');
    if (rest.trim() === '')
        return { first: escape(first), block: '' };
    const block = codeBlock(rest, 'text')
        .split('\n')
        .map((line) => (line ? `  ${line}` : ''))
        .join('\n');
    return { first: escape(first), block: `\n\n${block}` };
}
/** At most `max` characters, ending at a line break when one is near, never inside a pair. */
function cut(text, max) {
    let end = max;
    const lastBreak = text.lastIndexOf('\n', max);
    if (lastBreak > max / 2)
        end = lastBreak;
    else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return text.slice(0, end);
}
/** At most `max` characters, with `…` when shortened. */
function shorten(text, max) {
    return text.length <= max ? text : `${cut(text, max - 1)}…`;
}


/***/ })

};
