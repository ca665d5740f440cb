"use strict";
exports.id = 305;
exports.ids = [305];
exports.modules = {

/***/ 4858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6839);



const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "ElasticLoadBalancing_v10", "ElasticLoadBalancingV2Client", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ AddTagsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class AddTagsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "AddTags", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .AddTags$ */ .FBv) {
}


/***/ }),

/***/ 8232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ CreateRuleCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class CreateRuleCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateRule", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateRule$ */ .toG) {
}


/***/ }),

/***/ 5701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ DeleteRuleCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DeleteRuleCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeleteRule", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeleteRule$ */ .iaR) {
}


/***/ }),

/***/ 291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DescribeListenersCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DescribeListenersCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeListeners", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeListeners$ */ .zki) {
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DescribeRulesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DescribeRulesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeRules", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeRules$ */ .xc1) {
}


/***/ }),

/***/ 7374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ DescribeTagsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DescribeTagsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeTags", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTags$ */ .LSs) {
}


/***/ }),

/***/ 2672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ DescribeTargetGroupAttributesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DescribeTargetGroupAttributesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeTargetGroupAttributes", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupAttributes$ */ .fev) {
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DescribeTargetGroupsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DescribeTargetGroupsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeTargetGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroups$ */ .Z$r) {
}


/***/ }),

/***/ 7992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DescribeTargetHealthCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class DescribeTargetHealthCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeTargetHealth", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetHealth$ */ .nZ0) {
}


/***/ }),

/***/ 6888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ ModifyListenerCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class ModifyListenerCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ModifyListener", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ModifyListener$ */ .DpG) {
}


/***/ }),

/***/ 4074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ModifyRuleCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class ModifyRuleCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ModifyRule", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ModifyRule$ */ .x3p) {
}


/***/ }),

/***/ 6265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ RemoveTagsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8744);


class RemoveTagsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "RemoveTags", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .RemoveTags$ */ .wrv) {
}


/***/ }),

/***/ 6839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "elasticloadbalancing",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 6781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ ElasticLoadBalancingV2ServiceException)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);


class ElasticLoadBalancingV2ServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ElasticLoadBalancingV2ServiceException.prototype);
    }
}


/***/ }),

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ InvalidSubnetException),
/* harmony export */   Ac: () => (/* binding */ TooManyRulesException),
/* harmony export */   Av: () => (/* binding */ TooManyTargetGroupsException),
/* harmony export */   Bz: () => (/* binding */ TrustStoreNotReadyException),
/* harmony export */   CZ: () => (/* binding */ InvalidTargetException),
/* harmony export */   ES: () => (/* binding */ InvalidRevocationContentException),
/* harmony export */   EW: () => (/* binding */ InvalidSecurityGroupException),
/* harmony export */   F$: () => (/* binding */ DuplicateTagKeysException),
/* harmony export */   FQ: () => (/* binding */ RuleNotFoundException),
/* harmony export */   G3: () => (/* binding */ DuplicateTargetGroupNameException),
/* harmony export */   Hc: () => (/* binding */ DeleteAssociationSameAccountException),
/* harmony export */   I8: () => (/* binding */ AvailabilityZoneNotSupportedException),
/* harmony export */   Is: () => (/* binding */ AllocationIdNotFoundException),
/* harmony export */   JO: () => (/* binding */ TargetGroupNotFoundException),
/* harmony export */   Jg: () => (/* binding */ LoadBalancerNotFoundException),
/* harmony export */   Km: () => (/* binding */ HealthUnavailableException),
/* harmony export */   Lw: () => (/* binding */ DuplicateListenerException),
/* harmony export */   MC: () => (/* binding */ TooManyLoadBalancersException),
/* harmony export */   Mz: () => (/* binding */ TooManyRegistrationsForTargetIdException),
/* harmony export */   Ny: () => (/* binding */ SSLPolicyNotFoundException),
/* harmony export */   TO: () => (/* binding */ PriorRequestNotCompleteException),
/* harmony export */   WJ: () => (/* binding */ OperationNotPermittedException),
/* harmony export */   WT: () => (/* binding */ ResourceInUseException),
/* harmony export */   XL: () => (/* binding */ InvalidCaCertificatesBundleException),
/* harmony export */   Yn: () => (/* binding */ CapacityDecreaseRequestsLimitExceededException),
/* harmony export */   _P: () => (/* binding */ RevocationContentNotFoundException),
/* harmony export */   _w: () => (/* binding */ InvalidConfigurationRequestException),
/* harmony export */   _z: () => (/* binding */ TrustStoreNotFoundException),
/* harmony export */   bN: () => (/* binding */ TrustStoreInUseException),
/* harmony export */   c1: () => (/* binding */ RevocationIdNotFoundException),
/* harmony export */   c2: () => (/* binding */ ALPNPolicyNotSupportedException),
/* harmony export */   cD: () => (/* binding */ TooManyTagsException),
/* harmony export */   cw: () => (/* binding */ TooManyUniqueTargetGroupsPerLoadBalancerException),
/* harmony export */   gk: () => (/* binding */ IncompatibleProtocolsException),
/* harmony export */   hB: () => (/* binding */ TrustStoreAssociationNotFoundException),
/* harmony export */   jL: () => (/* binding */ InvalidLoadBalancerActionException),
/* harmony export */   lB: () => (/* binding */ ResourceNotFoundException),
/* harmony export */   lU: () => (/* binding */ TooManyTargetsException),
/* harmony export */   mv: () => (/* binding */ PriorityInUseException),
/* harmony export */   nK: () => (/* binding */ TooManyCertificatesException),
/* harmony export */   oR: () => (/* binding */ TooManyTrustStoreRevocationEntriesException),
/* harmony export */   p1: () => (/* binding */ CaCertificatesBundleNotFoundException),
/* harmony export */   qi: () => (/* binding */ InvalidSchemeException),
/* harmony export */   rT: () => (/* binding */ UnsupportedProtocolException),
/* harmony export */   rc: () => (/* binding */ CapacityUnitsLimitExceededException),
/* harmony export */   t_: () => (/* binding */ CapacityReservationPendingException),
/* harmony export */   u4: () => (/* binding */ TooManyListenersException),
/* harmony export */   uu: () => (/* binding */ CertificateNotFoundException),
/* harmony export */   v: () => (/* binding */ InsufficientCapacityException),
/* harmony export */   vY: () => (/* binding */ ListenerNotFoundException),
/* harmony export */   ve: () => (/* binding */ DuplicateTrustStoreNameException),
/* harmony export */   w6: () => (/* binding */ TooManyActionsException),
/* harmony export */   wf: () => (/* binding */ SubnetNotFoundException),
/* harmony export */   x7: () => (/* binding */ TooManyTrustStoresException),
/* harmony export */   yg: () => (/* binding */ DuplicateLoadBalancerNameException),
/* harmony export */   yl: () => (/* binding */ TargetGroupAssociationLimitException)
/* harmony export */ });
/* harmony import */ var _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6781);

class CertificateNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "CertificateNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CertificateNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CertificateNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ListenerNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "ListenerNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ListenerNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ListenerNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyCertificatesException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyCertificatesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyCertificatesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyCertificatesException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateTagKeysException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "DuplicateTagKeysException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateTagKeysException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateTagKeysException.prototype);
        this.Message = opts.Message;
    }
}
class LoadBalancerNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "LoadBalancerNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LoadBalancerNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LoadBalancerNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class RuleNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "RuleNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "RuleNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RuleNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TargetGroupNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TargetGroupNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TargetGroupNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TargetGroupNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTagsException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyTagsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.Message = opts.Message;
    }
}
class TrustStoreNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TrustStoreNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrustStoreNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrustStoreNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidRevocationContentException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidRevocationContentException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidRevocationContentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRevocationContentException.prototype);
        this.Message = opts.Message;
    }
}
class RevocationContentNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "RevocationContentNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "RevocationContentNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RevocationContentNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTrustStoreRevocationEntriesException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyTrustStoreRevocationEntriesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTrustStoreRevocationEntriesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTrustStoreRevocationEntriesException.prototype);
        this.Message = opts.Message;
    }
}
class AllocationIdNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "AllocationIdNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AllocationIdNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AllocationIdNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ALPNPolicyNotSupportedException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "ALPNPolicyNotSupportedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ALPNPolicyNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ALPNPolicyNotSupportedException.prototype);
        this.Message = opts.Message;
    }
}
class AvailabilityZoneNotSupportedException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "AvailabilityZoneNotSupportedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AvailabilityZoneNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AvailabilityZoneNotSupportedException.prototype);
        this.Message = opts.Message;
    }
}
class CaCertificatesBundleNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "CaCertificatesBundleNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CaCertificatesBundleNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CaCertificatesBundleNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class CapacityDecreaseRequestsLimitExceededException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "CapacityDecreaseRequestsLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CapacityDecreaseRequestsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CapacityDecreaseRequestsLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class CapacityReservationPendingException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "CapacityReservationPendingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CapacityReservationPendingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CapacityReservationPendingException.prototype);
        this.Message = opts.Message;
    }
}
class CapacityUnitsLimitExceededException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "CapacityUnitsLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CapacityUnitsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CapacityUnitsLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateListenerException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "DuplicateListenerException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateListenerException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateListenerException.prototype);
        this.Message = opts.Message;
    }
}
class IncompatibleProtocolsException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "IncompatibleProtocolsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IncompatibleProtocolsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IncompatibleProtocolsException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidConfigurationRequestException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidConfigurationRequestException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidConfigurationRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidConfigurationRequestException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidLoadBalancerActionException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidLoadBalancerActionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidLoadBalancerActionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidLoadBalancerActionException.prototype);
        this.Message = opts.Message;
    }
}
class SSLPolicyNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "SSLPolicyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SSLPolicyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SSLPolicyNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TargetGroupAssociationLimitException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TargetGroupAssociationLimitException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TargetGroupAssociationLimitException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TargetGroupAssociationLimitException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyActionsException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyActionsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyActionsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyActionsException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyListenersException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyListenersException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyListenersException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyListenersException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyRegistrationsForTargetIdException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyRegistrationsForTargetIdException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyRegistrationsForTargetIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRegistrationsForTargetIdException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTargetsException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyTargetsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTargetsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTargetsException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyUniqueTargetGroupsPerLoadBalancerException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyUniqueTargetGroupsPerLoadBalancerException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyUniqueTargetGroupsPerLoadBalancerException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyUniqueTargetGroupsPerLoadBalancerException.prototype);
        this.Message = opts.Message;
    }
}
class TrustStoreNotReadyException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TrustStoreNotReadyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrustStoreNotReadyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrustStoreNotReadyException.prototype);
        this.Message = opts.Message;
    }
}
class UnsupportedProtocolException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "UnsupportedProtocolException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UnsupportedProtocolException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedProtocolException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateLoadBalancerNameException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "DuplicateLoadBalancerNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateLoadBalancerNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateLoadBalancerNameException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidSchemeException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidSchemeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSchemeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSchemeException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidSecurityGroupException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidSecurityGroupException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSecurityGroupException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSecurityGroupException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidSubnetException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidSubnetException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSubnetException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSubnetException.prototype);
        this.Message = opts.Message;
    }
}
class OperationNotPermittedException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "OperationNotPermittedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationNotPermittedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotPermittedException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceInUseException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "ResourceInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
        this.Message = opts.Message;
    }
}
class SubnetNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "SubnetNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SubnetNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyLoadBalancersException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyLoadBalancersException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyLoadBalancersException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyLoadBalancersException.prototype);
        this.Message = opts.Message;
    }
}
class PriorityInUseException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "PriorityInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PriorityInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PriorityInUseException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyRulesException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyRulesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyRulesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRulesException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTargetGroupsException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyTargetGroupsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTargetGroupsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTargetGroupsException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateTargetGroupNameException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "DuplicateTargetGroupNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateTargetGroupNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateTargetGroupNameException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateTrustStoreNameException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "DuplicateTrustStoreNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateTrustStoreNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateTrustStoreNameException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidCaCertificatesBundleException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidCaCertificatesBundleException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidCaCertificatesBundleException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCaCertificatesBundleException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTrustStoresException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TooManyTrustStoresException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTrustStoresException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTrustStoresException.prototype);
        this.Message = opts.Message;
    }
}
class DeleteAssociationSameAccountException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "DeleteAssociationSameAccountException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DeleteAssociationSameAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeleteAssociationSameAccountException.prototype);
        this.Message = opts.Message;
    }
}
class TrustStoreAssociationNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TrustStoreAssociationNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrustStoreAssociationNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrustStoreAssociationNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TrustStoreInUseException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "TrustStoreInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrustStoreInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrustStoreInUseException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidTargetException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InvalidTargetException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidTargetException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTargetException.prototype);
        this.Message = opts.Message;
    }
}
class HealthUnavailableException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "HealthUnavailableException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "HealthUnavailableException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, HealthUnavailableException.prototype);
        this.Message = opts.Message;
    }
}
class RevocationIdNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "RevocationIdNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "RevocationIdNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RevocationIdNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientCapacityException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "InsufficientCapacityException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientCapacityException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientCapacityException.prototype);
        this.Message = opts.Message;
    }
}
class PriorRequestNotCompleteException extends _ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2ServiceException */ .n {
    name = "PriorRequestNotCompleteException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PriorRequestNotCompleteException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PriorRequestNotCompleteException.prototype);
        this.Message = opts.Message;
    }
}


/***/ }),

