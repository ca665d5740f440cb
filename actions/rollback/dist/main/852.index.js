"use strict";
exports.id = 852;
exports.ids = [852];
exports.modules = {

/***/ 7852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CodeDeployClient: () => (/* reexport */ CodeDeployClient)
});

// UNUSED EXPORTS: $Command, AddTagsToOnPremisesInstances$, AddTagsToOnPremisesInstancesCommand, AddTagsToOnPremisesInstancesInput$, Alarm$, AlarmConfiguration$, AlarmsLimitExceededException, AlarmsLimitExceededException$, AppSpecContent$, ApplicationAlreadyExistsException, ApplicationAlreadyExistsException$, ApplicationDoesNotExistException, ApplicationDoesNotExistException$, ApplicationInfo$, ApplicationLimitExceededException, ApplicationLimitExceededException$, ApplicationNameRequiredException, ApplicationNameRequiredException$, ApplicationRevisionSortBy, ArnNotSupportedException, ArnNotSupportedException$, AutoRollbackConfiguration$, AutoRollbackEvent, AutoScalingGroup$, BatchGetApplicationRevisions$, BatchGetApplicationRevisionsCommand, BatchGetApplicationRevisionsInput$, BatchGetApplicationRevisionsOutput$, BatchGetApplications$, BatchGetApplicationsCommand, BatchGetApplicationsInput$, BatchGetApplicationsOutput$, BatchGetDeploymentGroups$, BatchGetDeploymentGroupsCommand, BatchGetDeploymentGroupsInput$, BatchGetDeploymentGroupsOutput$, BatchGetDeploymentInstances$, BatchGetDeploymentInstancesCommand, BatchGetDeploymentInstancesInput$, BatchGetDeploymentInstancesOutput$, BatchGetDeploymentTargets$, BatchGetDeploymentTargetsCommand, BatchGetDeploymentTargetsInput$, BatchGetDeploymentTargetsOutput$, BatchGetDeployments$, BatchGetDeploymentsCommand, BatchGetDeploymentsInput$, BatchGetDeploymentsOutput$, BatchGetOnPremisesInstances$, BatchGetOnPremisesInstancesCommand, BatchGetOnPremisesInstancesInput$, BatchGetOnPremisesInstancesOutput$, BatchLimitExceededException, BatchLimitExceededException$, BlueGreenDeploymentConfiguration$, BlueInstanceTerminationOption$, BucketNameFilterRequiredException, BucketNameFilterRequiredException$, BundleType, CloudFormationTarget$, CodeDeploy, CodeDeployServiceException, CodeDeployServiceException$, ComputePlatform, ContinueDeployment$, ContinueDeploymentCommand, ContinueDeploymentInput$, CreateApplication$, CreateApplicationCommand, CreateApplicationInput$, CreateApplicationOutput$, CreateDeployment$, CreateDeploymentCommand, CreateDeploymentConfig$, CreateDeploymentConfigCommand, CreateDeploymentConfigInput$, CreateDeploymentConfigOutput$, CreateDeploymentGroup$, CreateDeploymentGroupCommand, CreateDeploymentGroupInput$, CreateDeploymentGroupOutput$, CreateDeploymentInput$, CreateDeploymentOutput$, DeleteApplication$, DeleteApplicationCommand, DeleteApplicationInput$, DeleteDeploymentConfig$, DeleteDeploymentConfigCommand, DeleteDeploymentConfigInput$, DeleteDeploymentGroup$, DeleteDeploymentGroupCommand, DeleteDeploymentGroupInput$, DeleteDeploymentGroupOutput$, DeleteGitHubAccountToken$, DeleteGitHubAccountTokenCommand, DeleteGitHubAccountTokenInput$, DeleteGitHubAccountTokenOutput$, DeleteResourcesByExternalId$, DeleteResourcesByExternalIdCommand, DeleteResourcesByExternalIdInput$, DeleteResourcesByExternalIdOutput$, DeploymentAlreadyCompletedException, DeploymentAlreadyCompletedException$, DeploymentConfigAlreadyExistsException, DeploymentConfigAlreadyExistsException$, DeploymentConfigDoesNotExistException, DeploymentConfigDoesNotExistException$, DeploymentConfigInUseException, DeploymentConfigInUseException$, DeploymentConfigInfo$, DeploymentConfigLimitExceededException, DeploymentConfigLimitExceededException$, DeploymentConfigNameRequiredException, DeploymentConfigNameRequiredException$, DeploymentCreator, DeploymentDoesNotExistException, DeploymentDoesNotExistException$, DeploymentGroupAlreadyExistsException, DeploymentGroupAlreadyExistsException$, DeploymentGroupDoesNotExistException, DeploymentGroupDoesNotExistException$, DeploymentGroupInfo$, DeploymentGroupLimitExceededException, DeploymentGroupLimitExceededException$, DeploymentGroupNameRequiredException, DeploymentGroupNameRequiredException$, DeploymentIdRequiredException, DeploymentIdRequiredException$, DeploymentInfo$, DeploymentIsNotInReadyStateException, DeploymentIsNotInReadyStateException$, DeploymentLimitExceededException, DeploymentLimitExceededException$, DeploymentMode, DeploymentNotStartedException, DeploymentNotStartedException$, DeploymentOption, DeploymentOverview$, DeploymentReadyAction, DeploymentReadyOption$, DeploymentStatus, DeploymentStyle$, DeploymentTarget$, DeploymentTargetDoesNotExistException, DeploymentTargetDoesNotExistException$, DeploymentTargetIdRequiredException, DeploymentTargetIdRequiredException$, DeploymentTargetListSizeExceededException, DeploymentTargetListSizeExceededException$, DeploymentTargetType, DeploymentType, DeploymentWaitType, DeregisterOnPremisesInstance$, DeregisterOnPremisesInstanceCommand, DeregisterOnPremisesInstanceInput$, DescriptionTooLongException, DescriptionTooLongException$, Diagnostics$, EC2TagFilter$, EC2TagFilterType, EC2TagSet$, ECSService$, ECSServiceMappingLimitExceededException, ECSServiceMappingLimitExceededException$, ECSTarget$, ECSTaskSet$, ELBInfo$, ErrorCode, ErrorInformation$, FileExistsBehavior, GenericRevisionInfo$, GetApplication$, GetApplicationCommand, GetApplicationInput$, GetApplicationOutput$, GetApplicationRevision$, GetApplicationRevisionCommand, GetApplicationRevisionInput$, GetApplicationRevisionOutput$, GetDeployment$, GetDeploymentCommand, GetDeploymentConfig$, GetDeploymentConfigCommand, GetDeploymentConfigInput$, GetDeploymentConfigOutput$, GetDeploymentGroup$, GetDeploymentGroupCommand, GetDeploymentGroupInput$, GetDeploymentGroupOutput$, GetDeploymentInput$, GetDeploymentInstance$, GetDeploymentInstanceCommand, GetDeploymentInstanceInput$, GetDeploymentInstanceOutput$, GetDeploymentOutput$, GetDeploymentTarget$, GetDeploymentTargetCommand, GetDeploymentTargetInput$, GetDeploymentTargetOutput$, GetOnPremisesInstance$, GetOnPremisesInstanceCommand, GetOnPremisesInstanceInput$, GetOnPremisesInstanceOutput$, GitHubAccountTokenDoesNotExistException, GitHubAccountTokenDoesNotExistException$, GitHubAccountTokenNameRequiredException, GitHubAccountTokenNameRequiredException$, GitHubLocation$, GreenFleetProvisioningAction, GreenFleetProvisioningOption$, IamArnRequiredException, IamArnRequiredException$, IamSessionArnAlreadyRegisteredException, IamSessionArnAlreadyRegisteredException$, IamUserArnAlreadyRegisteredException, IamUserArnAlreadyRegisteredException$, IamUserArnRequiredException, IamUserArnRequiredException$, InstanceAction, InstanceDoesNotExistException, InstanceDoesNotExistException$, InstanceIdRequiredException, InstanceIdRequiredException$, InstanceInfo$, InstanceLimitExceededException, InstanceLimitExceededException$, InstanceNameAlreadyRegisteredException, InstanceNameAlreadyRegisteredException$, InstanceNameRequiredException, InstanceNameRequiredException$, InstanceNotRegisteredException, InstanceNotRegisteredException$, InstanceStatus, InstanceSummary$, InstanceTarget$, InvalidAlarmConfigException, InvalidAlarmConfigException$, InvalidApplicationNameException, InvalidApplicationNameException$, InvalidArnException, InvalidArnException$, InvalidAutoRollbackConfigException, InvalidAutoRollbackConfigException$, InvalidAutoScalingGroupException, InvalidAutoScalingGroupException$, InvalidBlueGreenDeploymentConfigurationException, InvalidBlueGreenDeploymentConfigurationException$, InvalidBucketNameFilterException, InvalidBucketNameFilterException$, InvalidComputePlatformException, InvalidComputePlatformException$, InvalidDeployedStateFilterException, InvalidDeployedStateFilterException$, InvalidDeploymentConfigNameException, InvalidDeploymentConfigNameException$, InvalidDeploymentGroupNameException, InvalidDeploymentGroupNameException$, InvalidDeploymentIdException, InvalidDeploymentIdException$, InvalidDeploymentInstanceTypeException, InvalidDeploymentInstanceTypeException$, InvalidDeploymentStatusException, InvalidDeploymentStatusException$, InvalidDeploymentStyleException, InvalidDeploymentStyleException$, InvalidDeploymentTargetIdException, InvalidDeploymentTargetIdException$, InvalidDeploymentWaitTypeException, InvalidDeploymentWaitTypeException$, InvalidEC2TagCombinationException, InvalidEC2TagCombinationException$, InvalidEC2TagException, InvalidEC2TagException$, InvalidECSServiceException, InvalidECSServiceException$, InvalidExternalIdException, InvalidExternalIdException$, InvalidFileExistsBehaviorException, InvalidFileExistsBehaviorException$, InvalidGitHubAccountTokenException, InvalidGitHubAccountTokenException$, InvalidGitHubAccountTokenNameException, InvalidGitHubAccountTokenNameException$, InvalidIamSessionArnException, InvalidIamSessionArnException$, InvalidIamUserArnException, InvalidIamUserArnException$, InvalidIgnoreApplicationStopFailuresValueException, InvalidIgnoreApplicationStopFailuresValueException$, InvalidInputException, InvalidInputException$, InvalidInstanceNameException, InvalidInstanceNameException$, InvalidInstanceStatusException, InvalidInstanceStatusException$, InvalidInstanceTypeException, InvalidInstanceTypeException$, InvalidKeyPrefixFilterException, InvalidKeyPrefixFilterException$, InvalidLifecycleEventHookExecutionIdException, InvalidLifecycleEventHookExecutionIdException$, InvalidLifecycleEventHookExecutionStatusException, InvalidLifecycleEventHookExecutionStatusException$, InvalidLoadBalancerInfoException, InvalidLoadBalancerInfoException$, InvalidMinimumHealthyHostValueException, InvalidMinimumHealthyHostValueException$, InvalidNextTokenException, InvalidNextTokenException$, InvalidOnPremisesTagCombinationException, InvalidOnPremisesTagCombinationException$, InvalidOperationException, InvalidOperationException$, InvalidRegistrationStatusException, InvalidRegistrationStatusException$, InvalidRevisionException, InvalidRevisionException$, InvalidRoleException, InvalidRoleException$, InvalidSortByException, InvalidSortByException$, InvalidSortOrderException, InvalidSortOrderException$, InvalidTagException, InvalidTagException$, InvalidTagFilterException, InvalidTagFilterException$, InvalidTagsToAddException, InvalidTagsToAddException$, InvalidTargetFilterNameException, InvalidTargetFilterNameException$, InvalidTargetGroupPairException, InvalidTargetGroupPairException$, InvalidTargetInstancesException, InvalidTargetInstancesException$, InvalidTimeRangeException, InvalidTimeRangeException$, InvalidTrafficRoutingConfigurationException, InvalidTrafficRoutingConfigurationException$, InvalidTriggerConfigException, InvalidTriggerConfigException$, InvalidUpdateOutdatedInstancesOnlyValueException, InvalidUpdateOutdatedInstancesOnlyValueException$, InvalidZonalDeploymentConfigurationException, InvalidZonalDeploymentConfigurationException$, LambdaFunctionInfo$, LambdaTarget$, LastDeploymentInfo$, LifecycleErrorCode, LifecycleEvent$, LifecycleEventAlreadyCompletedException, LifecycleEventAlreadyCompletedException$, LifecycleEventStatus, LifecycleHookLimitExceededException, LifecycleHookLimitExceededException$, ListApplicationRevisions$, ListApplicationRevisionsCommand, ListApplicationRevisionsInput$, ListApplicationRevisionsOutput$, ListApplications$, ListApplicationsCommand, ListApplicationsInput$, ListApplicationsOutput$, ListDeploymentConfigs$, ListDeploymentConfigsCommand, ListDeploymentConfigsInput$, ListDeploymentConfigsOutput$, ListDeploymentGroups$, ListDeploymentGroupsCommand, ListDeploymentGroupsInput$, ListDeploymentGroupsOutput$, ListDeploymentInstances$, ListDeploymentInstancesCommand, ListDeploymentInstancesInput$, ListDeploymentInstancesOutput$, ListDeploymentTargets$, ListDeploymentTargetsCommand, ListDeploymentTargetsInput$, ListDeploymentTargetsOutput$, ListDeployments$, ListDeploymentsCommand, ListDeploymentsInput$, ListDeploymentsOutput$, ListGitHubAccountTokenNames$, ListGitHubAccountTokenNamesCommand, ListGitHubAccountTokenNamesInput$, ListGitHubAccountTokenNamesOutput$, ListOnPremisesInstances$, ListOnPremisesInstancesCommand, ListOnPremisesInstancesInput$, ListOnPremisesInstancesOutput$, ListStateFilterAction, ListTagsForResource$, ListTagsForResourceCommand, ListTagsForResourceInput$, ListTagsForResourceOutput$, LoadBalancerInfo$, MinimumHealthyHosts$, MinimumHealthyHostsPerZone$, MinimumHealthyHostsPerZoneType, MinimumHealthyHostsType, MultipleIamArnsProvidedException, MultipleIamArnsProvidedException$, OnPremisesTagSet$, OperationNotSupportedException, OperationNotSupportedException$, OutdatedInstancesStrategy, PutLifecycleEventHookExecutionStatus$, PutLifecycleEventHookExecutionStatusCommand, PutLifecycleEventHookExecutionStatusInput$, PutLifecycleEventHookExecutionStatusOutput$, RawString$, RegisterApplicationRevision$, RegisterApplicationRevisionCommand, RegisterApplicationRevisionInput$, RegisterOnPremisesInstance$, RegisterOnPremisesInstanceCommand, RegisterOnPremisesInstanceInput$, RegistrationStatus, RelatedDeployments$, RemoveTagsFromOnPremisesInstances$, RemoveTagsFromOnPremisesInstancesCommand, RemoveTagsFromOnPremisesInstancesInput$, ResourceArnRequiredException, ResourceArnRequiredException$, ResourceValidationException, ResourceValidationException$, RevisionDoesNotExistException, RevisionDoesNotExistException$, RevisionInfo$, RevisionLocation$, RevisionLocationType, RevisionRequiredException, RevisionRequiredException$, RoleRequiredException, RoleRequiredException$, RollbackInfo$, S3Location$, SkipWaitTimeForInstanceTermination$, SkipWaitTimeForInstanceTerminationCommand, SkipWaitTimeForInstanceTerminationInput$, SortOrder, StopDeployment$, StopDeploymentCommand, StopDeploymentInput$, StopDeploymentOutput$, StopStatus, Tag$, TagFilter$, TagFilterType, TagLimitExceededException, TagLimitExceededException$, TagRequiredException, TagRequiredException$, TagResource$, TagResourceCommand, TagResourceInput$, TagResourceOutput$, TagSetListLimitExceededException, TagSetListLimitExceededException$, TargetFilterName, TargetGroupInfo$, TargetGroupPairInfo$, TargetInstances$, TargetLabel, TargetStatus, ThrottlingException, ThrottlingException$, TimeBasedCanary$, TimeBasedLinear$, TimeRange$, TrafficRoute$, TrafficRoutingConfig$, TrafficRoutingType, TriggerConfig$, TriggerEventType, TriggerTargetsLimitExceededException, TriggerTargetsLimitExceededException$, UnsupportedActionForDeploymentTypeException, UnsupportedActionForDeploymentTypeException$, UntagResource$, UntagResourceCommand, UntagResourceInput$, UntagResourceOutput$, UpdateApplication$, UpdateApplicationCommand, UpdateApplicationInput$, UpdateDeploymentGroup$, UpdateDeploymentGroupCommand, UpdateDeploymentGroupInput$, UpdateDeploymentGroupOutput$, ZonalConfig$, _InstanceType, __Client, errorTypeRegistries, paginateListApplicationRevisions, paginateListApplications, paginateListDeploymentConfigs, paginateListDeploymentGroups, paginateListDeploymentInstances, paginateListDeployments, waitForDeploymentSuccessful, waitUntilDeploymentSuccessful

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(3422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(7523);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/auth/httpAuthSchemeProvider.js


const defaultCodeDeployHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "codedeploy",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultCodeDeployHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(1176);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/package.json
const package_namespaceObject = {"rE":"3.1133.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 6 modules
var node_http_handler = __webpack_require__(2254);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/endpoint/bdd.js

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://codedeploy-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://codedeploy-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://codedeploy.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://codedeploy.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(9117);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2014-10-06",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCodeDeployHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.codedeploy",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://codedeploy.amazonaws.com/doc/2014-10-06/",
            version: "2014-10-06",
            serviceTarget: "CodeDeploy_20141006",
        },
        serviceId: config?.serviceId ?? "CodeDeploy",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/CodeDeployClient.js













class CodeDeployClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0,submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0,client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0,endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultCodeDeployHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/index.js













/***/ })

};
;