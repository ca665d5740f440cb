"use strict";
exports.id = 642;
exports.ids = [642];
exports.modules = {

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ECSClient: () => (/* reexport safe */ _ECSClient__WEBPACK_IMPORTED_MODULE_0__.Z)
/* harmony export */ });
/* harmony import */ var _ECSClient__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7777);














/***/ })

};
;