/***/ 8744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3P: () => (/* binding */ DuplicateListenerException$),
/* harmony export */   $QT: () => (/* binding */ SetRulePriorities$),
/* harmony export */   $ko: () => (/* binding */ LoadBalancerAttribute$),
/* harmony export */   $to: () => (/* binding */ TargetGroupTuple$),
/* harmony export */   $xg: () => (/* binding */ TooManyTrustStoresException$),
/* harmony export */   AHy: () => (/* binding */ DescribeSSLPolicies$),
/* harmony export */   AeY: () => (/* binding */ SubnetMapping$),
/* harmony export */   Ase: () => (/* binding */ TargetDescription$),
/* harmony export */   BM3: () => (/* binding */ Rule$),
/* harmony export */   BO$: () => (/* binding */ InsufficientCapacityException$),
/* harmony export */   BUf: () => (/* binding */ DeleteTargetGroupOutput$),
/* harmony export */   Bdb: () => (/* binding */ QueryStringConditionConfig$),
/* harmony export */   BpZ: () => (/* binding */ DescribeLoadBalancerAttributesInput$),
/* harmony export */   C2C: () => (/* binding */ CertificateNotFoundException$),
/* harmony export */   CTS: () => (/* binding */ DescribeCapacityReservationInput$),
/* harmony export */   D2X: () => (/* binding */ CapacityReservationPendingException$),
/* harmony export */   DIU: () => (/* binding */ AddTrustStoreRevocationsOutput$),
/* harmony export */   DKZ: () => (/* binding */ RemoveTrustStoreRevocationsInput$),
/* harmony export */   DV0: () => (/* binding */ DescribeLoadBalancerAttributes$),
/* harmony export */   DZg: () => (/* binding */ TrustStoreAssociationNotFoundException$),
/* harmony export */   DaU: () => (/* binding */ ModifyIpPools$),
/* harmony export */   Dgs: () => (/* binding */ DescribeRulesInput$),
/* harmony export */   Do7: () => (/* binding */ DescribeTrustStoresOutput$),
/* harmony export */   DpG: () => (/* binding */ ModifyListener$),
/* harmony export */   EIW: () => (/* binding */ TrustStoreNotFoundException$),
/* harmony export */   ENU: () => (/* binding */ AddTagsOutput$),
/* harmony export */   EWi: () => (/* binding */ DescribeLoadBalancersOutput$),
/* harmony export */   EwB: () => (/* binding */ DescribeLoadBalancerAttributesOutput$),
/* harmony export */   EwZ: () => (/* binding */ InvalidSubnetException$),
/* harmony export */   F2q: () => (/* binding */ DescribeListenersInput$),
/* harmony export */   F7f: () => (/* binding */ AnomalyDetection$),
/* harmony export */   FAI: () => (/* binding */ ModifyIpPoolsInput$),
/* harmony export */   FBv: () => (/* binding */ AddTags$),
/* harmony export */   FMQ: () => (/* binding */ ModifyListenerAttributesOutput$),
/* harmony export */   FdL: () => (/* binding */ ModifyTargetGroupAttributesOutput$),
/* harmony export */   Fpo: () => (/* binding */ AuthenticateOidcActionConfig$),
/* harmony export */   FzC: () => (/* binding */ RuleNotFoundException$),
/* harmony export */   GEB: () => (/* binding */ CapacityDecreaseRequestsLimitExceededException$),
/* harmony export */   GJ: () => (/* binding */ ModifyListenerOutput$),
/* harmony export */   Gdf: () => (/* binding */ CreateRuleOutput$),
/* harmony export */   Gei: () => (/* binding */ RemoveTagsInput$),
/* harmony export */   Gg0: () => (/* binding */ CreateListenerOutput$),
/* harmony export */   HY2: () => (/* binding */ DeleteRuleOutput$),
/* harmony export */   Haw: () => (/* binding */ RewriteConfig$),
/* harmony export */   HhB: () => (/* binding */ DeregisterTargets$),
/* harmony export */   Hnw: () => (/* binding */ GetTrustStoreRevocationContentInput$),
/* harmony export */   Hte: () => (/* binding */ CreateLoadBalancer$),
/* harmony export */   I$o: () => (/* binding */ InvalidConfigurationRequestException$),
/* harmony export */   I0t: () => (/* binding */ TargetHealth$),
/* harmony export */   I2r: () => (/* binding */ ModifyCapacityReservationOutput$),
/* harmony export */   Ih2: () => (/* binding */ DescribeSSLPoliciesInput$),
/* harmony export */   IxH: () => (/* binding */ TooManyTargetGroupsException$),
/* harmony export */   JBK: () => (/* binding */ DescribeListenerAttributes$),
/* harmony export */   JEE: () => (/* binding */ RemoveTrustStoreRevocations$),
/* harmony export */   JOO: () => (/* binding */ DeleteListenerOutput$),
/* harmony export */   JWv: () => (/* binding */ ModifyTargetGroupInput$),
/* harmony export */   Jox: () => (/* binding */ TargetGroup$),
/* harmony export */   Jze: () => (/* binding */ AddListenerCertificatesOutput$),
/* harmony export */   K6n: () => (/* binding */ HealthUnavailableException$),
/* harmony export */   KA_: () => (/* binding */ TooManyRegistrationsForTargetIdException$),
/* harmony export */   KBT: () => (/* binding */ TooManyUniqueTargetGroupsPerLoadBalancerException$),
/* harmony export */   KK4: () => (/* binding */ ModifyIpPoolsOutput$),
/* harmony export */   KeU: () => (/* binding */ DescribeTargetGroupAttributesOutput$),
/* harmony export */   Kfz: () => (/* binding */ ModifyListenerAttributes$),
/* harmony export */   KkI: () => (/* binding */ DescribeTrustStoresInput$),
/* harmony export */   Ksl: () => (/* binding */ DuplicateLoadBalancerNameException$),
/* harmony export */   Kvm: () => (/* binding */ ForwardActionConfig$),
/* harmony export */   L9M: () => (/* binding */ Action$),
/* harmony export */   LEY: () => (/* binding */ RuleTransform$),
/* harmony export */   LSs: () => (/* binding */ DescribeTags$),
/* harmony export */   LTQ: () => (/* binding */ PriorRequestNotCompleteException$),
/* harmony export */   Lw5: () => (/* binding */ DeregisterTargetsInput$),
/* harmony export */   MOS: () => (/* binding */ InvalidRevocationContentException$),
/* harmony export */   NU_: () => (/* binding */ DescribeTargetGroupAttributesInput$),
/* harmony export */   NcK: () => (/* binding */ DescribeTrustStoreAssociations$),
/* harmony export */   NkF: () => (/* binding */ CreateListenerInput$),
/* harmony export */   NuB: () => (/* binding */ SetIpAddressTypeOutput$),
/* harmony export */   O41: () => (/* binding */ AddListenerCertificatesInput$),
/* harmony export */   OK$: () => (/* binding */ MutualAuthenticationAttributes$),
/* harmony export */   OMR: () => (/* binding */ DescribeTagsOutput$),
/* harmony export */   OXc: () => (/* binding */ CreateTrustStoreInput$),
/* harmony export */   ObL: () => (/* binding */ JwtValidationActionAdditionalClaim$),
/* harmony export */   Og$: () => (/* binding */ AvailabilityZone$),
/* harmony export */   Oh5: () => (/* binding */ IncompatibleProtocolsException$),
/* harmony export */   Okg: () => (/* binding */ TooManyTagsException$),
/* harmony export */   Osu: () => (/* binding */ DeleteTrustStoreOutput$),
/* harmony export */   P0j: () => (/* binding */ GetTrustStoreRevocationContent$),
/* harmony export */   PEc: () => (/* binding */ MinimumLoadBalancerCapacity$),
/* harmony export */   PF6: () => (/* binding */ AdministrativeOverride$),
/* harmony export */   PGU: () => (/* binding */ RemoveTagsOutput$),
/* harmony export */   PNA: () => (/* binding */ DescribeListenerAttributesInput$),
/* harmony export */   PdJ: () => (/* binding */ LoadBalancer$),
/* harmony export */   Po5: () => (/* binding */ DescribeTargetHealthInput$),
/* harmony export */   Pv7: () => (/* binding */ ListenerAttribute$),
/* harmony export */   QGT: () => (/* binding */ RegisterTargets$),
/* harmony export */   QV1: () => (/* binding */ TargetHealthDescription$),
/* harmony export */   QW6: () => (/* binding */ PriorityInUseException$),
/* harmony export */   Ql4: () => (/* binding */ GetTrustStoreCaCertificatesBundle$),
/* harmony export */   QnG: () => (/* binding */ TooManyListenersException$),
/* harmony export */   RQD: () => (/* binding */ GetResourcePolicyInput$),
/* harmony export */   RU0: () => (/* binding */ Tag$),
/* harmony export */   STc: () => (/* binding */ DeleteSharedTrustStoreAssociationOutput$),
/* harmony export */   Sk9: () => (/* binding */ SetSecurityGroupsOutput$),
/* harmony export */   TPn: () => (/* binding */ CapacityReservationStatus$),
/* harmony export */   TS: () => (/* binding */ ModifyTargetGroup$),
/* harmony export */   TXj: () => (/* binding */ CapacityUnitsLimitExceededException$),
/* harmony export */   TY1: () => (/* binding */ IpamPools$),
/* harmony export */   Tw$: () => (/* binding */ ModifyLoadBalancerAttributesOutput$),
/* harmony export */   U9h: () => (/* binding */ HostHeaderRewriteConfig$),
/* harmony export */   UbS: () => (/* binding */ ModifyTargetGroupOutput$),
/* harmony export */   UeN: () => (/* binding */ DeleteTargetGroup$),
/* harmony export */   Ugm: () => (/* binding */ HttpRequestMethodConditionConfig$),
/* harmony export */   V$k: () => (/* binding */ JwtValidationActionConfig$),
/* harmony export */   VOr: () => (/* binding */ SetSecurityGroupsInput$),
/* harmony export */   VXh: () => (/* binding */ DescribeTrustStoreRevocationsOutput$),
/* harmony export */   Vq2: () => (/* binding */ SetRulePrioritiesInput$),
/* harmony export */   W_d: () => (/* binding */ DescribeListenerCertificatesInput$),
/* harmony export */   Wam: () => (/* binding */ SourceIpConditionConfig$),
/* harmony export */   Wfq: () => (/* binding */ InvalidSecurityGroupException$),
/* harmony export */   WlR: () => (/* binding */ ZonalCapacityReservationState$),
/* harmony export */   Ws4: () => (/* binding */ LoadBalancerState$),
/* harmony export */   WxF: () => (/* binding */ DuplicateTargetGroupNameException$),
/* harmony export */   X6T: () => (/* binding */ Listener$),
/* harmony export */   XE5: () => (/* binding */ ModifyListenerInput$),
/* harmony export */   XaX: () => (/* binding */ SSLPolicyNotFoundException$),
/* harmony export */   XiE: () => (/* binding */ SetSecurityGroups$),
/* harmony export */   YFG: () => (/* binding */ DescribeTrustStoreRevocationsInput$),
/* harmony export */   YGh: () => (/* binding */ TooManyActionsException$),
/* harmony export */   YI_: () => (/* binding */ InvalidTargetException$),
/* harmony export */   YmE: () => (/* binding */ RevocationContent$),
/* harmony export */   Yzb: () => (/* binding */ ModifyRuleOutput$),
/* harmony export */   Z$r: () => (/* binding */ DescribeTargetGroups$),
/* harmony export */   Zap: () => (/* binding */ ModifyCapacityReservation$),
/* harmony export */   Zc$: () => (/* binding */ DeleteSharedTrustStoreAssociation$),
/* harmony export */   Zp8: () => (/* binding */ Matcher$),
/* harmony export */   ZuV: () => (/* binding */ TagDescription$),
/* harmony export */   _$4: () => (/* binding */ DeregisterTargetsOutput$),
/* harmony export */   _09: () => (/* binding */ AddListenerCertificates$),
/* harmony export */   _6v: () => (/* binding */ DescribeTrustStoreRevocations$),
/* harmony export */   _Jc: () => (/* binding */ ALPNPolicyNotSupportedException$),
/* harmony export */   _Kf: () => (/* binding */ AddTrustStoreRevocations$),
/* harmony export */   _Lx: () => (/* binding */ DeleteListener$),
/* harmony export */   _OB: () => (/* binding */ DeleteLoadBalancerInput$),
/* harmony export */   _YR: () => (/* binding */ ModifyTrustStoreInput$),
/* harmony export */   _aR: () => (/* binding */ ModifyTargetGroupAttributes$),
/* harmony export */   _vU: () => (/* binding */ CreateTrustStore$),
/* harmony export */   _wg: () => (/* binding */ AddTrustStoreRevocationsInput$),
/* harmony export */   aBW: () => (/* binding */ OperationNotPermittedException$),
/* harmony export */   ag$: () => (/* binding */ TooManyTrustStoreRevocationEntriesException$),
/* harmony export */   amm: () => (/* binding */ GetTrustStoreRevocationContentOutput$),
/* harmony export */   avv: () => (/* binding */ DescribeCapacityReservation$),
/* harmony export */   awn: () => (/* binding */ DescribeListenersOutput$),
/* harmony export */   bbb: () => (/* binding */ TrustStoreNotReadyException$),
/* harmony export */   c4y: () => (/* binding */ RemoveTrustStoreRevocationsOutput$),
/* harmony export */   cJy: () => (/* binding */ ModifyLoadBalancerAttributes$),
/* harmony export */   cd5: () => (/* binding */ DeleteRuleInput$),
/* harmony export */   ctX: () => (/* binding */ Certificate$),
/* harmony export */   cu$: () => (/* binding */ AvailabilityZoneNotSupportedException$),
/* harmony export */   dG6: () => (/* binding */ CaCertificatesBundleNotFoundException$),
/* harmony export */   dP9: () => (/* binding */ InvalidCaCertificatesBundleException$),
/* harmony export */   dac: () => (/* binding */ DescribeTrustStoreRevocation$),
/* harmony export */   ddw: () => (/* binding */ DeleteTrustStore$),
/* harmony export */   dhg: () => (/* binding */ RedirectActionConfig$),
/* harmony export */   eB_: () => (/* binding */ SetIpAddressType$),
/* harmony export */   eFK: () => (/* binding */ Cipher$),
/* harmony export */   eMb: () => (/* binding */ DeleteLoadBalancer$),
/* harmony export */   eRx: () => (/* binding */ QueryStringKeyValuePair$),
/* harmony export */   f62: () => (/* binding */ LoadBalancerNotFoundException$),
/* harmony export */   fOe: () => (/* binding */ CreateListener$),
/* harmony export */   fWP: () => (/* binding */ TrustStoreInUseException$),
/* harmony export */   fcc: () => (/* binding */ DescribeTrustStoreAssociationsInput$),
/* harmony export */   fev: () => (/* binding */ DescribeTargetGroupAttributes$),
/* harmony export */   gd8: () => (/* binding */ SubnetNotFoundException$),
/* harmony export */   ggh: () => (/* binding */ DescribeAccountLimitsOutput$),
/* harmony export */   goA: () => (/* binding */ DescribeTargetHealthOutput$),
/* harmony export */   gwu: () => (/* binding */ RevocationContentNotFoundException$),
/* harmony export */   h9V: () => (/* binding */ TrustStoreAssociation$),
/* harmony export */   hFA: () => (/* binding */ ModifyTrustStoreOutput$),
/* harmony export */   hUE: () => (/* binding */ TooManyCertificatesException$),
/* harmony export */   hX_: () => (/* binding */ CreateTargetGroupInput$),
/* harmony export */   hxw: () => (/* binding */ TargetGroupStickinessConfig$),
/* harmony export */   i$B: () => (/* binding */ SetSubnetsOutput$),
/* harmony export */   iA$: () => (/* binding */ DescribeListenerAttributesOutput$),
/* harmony export */   iEZ: () => (/* binding */ DescribeTargetGroupsOutput$),
/* harmony export */   iLC: () => (/* binding */ TrustStoreRevocation$),
/* harmony export */   iSx: () => (/* binding */ RemoveListenerCertificatesOutput$),
/* harmony export */   iaR: () => (/* binding */ DeleteRule$),
/* harmony export */   ik9: () => (/* binding */ ModifyTrustStore$),
/* harmony export */   izx: () => (/* binding */ ModifyListenerAttributesInput$),
/* harmony export */   j$y: () => (/* binding */ DuplicateTrustStoreNameException$),
/* harmony export */   j4x: () => (/* binding */ GetResourcePolicy$),
/* harmony export */   jGz: () => (/* binding */ LoadBalancerAddress$),
/* harmony export */   jMP: () => (/* binding */ TargetGroupAttribute$),
/* harmony export */   jOt: () => (/* binding */ RemoveListenerCertificates$),
/* harmony export */   juC: () => (/* binding */ CreateLoadBalancerInput$),
/* harmony export */   jwJ: () => (/* binding */ TargetGroupNotFoundException$),
/* harmony export */   jzz: () => (/* binding */ PathPatternConditionConfig$),
/* harmony export */   kMv: () => (/* binding */ ResourceInUseException$),
/* harmony export */   kOR: () => (/* binding */ FixedResponseActionConfig$),
/* harmony export */   kx7: () => (/* binding */ InvalidSchemeException$),
/* harmony export */   lQ0: () => (/* binding */ RemoveListenerCertificatesInput$),
/* harmony export */   lfI: () => (/* binding */ UnsupportedProtocolException$),
/* harmony export */   liX: () => (/* binding */ DescribeTargetGroupsInput$),
/* harmony export */   ltC: () => (/* binding */ DescribeAccountLimitsInput$),
/* harmony export */   lut: () => (/* binding */ ResourceNotFoundException$),
/* harmony export */   m$B: () => (/* binding */ CreateLoadBalancerOutput$),
/* harmony export */   mU8: () => (/* binding */ RuleCondition$),
/* harmony export */   mVG: () => (/* binding */ RegisterTargetsInput$),
/* harmony export */   n1J: () => (/* binding */ SslPolicy$),
/* harmony export */   nJk: () => (/* binding */ ModifyRuleInput$),
/* harmony export */   nJp: () => (/* binding */ DuplicateTagKeysException$),
/* harmony export */   nLW: () => (/* binding */ DescribeLoadBalancers$),
/* harmony export */   nV3: () => (/* binding */ ListenerNotFoundException$),
/* harmony export */   nZ0: () => (/* binding */ DescribeTargetHealth$),
/* harmony export */   njL: () => (/* binding */ DeleteAssociationSameAccountException$),
/* harmony export */   nlb: () => (/* binding */ ElasticLoadBalancingV2ServiceException$),
/* harmony export */   ntl: () => (/* binding */ CreateTargetGroup$),
/* harmony export */   o8v: () => (/* binding */ TooManyRulesException$),
/* harmony export */   oCD: () => (/* binding */ DescribeRulesOutput$),
/* harmony export */   oGm: () => (/* binding */ AllocationIdNotFoundException$),
/* harmony export */   oIt: () => (/* binding */ CreateTargetGroupOutput$),
/* harmony export */   pD3: () => (/* binding */ DeleteLoadBalancerOutput$),
/* harmony export */   pOR: () => (/* binding */ DescribeAccountLimits$),
/* harmony export */   pXc: () => (/* binding */ DescribeSSLPoliciesOutput$),
/* harmony export */   pfA: () => (/* binding */ HostHeaderConditionConfig$),
/* harmony export */   px_: () => (/* binding */ TooManyTargetsException$),
/* harmony export */   q1U: () => (/* binding */ errorTypeRegistries),
/* harmony export */   qO9: () => (/* binding */ ModifyLoadBalancerAttributesInput$),
/* harmony export */   qgx: () => (/* binding */ UrlRewriteConfig$),
/* harmony export */   qw$: () => (/* binding */ RevocationIdNotFoundException$),
/* harmony export */   qyZ: () => (/* binding */ Limit$),
/* harmony export */   r04: () => (/* binding */ DescribeLoadBalancersInput$),
/* harmony export */   rGf: () => (/* binding */ InvalidLoadBalancerActionException$),
/* harmony export */   rjL: () => (/* binding */ SetSubnets$),
/* harmony export */   sO: () => (/* binding */ DeleteTargetGroupInput$),
/* harmony export */   sRV: () => (/* binding */ DescribeTrustStores$),
/* harmony export */   sXU: () => (/* binding */ DescribeListenerCertificates$),
/* harmony export */   smv: () => (/* binding */ TrustStore$),
/* harmony export */   snh: () => (/* binding */ ModifyTargetGroupAttributesInput$),
/* harmony export */   t0Z: () => (/* binding */ AuthenticateCognitoActionConfig$),
/* harmony export */   t64: () => (/* binding */ AddTagsInput$),
/* harmony export */   tNu: () => (/* binding */ DescribeListenerCertificatesOutput$),
/* harmony export */   tdr: () => (/* binding */ SetSubnetsInput$),
/* harmony export */   toG: () => (/* binding */ CreateRule$),
/* harmony export */   uFP: () => (/* binding */ DeleteListenerInput$),
/* harmony export */   uMb: () => (/* binding */ SetRulePrioritiesOutput$),
/* harmony export */   uQE: () => (/* binding */ GetResourcePolicyOutput$),
/* harmony export */   uzC: () => (/* binding */ TargetGroupAssociationLimitException$),
/* harmony export */   v6R: () => (/* binding */ ModifyCapacityReservationInput$),
/* harmony export */   vZz: () => (/* binding */ RulePriorityPair$),
/* harmony export */   vgO: () => (/* binding */ GetTrustStoreCaCertificatesBundleOutput$),
/* harmony export */   vzV: () => (/* binding */ HttpHeaderConditionConfig$),
/* harmony export */   wQB: () => (/* binding */ SetIpAddressTypeInput$),
/* harmony export */   wed: () => (/* binding */ TooManyLoadBalancersException$),
/* harmony export */   wrv: () => (/* binding */ RemoveTags$),
/* harmony export */   x1P: () => (/* binding */ CreateRuleInput$),
/* harmony export */   x3p: () => (/* binding */ ModifyRule$),
/* harmony export */   xUA: () => (/* binding */ RegisterTargetsOutput$),
/* harmony export */   xXd: () => (/* binding */ DeleteSharedTrustStoreAssociationInput$),
/* harmony export */   xc1: () => (/* binding */ DescribeRules$),
/* harmony export */   xkS: () => (/* binding */ DeleteTrustStoreInput$),
/* harmony export */   yfF: () => (/* binding */ DescribeTrustStoreAssociationsOutput$),
/* harmony export */   yit: () => (/* binding */ GetTrustStoreCaCertificatesBundleInput$),
/* harmony export */   z1K: () => (/* binding */ DescribeCapacityReservationOutput$),
/* harmony export */   zRu: () => (/* binding */ DescribeTagsInput$),
/* harmony export */   zki: () => (/* binding */ DescribeListeners$),
/* harmony export */   zxG: () => (/* binding */ CreateTrustStoreOutput$)
/* harmony export */ });
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6890);
/* harmony import */ var _models_ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6781);
/* harmony import */ var _models_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3580);
const _A = "Action";
const _AC = "AdditionalClaims";
const _ACAC = "AuthenticateCognitoActionConfig";
const _ACC = "AuthenticateCognitoConfig";
const _AD = "AnomalyDetection";
const _AE = "AuthorizationEndpoint";
const _AI = "AllocationId";
const _AINFE = "AllocationIdNotFoundException";
const _ALC = "AddListenerCertificates";
const _ALCI = "AddListenerCertificatesInput";
const _ALCO = "AddListenerCertificatesOutput";
const _ALPNPNSE = "ALPNPolicyNotSupportedException";
const _AO = "AdministrativeOverride";
const _AOAC = "AuthenticateOidcActionConfig";
const _AOC = "AuthenticateOidcConfig";
const _AP = "AlpnPolicy";
const _AREP = "AuthenticationRequestExtraParams";
const _AT = "AddTags";
const _ATI = "AddTagsInput";
const _ATO = "AddTagsOutput";
const _ATSCN = "AdvertiseTrustStoreCaNames";
const _ATSR = "AddTrustStoreRevocations";
const _ATSRI = "AddTrustStoreRevocationsInput";
const _ATSRO = "AddTrustStoreRevocationsOutput";
const _AZ = "AvailabilityZone";
const _AZNSE = "AvailabilityZoneNotSupportedException";
const _AZv = "AvailabilityZones";
const _Ac = "Actions";
const _At = "Attributes";
const _C = "Certificates";
const _CA = "CertificateArn";
const _CCBNFE = "CaCertificatesBundleNotFoundException";
const _CCBSB = "CaCertificatesBundleS3Bucket";
const _CCBSK = "CaCertificatesBundleS3Key";
const _CCBSOV = "CaCertificatesBundleS3ObjectVersion";
const _CDRLEE = "CapacityDecreaseRequestsLimitExceededException";
const _CHZI = "CanonicalHostedZoneId";
const _CI = "ClientId";
const _CL = "CertificateList";
const _CLB = "CreateLoadBalancer";
const _CLBI = "CreateLoadBalancerInput";
const _CLBO = "CreateLoadBalancerOutput";
const _CLI = "CreateListenerInput";
const _CLO = "CreateListenerOutput";
const _CLr = "CreateListener";
const _CNFE = "CertificateNotFoundException";
const _COIP = "CustomerOwnedIpv4Pool";
const _CR = "CreateRule";
const _CRI = "CreateRuleInput";
const _CRO = "CreateRuleOutput";
const _CRPE = "CapacityReservationPendingException";
const _CRS = "CapacityReservationStatus";
const _CRSa = "CapacityReservationState";
const _CS = "ClientSecret";
const _CT = "ContentType";
const _CTG = "CreateTargetGroup";
const _CTGI = "CreateTargetGroupInput";
const _CTGO = "CreateTargetGroupOutput";
const _CTS = "CreateTrustStore";
const _CTSI = "CreateTrustStoreInput";
const _CTSO = "CreateTrustStoreOutput";
const _CTr = "CreatedTime";
const _CU = "CapacityUnits";
const _CULEE = "CapacityUnitsLimitExceededException";
const _Ce = "Certificate";
const _Ci = "Cipher";
const _Cip = "Ciphers";
const _Co = "Code";
const _Con = "Conditions";
const _D = "Description";
const _DA = "DefaultActions";
const _DAL = "DescribeAccountLimits";
const _DALI = "DescribeAccountLimitsInput";
const _DALO = "DescribeAccountLimitsOutput";
const _DASAE = "DeleteAssociationSameAccountException";
const _DCR = "DescribeCapacityReservation";
const _DCRI = "DescribeCapacityReservationInput";
const _DCRO = "DescribeCapacityReservationOutput";
const _DL = "DeleteListener";
const _DLA = "DescribeListenerAttributes";
const _DLAI = "DescribeListenerAttributesInput";
const _DLAO = "DescribeListenerAttributesOutput";
const _DLB = "DeleteLoadBalancer";
const _DLBA = "DescribeLoadBalancerAttributes";
const _DLBAI = "DescribeLoadBalancerAttributesInput";
const _DLBAO = "DescribeLoadBalancerAttributesOutput";
const _DLBI = "DeleteLoadBalancerInput";
const _DLBIe = "DescribeLoadBalancersInput";
const _DLBNE = "DuplicateLoadBalancerNameException";
const _DLBO = "DeleteLoadBalancerOutput";
const _DLBOe = "DescribeLoadBalancersOutput";
const _DLBe = "DescribeLoadBalancers";
const _DLC = "DescribeListenerCertificates";
const _DLCI = "DescribeListenerCertificatesInput";
const _DLCO = "DescribeListenerCertificatesOutput";
const _DLE = "DuplicateListenerException";
const _DLI = "DeleteListenerInput";
const _DLIe = "DescribeListenersInput";
const _DLO = "DeleteListenerOutput";
const _DLOe = "DescribeListenersOutput";
const _DLe = "DescribeListeners";
const _DNSN = "DNSName";
const _DR = "DeleteRule";
const _DRI = "DeleteRuleInput";
const _DRIe = "DescribeRulesInput";
const _DRO = "DeleteRuleOutput";
const _DROe = "DescribeRulesOutput";
const _DRR = "DecreaseRequestsRemaining";
const _DRe = "DescribeRules";
const _DS = "DurationSeconds";
const _DSSLP = "DescribeSSLPolicies";
const _DSSLPI = "DescribeSSLPoliciesInput";
const _DSSLPO = "DescribeSSLPoliciesOutput";
const _DSTSA = "DeleteSharedTrustStoreAssociation";
const _DSTSAI = "DeleteSharedTrustStoreAssociationInput";
const _DSTSAO = "DeleteSharedTrustStoreAssociationOutput";
const _DT = "DeregisterTargets";
const _DTG = "DeleteTargetGroup";
const _DTGA = "DescribeTargetGroupAttributes";
const _DTGAI = "DescribeTargetGroupAttributesInput";
const _DTGAO = "DescribeTargetGroupAttributesOutput";
const _DTGI = "DeleteTargetGroupInput";
const _DTGIe = "DescribeTargetGroupsInput";
const _DTGNE = "DuplicateTargetGroupNameException";
const _DTGO = "DeleteTargetGroupOutput";
const _DTGOe = "DescribeTargetGroupsOutput";
const _DTGe = "DescribeTargetGroups";
const _DTH = "DescribeTargetHealth";
const _DTHI = "DescribeTargetHealthInput";
const _DTHO = "DescribeTargetHealthOutput";
const _DTI = "DeregisterTargetsInput";
const _DTIe = "DescribeTagsInput";
const _DTKE = "DuplicateTagKeysException";
const _DTO = "DeregisterTargetsOutput";
const _DTOe = "DescribeTagsOutput";
const _DTS = "DeleteTrustStore";
const _DTSA = "DescribeTrustStoreAssociations";
const _DTSAI = "DescribeTrustStoreAssociationsInput";
const _DTSAO = "DescribeTrustStoreAssociationsOutput";
const _DTSI = "DeleteTrustStoreInput";
const _DTSIe = "DescribeTrustStoresInput";
const _DTSNE = "DuplicateTrustStoreNameException";
const _DTSO = "DeleteTrustStoreOutput";
const _DTSOe = "DescribeTrustStoresOutput";
const _DTSR = "DescribeTrustStoreRevocation";
const _DTSRI = "DescribeTrustStoreRevocationsInput";
const _DTSRO = "DescribeTrustStoreRevocationsOutput";
const _DTSRR = "DescribeTrustStoreRevocationResponse";
const _DTSRe = "DescribeTrustStoreRevocations";
const _DTSe = "DescribeTrustStores";
const _DTe = "DescribeTags";
const _E = "Enabled";
const _ECU = "EffectiveCapacityUnits";
const _EPFISN = "EnablePrefixForIpv6SourceNat";
const _ESGIROPLT = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic";
const _F = "Format";
const _FAC = "ForwardActionConfig";
const _FC = "ForwardConfig";
const _FRAC = "FixedResponseActionConfig";
const _FRC = "FixedResponseConfig";
const _Fi = "Field";
const _GC = "GrpcCode";
const _GRP = "GetResourcePolicy";
const _GRPI = "GetResourcePolicyInput";
const _GRPO = "GetResourcePolicyOutput";
const _GTSCCB = "GetTrustStoreCaCertificatesBundle";
const _GTSCCBI = "GetTrustStoreCaCertificatesBundleInput";
const _GTSCCBO = "GetTrustStoreCaCertificatesBundleOutput";
const _GTSRC = "GetTrustStoreRevocationContent";
const _GTSRCI = "GetTrustStoreRevocationContentInput";
const _GTSRCO = "GetTrustStoreRevocationContentOutput";
const _H = "Host";
const _HC = "HttpCode";
const _HCE = "HealthCheckEnabled";
const _HCIS = "HealthCheckIntervalSeconds";
const _HCP = "HealthCheckProtocol";
const _HCPe = "HealthCheckPort";
const _HCPea = "HealthCheckPath";
const _HCTS = "HealthCheckTimeoutSeconds";
const _HHC = "HostHeaderConfig";
const _HHCC = "HostHeaderConditionConfig";
const _HHCCt = "HttpHeaderConditionConfig";
const _HHCt = "HttpHeaderConfig";
const _HHN = "HttpHeaderName";
const _HHRC = "HostHeaderRewriteConfig";
const _HRMC = "HttpRequestMethodConfig";
const _HRMCC = "HttpRequestMethodConditionConfig";
const _HTC = "HealthyThresholdCount";
const _HUE = "HealthUnavailableException";
const _I = "Issuer";
const _IA = "IpAddress";
const _IAT = "IpAddressType";
const _ICCBE = "InvalidCaCertificatesBundleException";
const _ICCE = "IgnoreClientCertificateExpiry";
const _ICE = "InsufficientCapacityException";
const _ICRE = "InvalidConfigurationRequestException";
const _ID = "IsDefault";
const _IIPI = "Ipv4IpamPoolId";
const _ILBAE = "InvalidLoadBalancerActionException";
const _IP = "IpamPools";
const _IPA = "IPv6Address";
const _IPE = "IncompatibleProtocolsException";
const _IRCE = "InvalidRevocationContentException";
const _ISE = "InvalidSchemeException";
const _ISEn = "InvalidSubnetException";
const _ISGE = "InvalidSecurityGroupException";
const _ITE = "InvalidTargetException";
const _Id = "Id";
const _In = "Include";
const _JE = "JwksEndpoint";
const _JVAAC = "JwtValidationActionAdditionalClaim";
const _JVAACw = "JwtValidationActionAdditionalClaims";
const _JVAC = "JwtValidationActionConfig";
const _JVC = "JwtValidationConfig";
const _K = "Key";
const _L = "Listeners";
const _LA = "ListenerArn";
const _LAi = "ListenerArns";
const _LAis = "ListenerAttribute";
const _LAist = "ListenerAttributes";
const _LB = "LoadBalancers";
const _LBA = "LoadBalancerAddresses";
const _LBAo = "LoadBalancerArn";
const _LBAoa = "LoadBalancerArns";
const _LBAoad = "LoadBalancerAddress";
const _LBAoada = "LoadBalancerAttribute";
const _LBAoadal = "LoadBalancerAttributes";
const _LBN = "LoadBalancerName";
const _LBNFE = "LoadBalancerNotFoundException";
const _LBS = "LoadBalancerState";
const _LBT = "LoadBalancerType";
const _LBo = "LoadBalancer";
const _LMT = "LastModifiedTime";
const _LNFE = "ListenerNotFoundException";
const _Li = "Limits";
const _Lim = "Limit";
const _Lis = "Listener";
const _Lo = "Location";
const _M = "Message";
const _MA = "MutualAuthentication";
const _MAA = "MutualAuthenticationAttributes";
const _MB = "MessageBody";
const _MCR = "ModifyCapacityReservation";
const _MCRI = "ModifyCapacityReservationInput";
const _MCRO = "ModifyCapacityReservationOutput";
const _MIE = "MitigationInEffect";
const _MIP = "ModifyIpPools";
const _MIPI = "ModifyIpPoolsInput";
const _MIPO = "ModifyIpPoolsOutput";
const _ML = "ModifyListener";
const _MLA = "ModifyListenerAttributes";
const _MLAI = "ModifyListenerAttributesInput";
const _MLAO = "ModifyListenerAttributesOutput";
const _MLBA = "ModifyLoadBalancerAttributes";
const _MLBAI = "ModifyLoadBalancerAttributesInput";
const _MLBAO = "ModifyLoadBalancerAttributesOutput";
const _MLBC = "MinimumLoadBalancerCapacity";
const _MLI = "ModifyListenerInput";
const _MLO = "ModifyListenerOutput";
const _MR = "ModifyRule";
const _MRI = "ModifyRuleInput";
const _MRO = "ModifyRuleOutput";
const _MTG = "ModifyTargetGroup";
const _MTGA = "ModifyTargetGroupAttributes";
const _MTGAI = "ModifyTargetGroupAttributesInput";
const _MTGAO = "ModifyTargetGroupAttributesOutput";
const _MTGI = "ModifyTargetGroupInput";
const _MTGO = "ModifyTargetGroupOutput";
const _MTS = "ModifyTrustStore";
const _MTSI = "ModifyTrustStoreInput";
const _MTSO = "ModifyTrustStoreOutput";
const _Ma = "Matcher";
const _Mar = "Marker";
const _Max = "Max";
const _Mo = "Mode";
const _N = "Name";
const _NM = "NextMarker";
const _NOCC = "NumberOfCaCertificates";
const _NORE = "NumberOfRevokedEntries";
const _Na = "Names";
const _O = "Order";
const _OI = "OutpostId";
const _ONPE = "OperationNotPermittedException";
const _OUR = "OnUnauthenticatedRequest";
const _P = "Priority";
const _PIPA = "PrivateIPv4Address";
const _PIUE = "PriorityInUseException";
const _PPC = "PathPatternConfig";
const _PPCC = "PathPatternConditionConfig";
const _PRNCE = "PriorRequestNotCompleteException";
const _PS = "PageSize";
const _PV = "ProtocolVersion";
const _Pa = "Path";
const _Po = "Port";
const _Pol = "Policy";
const _Pr = "Protocol";
const _Q = "Query";
const _QSC = "QueryStringConfig";
const _QSCC = "QueryStringConditionConfig";
const _QSI = "QuicServerId";
const _QSKVP = "QueryStringKeyValuePair";
const _QSKVPL = "QueryStringKeyValuePairList";
const _R = "Reason";
const _RA = "ResourceArns";
const _RAC = "RedirectActionConfig";
const _RAe = "ResourceArn";
const _RAu = "RuleArn";
const _RAul = "RuleArns";
const _RC = "RedirectConfig";
const _RCL = "RewriteConfigList";
const _RCLu = "RuleConditionList";
const _RCNFE = "RevocationContentNotFoundException";
const _RCR = "ResetCapacityReservation";
const _RCe = "RevocationContents";
const _RCev = "RevocationContent";
const _RCew = "RewriteConfig";
const _RCu = "RuleCondition";
const _RI = "RevocationId";
const _RINFE = "RevocationIdNotFoundException";
const _RIP = "RemoveIpamPools";
const _RIUE = "ResourceInUseException";
const _RIe = "RevocationIds";
const _RLC = "RemoveListenerCertificates";
const _RLCI = "RemoveListenerCertificatesInput";
const _RLCO = "RemoveListenerCertificatesOutput";
const _RNFE = "ResourceNotFoundException";
const _RNFEu = "RuleNotFoundException";
const _RP = "RulePriorities";
const _RPL = "RulePriorityList";
const _RPP = "RulePriorityPair";
const _RT = "RevocationType";
const _RTI = "RegisterTargetsInput";
const _RTIe = "RemoveTagsInput";
const _RTL = "RuleTransformList";
const _RTO = "RegisterTargetsOutput";
const _RTOe = "RemoveTagsOutput";
const _RTSR = "RemoveTrustStoreRevocations";
const _RTSRI = "RemoveTrustStoreRevocationsInput";
const _RTSRO = "RemoveTrustStoreRevocationsOutput";
const _RTe = "ResetTransforms";
const _RTeg = "RegisterTargets";
const _RTem = "RemoveTags";
const _RTu = "RuleTransform";
const _RV = "RegexValues";
const _Re = "Result";
const _Reg = "Regex";
const _Rep = "Replace";
const _Rew = "Rewrites";
const _Ru = "Rules";
const _Rul = "Rule";
const _S = "State";
const _SB = "S3Bucket";
const _SC = "StatusCode";
const _SCN = "SessionCookieName";
const _SG = "SecurityGroups";
const _SGI = "SecurityGroupIds";
const _SI = "SubnetId";
const _SIAT = "SetIpAddressType";
const _SIATI = "SetIpAddressTypeInput";
const _SIATO = "SetIpAddressTypeOutput";
const _SIC = "SourceIpConfig";
const _SICC = "SourceIpConditionConfig";
const _SK = "S3Key";
const _SLBT = "SupportedLoadBalancerTypes";
const _SM = "SubnetMappings";
const _SMu = "SubnetMapping";
const _SNFE = "SubnetNotFoundException";
const _SNIP = "SourceNatIpv6Prefixes";
const _SNIPo = "SourceNatIpv6Prefix";
const _SOV = "S3ObjectVersion";
const _SP = "SslPolicy";
const _SPs = "SslPolicies";
const _SPsl = "SslProtocols";
const _SRP = "SetRulePriorities";
const _SRPI = "SetRulePrioritiesInput";
const _SRPO = "SetRulePrioritiesOutput";
const _SS = "SetSubnets";
const _SSG = "SetSecurityGroups";
const _SSGI = "SetSecurityGroupsInput";
const _SSGO = "SetSecurityGroupsOutput";
const _SSI = "SetSubnetsInput";
const _SSLPNFE = "SSLPolicyNotFoundException";
const _SSO = "SetSubnetsOutput";
const _ST = "SessionTimeout";
const _Sc = "Scope";
const _Sch = "Scheme";
const _St = "Status";
const _Su = "Subnets";
const _T = "Type";
const _TCP = "TargetControlPort";
const _TD = "TagDescriptions";
const _TDa = "TagDescription";
const _TDar = "TargetDescription";
const _TDarg = "TargetDescriptions";
const _TE = "TokenEndpoint";
const _TG = "TargetGroups";
const _TGA = "TargetGroupArn";
const _TGALE = "TargetGroupAssociationLimitException";
const _TGAa = "TargetGroupArns";
const _TGAar = "TargetGroupAttribute";
const _TGAarg = "TargetGroupAttributes";
const _TGL = "TargetGroupList";
const _TGN = "TargetGroupName";
const _TGNFE = "TargetGroupNotFoundException";
const _TGSC = "TargetGroupStickinessConfig";
const _TGT = "TargetGroupTuple";
const _TGa = "TargetGroup";
const _TH = "TargetHealth";
const _THD = "TargetHealthDescriptions";
const _THDa = "TargetHealthDescription";
const _TK = "TagKeys";
const _TL = "TagList";
const _TMAE = "TooManyActionsException";
const _TMCE = "TooManyCertificatesException";
const _TMLBE = "TooManyLoadBalancersException";
const _TMLE = "TooManyListenersException";
const _TMRE = "TooManyRulesException";
const _TMRFTIE = "TooManyRegistrationsForTargetIdException";
const _TMTE = "TooManyTagsException";
const _TMTEo = "TooManyTargetsException";
const _TMTGE = "TooManyTargetGroupsException";
const _TMTSE = "TooManyTrustStoresException";
const _TMTSREE = "TooManyTrustStoreRevocationEntriesException";
const _TMUTGPLBE = "TooManyUniqueTargetGroupsPerLoadBalancerException";
const _TRE = "TotalRevokedEntries";
const _TS = "TrustStores";
const _TSA = "TrustStoreArn";
const _TSANFE = "TrustStoreAssociationNotFoundException";
const _TSAS = "TrustStoreAssociationStatus";
const _TSAr = "TrustStoreAssociations";
const _TSAru = "TrustStoreArns";
const _TSArus = "TrustStoreAssociation";
const _TSIUE = "TrustStoreInUseException";
const _TSNFE = "TrustStoreNotFoundException";
const _TSNRE = "TrustStoreNotReadyException";
const _TSR = "TrustStoreRevocations";
const _TSRr = "TrustStoreRevocation";
const _TSr = "TrustStore";
const _TT = "TargetType";
const _Ta = "Tags";
const _Tag = "Tag";
const _Tar = "Targets";
const _Targ = "Target";
const _Tr = "Transforms";
const _UECS = "UseExistingClientSecret";
const _UIE = "UserInfoEndpoint";
const _UPA = "UserPoolArn";
const _UPCI = "UserPoolClientId";
const _UPD = "UserPoolDomain";
const _UPE = "UnsupportedProtocolException";
const _URC = "UrlRewriteConfig";
const _UTC = "UnhealthyThresholdCount";
const _V = "Values";
const _VI = "VpcId";
const _Va = "Value";
const _W = "Weight";
const _ZCRS = "ZonalCapacityReservationState";
const _ZCRSo = "ZonalCapacityReservationStates";
const _ZN = "ZoneName";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancingv2";
const _se = "server";
const n0 = "com.amazonaws.elasticloadbalancingv2";



