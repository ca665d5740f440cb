"use strict";
exports.id = 973;
exports.ids = [973];
exports.modules = {

/***/ 9431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1176);



const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "CodeDeploy_20141006", "CodeDeployClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];


/***/ }),

/***/ 1410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ BatchGetApplicationsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class BatchGetApplicationsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "BatchGetApplications", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .BatchGetApplications$ */ .Kl7) {
}


/***/ }),

/***/ 5734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ BatchGetDeploymentGroupsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class BatchGetDeploymentGroupsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "BatchGetDeploymentGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .BatchGetDeploymentGroups$ */ .IOH) {
}


/***/ }),

/***/ 6573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ContinueDeploymentCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class ContinueDeploymentCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ContinueDeployment", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ContinueDeployment$ */ .z9q) {
}


/***/ }),

/***/ 6282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ CreateDeploymentCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class CreateDeploymentCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateDeployment", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateDeployment$ */ .KTk) {
}


/***/ }),

/***/ 6868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CreateDeploymentConfigCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class CreateDeploymentConfigCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateDeploymentConfig", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateDeploymentConfig$ */ .IlB) {
}


/***/ }),

/***/ 8744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ GetDeploymentCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class GetDeploymentCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetDeployment", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetDeployment$ */ .EHZ) {
}


/***/ }),

/***/ 8294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ GetDeploymentConfigCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class GetDeploymentConfigCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetDeploymentConfig", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetDeploymentConfig$ */ .QGv) {
}


/***/ }),

/***/ 4447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GetDeploymentTargetCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class GetDeploymentTargetCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetDeploymentTarget", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetDeploymentTarget$ */ .PQs) {
}


/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ListApplicationsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class ListApplicationsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListApplications", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListApplications$ */ .U6w) {
}


/***/ }),

/***/ 74:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ListDeploymentGroupsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class ListDeploymentGroupsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListDeploymentGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListDeploymentGroups$ */ .yzH) {
}


/***/ }),

/***/ 4404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ListDeploymentTargetsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class ListDeploymentTargetsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListDeploymentTargets", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListDeploymentTargets$ */ .ELS) {
}


/***/ }),

/***/ 569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ ListDeploymentsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class ListDeploymentsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListDeployments", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListDeployments$ */ .vtI) {
}


/***/ }),

/***/ 3858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ StopDeploymentCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9431);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8387);


class StopDeploymentCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "StopDeployment", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .StopDeployment$ */ .YCL) {
}


/***/ }),

/***/ 1176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "codedeploy",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 4274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ CodeDeployServiceException)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);


class CodeDeployServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CodeDeployServiceException.prototype);
    }
}


/***/ }),

/***/ 8607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ InvalidECSServiceException),
/* harmony export */   $s: () => (/* binding */ InvalidTagFilterException),
/* harmony export */   $t: () => (/* binding */ IamUserArnAlreadyRegisteredException),
/* harmony export */   A3: () => (/* binding */ DeploymentGroupAlreadyExistsException),
/* harmony export */   AH: () => (/* binding */ DeploymentTargetListSizeExceededException),
/* harmony export */   AT: () => (/* binding */ DeploymentAlreadyCompletedException),
/* harmony export */   Au: () => (/* binding */ ResourceArnRequiredException),
/* harmony export */   BJ: () => (/* binding */ InvalidOnPremisesTagCombinationException),
/* harmony export */   Bk: () => (/* binding */ GitHubAccountTokenNameRequiredException),
/* harmony export */   Bu: () => (/* binding */ InvalidRoleException),
/* harmony export */   C2: () => (/* binding */ ApplicationAlreadyExistsException),
/* harmony export */   D0: () => (/* binding */ InvalidIamSessionArnException),
/* harmony export */   D3: () => (/* binding */ DeploymentGroupDoesNotExistException),
/* harmony export */   EY: () => (/* binding */ RevisionDoesNotExistException),
/* harmony export */   Ei: () => (/* binding */ InvalidOperationException),
/* harmony export */   Ex: () => (/* binding */ BatchLimitExceededException),
/* harmony export */   Fu: () => (/* binding */ IamArnRequiredException),
/* harmony export */   HS: () => (/* binding */ ResourceValidationException),
/* harmony export */   J1: () => (/* binding */ UnsupportedActionForDeploymentTypeException),
/* harmony export */   JS: () => (/* binding */ InvalidFileExistsBehaviorException),
/* harmony export */   KM: () => (/* binding */ DeploymentDoesNotExistException),
/* harmony export */   KW: () => (/* binding */ DescriptionTooLongException),
/* harmony export */   KX: () => (/* binding */ InvalidEC2TagCombinationException),
/* harmony export */   Kd: () => (/* binding */ InvalidIamUserArnException),
/* harmony export */   LO: () => (/* binding */ InvalidComputePlatformException),
/* harmony export */   Lw: () => (/* binding */ InstanceIdRequiredException),
/* harmony export */   Mf: () => (/* binding */ DeploymentGroupNameRequiredException),
/* harmony export */   NK: () => (/* binding */ DeploymentIsNotInReadyStateException),
/* harmony export */   Ok: () => (/* binding */ TriggerTargetsLimitExceededException),
/* harmony export */   Ol: () => (/* binding */ DeploymentConfigDoesNotExistException),
/* harmony export */   QL: () => (/* binding */ ApplicationNameRequiredException),
/* harmony export */   Qc: () => (/* binding */ InvalidDeployedStateFilterException),
/* harmony export */   Qz: () => (/* binding */ TagLimitExceededException),
/* harmony export */   R_: () => (/* binding */ InvalidTargetGroupPairException),
/* harmony export */   SV: () => (/* binding */ InvalidAutoRollbackConfigException),
/* harmony export */   Su: () => (/* binding */ InstanceDoesNotExistException),
/* harmony export */   TF: () => (/* binding */ InvalidDeploymentInstanceTypeException),
/* harmony export */   U3: () => (/* binding */ OperationNotSupportedException),
/* harmony export */   UH: () => (/* binding */ InvalidGitHubAccountTokenNameException),
/* harmony export */   Uc: () => (/* binding */ InvalidKeyPrefixFilterException),
/* harmony export */   Ue: () => (/* binding */ InvalidDeploymentStatusException),
/* harmony export */   V$: () => (/* binding */ InvalidDeploymentIdException),
/* harmony export */   VP: () => (/* binding */ DeploymentConfigLimitExceededException),
/* harmony export */   Vz: () => (/* binding */ DeploymentTargetDoesNotExistException),
/* harmony export */   WJ: () => (/* binding */ InvalidRevisionException),
/* harmony export */   X8: () => (/* binding */ InvalidTriggerConfigException),
/* harmony export */   XB: () => (/* binding */ InvalidTargetFilterNameException),
/* harmony export */   Xh: () => (/* binding */ InvalidIgnoreApplicationStopFailuresValueException),
/* harmony export */   Xs: () => (/* binding */ InvalidDeploymentConfigNameException),
/* harmony export */   Z9: () => (/* binding */ InvalidBlueGreenDeploymentConfigurationException),
/* harmony export */   ZC: () => (/* binding */ LifecycleEventAlreadyCompletedException),
/* harmony export */   _5: () => (/* binding */ InvalidZonalDeploymentConfigurationException),
/* harmony export */   _b: () => (/* binding */ InvalidApplicationNameException),
/* harmony export */   aY: () => (/* binding */ GitHubAccountTokenDoesNotExistException),
/* harmony export */   ak: () => (/* binding */ InvalidTagsToAddException),
/* harmony export */   cJ: () => (/* binding */ InvalidRegistrationStatusException),
/* harmony export */   cj: () => (/* binding */ InstanceNameAlreadyRegisteredException),
/* harmony export */   dJ: () => (/* binding */ DeploymentIdRequiredException),
/* harmony export */   dX: () => (/* binding */ InvalidEC2TagException),
/* harmony export */   dc: () => (/* binding */ InvalidSortOrderException),
/* harmony export */   e4: () => (/* binding */ InvalidInstanceTypeException),
/* harmony export */   fV: () => (/* binding */ InstanceNameRequiredException),
/* harmony export */   ff: () => (/* binding */ ApplicationDoesNotExistException),
/* harmony export */   g: () => (/* binding */ InvalidTrafficRoutingConfigurationException),
/* harmony export */   g1: () => (/* binding */ InstanceNotRegisteredException),
/* harmony export */   gZ: () => (/* binding */ InvalidAlarmConfigException),
/* harmony export */   hI: () => (/* binding */ InstanceLimitExceededException),
/* harmony export */   hS: () => (/* binding */ RoleRequiredException),
/* harmony export */   hX: () => (/* binding */ InvalidNextTokenException),
/* harmony export */   iW: () => (/* binding */ AlarmsLimitExceededException),
/* harmony export */   j3: () => (/* binding */ InvalidInstanceNameException),
/* harmony export */   jA: () => (/* binding */ LifecycleHookLimitExceededException),
/* harmony export */   jl: () => (/* binding */ InvalidDeploymentStyleException),
/* harmony export */   km: () => (/* binding */ InvalidLifecycleEventHookExecutionStatusException),
/* harmony export */   l$: () => (/* binding */ TagRequiredException),
/* harmony export */   lX: () => (/* binding */ TagSetListLimitExceededException),
/* harmony export */   mO: () => (/* binding */ DeploymentTargetIdRequiredException),
/* harmony export */   mV: () => (/* binding */ ApplicationLimitExceededException),
/* harmony export */   nO: () => (/* binding */ DeploymentConfigNameRequiredException),
/* harmony export */   nZ: () => (/* binding */ DeploymentConfigAlreadyExistsException),
/* harmony export */   nr: () => (/* binding */ DeploymentNotStartedException),
/* harmony export */   o6: () => (/* binding */ InvalidDeploymentGroupNameException),
/* harmony export */   oB: () => (/* binding */ InvalidDeploymentTargetIdException),
/* harmony export */   of: () => (/* binding */ IamSessionArnAlreadyRegisteredException),
/* harmony export */   op: () => (/* binding */ InvalidTargetInstancesException),
/* harmony export */   ou: () => (/* binding */ ECSServiceMappingLimitExceededException),
/* harmony export */   qn: () => (/* binding */ InvalidSortByException),
/* harmony export */   rR: () => (/* binding */ InvalidMinimumHealthyHostValueException),
/* harmony export */   rY: () => (/* binding */ InvalidLoadBalancerInfoException),
/* harmony export */   rs: () => (/* binding */ InvalidTimeRangeException),
/* harmony export */   s0: () => (/* binding */ InvalidInstanceStatusException),
/* harmony export */   tR: () => (/* binding */ InvalidLifecycleEventHookExecutionIdException),
/* harmony export */   ti: () => (/* binding */ InvalidTagException),
/* harmony export */   tt: () => (/* binding */ InvalidDeploymentWaitTypeException),
/* harmony export */   uZ: () => (/* binding */ RevisionRequiredException),
/* harmony export */   ug: () => (/* binding */ InvalidGitHubAccountTokenException),
/* harmony export */   vw: () => (/* binding */ InvalidExternalIdException),
/* harmony export */   w$: () => (/* binding */ InvalidArnException),
/* harmony export */   w4: () => (/* binding */ MultipleIamArnsProvidedException),
/* harmony export */   wR: () => (/* binding */ BucketNameFilterRequiredException),
/* harmony export */   wf: () => (/* binding */ InvalidAutoScalingGroupException),
/* harmony export */   x5: () => (/* binding */ ThrottlingException),
/* harmony export */   y5: () => (/* binding */ IamUserArnRequiredException),
/* harmony export */   yO: () => (/* binding */ InvalidBucketNameFilterException),
/* harmony export */   yR: () => (/* binding */ DeploymentGroupLimitExceededException),
/* harmony export */   yf: () => (/* binding */ ArnNotSupportedException),
/* harmony export */   z5: () => (/* binding */ InvalidInputException),
/* harmony export */   z9: () => (/* binding */ DeploymentLimitExceededException),
/* harmony export */   zk: () => (/* binding */ DeploymentConfigInUseException),
/* harmony export */   zo: () => (/* binding */ InvalidUpdateOutdatedInstancesOnlyValueException)
/* harmony export */ });
/* harmony import */ var _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4274);

class InstanceLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InstanceLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceLimitExceededException.prototype);
    }
}
class InstanceNameRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InstanceNameRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceNameRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceNameRequiredException.prototype);
    }
}
class InstanceNotRegisteredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InstanceNotRegisteredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceNotRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceNotRegisteredException.prototype);
    }
}
class InvalidInstanceNameException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidInstanceNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidInstanceNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInstanceNameException.prototype);
    }
}
class InvalidTagException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTagException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTagException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTagException.prototype);
    }
}
class TagLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "TagLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagLimitExceededException.prototype);
    }
}
class TagRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "TagRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagRequiredException.prototype);
    }
}
class AlarmsLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "AlarmsLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AlarmsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AlarmsLimitExceededException.prototype);
    }
}
class ApplicationAlreadyExistsException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ApplicationAlreadyExistsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ApplicationAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ApplicationAlreadyExistsException.prototype);
    }
}
class ApplicationDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ApplicationDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ApplicationDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ApplicationDoesNotExistException.prototype);
    }
}
class ApplicationLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ApplicationLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ApplicationLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ApplicationLimitExceededException.prototype);
    }
}
class ApplicationNameRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ApplicationNameRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ApplicationNameRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ApplicationNameRequiredException.prototype);
    }
}
class ArnNotSupportedException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ArnNotSupportedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ArnNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ArnNotSupportedException.prototype);
    }
}
class BatchLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "BatchLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BatchLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BatchLimitExceededException.prototype);
    }
}
class InvalidApplicationNameException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidApplicationNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidApplicationNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidApplicationNameException.prototype);
    }
}
class InvalidRevisionException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidRevisionException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidRevisionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRevisionException.prototype);
    }
}
class RevisionRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "RevisionRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RevisionRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RevisionRequiredException.prototype);
    }
}
class DeploymentConfigDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentConfigDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentConfigDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentConfigDoesNotExistException.prototype);
    }
}
class DeploymentGroupNameRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentGroupNameRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentGroupNameRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentGroupNameRequiredException.prototype);
    }
}
class InvalidDeploymentGroupNameException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentGroupNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentGroupNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentGroupNameException.prototype);
    }
}
class DeploymentDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentDoesNotExistException.prototype);
    }
}
class DeploymentIdRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentIdRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentIdRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentIdRequiredException.prototype);
    }
}
class InstanceIdRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InstanceIdRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceIdRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceIdRequiredException.prototype);
    }
}
class InvalidComputePlatformException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidComputePlatformException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidComputePlatformException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidComputePlatformException.prototype);
    }
}
class InvalidDeploymentIdException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentIdException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentIdException.prototype);
    }
}
class DeploymentNotStartedException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentNotStartedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentNotStartedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentNotStartedException.prototype);
    }
}
class DeploymentTargetDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentTargetDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentTargetDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentTargetDoesNotExistException.prototype);
    }
}
class DeploymentTargetIdRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentTargetIdRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentTargetIdRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentTargetIdRequiredException.prototype);
    }
}
class DeploymentTargetListSizeExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentTargetListSizeExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentTargetListSizeExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentTargetListSizeExceededException.prototype);
    }
}
class InstanceDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InstanceDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceDoesNotExistException.prototype);
    }
}
class InvalidDeploymentTargetIdException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentTargetIdException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentTargetIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentTargetIdException.prototype);
    }
}
class BucketNameFilterRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "BucketNameFilterRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BucketNameFilterRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BucketNameFilterRequiredException.prototype);
    }
}
class DeploymentAlreadyCompletedException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentAlreadyCompletedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentAlreadyCompletedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentAlreadyCompletedException.prototype);
    }
}
class DeploymentIsNotInReadyStateException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentIsNotInReadyStateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentIsNotInReadyStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentIsNotInReadyStateException.prototype);
    }
}
class InvalidDeploymentStatusException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentStatusException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentStatusException.prototype);
    }
}
class InvalidDeploymentWaitTypeException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentWaitTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentWaitTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentWaitTypeException.prototype);
    }
}
class UnsupportedActionForDeploymentTypeException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "UnsupportedActionForDeploymentTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnsupportedActionForDeploymentTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedActionForDeploymentTypeException.prototype);
    }
}
class InvalidTagsToAddException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTagsToAddException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTagsToAddException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTagsToAddException.prototype);
    }
}
class ThrottlingException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class DeploymentGroupDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentGroupDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentGroupDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentGroupDoesNotExistException.prototype);
    }
}
class DeploymentLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentLimitExceededException.prototype);
    }
}
class DescriptionTooLongException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DescriptionTooLongException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DescriptionTooLongException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DescriptionTooLongException.prototype);
    }
}
class InvalidAlarmConfigException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidAlarmConfigException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidAlarmConfigException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidAlarmConfigException.prototype);
    }
}
class InvalidAutoRollbackConfigException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidAutoRollbackConfigException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidAutoRollbackConfigException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidAutoRollbackConfigException.prototype);
    }
}
class InvalidAutoScalingGroupException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidAutoScalingGroupException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidAutoScalingGroupException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidAutoScalingGroupException.prototype);
    }
}
class InvalidDeploymentConfigNameException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentConfigNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentConfigNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentConfigNameException.prototype);
    }
}
class InvalidECSServiceException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidECSServiceException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidECSServiceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidECSServiceException.prototype);
    }
}
class InvalidFileExistsBehaviorException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidFileExistsBehaviorException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidFileExistsBehaviorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidFileExistsBehaviorException.prototype);
    }
}
class InvalidGitHubAccountTokenException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidGitHubAccountTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidGitHubAccountTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidGitHubAccountTokenException.prototype);
    }
}
class InvalidIgnoreApplicationStopFailuresValueException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidIgnoreApplicationStopFailuresValueException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidIgnoreApplicationStopFailuresValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidIgnoreApplicationStopFailuresValueException.prototype);
    }
}
class InvalidInputException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidInputException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidInputException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInputException.prototype);
    }
}
class InvalidLoadBalancerInfoException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidLoadBalancerInfoException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidLoadBalancerInfoException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidLoadBalancerInfoException.prototype);
    }
}
class InvalidRoleException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidRoleException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidRoleException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRoleException.prototype);
    }
}
class InvalidTargetInstancesException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTargetInstancesException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTargetInstancesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTargetInstancesException.prototype);
    }
}
class InvalidTrafficRoutingConfigurationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTrafficRoutingConfigurationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTrafficRoutingConfigurationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTrafficRoutingConfigurationException.prototype);
    }
}
class InvalidUpdateOutdatedInstancesOnlyValueException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidUpdateOutdatedInstancesOnlyValueException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidUpdateOutdatedInstancesOnlyValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidUpdateOutdatedInstancesOnlyValueException.prototype);
    }
}
class RevisionDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "RevisionDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RevisionDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RevisionDoesNotExistException.prototype);
    }
}
class DeploymentConfigAlreadyExistsException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentConfigAlreadyExistsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentConfigAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentConfigAlreadyExistsException.prototype);
    }
}
class DeploymentConfigLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentConfigLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentConfigLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentConfigLimitExceededException.prototype);
    }
}
class DeploymentConfigNameRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentConfigNameRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentConfigNameRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentConfigNameRequiredException.prototype);
    }
}
class InvalidMinimumHealthyHostValueException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidMinimumHealthyHostValueException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidMinimumHealthyHostValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidMinimumHealthyHostValueException.prototype);
    }
}
class InvalidZonalDeploymentConfigurationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidZonalDeploymentConfigurationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidZonalDeploymentConfigurationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidZonalDeploymentConfigurationException.prototype);
    }
}
class DeploymentGroupAlreadyExistsException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentGroupAlreadyExistsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentGroupAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentGroupAlreadyExistsException.prototype);
    }
}
class DeploymentGroupLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentGroupLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentGroupLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentGroupLimitExceededException.prototype);
    }
}
class ECSServiceMappingLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ECSServiceMappingLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ECSServiceMappingLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ECSServiceMappingLimitExceededException.prototype);
    }
}
class InvalidBlueGreenDeploymentConfigurationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidBlueGreenDeploymentConfigurationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidBlueGreenDeploymentConfigurationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidBlueGreenDeploymentConfigurationException.prototype);
    }
}
class InvalidDeploymentStyleException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentStyleException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentStyleException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentStyleException.prototype);
    }
}
class InvalidEC2TagCombinationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidEC2TagCombinationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidEC2TagCombinationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEC2TagCombinationException.prototype);
    }
}
class InvalidEC2TagException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidEC2TagException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidEC2TagException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEC2TagException.prototype);
    }
}
class InvalidOnPremisesTagCombinationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidOnPremisesTagCombinationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidOnPremisesTagCombinationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidOnPremisesTagCombinationException.prototype);
    }
}
class InvalidTargetGroupPairException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTargetGroupPairException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTargetGroupPairException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTargetGroupPairException.prototype);
    }
}
class InvalidTriggerConfigException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTriggerConfigException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTriggerConfigException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTriggerConfigException.prototype);
    }
}
class LifecycleHookLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "LifecycleHookLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LifecycleHookLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LifecycleHookLimitExceededException.prototype);
    }
}
class RoleRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "RoleRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RoleRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RoleRequiredException.prototype);
    }
}
class TagSetListLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "TagSetListLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagSetListLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagSetListLimitExceededException.prototype);
    }
}
class TriggerTargetsLimitExceededException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "TriggerTargetsLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TriggerTargetsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TriggerTargetsLimitExceededException.prototype);
    }
}
class DeploymentConfigInUseException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "DeploymentConfigInUseException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeploymentConfigInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeploymentConfigInUseException.prototype);
    }
}
class InvalidOperationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidOperationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidOperationException.prototype);
    }
}
class GitHubAccountTokenDoesNotExistException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "GitHubAccountTokenDoesNotExistException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GitHubAccountTokenDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GitHubAccountTokenDoesNotExistException.prototype);
    }
}
class GitHubAccountTokenNameRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "GitHubAccountTokenNameRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GitHubAccountTokenNameRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GitHubAccountTokenNameRequiredException.prototype);
    }
}
class InvalidGitHubAccountTokenNameException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidGitHubAccountTokenNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidGitHubAccountTokenNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidGitHubAccountTokenNameException.prototype);
    }
}
class OperationNotSupportedException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "OperationNotSupportedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OperationNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotSupportedException.prototype);
    }
}
class ResourceValidationException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ResourceValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceValidationException.prototype);
    }
}
class InvalidBucketNameFilterException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidBucketNameFilterException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidBucketNameFilterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidBucketNameFilterException.prototype);
    }
}
class InvalidDeployedStateFilterException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeployedStateFilterException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeployedStateFilterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeployedStateFilterException.prototype);
    }
}
class InvalidKeyPrefixFilterException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidKeyPrefixFilterException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidKeyPrefixFilterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidKeyPrefixFilterException.prototype);
    }
}
class InvalidNextTokenException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidNextTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
    }
}
class InvalidSortByException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidSortByException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidSortByException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSortByException.prototype);
    }
}
class InvalidSortOrderException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidSortOrderException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidSortOrderException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSortOrderException.prototype);
    }
}
class InvalidDeploymentInstanceTypeException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidDeploymentInstanceTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDeploymentInstanceTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDeploymentInstanceTypeException.prototype);
    }
}
class InvalidInstanceStatusException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidInstanceStatusException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidInstanceStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInstanceStatusException.prototype);
    }
}
class InvalidInstanceTypeException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidInstanceTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidInstanceTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInstanceTypeException.prototype);
    }
}
class InvalidTargetFilterNameException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTargetFilterNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTargetFilterNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTargetFilterNameException.prototype);
    }
}
class InvalidExternalIdException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidExternalIdException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidExternalIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidExternalIdException.prototype);
    }
}
class InvalidTimeRangeException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTimeRangeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTimeRangeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTimeRangeException.prototype);
    }
}
class InvalidRegistrationStatusException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidRegistrationStatusException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidRegistrationStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRegistrationStatusException.prototype);
    }
}
class InvalidTagFilterException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidTagFilterException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTagFilterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTagFilterException.prototype);
    }
}
class InvalidArnException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidArnException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidArnException.prototype);
    }
}
class ResourceArnRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "ResourceArnRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceArnRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceArnRequiredException.prototype);
    }
}
class InvalidLifecycleEventHookExecutionIdException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidLifecycleEventHookExecutionIdException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidLifecycleEventHookExecutionIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidLifecycleEventHookExecutionIdException.prototype);
    }
}
class InvalidLifecycleEventHookExecutionStatusException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidLifecycleEventHookExecutionStatusException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidLifecycleEventHookExecutionStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidLifecycleEventHookExecutionStatusException.prototype);
    }
}
class LifecycleEventAlreadyCompletedException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "LifecycleEventAlreadyCompletedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LifecycleEventAlreadyCompletedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LifecycleEventAlreadyCompletedException.prototype);
    }
}
class IamArnRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "IamArnRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IamArnRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IamArnRequiredException.prototype);
    }
}
class IamSessionArnAlreadyRegisteredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "IamSessionArnAlreadyRegisteredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IamSessionArnAlreadyRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IamSessionArnAlreadyRegisteredException.prototype);
    }
}
class IamUserArnAlreadyRegisteredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "IamUserArnAlreadyRegisteredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IamUserArnAlreadyRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IamUserArnAlreadyRegisteredException.prototype);
    }
}
class IamUserArnRequiredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "IamUserArnRequiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IamUserArnRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IamUserArnRequiredException.prototype);
    }
}
class InstanceNameAlreadyRegisteredException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InstanceNameAlreadyRegisteredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceNameAlreadyRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceNameAlreadyRegisteredException.prototype);
    }
}
class InvalidIamSessionArnException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidIamSessionArnException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidIamSessionArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidIamSessionArnException.prototype);
    }
}
class InvalidIamUserArnException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "InvalidIamUserArnException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidIamUserArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidIamUserArnException.prototype);
    }
}
class MultipleIamArnsProvidedException extends _CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_0__/* .CodeDeployServiceException */ .z {
    name = "MultipleIamArnsProvidedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MultipleIamArnsProvidedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MultipleIamArnsProvidedException.prototype);
    }
}


/***/ }),

