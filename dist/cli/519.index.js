export const id = 519;
export const ids = [519,49];
export const modules = {

/***/ 8519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightRuns: () => (/* binding */ preflightRuns)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _tags_tfvars_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2378);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2122);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _modules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5214);
/* harmony import */ var _roots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2049);
// Required variables a job's root would get no value for, found before any Terraform command:
// an error at the config's `runtime:` key that names them and says how to pass them, instead of
// "Missing required argument" from `terraform plan` in a generated file that is already gone.
//
// The bundled modules' variables are known at bundle time (modules.ts); a team's own root is
// read with the HCL parser; a module-source is only known once `terraform init` fetched it, so
// its variables are left to Terraform.








/** Where a job's config can give a variable itself, for the message. */
const FROM_CONFIG = {
    container_image: 'infrastructure.runtime.image',
    cpu: 'infrastructure.runtime.cpu',
    memory: 'infrastructure.runtime.memory',
};
/**
 * Plan and apply: a job whose runtime needs variables that nothing gives is an error at its
 * `runtime:` key now (the config counts as invalid), and runs no Terraform.
 */
async function preflightRuns(runs, settings, reporter) {
    for (const run of runs) {
        if (!run.job)
            continue;
        const finding = await missingVariables(run.job, settings);
        if (!finding)
            continue;
        reporter.finding(finding);
        run.findings.push(finding);
        run.valid = false;
        run.job = undefined;
    }
}
async function missingVariables(job, settings) {
    const provided = new Set(Object.keys((0,_tags_tfvars_js__WEBPACK_IMPORTED_MODULE_6__/* .buildTfvars */ .$E)(job, {
        defaultTags: settings.defaultTags,
        terraformVars: settings.terraformVars,
    })));
    const root = ownRoot(job, settings);
    let required;
    let owner;
    let folder;
    if (root) {
        folder = root.absolute;
        try {
            const declared = await (await __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 5235))).readDeclarations(root.absolute);
            required = [...declared.variables].filter(([, v]) => v.required).map(([name]) => name);
            for (const name of await variablesFilesGive(root.absolute))
                provided.add(name);
        }
        catch {
            return undefined; // A root Terraform cannot read: its own error says more, at init.
        }
        for (const name of Object.keys(settings.env)) {
            if (name.startsWith('TF_VAR_'))
                provided.add(name.slice('TF_VAR_'.length));
        }
        owner = `the root ${root.relative}`;
    }
    else if (settings.moduleSource) {
        return undefined;
    }
    else {
        required = Object.entries((0,_modules_js__WEBPACK_IMPORTED_MODULE_4__/* .bundledVariables */ .i)(job.runtime.type))
            .filter(([, v]) => v.required)
            .map(([name]) => name);
        owner = `the ${job.runtime.type} module`;
        folder = (0,_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .bundledModule */ .Jh)(job.runtime.type);
    }
    const missing = required.filter((name) => !provided.has(name));
    if (missing.length === 0)
        return undefined;
    const inConfig = missing.filter((name) => FROM_CONFIG[name]);
    const elsewhere = missing.filter((name) => !FROM_CONFIG[name]);
    const how = inConfig.map((name) => `set ${FROM_CONFIG[name]} for ${name}`);
    if (elsewhere.length > 0) {
        // The example gives each variable a value of its type: a list as a list.
        const types = await declaredTypes(folder);
        const example = Object.fromEntries(elsewhere.map((name) => [name, exampleValue(types.get(name))]));
        how.push(`pass ${elsewhere.join(' and ')} in the terraform-vars input, a YAML or JSON map (e.g. ${JSON.stringify(example)})`);
    }
    return {
        severity: 'error',
        rule: 'missing-variables',
        message: `Missing required variables of ${owner}: ${missing.join(', ')}; neither the config nor terraform-vars gives them. To run it, ${how.join('; ')}`,
        file: job.file,
        range: job.runtimeRange ?? job.range,
    };
}
/** Variables a root's own terraform.tfvars and *.auto.tfvars files set, which Terraform loads. */
async function variablesFilesGive(folder) {
    const { parseHcl } = await __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 5235));
    const names = [];
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder)) {
        if (!/^(terraform\.tfvars|.*\.auto\.tfvars)(\.json)?$/.test(name))
            continue;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, name), 'utf8');
        const values = name.endsWith('.json')
            ? JSON.parse(text)
            : await parseHcl(name, text);
        if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u)(values))
            names.push(...Object.keys(values));
    }
    return names;
}
/** The team's root when terraform-dir names an existing folder in the workspace. */
function ownRoot(job, settings) {
    let relative;
    try {
        relative = (0,_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTokens */ .lX)(settings.terraformDir, job, 'terraform-dir');
    }
    catch {
        return undefined; // The stage reports a token the job cannot fill.
    }
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(settings.workspace, relative);
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .within */ .ux)(settings.workspace, absolute) === undefined)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory() ? { relative, absolute } : undefined;
    }
    catch {
        return undefined;
    }
}
/** Each variable's declared type (`list(string)`), as far as the folder's .tf files say. */
async function declaredTypes(folder) {
    try {
        const declared = await (await __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 5235))).readDeclarations(folder);
        const types = new Map();
        for (const [name, variable] of declared.variables) {
            if (variable.type)
                types.set(name, variable.type.replace(/^\$\{(.*)\}$/s, '$1'));
        }
        return types;
    }
    catch {
        return new Map();
    }
}
/** A placeholder value of a Terraform type, for an example of terraform-vars. */
function exampleValue(type) {
    if (!type)
        return '…';
    if (/^(list|set|tuple)\b/.test(type))
        return ['…'];
    if (/^(map|object)\b/.test(type))
        return { '…': '…' };
    if (type === 'number')
        return 0;
    if (type === 'bool')
        return true;
    return '…';
}


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ writeGeneratedRoot),
/* harmony export */   Jh: () => (/* binding */ bundledModule),
/* harmony export */   LM: () => (/* binding */ locateRoot),
/* harmony export */   aY: () => (/* binding */ writeModuleCall),
/* harmony export */   hq: () => (/* binding */ NATIVE_BACKEND),
/* harmony export */   l8: () => (/* binding */ RootError),
/* harmony export */   lX: () => (/* binding */ renderTokens),
/* harmony export */   pY: () => (/* binding */ initialisedModuleDir)
/* harmony export */ });
/* unused harmony export TOKENS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4964);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9997);
// Where each job's Terraform runs: the team's own root (`terraform-dir`, when the folder exists)
// or a root generated outside the workspace that calls `module-source`. Generated roots hold no
// value from a config: only variable names, the module source and provider wiring; every value
// reaches Terraform through the job's variables file (-var-file), where it is read as a literal.






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
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'terraform', 'modules', runtime);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(candidate, 'variables.tf')))
            return candidate;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            throw new RootError(`the bundled ${runtime} module is missing from this copy of the action`);
    }
}
/** The team's root when `terraform-dir` names an existing folder, else a root to generate. */
function locateRoot(job, workspace, terraformDir, moduleSource, workDir) {
    const relative = renderTokens(terraformDir, job, 'terraform-dir');
    const own = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, relative);
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .within */ .ux)(workspace, own) === undefined)
        throw new RootError(`terraform-dir '${relative}' is outside the workspace`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(own) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(own).isDirectory()) {
        const realDir = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(own);
        if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .reallyWithin */ .RU)(workspace, realDir) === undefined) {
            throw new RootError(`terraform-dir '${relative}' leads outside the workspace (a link to ${realDir}): Terraform would keep its state and files there. Put the job's root in the workspace`);
        }
        return {
            dir: own,
            generated: false,
            realDir,
            sharedBecause: sharedBecause(workspace, terraformDir, relative),
        };
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workDir, 'root');
    let source;
    if (moduleSource) {
        source = renderTokens(moduleSource, job, 'module-source');
        // A local path in the input is relative to the workspace, as a workflow author writes it.
        if (/^\.\.?\//.test(source))
            source = localSource(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, source));
    }
    else {
        source = localSource(dir, bundledModule(job.runtime.type));
    }
    return { dir, generated: true, moduleSource: source };
}
/**
 * Why a team's root may serve several jobs: a terraform-dir without {job_name} is one folder for
 * all of them; a link in the part named after the job may lead several jobs to one folder.
 */
