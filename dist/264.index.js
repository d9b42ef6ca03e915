export const id = 264;
export const ids = [264];
export const modules = {

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TerraformInstallError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.U),
/* harmony export */   installTerraform: () => (/* binding */ installTerraform),
/* harmony export */   parseTerraformVersion: () => (/* reexport safe */ _spec_js__WEBPACK_IMPORTED_MODULE_0__._)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3277);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4737);



/** Finds, or downloads and verifies, the Terraform `request` asks for. */
async function installTerraform(request, deps) {
    const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTerraformVersion */ ._)(request.version);
    if (spec.kind === 'system') {
        const { systemTerraform } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2523));
        return systemTerraform(deps.env ?? process.env, deps.platform ?? process.platform);
    }
    const { install } = await __webpack_require__.e(/* import() */ 499).then(__webpack_require__.bind(__webpack_require__, 499));
    return install(spec, request, deps);
}


/***/ })

};
