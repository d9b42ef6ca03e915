export const id = 254;
export const ids = [254];
export const modules = {

/***/ 7254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RolloutGate: () => (/* binding */ RolloutGate)
/* harmony export */ });
class RolloutGate {
    plan;
    /** Why the rollout stopped, once it has. */
    stopped;
    ended = new Map();
    held = new Set();
    /** Jobs past the gate's decision: no changes, canary, let through, held, or ended before it. */
    decided = new Set();
    canaries = new Map();
    waiters = [];
    constructor(plan, cancellation) {
        this.plan = plan;
        cancellation?.onCancel((signal) => this.stop({
            rule: 'cancelled',
            message: `Not applied: the run was cancelled (${signal}) before this job's turn in the rollout; run again to finish it`,
        }));
    }
    start(job) {
        if (!this.stopped)
            return undefined;
        this.held.add(job.file);
        return this.stopped;
    }
    async beforeApply(job, hasChanges) {
        const file = job.file;
        const place = this.place(file);
        if (!hasChanges)
            return this.decide(file, undefined);
        const groupKey = `${place.wave}\u0000${place.group}`;
        const files = this.plan.waves[place.wave].groups.find((g) => g.name === place.group).files;
        const earlier = files.slice(0, files.indexOf(file));
        await this.until(() => this.stopped !== undefined ||
            (this.earlierWavesEnded(place.wave) &&
                (this.canaries.has(groupKey) || earlier.every((other) => this.decided.has(other)))));
        if (this.stopped)
            return this.decide(file, this.stopped);
        if (!this.canaries.has(groupKey)) {
            this.canaries.set(groupKey, file);
            return this.decide(file, undefined);
        }
        const canary = this.canaries.get(groupKey);
        await this.until(() => this.stopped !== undefined || this.ended.has(canary));
        return this.decide(file, this.stopped);
    }
    finished(job, ok) {
        const file = job.file;
        this.ended.set(file, ok);
        this.decided.add(file);
        if (!ok && !this.held.has(file) && !this.stopped) {
            this.stop({
                rule: 'rollout',
                message: `Not applied: the rollout stopped at the first failure, ${job.jobName} (${file}); fix it and run again to continue`,
            });
        }
        this.notify();
    }
    /** What became of a job of the rollout. */
    role(file) {
        const place = this.place(file);
        const status = this.held.has(file)
            ? 'not started'
            : this.ended.get(file)
                ? 'done'
                : this.ended.has(file)
                    ? 'failed'
                    : 'not started';
        const canary = this.canaries.get(`${place.wave}\u0000${place.group}`) === file;
        return { status, canary, wave: place.wave, group: place.group };
    }
    place(file) {
        const place = this.plan.place.get(file);
        if (!place)
            throw new Error(`${file} is not part of the rollout`);
        return place;
    }
    decide(file, hold) {
        if (hold)
            this.held.add(file);
        this.decided.add(file);
        this.notify();
        return hold;
    }
    earlierWavesEnded(wave) {
        return this.plan.waves
            .slice(0, wave)
            .every((earlier) => earlier.groups.every((group) => group.files.every((file) => this.ended.has(file))));
    }
    stop(reason) {
        if (this.stopped)
            return;
        this.stopped = reason;
        this.notify();
    }
    until(condition) {
        if (condition())
            return Promise.resolve();
        return new Promise((resolve) => {
            const check = () => {
                if (!condition())
                    return false;
                resolve();
                return true;
            };
            this.waiters.push(check);
        });
    }
    notify() {
        // A waiter whose condition holds is let go; the others keep waiting.
        this.waiters = this.waiters.filter((check) => !check());
    }
}


/***/ })

};
