export const id = 9;
export const ids = [9];
export const modules = {

/***/ 4009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countChanges: () => (/* binding */ countChanges),
/* harmony export */   leafTexts: () => (/* binding */ leafTexts),
/* harmony export */   sensitiveTexts: () => (/* binding */ sensitiveTexts)
/* harmony export */ });
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


/***/ })

};