const _s_registry = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.TypeRegistry(_s);
var ElasticLoadBalancingV2ServiceException$ = [-3, _s, "ElasticLoadBalancingV2ServiceException", 0, [], []];
_s_registry.registerError(ElasticLoadBalancingV2ServiceException$, _models_ElasticLoadBalancingV2ServiceException__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2ServiceException */ .n);
const n0_registry = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.TypeRegistry(n0);
var AllocationIdNotFoundException$ = [-3, n0, _AINFE,
    { [_aQE]: [`AllocationIdNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AllocationIdNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .AllocationIdNotFoundException */ .Is);
var ALPNPolicyNotSupportedException$ = [-3, n0, _ALPNPNSE,
    { [_aQE]: [`ALPNPolicyNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ALPNPolicyNotSupportedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ALPNPolicyNotSupportedException */ .c2);
var AvailabilityZoneNotSupportedException$ = [-3, n0, _AZNSE,
    { [_aQE]: [`AvailabilityZoneNotSupported`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AvailabilityZoneNotSupportedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .AvailabilityZoneNotSupportedException */ .I8);
var CaCertificatesBundleNotFoundException$ = [-3, n0, _CCBNFE,
    { [_aQE]: [`CaCertificatesBundleNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CaCertificatesBundleNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .CaCertificatesBundleNotFoundException */ .p1);
var CapacityDecreaseRequestsLimitExceededException$ = [-3, n0, _CDRLEE,
    { [_aQE]: [`CapacityDecreaseRequestLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CapacityDecreaseRequestsLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .CapacityDecreaseRequestsLimitExceededException */ .Yn);
var CapacityReservationPendingException$ = [-3, n0, _CRPE,
    { [_aQE]: [`CapacityReservationPending`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CapacityReservationPendingException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .CapacityReservationPendingException */ .t_);
var CapacityUnitsLimitExceededException$ = [-3, n0, _CULEE,
    { [_aQE]: [`CapacityUnitsLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CapacityUnitsLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .CapacityUnitsLimitExceededException */ .rc);
var CertificateNotFoundException$ = [-3, n0, _CNFE,
    { [_aQE]: [`CertificateNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CertificateNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .CertificateNotFoundException */ .uu);
var DeleteAssociationSameAccountException$ = [-3, n0, _DASAE,
    { [_aQE]: [`DeleteAssociationSameAccount`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DeleteAssociationSameAccountException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeleteAssociationSameAccountException */ .Hc);
var DuplicateListenerException$ = [-3, n0, _DLE,
    { [_aQE]: [`DuplicateListener`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateListenerException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateListenerException */ .Lw);
var DuplicateLoadBalancerNameException$ = [-3, n0, _DLBNE,
    { [_aQE]: [`DuplicateLoadBalancerName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateLoadBalancerNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateLoadBalancerNameException */ .yg);
var DuplicateTagKeysException$ = [-3, n0, _DTKE,
    { [_aQE]: [`DuplicateTagKeys`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateTagKeysException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateTagKeysException */ .F$);
var DuplicateTargetGroupNameException$ = [-3, n0, _DTGNE,
    { [_aQE]: [`DuplicateTargetGroupName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateTargetGroupNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateTargetGroupNameException */ .G3);
var DuplicateTrustStoreNameException$ = [-3, n0, _DTSNE,
    { [_aQE]: [`DuplicateTrustStoreName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateTrustStoreNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateTrustStoreNameException */ .ve);
var HealthUnavailableException$ = [-3, n0, _HUE,
    { [_aQE]: [`HealthUnavailable`, 500], [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(HealthUnavailableException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .HealthUnavailableException */ .Km);
var IncompatibleProtocolsException$ = [-3, n0, _IPE,
    { [_aQE]: [`IncompatibleProtocols`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(IncompatibleProtocolsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .IncompatibleProtocolsException */ .gk);
var InsufficientCapacityException$ = [-3, n0, _ICE,
    { [_aQE]: [`InsufficientCapacity`, 500], [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientCapacityException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InsufficientCapacityException */ .v);
var InvalidCaCertificatesBundleException$ = [-3, n0, _ICCBE,
    { [_aQE]: [`InvalidCaCertificatesBundle`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidCaCertificatesBundleException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidCaCertificatesBundleException */ .XL);
var InvalidConfigurationRequestException$ = [-3, n0, _ICRE,
    { [_aQE]: [`InvalidConfigurationRequest`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidConfigurationRequestException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidConfigurationRequestException */ ._w);
var InvalidLoadBalancerActionException$ = [-3, n0, _ILBAE,
    { [_aQE]: [`InvalidLoadBalancerAction`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidLoadBalancerActionException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidLoadBalancerActionException */ .jL);
var InvalidRevocationContentException$ = [-3, n0, _IRCE,
    { [_aQE]: [`InvalidRevocationContent`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidRevocationContentException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidRevocationContentException */ .ES);
var InvalidSchemeException$ = [-3, n0, _ISE,
    { [_aQE]: [`InvalidScheme`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidSchemeException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidSchemeException */ .qi);
var InvalidSecurityGroupException$ = [-3, n0, _ISGE,
    { [_aQE]: [`InvalidSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidSecurityGroupException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidSecurityGroupException */ .EW);
var InvalidSubnetException$ = [-3, n0, _ISEn,
    { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidSubnetException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidSubnetException */ .A8);
var InvalidTargetException$ = [-3, n0, _ITE,
    { [_aQE]: [`InvalidTarget`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidTargetException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTargetException */ .CZ);
var ListenerNotFoundException$ = [-3, n0, _LNFE,
    { [_aQE]: [`ListenerNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ListenerNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ListenerNotFoundException */ .vY);
var LoadBalancerNotFoundException$ = [-3, n0, _LBNFE,
    { [_aQE]: [`LoadBalancerNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(LoadBalancerNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .LoadBalancerNotFoundException */ .Jg);
var OperationNotPermittedException$ = [-3, n0, _ONPE,
    { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OperationNotPermittedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .OperationNotPermittedException */ .WJ);
var PriorityInUseException$ = [-3, n0, _PIUE,
    { [_aQE]: [`PriorityInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(PriorityInUseException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .PriorityInUseException */ .mv);
var PriorRequestNotCompleteException$ = [-3, n0, _PRNCE,
    { [_aQE]: [`PriorRequestNotComplete`, 429], [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(PriorRequestNotCompleteException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .PriorRequestNotCompleteException */ .TO);
var ResourceInUseException$ = [-3, n0, _RIUE,
    { [_aQE]: [`ResourceInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceInUseException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ResourceInUseException */ .WT);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_aQE]: [`ResourceNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ResourceNotFoundException */ .lB);
var RevocationContentNotFoundException$ = [-3, n0, _RCNFE,
    { [_aQE]: [`RevocationContentNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(RevocationContentNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .RevocationContentNotFoundException */ ._P);
var RevocationIdNotFoundException$ = [-3, n0, _RINFE,
    { [_aQE]: [`RevocationIdNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(RevocationIdNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .RevocationIdNotFoundException */ .c1);
var RuleNotFoundException$ = [-3, n0, _RNFEu,
    { [_aQE]: [`RuleNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(RuleNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .RuleNotFoundException */ .FQ);
var SSLPolicyNotFoundException$ = [-3, n0, _SSLPNFE,
    { [_aQE]: [`SSLPolicyNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(SSLPolicyNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .SSLPolicyNotFoundException */ .Ny);
var SubnetNotFoundException$ = [-3, n0, _SNFE,
    { [_aQE]: [`SubnetNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(SubnetNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .SubnetNotFoundException */ .wf);
var TargetGroupAssociationLimitException$ = [-3, n0, _TGALE,
    { [_aQE]: [`TargetGroupAssociationLimit`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TargetGroupAssociationLimitException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TargetGroupAssociationLimitException */ .yl);
var TargetGroupNotFoundException$ = [-3, n0, _TGNFE,
    { [_aQE]: [`TargetGroupNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TargetGroupNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TargetGroupNotFoundException */ .JO);
var TooManyActionsException$ = [-3, n0, _TMAE,
    { [_aQE]: [`TooManyActions`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyActionsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyActionsException */ .w6);
var TooManyCertificatesException$ = [-3, n0, _TMCE,
    { [_aQE]: [`TooManyCertificates`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyCertificatesException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyCertificatesException */ .nK);
var TooManyListenersException$ = [-3, n0, _TMLE,
    { [_aQE]: [`TooManyListeners`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyListenersException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyListenersException */ .u4);
var TooManyLoadBalancersException$ = [-3, n0, _TMLBE,
    { [_aQE]: [`TooManyLoadBalancers`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyLoadBalancersException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyLoadBalancersException */ .MC);
var TooManyRegistrationsForTargetIdException$ = [-3, n0, _TMRFTIE,
    { [_aQE]: [`TooManyRegistrationsForTargetId`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyRegistrationsForTargetIdException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyRegistrationsForTargetIdException */ .Mz);
var TooManyRulesException$ = [-3, n0, _TMRE,
    { [_aQE]: [`TooManyRules`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyRulesException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyRulesException */ .Ac);
var TooManyTagsException$ = [-3, n0, _TMTE,
    { [_aQE]: [`TooManyTags`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyTagsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyTagsException */ .cD);
var TooManyTargetGroupsException$ = [-3, n0, _TMTGE,
    { [_aQE]: [`TooManyTargetGroups`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyTargetGroupsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyTargetGroupsException */ .Av);
var TooManyTargetsException$ = [-3, n0, _TMTEo,
    { [_aQE]: [`TooManyTargets`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyTargetsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyTargetsException */ .lU);
var TooManyTrustStoreRevocationEntriesException$ = [-3, n0, _TMTSREE,
    { [_aQE]: [`TooManyTrustStoreRevocationEntries`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyTrustStoreRevocationEntriesException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyTrustStoreRevocationEntriesException */ .oR);
var TooManyTrustStoresException$ = [-3, n0, _TMTSE,
    { [_aQE]: [`TooManyTrustStores`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyTrustStoresException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyTrustStoresException */ .x7);
var TooManyUniqueTargetGroupsPerLoadBalancerException$ = [-3, n0, _TMUTGPLBE,
    { [_aQE]: [`TooManyUniqueTargetGroupsPerLoadBalancer`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyUniqueTargetGroupsPerLoadBalancerException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TooManyUniqueTargetGroupsPerLoadBalancerException */ .cw);
var TrustStoreAssociationNotFoundException$ = [-3, n0, _TSANFE,
    { [_aQE]: [`AssociationNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TrustStoreAssociationNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TrustStoreAssociationNotFoundException */ .hB);
var TrustStoreInUseException$ = [-3, n0, _TSIUE,
    { [_aQE]: [`TrustStoreInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TrustStoreInUseException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TrustStoreInUseException */ .bN);
var TrustStoreNotFoundException$ = [-3, n0, _TSNFE,
    { [_aQE]: [`TrustStoreNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TrustStoreNotFoundException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TrustStoreNotFoundException */ ._z);
var TrustStoreNotReadyException$ = [-3, n0, _TSNRE,
    { [_aQE]: [`TrustStoreNotReady`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TrustStoreNotReadyException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TrustStoreNotReadyException */ .Bz);
var UnsupportedProtocolException$ = [-3, n0, _UPE,
    { [_aQE]: [`UnsupportedProtocol`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(UnsupportedProtocolException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedProtocolException */ .rT);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var Action$ = [3, n0, _A,
    0,
    [_T, _TGA, _AOC, _ACC, _O, _RC, _FRC, _FC, _JVC],
    [0, 0, () => AuthenticateOidcActionConfig$, () => AuthenticateCognitoActionConfig$, 1, () => RedirectActionConfig$, () => FixedResponseActionConfig$, () => ForwardActionConfig$, () => JwtValidationActionConfig$], 1
];
var AddListenerCertificatesInput$ = [3, n0, _ALCI,
    0,
    [_LA, _C],
    [0, () => CertificateList], 2
];
var AddListenerCertificatesOutput$ = [3, n0, _ALCO,
    0,
    [_C],
    [() => CertificateList]
];
var AddTagsInput$ = [3, n0, _ATI,
    0,
    [_RA, _Ta],
    [64 | 0, () => TagList], 2
];
var AddTagsOutput$ = [3, n0, _ATO,
    0,
    [],
    []
];
var AddTrustStoreRevocationsInput$ = [3, n0, _ATSRI,
    0,
    [_TSA, _RCe],
    [0, () => RevocationContents], 1
];
var AddTrustStoreRevocationsOutput$ = [3, n0, _ATSRO,
    0,
    [_TSR],
    [() => TrustStoreRevocations]
];
var AdministrativeOverride$ = [3, n0, _AO,
    0,
    [_S, _R, _D],
    [0, 0, 0]
];
var AnomalyDetection$ = [3, n0, _AD,
    0,
    [_Re, _MIE],
    [0, 0]
];
var AuthenticateCognitoActionConfig$ = [3, n0, _ACAC,
    0,
    [_UPA, _UPCI, _UPD, _SCN, _Sc, _ST, _AREP, _OUR],
    [0, 0, 0, 0, 0, 1, 128 | 0, 0], 3
];
var AuthenticateOidcActionConfig$ = [3, n0, _AOAC,
    0,
    [_I, _AE, _TE, _UIE, _CI, _CS, _SCN, _Sc, _ST, _AREP, _OUR, _UECS],
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 128 | 0, 0, 2], 5
];
var AvailabilityZone$ = [3, n0, _AZ,
    0,
    [_ZN, _SI, _OI, _LBA, _SNIP],
    [0, 0, 0, () => LoadBalancerAddresses, 64 | 0]
];
var CapacityReservationStatus$ = [3, n0, _CRS,
    0,
    [_Co, _R],
    [0, 0]
];
var Certificate$ = [3, n0, _Ce,
    0,
    [_CA, _ID],
    [0, 2]
];
var Cipher$ = [3, n0, _Ci,
    0,
    [_N, _P],
    [0, 1]
];
var CreateListenerInput$ = [3, n0, _CLI,
    0,
    [_LBAo, _DA, _Pr, _Po, _SP, _C, _AP, _Ta, _MA],
    [0, () => Actions, 0, 1, 0, () => CertificateList, 64 | 0, () => TagList, () => MutualAuthenticationAttributes$], 2
];
var CreateListenerOutput$ = [3, n0, _CLO,
    0,
    [_L],
    [() => Listeners]
];
var CreateLoadBalancerInput$ = [3, n0, _CLBI,
    0,
    [_N, _Su, _SM, _SG, _Sch, _Ta, _T, _IAT, _COIP, _EPFISN, _IP],
    [0, 64 | 0, () => SubnetMappings, 64 | 0, 0, () => TagList, 0, 0, 0, 0, () => IpamPools$], 1
];
var CreateLoadBalancerOutput$ = [3, n0, _CLBO,
    0,
    [_LB],
    [() => LoadBalancers]
];
var CreateRuleInput$ = [3, n0, _CRI,
    0,
    [_LA, _Con, _P, _Ac, _Ta, _Tr],
    [0, () => RuleConditionList, 1, () => Actions, () => TagList, () => RuleTransformList], 4
];
var CreateRuleOutput$ = [3, n0, _CRO,
    0,
    [_Ru],
    [() => Rules]
];
var CreateTargetGroupInput$ = [3, n0, _CTGI,
    0,
    [_N, _Pr, _PV, _Po, _VI, _HCP, _HCPe, _HCE, _HCPea, _HCIS, _HCTS, _HTC, _UTC, _Ma, _TT, _Ta, _IAT, _TCP],
    [0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 1, 1, 1, () => Matcher$, 0, () => TagList, 0, 1], 1
];
var CreateTargetGroupOutput$ = [3, n0, _CTGO,
    0,
    [_TG],
    [() => TargetGroups]
];
var CreateTrustStoreInput$ = [3, n0, _CTSI,
    0,
    [_N, _CCBSB, _CCBSK, _CCBSOV, _Ta],
    [0, 0, 0, 0, () => TagList], 3
];
var CreateTrustStoreOutput$ = [3, n0, _CTSO,
    0,
    [_TS],
    [() => TrustStores]
];
var DeleteListenerInput$ = [3, n0, _DLI,
    0,
    [_LA],
    [0], 1
];
var DeleteListenerOutput$ = [3, n0, _DLO,
    0,
    [],
    []
];
var DeleteLoadBalancerInput$ = [3, n0, _DLBI,
    0,
    [_LBAo],
    [0], 1
];
var DeleteLoadBalancerOutput$ = [3, n0, _DLBO,
    0,
    [],
    []
];
var DeleteRuleInput$ = [3, n0, _DRI,
    0,
    [_RAu],
    [0], 1
];
var DeleteRuleOutput$ = [3, n0, _DRO,
    0,
    [],
    []
];
var DeleteSharedTrustStoreAssociationInput$ = [3, n0, _DSTSAI,
    0,
    [_TSA, _RAe],
    [0, 0], 2
];
var DeleteSharedTrustStoreAssociationOutput$ = [3, n0, _DSTSAO,
    0,
    [],
    []
];
var DeleteTargetGroupInput$ = [3, n0, _DTGI,
    0,
    [_TGA],
    [0], 1
];
var DeleteTargetGroupOutput$ = [3, n0, _DTGO,
    0,
    [],
    []
];
var DeleteTrustStoreInput$ = [3, n0, _DTSI,
    0,
    [_TSA],
    [0], 1
];
var DeleteTrustStoreOutput$ = [3, n0, _DTSO,
    0,
    [],
    []
];
var DeregisterTargetsInput$ = [3, n0, _DTI,
    0,
    [_TGA, _Tar],
    [0, () => TargetDescriptions], 2
];
var DeregisterTargetsOutput$ = [3, n0, _DTO,
    0,
    [],
    []
];
var DescribeAccountLimitsInput$ = [3, n0, _DALI,
    0,
    [_Mar, _PS],
    [0, 1]
];
var DescribeAccountLimitsOutput$ = [3, n0, _DALO,
    0,
    [_Li, _NM],
    [() => Limits, 0]
];
var DescribeCapacityReservationInput$ = [3, n0, _DCRI,
    0,
    [_LBAo],
    [0], 1
];
var DescribeCapacityReservationOutput$ = [3, n0, _DCRO,
    0,
    [_LMT, _DRR, _MLBC, _CRSa],
    [4, 1, () => MinimumLoadBalancerCapacity$, () => ZonalCapacityReservationStates]
];
var DescribeListenerAttributesInput$ = [3, n0, _DLAI,
    0,
    [_LA],
    [0], 1
];
var DescribeListenerAttributesOutput$ = [3, n0, _DLAO,
    0,
    [_At],
    [() => ListenerAttributes]
];
var DescribeListenerCertificatesInput$ = [3, n0, _DLCI,
    0,
    [_LA, _Mar, _PS],
    [0, 0, 1], 1
];
var DescribeListenerCertificatesOutput$ = [3, n0, _DLCO,
    0,
    [_C, _NM],
    [() => CertificateList, 0]
];
var DescribeListenersInput$ = [3, n0, _DLIe,
    0,
    [_LBAo, _LAi, _Mar, _PS],
    [0, 64 | 0, 0, 1]
];
var DescribeListenersOutput$ = [3, n0, _DLOe,
    0,
    [_L, _NM],
    [() => Listeners, 0]
];
var DescribeLoadBalancerAttributesInput$ = [3, n0, _DLBAI,
    0,
    [_LBAo],
    [0], 1
];
var DescribeLoadBalancerAttributesOutput$ = [3, n0, _DLBAO,
    0,
    [_At],
    [() => LoadBalancerAttributes]
];
var DescribeLoadBalancersInput$ = [3, n0, _DLBIe,
    0,
    [_LBAoa, _Na, _Mar, _PS],
    [64 | 0, 64 | 0, 0, 1]
];
var DescribeLoadBalancersOutput$ = [3, n0, _DLBOe,
    0,
    [_LB, _NM],
    [() => LoadBalancers, 0]
];
var DescribeRulesInput$ = [3, n0, _DRIe,
    0,
    [_LA, _RAul, _Mar, _PS],
    [0, 64 | 0, 0, 1]
];
var DescribeRulesOutput$ = [3, n0, _DROe,
    0,
    [_Ru, _NM],
    [() => Rules, 0]
];
var DescribeSSLPoliciesInput$ = [3, n0, _DSSLPI,
    0,
    [_Na, _Mar, _PS, _LBT],
    [64 | 0, 0, 1, 0]
];
var DescribeSSLPoliciesOutput$ = [3, n0, _DSSLPO,
    0,
    [_SPs, _NM],
    [() => SslPolicies, 0]
];
var DescribeTagsInput$ = [3, n0, _DTIe,
    0,
    [_RA],
    [64 | 0], 1
];
var DescribeTagsOutput$ = [3, n0, _DTOe,
    0,
    [_TD],
    [() => TagDescriptions]
];
var DescribeTargetGroupAttributesInput$ = [3, n0, _DTGAI,
    0,
    [_TGA],
    [0], 1
];
var DescribeTargetGroupAttributesOutput$ = [3, n0, _DTGAO,
    0,
    [_At],
    [() => TargetGroupAttributes]
];
var DescribeTargetGroupsInput$ = [3, n0, _DTGIe,
    0,
    [_LBAo, _TGAa, _Na, _Mar, _PS],
    [0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeTargetGroupsOutput$ = [3, n0, _DTGOe,
    0,
    [_TG, _NM],
    [() => TargetGroups, 0]
];
var DescribeTargetHealthInput$ = [3, n0, _DTHI,
    0,
    [_TGA, _Tar, _In],
    [0, () => TargetDescriptions, 64 | 0], 1
];
var DescribeTargetHealthOutput$ = [3, n0, _DTHO,
    0,
    [_THD],
    [() => TargetHealthDescriptions]
];
var DescribeTrustStoreAssociationsInput$ = [3, n0, _DTSAI,
    0,
    [_TSA, _Mar, _PS],
    [0, 0, 1], 1
];
var DescribeTrustStoreAssociationsOutput$ = [3, n0, _DTSAO,
    0,
    [_TSAr, _NM],
    [() => TrustStoreAssociations, 0]
];
var DescribeTrustStoreRevocation$ = [3, n0, _DTSR,
    0,
    [_TSA, _RI, _RT, _NORE],
    [0, 1, 0, 1]
];
var DescribeTrustStoreRevocationsInput$ = [3, n0, _DTSRI,
    0,
    [_TSA, _RIe, _Mar, _PS],
    [0, 64 | 1, 0, 1], 1
];
var DescribeTrustStoreRevocationsOutput$ = [3, n0, _DTSRO,
    0,
    [_TSR, _NM],
    [() => DescribeTrustStoreRevocationResponse, 0]
];
var DescribeTrustStoresInput$ = [3, n0, _DTSIe,
    0,
    [_TSAru, _Na, _Mar, _PS],
    [64 | 0, 64 | 0, 0, 1]
];
var DescribeTrustStoresOutput$ = [3, n0, _DTSOe,
    0,
    [_TS, _NM],
    [() => TrustStores, 0]
];
var FixedResponseActionConfig$ = [3, n0, _FRAC,
    0,
    [_SC, _MB, _CT],
    [0, 0, 0], 1
];
var ForwardActionConfig$ = [3, n0, _FAC,
    0,
    [_TG, _TGSC],
    [() => TargetGroupList, () => TargetGroupStickinessConfig$]
];
var GetResourcePolicyInput$ = [3, n0, _GRPI,
    0,
    [_RAe],
    [0], 1
];
var GetResourcePolicyOutput$ = [3, n0, _GRPO,
    0,
    [_Pol],
    [0]
];
var GetTrustStoreCaCertificatesBundleInput$ = [3, n0, _GTSCCBI,
    0,
    [_TSA],
    [0], 1
];
var GetTrustStoreCaCertificatesBundleOutput$ = [3, n0, _GTSCCBO,
    0,
    [_Lo],
    [0]
];
var GetTrustStoreRevocationContentInput$ = [3, n0, _GTSRCI,
    0,
    [_TSA, _RI],
    [0, 1], 2
];
var GetTrustStoreRevocationContentOutput$ = [3, n0, _GTSRCO,
    0,
    [_Lo],
    [0]
];
var HostHeaderConditionConfig$ = [3, n0, _HHCC,
    0,
    [_V, _RV],
    [64 | 0, 64 | 0]
];
var HostHeaderRewriteConfig$ = [3, n0, _HHRC,
    0,
    [_Rew],
    [() => RewriteConfigList]
];
var HttpHeaderConditionConfig$ = [3, n0, _HHCCt,
    0,
    [_HHN, _V, _RV],
    [0, 64 | 0, 64 | 0]
];
var HttpRequestMethodConditionConfig$ = [3, n0, _HRMCC,
    0,
    [_V],
    [64 | 0]
];
var IpamPools$ = [3, n0, _IP,
    0,
    [_IIPI],
    [0]
];
var JwtValidationActionAdditionalClaim$ = [3, n0, _JVAAC,
    0,
    [_F, _N, _V],
    [0, 0, 64 | 0], 3
];
var JwtValidationActionConfig$ = [3, n0, _JVAC,
    0,
    [_JE, _I, _AC],
    [0, 0, () => JwtValidationActionAdditionalClaims], 2
];
var Limit$ = [3, n0, _Lim,
    0,
    [_N, _Max],
    [0, 0]
];
var Listener$ = [3, n0, _Lis,
    0,
    [_LA, _LBAo, _Po, _Pr, _C, _SP, _DA, _AP, _MA],
    [0, 0, 1, 0, () => CertificateList, 0, () => Actions, 64 | 0, () => MutualAuthenticationAttributes$]
];
var ListenerAttribute$ = [3, n0, _LAis,
    0,
    [_K, _Va],
    [0, 0]
];
var LoadBalancer$ = [3, n0, _LBo,
    0,
    [_LBAo, _DNSN, _CHZI, _CTr, _LBN, _Sch, _VI, _S, _T, _AZv, _SG, _IAT, _COIP, _ESGIROPLT, _EPFISN, _IP],
    [0, 0, 0, 4, 0, 0, 0, () => LoadBalancerState$, 0, () => AvailabilityZones, 64 | 0, 0, 0, 0, 0, () => IpamPools$]
];
var LoadBalancerAddress$ = [3, n0, _LBAoad,
    0,
    [_IA, _AI, _PIPA, _IPA],
    [0, 0, 0, 0]
];
var LoadBalancerAttribute$ = [3, n0, _LBAoada,
    0,
    [_K, _Va],
    [0, 0]
];
var LoadBalancerState$ = [3, n0, _LBS,
    0,
    [_Co, _R],
    [0, 0]
];
var Matcher$ = [3, n0, _Ma,
    0,
    [_HC, _GC],
    [0, 0]
];
var MinimumLoadBalancerCapacity$ = [3, n0, _MLBC,
    0,
    [_CU],
    [1]
];
var ModifyCapacityReservationInput$ = [3, n0, _MCRI,
    0,
    [_LBAo, _MLBC, _RCR],
    [0, () => MinimumLoadBalancerCapacity$, 2], 1
];
var ModifyCapacityReservationOutput$ = [3, n0, _MCRO,
    0,
    [_LMT, _DRR, _MLBC, _CRSa],
    [4, 1, () => MinimumLoadBalancerCapacity$, () => ZonalCapacityReservationStates]
];
var ModifyIpPoolsInput$ = [3, n0, _MIPI,
    0,
    [_LBAo, _IP, _RIP],
    [0, () => IpamPools$, 64 | 0], 1
];
var ModifyIpPoolsOutput$ = [3, n0, _MIPO,
    0,
    [_IP],
    [() => IpamPools$]
];
var ModifyListenerAttributesInput$ = [3, n0, _MLAI,
    0,
    [_LA, _At],
    [0, () => ListenerAttributes], 2
];
var ModifyListenerAttributesOutput$ = [3, n0, _MLAO,
    0,
    [_At],
    [() => ListenerAttributes]
];
var ModifyListenerInput$ = [3, n0, _MLI,
    0,
    [_LA, _Po, _Pr, _SP, _C, _DA, _AP, _MA],
    [0, 1, 0, 0, () => CertificateList, () => Actions, 64 | 0, () => MutualAuthenticationAttributes$], 1
];
var ModifyListenerOutput$ = [3, n0, _MLO,
    0,
    [_L],
    [() => Listeners]
];
var ModifyLoadBalancerAttributesInput$ = [3, n0, _MLBAI,
    0,
    [_LBAo, _At],
    [0, () => LoadBalancerAttributes], 2
];
var ModifyLoadBalancerAttributesOutput$ = [3, n0, _MLBAO,
    0,
    [_At],
    [() => LoadBalancerAttributes]
];
var ModifyRuleInput$ = [3, n0, _MRI,
    0,
    [_RAu, _Con, _Ac, _Tr, _RTe],
    [0, () => RuleConditionList, () => Actions, () => RuleTransformList, 2], 1
];
var ModifyRuleOutput$ = [3, n0, _MRO,
    0,
    [_Ru],
    [() => Rules]
];
var ModifyTargetGroupAttributesInput$ = [3, n0, _MTGAI,
    0,
    [_TGA, _At],
    [0, () => TargetGroupAttributes], 2
];
var ModifyTargetGroupAttributesOutput$ = [3, n0, _MTGAO,
    0,
    [_At],
    [() => TargetGroupAttributes]
];
var ModifyTargetGroupInput$ = [3, n0, _MTGI,
    0,
    [_TGA, _HCP, _HCPe, _HCPea, _HCE, _HCIS, _HCTS, _HTC, _UTC, _Ma],
    [0, 0, 0, 0, 2, 1, 1, 1, 1, () => Matcher$], 1
];
var ModifyTargetGroupOutput$ = [3, n0, _MTGO,
    0,
    [_TG],
    [() => TargetGroups]
];
var ModifyTrustStoreInput$ = [3, n0, _MTSI,
    0,
    [_TSA, _CCBSB, _CCBSK, _CCBSOV],
    [0, 0, 0, 0], 3
];
var ModifyTrustStoreOutput$ = [3, n0, _MTSO,
    0,
    [_TS],
    [() => TrustStores]
];
var MutualAuthenticationAttributes$ = [3, n0, _MAA,
    0,
    [_Mo, _TSA, _ICCE, _TSAS, _ATSCN],
    [0, 0, 2, 0, 0]
];
var PathPatternConditionConfig$ = [3, n0, _PPCC,
    0,
    [_V, _RV],
    [64 | 0, 64 | 0]
];
var QueryStringConditionConfig$ = [3, n0, _QSCC,
    0,
    [_V],
    [() => QueryStringKeyValuePairList]
];
var QueryStringKeyValuePair$ = [3, n0, _QSKVP,
    0,
    [_K, _Va],
    [0, 0]
];
var RedirectActionConfig$ = [3, n0, _RAC,
    0,
    [_SC, _Pr, _Po, _H, _Pa, _Q],
    [0, 0, 0, 0, 0, 0], 1
];
var RegisterTargetsInput$ = [3, n0, _RTI,
    0,
    [_TGA, _Tar],
    [0, () => TargetDescriptions], 2
];
var RegisterTargetsOutput$ = [3, n0, _RTO,
    0,
    [],
    []
];
var RemoveListenerCertificatesInput$ = [3, n0, _RLCI,
    0,
    [_LA, _C],
    [0, () => CertificateList], 2
];
var RemoveListenerCertificatesOutput$ = [3, n0, _RLCO,
    0,
    [],
    []
];
var RemoveTagsInput$ = [3, n0, _RTIe,
    0,
    [_RA, _TK],
    [64 | 0, 64 | 0], 2
];
var RemoveTagsOutput$ = [3, n0, _RTOe,
    0,
    [],
    []
];
var RemoveTrustStoreRevocationsInput$ = [3, n0, _RTSRI,
    0,
    [_TSA, _RIe],
    [0, 64 | 1], 2
];
var RemoveTrustStoreRevocationsOutput$ = [3, n0, _RTSRO,
    0,
    [],
    []
];
var RevocationContent$ = [3, n0, _RCev,
    0,
    [_SB, _SK, _SOV, _RT],
    [0, 0, 0, 0]
];
var RewriteConfig$ = [3, n0, _RCew,
    0,
    [_Reg, _Rep],
    [0, 0], 2
];
var Rule$ = [3, n0, _Rul,
    0,
    [_RAu, _P, _Con, _Ac, _ID, _Tr],
    [0, 0, () => RuleConditionList, () => Actions, 2, () => RuleTransformList]
];
var RuleCondition$ = [3, n0, _RCu,
    0,
    [_Fi, _V, _HHC, _PPC, _HHCt, _QSC, _HRMC, _SIC, _RV],
    [0, 64 | 0, () => HostHeaderConditionConfig$, () => PathPatternConditionConfig$, () => HttpHeaderConditionConfig$, () => QueryStringConditionConfig$, () => HttpRequestMethodConditionConfig$, () => SourceIpConditionConfig$, 64 | 0]
];
var RulePriorityPair$ = [3, n0, _RPP,
    0,
    [_RAu, _P],
    [0, 1]
];
var RuleTransform$ = [3, n0, _RTu,
    0,
    [_T, _HHRC, _URC],
    [0, () => HostHeaderRewriteConfig$, () => UrlRewriteConfig$], 1
];
var SetIpAddressTypeInput$ = [3, n0, _SIATI,
    0,
    [_LBAo, _IAT],
    [0, 0], 2
];
var SetIpAddressTypeOutput$ = [3, n0, _SIATO,
    0,
    [_IAT],
    [0]
];
var SetRulePrioritiesInput$ = [3, n0, _SRPI,
    0,
    [_RP],
    [() => RulePriorityList], 1
];
var SetRulePrioritiesOutput$ = [3, n0, _SRPO,
    0,
    [_Ru],
    [() => Rules]
];
var SetSecurityGroupsInput$ = [3, n0, _SSGI,
    0,
    [_LBAo, _SG, _ESGIROPLT],
    [0, 64 | 0, 0], 2
];
var SetSecurityGroupsOutput$ = [3, n0, _SSGO,
    0,
    [_SGI, _ESGIROPLT],
    [64 | 0, 0]
];
var SetSubnetsInput$ = [3, n0, _SSI,
    0,
    [_LBAo, _Su, _SM, _IAT, _EPFISN],
    [0, 64 | 0, () => SubnetMappings, 0, 0], 1
];
var SetSubnetsOutput$ = [3, n0, _SSO,
    0,
    [_AZv, _IAT, _EPFISN],
    [() => AvailabilityZones, 0, 0]
];
var SourceIpConditionConfig$ = [3, n0, _SICC,
    0,
    [_V, _IAT],
    [64 | 0, 0]
];
var SslPolicy$ = [3, n0, _SP,
    0,
    [_SPsl, _Cip, _N, _SLBT],
    [64 | 0, () => Ciphers, 0, 64 | 0]
];
var SubnetMapping$ = [3, n0, _SMu,
    0,
    [_SI, _AI, _PIPA, _IPA, _SNIPo],
    [0, 0, 0, 0, 0]
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _Va],
    [0, 0], 1
];
var TagDescription$ = [3, n0, _TDa,
    0,
    [_RAe, _Ta],
    [0, () => TagList]
];
var TargetDescription$ = [3, n0, _TDar,
    0,
    [_Id, _Po, _AZ, _QSI],
    [0, 1, 0, 0], 1
];
var TargetGroup$ = [3, n0, _TGa,
    0,
    [_TGA, _TGN, _Pr, _Po, _VI, _HCP, _HCPe, _HCE, _HCIS, _HCTS, _HTC, _UTC, _HCPea, _Ma, _LBAoa, _TT, _PV, _IAT, _TCP],
    [0, 0, 0, 1, 0, 0, 0, 2, 1, 1, 1, 1, 0, () => Matcher$, 64 | 0, 0, 0, 0, 1]
];
var TargetGroupAttribute$ = [3, n0, _TGAar,
    0,
    [_K, _Va],
    [0, 0]
];
var TargetGroupStickinessConfig$ = [3, n0, _TGSC,
    0,
    [_E, _DS],
    [2, 1]
];
var TargetGroupTuple$ = [3, n0, _TGT,
    0,
    [_TGA, _W],
    [0, 1]
];
var TargetHealth$ = [3, n0, _TH,
    0,
    [_S, _R, _D],
    [0, 0, 0]
];
var TargetHealthDescription$ = [3, n0, _THDa,
    0,
    [_Targ, _HCPe, _TH, _AD, _AO],
    [() => TargetDescription$, 0, () => TargetHealth$, () => AnomalyDetection$, () => AdministrativeOverride$]
];
var TrustStore$ = [3, n0, _TSr,
    0,
    [_N, _TSA, _St, _NOCC, _TRE],
    [0, 0, 0, 1, 1]
];
var TrustStoreAssociation$ = [3, n0, _TSArus,
    0,
    [_RAe],
    [0]
];
var TrustStoreRevocation$ = [3, n0, _TSRr,
    0,
    [_TSA, _RI, _RT, _NORE],
    [0, 1, 0, 1]
];
var UrlRewriteConfig$ = [3, n0, _URC,
    0,
    [_Rew],
    [() => RewriteConfigList]
];
var ZonalCapacityReservationState$ = [3, n0, _ZCRS,
    0,
    [_S, _AZ, _ECU],
    [() => CapacityReservationStatus$, 0, 1]
];
var Actions = [1, n0, _Ac,
    0, () => Action$
];
var AlpnPolicyName = (/* unused pure expression or super */ null && (64 | 0));
var AvailabilityZones = [1, n0, _AZv,
    0, () => AvailabilityZone$
];
var CertificateList = [1, n0, _CL,
    0, () => Certificate$
];
var Ciphers = [1, n0, _Cip,
    0, () => Cipher$
];
var DescribeTrustStoreRevocationResponse = [1, n0, _DTSRR,
    0, () => DescribeTrustStoreRevocation$
];
var JwtValidationActionAdditionalClaims = [1, n0, _JVAACw,
    0, () => JwtValidationActionAdditionalClaim$
];
var JwtValidationActionAdditionalClaimValues = (/* unused pure expression or super */ null && (64 | 0));
var Limits = [1, n0, _Li,
    0, () => Limit$
];
var ListenerArns = (/* unused pure expression or super */ null && (64 | 0));
var ListenerAttributes = [1, n0, _LAist,
    0, () => ListenerAttribute$
];
var Listeners = [1, n0, _L,
    0, () => Listener$
];
var ListOfDescribeTargetHealthIncludeOptions = (/* unused pure expression or super */ null && (64 | 0));
var ListOfString = (/* unused pure expression or super */ null && (64 | 0));
var LoadBalancerAddresses = [1, n0, _LBA,
    0, () => LoadBalancerAddress$
];
var LoadBalancerArns = (/* unused pure expression or super */ null && (64 | 0));
var LoadBalancerAttributes = [1, n0, _LBAoadal,
    0, () => LoadBalancerAttribute$
];
var LoadBalancerNames = (/* unused pure expression or super */ null && (64 | 0));
var LoadBalancers = [1, n0, _LB,
    0, () => LoadBalancer$
];
var QueryStringKeyValuePairList = [1, n0, _QSKVPL,
    0, () => QueryStringKeyValuePair$
];
var RemoveIpamPools = (/* unused pure expression or super */ null && (64 | 0));
var ResourceArns = (/* unused pure expression or super */ null && (64 | 0));
var RevocationContents = [1, n0, _RCe,
    0, () => RevocationContent$
];
var RevocationIds = (/* unused pure expression or super */ null && (64 | 1));
var RewriteConfigList = [1, n0, _RCL,
    0, () => RewriteConfig$
];
var RuleArns = (/* unused pure expression or super */ null && (64 | 0));
var RuleConditionList = [1, n0, _RCLu,
    0, () => RuleCondition$
];
var RulePriorityList = [1, n0, _RPL,
    0, () => RulePriorityPair$
];
var Rules = [1, n0, _Ru,
    0, () => Rule$
];
var RuleTransformList = [1, n0, _RTL,
    0, () => RuleTransform$
];
var SecurityGroups = (/* unused pure expression or super */ null && (64 | 0));
var SourceNatIpv6Prefixes = (/* unused pure expression or super */ null && (64 | 0));
var SslPolicies = [1, n0, _SPs,
    0, () => SslPolicy$
];
var SslPolicyNames = (/* unused pure expression or super */ null && (64 | 0));
var SslProtocols = (/* unused pure expression or super */ null && (64 | 0));
var SubnetMappings = [1, n0, _SM,
    0, () => SubnetMapping$
];
var Subnets = (/* unused pure expression or super */ null && (64 | 0));
var TagDescriptions = [1, n0, _TD,
    0, () => TagDescription$
];
var TagKeys = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var TargetDescriptions = [1, n0, _TDarg,
    0, () => TargetDescription$
];
var TargetGroupArns = (/* unused pure expression or super */ null && (64 | 0));
var TargetGroupAttributes = [1, n0, _TGAarg,
    0, () => TargetGroupAttribute$
];
var TargetGroupList = [1, n0, _TGL,
    0, () => TargetGroupTuple$
];
var TargetGroupNames = (/* unused pure expression or super */ null && (64 | 0));
var TargetGroups = [1, n0, _TG,
    0, () => TargetGroup$
];
var TargetHealthDescriptions = [1, n0, _THD,
    0, () => TargetHealthDescription$
];
var TrustStoreArns = (/* unused pure expression or super */ null && (64 | 0));
var TrustStoreAssociations = [1, n0, _TSAr,
    0, () => TrustStoreAssociation$
];
var TrustStoreNames = (/* unused pure expression or super */ null && (64 | 0));
var TrustStoreRevocations = [1, n0, _TSR,
    0, () => TrustStoreRevocation$
];
var TrustStores = [1, n0, _TS,
    0, () => TrustStore$
];
var ZonalCapacityReservationStates = [1, n0, _ZCRSo,
    0, () => ZonalCapacityReservationState$
];
var AuthenticateCognitoActionAuthenticationRequestExtraParams = (/* unused pure expression or super */ null && (128 | 0));
var AuthenticateOidcActionAuthenticationRequestExtraParams = (/* unused pure expression or super */ null && (128 | 0));
var AddListenerCertificates$ = [9, n0, _ALC,
    0, () => AddListenerCertificatesInput$, () => AddListenerCertificatesOutput$
];
var AddTags$ = [9, n0, _AT,
    0, () => AddTagsInput$, () => AddTagsOutput$
];
var AddTrustStoreRevocations$ = [9, n0, _ATSR,
    0, () => AddTrustStoreRevocationsInput$, () => AddTrustStoreRevocationsOutput$
];
var CreateListener$ = [9, n0, _CLr,
    0, () => CreateListenerInput$, () => CreateListenerOutput$
];
var CreateLoadBalancer$ = [9, n0, _CLB,
    0, () => CreateLoadBalancerInput$, () => CreateLoadBalancerOutput$
];
var CreateRule$ = [9, n0, _CR,
    0, () => CreateRuleInput$, () => CreateRuleOutput$
];
var CreateTargetGroup$ = [9, n0, _CTG,
    0, () => CreateTargetGroupInput$, () => CreateTargetGroupOutput$
];
var CreateTrustStore$ = [9, n0, _CTS,
    0, () => CreateTrustStoreInput$, () => CreateTrustStoreOutput$
];
var DeleteListener$ = [9, n0, _DL,
    0, () => DeleteListenerInput$, () => DeleteListenerOutput$
];
var DeleteLoadBalancer$ = [9, n0, _DLB,
    0, () => DeleteLoadBalancerInput$, () => DeleteLoadBalancerOutput$
];
var DeleteRule$ = [9, n0, _DR,
    0, () => DeleteRuleInput$, () => DeleteRuleOutput$
];
var DeleteSharedTrustStoreAssociation$ = [9, n0, _DSTSA,
    0, () => DeleteSharedTrustStoreAssociationInput$, () => DeleteSharedTrustStoreAssociationOutput$
];
var DeleteTargetGroup$ = [9, n0, _DTG,
    0, () => DeleteTargetGroupInput$, () => DeleteTargetGroupOutput$
];
var DeleteTrustStore$ = [9, n0, _DTS,
    0, () => DeleteTrustStoreInput$, () => DeleteTrustStoreOutput$
];
var DeregisterTargets$ = [9, n0, _DT,
    0, () => DeregisterTargetsInput$, () => DeregisterTargetsOutput$
];
var DescribeAccountLimits$ = [9, n0, _DAL,
    0, () => DescribeAccountLimitsInput$, () => DescribeAccountLimitsOutput$
];
var DescribeCapacityReservation$ = [9, n0, _DCR,
    0, () => DescribeCapacityReservationInput$, () => DescribeCapacityReservationOutput$
];
var DescribeListenerAttributes$ = [9, n0, _DLA,
    0, () => DescribeListenerAttributesInput$, () => DescribeListenerAttributesOutput$
];
var DescribeListenerCertificates$ = [9, n0, _DLC,
    0, () => DescribeListenerCertificatesInput$, () => DescribeListenerCertificatesOutput$
];
var DescribeListeners$ = [9, n0, _DLe,
    0, () => DescribeListenersInput$, () => DescribeListenersOutput$
];
var DescribeLoadBalancerAttributes$ = [9, n0, _DLBA,
    0, () => DescribeLoadBalancerAttributesInput$, () => DescribeLoadBalancerAttributesOutput$
];
var DescribeLoadBalancers$ = [9, n0, _DLBe,
    0, () => DescribeLoadBalancersInput$, () => DescribeLoadBalancersOutput$
];
var DescribeRules$ = [9, n0, _DRe,
    0, () => DescribeRulesInput$, () => DescribeRulesOutput$
];
var DescribeSSLPolicies$ = [9, n0, _DSSLP,
    0, () => DescribeSSLPoliciesInput$, () => DescribeSSLPoliciesOutput$
];
var DescribeTags$ = [9, n0, _DTe,
    0, () => DescribeTagsInput$, () => DescribeTagsOutput$
];
var DescribeTargetGroupAttributes$ = [9, n0, _DTGA,
    0, () => DescribeTargetGroupAttributesInput$, () => DescribeTargetGroupAttributesOutput$
];
var DescribeTargetGroups$ = [9, n0, _DTGe,
    0, () => DescribeTargetGroupsInput$, () => DescribeTargetGroupsOutput$
];
var DescribeTargetHealth$ = [9, n0, _DTH,
    0, () => DescribeTargetHealthInput$, () => DescribeTargetHealthOutput$
];
var DescribeTrustStoreAssociations$ = [9, n0, _DTSA,
    0, () => DescribeTrustStoreAssociationsInput$, () => DescribeTrustStoreAssociationsOutput$
];
var DescribeTrustStoreRevocations$ = [9, n0, _DTSRe,
    0, () => DescribeTrustStoreRevocationsInput$, () => DescribeTrustStoreRevocationsOutput$
];
var DescribeTrustStores$ = [9, n0, _DTSe,
    0, () => DescribeTrustStoresInput$, () => DescribeTrustStoresOutput$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    0, () => GetResourcePolicyInput$, () => GetResourcePolicyOutput$
];
var GetTrustStoreCaCertificatesBundle$ = [9, n0, _GTSCCB,
    0, () => GetTrustStoreCaCertificatesBundleInput$, () => GetTrustStoreCaCertificatesBundleOutput$
];
var GetTrustStoreRevocationContent$ = [9, n0, _GTSRC,
    0, () => GetTrustStoreRevocationContentInput$, () => GetTrustStoreRevocationContentOutput$
];
var ModifyCapacityReservation$ = [9, n0, _MCR,
    0, () => ModifyCapacityReservationInput$, () => ModifyCapacityReservationOutput$
];
var ModifyIpPools$ = [9, n0, _MIP,
    0, () => ModifyIpPoolsInput$, () => ModifyIpPoolsOutput$
];
var ModifyListener$ = [9, n0, _ML,
    0, () => ModifyListenerInput$, () => ModifyListenerOutput$
];
var ModifyListenerAttributes$ = [9, n0, _MLA,
    0, () => ModifyListenerAttributesInput$, () => ModifyListenerAttributesOutput$
];
var ModifyLoadBalancerAttributes$ = [9, n0, _MLBA,
    0, () => ModifyLoadBalancerAttributesInput$, () => ModifyLoadBalancerAttributesOutput$
];
var ModifyRule$ = [9, n0, _MR,
    0, () => ModifyRuleInput$, () => ModifyRuleOutput$
];
var ModifyTargetGroup$ = [9, n0, _MTG,
    0, () => ModifyTargetGroupInput$, () => ModifyTargetGroupOutput$
];
var ModifyTargetGroupAttributes$ = [9, n0, _MTGA,
    0, () => ModifyTargetGroupAttributesInput$, () => ModifyTargetGroupAttributesOutput$
];
var ModifyTrustStore$ = [9, n0, _MTS,
    0, () => ModifyTrustStoreInput$, () => ModifyTrustStoreOutput$
];
var RegisterTargets$ = [9, n0, _RTeg,
    0, () => RegisterTargetsInput$, () => RegisterTargetsOutput$
];
var RemoveListenerCertificates$ = [9, n0, _RLC,
    0, () => RemoveListenerCertificatesInput$, () => RemoveListenerCertificatesOutput$
];
var RemoveTags$ = [9, n0, _RTem,
    0, () => RemoveTagsInput$, () => RemoveTagsOutput$
];
var RemoveTrustStoreRevocations$ = [9, n0, _RTSR,
    0, () => RemoveTrustStoreRevocationsInput$, () => RemoveTrustStoreRevocationsOutput$
];
var SetIpAddressType$ = [9, n0, _SIAT,
    0, () => SetIpAddressTypeInput$, () => SetIpAddressTypeOutput$
];
var SetRulePriorities$ = [9, n0, _SRP,
    0, () => SetRulePrioritiesInput$, () => SetRulePrioritiesOutput$
];
var SetSecurityGroups$ = [9, n0, _SSG,
    0, () => SetSecurityGroupsInput$, () => SetSecurityGroupsOutput$
];
var SetSubnets$ = [9, n0, _SS,
    0, () => SetSubnetsInput$, () => SetSubnetsOutput$
];


/***/ })

};
;