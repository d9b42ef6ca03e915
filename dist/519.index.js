export const id = 519;
export const ids = [519];
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


/***/ })

};