function sharedBecause(workspace, template, relative) {
    if (!template.includes('{job_name}')) {
        return `terraform-dir '${template}' has no {job_name}, so every job runs in this one folder`;
    }
    const templateParts = template.split('/');
    const parts = relative.split('/');
    const first = templateParts.length === parts.length
        ? templateParts.findIndex((part) => part.includes('{job_name}'))
        : 0;
    for (let end = first + 1; end <= parts.length; end++) {
        const prefix = parts.slice(0, end).join('/');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, prefix)).isSymbolicLink()) {
            const target = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Yn)((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(workspace), (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, prefix)));
            return `${prefix} is a link to ${target}, a folder other jobs can reach too`;
        }
    }
    return undefined;
}
/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir, moduleDir) {
    const relative = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePosix */ .Yn)(rootDir, moduleDir);
    return relative.startsWith('.') ? relative : `./${relative}`;
}
/** Each cloud's own state backend, used for a generated root when backend-config is given. */
const NATIVE_BACKEND = {
    aws: 's3',
    azure: 'azurerm',
    gcp: 'gcs',
    local: 'local',
};
/**
 * Provider settings a generated root needs, and the root variables they read; `optional` ones
 * default to null, so the provider falls back to its environment (ARM_SUBSCRIPTION_ID).
 */
