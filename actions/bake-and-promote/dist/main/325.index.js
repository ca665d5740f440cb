"use strict";
exports.id = 325;
exports.ids = [325];
exports.modules = {

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudWatchClient: () => (/* reexport safe */ _CloudWatchClient__WEBPACK_IMPORTED_MODULE_0__.W)
/* harmony export */ });
/* harmony import */ var _CloudWatchClient__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4234);













/***/ })

};
;