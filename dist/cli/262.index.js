export const id = 262;
export const ids = [262];
export const modules = {

/***/ 3262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCK_TIMEOUT: () => (/* binding */ LOCK_TIMEOUT),
  errorSummary: () => (/* binding */ errorSummary),
  runTerraformJobs: () => (/* binding */ runTerraformJobs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/resolve/file.ts
var file = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/resolve.ts + 1 modules
var resolve = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/resolve/write.ts
var write = __webpack_require__(4403);
;// CONCATENATED MODULE: ./src/resolve/index.ts
// Placeholder resolution: Terraform outputs into job configs, changing nothing else.






// EXTERNAL MODULE: ./src/tags/tfvars.ts
var tags_tfvars = __webpack_require__(2378);
;// CONCATENATED MODULE: ./src/util/concurrency.ts
// Two small tools for running jobs side by side: a lock for what must not overlap (terraform
// init and its shared plugin cache) and a pool that runs at most N tasks at once.
class Mutex {
    last = Promise.resolve();
    /** Runs `task` once every task locked before it has finished. */
    async lock(task) {
        const previous = this.last;
        let release;
        this.last = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            return await task();
        }
        finally {
            release();
        }
    }
}
/** Runs `task` for every item, at most `limit` at a time; results keep the items' order. */
async function mapPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/util/data.ts
var data = __webpack_require__(2122);
;// CONCATENATED MODULE: ./src/terraform/hcl.ts
// Reads what a Terraform root or module declares (variables, outputs, backend) with HashiCorp's
// own HCL parser, compiled to WebAssembly (@cdktf/hcl2json's build). Loaded only when the
// Terraform stage runs.







/** Parses every .tf and .tf.json file of a folder (not its subfolders), as Terraform reads it. */
async function readDeclarations(folder) {
    const names = (await (0,promises_.readdir)(folder)).filter((name) => /\.tf(\.json)?$/.test(name)).sort();
    const declarations = { variables: new Map(), outputs: new Map() };
    for (const name of names) {
        const text = await (0,promises_.readFile)(external_node_path_default().join(folder, name), 'utf8');
        let parsed;
        try {
            parsed = name.endsWith('.json') ? JSON.parse(text) : await parseHcl(name, text);
        }
        catch (error) {
            throw new Error(`${external_node_path_default().join(folder, name)}: ${error.message}`);
        }
        collect(parsed, declarations);
    }
    return declarations;
}
function collect(parsed, into) {
    for (const [name, blocks] of Object.entries(asRecord(parsed.variable))) {
        const body = firstBlock(blocks);
        into.variables.set(name, { sensitive: body.sensitive === true, required: !('default' in body) });
    }
    for (const [name, blocks] of Object.entries(asRecord(parsed.output))) {
        into.outputs.set(name, { sensitive: firstBlock(blocks).sensitive === true });
    }
    for (const block of [parsed.terraform].flat()) {
        const terraform = asRecord(block);
        const backend = Object.keys(asRecord(firstBlock(terraform.backend)))[0] ??
            Object.keys(asRecord(terraform.backend))[0];
        if (backend)
            into.backend = backend;
        if (terraform.cloud)
            into.backend = 'cloud';
    }
}
function firstBlock(value) {
    return asRecord(Array.isArray(value) ? value[0] : value);
}
function asRecord(value) {
    return (0,data/* isRecord */.u)(value) ? value : {};
}
let parser;
/** HCL to the JSON form of Terraform's syntax, by HashiCorp's parser. */
async function parseHcl(filename, contents) {
    const root = await (parser ??= startParser());
    const json = await new Promise((resolve, reject) => root.parse(filename, contents, (error, result) => error ? reject(new Error(error)) : resolve(result)));
    return JSON.parse(json);
}
async function startParser() {
    // Go's runtime for WebAssembly; it defines globalThis.Go.
    await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.t.bind(__webpack_require__, 2111, 23));
    const scope = globalThis;
    const go = new scope.Go();
    const bytes = (0,external_node_zlib_.gunzipSync)(await (0,promises_.readFile)(wasmPath()));
    const { instance } = await scope.WebAssembly.instantiate(bytes, go.importObject);
    const root = {};
    globalThis.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    for (let waited = 0; !root.parse; waited++) {
        if (waited > 1000)
            throw new Error('the HCL parser did not start');
        await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return root;
}
/** Beside the bundle in dist/ (the bundle script copies it there), else in node_modules. */
function wasmPath() {
    // Built at run time so the bundler does not swap the file for a module of its own.
    const name = ['hcl2json', 'wasm', 'gz'].join('.');
    const bundled = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), name);
    if ((0,external_node_fs_.existsSync)(bundled))
        return bundled;
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    return external_node_path_default().join(external_node_path_default().dirname(require.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz');
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/terraform/plan.ts

function countChanges(plan) {
    const counts = { add: 0, change: 0, destroy: 0 };
    const changes = (plan.resource_changes ?? []).filter((change) => change.mode !== 'data');
    for (const change of changes) {
        const actions = change.change?.actions ?? [];
        if (actions.includes('create'))
            counts.add++;
        if (actions.includes('delete'))
            counts.destroy++;
        if (actions.length === 1 && actions[0] === 'update')
            counts.change++;
    }
    return counts;
}
/** Texts to hide of the values the plan marks sensitive (outputs and variables). */
function sensitiveTexts(plan) {
    const found = [];
    const outputs = plan.planned_values?.outputs;
    for (const output of Object.values(outputs ?? {})) {
        if (output.sensitive)
            found.push(...(0,secrets/* secretTexts */.Vh)(output.value));
    }
    const variables = plan.variables ?? {};
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(variables)) {
        if (declared[name]?.sensitive)
            found.push(...(0,secrets/* secretTexts */.Vh)(variable.value));
    }
    return found;
}

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
;// CONCATENATED MODULE: ./src/terraform/roots.ts
// Where each job's Terraform runs: the team's own root (`terraform-dir`, when the folder exists)
// or a root generated outside the workspace that calls `module-source`. Generated roots hold no
// value from a config: only variable names, the module source and provider wiring; every value
// reaches Terraform through dativo.auto.tfvars.json, where Terraform reads it as a literal.





const TOKENS = ['job_name', 'environment', 'provider', 'runtime', 'tenant_id'];
/** A problem with one job's root: it fails that job, not the run. */
class RootError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RootError';
    }
}
/** Fills `{job_name}`, `{environment}`, `{provider}`, `{runtime}`, `{tenant_id}` in an input. */
function renderTokens(template, job, input) {
    return template.replace(/\{([^{}]*)\}/g, (whole, token) => {
        const values = {
            job_name: job.jobName,
            environment: job.environment,
            provider: job.provider,
            runtime: job.runtime.type,
            tenant_id: job.tenantId,
        };
        if (!TOKENS.includes(token)) {
            throw new RootError(`${input}: unknown token ${whole} (tokens: ${TOKENS.map((t) => `{${t}}`).join(', ')})`);
        }
        const value = values[token];
        if (value === undefined)
            throw new RootError(`${input} uses {${token}}, but the config has no ${token}`);
        return value;
    });
}
/** The module this action ships for a runtime, found relative to the action's own files. */
function bundledModule(runtime) {
    for (let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));; dir = external_node_path_default().dirname(dir)) {
        const candidate = external_node_path_default().join(dir, 'terraform', 'modules', runtime);
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'variables.tf')))
            return candidate;
        if (external_node_path_default().dirname(dir) === dir)
            throw new RootError(`the bundled ${runtime} module is missing from this copy of the action`);
    }
}
/** The team's root when `terraform-dir` names an existing folder, else a root to generate. */
function locateRoot(job, workspace, terraformDir, moduleSource, workDir) {
    const relative = renderTokens(terraformDir, job, 'terraform-dir');
    const own = external_node_path_default().resolve(workspace, relative);
    if ((0,paths/* within */.u)(workspace, own) === undefined)
        throw new RootError(`terraform-dir '${relative}' is outside the workspace`);
    if ((0,external_node_fs_.existsSync)(own) && (0,external_node_fs_.statSync)(own).isDirectory())
        return { dir: own, generated: false };
    const dir = external_node_path_default().join(workDir, 'root');
    let source;
    if (moduleSource) {
        source = renderTokens(moduleSource, job, 'module-source');
        // A local path in the input is relative to the workspace, as a workflow author writes it.
        if (/^\.\.?\//.test(source))
            source = localSource(dir, external_node_path_default().resolve(workspace, source));
    }
    else {
        source = localSource(dir, bundledModule(job.runtime.type));
    }
    return { dir, generated: true, moduleSource: source };
}
/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir, moduleDir) {
    const relative = (0,paths/* relativePosix */.Y)(rootDir, moduleDir);
    return relative.startsWith('.') ? relative : `./${relative}`;
}
/** Each cloud's own state backend, used for a generated root when backend-config is given. */
const NATIVE_BACKEND = {
    aws: 's3',
    azure: 'azurerm',
    gcp: 'gcs',
    local: 'local',
};
/** Provider settings a generated root needs, and the root variables they read. */
const PROVIDER_BLOCKS = {
    aws_fargate: { block: 'provider "aws" {\n  region = var.region\n}\n', variables: ['region'] },
    azure_container_apps: { block: 'provider "azurerm" {\n  features {}\n}\n', variables: [] },
    gcp_cloud_run: {
        block: 'provider "google" {\n  project = var.project_id\n  region  = var.region\n}\n',
        variables: ['project_id', 'region'],
    },
    local: { block: '', variables: [] },
};
/**
 * Step one of a generated root: the module call alone (and the backend), enough for
 * `terraform init` to fetch the module wherever it lives.
 */