const PROVIDER_BLOCKS = {
    aws_fargate: { block: 'provider "aws" {\n  region = var.region\n}\n', variables: ['region'] },
    azure_container_apps: {
        block: 'provider "azurerm" {\n  features {}\n  subscription_id = var.subscription_id\n}\n',
        variables: ['subscription_id'],
        optional: ['subscription_id'],
    },
    gcp_cloud_run: {
        block: 'provider "google" {\n  project = var.project_id\n  region  = var.region\n}\n',
        variables: ['project_id', 'region'],
    },
    local: { block: '', variables: [] },
};
/**
 * Step one of a generated root: the module call alone (and the backend, when it has one: `s3`,
 * `local`, …), enough for `terraform init` to fetch the module wherever it lives.
 */
async function writeModuleCall(root, job, backend) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root.dir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, backend, undefined));
}
/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
async function writeGeneratedRoot(root, job, backend, module, available) {
    const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort();
    const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'main.tf'), rootText(root, job, backend, { passed, module }));
    const optional = new Set(PROVIDER_BLOCKS[job.runtime.type].optional);
    const variables = [...rootVariables].sort().map((name) => {
        const settings = [
            ...(module.variables.get(name)?.sensitive ? ['  sensitive = true'] : []),
            ...(optional.has(name) && !module.variables.has(name) ? ['  default = null'] : []),
        ];
        return `variable "${name}" {${settings.length > 0 ? `\n${settings.join('\n')}\n` : ''}}\n`;
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root.dir, 'variables.tf'), variables.join('\n'));
    return rootVariables;
}
function rootText(root, job, backend, wiring) {
    const parts = [
        "# Generated by dativo-infra-action for one job; values come from the job's variables file.\n",
    ];
    if (backend)
        parts.push(`terraform {\n  backend "${backend}" {}\n}\n`);
    if (wiring) {
        const provider = PROVIDER_BLOCKS[job.runtime.type].block;
        if (provider)
            parts.push(provider);
    }
    const args = wiring ? wiring.passed.map((name) => `  ${name} = var.${name}\n`).join('') : '';
    parts.push(`module "dativo_runtime" {\n  source = ${hclString(root.moduleSource)}\n${args}}\n`);
    if (wiring) {
        // In code-unit order: the root's text, which its plan's fingerprint covers, is the same in
        // every locale (and no collator is set up for it).
        for (const [name, { sensitive }] of [...wiring.module.outputs].sort(([a], [b]) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .byCodeUnits */ .CA)(a, b))) {
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
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dataDir, 'modules', 'modules.json'), 'utf8'));
    const entry = manifest.Modules?.find((m) => m.Key === 'dativo_runtime');
    if (!entry)
        throw new RootError('terraform init did not install the module');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root.dir, entry.Dir);
}


/***/ })

};
