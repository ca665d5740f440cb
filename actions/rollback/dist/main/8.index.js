"use strict";
exports.id = 8;
exports.ids = [8];
exports.modules = {

/***/ 4008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromEnv: () => (/* reexport safe */ _fromEnv__WEBPACK_IMPORTED_MODULE_0__.sF)
/* harmony export */ });
/* harmony import */ var _fromEnv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3099);



/***/ })

};
;