/***/ 8387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$H: () => (/* binding */ InvalidTriggerConfigException$),
/* harmony export */   $1i: () => (/* binding */ TimeBasedCanary$),
/* harmony export */   $Ao: () => (/* binding */ IamUserArnAlreadyRegisteredException$),
/* harmony export */   $CG: () => (/* binding */ DeploymentNotStartedException$),
/* harmony export */   $Q$: () => (/* binding */ ListApplicationRevisions$),
/* harmony export */   $Uq: () => (/* binding */ InvalidTargetGroupPairException$),
/* harmony export */   $dK: () => (/* binding */ ListDeploymentGroupsOutput$),
/* harmony export */   $sv: () => (/* binding */ CreateDeploymentConfigOutput$),
/* harmony export */   ADH: () => (/* binding */ CreateApplicationOutput$),
/* harmony export */   AKl: () => (/* binding */ InvalidLifecycleEventHookExecutionStatusException$),
/* harmony export */   AOV: () => (/* binding */ ListDeploymentGroupsInput$),
/* harmony export */   AUX: () => (/* binding */ UntagResource$),
/* harmony export */   AiH: () => (/* binding */ InvalidEC2TagCombinationException$),
/* harmony export */   BaE: () => (/* binding */ BatchGetDeploymentInstancesOutput$),
/* harmony export */   Ba_: () => (/* binding */ LifecycleHookLimitExceededException$),
/* harmony export */   Baf: () => (/* binding */ GetApplicationRevisionOutput$),
/* harmony export */   Bbw: () => (/* binding */ IamArnRequiredException$),
/* harmony export */   Bto: () => (/* binding */ TriggerConfig$),
/* harmony export */   BuS: () => (/* binding */ GetDeploymentTargetInput$),
/* harmony export */   ByD: () => (/* binding */ RegisterApplicationRevision$),
/* harmony export */   CD$: () => (/* binding */ DeploymentInfo$),
/* harmony export */   CE0: () => (/* binding */ DeleteGitHubAccountTokenOutput$),
/* harmony export */   Cm5: () => (/* binding */ OnPremisesTagSet$),
/* harmony export */   D67: () => (/* binding */ RegisterApplicationRevisionInput$),
/* harmony export */   D8: () => (/* binding */ DeploymentGroupInfo$),
/* harmony export */   DVj: () => (/* binding */ ListGitHubAccountTokenNamesOutput$),
/* harmony export */   EFo: () => (/* binding */ InvalidAutoScalingGroupException$),
/* harmony export */   EGy: () => (/* binding */ LastDeploymentInfo$),
/* harmony export */   EHZ: () => (/* binding */ GetDeployment$),
/* harmony export */   ELS: () => (/* binding */ ListDeploymentTargets$),
/* harmony export */   ERq: () => (/* binding */ RevisionInfo$),
/* harmony export */   ETO: () => (/* binding */ DeploymentDoesNotExistException$),
/* harmony export */   E_J: () => (/* binding */ BatchGetApplicationsInput$),
/* harmony export */   Eme: () => (/* binding */ GetApplicationRevisionInput$),
/* harmony export */   EpT: () => (/* binding */ TriggerTargetsLimitExceededException$),
/* harmony export */   F$b: () => (/* binding */ DeploymentIsNotInReadyStateException$),
/* harmony export */   FLI: () => (/* binding */ ErrorInformation$),
/* harmony export */   FMD: () => (/* binding */ InvalidLoadBalancerInfoException$),
/* harmony export */   FQ_: () => (/* binding */ Diagnostics$),
/* harmony export */   FgI: () => (/* binding */ InvalidNextTokenException$),
/* harmony export */   FuY: () => (/* binding */ MinimumHealthyHosts$),
/* harmony export */   GBE: () => (/* binding */ UpdateDeploymentGroupInput$),
/* harmony export */   GJp: () => (/* binding */ ListDeploymentInstancesInput$),
/* harmony export */   GcE: () => (/* binding */ GreenFleetProvisioningOption$),
/* harmony export */   Gip: () => (/* binding */ ListOnPremisesInstances$),
/* harmony export */   GoX: () => (/* binding */ GetDeploymentTargetOutput$),
/* harmony export */   GpI: () => (/* binding */ UpdateApplicationInput$),
/* harmony export */   Gtp: () => (/* binding */ RegisterOnPremisesInstance$),
/* harmony export */   H_D: () => (/* binding */ ContinueDeploymentInput$),
/* harmony export */   Hrn: () => (/* binding */ LambdaTarget$),
/* harmony export */   HyK: () => (/* binding */ DeploymentOverview$),
/* harmony export */   IDt: () => (/* binding */ RelatedDeployments$),
/* harmony export */   IEt: () => (/* binding */ ListApplicationsInput$),
/* harmony export */   IOH: () => (/* binding */ BatchGetDeploymentGroups$),
/* harmony export */   IY: () => (/* binding */ BatchGetDeploymentsOutput$),
/* harmony export */   Ih_: () => (/* binding */ AlarmsLimitExceededException$),
/* harmony export */   IjV: () => (/* binding */ DeleteDeploymentGroupInput$),
/* harmony export */   IlB: () => (/* binding */ CreateDeploymentConfig$),
/* harmony export */   J6G: () => (/* binding */ CodeDeployServiceException$),
/* harmony export */   JH1: () => (/* binding */ DeleteDeploymentGroupOutput$),
/* harmony export */   JIV: () => (/* binding */ ListDeploymentInstancesOutput$),
/* harmony export */   JkM: () => (/* binding */ UpdateDeploymentGroupOutput$),
/* harmony export */   Jn0: () => (/* binding */ GetDeploymentOutput$),
/* harmony export */   Jqp: () => (/* binding */ TagResource$),
/* harmony export */   JuT: () => (/* binding */ ZonalConfig$),
/* harmony export */   K4M: () => (/* binding */ TagLimitExceededException$),
/* harmony export */   KTk: () => (/* binding */ CreateDeployment$),
/* harmony export */   KbH: () => (/* binding */ GetApplicationRevision$),
/* harmony export */   Kf0: () => (/* binding */ ListDeploymentsOutput$),
/* harmony export */   Kl7: () => (/* binding */ BatchGetApplications$),
/* harmony export */   Kz8: () => (/* binding */ AutoScalingGroup$),
/* harmony export */   L94: () => (/* binding */ InvalidDeploymentConfigNameException$),
/* harmony export */   LhB: () => (/* binding */ BatchGetApplicationsOutput$),
/* harmony export */   M$N: () => (/* binding */ GetDeploymentInput$),
/* harmony export */   M2W: () => (/* binding */ InvalidZonalDeploymentConfigurationException$),
/* harmony export */   M4r: () => (/* binding */ InvalidIamUserArnException$),
/* harmony export */   MEJ: () => (/* binding */ GetDeploymentGroupOutput$),
/* harmony export */   MF_: () => (/* binding */ ListDeploymentConfigsOutput$),
/* harmony export */   MXl: () => (/* binding */ BatchGetDeploymentTargetsInput$),
/* harmony export */   N83: () => (/* binding */ LoadBalancerInfo$),
/* harmony export */   NBM: () => (/* binding */ DeploymentConfigAlreadyExistsException$),
/* harmony export */   NEi: () => (/* binding */ DeploymentIdRequiredException$),
/* harmony export */   NgO: () => (/* binding */ GenericRevisionInfo$),
/* harmony export */   NiN: () => (/* binding */ InvalidTagFilterException$),
/* harmony export */   O28: () => (/* binding */ BatchLimitExceededException$),
/* harmony export */   OHi: () => (/* binding */ UpdateApplication$),
/* harmony export */   OL4: () => (/* binding */ ECSServiceMappingLimitExceededException$),
/* harmony export */   Ofp: () => (/* binding */ InvalidTrafficRoutingConfigurationException$),
/* harmony export */   Oud: () => (/* binding */ S3Location$),
/* harmony export */   PJ3: () => (/* binding */ InvalidDeploymentWaitTypeException$),
/* harmony export */   PQs: () => (/* binding */ GetDeploymentTarget$),
/* harmony export */   PnN: () => (/* binding */ UntagResourceOutput$),
/* harmony export */   Pvk: () => (/* binding */ AddTagsToOnPremisesInstances$),
/* harmony export */   QEe: () => (/* binding */ RegisterOnPremisesInstanceInput$),
/* harmony export */   QGv: () => (/* binding */ GetDeploymentConfig$),
/* harmony export */   QMt: () => (/* binding */ TagSetListLimitExceededException$),
/* harmony export */   Qll: () => (/* binding */ BatchGetOnPremisesInstances$),
/* harmony export */   Qud: () => (/* binding */ GetDeploymentInstanceOutput$),
/* harmony export */   R$c: () => (/* binding */ InvalidFileExistsBehaviorException$),
/* harmony export */   R1_: () => (/* binding */ RoleRequiredException$),
/* harmony export */   R5J: () => (/* binding */ InvalidGitHubAccountTokenNameException$),
/* harmony export */   RDx: () => (/* binding */ InvalidECSServiceException$),
/* harmony export */   RQQ: () => (/* binding */ DeleteGitHubAccountTokenInput$),
/* harmony export */   RRf: () => (/* binding */ InvalidTagException$),
/* harmony export */   RU0: () => (/* binding */ Tag$),
/* harmony export */   Rin: () => (/* binding */ StopDeploymentOutput$),
/* harmony export */   RkG: () => (/* binding */ ListDeploymentConfigsInput$),
/* harmony export */   Rn5: () => (/* binding */ DeleteResourcesByExternalIdOutput$),
/* harmony export */   S0B: () => (/* binding */ ApplicationAlreadyExistsException$),
/* harmony export */   S6f: () => (/* binding */ InstanceDoesNotExistException$),
/* harmony export */   SYS: () => (/* binding */ InvalidInstanceTypeException$),
/* harmony export */   Sap: () => (/* binding */ DeploymentAlreadyCompletedException$),
/* harmony export */   T9t: () => (/* binding */ InvalidIamSessionArnException$),
/* harmony export */   TAi: () => (/* binding */ ListDeploymentTargetsOutput$),
/* harmony export */   TI3: () => (/* binding */ BatchGetDeploymentsInput$),
/* harmony export */   TWC: () => (/* binding */ InstanceLimitExceededException$),
/* harmony export */   Tbp: () => (/* binding */ TrafficRoute$),
/* harmony export */   Tzn: () => (/* binding */ ListTagsForResource$),
/* harmony export */   U6w: () => (/* binding */ ListApplications$),
/* harmony export */   U89: () => (/* binding */ ArnNotSupportedException$),
/* harmony export */   UT8: () => (/* binding */ DeleteResourcesByExternalId$),
/* harmony export */   Ubx: () => (/* binding */ InvalidDeploymentTargetIdException$),
/* harmony export */   UcA: () => (/* binding */ DeploymentGroupLimitExceededException$),
/* harmony export */   Utc: () => (/* binding */ BatchGetDeploymentTargets$),
/* harmony export */   VWA: () => (/* binding */ InstanceIdRequiredException$),
/* harmony export */   ViH: () => (/* binding */ InvalidExternalIdException$),
/* harmony export */   VkH: () => (/* binding */ ListApplicationsOutput$),
/* harmony export */   Vt2: () => (/* binding */ InvalidDeploymentInstanceTypeException$),
/* harmony export */   W5f: () => (/* binding */ InvalidDeploymentStatusException$),
/* harmony export */   WC0: () => (/* binding */ InstanceNotRegisteredException$),
/* harmony export */   WH8: () => (/* binding */ BatchGetDeploymentInstancesInput$),
/* harmony export */   WSM: () => (/* binding */ DeleteResourcesByExternalIdInput$),
/* harmony export */   Wpn: () => (/* binding */ ListGitHubAccountTokenNamesInput$),
/* harmony export */   Wt9: () => (/* binding */ InvalidRevisionException$),
/* harmony export */   XBY: () => (/* binding */ CreateDeploymentGroupInput$),
/* harmony export */   XGu: () => (/* binding */ EC2TagSet$),
/* harmony export */   XLo: () => (/* binding */ InvalidEC2TagException$),
/* harmony export */   X_U: () => (/* binding */ InvalidDeploymentStyleException$),
/* harmony export */   Xcs: () => (/* binding */ GetDeploymentGroupInput$),
/* harmony export */   Xko: () => (/* binding */ GitHubLocation$),
/* harmony export */   Xoh: () => (/* binding */ ListOnPremisesInstancesOutput$),
/* harmony export */   XwD: () => (/* binding */ CreateDeploymentGroup$),
/* harmony export */   XxJ: () => (/* binding */ InvalidComputePlatformException$),
/* harmony export */   YA6: () => (/* binding */ InvalidOperationException$),
/* harmony export */   YCL: () => (/* binding */ StopDeployment$),
/* harmony export */   Ylo: () => (/* binding */ InvalidArnException$),
/* harmony export */   ZR8: () => (/* binding */ BatchGetDeploymentTargetsOutput$),
/* harmony export */   Za9: () => (/* binding */ DeploymentTarget$),
/* harmony export */   _KA: () => (/* binding */ InvalidTargetInstancesException$),
/* harmony export */   _eX: () => (/* binding */ ApplicationNameRequiredException$),
/* harmony export */   _uw: () => (/* binding */ DeleteApplication$),
/* harmony export */   a$x: () => (/* binding */ DeploymentConfigDoesNotExistException$),
/* harmony export */   a6R: () => (/* binding */ DeleteDeploymentGroup$),
/* harmony export */   aGk: () => (/* binding */ DeploymentConfigInfo$),
/* harmony export */   aL4: () => (/* binding */ ELBInfo$),
/* harmony export */   b04: () => (/* binding */ ApplicationInfo$),
/* harmony export */   b0M: () => (/* binding */ DeregisterOnPremisesInstance$),
/* harmony export */   b0m: () => (/* binding */ InvalidSortOrderException$),
/* harmony export */   b2t: () => (/* binding */ GetDeploymentInstanceInput$),
/* harmony export */   bTU: () => (/* binding */ BlueGreenDeploymentConfiguration$),
/* harmony export */   c0G: () => (/* binding */ InstanceSummary$),
/* harmony export */   cfV: () => (/* binding */ CreateDeploymentConfigInput$),
/* harmony export */   coI: () => (/* binding */ GetDeploymentConfigInput$),
/* harmony export */   d3S: () => (/* binding */ InvalidInstanceNameException$),
/* harmony export */   d8m: () => (/* binding */ DeploymentConfigInUseException$),
/* harmony export */   dGN: () => (/* binding */ TargetGroupPairInfo$),
/* harmony export */   dP2: () => (/* binding */ ECSService$),
/* harmony export */   dTT: () => (/* binding */ RollbackInfo$),
/* harmony export */   dXn: () => (/* binding */ BatchGetOnPremisesInstancesOutput$),
/* harmony export */   dqz: () => (/* binding */ InvalidTimeRangeException$),
/* harmony export */   e6A: () => (/* binding */ GitHubAccountTokenDoesNotExistException$),
/* harmony export */   eeo: () => (/* binding */ InstanceNameAlreadyRegisteredException$),
/* harmony export */   epW: () => (/* binding */ InstanceInfo$),
/* harmony export */   evi: () => (/* binding */ ResourceArnRequiredException$),
/* harmony export */   f0F: () => (/* binding */ PutLifecycleEventHookExecutionStatusInput$),
/* harmony export */   fcR: () => (/* binding */ GetApplicationInput$),
/* harmony export */   fv9: () => (/* binding */ CreateDeploymentOutput$),
/* harmony export */   fyM: () => (/* binding */ AddTagsToOnPremisesInstancesInput$),
/* harmony export */   fzP: () => (/* binding */ DeploymentConfigLimitExceededException$),
/* harmony export */   g22: () => (/* binding */ InvalidKeyPrefixFilterException$),
/* harmony export */   gF2: () => (/* binding */ DeploymentTargetIdRequiredException$),
/* harmony export */   gRT: () => (/* binding */ DeploymentGroupAlreadyExistsException$),
/* harmony export */   gU4: () => (/* binding */ UntagResourceInput$),
/* harmony export */   gWc: () => (/* binding */ InvalidDeployedStateFilterException$),
/* harmony export */   gZN: () => (/* binding */ DescriptionTooLongException$),
/* harmony export */   gam: () => (/* binding */ ApplicationLimitExceededException$),
/* harmony export */   gr$: () => (/* binding */ AlarmConfiguration$),
/* harmony export */   h1A: () => (/* binding */ InvalidIgnoreApplicationStopFailuresValueException$),
/* harmony export */   hKr: () => (/* binding */ InvalidDeploymentIdException$),
/* harmony export */   hZ5: () => (/* binding */ RemoveTagsFromOnPremisesInstancesInput$),
/* harmony export */   hgf: () => (/* binding */ GetDeploymentConfigOutput$),
/* harmony export */   hlV: () => (/* binding */ DeleteGitHubAccountToken$),
/* harmony export */   hms: () => (/* binding */ ListApplicationRevisionsInput$),
/* harmony export */   i3Z: () => (/* binding */ TrafficRoutingConfig$),
/* harmony export */   iy1: () => (/* binding */ ListApplicationRevisionsOutput$),
/* harmony export */   j8v: () => (/* binding */ DeploymentGroupDoesNotExistException$),
/* harmony export */   jYK: () => (/* binding */ ListDeploymentsInput$),
/* harmony export */   j_Y: () => (/* binding */ EC2TagFilter$),
/* harmony export */   jdY: () => (/* binding */ BatchGetDeployments$),
/* harmony export */   jej: () => (/* binding */ TagResourceInput$),
/* harmony export */   jhE: () => (/* binding */ InvalidOnPremisesTagCombinationException$),
/* harmony export */   jno: () => (/* binding */ UnsupportedActionForDeploymentTypeException$),
/* harmony export */   k1C: () => (/* binding */ DeleteApplicationInput$),
/* harmony export */   kJn: () => (/* binding */ InvalidGitHubAccountTokenException$),
/* harmony export */   kPU: () => (/* binding */ InvalidTagsToAddException$),
/* harmony export */   kkZ: () => (/* binding */ TimeBasedLinear$),
/* harmony export */   koT: () => (/* binding */ CreateDeploymentInput$),
/* harmony export */   koY: () => (/* binding */ Alarm$),
/* harmony export */   lG9: () => (/* binding */ TagRequiredException$),
/* harmony export */   lRy: () => (/* binding */ BatchGetApplicationRevisions$),
/* harmony export */   lf2: () => (/* binding */ ListDeploymentConfigs$),
/* harmony export */   lqs: () => (/* binding */ DeploymentTargetDoesNotExistException$),
/* harmony export */   m3B: () => (/* binding */ GetApplicationOutput$),
/* harmony export */   m3R: () => (/* binding */ InvalidAutoRollbackConfigException$),
/* harmony export */   m4U: () => (/* binding */ ListOnPremisesInstancesInput$),
/* harmony export */   mLL: () => (/* binding */ BatchGetDeploymentInstances$),
/* harmony export */   mqU: () => (/* binding */ SkipWaitTimeForInstanceTerminationInput$),
/* harmony export */   n2L: () => (/* binding */ CreateApplication$),
/* harmony export */   nHF: () => (/* binding */ DeploymentConfigNameRequiredException$),
/* harmony export */   nPI: () => (/* binding */ GetOnPremisesInstanceInput$),
/* harmony export */   ndb: () => (/* binding */ CreateApplicationInput$),
/* harmony export */   nf6: () => (/* binding */ RemoveTagsFromOnPremisesInstances$),
/* harmony export */   o$T: () => (/* binding */ DeploymentReadyOption$),
/* harmony export */   o1R: () => (/* binding */ InvalidAlarmConfigException$),
/* harmony export */   oFC: () => (/* binding */ DeploymentGroupNameRequiredException$),
/* harmony export */   oc: () => (/* binding */ LambdaFunctionInfo$),
/* harmony export */   onC: () => (/* binding */ CloudFormationTarget$),
/* harmony export */   osz: () => (/* binding */ InvalidApplicationNameException$),
/* harmony export */   ovz: () => (/* binding */ InvalidBucketNameFilterException$),
/* harmony export */   p0B: () => (/* binding */ InvalidBlueGreenDeploymentConfigurationException$),
/* harmony export */   p2E: () => (/* binding */ InvalidUpdateOutdatedInstancesOnlyValueException$),
/* harmony export */   p49: () => (/* binding */ DeploymentStyle$),
/* harmony export */   pV1: () => (/* binding */ InstanceNameRequiredException$),
/* harmony export */   pe6: () => (/* binding */ DeregisterOnPremisesInstanceInput$),
/* harmony export */   plT: () => (/* binding */ LifecycleEvent$),
/* harmony export */   pwP: () => (/* binding */ ECSTarget$),
/* harmony export */   q$h: () => (/* binding */ PutLifecycleEventHookExecutionStatusOutput$),
/* harmony export */   q1U: () => (/* binding */ errorTypeRegistries),
/* harmony export */   qFk: () => (/* binding */ RevisionDoesNotExistException$),
/* harmony export */   qIN: () => (/* binding */ OperationNotSupportedException$),
/* harmony export */   qMc: () => (/* binding */ DeploymentTargetListSizeExceededException$),
/* harmony export */   qMw: () => (/* binding */ TargetInstances$),
/* harmony export */   qWS: () => (/* binding */ IamSessionArnAlreadyRegisteredException$),
/* harmony export */   qYr: () => (/* binding */ BucketNameFilterRequiredException$),
/* harmony export */   qbO: () => (/* binding */ ListTagsForResourceOutput$),
/* harmony export */   qmS: () => (/* binding */ RawString$),
/* harmony export */   qoz: () => (/* binding */ CreateDeploymentGroupOutput$),
/* harmony export */   r14: () => (/* binding */ InstanceTarget$),
/* harmony export */   rB3: () => (/* binding */ BatchGetDeploymentGroupsOutput$),
/* harmony export */   rEN: () => (/* binding */ TimeRange$),
/* harmony export */   rF8: () => (/* binding */ BatchGetApplicationRevisionsInput$),
/* harmony export */   rWp: () => (/* binding */ GitHubAccountTokenNameRequiredException$),
/* harmony export */   rnI: () => (/* binding */ GetDeploymentGroup$),
/* harmony export */   rsK: () => (/* binding */ InvalidTargetFilterNameException$),
/* harmony export */   sFU: () => (/* binding */ AppSpecContent$),
/* harmony export */   sg4: () => (/* binding */ UpdateDeploymentGroup$),
/* harmony export */   sk7: () => (/* binding */ InvalidSortByException$),
/* harmony export */   t$U: () => (/* binding */ ECSTaskSet$),
/* harmony export */   tEN: () => (/* binding */ GetDeploymentInstance$),
/* harmony export */   tIZ: () => (/* binding */ DeleteDeploymentConfig$),
/* harmony export */   tLj: () => (/* binding */ BlueInstanceTerminationOption$),
/* harmony export */   tT9: () => (/* binding */ ListTagsForResourceInput$),
/* harmony export */   taA: () => (/* binding */ GetApplication$),
/* harmony export */   tyi: () => (/* binding */ ThrottlingException$),
/* harmony export */   u7v: () => (/* binding */ ListDeploymentInstances$),
/* harmony export */   uPc: () => (/* binding */ InvalidDeploymentGroupNameException$),
/* harmony export */   uUC: () => (/* binding */ BatchGetOnPremisesInstancesInput$),
/* harmony export */   u_$: () => (/* binding */ AutoRollbackConfiguration$),
/* harmony export */   ujS: () => (/* binding */ InvalidInstanceStatusException$),
/* harmony export */   ulC: () => (/* binding */ StopDeploymentInput$),
/* harmony export */   ux3: () => (/* binding */ BatchGetDeploymentGroupsInput$),
/* harmony export */   v9o: () => (/* binding */ RevisionLocation$),
/* harmony export */   vAZ: () => (/* binding */ TagFilter$),
/* harmony export */   vKr: () => (/* binding */ ApplicationDoesNotExistException$),
/* harmony export */   vPl: () => (/* binding */ InvalidLifecycleEventHookExecutionIdException$),
/* harmony export */   vtI: () => (/* binding */ ListDeployments$),
/* harmony export */   vur: () => (/* binding */ DeleteDeploymentConfigInput$),
/* harmony export */   vy6: () => (/* binding */ GetOnPremisesInstance$),
/* harmony export */   wKf: () => (/* binding */ ListGitHubAccountTokenNames$),
/* harmony export */   wa_: () => (/* binding */ MultipleIamArnsProvidedException$),
/* harmony export */   wd8: () => (/* binding */ ListDeploymentTargetsInput$),
/* harmony export */   whK: () => (/* binding */ MinimumHealthyHostsPerZone$),
/* harmony export */   wlf: () => (/* binding */ InvalidRegistrationStatusException$),
/* harmony export */   xA4: () => (/* binding */ TargetGroupInfo$),
/* harmony export */   xXb: () => (/* binding */ InvalidRoleException$),
/* harmony export */   xe$: () => (/* binding */ PutLifecycleEventHookExecutionStatus$),
/* harmony export */   xeY: () => (/* binding */ ResourceValidationException$),
/* harmony export */   xxt: () => (/* binding */ DeploymentLimitExceededException$),
/* harmony export */   y5D: () => (/* binding */ IamUserArnRequiredException$),
/* harmony export */   y9$: () => (/* binding */ TagResourceOutput$),
/* harmony export */   yLf: () => (/* binding */ RevisionRequiredException$),
/* harmony export */   yQT: () => (/* binding */ GetOnPremisesInstanceOutput$),
/* harmony export */   ySS: () => (/* binding */ SkipWaitTimeForInstanceTermination$),
/* harmony export */   ywQ: () => (/* binding */ BatchGetApplicationRevisionsOutput$),
/* harmony export */   yzH: () => (/* binding */ ListDeploymentGroups$),
/* harmony export */   z9q: () => (/* binding */ ContinueDeployment$),
/* harmony export */   zM5: () => (/* binding */ InvalidMinimumHealthyHostValueException$),
/* harmony export */   zc2: () => (/* binding */ LifecycleEventAlreadyCompletedException$),
/* harmony export */   ziI: () => (/* binding */ InvalidInputException$)
/* harmony export */ });
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6890);
/* harmony import */ var _models_CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4274);
/* harmony import */ var _models_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8607);
const _A = "Alarm";
const _AAEE = "ApplicationAlreadyExistsException";
const _AC = "AlarmConfiguration";
const _ADNEE = "ApplicationDoesNotExistException";
const _AI = "ApplicationInfo";
const _AIL = "ApplicationsInfoList";
const _AL = "AlarmList";
const _ALEE = "AlarmsLimitExceededException";
const _ALEEp = "ApplicationLimitExceededException";
const _ANRE = "ApplicationNameRequiredException";
const _ANSE = "ArnNotSupportedException";
const _ARC = "AutoRollbackConfiguration";
const _ASC = "AppSpecContent";
const _ASG = "AutoScalingGroup";
const _ASGL = "AutoScalingGroupList";
const _ATTOPI = "AddTagsToOnPremisesInstances";
const _ATTOPII = "AddTagsToOnPremisesInstancesInput";
const _BGA = "BatchGetApplications";
const _BGAI = "BatchGetApplicationsInput";
const _BGAO = "BatchGetApplicationsOutput";
const _BGAR = "BatchGetApplicationRevisions";
const _BGARI = "BatchGetApplicationRevisionsInput";
const _BGARO = "BatchGetApplicationRevisionsOutput";
const _BGD = "BatchGetDeployments";
const _BGDC = "BlueGreenDeploymentConfiguration";
const _BGDG = "BatchGetDeploymentGroups";
const _BGDGI = "BatchGetDeploymentGroupsInput";
const _BGDGO = "BatchGetDeploymentGroupsOutput";
const _BGDI = "BatchGetDeploymentsInput";
const _BGDII = "BatchGetDeploymentInstancesInput";
const _BGDIO = "BatchGetDeploymentInstancesOutput";
const _BGDIa = "BatchGetDeploymentInstances";
const _BGDO = "BatchGetDeploymentsOutput";
const _BGDT = "BatchGetDeploymentTargets";
const _BGDTI = "BatchGetDeploymentTargetsInput";
const _BGDTO = "BatchGetDeploymentTargetsOutput";
const _BGOPI = "BatchGetOnPremisesInstances";
const _BGOPII = "BatchGetOnPremisesInstancesInput";
const _BGOPIO = "BatchGetOnPremisesInstancesOutput";
const _BITO = "BlueInstanceTerminationOption";
const _BLEE = "BatchLimitExceededException";
const _BNFRE = "BucketNameFilterRequiredException";
const _CA = "CreateApplication";
const _CAI = "CreateApplicationInput";
const _CAO = "CreateApplicationOutput";
const _CD = "ContinueDeployment";
const _CDC = "CreateDeploymentConfig";
const _CDCI = "CreateDeploymentConfigInput";
const _CDCO = "CreateDeploymentConfigOutput";
const _CDG = "CreateDeploymentGroup";
const _CDGI = "CreateDeploymentGroupInput";
const _CDGO = "CreateDeploymentGroupOutput";
const _CDI = "ContinueDeploymentInput";
const _CDIr = "CreateDeploymentInput";
const _CDO = "CreateDeploymentOutput";
const _CDr = "CreateDeployment";
const _CFT = "CloudFormationTarget";
const _D = "Diagnostics";
const _DA = "DeleteApplication";
const _DACE = "DeploymentAlreadyCompletedException";
const _DAI = "DeleteApplicationInput";
const _DCAEE = "DeploymentConfigAlreadyExistsException";
const _DCDNEE = "DeploymentConfigDoesNotExistException";
const _DCI = "DeploymentConfigInfo";
const _DCIUE = "DeploymentConfigInUseException";
const _DCLEE = "DeploymentConfigLimitExceededException";
const _DCNRE = "DeploymentConfigNameRequiredException";
const _DDC = "DeleteDeploymentConfig";
const _DDCI = "DeleteDeploymentConfigInput";
const _DDG = "DeleteDeploymentGroup";
const _DDGI = "DeleteDeploymentGroupInput";
const _DDGO = "DeleteDeploymentGroupOutput";
const _DDNEE = "DeploymentDoesNotExistException";
const _DGAEE = "DeploymentGroupAlreadyExistsException";
const _DGDNEE = "DeploymentGroupDoesNotExistException";
const _DGHAT = "DeleteGitHubAccountToken";
const _DGHATI = "DeleteGitHubAccountTokenInput";
const _DGHATO = "DeleteGitHubAccountTokenOutput";
const _DGI = "DeploymentGroupInfo";
const _DGIL = "DeploymentGroupInfoList";
const _DGLEE = "DeploymentGroupLimitExceededException";
const _DGNRE = "DeploymentGroupNameRequiredException";
const _DI = "DeploymentInfo";
const _DIL = "DeploymentsInfoList";
const _DINIRSE = "DeploymentIsNotInReadyStateException";
const _DIRE = "DeploymentIdRequiredException";
const _DLEE = "DeploymentLimitExceededException";
const _DNSE = "DeploymentNotStartedException";
const _DO = "DeploymentOverview";
const _DOPI = "DeregisterOnPremisesInstance";
const _DOPII = "DeregisterOnPremisesInstanceInput";
const _DRBEI = "DeleteResourcesByExternalId";
const _DRBEII = "DeleteResourcesByExternalIdInput";
const _DRBEIO = "DeleteResourcesByExternalIdOutput";
const _DRO = "DeploymentReadyOption";
const _DS = "DeploymentStyle";
const _DT = "DeploymentTarget";
const _DTDNEE = "DeploymentTargetDoesNotExistException";
const _DTIRE = "DeploymentTargetIdRequiredException";
const _DTL = "DeploymentTargetList";
const _DTLE = "DescriptionTooLongException";
const _DTLSEE = "DeploymentTargetListSizeExceededException";
const _ECSS = "ECSService";
const _ECSSL = "ECSServiceList";
const _ECSSMLEE = "ECSServiceMappingLimitExceededException";
const _ECST = "ECSTarget";
const _ECSTS = "ECSTaskSet";
const _ECSTSL = "ECSTaskSetList";
const _ECTF = "EC2TagFilter";
const _ECTFL = "EC2TagFilterList";
const _ECTS = "EC2TagSet";
const _ECTSL = "EC2TagSetList";
const _EI = "ErrorInformation";
const _ELBI = "ELBInfo";
const _ELBIL = "ELBInfoList";
const _F = "Failed";
const _GA = "GetApplication";
const _GAI = "GetApplicationInput";
const _GAO = "GetApplicationOutput";
const _GAR = "GetApplicationRevision";
const _GARI = "GetApplicationRevisionInput";
const _GARO = "GetApplicationRevisionOutput";
const _GD = "GetDeployment";
const _GDC = "GetDeploymentConfig";
const _GDCI = "GetDeploymentConfigInput";
const _GDCO = "GetDeploymentConfigOutput";
const _GDG = "GetDeploymentGroup";
const _GDGI = "GetDeploymentGroupInput";
const _GDGO = "GetDeploymentGroupOutput";
const _GDI = "GetDeploymentInput";
const _GDII = "GetDeploymentInstanceInput";
const _GDIO = "GetDeploymentInstanceOutput";
const _GDIe = "GetDeploymentInstance";
const _GDO = "GetDeploymentOutput";
const _GDT = "GetDeploymentTarget";
const _GDTI = "GetDeploymentTargetInput";
const _GDTO = "GetDeploymentTargetOutput";
const _GFPO = "GreenFleetProvisioningOption";
const _GHATDNEE = "GitHubAccountTokenDoesNotExistException";
const _GHATNRE = "GitHubAccountTokenNameRequiredException";
const _GHL = "GitHubLocation";
const _GOPI = "GetOnPremisesInstance";
const _GOPII = "GetOnPremisesInstanceInput";
const _GOPIO = "GetOnPremisesInstanceOutput";
const _GRI = "GenericRevisionInfo";
const _IACE = "InvalidAlarmConfigException";
const _IAE = "InvalidArnException";
const _IANE = "InvalidApplicationNameException";
const _IARCE = "InvalidAutoRollbackConfigException";
const _IARE = "IamArnRequiredException";
const _IASGE = "InvalidAutoScalingGroupException";
const _IBGDCE = "InvalidBlueGreenDeploymentConfigurationException";
const _IBNFE = "InvalidBucketNameFilterException";
const _ICPE = "InvalidComputePlatformException";
const _IDCNE = "InvalidDeploymentConfigNameException";
const _IDGNE = "InvalidDeploymentGroupNameException";
const _IDIE = "InvalidDeploymentIdException";
const _IDITE = "InvalidDeploymentInstanceTypeException";
const _IDNEE = "InstanceDoesNotExistException";
const _IDSE = "InvalidDeploymentStatusException";
const _IDSEn = "InvalidDeploymentStyleException";
const _IDSFE = "InvalidDeployedStateFilterException";
const _IDTIE = "InvalidDeploymentTargetIdException";
const _IDWTE = "InvalidDeploymentWaitTypeException";
const _IECSSE = "InvalidECSServiceException";
const _IECTCE = "InvalidEC2TagCombinationException";
const _IECTE = "InvalidEC2TagException";
const _IEIE = "InvalidExternalIdException";
const _IFEBE = "InvalidFileExistsBehaviorException";
const _IGHATE = "InvalidGitHubAccountTokenException";
const _IGHATNE = "InvalidGitHubAccountTokenNameException";
const _II = "InstanceInfo";
const _IIASFVE = "InvalidIgnoreApplicationStopFailuresValueException";
const _IIE = "InvalidInputException";
const _IIL = "InstanceInfoList";
const _IINE = "InvalidInstanceNameException";
const _IIRE = "InstanceIdRequiredException";
const _IISAE = "InvalidIamSessionArnException";
const _IISE = "InvalidInstanceStatusException";
const _IITE = "InvalidInstanceTypeException";
const _IIUAE = "InvalidIamUserArnException";
const _IKPFE = "InvalidKeyPrefixFilterException";
const _ILBIE = "InvalidLoadBalancerInfoException";
const _ILEE = "InstanceLimitExceededException";
const _ILEHEIE = "InvalidLifecycleEventHookExecutionIdException";
const _ILEHESE = "InvalidLifecycleEventHookExecutionStatusException";
const _IMHHVE = "InvalidMinimumHealthyHostValueException";
const _INARE = "InstanceNameAlreadyRegisteredException";
const _INRE = "InstanceNameRequiredException";
const _INREn = "InstanceNotRegisteredException";
const _INTE = "InvalidNextTokenException";
const _IOE = "InvalidOperationException";
const _IOPTCE = "InvalidOnPremisesTagCombinationException";
const _IP = "InProgress";
const _IRE = "InvalidRevisionException";
const _IREn = "InvalidRoleException";
const _IRSE = "InvalidRegistrationStatusException";
const _IS = "InstanceSummary";
const _ISAARE = "IamSessionArnAlreadyRegisteredException";
const _ISBE = "InvalidSortByException";
const _ISL = "InstanceSummaryList";
const _ISOE = "InvalidSortOrderException";
const _IT = "InstanceTarget";
const _ITCE = "InvalidTriggerConfigException";
const _ITE = "InvalidTagException";
const _ITFE = "InvalidTagFilterException";
const _ITFNE = "InvalidTargetFilterNameException";
const _ITGPE = "InvalidTargetGroupPairException";
const _ITIE = "InvalidTargetInstancesException";
const _ITRCE = "InvalidTrafficRoutingConfigurationException";
const _ITRE = "InvalidTimeRangeException";
const _ITTAE = "InvalidTagsToAddException";
const _IUAARE = "IamUserArnAlreadyRegisteredException";
const _IUARE = "IamUserArnRequiredException";
const _IUOIOVE = "InvalidUpdateOutdatedInstancesOnlyValueException";
const _IZDCE = "InvalidZonalDeploymentConfigurationException";
const _K = "Key";
const _LA = "ListApplications";
const _LAI = "ListApplicationsInput";
const _LAO = "ListApplicationsOutput";
const _LAR = "ListApplicationRevisions";
const _LARI = "ListApplicationRevisionsInput";
const _LARO = "ListApplicationRevisionsOutput";
const _LBI = "LoadBalancerInfo";
const _LD = "ListDeployments";
const _LDC = "ListDeploymentConfigs";
const _LDCI = "ListDeploymentConfigsInput";
const _LDCO = "ListDeploymentConfigsOutput";
const _LDG = "ListDeploymentGroups";
const _LDGI = "ListDeploymentGroupsInput";
const _LDGO = "ListDeploymentGroupsOutput";
const _LDI = "LastDeploymentInfo";
const _LDII = "ListDeploymentInstancesInput";
const _LDIO = "ListDeploymentInstancesOutput";
const _LDIi = "ListDeploymentsInput";
const _LDIis = "ListDeploymentInstances";
const _LDO = "ListDeploymentsOutput";
const _LDT = "ListDeploymentTargets";
const _LDTI = "ListDeploymentTargetsInput";
const _LDTO = "ListDeploymentTargetsOutput";
const _LE = "LifecycleEvent";
const _LEACE = "LifecycleEventAlreadyCompletedException";
const _LEL = "LifecycleEventList";
const _LFI = "LambdaFunctionInfo";
const _LGHATN = "ListGitHubAccountTokenNames";
const _LGHATNI = "ListGitHubAccountTokenNamesInput";
const _LGHATNO = "ListGitHubAccountTokenNamesOutput";
const _LHLEE = "LifecycleHookLimitExceededException";
const _LOPI = "ListOnPremisesInstances";
const _LOPII = "ListOnPremisesInstancesInput";
const _LOPIO = "ListOnPremisesInstancesOutput";
const _LT = "LambdaTarget";
const _LTFR = "ListTagsForResource";
const _LTFRI = "ListTagsForResourceInput";
const _LTFRO = "ListTagsForResourceOutput";
const _MHH = "MinimumHealthyHosts";
const _MHHPZ = "MinimumHealthyHostsPerZone";
const _MIAPE = "MultipleIamArnsProvidedException";
const _NT = "NextToken";
const _ONSE = "OperationNotSupportedException";
const _OPTS = "OnPremisesTagSet";
const _OPTSL = "OnPremisesTagSetList";
const _P = "Pending";
const _PLEHES = "PutLifecycleEventHookExecutionStatus";
const _PLEHESI = "PutLifecycleEventHookExecutionStatusInput";
const _PLEHESO = "PutLifecycleEventHookExecutionStatusOutput";
const _R = "Ready";
const _RA = "ResourceArn";
const _RAR = "RegisterApplicationRevision";
const _RARE = "ResourceArnRequiredException";
const _RARI = "RegisterApplicationRevisionInput";
const _RD = "RelatedDeployments";
const _RDNEE = "RevisionDoesNotExistException";
const _RI = "RevisionInfo";
const _RIL = "RevisionInfoList";
const _RIo = "RollbackInfo";
const _RL = "RevisionLocation";
const _RLL = "RevisionLocationList";
const _ROPI = "RegisterOnPremisesInstance";
const _ROPII = "RegisterOnPremisesInstanceInput";
const _RRE = "RevisionRequiredException";
const _RREo = "RoleRequiredException";
const _RS = "RawString";
const _RTFOPI = "RemoveTagsFromOnPremisesInstances";
const _RTFOPII = "RemoveTagsFromOnPremisesInstancesInput";
const _RVE = "ResourceValidationException";
const _S = "Succeeded";
const _SD = "StopDeployment";
const _SDI = "StopDeploymentInput";
const _SDO = "StopDeploymentOutput";
const _SL = "S3Location";
const _SWTFIT = "SkipWaitTimeForInstanceTermination";
const _SWTFITI = "SkipWaitTimeForInstanceTerminationInput";
const _Sk = "Skipped";
const _T = "Type";
const _TBC = "TimeBasedCanary";
const _TBL = "TimeBasedLinear";
const _TC = "TriggerConfig";
const _TCL = "TriggerConfigList";
const _TE = "ThrottlingException";
const _TF = "TargetFilters";
const _TFL = "TagFilterList";
const _TFa = "TagFilter";
const _TGI = "TargetGroupInfo";
const _TGIL = "TargetGroupInfoList";
const _TGPI = "TargetGroupPairInfo";
const _TGPIL = "TargetGroupPairInfoList";
const _TI = "TargetInstances";
const _TK = "TagKeys";
const _TL = "TagList";
const _TLEE = "TagLimitExceededException";
const _TR = "TimeRange";
const _TRC = "TrafficRoutingConfig";
const _TRE = "TagRequiredException";
const _TRI = "TagResourceInput";
const _TRO = "TagResourceOutput";
const _TRa = "TagResource";
const _TRr = "TrafficRoute";
const _TSLLEE = "TagSetListLimitExceededException";
const _TTLEE = "TriggerTargetsLimitExceededException";
const _Ta = "Tags";
const _Tag = "Tag";
const _UA = "UpdateApplication";
const _UAFDTE = "UnsupportedActionForDeploymentTypeException";
const _UAI = "UpdateApplicationInput";
const _UDG = "UpdateDeploymentGroup";
const _UDGI = "UpdateDeploymentGroupInput";
const _UDGO = "UpdateDeploymentGroupOutput";
const _UR = "UntagResource";
const _URI = "UntagResourceInput";
const _URO = "UntagResourceOutput";
const _V = "Value";
const _ZC = "ZonalConfig";
const _a = "alarms";
const _aC = "alarmConfiguration";
const _aDSI = "additionalDeploymentStatusInfo";
const _aI = "applicationId";
const _aIp = "applicationsInfo";
const _aN = "applicationName";
const _aNp = "applicationNames";
const _aOT = "actionOnTimeout";
const _aRC = "autoRollbackConfiguration";
const _aRE = "autoRollbackEnabled";
const _aSC = "appSpecContent";
const _aSG = "autoScalingGroups";
const _aUOIDI = "autoUpdateOutdatedInstancesDeploymentIds";
const _aUOIRDI = "autoUpdateOutdatedInstancesRootDeploymentId";
const _ac = "action";
const _ap = "application";
const _app = "applications";
const _b = "bucket";
const _bGDC = "blueGreenDeploymentConfiguration";
const _bT = "bundleType";
const _c = "client";
const _cDGN = "currentDeploymentGroupName";
const _cFT = "cloudFormationTarget";
const _cI = "commitId";
const _cIa = "canaryInterval";
const _cN = "clusterName";
const _cP = "computePlatform";
const _cPa = "canaryPercentage";
const _cT = "createTime";
const _cTR = "createTimeRange";
const _cTo = "completeTime";
const _cV = "currentVersion";
const _co = "content";
const _cod = "code";
const _cr = "creator";
const _d = "description";
const _dC = "desiredCount";
const _dCI = "deploymentConfigId";
const _dCIe = "deploymentConfigInfo";
const _dCL = "deploymentConfigsList";
const _dCN = "deploymentConfigName";
const _dG = "deploymentGroups";
const _dGI = "deploymentGroupsInfo";
const _dGIe = "deploymentGroupId";
const _dGIep = "deploymentGroupInfo";
const _dGN = "deploymentGroupNames";
const _dGNe = "deploymentGroupName";
const _dI = "deploymentId";
const _dIe = "deploymentIds";
const _dIep = "deploymentsInfo";
const _dIepl = "deploymentInfo";
const _dM = "deploymentMode";
const _dO = "deploymentOverview";
const _dOe = "deploymentOption";
const _dRO = "deploymentReadyOption";
const _dS = "deploymentStyle";
const _dSM = "deploymentStatusMessages";
const _dT = "deploymentTargets";
const _dTT = "deploymentTargetType";
const _dTe = "deploymentType";
const _dTep = "deploymentTarget";
const _dTer = "deregisterTime";
const _dWT = "deploymentWaitType";
const _de = "deployed";
const _dep = "deployments";
const _di = "diagnostics";
const _e = "error";
const _eC = "errorCode";
const _eI = "externalId";
const _eIL = "elbInfoList";
const _eIr = "errorInformation";
const _eM = "errorMessage";
const _eS = "ecsServices";
const _eT = "ecsTarget";
const _eTF = "ec2TagFilters";
const _eTS = "ec2TagSet";
const _eTSL = "ec2TagSetList";
const _eTa = "eTag";
const _eTn = "endTime";
const _en = "enabled";
const _end = "end";
const _ev = "events";
const _fA = "functionAlias";
const _fEB = "fileExistsBehavior";
const _fN = "functionName";
const _fUT = "firstUsedTime";
const _fZMDIS = "firstZoneMonitorDurationInSeconds";
const _gFPO = "greenFleetProvisioningOption";
const _gHAN = "gitHubAccountName";
const _gHL = "gitHubLocation";
const _gRI = "genericRevisionInfo";
const _h = "hook";
const _hNCU = "hooksNotCleanedUp";
const _i = "identifer";
const _iA = "instanceArn";
const _iASF = "ignoreApplicationStopFailures";
const _iI = "instanceIds";
const _iIn = "instanceInfos";
const _iIns = "instanceId";
const _iInst = "instanceInfo";
const _iL = "instanceLabel";
const _iLn = "instancesList";
const _iN = "instanceNames";
const _iNn = "instanceName";
const _iOS = "includeOnlyStatuses";
const _iPAF = "ignorePollAlarmFailure";
const _iS = "instancesSummary";
const _iSA = "iamSessionArn";
const _iSF = "instanceStatusFilter";
const _iSn = "instanceSummary";
const _iT = "instanceTarget";
const _iTF = "instanceTypeFilter";
const _iTWTS = "instanceTerminationWaitTimeStarted";
const _iTn = "instanceType";
const _iUA = "iamUserArn";
const _k = "key";
const _lA = "listenerArns";
const _lAD = "lastAttemptedDeployment";
const _lBI = "loadBalancerInfo";
const _lE = "lifecycleEvents";
const _lEHEI = "lifecycleEventHookExecutionId";
const _lEN = "lifecycleEventName";
const _lFI = "lambdaFunctionInfo";
const _lI = "linearInterval";
const _lP = "linearPercentage";
const _lSD = "lastSuccessfulDeployment";
const _lT = "lambdaTarget";
const _lTGH = "linkedToGitHub";
const _lTo = "logTail";
const _lUA = "lastUpdatedAt";
const _lUT = "lastUsedTime";
const _m = "message";
const _mDIS = "monitorDurationInSeconds";
const _mHH = "minimumHealthyHosts";
const _mHHPZ = "minimumHealthyHostsPerZone";
const _n = "name";
const _nAN = "newApplicationName";
const _nDGN = "newDeploymentGroupName";
const _nT = "nextToken";
const _oAC = "overrideAlarmConfiguration";
const _oIS = "outdatedInstancesStrategy";
const _oPITF = "onPremisesInstanceTagFilters";
const _oPTS = "onPremisesTagSet";
const _oPTSL = "onPremisesTagSetList";
const _pC = "pendingCount";
const _pR = "previousRevision";
const _pTR = "prodTrafficRoute";
const _r = "revisions";
const _rC = "runningCount";
const _rD = "relatedDeployments";
const _rDI = "rollbackDeploymentId";
const _rI = "rollbackInfo";
const _rIe = "revisionInfo";
const _rL = "revisionLocation";
const _rM = "rollbackMessage";
const _rS = "registrationStatus";
const _rT = "resourceType";
const _rTDI = "rollbackTriggeringDeploymentId";
const _rTe = "registerTime";
const _rTev = "revisionType";
const _re = "revision";
const _rep = "repository";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.codedeploy";
const _sB = "sortBy";
const _sBu = "s3Bucket";
const _sKP = "s3KeyPrefix";
const _sL = "s3Location";
const _sM = "statusMessage";
const _sN = "scriptName";
const _sNe = "serviceName";
const _sO = "sortOrder";
const _sRA = "serviceRoleArn";
const _sT = "startTime";
const _sh = "sha256";
const _st = "status";
const _sta = "start";
const _str = "string";
const _t = "tags";
const _tA = "targetArn";
const _tBC = "timeBasedCanary";
const _tBIODS = "terminateBlueInstancesOnDeploymentSuccess";
const _tBL = "timeBasedLinear";
const _tC = "triggerConfigurations";
const _tE = "triggerEvents";
const _tF = "targetFilters";
const _tFa = "tagFilters";
const _tG = "targetGroup";
const _tGIL = "targetGroupInfoList";
const _tGPIL = "targetGroupPairInfoList";
const _tGa = "targetGroups";
const _tH = "terminationHook";
const _tHE = "terminationHookEnabled";
const _tI = "targetIds";
const _tIa = "targetId";
const _tIar = "targetInstances";
const _tN = "tokenName";
const _tNL = "tokenNameList";
const _tNr = "triggerName";
const _tR = "targetRevision";
const _tRC = "trafficRoutingConfig";
const _tSI = "taskSetsInfo";
const _tSL = "taskSetLabel";
const _tTA = "triggerTargetArn";
const _tTR = "testTrafficRoute";
const _tV = "targetVersion";
const _tVW = "targetVersionWeight";
const _tW = "trafficWeight";
const _tWTIM = "terminationWaitTimeInMinutes";
const _ty = "type";
const _uOIO = "updateOutdatedInstancesOnly";
const _v = "value";
const _ve = "version";
const _wTIM = "waitTimeInMinutes";
const _zC = "zonalConfig";
const n0 = "com.amazonaws.codedeploy";



