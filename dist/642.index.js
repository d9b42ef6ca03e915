export const id = 642;
export const ids = [642];
export const modules = {

/***/ 6642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KNOWN_AFTER_APPLY: () => (/* binding */ KNOWN_AFTER_APPLY),
/* harmony export */   SENSITIVE: () => (/* binding */ SENSITIVE),
/* harmony export */   parseTerraformOutputs: () => (/* binding */ parseTerraformOutputs),
/* harmony export */   plannedOutputs: () => (/* binding */ plannedOutputs)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _util_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2122);
// Terraform outputs as resolution sees them: the applied values of `terraform output -json`, and
// the planned ones of `terraform show -json <plan>`, where some are not known until apply.


/** Shown in a plan preview where a value is decided by apply. */
const KNOWN_AFTER_APPLY = '(known after apply)';
/** Shown in place of a sensitive value wherever a person reads it. */
const SENSITIVE = '(sensitive)';
/** Reads the text of `terraform output -json`; a file of any other shape is a usage error. */
function parseTerraformOutputs(json, source = 'the outputs file') {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source} is not JSON (expected the output of terraform output -json): ${error.message}`);
    }
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data)) {
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source} must hold a JSON object of outputs, as terraform output -json prints it`);
    }
    const outputs = {};
    for (const [name, entry] of Object.entries(data)) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(entry) || !('value' in entry)) {
            throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source}: output '${name}' has no "value" (expected the output of terraform output -json)`);
        }
        outputs[name] = { value: entry.value, type: entry.type, sensitive: entry.sensitive === true };
    }
    return outputs;
}
/**
 * The outputs a saved plan will have, from `terraform show -json`: `planned_values.outputs`
 * holds `{ sensitive, value? }` (no value while unknown) and `output_changes[name].after_unknown`
 * marks what apply decides, for a collection possibly only some of its elements.
 */
function plannedOutputs(plan) {
    if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan))
        throw new _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('The plan is not a JSON object (terraform show -json)');
    const planned = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan.planned_values) ? plan.planned_values.outputs : undefined;
    const changes = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(plan.output_changes) ? plan.output_changes : {};
    const outputs = {};
    for (const [name, entry] of Object.entries((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(planned) ? planned : {})) {
        if (!(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(entry))
            continue;
        const change = changes[name];
        const afterUnknown = (0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change) ? change.after_unknown : undefined;
        const known = 'value' in entry && !anyTrue(afterUnknown);
        outputs[name] = known
            ? { sensitive: entry.sensitive === true, known, value: entry.value }
            : { sensitive: entry.sensitive === true, known };
    }
    // An output whose value is wholly unknown may be missing from planned_values.
    for (const [name, change] of Object.entries(changes)) {
        if (name in outputs || !(0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(change) || !anyTrue(change.after_unknown))
            continue;
        outputs[name] = { sensitive: change.after_sensitive === true, known: false };
    }
    return outputs;
}
function anyTrue(value) {
    if (value === true)
        return true;
    if (Array.isArray(value))
        return value.some(anyTrue);
    if ((0,_util_data_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return Object.values(value).some(anyTrue);
    return false;
}


/***/ })

};
