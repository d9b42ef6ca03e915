export const id = 535;
export const ids = [535];
export const modules = {

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OTHER_ENVIRONMENTS: () => (/* binding */ OTHER_ENVIRONMENTS),
/* harmony export */   planRollout: () => (/* binding */ planRollout)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
// The order of a rollout (`rollout: canary`): environments in waves as `rollout-order` lists
// them (non-production first by default), and within a wave the jobs of each cloud/runtime in a
// group of their own, in config order. The first job of a group with changes is its canary; the
// others wait for it. Jobs start in an order that interleaves the groups, so that every group's
// canary is among the first to plan and a job only ever waits for jobs started before it.

const OTHER_ENVIRONMENTS = '*';
function planRollout(jobs, rolloutOrder) {
    const named = new Set(rolloutOrder.flat().filter((name) => name !== OTHER_ENVIRONMENTS));
    // Without `*`, environments no line names come last: the cautious place for the unknown.
    const order = rolloutOrder.some((wave) => wave.includes(OTHER_ENVIRONMENTS))
        ? rolloutOrder
        : [...rolloutOrder, [OTHER_ENVIRONMENTS]];
    const waveOf = (environment) => {
        const name = environment.toLowerCase();
        const index = order.findIndex((wave) => named.has(name) ? wave.includes(name) : wave.includes(OTHER_ENVIRONMENTS));
        return index;
    };
    const sorted = [...jobs].sort((a, b) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnits */ .CA)(a.file, b.file));
    const waves = [];
    const place = new Map();
    const startOrder = [];
    order.forEach((wave, index) => {
        const members = sorted.filter((job) => waveOf(job.environment) === index);
        if (members.length === 0)
            return;
        const groups = new Map();
        for (const job of members) {
            const group = `${job.provider} / ${job.runtimeType}`;
            groups.set(group, [...(groups.get(group) ?? []), job.file]);
        }
        const waveIndex = waves.length;
        const named = wave.filter((name) => name !== OTHER_ENVIRONMENTS);
        waves.push({
            name: named.length === wave.length
                ? named.join(', ')
                : [...named, 'other environments'].join(', '),
            environments: [...new Set(members.map((job) => job.environment))].sort(_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnits */ .CA),
            groups: [...groups].map(([name, files]) => ({ name, files })),
        });
        for (const [group, files] of groups) {
            for (const file of files)
                place.set(file, { wave: waveIndex, group });
        }
        // Round robin over the groups: each group's first job, then each group's second, …
        const lists = [...groups.values()];
        for (let i = 0; lists.some((files) => i < files.length); i++) {
            for (const files of lists)
                if (i < files.length)
                    startOrder.push(files[i]);
        }
    });
    return { waves, order: startOrder, place };
}


/***/ })

};