async function writeModuleCall(root, job, withBackend) {
    await (0,promises_.mkdir)(root.dir, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(root.dir, 'main.tf'), rootText(root, job, withBackend, undefined));
}
/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
async function writeGeneratedRoot(root, job, withBackend, module, available) {
    const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort();
    const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables]);
    await (0,promises_.writeFile)(external_node_path_default().join(root.dir, 'main.tf'), rootText(root, job, withBackend, { passed, module }));
    const variables = [...rootVariables]
        .sort()
        .map((name) => `variable "${name}" {${module.variables.get(name)?.sensitive ? '\n  sensitive = true\n' : ''}}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(root.dir, 'variables.tf'), variables.join('\n'));
    return rootVariables;
}
function rootText(root, job, withBackend, wiring) {
    const parts = [
        '# Generated by dativo-infra-action for one job; values come from dativo.auto.tfvars.json.\n',
    ];
    if (withBackend)
        parts.push(`terraform {\n  backend "${NATIVE_BACKEND[job.provider]}" {}\n}\n`);
    if (wiring) {
        const provider = PROVIDER_BLOCKS[job.runtime.type].block;
        if (provider)
            parts.push(provider);
    }
    const args = wiring ? wiring.passed.map((name) => `  ${name} = var.${name}\n`).join('') : '';
    parts.push(`module "dativo_runtime" {\n  source = ${hclString(root.moduleSource)}\n${args}}\n`);
    if (wiring) {
        for (const [name, { sensitive }] of [...wiring.module.outputs].sort(([a], [b]) => a.localeCompare(b))) {
            const flag = sensitive ? '  sensitive = true\n' : '';
            parts.push(`output "${name}" {\n  value = module.dativo_runtime.${name}\n${flag}}\n`);
        }
    }
    return parts.join('\n');
}
/** A quoted HCL string in which nothing is interpolated. */
function hclString(text) {
    // `$$$$` in a replacement is two literal dollars: `${` becomes `$${`, which HCL reads as `${`.
    return JSON.stringify(text).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
}
/** Where `terraform init` put the module of a generated root. */
async function initialisedModuleDir(root, dataDir) {
    const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dataDir, 'modules', 'modules.json'), 'utf8'));
    const entry = manifest.Modules?.find((m) => m.Key === 'dativo_runtime');
    if (!entry)
        throw new RootError('terraform init did not install the module');
    return external_node_path_default().resolve(root.dir, entry.Dir);
}

;// CONCATENATED MODULE: ./src/terraform/stage.ts
// Pipeline steps 4–5 (CONTRACT §6): for each valid job, in its own root, terraform init
// (one at a time: they share the plugin cache), validate, plan to a file, read the plan, and in
// apply mode apply that plan and read the outputs. Up to `parallelism` jobs run at once; one
// failing job does not stop the others; each job's log is printed in its own group.










const LOCK_TIMEOUT = '5m';
async function runTerraformJobs(jobs, options, deps) {
    const init = new Mutex();
    // Jobs that share a team's root (a terraform-dir without {job_name}) take turns in it.
    const rootLocks = new Map();
    const inTurn = (root, run) => {
        if (root instanceof RootError || root.generated)
            return run();
        if (!rootLocks.has(root.dir))
            rootLocks.set(root.dir, new Mutex());
        return rootLocks.get(root.dir).lock(run);
    };
    // Interleaved lines of parallel jobs cannot share log groups: with several at once, each job's
    // log is kept and printed whole when the job ends.
    const live = options.parallelism === 1 || jobs.length === 1;
    return mapPool(jobs, options.parallelism, async (job, index) => {
        const title = `Terraform ${options.mode}: ${job.jobName} (${job.file})`;
        const workDir = external_node_path_default().join(deps.workDir, `${String(index + 1).padStart(3, '0')}-${slug(job.jobName)}`);
        const root = findRoot(job, options, workDir);
        if (live) {
            return deps.reporter.group(title, () => inTurn(root, () => runJob(job, root, options, deps, workDir, init, (line) => deps.reporter.output(line))));
        }
        const lines = [];
        const outcome = await inTurn(root, () => runJob(job, root, options, deps, workDir, init, (line) => lines.push(line)));
        await deps.reporter.group(title, async () => lines.forEach((line) => deps.reporter.output(line)));
        return outcome;
    });
}
function findRoot(job, options, workDir) {
    try {
        return locateRoot(job, options.workspace, options.terraformDir, options.moduleSource, workDir);
    }
    catch (error) {
        if (error instanceof RootError)
            return error;
        throw error;
    }
}
async function runJob(job, located, options, deps, workDir, init, log) {
    const outcome = {
        file: job.file,
        ok: false,
        findings: [],
        plan: null,
        hasChanges: false,
        secrets: [],
    };
    // Sensitive values: masked in the log from now on, and kept for the reports to scrub.
    const secret = (texts) => {
        for (const text of texts)
            deps.reporter.secret(text);
        outcome.secrets.push(...texts);
    };
    const at = job.range;
    const finding = (severity, rule, message, range = at) => outcome.findings.push({ severity, rule, message, file: job.file, range });
    let tfvarsPath;
    try {
        if (located instanceof RootError)
            throw located;
        const root = located;
        await (0,promises_.mkdir)(workDir, { recursive: true });
        const dataDir = external_node_path_default().join(workDir, 'data');
        const terraform = deps.terraform.withDataDir(dataDir);
        const backendLines = (0,src_options/* backendLinesFor */.h)(options.backendConfig, job.provider);
        const backendArgs = backendLines.map((line) => `-backend-config=${renderTokens(line, job, 'backend-config')}`);
        const tfvars = (0,tags_tfvars/* buildTfvars */.$E)(job, {
            defaultTags: options.defaultTags,
            terraformVars: options.terraformVars,
        });
        log(root.generated
            ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
            : `Root: ${external_node_path_default().relative(options.workspace, root.dir) || '.'}`);
        const step = async (name, args, quiet = false) => {
            const result = await terraform.run({ args, cwd: root.dir, onLine: log, quiet });
            if (result.exitCode !== 0 && !(name === 'plan' && result.exitCode === 2)) {
                throw new TerraformStepError(name, result.stderr || result.stdout);
            }
            return result;
        };
        const withBackend = root.generated && backendLines.length > 0;
        if (root.generated)
            await writeModuleCall(root, job, withBackend);
        await init.lock(() => step('init', ['init', '-input=false', '-no-color', ...backendArgs]));
        let declared;
        let remoteState;
        if (root.generated) {
            const module = await readDeclarations(await initialisedModuleDir(root, dataDir));
            declared = await writeGeneratedRoot(root, job, withBackend, module, new Set(Object.keys(tfvars)));
            remoteState = withBackend;
        }
        else {
            const own = await readDeclarations(root.dir);
            declared = new Set(own.variables.keys());
            remoteState = own.backend !== undefined && own.backend !== 'local';
        }
        const unused = Object.keys(tfvars).filter((name) => !declared.has(name));
        if (unused.length > 0) {
            finding('notice', 'terraform-vars', `Not passed to Terraform, the root declares no such variable: ${unused.join(', ')}`);
        }
        if (options.mode === 'apply' && !remoteState) {
            // The sandbox provisions nothing outside Terraform's state, so losing it loses nothing.
            finding(job.provider === 'local' ? 'notice' : 'warning', 'local-state', "This job's Terraform state is local to the runner and is lost when the job ends: give its root a backend (terraform-dir with a backend block, or backend-config)");
        }
        tfvarsPath = external_node_path_default().join(root.dir, tags_tfvars/* TFVARS_FILE */.i4);
        const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)));
        await (0,promises_.writeFile)(tfvarsPath, JSON.stringify(passed, null, 2) + '\n');
        await step('validate', ['validate', '-no-color']);
        const planFile = external_node_path_default().join(workDir, 'tfplan');
        const plan = await step('plan', [
            'plan',
            '-input=false',
            '-no-color',
            `-lock-timeout=${LOCK_TIMEOUT}`,
            '-detailed-exitcode',
            `-out=${planFile}`,
        ]);
        outcome.hasChanges = plan.exitCode === 2;
        // The JSON form holds sensitive values in clear: it is parsed, never printed.
        const shown = JSON.parse((await step('show', ['show', '-json', planFile], true)).stdout);
        secret(sensitiveTexts(shown));
        outcome.plan = countChanges(shown);
        outcome.plannedOutputs = (0,outputs.plannedOutputs)(shown);
        outcome.planText = (await step('show', ['show', '-no-color', planFile], true)).stdout;
        if (options.mode === 'apply') {
            await step('apply', [
                'apply',
                '-input=false',
                '-no-color',
                `-lock-timeout=${LOCK_TIMEOUT}`,
                planFile,
            ]);
            const outputs = JSON.parse((await step('output', ['output', '-json'], true)).stdout);
            for (const output of Object.values(outputs)) {
                if (output.sensitive)
                    secret((0,secrets/* secretTexts */.Vh)(output.value));
            }
            outcome.outputs = outputs;
        }
        outcome.ok = true;
    }
    catch (error) {
        const message = error instanceof TerraformStepError || error instanceof RootError
            ? error.message
            : `Terraform could not run: ${error.message}`;
        finding('error', 'terraform', message);
        log(message);
    }
    finally {
        // The team's root is left as it was found.
        if (tfvarsPath && !(located instanceof RootError) && !located.generated) {
            await (0,promises_.rm)(tfvarsPath, { force: true });
        }
    }
    return outcome;
}
class TerraformStepError extends Error {
    constructor(step, output) {
        super(`terraform ${step} failed: ${errorSummary(output)}`);
        this.name = 'TerraformStepError';
    }
}
/**
 * Terraform's "Error: …" blocks without the box drawing, at most 30 lines; init's general
 * preamble ("Terraform encountered problems during initialisation…") is left out.
 */
function errorSummary(output) {
    const lines = output.split('\n').map((line) => line.replace(/^[│╷╵]\s?/, '').trimEnd());
    const blocks = [];
    for (const line of lines) {
        if (line.startsWith('Error:'))
            blocks.push([line]);
        else
            blocks.at(-1)?.push(line);
    }
    const relevant = blocks.filter((block) => !/^Error: Terraform encountered problems during init/.test(block[0]));
    const chosen = relevant.length > 0 ? relevant.flat() : lines.filter((line) => line.trim() !== '').slice(-10);
    const text = chosen
        .filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '')
        .slice(0, 30)
        .join('\n')
        .trim();
    return text || 'no output';
}
function slug(text) {
    return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'job';
}


/***/ })

};
