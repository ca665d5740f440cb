"use strict";
exports.id = 873;
exports.ids = [873];
exports.modules = {

/***/ 5873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ECRClient: () => (/* reexport safe */ _ECRClient__WEBPACK_IMPORTED_MODULE_0__.S)
/* harmony export */ });
/* harmony import */ var _ECRClient__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4211);













/***/ })

};
;