const _s_registry = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.TypeRegistry.for(_s);
var CodeDeployServiceException$ = [-3, _s, "CodeDeployServiceException", 0, [], []];
_s_registry.registerError(CodeDeployServiceException$, _models_CodeDeployServiceException__WEBPACK_IMPORTED_MODULE_1__/* .CodeDeployServiceException */ .z);
const n0_registry = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__.TypeRegistry.for(n0);
var AlarmsLimitExceededException$ = [-3, n0, _ALEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AlarmsLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .AlarmsLimitExceededException */ .iW);
var ApplicationAlreadyExistsException$ = [-3, n0, _AAEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ApplicationAlreadyExistsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApplicationAlreadyExistsException */ .C2);
var ApplicationDoesNotExistException$ = [-3, n0, _ADNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ApplicationDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApplicationDoesNotExistException */ .ff);
var ApplicationLimitExceededException$ = [-3, n0, _ALEEp,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ApplicationLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApplicationLimitExceededException */ .mV);
var ApplicationNameRequiredException$ = [-3, n0, _ANRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ApplicationNameRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApplicationNameRequiredException */ .QL);
var ArnNotSupportedException$ = [-3, n0, _ANSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ArnNotSupportedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ArnNotSupportedException */ .yf);
var BatchLimitExceededException$ = [-3, n0, _BLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(BatchLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .BatchLimitExceededException */ .Ex);
var BucketNameFilterRequiredException$ = [-3, n0, _BNFRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(BucketNameFilterRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .BucketNameFilterRequiredException */ .wR);
var DeploymentAlreadyCompletedException$ = [-3, n0, _DACE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentAlreadyCompletedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentAlreadyCompletedException */ .AT);
var DeploymentConfigAlreadyExistsException$ = [-3, n0, _DCAEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentConfigAlreadyExistsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentConfigAlreadyExistsException */ .nZ);
var DeploymentConfigDoesNotExistException$ = [-3, n0, _DCDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentConfigDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentConfigDoesNotExistException */ .Ol);
var DeploymentConfigInUseException$ = [-3, n0, _DCIUE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentConfigInUseException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentConfigInUseException */ .zk);
var DeploymentConfigLimitExceededException$ = [-3, n0, _DCLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentConfigLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentConfigLimitExceededException */ .VP);
var DeploymentConfigNameRequiredException$ = [-3, n0, _DCNRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentConfigNameRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentConfigNameRequiredException */ .nO);
var DeploymentDoesNotExistException$ = [-3, n0, _DDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentDoesNotExistException */ .KM);
var DeploymentGroupAlreadyExistsException$ = [-3, n0, _DGAEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentGroupAlreadyExistsException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentGroupAlreadyExistsException */ .A3);
var DeploymentGroupDoesNotExistException$ = [-3, n0, _DGDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentGroupDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentGroupDoesNotExistException */ .D3);
var DeploymentGroupLimitExceededException$ = [-3, n0, _DGLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentGroupLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentGroupLimitExceededException */ .yR);
var DeploymentGroupNameRequiredException$ = [-3, n0, _DGNRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentGroupNameRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentGroupNameRequiredException */ .Mf);
var DeploymentIdRequiredException$ = [-3, n0, _DIRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentIdRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentIdRequiredException */ .dJ);
var DeploymentIsNotInReadyStateException$ = [-3, n0, _DINIRSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentIsNotInReadyStateException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentIsNotInReadyStateException */ .NK);
var DeploymentLimitExceededException$ = [-3, n0, _DLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentLimitExceededException */ .z9);
var DeploymentNotStartedException$ = [-3, n0, _DNSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentNotStartedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentNotStartedException */ .nr);
var DeploymentTargetDoesNotExistException$ = [-3, n0, _DTDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentTargetDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentTargetDoesNotExistException */ .Vz);
var DeploymentTargetIdRequiredException$ = [-3, n0, _DTIRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentTargetIdRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentTargetIdRequiredException */ .mO);
var DeploymentTargetListSizeExceededException$ = [-3, n0, _DTLSEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DeploymentTargetListSizeExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentTargetListSizeExceededException */ .AH);
var DescriptionTooLongException$ = [-3, n0, _DTLE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DescriptionTooLongException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .DescriptionTooLongException */ .KW);
var ECSServiceMappingLimitExceededException$ = [-3, n0, _ECSSMLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ECSServiceMappingLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ECSServiceMappingLimitExceededException */ .ou);
var GitHubAccountTokenDoesNotExistException$ = [-3, n0, _GHATDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(GitHubAccountTokenDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .GitHubAccountTokenDoesNotExistException */ .aY);
var GitHubAccountTokenNameRequiredException$ = [-3, n0, _GHATNRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(GitHubAccountTokenNameRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .GitHubAccountTokenNameRequiredException */ .Bk);
var IamArnRequiredException$ = [-3, n0, _IARE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(IamArnRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .IamArnRequiredException */ .Fu);
var IamSessionArnAlreadyRegisteredException$ = [-3, n0, _ISAARE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(IamSessionArnAlreadyRegisteredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .IamSessionArnAlreadyRegisteredException */ .of);
var IamUserArnAlreadyRegisteredException$ = [-3, n0, _IUAARE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(IamUserArnAlreadyRegisteredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .IamUserArnAlreadyRegisteredException */ .$t);
var IamUserArnRequiredException$ = [-3, n0, _IUARE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(IamUserArnRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .IamUserArnRequiredException */ .y5);
var InstanceDoesNotExistException$ = [-3, n0, _IDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InstanceDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InstanceDoesNotExistException */ .Su);
var InstanceIdRequiredException$ = [-3, n0, _IIRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InstanceIdRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InstanceIdRequiredException */ .Lw);
var InstanceLimitExceededException$ = [-3, n0, _ILEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InstanceLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InstanceLimitExceededException */ .hI);
var InstanceNameAlreadyRegisteredException$ = [-3, n0, _INARE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InstanceNameAlreadyRegisteredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InstanceNameAlreadyRegisteredException */ .cj);
var InstanceNameRequiredException$ = [-3, n0, _INRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InstanceNameRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InstanceNameRequiredException */ .fV);
var InstanceNotRegisteredException$ = [-3, n0, _INREn,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InstanceNotRegisteredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InstanceNotRegisteredException */ .g1);
var InvalidAlarmConfigException$ = [-3, n0, _IACE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidAlarmConfigException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidAlarmConfigException */ .gZ);
var InvalidApplicationNameException$ = [-3, n0, _IANE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidApplicationNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidApplicationNameException */ ._b);
var InvalidArnException$ = [-3, n0, _IAE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidArnException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArnException */ .w$);
var InvalidAutoRollbackConfigException$ = [-3, n0, _IARCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidAutoRollbackConfigException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidAutoRollbackConfigException */ .SV);
var InvalidAutoScalingGroupException$ = [-3, n0, _IASGE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidAutoScalingGroupException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidAutoScalingGroupException */ .wf);
var InvalidBlueGreenDeploymentConfigurationException$ = [-3, n0, _IBGDCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidBlueGreenDeploymentConfigurationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidBlueGreenDeploymentConfigurationException */ .Z9);
var InvalidBucketNameFilterException$ = [-3, n0, _IBNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidBucketNameFilterException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidBucketNameFilterException */ .yO);
var InvalidComputePlatformException$ = [-3, n0, _ICPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidComputePlatformException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidComputePlatformException */ .LO);
var InvalidDeployedStateFilterException$ = [-3, n0, _IDSFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeployedStateFilterException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeployedStateFilterException */ .Qc);
var InvalidDeploymentConfigNameException$ = [-3, n0, _IDCNE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentConfigNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentConfigNameException */ .Xs);
var InvalidDeploymentGroupNameException$ = [-3, n0, _IDGNE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentGroupNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentGroupNameException */ .o6);
var InvalidDeploymentIdException$ = [-3, n0, _IDIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentIdException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentIdException */ .V$);
var InvalidDeploymentInstanceTypeException$ = [-3, n0, _IDITE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentInstanceTypeException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentInstanceTypeException */ .TF);
var InvalidDeploymentStatusException$ = [-3, n0, _IDSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentStatusException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentStatusException */ .Ue);
var InvalidDeploymentStyleException$ = [-3, n0, _IDSEn,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentStyleException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentStyleException */ .jl);
var InvalidDeploymentTargetIdException$ = [-3, n0, _IDTIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentTargetIdException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentTargetIdException */ .oB);
var InvalidDeploymentWaitTypeException$ = [-3, n0, _IDWTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDeploymentWaitTypeException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidDeploymentWaitTypeException */ .tt);
var InvalidEC2TagCombinationException$ = [-3, n0, _IECTCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidEC2TagCombinationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidEC2TagCombinationException */ .KX);
var InvalidEC2TagException$ = [-3, n0, _IECTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidEC2TagException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidEC2TagException */ .dX);
var InvalidECSServiceException$ = [-3, n0, _IECSSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidECSServiceException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidECSServiceException */ .$V);
var InvalidExternalIdException$ = [-3, n0, _IEIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidExternalIdException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidExternalIdException */ .vw);
var InvalidFileExistsBehaviorException$ = [-3, n0, _IFEBE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidFileExistsBehaviorException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidFileExistsBehaviorException */ .JS);
var InvalidGitHubAccountTokenException$ = [-3, n0, _IGHATE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidGitHubAccountTokenException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidGitHubAccountTokenException */ .ug);
var InvalidGitHubAccountTokenNameException$ = [-3, n0, _IGHATNE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidGitHubAccountTokenNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidGitHubAccountTokenNameException */ .UH);
var InvalidIamSessionArnException$ = [-3, n0, _IISAE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidIamSessionArnException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidIamSessionArnException */ .D0);
var InvalidIamUserArnException$ = [-3, n0, _IIUAE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidIamUserArnException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidIamUserArnException */ .Kd);
var InvalidIgnoreApplicationStopFailuresValueException$ = [-3, n0, _IIASFVE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidIgnoreApplicationStopFailuresValueException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidIgnoreApplicationStopFailuresValueException */ .Xh);
var InvalidInputException$ = [-3, n0, _IIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidInputException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidInputException */ .z5);
var InvalidInstanceNameException$ = [-3, n0, _IINE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidInstanceNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidInstanceNameException */ .j3);
var InvalidInstanceStatusException$ = [-3, n0, _IISE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidInstanceStatusException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidInstanceStatusException */ .s0);
var InvalidInstanceTypeException$ = [-3, n0, _IITE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidInstanceTypeException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidInstanceTypeException */ .e4);
var InvalidKeyPrefixFilterException$ = [-3, n0, _IKPFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidKeyPrefixFilterException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidKeyPrefixFilterException */ .Uc);
var InvalidLifecycleEventHookExecutionIdException$ = [-3, n0, _ILEHEIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidLifecycleEventHookExecutionIdException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidLifecycleEventHookExecutionIdException */ .tR);
var InvalidLifecycleEventHookExecutionStatusException$ = [-3, n0, _ILEHESE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidLifecycleEventHookExecutionStatusException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidLifecycleEventHookExecutionStatusException */ .km);
var InvalidLoadBalancerInfoException$ = [-3, n0, _ILBIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidLoadBalancerInfoException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidLoadBalancerInfoException */ .rY);
var InvalidMinimumHealthyHostValueException$ = [-3, n0, _IMHHVE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidMinimumHealthyHostValueException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidMinimumHealthyHostValueException */ .rR);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidNextTokenException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNextTokenException */ .hX);
var InvalidOnPremisesTagCombinationException$ = [-3, n0, _IOPTCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidOnPremisesTagCombinationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidOnPremisesTagCombinationException */ .BJ);
var InvalidOperationException$ = [-3, n0, _IOE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidOperationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidOperationException */ .Ei);
var InvalidRegistrationStatusException$ = [-3, n0, _IRSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidRegistrationStatusException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidRegistrationStatusException */ .cJ);
var InvalidRevisionException$ = [-3, n0, _IRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidRevisionException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidRevisionException */ .WJ);
var InvalidRoleException$ = [-3, n0, _IREn,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidRoleException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidRoleException */ .Bu);
var InvalidSortByException$ = [-3, n0, _ISBE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSortByException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidSortByException */ .qn);
var InvalidSortOrderException$ = [-3, n0, _ISOE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSortOrderException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidSortOrderException */ .dc);
var InvalidTagException$ = [-3, n0, _ITE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTagException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTagException */ .ti);
var InvalidTagFilterException$ = [-3, n0, _ITFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTagFilterException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTagFilterException */ .$s);
var InvalidTagsToAddException$ = [-3, n0, _ITTAE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTagsToAddException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTagsToAddException */ .ak);
var InvalidTargetFilterNameException$ = [-3, n0, _ITFNE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTargetFilterNameException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTargetFilterNameException */ .XB);
var InvalidTargetGroupPairException$ = [-3, n0, _ITGPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTargetGroupPairException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTargetGroupPairException */ .R_);
var InvalidTargetInstancesException$ = [-3, n0, _ITIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTargetInstancesException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTargetInstancesException */ .op);
var InvalidTimeRangeException$ = [-3, n0, _ITRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTimeRangeException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTimeRangeException */ .rs);
var InvalidTrafficRoutingConfigurationException$ = [-3, n0, _ITRCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTrafficRoutingConfigurationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTrafficRoutingConfigurationException */ .g);
var InvalidTriggerConfigException$ = [-3, n0, _ITCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTriggerConfigException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidTriggerConfigException */ .X8);
var InvalidUpdateOutdatedInstancesOnlyValueException$ = [-3, n0, _IUOIOVE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidUpdateOutdatedInstancesOnlyValueException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidUpdateOutdatedInstancesOnlyValueException */ .zo);
var InvalidZonalDeploymentConfigurationException$ = [-3, n0, _IZDCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidZonalDeploymentConfigurationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .InvalidZonalDeploymentConfigurationException */ ._5);
var LifecycleEventAlreadyCompletedException$ = [-3, n0, _LEACE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(LifecycleEventAlreadyCompletedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .LifecycleEventAlreadyCompletedException */ .ZC);
var LifecycleHookLimitExceededException$ = [-3, n0, _LHLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(LifecycleHookLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .LifecycleHookLimitExceededException */ .jA);
var MultipleIamArnsProvidedException$ = [-3, n0, _MIAPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(MultipleIamArnsProvidedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .MultipleIamArnsProvidedException */ .w4);
var OperationNotSupportedException$ = [-3, n0, _ONSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(OperationNotSupportedException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .OperationNotSupportedException */ .U3);
var ResourceArnRequiredException$ = [-3, n0, _RARE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceArnRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ResourceArnRequiredException */ .Au);
var ResourceValidationException$ = [-3, n0, _RVE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceValidationException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ResourceValidationException */ .HS);
var RevisionDoesNotExistException$ = [-3, n0, _RDNEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(RevisionDoesNotExistException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .RevisionDoesNotExistException */ .EY);
var RevisionRequiredException$ = [-3, n0, _RRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(RevisionRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .RevisionRequiredException */ .uZ);
var RoleRequiredException$ = [-3, n0, _RREo,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(RoleRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .RoleRequiredException */ .hS);
var TagLimitExceededException$ = [-3, n0, _TLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(TagLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TagLimitExceededException */ .Qz);
var TagRequiredException$ = [-3, n0, _TRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(TagRequiredException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TagRequiredException */ .l$);
var TagSetListLimitExceededException$ = [-3, n0, _TSLLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(TagSetListLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TagSetListLimitExceededException */ .lX);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ThrottlingException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .ThrottlingException */ .x5);
var TriggerTargetsLimitExceededException$ = [-3, n0, _TTLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(TriggerTargetsLimitExceededException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .TriggerTargetsLimitExceededException */ .Ok);
var UnsupportedActionForDeploymentTypeException$ = [-3, n0, _UAFDTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(UnsupportedActionForDeploymentTypeException$, _models_errors__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedActionForDeploymentTypeException */ .J1);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AddTagsToOnPremisesInstancesInput$ = [3, n0, _ATTOPII,
    0,
    [_t, _iN],
    [() => TagList, 64 | 0], 2
];
var Alarm$ = [3, n0, _A,
    0,
    [_n],
    [0]
];
var AlarmConfiguration$ = [3, n0, _AC,
    0,
    [_en, _iPAF, _a],
    [2, 2, () => AlarmList]
];
var ApplicationInfo$ = [3, n0, _AI,
    0,
    [_aI, _aN, _cT, _lTGH, _gHAN, _cP],
    [0, 0, 4, 2, 0, 0]
];
var AppSpecContent$ = [3, n0, _ASC,
    0,
    [_co, _sh],
    [0, 0]
];
var AutoRollbackConfiguration$ = [3, n0, _ARC,
    0,
    [_en, _ev],
    [2, 64 | 0]
];
var AutoScalingGroup$ = [3, n0, _ASG,
    0,
    [_n, _h, _tH],
    [0, 0, 0]
];
var BatchGetApplicationRevisionsInput$ = [3, n0, _BGARI,
    0,
    [_aN, _r],
    [0, () => RevisionLocationList], 2
];
var BatchGetApplicationRevisionsOutput$ = [3, n0, _BGARO,
    0,
    [_aN, _eM, _r],
    [0, 0, () => RevisionInfoList]
];
var BatchGetApplicationsInput$ = [3, n0, _BGAI,
    0,
    [_aNp],
    [64 | 0], 1
];
var BatchGetApplicationsOutput$ = [3, n0, _BGAO,
    0,
    [_aIp],
    [() => ApplicationsInfoList]
];
var BatchGetDeploymentGroupsInput$ = [3, n0, _BGDGI,
    0,
    [_aN, _dGN],
    [0, 64 | 0], 2
];
var BatchGetDeploymentGroupsOutput$ = [3, n0, _BGDGO,
    0,
    [_dGI, _eM],
    [() => DeploymentGroupInfoList, 0]
];
var BatchGetDeploymentInstancesInput$ = [3, n0, _BGDII,
    0,
    [_dI, _iI],
    [0, 64 | 0], 2
];
var BatchGetDeploymentInstancesOutput$ = [3, n0, _BGDIO,
    0,
    [_iS, _eM],
    [() => InstanceSummaryList, 0]
];
var BatchGetDeploymentsInput$ = [3, n0, _BGDI,
    0,
    [_dIe],
    [64 | 0], 1
];
var BatchGetDeploymentsOutput$ = [3, n0, _BGDO,
    0,
    [_dIep],
    [() => DeploymentsInfoList]
];
var BatchGetDeploymentTargetsInput$ = [3, n0, _BGDTI,
    0,
    [_dI, _tI],
    [0, 64 | 0], 2
];
var BatchGetDeploymentTargetsOutput$ = [3, n0, _BGDTO,
    0,
    [_dT],
    [() => DeploymentTargetList]
];
var BatchGetOnPremisesInstancesInput$ = [3, n0, _BGOPII,
    0,
    [_iN],
    [64 | 0], 1
];
var BatchGetOnPremisesInstancesOutput$ = [3, n0, _BGOPIO,
    0,
    [_iIn],
    [() => InstanceInfoList]
];
var BlueGreenDeploymentConfiguration$ = [3, n0, _BGDC,
    0,
    [_tBIODS, _dRO, _gFPO],
    [() => BlueInstanceTerminationOption$, () => DeploymentReadyOption$, () => GreenFleetProvisioningOption$]
];
var BlueInstanceTerminationOption$ = [3, n0, _BITO,
    0,
    [_ac, _tWTIM],
    [0, 1]
];
var CloudFormationTarget$ = [3, n0, _CFT,
    0,
    [_dI, _tIa, _lUA, _lE, _st, _rT, _tVW],
    [0, 0, 4, () => LifecycleEventList, 0, 0, 1]
];
var ContinueDeploymentInput$ = [3, n0, _CDI,
    0,
    [_dI, _dWT],
    [0, 0]
];
var CreateApplicationInput$ = [3, n0, _CAI,
    0,
    [_aN, _cP, _t],
    [0, 0, () => TagList], 1
];
var CreateApplicationOutput$ = [3, n0, _CAO,
    0,
    [_aI],
    [0]
];
var CreateDeploymentConfigInput$ = [3, n0, _CDCI,
    0,
    [_dCN, _mHH, _tRC, _cP, _zC],
    [0, () => MinimumHealthyHosts$, () => TrafficRoutingConfig$, 0, () => ZonalConfig$], 1
];
var CreateDeploymentConfigOutput$ = [3, n0, _CDCO,
    0,
    [_dCI],
    [0]
];
var CreateDeploymentGroupInput$ = [3, n0, _CDGI,
    0,
    [_aN, _dGNe, _sRA, _dCN, _eTF, _oPITF, _aSG, _tC, _aC, _aRC, _oIS, _dS, _bGDC, _lBI, _eTS, _eS, _oPTS, _t, _tHE],
    [0, 0, 0, 0, () => EC2TagFilterList, () => TagFilterList, 64 | 0, () => TriggerConfigList, () => AlarmConfiguration$, () => AutoRollbackConfiguration$, 0, () => DeploymentStyle$, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, () => EC2TagSet$, () => ECSServiceList, () => OnPremisesTagSet$, () => TagList, 2], 3
];
var CreateDeploymentGroupOutput$ = [3, n0, _CDGO,
    0,
    [_dGIe],
    [0]
];
var CreateDeploymentInput$ = [3, n0, _CDIr,
    0,
    [_aN, _dGNe, _re, _dCN, _d, _iASF, _tIar, _aRC, _uOIO, _fEB, _dM, _oAC],
    [0, 0, () => RevisionLocation$, 0, 0, 2, () => TargetInstances$, () => AutoRollbackConfiguration$, 2, 0, 0, () => AlarmConfiguration$], 1
];
var CreateDeploymentOutput$ = [3, n0, _CDO,
    0,
    [_dI],
    [0]
];
var DeleteApplicationInput$ = [3, n0, _DAI,
    0,
    [_aN],
    [0], 1
];
var DeleteDeploymentConfigInput$ = [3, n0, _DDCI,
    0,
    [_dCN],
    [0], 1
];
var DeleteDeploymentGroupInput$ = [3, n0, _DDGI,
    0,
    [_aN, _dGNe],
    [0, 0], 2
];
var DeleteDeploymentGroupOutput$ = [3, n0, _DDGO,
    0,
    [_hNCU],
    [() => AutoScalingGroupList]
];
var DeleteGitHubAccountTokenInput$ = [3, n0, _DGHATI,
    0,
    [_tN],
    [0]
];
var DeleteGitHubAccountTokenOutput$ = [3, n0, _DGHATO,
    0,
    [_tN],
    [0]
];
var DeleteResourcesByExternalIdInput$ = [3, n0, _DRBEII,
    0,
    [_eI],
    [0]
];
var DeleteResourcesByExternalIdOutput$ = [3, n0, _DRBEIO,
    0,
    [],
    []
];
var DeploymentConfigInfo$ = [3, n0, _DCI,
    0,
    [_dCI, _dCN, _mHH, _cT, _cP, _tRC, _zC],
    [0, 0, () => MinimumHealthyHosts$, 4, 0, () => TrafficRoutingConfig$, () => ZonalConfig$]
];
var DeploymentGroupInfo$ = [3, n0, _DGI,
    0,
    [_aN, _dGIe, _dGNe, _dCN, _eTF, _oPITF, _aSG, _sRA, _tR, _tC, _aC, _aRC, _dS, _oIS, _bGDC, _lBI, _lSD, _lAD, _eTS, _oPTS, _cP, _eS, _tHE],
    [0, 0, 0, 0, () => EC2TagFilterList, () => TagFilterList, () => AutoScalingGroupList, 0, () => RevisionLocation$, () => TriggerConfigList, () => AlarmConfiguration$, () => AutoRollbackConfiguration$, () => DeploymentStyle$, 0, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, () => LastDeploymentInfo$, () => LastDeploymentInfo$, () => EC2TagSet$, () => OnPremisesTagSet$, 0, () => ECSServiceList, 2]
];
var DeploymentInfo$ = [3, n0, _DI,
    0,
    [_aN, _dGNe, _dCN, _dI, _pR, _re, _st, _eIr, _cT, _sT, _cTo, _dO, _d, _cr, _iASF, _aRC, _uOIO, _rI, _dS, _tIar, _iTWTS, _bGDC, _lBI, _aDSI, _fEB, _dM, _dSM, _cP, _eI, _rD, _oAC],
    [0, 0, 0, 0, () => RevisionLocation$, () => RevisionLocation$, 0, () => ErrorInformation$, 4, 4, 4, () => DeploymentOverview$, 0, 0, 2, () => AutoRollbackConfiguration$, 2, () => RollbackInfo$, () => DeploymentStyle$, () => TargetInstances$, 2, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, 0, 0, 0, 64 | 0, 0, 0, () => RelatedDeployments$, () => AlarmConfiguration$]
];
var DeploymentOverview$ = [3, n0, _DO,
    0,
    [_P, _IP, _S, _F, _Sk, _R],
    [1, 1, 1, 1, 1, 1]
];
var DeploymentReadyOption$ = [3, n0, _DRO,
    0,
    [_aOT, _wTIM],
    [0, 1]
];
var DeploymentStyle$ = [3, n0, _DS,
    0,
    [_dTe, _dOe],
    [0, 0]
];
var DeploymentTarget$ = [3, n0, _DT,
    0,
    [_dTT, _iT, _lT, _eT, _cFT],
    [0, () => InstanceTarget$, () => LambdaTarget$, () => ECSTarget$, () => CloudFormationTarget$]
];
var DeregisterOnPremisesInstanceInput$ = [3, n0, _DOPII,
    0,
    [_iNn],
    [0], 1
];
var Diagnostics$ = [3, n0, _D,
    0,
    [_eC, _sN, _m, _lTo],
    [0, 0, 0, 0]
];
var EC2TagFilter$ = [3, n0, _ECTF,
    0,
    [_K, _V, _T],
    [0, 0, 0]
];
var EC2TagSet$ = [3, n0, _ECTS,
    0,
    [_eTSL],
    [() => EC2TagSetList]
];
var ECSService$ = [3, n0, _ECSS,
    0,
    [_sNe, _cN],
    [0, 0]
];
var ECSTarget$ = [3, n0, _ECST,
    0,
    [_dI, _tIa, _tA, _lUA, _lE, _st, _tSI],
    [0, 0, 0, 4, () => LifecycleEventList, 0, () => ECSTaskSetList]
];
var ECSTaskSet$ = [3, n0, _ECSTS,
    0,
    [_i, _dC, _pC, _rC, _st, _tW, _tG, _tSL],
    [0, 1, 1, 1, 0, 1, () => TargetGroupInfo$, 0]
];
var ELBInfo$ = [3, n0, _ELBI,
    0,
    [_n],
    [0]
];
var ErrorInformation$ = [3, n0, _EI,
    0,
    [_cod, _m],
    [0, 0]
];
var GenericRevisionInfo$ = [3, n0, _GRI,
    0,
    [_d, _dG, _fUT, _lUT, _rTe],
    [0, 64 | 0, 4, 4, 4]
];
var GetApplicationInput$ = [3, n0, _GAI,
    0,
    [_aN],
    [0], 1
];
var GetApplicationOutput$ = [3, n0, _GAO,
    0,
    [_ap],
    [() => ApplicationInfo$]
];
var GetApplicationRevisionInput$ = [3, n0, _GARI,
    0,
    [_aN, _re],
    [0, () => RevisionLocation$], 2
];
var GetApplicationRevisionOutput$ = [3, n0, _GARO,
    0,
    [_aN, _re, _rIe],
    [0, () => RevisionLocation$, () => GenericRevisionInfo$]
];
var GetDeploymentConfigInput$ = [3, n0, _GDCI,
    0,
    [_dCN],
    [0], 1
];
var GetDeploymentConfigOutput$ = [3, n0, _GDCO,
    0,
    [_dCIe],
    [() => DeploymentConfigInfo$]
];
var GetDeploymentGroupInput$ = [3, n0, _GDGI,
    0,
    [_aN, _dGNe],
    [0, 0], 2
];
var GetDeploymentGroupOutput$ = [3, n0, _GDGO,
    0,
    [_dGIep],
    [() => DeploymentGroupInfo$]
];
var GetDeploymentInput$ = [3, n0, _GDI,
    0,
    [_dI],
    [0], 1
];
var GetDeploymentInstanceInput$ = [3, n0, _GDII,
    0,
    [_dI, _iIns],
    [0, 0], 2
];
var GetDeploymentInstanceOutput$ = [3, n0, _GDIO,
    0,
    [_iSn],
    [() => InstanceSummary$]
];
var GetDeploymentOutput$ = [3, n0, _GDO,
    0,
    [_dIepl],
    [() => DeploymentInfo$]
];
var GetDeploymentTargetInput$ = [3, n0, _GDTI,
    0,
    [_dI, _tIa],
    [0, 0], 2
];
var GetDeploymentTargetOutput$ = [3, n0, _GDTO,
    0,
    [_dTep],
    [() => DeploymentTarget$]
];
var GetOnPremisesInstanceInput$ = [3, n0, _GOPII,
    0,
    [_iNn],
    [0], 1
];
var GetOnPremisesInstanceOutput$ = [3, n0, _GOPIO,
    0,
    [_iInst],
    [() => InstanceInfo$]
];
var GitHubLocation$ = [3, n0, _GHL,
    0,
    [_rep, _cI],
    [0, 0]
];
var GreenFleetProvisioningOption$ = [3, n0, _GFPO,
    0,
    [_ac],
    [0]
];
var InstanceInfo$ = [3, n0, _II,
    0,
    [_iNn, _iSA, _iUA, _iA, _rTe, _dTer, _t],
    [0, 0, 0, 0, 4, 4, () => TagList]
];
var InstanceSummary$ = [3, n0, _IS,
    0,
    [_dI, _iIns, _st, _lUA, _lE, _iTn],
    [0, 0, 0, 4, () => LifecycleEventList, 0]
];
var InstanceTarget$ = [3, n0, _IT,
    0,
    [_dI, _tIa, _tA, _st, _lUA, _lE, _iL],
    [0, 0, 0, 0, 4, () => LifecycleEventList, 0]
];
var LambdaFunctionInfo$ = [3, n0, _LFI,
    0,
    [_fN, _fA, _cV, _tV, _tVW],
    [0, 0, 0, 0, 1]
];
var LambdaTarget$ = [3, n0, _LT,
    0,
    [_dI, _tIa, _tA, _st, _lUA, _lE, _lFI],
    [0, 0, 0, 0, 4, () => LifecycleEventList, () => LambdaFunctionInfo$]
];
var LastDeploymentInfo$ = [3, n0, _LDI,
    0,
    [_dI, _st, _eTn, _cT],
    [0, 0, 4, 4]
];
var LifecycleEvent$ = [3, n0, _LE,
    0,
    [_lEN, _di, _sT, _eTn, _st],
    [0, () => Diagnostics$, 4, 4, 0]
];
var ListApplicationRevisionsInput$ = [3, n0, _LARI,
    0,
    [_aN, _sB, _sO, _sBu, _sKP, _de, _nT],
    [0, 0, 0, 0, 0, 0, 0], 1
];
var ListApplicationRevisionsOutput$ = [3, n0, _LARO,
    0,
    [_r, _nT],
    [() => RevisionLocationList, 0]
];
var ListApplicationsInput$ = [3, n0, _LAI,
    0,
    [_nT],
    [0]
];
var ListApplicationsOutput$ = [3, n0, _LAO,
    0,
    [_app, _nT],
    [64 | 0, 0]
];
var ListDeploymentConfigsInput$ = [3, n0, _LDCI,
    0,
    [_nT],
    [0]
];
var ListDeploymentConfigsOutput$ = [3, n0, _LDCO,
    0,
    [_dCL, _nT],
    [64 | 0, 0]
];
var ListDeploymentGroupsInput$ = [3, n0, _LDGI,
    0,
    [_aN, _nT],
    [0, 0], 1
];
var ListDeploymentGroupsOutput$ = [3, n0, _LDGO,
    0,
    [_aN, _dG, _nT],
    [0, 64 | 0, 0]
];
var ListDeploymentInstancesInput$ = [3, n0, _LDII,
    0,
    [_dI, _nT, _iSF, _iTF],
    [0, 0, 64 | 0, 64 | 0], 1
];
var ListDeploymentInstancesOutput$ = [3, n0, _LDIO,
    0,
    [_iLn, _nT],
    [64 | 0, 0]
];
var ListDeploymentsInput$ = [3, n0, _LDIi,
    0,
    [_aN, _dGNe, _eI, _iOS, _cTR, _nT],
    [0, 0, 0, 64 | 0, () => TimeRange$, 0]
];
var ListDeploymentsOutput$ = [3, n0, _LDO,
    0,
    [_dep, _nT],
    [64 | 0, 0]
];
var ListDeploymentTargetsInput$ = [3, n0, _LDTI,
    0,
    [_dI, _nT, _tF],
    [0, 0, [2, n0, _TF, 0, 0, 64 | 0]], 1
];
var ListDeploymentTargetsOutput$ = [3, n0, _LDTO,
    0,
    [_tI, _nT],
    [64 | 0, 0]
];
var ListGitHubAccountTokenNamesInput$ = [3, n0, _LGHATNI,
    0,
    [_nT],
    [0]
];
var ListGitHubAccountTokenNamesOutput$ = [3, n0, _LGHATNO,
    0,
    [_tNL, _nT],
    [64 | 0, 0]
];
var ListOnPremisesInstancesInput$ = [3, n0, _LOPII,
    0,
    [_rS, _tFa, _nT],
    [0, () => TagFilterList, 0]
];
var ListOnPremisesInstancesOutput$ = [3, n0, _LOPIO,
    0,
    [_iN, _nT],
    [64 | 0, 0]
];
var ListTagsForResourceInput$ = [3, n0, _LTFRI,
    0,
    [_RA, _NT],
    [0, 0], 1
];
var ListTagsForResourceOutput$ = [3, n0, _LTFRO,
    0,
    [_Ta, _NT],
    [() => TagList, 0]
];
var LoadBalancerInfo$ = [3, n0, _LBI,
    0,
    [_eIL, _tGIL, _tGPIL],
    [() => ELBInfoList, () => TargetGroupInfoList, () => TargetGroupPairInfoList]
];
var MinimumHealthyHosts$ = [3, n0, _MHH,
    0,
    [_ty, _v],
    [0, 1]
];
var MinimumHealthyHostsPerZone$ = [3, n0, _MHHPZ,
    0,
    [_ty, _v],
    [0, 1]
];
var OnPremisesTagSet$ = [3, n0, _OPTS,
    0,
    [_oPTSL],
    [() => OnPremisesTagSetList]
];
var PutLifecycleEventHookExecutionStatusInput$ = [3, n0, _PLEHESI,
    0,
    [_dI, _lEHEI, _st],
    [0, 0, 0]
];
var PutLifecycleEventHookExecutionStatusOutput$ = [3, n0, _PLEHESO,
    0,
    [_lEHEI],
    [0]
];
var RawString$ = [3, n0, _RS,
    0,
    [_co, _sh],
    [0, 0]
];
var RegisterApplicationRevisionInput$ = [3, n0, _RARI,
    0,
    [_aN, _re, _d],
    [0, () => RevisionLocation$, 0], 2
];
var RegisterOnPremisesInstanceInput$ = [3, n0, _ROPII,
    0,
    [_iNn, _iSA, _iUA],
    [0, 0, 0], 1
];
var RelatedDeployments$ = [3, n0, _RD,
    0,
    [_aUOIRDI, _aUOIDI],
    [0, 64 | 0]
];
var RemoveTagsFromOnPremisesInstancesInput$ = [3, n0, _RTFOPII,
    0,
    [_t, _iN],
    [() => TagList, 64 | 0], 2
];
var RevisionInfo$ = [3, n0, _RI,
    0,
    [_rL, _gRI],
    [() => RevisionLocation$, () => GenericRevisionInfo$]
];
var RevisionLocation$ = [3, n0, _RL,
    0,
    [_rTev, _sL, _gHL, _str, _aSC],
    [0, () => S3Location$, () => GitHubLocation$, () => RawString$, () => AppSpecContent$]
];
var RollbackInfo$ = [3, n0, _RIo,
    0,
    [_rDI, _rTDI, _rM],
    [0, 0, 0]
];
var S3Location$ = [3, n0, _SL,
    0,
    [_b, _k, _bT, _ve, _eTa],
    [0, 0, 0, 0, 0]
];
var SkipWaitTimeForInstanceTerminationInput$ = [3, n0, _SWTFITI,
    0,
    [_dI],
    [0]
];
var StopDeploymentInput$ = [3, n0, _SDI,
    0,
    [_dI, _aRE],
    [0, 2], 1
];
var StopDeploymentOutput$ = [3, n0, _SDO,
    0,
    [_st, _sM],
    [0, 0]
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0]
];
var TagFilter$ = [3, n0, _TFa,
    0,
    [_K, _V, _T],
    [0, 0, 0]
];
var TagResourceInput$ = [3, n0, _TRI,
    0,
    [_RA, _Ta],
    [0, () => TagList], 2
];
var TagResourceOutput$ = [3, n0, _TRO,
    0,
    [],
    []
];
var TargetGroupInfo$ = [3, n0, _TGI,
    0,
    [_n],
    [0]
];
var TargetGroupPairInfo$ = [3, n0, _TGPI,
    0,
    [_tGa, _pTR, _tTR],
    [() => TargetGroupInfoList, () => TrafficRoute$, () => TrafficRoute$]
];
var TargetInstances$ = [3, n0, _TI,
    0,
    [_tFa, _aSG, _eTS],
    [() => EC2TagFilterList, 64 | 0, () => EC2TagSet$]
];
var TimeBasedCanary$ = [3, n0, _TBC,
    0,
    [_cPa, _cIa],
    [1, 1]
];
var TimeBasedLinear$ = [3, n0, _TBL,
    0,
    [_lP, _lI],
    [1, 1]
];
var TimeRange$ = [3, n0, _TR,
    0,
    [_sta, _end],
    [4, 4]
];
var TrafficRoute$ = [3, n0, _TRr,
    0,
    [_lA],
    [64 | 0]
];
var TrafficRoutingConfig$ = [3, n0, _TRC,
    0,
    [_ty, _tBC, _tBL],
    [0, () => TimeBasedCanary$, () => TimeBasedLinear$]
];
var TriggerConfig$ = [3, n0, _TC,
    0,
    [_tNr, _tTA, _tE],
    [0, 0, 64 | 0]
];
var UntagResourceInput$ = [3, n0, _URI,
    0,
    [_RA, _TK],
    [0, 64 | 0], 2
];
var UntagResourceOutput$ = [3, n0, _URO,
    0,
    [],
    []
];
var UpdateApplicationInput$ = [3, n0, _UAI,
    0,
    [_aN, _nAN],
    [0, 0]
];
var UpdateDeploymentGroupInput$ = [3, n0, _UDGI,
    0,
    [_aN, _cDGN, _nDGN, _dCN, _eTF, _oPITF, _aSG, _sRA, _tC, _aC, _aRC, _oIS, _dS, _bGDC, _lBI, _eTS, _eS, _oPTS, _tHE],
    [0, 0, 0, 0, () => EC2TagFilterList, () => TagFilterList, 64 | 0, 0, () => TriggerConfigList, () => AlarmConfiguration$, () => AutoRollbackConfiguration$, 0, () => DeploymentStyle$, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, () => EC2TagSet$, () => ECSServiceList, () => OnPremisesTagSet$, 2], 2
];
var UpdateDeploymentGroupOutput$ = [3, n0, _UDGO,
    0,
    [_hNCU],
    [() => AutoScalingGroupList]
];
var ZonalConfig$ = [3, n0, _ZC,
    0,
    [_fZMDIS, _mDIS, _mHHPZ],
    [1, 1, () => MinimumHealthyHostsPerZone$]
];
var __Unit = "unit";
var AlarmList = [1, n0, _AL,
    0, () => Alarm$
];
var ApplicationsInfoList = [1, n0, _AIL,
    0, () => ApplicationInfo$
];
var ApplicationsList = (/* unused pure expression or super */ null && (64 | 0));
var AutoRollbackEventsList = (/* unused pure expression or super */ null && (64 | 0));
var AutoScalingGroupList = [1, n0, _ASGL,
    0, () => AutoScalingGroup$
];
var AutoScalingGroupNameList = (/* unused pure expression or super */ null && (64 | 0));
var DeploymentConfigsList = (/* unused pure expression or super */ null && (64 | 0));
var DeploymentGroupInfoList = [1, n0, _DGIL,
    0, () => DeploymentGroupInfo$
];
var DeploymentGroupsList = (/* unused pure expression or super */ null && (64 | 0));
var DeploymentsInfoList = [1, n0, _DIL,
    0, () => DeploymentInfo$
];
var DeploymentsList = (/* unused pure expression or super */ null && (64 | 0));
var DeploymentStatusList = (/* unused pure expression or super */ null && (64 | 0));
var DeploymentStatusMessageList = (/* unused pure expression or super */ null && (64 | 0));
var DeploymentTargetList = [1, n0, _DTL,
    0, () => DeploymentTarget$
];
var EC2TagFilterList = [1, n0, _ECTFL,
    0, () => EC2TagFilter$
];
var EC2TagSetList = [1, n0, _ECTSL,
    0, () => EC2TagFilterList
];
var ECSServiceList = [1, n0, _ECSSL,
    0, () => ECSService$
];
var ECSTaskSetList = [1, n0, _ECSTSL,
    0, () => ECSTaskSet$
];
var ELBInfoList = [1, n0, _ELBIL,
    0, () => ELBInfo$
];
var FilterValueList = (/* unused pure expression or super */ null && (64 | 0));
var GitHubAccountTokenNameList = (/* unused pure expression or super */ null && (64 | 0));
var InstanceInfoList = [1, n0, _IIL,
    0, () => InstanceInfo$
];
var InstanceNameList = (/* unused pure expression or super */ null && (64 | 0));
var InstancesList = (/* unused pure expression or super */ null && (64 | 0));
var InstanceStatusList = (/* unused pure expression or super */ null && (64 | 0));
var InstanceSummaryList = [1, n0, _ISL,
    0, () => InstanceSummary$
];
var InstanceTypeList = (/* unused pure expression or super */ null && (64 | 0));
var LifecycleEventList = [1, n0, _LEL,
    0, () => LifecycleEvent$
];
var ListenerArnList = (/* unused pure expression or super */ null && (64 | 0));
var OnPremisesTagSetList = [1, n0, _OPTSL,
    0, () => TagFilterList
];
var RevisionInfoList = [1, n0, _RIL,
    0, () => RevisionInfo$
];
var RevisionLocationList = [1, n0, _RLL,
    0, () => RevisionLocation$
];
var TagFilterList = [1, n0, _TFL,
    0, () => TagFilter$
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var TargetGroupInfoList = [1, n0, _TGIL,
    0, () => TargetGroupInfo$
];
var TargetGroupPairInfoList = [1, n0, _TGPIL,
    0, () => TargetGroupPairInfo$
];
var TargetIdList = (/* unused pure expression or super */ null && (64 | 0));
var TriggerConfigList = [1, n0, _TCL,
    0, () => TriggerConfig$
];
var TriggerEventTypeList = (/* unused pure expression or super */ null && (64 | 0));
var TargetFilters = [2, n0, _TF,
    0, 0, 64 | 0
];
var AddTagsToOnPremisesInstances$ = [9, n0, _ATTOPI,
    0, () => AddTagsToOnPremisesInstancesInput$, () => __Unit
];
var BatchGetApplicationRevisions$ = [9, n0, _BGAR,
    0, () => BatchGetApplicationRevisionsInput$, () => BatchGetApplicationRevisionsOutput$
];
var BatchGetApplications$ = [9, n0, _BGA,
    0, () => BatchGetApplicationsInput$, () => BatchGetApplicationsOutput$
];
var BatchGetDeploymentGroups$ = [9, n0, _BGDG,
    0, () => BatchGetDeploymentGroupsInput$, () => BatchGetDeploymentGroupsOutput$
];
var BatchGetDeploymentInstances$ = [9, n0, _BGDIa,
    0, () => BatchGetDeploymentInstancesInput$, () => BatchGetDeploymentInstancesOutput$
];
var BatchGetDeployments$ = [9, n0, _BGD,
    0, () => BatchGetDeploymentsInput$, () => BatchGetDeploymentsOutput$
];
var BatchGetDeploymentTargets$ = [9, n0, _BGDT,
    0, () => BatchGetDeploymentTargetsInput$, () => BatchGetDeploymentTargetsOutput$
];
var BatchGetOnPremisesInstances$ = [9, n0, _BGOPI,
    0, () => BatchGetOnPremisesInstancesInput$, () => BatchGetOnPremisesInstancesOutput$
];
var ContinueDeployment$ = [9, n0, _CD,
    0, () => ContinueDeploymentInput$, () => __Unit
];
var CreateApplication$ = [9, n0, _CA,
    0, () => CreateApplicationInput$, () => CreateApplicationOutput$
];
var CreateDeployment$ = [9, n0, _CDr,
    0, () => CreateDeploymentInput$, () => CreateDeploymentOutput$
];
var CreateDeploymentConfig$ = [9, n0, _CDC,
    0, () => CreateDeploymentConfigInput$, () => CreateDeploymentConfigOutput$
];
var CreateDeploymentGroup$ = [9, n0, _CDG,
    0, () => CreateDeploymentGroupInput$, () => CreateDeploymentGroupOutput$
];
var DeleteApplication$ = [9, n0, _DA,
    0, () => DeleteApplicationInput$, () => __Unit
];
var DeleteDeploymentConfig$ = [9, n0, _DDC,
    0, () => DeleteDeploymentConfigInput$, () => __Unit
];
var DeleteDeploymentGroup$ = [9, n0, _DDG,
    0, () => DeleteDeploymentGroupInput$, () => DeleteDeploymentGroupOutput$
];
var DeleteGitHubAccountToken$ = [9, n0, _DGHAT,
    0, () => DeleteGitHubAccountTokenInput$, () => DeleteGitHubAccountTokenOutput$
];
var DeleteResourcesByExternalId$ = [9, n0, _DRBEI,
    0, () => DeleteResourcesByExternalIdInput$, () => DeleteResourcesByExternalIdOutput$
];
var DeregisterOnPremisesInstance$ = [9, n0, _DOPI,
    0, () => DeregisterOnPremisesInstanceInput$, () => __Unit
];
var GetApplication$ = [9, n0, _GA,
    0, () => GetApplicationInput$, () => GetApplicationOutput$
];
var GetApplicationRevision$ = [9, n0, _GAR,
    0, () => GetApplicationRevisionInput$, () => GetApplicationRevisionOutput$
];
var GetDeployment$ = [9, n0, _GD,
    0, () => GetDeploymentInput$, () => GetDeploymentOutput$
];
var GetDeploymentConfig$ = [9, n0, _GDC,
    0, () => GetDeploymentConfigInput$, () => GetDeploymentConfigOutput$
];
var GetDeploymentGroup$ = [9, n0, _GDG,
    0, () => GetDeploymentGroupInput$, () => GetDeploymentGroupOutput$
];
var GetDeploymentInstance$ = [9, n0, _GDIe,
    0, () => GetDeploymentInstanceInput$, () => GetDeploymentInstanceOutput$
];
var GetDeploymentTarget$ = [9, n0, _GDT,
    0, () => GetDeploymentTargetInput$, () => GetDeploymentTargetOutput$
];
var GetOnPremisesInstance$ = [9, n0, _GOPI,
    0, () => GetOnPremisesInstanceInput$, () => GetOnPremisesInstanceOutput$
];
var ListApplicationRevisions$ = [9, n0, _LAR,
    0, () => ListApplicationRevisionsInput$, () => ListApplicationRevisionsOutput$
];
var ListApplications$ = [9, n0, _LA,
    0, () => ListApplicationsInput$, () => ListApplicationsOutput$
];
var ListDeploymentConfigs$ = [9, n0, _LDC,
    0, () => ListDeploymentConfigsInput$, () => ListDeploymentConfigsOutput$
];
var ListDeploymentGroups$ = [9, n0, _LDG,
    0, () => ListDeploymentGroupsInput$, () => ListDeploymentGroupsOutput$
];
var ListDeploymentInstances$ = [9, n0, _LDIis,
    0, () => ListDeploymentInstancesInput$, () => ListDeploymentInstancesOutput$
];
var ListDeployments$ = [9, n0, _LD,
    0, () => ListDeploymentsInput$, () => ListDeploymentsOutput$
];
var ListDeploymentTargets$ = [9, n0, _LDT,
    0, () => ListDeploymentTargetsInput$, () => ListDeploymentTargetsOutput$
];
var ListGitHubAccountTokenNames$ = [9, n0, _LGHATN,
    0, () => ListGitHubAccountTokenNamesInput$, () => ListGitHubAccountTokenNamesOutput$
];
var ListOnPremisesInstances$ = [9, n0, _LOPI,
    0, () => ListOnPremisesInstancesInput$, () => ListOnPremisesInstancesOutput$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceInput$, () => ListTagsForResourceOutput$
];
var PutLifecycleEventHookExecutionStatus$ = [9, n0, _PLEHES,
    0, () => PutLifecycleEventHookExecutionStatusInput$, () => PutLifecycleEventHookExecutionStatusOutput$
];
var RegisterApplicationRevision$ = [9, n0, _RAR,
    0, () => RegisterApplicationRevisionInput$, () => __Unit
];
var RegisterOnPremisesInstance$ = [9, n0, _ROPI,
    0, () => RegisterOnPremisesInstanceInput$, () => __Unit
];
var RemoveTagsFromOnPremisesInstances$ = [9, n0, _RTFOPI,
    0, () => RemoveTagsFromOnPremisesInstancesInput$, () => __Unit
];
var SkipWaitTimeForInstanceTermination$ = [9, n0, _SWTFIT,
    0, () => SkipWaitTimeForInstanceTerminationInput$, () => __Unit
];
var StopDeployment$ = [9, n0, _SD,
    0, () => StopDeploymentInput$, () => StopDeploymentOutput$
];
var TagResource$ = [9, n0, _TRa,
    0, () => TagResourceInput$, () => TagResourceOutput$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceInput$, () => UntagResourceOutput$
];
var UpdateApplication$ = [9, n0, _UA,
    0, () => UpdateApplicationInput$, () => __Unit
];
var UpdateDeploymentGroup$ = [9, n0, _UDG,
    0, () => UpdateDeploymentGroupInput$, () => UpdateDeploymentGroupOutput$
];


/***/ })

};
;