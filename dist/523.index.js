export const id = 523;
export const ids = [523];
export const modules = {

/***/ 2523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   systemTerraform: () => (/* binding */ systemTerraform)
/* harmony export */ });
/* unused harmony exports findOnPath, terraformVersionOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7206);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4737);
// `terraform-version: system`: the terraform already on PATH, as it is.




/** Absolute path of the first `name` on PATH that is an executable file. */
function findOnPath(name, env, platform) {
    const windows = platform === 'win32';
    const pathKey = windows ? Object.keys(env).find((key) => key.toUpperCase() === 'PATH') : 'PATH';
    const dirs = (pathKey ? (env[pathKey] ?? '') : '').split(windows ? ';' : ':').filter(Boolean);
    const extensions = windows
        ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)]
        : [''];
    for (const dir of dirs) {
        for (const extension of extensions) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir, name + extension);
            try {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                    continue;
                if (!windows)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
                return candidate;
            }
            catch {
                continue;
            }
        }
    }
    return undefined;
}
/** The version a terraform binary reports (`terraform version -json`, or the text of older ones). */
async function terraformVersionOf(binary, env) {
    const options = { env: { ...env, CHECKPOINT_DISABLE: '1' }, timeoutMs: 60_000 };
    const json = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(binary, ['version', '-json'], options);
    if (json.exitCode === 0) {
        try {
            const reported = JSON.parse(json.stdout)
                .terraform_version;
            if (typeof reported === 'string' && reported)
                return reported;
        }
        catch {
            // Terraform before 0.13 has no -json and prints text: read that below.
        }
    }
    const text = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(binary, ['version'], options);
    const match = /Terraform v(\d+\.\d+\.\d+\S*)/.exec(text.stdout);
    if (text.exitCode === 0 && match?.[1])
        return match[1];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformInstallError */ .U('system-missing', `${binary} does not report a Terraform version (\`terraform version\` exited ${text.exitCode}): ${(text.stderr || text.stdout).trim().slice(0, 500)}`);
}
/** `terraform-version: system`: the first terraform on PATH, with the version it reports. */
async function systemTerraform(env, platform) {
    const binary = findOnPath(platform === 'win32' ? 'terraform.exe' : 'terraform', env, platform);
    if (!binary) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformInstallError */ .U('system-missing', "terraform-version is 'system' but no terraform is on PATH: install Terraform first, or set terraform-version to latest or a version to download a verified one");
    }
    return { path: binary, version: await terraformVersionOf(binary, env), source: 'system' };
}


/***/ })

};
