"use strict";
exports.id = 25;
exports.ids = [25];
exports.modules = {

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ECRClient: () => (/* reexport */ ECRClient)
});

// UNUSED EXPORTS: $Command, ArtifactStatus, ArtifactStatusFilter, Attribute$, AuthorizationData$, AwsEcrContainerImageDetails$, BatchCheckLayerAvailability$, BatchCheckLayerAvailabilityCommand, BatchCheckLayerAvailabilityRequest$, BatchCheckLayerAvailabilityResponse$, BatchDeleteImage$, BatchDeleteImageCommand, BatchDeleteImageRequest$, BatchDeleteImageResponse$, BatchGetImage$, BatchGetImageCommand, BatchGetImageRequest$, BatchGetImageResponse$, BatchGetRepositoryScanningConfiguration$, BatchGetRepositoryScanningConfigurationCommand, BatchGetRepositoryScanningConfigurationRequest$, BatchGetRepositoryScanningConfigurationResponse$, BlockedByOrganizationPolicyException, BlockedByOrganizationPolicyException$, CompleteLayerUpload$, CompleteLayerUploadCommand, CompleteLayerUploadRequest$, CompleteLayerUploadResponse$, CreatePullThroughCacheRule$, CreatePullThroughCacheRuleCommand, CreatePullThroughCacheRuleRequest$, CreatePullThroughCacheRuleResponse$, CreateRepository$, CreateRepositoryCommand, CreateRepositoryCreationTemplate$, CreateRepositoryCreationTemplateCommand, CreateRepositoryCreationTemplateRequest$, CreateRepositoryCreationTemplateResponse$, CreateRepositoryRequest$, CreateRepositoryResponse$, CvssScore$, CvssScoreAdjustment$, CvssScoreDetails$, DeleteLifecyclePolicy$, DeleteLifecyclePolicyCommand, DeleteLifecyclePolicyRequest$, DeleteLifecyclePolicyResponse$, DeletePullThroughCacheRule$, DeletePullThroughCacheRuleCommand, DeletePullThroughCacheRuleRequest$, DeletePullThroughCacheRuleResponse$, DeleteRegistryPolicy$, DeleteRegistryPolicyCommand, DeleteRegistryPolicyRequest$, DeleteRegistryPolicyResponse$, DeleteRepository$, DeleteRepositoryCommand, DeleteRepositoryCreationTemplate$, DeleteRepositoryCreationTemplateCommand, DeleteRepositoryCreationTemplateRequest$, DeleteRepositoryCreationTemplateResponse$, DeleteRepositoryPolicy$, DeleteRepositoryPolicyCommand, DeleteRepositoryPolicyRequest$, DeleteRepositoryPolicyResponse$, DeleteRepositoryRequest$, DeleteRepositoryResponse$, DeleteSigningConfiguration$, DeleteSigningConfigurationCommand, DeleteSigningConfigurationRequest$, DeleteSigningConfigurationResponse$, DeregisterPullTimeUpdateExclusion$, DeregisterPullTimeUpdateExclusionCommand, DeregisterPullTimeUpdateExclusionRequest$, DeregisterPullTimeUpdateExclusionResponse$, DescribeImageReplicationStatus$, DescribeImageReplicationStatusCommand, DescribeImageReplicationStatusRequest$, DescribeImageReplicationStatusResponse$, DescribeImageScanFindings$, DescribeImageScanFindingsCommand, DescribeImageScanFindingsRequest$, DescribeImageScanFindingsResponse$, DescribeImageSigningStatus$, DescribeImageSigningStatusCommand, DescribeImageSigningStatusRequest$, DescribeImageSigningStatusResponse$, DescribeImages$, DescribeImagesCommand, DescribeImagesFilter$, DescribeImagesRequest$, DescribeImagesResponse$, DescribePullThroughCacheRules$, DescribePullThroughCacheRulesCommand, DescribePullThroughCacheRulesRequest$, DescribePullThroughCacheRulesResponse$, DescribeRegistry$, DescribeRegistryCommand, DescribeRegistryRequest$, DescribeRegistryResponse$, DescribeReplicationBackfillResults$, DescribeReplicationBackfillResultsCommand, DescribeReplicationBackfillResultsRequest$, DescribeReplicationBackfillResultsResponse$, DescribeRepositories$, DescribeRepositoriesCommand, DescribeRepositoriesRequest$, DescribeRepositoriesResponse$, DescribeRepositoryCreationTemplates$, DescribeRepositoryCreationTemplatesCommand, DescribeRepositoryCreationTemplatesRequest$, DescribeRepositoryCreationTemplatesResponse$, ECR, ECRServiceException, ECRServiceException$, EmptyUploadException, EmptyUploadException$, EncryptionConfiguration$, EncryptionConfigurationForRepositoryCreationTemplate$, EncryptionType, EnhancedImageScanFinding$, ExclusionAlreadyExistsException, ExclusionAlreadyExistsException$, ExclusionNotFoundException, ExclusionNotFoundException$, FindingSeverity, GetAccountSetting$, GetAccountSettingCommand, GetAccountSettingRequest$, GetAccountSettingResponse$, GetAuthorizationToken$, GetAuthorizationTokenCommand, GetAuthorizationTokenRequest$, GetAuthorizationTokenResponse$, GetDownloadUrlForLayer$, GetDownloadUrlForLayerCommand, GetDownloadUrlForLayerRequest$, GetDownloadUrlForLayerResponse$, GetLifecyclePolicy$, GetLifecyclePolicyCommand, GetLifecyclePolicyPreview$, GetLifecyclePolicyPreviewCommand, GetLifecyclePolicyPreviewRequest$, GetLifecyclePolicyPreviewResponse$, GetLifecyclePolicyRequest$, GetLifecyclePolicyResponse$, GetRegistryPolicy$, GetRegistryPolicyCommand, GetRegistryPolicyRequest$, GetRegistryPolicyResponse$, GetRegistryScanningConfiguration$, GetRegistryScanningConfigurationCommand, GetRegistryScanningConfigurationRequest$, GetRegistryScanningConfigurationResponse$, GetRepositoryPolicy$, GetRepositoryPolicyCommand, GetRepositoryPolicyRequest$, GetRepositoryPolicyResponse$, GetSigningConfiguration$, GetSigningConfigurationCommand, GetSigningConfigurationRequest$, GetSigningConfigurationResponse$, Image$, ImageActionType, ImageAlreadyExistsException, ImageAlreadyExistsException$, ImageArchivedException, ImageArchivedException$, ImageDetail$, ImageDigestDoesNotMatchException, ImageDigestDoesNotMatchException$, ImageFailure$, ImageFailureCode, ImageIdentifier$, ImageNotFoundException, ImageNotFoundException$, ImageReferrer$, ImageReplicationStatus$, ImageScanFinding$, ImageScanFindings$, ImageScanFindingsSummary$, ImageScanStatus$, ImageScanningConfiguration$, ImageSigningStatus$, ImageStatus, ImageStatusFilter, ImageStorageClassUpdateNotSupportedException, ImageStorageClassUpdateNotSupportedException$, ImageTagAlreadyExistsException, ImageTagAlreadyExistsException$, ImageTagMutability, ImageTagMutabilityExclusionFilter$, ImageTagMutabilityExclusionFilterType, InitiateLayerUpload$, InitiateLayerUploadCommand, InitiateLayerUploadRequest$, InitiateLayerUploadResponse$, InvalidLayerException, InvalidLayerException$, InvalidLayerPartException, InvalidLayerPartException$, InvalidParameterException, InvalidParameterException$, InvalidTagParameterException, InvalidTagParameterException$, KmsException, KmsException$, Layer$, LayerAlreadyExistsException, LayerAlreadyExistsException$, LayerAvailability, LayerFailure$, LayerFailureCode, LayerInaccessibleException, LayerInaccessibleException$, LayerPartTooSmallException, LayerPartTooSmallException$, LayersNotFoundException, LayersNotFoundException$, LifecyclePolicyNotFoundException, LifecyclePolicyNotFoundException$, LifecyclePolicyPreviewFilter$, LifecyclePolicyPreviewInProgressException, LifecyclePolicyPreviewInProgressException$, LifecyclePolicyPreviewNotFoundException, LifecyclePolicyPreviewNotFoundException$, LifecyclePolicyPreviewResult$, LifecyclePolicyPreviewStatus, LifecyclePolicyPreviewSummary$, LifecyclePolicyRuleAction$, LifecyclePolicyStorageClass, LifecyclePolicyTargetStorageClass, LimitExceededException, LimitExceededException$, ListImageReferrers$, ListImageReferrersCommand, ListImageReferrersFilter$, ListImageReferrersRequest$, ListImageReferrersResponse$, ListImages$, ListImagesCommand, ListImagesFilter$, ListImagesRequest$, ListImagesResponse$, ListPullTimeUpdateExclusions$, ListPullTimeUpdateExclusionsCommand, ListPullTimeUpdateExclusionsRequest$, ListPullTimeUpdateExclusionsResponse$, ListReplicationBackfills$, ListReplicationBackfillsCommand, ListReplicationBackfillsRequest$, ListReplicationBackfillsResponse$, ListTagsForResource$, ListTagsForResourceCommand, ListTagsForResourceRequest$, ListTagsForResourceResponse$, PackageVulnerabilityDetails$, PullThroughCacheRule$, PullThroughCacheRuleAlreadyExistsException, PullThroughCacheRuleAlreadyExistsException$, PullThroughCacheRuleNotFoundException, PullThroughCacheRuleNotFoundException$, PutAccountSetting$, PutAccountSettingCommand, PutAccountSettingRequest$, PutAccountSettingResponse$, PutImage$, PutImageCommand, PutImageRequest$, PutImageResponse$, PutImageScanningConfiguration$, PutImageScanningConfigurationCommand, PutImageScanningConfigurationRequest$, PutImageScanningConfigurationResponse$, PutImageTagMutability$, PutImageTagMutabilityCommand, PutImageTagMutabilityRequest$, PutImageTagMutabilityResponse$, PutLifecyclePolicy$, PutLifecyclePolicyCommand, PutLifecyclePolicyRequest$, PutLifecyclePolicyResponse$, PutRegistryPolicy$, PutRegistryPolicyCommand, PutRegistryPolicyRequest$, PutRegistryPolicyResponse$, PutRegistryScanningConfiguration$, PutRegistryScanningConfigurationCommand, PutRegistryScanningConfigurationRequest$, PutRegistryScanningConfigurationResponse$, PutReplicationConfiguration$, PutReplicationConfigurationCommand, PutReplicationConfigurationRequest$, PutReplicationConfigurationResponse$, PutSigningConfiguration$, PutSigningConfigurationCommand, PutSigningConfigurationRequest$, PutSigningConfigurationResponse$, RCTAppliedFor, Recommendation$, ReferencedImagesNotFoundException, ReferencedImagesNotFoundException$, RegisterPullTimeUpdateExclusion$, RegisterPullTimeUpdateExclusionCommand, RegisterPullTimeUpdateExclusionRequest$, RegisterPullTimeUpdateExclusionResponse$, RegistryPolicyNotFoundException, RegistryPolicyNotFoundException$, RegistryScanningConfiguration$, RegistryScanningRule$, Remediation$, ReplicationBackfillInProgressException, ReplicationBackfillInProgressException$, ReplicationBackfillInvalidStatusException, ReplicationBackfillInvalidStatusException$, ReplicationBackfillNotFoundException, ReplicationBackfillNotFoundException$, ReplicationBackfillProgress$, ReplicationBackfillResult$, ReplicationBackfillResultStatus, ReplicationBackfillStatus, ReplicationBackfillSummary$, ReplicationConfiguration$, ReplicationDestination$, ReplicationRule$, ReplicationStatus, Repository$, RepositoryAlreadyExistsException, RepositoryAlreadyExistsException$, RepositoryCreationTemplate$, RepositoryFilter$, RepositoryFilterType, RepositoryNotEmptyException, RepositoryNotEmptyException$, RepositoryNotFoundException, RepositoryNotFoundException$, RepositoryPolicyNotFoundException, RepositoryPolicyNotFoundException$, RepositoryScanningConfiguration$, RepositoryScanningConfigurationFailure$, Resource$, ResourceDetails$, ScanFrequency, ScanNotFoundException, ScanNotFoundException$, ScanStatus, ScanType, ScanningConfigurationFailureCode, ScanningRepositoryFilter$, ScanningRepositoryFilterType, ScoreDetails$, SecretNotFoundException, SecretNotFoundException$, ServerException, ServerException$, SetRepositoryPolicy$, SetRepositoryPolicyCommand, SetRepositoryPolicyRequest$, SetRepositoryPolicyResponse$, SigningConfiguration$, SigningConfigurationNotFoundException, SigningConfigurationNotFoundException$, SigningRepositoryFilter$, SigningRepositoryFilterType, SigningRule$, SigningStatus, StartImageScan$, StartImageScanCommand, StartImageScanRequest$, StartImageScanResponse$, StartLifecyclePolicyPreview$, StartLifecyclePolicyPreviewCommand, StartLifecyclePolicyPreviewRequest$, StartLifecyclePolicyPreviewResponse$, StartReplicationBackfill$, StartReplicationBackfillCommand, StartReplicationBackfillRequest$, StartReplicationBackfillResponse$, StopReplicationBackfill$, StopReplicationBackfillCommand, StopReplicationBackfillRequest$, StopReplicationBackfillResponse$, SubjectIdentifier$, Tag$, TagResource$, TagResourceCommand, TagResourceRequest$, TagResourceResponse$, TagStatus, TargetStorageClass, TemplateAlreadyExistsException, TemplateAlreadyExistsException$, TemplateNotFoundException, TemplateNotFoundException$, TooManyTagsException, TooManyTagsException$, TransitioningImageTotalCount$, UnableToAccessSecretException, UnableToAccessSecretException$, UnableToDecryptSecretValueException, UnableToDecryptSecretValueException$, UnableToGetUpstreamImageException, UnableToGetUpstreamImageException$, UnableToGetUpstreamLayerException, UnableToGetUpstreamLayerException$, UnableToListUpstreamImageReferrersException, UnableToListUpstreamImageReferrersException$, UnsupportedImageTypeException, UnsupportedImageTypeException$, UnsupportedUpstreamRegistryException, UnsupportedUpstreamRegistryException$, UntagResource$, UntagResourceCommand, UntagResourceRequest$, UntagResourceResponse$, UpdateImageStorageClass$, UpdateImageStorageClassCommand, UpdateImageStorageClassRequest$, UpdateImageStorageClassResponse$, UpdatePullThroughCacheRule$, UpdatePullThroughCacheRuleCommand, UpdatePullThroughCacheRuleRequest$, UpdatePullThroughCacheRuleResponse$, UpdateRepositoryCreationTemplate$, UpdateRepositoryCreationTemplateCommand, UpdateRepositoryCreationTemplateRequest$, UpdateRepositoryCreationTemplateResponse$, UploadLayerPart$, UploadLayerPartCommand, UploadLayerPartRequest$, UploadLayerPartResponse$, UploadNotFoundException, UploadNotFoundException$, UpstreamRegistry, ValidatePullThroughCacheRule$, ValidatePullThroughCacheRuleCommand, ValidatePullThroughCacheRuleRequest$, ValidatePullThroughCacheRuleResponse$, ValidationException, ValidationException$, VulnerablePackage$, __Client, errorTypeRegistries, paginateDescribeImageScanFindings, paginateDescribeImages, paginateDescribePullThroughCacheRules, paginateDescribeReplicationBackfillResults, paginateDescribeRepositories, paginateDescribeRepositoryCreationTemplates, paginateGetLifecyclePolicyPreview, paginateListImages, paginateListReplicationBackfills, waitForImageScanComplete, waitForLifecyclePolicyPreviewComplete, waitUntilImageScanComplete, waitUntilLifecyclePolicyPreviewComplete

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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthSchemeProvider.js


const defaultECRHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "ecr",
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
const defaultECRHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(942);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/endpoint/bdd.js

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "stringEquals", f = "booleanEquals", g = "getAttr", h = { [m]: "Endpoint" }, i = { "fn": g, "argv": [{ [m]: d }, "name"] }, j = { [m]: d }, k = {}, l = [{ [m]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [i, "aws-eusc"]],
        [e, [i, "aws-iso-f"]],
        [e, [i, "aws-iso-e"]],
        [e, [i, "aws-iso-b"]],
        [e, [i, "aws-iso"]],
        [e, [i, "aws-cn"]],
        [e, [i, "aws-us-gov"]],
        [e, [i, "aws"]],
        [f, [{ [m]: "UseFIPS" }, b]],
        [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
        [f, [{ [m]: "UseDualStack" }, b]],
        [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://api.ecr.{Region}.{PartitionResult#dnsSuffix}", k],
        ["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        ["https://ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 23, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 20, 6,
    4, 20, 7,
    5, 20, 8,
    6, 20, 9,
    7, 20, 10,
    8, 20, 11,
    9, 20, 12,
    10, 20, 13,
    11, 16, 14,
    13, 15, r + 4,
    14, r + 11, r + 12,
    12, 18, 17,
    13, r + 9, r + 10,
    13, 19, r + 6,
    14, r + 8, r + 9,
    11, 22, 21,
    13, r + 5, r + 4,
    13, r + 7, r + 6,
    11, r + 1, 24,
    13, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4872);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2015-09-21",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECRHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.ecr",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://ecr.amazonaws.com/doc/2015-09-21/",
            version: "2015-09-21",
            serviceTarget: "AmazonEC2ContainerRegistry_V20150921",
        },
        serviceId: config?.serviceId ?? "ECR",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.js










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
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 300_000),
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/ECRClient.js













class ECRClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultECRHttpAuthSchemeParametersProvider,
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/index.js













/***/ })

};
;