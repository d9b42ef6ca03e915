export const id = 327;
export const ids = [327];
export const modules = {

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCK_TIMEOUT: () => (/* binding */ LOCK_TIMEOUT),
  errorSummary: () => (/* binding */ errorSummary),
  formatDuration: () => (/* binding */ formatDuration),
  runTerraformJobs: () => (/* binding */ runTerraformJobs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/resolve/file.ts
var file = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/resolve/outputs.ts
var outputs = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/resolve/resolve.ts + 2 modules
var resolve = __webpack_require__(1803);
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

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
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

;// CONCATENATED MODULE: ./src/terraform/generated/module-declarations.ts
// Generated by scripts/module-declarations.mjs from terraform/modules/*/*.tf. Do not edit.
const module_declarations_MODULE_DECLARATIONS = {
    "aws_fargate": {
        "variables": {
            "assign_public_ip": {
                "required": false,
                "sensitive": false,
                "description": "Give tasks a public IP (only for public subnets without a NAT gateway)."
            },
            "container_image": {
                "required": true,
                "sensitive": false,
                "description": "Container image the job runs, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/dativo:1.1.0. An ECR image gets pull access to its repository only."
            },
            "container_insights": {
                "required": false,
                "sensitive": false,
                "description": "Turn on CloudWatch Container Insights for the cluster (billed per metric)."
            },
            "cpu": {
                "required": false,
                "sensitive": false,
                "description": "Fargate CPU units for the task: 256, 512, 1024, 2048, 4096, 8192 or 16384."
            },
            "cpu_architecture": {
                "required": false,
                "sensitive": false,
                "description": "CPU architecture of the image: X86_64 or ARM64."
            },
            "default_tags": {
                "required": false,
                "sensitive": false,
                "description": "Organisation-wide tags, merged under job_metadata."
            },
            "environment_variables": {
                "required": false,
                "sensitive": false,
                "description": "Plain environment variables for the container (no secrets: use secrets for those)."
            },
            "ephemeral_storage_gib": {
                "required": false,
                "sensitive": false,
                "description": "Task storage in GiB, 21 to 200; null for Fargate's 20."
            },
            "job_metadata": {
                "required": true,
                "sensitive": false,
                "description": "The job's tags (infrastructure.tags of its Dativo config): job_name, team, pipeline_type, environment, cost_center and any others."
            },
            "kms_key_arns": {
                "required": false,
                "sensitive": false,
                "description": "KMS keys the job may use to decrypt and encrypt (for SSE-KMS buckets and secrets under a customer managed key)."
            },
            "log_kms_key_arn": {
                "required": false,
                "sensitive": false,
                "description": "KMS key that encrypts the log group; null for CloudWatch's own encryption."
            },
            "log_retention_days": {
                "required": false,
                "sensitive": false,
                "description": "Days CloudWatch keeps the job's logs."
            },
            "max_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Most running tasks of a service; above min_replicas, the service scales on CPU."
            },
            "memory": {
                "required": false,
                "sensitive": false,
                "description": "Memory for the task in MiB, within what Fargate allows for the cpu (e.g. 2048 to 8192 for 1024)."
            },
            "min_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Fewest running tasks of a service (workload = service)."
            },
            "permissions_boundary_arn": {
                "required": false,
                "sensitive": false,
                "description": "Permissions boundary for the IAM roles the module creates, where the account requires one."
            },
            "private_subnet_ids": {
                "required": true,
                "sensitive": false,
                "description": "Subnets of vpc_id the job's tasks run in (private, with a route to the internet or VPC endpoints)."
            },
            "region": {
                "required": true,
                "sensitive": false,
                "description": "AWS region of the job's runtime, e.g. us-east-1; must be the region of the aws provider the module runs with."
            },
            "s3_bucket_arns": {
                "required": false,
                "sensitive": false,
                "description": "S3 access of the task role: bucket ARNs (arn:aws:s3:::bucket) allow listing, object ARNs (arn:aws:s3:::bucket/*) allow reading and writing objects. Nothing else is reachable."
            },
            "schedule": {
                "required": false,
                "sensitive": false,
                "description": "Five-field cron expression that starts a batch job through EventBridge Scheduler, e.g. \"0 3 * * *\"; null to run on demand."
            },
            "schedule_timezone": {
                "required": false,
                "sensitive": false,
                "description": "Time zone of schedule."
            },
            "secrets": {
                "required": false,
                "sensitive": false,
                "description": "Full ARNs of the Secrets Manager secrets the job may read."
            },
            "vpc_id": {
                "required": true,
                "sensitive": false,
                "description": "VPC the job's tasks run in."
            },
            "workload": {
                "required": false,
                "sensitive": false,
                "description": "batch: a task definition the job runs to completion, on a schedule or on demand; service: an ECS service that keeps it running."
            }
        },
        "outputs": {
            "cluster_arn": {
                "sensitive": false
            },
            "cluster_name": {
                "sensitive": false
            },
            "container_name": {
                "sensitive": false
            },
            "execution_role_arn": {
                "sensitive": false
            },
            "log_group_name": {
                "sensitive": false
            },
            "schedule_arn": {
                "sensitive": false
            },
            "security_group_id": {
                "sensitive": false
            },
            "service_arn": {
                "sensitive": false
            },
            "service_name": {
                "sensitive": false
            },
            "subnet_ids": {
                "sensitive": false
            },
            "tags": {
                "sensitive": false
            },
            "task_definition_arn": {
                "sensitive": false
            },
            "task_definition_family": {
                "sensitive": false
            },
            "task_role_arn": {
                "sensitive": false
            },
            "task_role_name": {
                "sensitive": false
            }
        }
    },
    "azure_container_apps": {
        "variables": {
            "container_image": {
                "required": true,
                "sensitive": false,
                "description": "Container image the job runs, e.g. acmeregistry.azurecr.io/dativo:1.1.0."
            },
            "container_registry_id": {
                "required": false,
                "sensitive": false,
                "description": "Resource ID of the Azure Container Registry holding container_image: the job's identity gets AcrPull on it and pulls with it. Null for a public image."
            },
            "cpu": {
                "required": false,
                "sensitive": false,
                "description": "CPU cores for the container, in steps of 0.25 up to 4."
            },
            "default_tags": {
                "required": false,
                "sensitive": false,
                "description": "Organisation-wide tags, merged under job_metadata."
            },
            "environment_variables": {
                "required": false,
                "sensitive": false,
                "description": "Plain environment variables for the container (no secrets). AZURE_CLIENT_ID is set to the job's identity."
            },
            "infrastructure_subnet_id": {
                "required": false,
                "sensitive": false,
                "description": "Subnet for the Container Apps environment (VNet integration); null for a Microsoft-managed network."
            },
            "ingress_target_port": {
                "required": false,
                "sensitive": false,
                "description": "Port a service listens on, for internal HTTP ingress and scaling on requests; null for no ingress."
            },
            "job_metadata": {
                "required": true,
                "sensitive": false,
                "description": "The job's tags (infrastructure.tags of its Dativo config): job_name, team, pipeline_type, environment, cost_center and any others."
            },
            "log_retention_days": {
                "required": false,
                "sensitive": false,
                "description": "Days the Log Analytics workspace keeps the job's logs (30 to 730)."
            },
            "max_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Most replicas of a service; for a batch job, how many executions may run at once."
            },
            "memory": {
                "required": false,
                "sensitive": false,
                "description": "Memory for the container: twice the cores, in Gi (e.g. \"2Gi\" for 1.0)."
            },
            "min_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Fewest replicas of a service; 0 scales to zero (needs ingress_target_port to wake on traffic)."
            },
            "region": {
                "required": true,
                "sensitive": false,
                "description": "Azure region (location) of the job's runtime, e.g. eastus."
            },
            "replica_retry_limit": {
                "required": false,
                "sensitive": false,
                "description": "Retries of a failed batch execution."
            },
            "replica_timeout_seconds": {
                "required": false,
                "sensitive": false,
                "description": "Longest a batch execution may run."
            },
            "resource_group_name": {
                "required": false,
                "sensitive": false,
                "description": "Existing resource group to create the runtime in; null creates <job_name>-<environment>-rg."
            },
            "schedule": {
                "required": false,
                "sensitive": false,
                "description": "Five-field cron expression (UTC) that starts a batch job, e.g. \"0 3 * * *\"; null to start it on demand."
            },
            "secrets": {
                "required": false,
                "sensitive": false,
                "description": "Resource IDs of Key Vaults or Key Vault secrets the job may read (Key Vault Secrets User on each; the vaults use Azure RBAC)."
            },
            "storage_account_ids": {
                "required": false,
                "sensitive": false,
                "description": "Resource IDs of the storage accounts the job may use (role storage_role on each)."
            },
            "storage_role": {
                "required": false,
                "sensitive": false,
                "description": "Role the job gets on each storage account."
            },
            "workload": {
                "required": false,
                "sensitive": false,
                "description": "batch: a Container App Job, started by schedule or on demand; service: a Container App that keeps running."
            }
        },
        "outputs": {
            "cluster_name": {
                "sensitive": false
            },
            "environment_id": {
                "sensitive": false
            },
            "identity_client_id": {
                "sensitive": false
            },
            "identity_id": {
                "sensitive": false
            },
            "identity_principal_id": {
                "sensitive": false
            },
            "log_analytics_workspace_id": {
                "sensitive": false
            },
            "resource_group_name": {
                "sensitive": false
            },
            "service_id": {
                "sensitive": false
            },
            "service_name": {
                "sensitive": false
            },
            "tags": {
                "sensitive": false
            }
        }
    },
    "gcp_cloud_run": {
        "variables": {
            "container_image": {
                "required": true,
                "sensitive": false,
                "description": "Container image the job runs, e.g. us-central1-docker.pkg.dev/acme/dativo/dativo:1.1.0."
            },
            "cpu": {
                "required": false,
                "sensitive": false,
                "description": "CPU limit of the container, e.g. \"1\" or \"2\"."
            },
            "default_tags": {
                "required": false,
                "sensitive": false,
                "description": "Organisation-wide tags, merged under job_metadata (applied as labels)."
            },
            "deletion_protection": {
                "required": false,
                "sensitive": false,
                "description": "Refuse to destroy the Cloud Run job or service (set false before removing a job)."
            },
            "environment_variables": {
                "required": false,
                "sensitive": false,
                "description": "Plain environment variables for the container (no secrets)."
            },
            "job_metadata": {
                "required": true,
                "sensitive": false,
                "description": "The job's tags (infrastructure.tags of its Dativo config): job_name, team, pipeline_type, environment, cost_center and any others."
            },
            "max_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Most instances of a service."
            },
            "max_retries": {
                "required": false,
                "sensitive": false,
                "description": "Retries of a failed batch task."
            },
            "memory": {
                "required": false,
                "sensitive": false,
                "description": "Memory limit of the container, e.g. \"2Gi\"."
            },
            "min_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Fewest instances of a service; 0 scales to zero."
            },
            "project_id": {
                "required": true,
                "sensitive": false,
                "description": "GCP project of the job's runtime."
            },
            "region": {
                "required": true,
                "sensitive": false,
                "description": "GCP region of the job's runtime, e.g. us-central1."
            },
            "schedule": {
                "required": false,
                "sensitive": false,
                "description": "Five-field cron expression that starts a batch job through Cloud Scheduler, e.g. \"0 3 * * *\"; null to run on demand."
            },
            "schedule_time_zone": {
                "required": false,
                "sensitive": false,
                "description": "Time zone of schedule."
            },
            "secrets": {
                "required": false,
                "sensitive": false,
                "description": "Secret Manager secrets the job may read: secret IDs of project_id or projects/<project>/secrets/<id>."
            },
            "storage_bucket_names": {
                "required": false,
                "sensitive": false,
                "description": "Cloud Storage buckets the job may use (storage_role on each)."
            },
            "storage_role": {
                "required": false,
                "sensitive": false,
                "description": "Role the job's service account gets on each bucket."
            },
            "timeout": {
                "required": false,
                "sensitive": false,
                "description": "Longest a batch task may run, in seconds with an s, e.g. \"3600s\"."
            },
            "workload": {
                "required": false,
                "sensitive": false,
                "description": "batch: a Cloud Run job, started by schedule or on demand; service: a Cloud Run service."
            }
        },
        "outputs": {
            "cluster_name": {
                "sensitive": false
            },
            "scheduler_job_name": {
                "sensitive": false
            },
            "service_account_email": {
                "sensitive": false
            },
            "service_id": {
                "sensitive": false
            },
            "service_name": {
                "sensitive": false
            },
            "service_uri": {
                "sensitive": false
            },
            "tags": {
                "sensitive": false
            }
        }
    },
    "local": {
        "variables": {
            "container_image": {
                "required": false,
                "sensitive": false,
                "description": "Container image the job would run."
            },
            "cpu": {
                "required": false,
                "sensitive": false,
                "description": "CPU for the container, in any runtime's unit (recorded only)."
            },
            "default_tags": {
                "required": false,
                "sensitive": false,
                "description": "Organisation-wide tags, merged under job_metadata."
            },
            "environment_variables": {
                "required": false,
                "sensitive": false,
                "description": "Plain environment variables for the container (recorded only)."
            },
            "job_metadata": {
                "required": true,
                "sensitive": false,
                "description": "The job's tags (infrastructure.tags): job_name, team, pipeline_type, environment, cost_center and any others."
            },
            "max_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Most replicas of a service."
            },
            "memory": {
                "required": false,
                "sensitive": false,
                "description": "Memory for the container, in any runtime's unit (recorded only)."
            },
            "min_replicas": {
                "required": false,
                "sensitive": false,
                "description": "Fewest replicas of a service."
            },
            "region": {
                "required": true,
                "sensitive": false,
                "description": "Sandbox region label, e.g. local. Only recorded in the outputs."
            },
            "s3_bucket_arns": {
                "required": false,
                "sensitive": false,
                "description": "S3 bucket and object ARNs the job may use (recorded only)."
            },
            "schedule": {
                "required": false,
                "sensitive": false,
                "description": "Five-field cron expression (UTC) that starts a batch job; null for on demand."
            },
            "secrets": {
                "required": false,
                "sensitive": false,
                "description": "Secrets the job may read (recorded only)."
            },
            "storage_account_ids": {
                "required": false,
                "sensitive": false,
                "description": "Azure storage accounts the job may use (recorded only)."
            },
            "storage_bucket_names": {
                "required": false,
                "sensitive": false,
                "description": "Cloud Storage buckets the job may use (recorded only)."
            },
            "workload": {
                "required": false,
                "sensitive": false,
                "description": "batch: runs to completion, on a schedule or on demand; service: long-running."
            }
        },
        "outputs": {
            "cluster_name": {
                "sensitive": false
            },
            "container_image": {
                "sensitive": false
            },
            "region": {
                "sensitive": false
            },
            "runtime_id": {
                "sensitive": false
            },
            "service_name": {
                "sensitive": false
            },
            "tags": {
                "sensitive": false
            },
            "task_definition_arn": {
                "sensitive": false
            },
            "task_definition_family": {
                "sensitive": false
            },
            "workload": {
                "sensitive": false
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/terraform/modules.ts

/** The bundled module's variables and outputs, in the shape readDeclarations gives. */
function bundledDeclarations(runtime) {
    const declared = module_declarations_MODULE_DECLARATIONS[runtime];
    return {
        variables: new Map(Object.entries(declared.variables).map(([name, v]) => [
            name,
            { sensitive: v.sensitive, required: v.required },
        ])),
        outputs: new Map(Object.entries(declared.outputs).map(([name, o]) => [name, { sensitive: o.sensitive }])),
    };
}
/** Each variable of the bundled module with its description. */
function bundledVariables(runtime) {
    return MODULE_DECLARATIONS[runtime].variables;
}

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
/** Every string, number and boolean inside a value, as text: what to mask in the log. */
function leafTexts(value) {
    if (value === null || value === undefined)
        return [];
    if (typeof value === 'string')
        return value === '' ? [] : [value];
    if (typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    if (Array.isArray(value))
        return value.flatMap(leafTexts);
    if (typeof value === 'object')
        return [JSON.stringify(value), ...Object.values(value).flatMap(leafTexts)];
    return [];
}
/** Values the plan marks sensitive, wherever they are (outputs and resource attributes). */
function sensitiveTexts(plan) {
    const found = [];
    const outputs = plan.planned_values?.outputs;
    for (const output of Object.values(outputs ?? {})) {
        if (output.sensitive)
            found.push(...leafTexts(output.value));
    }
    const variables = plan.variables ?? {};
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(variables)) {
        if (declared[name]?.sensitive)
            found.push(...leafTexts(variable.value));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/terraform/roots.ts
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
    if ((0,paths/* within */.ux)(workspace, own) === undefined)
        throw new RootError(`terraform-dir '${relative}' is outside the workspace`);
    if ((0,external_node_fs_.existsSync)(own) && (0,external_node_fs_.statSync)(own).isDirectory()) {
        const realDir = (0,paths/* realPath */.Ye)(own);
        if ((0,paths/* reallyWithin */.RU)(workspace, realDir) === undefined) {
            throw new RootError(`terraform-dir '${relative}' leads outside the workspace (a link to ${realDir}): Terraform would keep its state and files there. Put the job's root in the workspace`);
        }
        return {
            dir: own,
            generated: false,
            realDir,
            sharedBecause: sharedBecause(workspace, terraformDir, relative),
        };
    }
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
        if ((0,external_node_fs_.lstatSync)(external_node_path_default().resolve(workspace, prefix)).isSymbolicLink()) {
            const target = (0,paths/* relativePosix */.Yn)((0,paths/* realPath */.Ye)(workspace), (0,paths/* realPath */.Ye)(external_node_path_default().resolve(workspace, prefix)));
            return `${prefix} is a link to ${target}, a folder other jobs can reach too`;
        }
    }
    return undefined;
}
/** Terraform wants local module paths to start with ./ or ../, relative to the root. */
function localSource(rootDir, moduleDir) {
    const relative = (0,paths/* relativePosix */.Yn)(rootDir, moduleDir);
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
 * Step one of a generated root: the module call alone (and the backend, when it has one: `s3`,
 * `local`, …), enough for `terraform init` to fetch the module wherever it lives.
 */
async function writeModuleCall(root, job, backend) {
    await (0,promises_.mkdir)(root.dir, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(root.dir, 'main.tf'), rootText(root, job, backend, undefined));
}
/**
 * Step two, after init: the module's variables that have values become root variables passed
 * through, and every module output is re-exported (sensitive ones stay sensitive).
 */
async function writeGeneratedRoot(root, job, backend, module, available) {
    const passed = [...module.variables.keys()].filter((name) => available.has(name)).sort();
    const rootVariables = new Set([...passed, ...PROVIDER_BLOCKS[job.runtime.type].variables]);
    await (0,promises_.writeFile)(external_node_path_default().join(root.dir, 'main.tf'), rootText(root, job, backend, { passed, module }));
    const variables = [...rootVariables]
        .sort()
        .map((name) => `variable "${name}" {${module.variables.get(name)?.sensitive ? '\n  sensitive = true\n' : ''}}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(root.dir, 'variables.tf'), variables.join('\n'));
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

// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(8381);
;// CONCATENATED MODULE: ./src/terraform/state.ts
// Where a job's Terraform state lives, decided before any Terraform command runs. Two promises:
// a job's state is its own (two jobs sharing one would each replace the other's resources), and
// apply never leaves a cloud job's resources behind a state that is lost when the run ends.




/** A job whose state would be shared or lost: refused before Terraform runs, at its config. */
class StateRefused extends Error {
    rule;
    constructor(message, rule) {
        super(message);
        this.rule = rule;
        this.name = 'StateRefused';
    }
}
/** An example of backend settings that give each job its own state, per provider. */
const EXAMPLE = {
    aws: 'aws: bucket, key=dativo/{environment}/{job_name}.tfstate, region, use_lockfile=true',
    azure: 'azure: resource_group_name, storage_account_name, container_name, key=dativo/{environment}/{job_name}.tfstate',
    gcp: 'gcp: bucket, prefix=dativo/{environment}/{job_name}',
    local: 'local: path=/var/lib/dativo/{job_name}.tfstate',
};
function decideState(job, root, options, context) {
    const given = (0,src_options/* backendLinesFor */.h)(options.backendConfig, job.provider);
    const ownPerJob = given.some((line) => line.includes('{job_name}'));
    const render = (lines) => lines.map((line) => renderTokens(line, job, 'backend-config'));
    let settings;
    if (root.generated) {
        if (given.length > 0) {
            const backend = NATIVE_BACKEND[job.provider];
            if (!ownPerJob) {
                throw new StateRefused(`backend-config gives every ${job.provider} job the same state: none of its settings for ${job.provider} jobs has {job_name}, so each job's apply would replace the resources of the others. Name the state after the job (e.g. ${EXAMPLE[job.provider]})`, 'shared-state');
            }
            settings = {
                backendLines: render(given),
                generatedBackend: backend,
                remote: backend !== 'local',
                where: `the ${backend} backend of backend-config`,
            };
        }
        else if (context.stateDir) {
            const file = external_node_path_default().join(context.stateDir, job.jobName, 'terraform.tfstate');
            settings = {
                backendLines: [`path=${file}`],
                generatedBackend: 'local',
                remote: false,
                stateFolder: external_node_path_default().dirname(file),
                where: (0,paths/* relativePosix */.Yn)(context.workspace, file),
            };
        }
        else {
            settings = { backendLines: [], remote: false, where: "the run's temporary folder" };
        }
    }
    else {
        const declared = context.declaredBackend;
        const folder = (0,paths/* relativePosix */.Yn)((0,paths/* realPath */.Ye)(context.workspace), root.realDir ?? root.dir) || '.';
        const shared = root.sharedBecause ??
            (context.sharingJobs && context.sharingJobs.length > 0
                ? `jobs ${[job.jobName, ...context.sharingJobs].join(', ')} all run in ${folder}`
                : undefined);
        // Without a backend block Terraform ignores -backend-config: the state is the folder's one file.
        if (shared && !(declared && ownPerJob)) {
            throw new StateRefused(`${shared}, and this job's state there is not its own: each job's apply would replace the resources of the others. Give each job its own state: a backend block in ${folder} and {job_name} in backend-config (e.g. key=dativo/{job_name}.tfstate; for backend "local" {}, path=state/{job_name}.tfstate), or a folder per job (terraform-dir with {job_name})`, 'shared-state');
        }
        settings = {
            // HCP Terraform's cloud block takes its settings from the block and the environment.
            backendLines: declared && declared !== 'cloud' ? render(given) : [],
            remote: declared !== undefined && declared !== 'local',
            where: declared && declared !== 'local' ? `the ${declared} backend of ${folder}` : `${folder}`,
        };
    }
    if (settings.remote || options.mode !== 'apply')
        return settings;
    if (job.provider === 'local') {
        // The sandbox provisions nothing outside Terraform's state: losing it orphans nothing.
        if (!context.stateDir && !settings.generatedBackend) {
            settings.note = {
                severity: 'notice',
                rule: 'local-state',
                message: `This sandbox job's Terraform state stays in ${settings.where} on the runner and is lost when the job ends (the sandbox creates nothing outside it)`,
            };
        }
        return settings;
    }
    const where = root.generated
        ? settings.where
        : `a local file of its root ${settings.where} (no remote backend)`;
    if (!options.allowLocalState) {
        throw new StateRefused(`Not applied: this ${job.provider} job has no state backend, so its Terraform state would stay in ${where}, lost with the runner and unknown to every other run, which would then create its resources again. Give it a backend with backend-config (${EXAMPLE[job.provider]}) or a backend block in its own root; to keep the state local anyway, set allow-local-state: true`, 'local-state');
    }
    settings.note = {
        severity: 'warning',
        rule: 'local-state',
        message: `This ${job.provider} job's Terraform state stays in ${where} (allow-local-state: true): keep it, or the next run will not know the resources it created`,
    };
    return settings;
}

;// CONCATENATED MODULE: ./src/terraform/stage.ts
// Pipeline steps 4–5 (CONTRACT §6): for each valid job, in its own root, terraform init
// (one at a time: they share the plugin cache), validate, plan to a file, read the plan, and in
// apply mode apply that plan and read the outputs. Up to `parallelism` jobs run at once; one
// failing job does not stop the others; each job's log is printed in its own group. Nothing is
// written into a team's root: each job's variables, plan and .terraform data stay in a folder of
// its own outside the workspace, deleted when the job ends.












const LOCK_TIMEOUT = '5m';
async function runTerraformJobs(jobs, options, deps) {
    const init = new Mutex();
    const located = jobs.map((job, index) => {
        const jobDir = external_node_path_default().join(deps.workDir, `${String(index + 1).padStart(3, '0')}-${slug(job.jobName)}`);
        return { job, jobDir, root: findRoot(job, options, jobDir) };
    });
    // Jobs in one team folder take turns in it, however they reach it (two links to one folder
    // are one folder), and must each have a state of their own there.
    const inFolder = new Map();
    for (const { job, root } of located) {
        if (root instanceof RootError || !root.realDir)
            continue;
        inFolder.set(root.realDir, [...(inFolder.get(root.realDir) ?? []), job.jobName]);
    }
    const folderLocks = new Map([...inFolder.keys()].map((dir) => [dir, new Mutex()]));
    const inTurn = (root, run) => {
        const lock = !(root instanceof RootError) && root.realDir && folderLocks.get(root.realDir);
        return lock ? lock.lock(run) : run();
    };
    // Interleaved lines of parallel jobs cannot share log groups: with several at once, each job's
    // log is kept and printed whole when the job ends.
    const live = options.parallelism === 1 || jobs.length === 1;
    return mapPool(located, options.parallelism, async ({ job, jobDir, root }) => {
        const others = root instanceof RootError || !root.realDir
            ? []
            : inFolder.get(root.realDir).filter((name) => name !== job.jobName);
        const title = `Terraform ${options.mode}: ${job.jobName} (${job.file})`;
        const start = (log) => inTurn(root, () => runJob(job, root, others, options, deps, jobDir, init, log));
        if (live)
            return deps.reporter.group(title, () => start((line) => deps.reporter.info(line)));
        const lines = [];
        const outcome = await start((line) => lines.push(line));
        await deps.reporter.group(title, async () => lines.forEach((line) => deps.reporter.info(line)));
        return outcome;
    });
}
function findRoot(job, options, jobDir) {
    try {
        return locateRoot(job, options.workspace, options.terraformDir, options.moduleSource, jobDir);
    }
    catch (error) {
        if (error instanceof RootError)
            return error;
        return new RootError(`terraform-dir: ${error.message}`);
    }
}
async function runJob(job, located, sharingJobs, options, deps, jobDir, init, log) {
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
    const cancellation = deps.cancellation;
    if (cancellation?.cancelled) {
        outcome.interrupted = true;
        finding('warning', 'cancelled', `Not run: the run was cancelled (${cancellation.signal}) before this job started`);
        return outcome;
    }
    try {
        if (located instanceof RootError)
            throw located;
        const root = located;
        await (0,promises_.mkdir)(jobDir, { recursive: true });
        const terraform = deps.terraform.forJob(jobDir);
        const folder = root.generated ? undefined : (0,paths/* relativePosix */.Yn)(options.workspace, root.dir) || '.';
        const step = async (name, args, quiet = false) => {
            if (cancellation?.cancelled)
                throw new Interrupted(name, cancellation.signal);
            const changes = name === 'apply';
            const result = await terraform.run({ args, cwd: root.dir, onLine: log, quiet, changes });
            const succeeded = result.exitCode === 0 || (name === 'plan' && result.exitCode === 2);
            // A command that finished despite a stop request did its work: the next one is not started.
            if (succeeded && !result.signal)
                return result;
            throw stepFailure(name, result, options.terraformTimeoutMs);
        };
        // A team root's backend decides where its state is: read before any command runs. When the
        // files do not parse, init reports why in Terraform's own words.
        let own;
        if (!root.generated) {
            try {
                own = await readDeclarations(root.dir);
            }
            catch (error) {
                await step('init', ['init', '-input=false', '-no-color']);
                throw error;
            }
        }
        const state = decideState(job, root, options, {
            workspace: options.workspace,
            declaredBackend: own?.backend,
            stateDir: deps.stateDir,
            sharingJobs,
        });
        if (state.note)
            finding(state.note.severity, state.note.rule, state.note.message);
        log(root.generated
            ? `Generated root calling ${options.moduleSource ? root.moduleSource : `the bundled ${job.runtime.type} module`}`
            : `Root: ${folder}`);
        log(`State: ${state.where}`);
        if (state.stateFolder)
            await prepareStateFolder(state.stateFolder, options.workspace);
        const tfvars = (0,tags_tfvars/* buildTfvars */.$E)(job, {
            defaultTags: options.defaultTags,
            terraformVars: options.terraformVars,
        });
        if (root.generated)
            await writeModuleCall(root, job, state.generatedBackend);
        const lockFile = external_node_path_default().join(root.dir, '.terraform.lock.hcl');
        const hadLockFile = root.generated || (0,external_node_fs_.existsSync)(lockFile);
        await init.lock(() => step('init', [
            'init',
            '-input=false',
            '-no-color',
            ...state.backendLines.map((line) => `-backend-config=${line}`),
        ]));
        if (!hadLockFile && (0,external_node_fs_.existsSync)(lockFile)) {
            // Removing it could break another run using the folder now; Terraform's advice is to commit it.
            finding('notice', 'lock-file', `terraform init wrote .terraform.lock.hcl into ${folder}, which had none: commit it, so that every run installs the same provider versions`);
        }
        let declared;
        if (root.generated) {
            const module = options.moduleSource
                ? await readDeclarations(await initialisedModuleDir(root, external_node_path_default().join(jobDir, 'data')))
                : bundledDeclarations(job.runtime.type);
            declared = await writeGeneratedRoot(root, job, state.generatedBackend, module, new Set(Object.keys(tfvars)));
        }
        else {
            declared = new Set(own.variables.keys());
        }
        const unused = Object.keys(tfvars).filter((name) => !declared.has(name));
        if (unused.length > 0) {
            finding('notice', 'terraform-vars', `Not passed to Terraform, the root declares no such variable: ${unused.join(', ')}`);
        }
        // The job's own file, never one in the root: two jobs in one folder cannot read each other's.
        const varFile = external_node_path_default().join(jobDir, tags_tfvars/* TFVARS_FILE */.i4);
        const passed = Object.fromEntries(Object.entries(tfvars).filter(([name]) => declared.has(name)));
        await (0,promises_.writeFile)(varFile, JSON.stringify(passed, null, 2) + '\n', { mode: 0o600 });
        await step('validate', ['validate', '-no-color']);
        const planFile = external_node_path_default().join(jobDir, 'tfplan');
        const plan = await step('plan', [
            'plan',
            '-input=false',
            '-no-color',
            `-lock-timeout=${LOCK_TIMEOUT}`,
            '-detailed-exitcode',
            `-var-file=${varFile}`,
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
                    secret(leafTexts(output.value));
            }
            outcome.outputs = outputs;
        }
        outcome.ok = true;
    }
    catch (error) {
        if (error instanceof Interrupted)
            outcome.interrupted = true;
        const known = error instanceof TerraformStepError ||
            error instanceof RootError ||
            error instanceof StateRefused ||
            error instanceof Interrupted;
        const message = known
            ? error.message
            : `Terraform could not run: ${error.message}`;
        const rule = error instanceof StateRefused
            ? error.rule
            : error instanceof Interrupted
                ? 'cancelled'
                : 'terraform';
        finding('error', rule, message);
        log(message);
    }
    finally {
        // The plan and the variables hold the job's values, sensitive ones included.
        await (0,promises_.rm)(jobDir, { recursive: true, force: true });
    }
    return outcome;
}
/** The CLI's `.dativo/state/<job_name>/`, kept out of git by a `.dativo/.gitignore` of its own. */
async function prepareStateFolder(folder, workspace) {
    const stateDir = external_node_path_default().dirname(folder);
    const name = external_node_path_default().basename(folder);
    if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(name) ||
        (0,paths/* reallyWithin */.RU)(workspace, folder) === undefined) {
        throw new RootError(`job_name '${name}' cannot name a folder of ${(0,paths/* relativePosix */.Yn)(workspace, stateDir)} for the job's state`);
    }
    await (0,promises_.mkdir)(folder, { recursive: true });
    const ignore = external_node_path_default().join(external_node_path_default().dirname(stateDir), '.gitignore');
    if (!(0,external_node_fs_.existsSync)(ignore)) {
        await (0,promises_.writeFile)(ignore, '# Terraform state of the dativo-infra CLI: never commit it.\n*\n');
    }
}
class TerraformStepError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TerraformStepError';
    }
}
/** Terraform's words when it could not save its state or give its lock back. */
const STATE_NOT_KEPT = /Failed to (save|persist) state|Error releasing the state lock/;
/** A command the run's cancellation stopped, or did not let start. */
class Interrupted extends Error {
    constructor(step, signal, result) {
        const stopped = result?.stopped;
        super(!stopped
            ? `Not finished: the run was cancelled (${signal}) before terraform ${step}; run again to finish this job`
            : stopped.interrupts > 1 || result.signal
                ? `terraform ${step} was interrupted (${signal}) and then stopped at once by a second signal: its state may lack what it was doing. Check the state (terraform state list) before running again`
                : STATE_NOT_KEPT.test(result.stderr)
                    ? `terraform ${step} was interrupted (${signal}) and stopped, but could not keep its state: ${errorSummary(result.stderr)}`
                    : `terraform ${step} was interrupted (${signal}): Terraform stopped gracefully, saving its state and releasing its lock. Run again to finish this job`);
        this.name = 'Interrupted';
    }
}
/** Why a command failed, in words: its errors, a time limit, or a signal that killed it. */
function stepFailure(step, result, timeoutMs) {
    const stopped = result.stopped;
    if (stopped?.reason === 'cancelled')
        return new Interrupted(step, stopped.signal, result);
    if (stopped?.reason === 'timeout') {
        const limit = formatDuration(timeoutMs);
        return new TerraformStepError(stopped.interrupts > 1 || result.signal
            ? `terraform ${step} ran longer than terraform-timeout (${limit}) and did not stop when interrupted: it was stopped at once, and its state may lack what it was doing`
            : STATE_NOT_KEPT.test(result.stderr)
                ? `terraform ${step} ran longer than terraform-timeout (${limit}) and was interrupted, but could not keep its state: ${errorSummary(result.stderr)}`
                : `terraform ${step} ran longer than terraform-timeout (${limit}) and was interrupted: Terraform stopped gracefully, saving its state and releasing its lock. Raise terraform-timeout if the command needs longer`);
    }
    if (result.signal) {
        return new TerraformStepError(`terraform ${step} was killed by ${result.signal}: its state may lack what it was doing, and its lock may still be held`);
    }
    return new TerraformStepError(`terraform ${step} failed: ${errorSummary(result.stderr || result.stdout)}`);
}
/** `90s`, `60m`, `1h30m`: as terraform-timeout is written. */
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
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
