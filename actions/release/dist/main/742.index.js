"use strict";
exports.id = 742;
exports.ids = [742];
exports.modules = {

/***/ 1742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ElasticLoadBalancingV2Client: () => (/* reexport */ ElasticLoadBalancingV2Client)
});

// UNUSED EXPORTS: $Command, ALPNPolicyNotSupportedException, ALPNPolicyNotSupportedException$, Action$, ActionTypeEnum, AddListenerCertificates$, AddListenerCertificatesCommand, AddListenerCertificatesInput$, AddListenerCertificatesOutput$, AddTags$, AddTagsCommand, AddTagsInput$, AddTagsOutput$, AddTrustStoreRevocations$, AddTrustStoreRevocationsCommand, AddTrustStoreRevocationsInput$, AddTrustStoreRevocationsOutput$, AdministrativeOverride$, AdvertiseTrustStoreCaNamesEnum, AllocationIdNotFoundException, AllocationIdNotFoundException$, AnomalyDetection$, AnomalyResultEnum, AuthenticateCognitoActionConditionalBehaviorEnum, AuthenticateCognitoActionConfig$, AuthenticateOidcActionConditionalBehaviorEnum, AuthenticateOidcActionConfig$, AvailabilityZone$, AvailabilityZoneNotSupportedException, AvailabilityZoneNotSupportedException$, CaCertificatesBundleNotFoundException, CaCertificatesBundleNotFoundException$, CapacityDecreaseRequestsLimitExceededException, CapacityDecreaseRequestsLimitExceededException$, CapacityReservationPendingException, CapacityReservationPendingException$, CapacityReservationStateEnum, CapacityReservationStatus$, CapacityUnitsLimitExceededException, CapacityUnitsLimitExceededException$, Certificate$, CertificateNotFoundException, CertificateNotFoundException$, Cipher$, CreateListener$, CreateListenerCommand, CreateListenerInput$, CreateListenerOutput$, CreateLoadBalancer$, CreateLoadBalancerCommand, CreateLoadBalancerInput$, CreateLoadBalancerOutput$, CreateRule$, CreateRuleCommand, CreateRuleInput$, CreateRuleOutput$, CreateTargetGroup$, CreateTargetGroupCommand, CreateTargetGroupInput$, CreateTargetGroupOutput$, CreateTrustStore$, CreateTrustStoreCommand, CreateTrustStoreInput$, CreateTrustStoreOutput$, DeleteAssociationSameAccountException, DeleteAssociationSameAccountException$, DeleteListener$, DeleteListenerCommand, DeleteListenerInput$, DeleteListenerOutput$, DeleteLoadBalancer$, DeleteLoadBalancerCommand, DeleteLoadBalancerInput$, DeleteLoadBalancerOutput$, DeleteRule$, DeleteRuleCommand, DeleteRuleInput$, DeleteRuleOutput$, DeleteSharedTrustStoreAssociation$, DeleteSharedTrustStoreAssociationCommand, DeleteSharedTrustStoreAssociationInput$, DeleteSharedTrustStoreAssociationOutput$, DeleteTargetGroup$, DeleteTargetGroupCommand, DeleteTargetGroupInput$, DeleteTargetGroupOutput$, DeleteTrustStore$, DeleteTrustStoreCommand, DeleteTrustStoreInput$, DeleteTrustStoreOutput$, DeregisterTargets$, DeregisterTargetsCommand, DeregisterTargetsInput$, DeregisterTargetsOutput$, DescribeAccountLimits$, DescribeAccountLimitsCommand, DescribeAccountLimitsInput$, DescribeAccountLimitsOutput$, DescribeCapacityReservation$, DescribeCapacityReservationCommand, DescribeCapacityReservationInput$, DescribeCapacityReservationOutput$, DescribeListenerAttributes$, DescribeListenerAttributesCommand, DescribeListenerAttributesInput$, DescribeListenerAttributesOutput$, DescribeListenerCertificates$, DescribeListenerCertificatesCommand, DescribeListenerCertificatesInput$, DescribeListenerCertificatesOutput$, DescribeListeners$, DescribeListenersCommand, DescribeListenersInput$, DescribeListenersOutput$, DescribeLoadBalancerAttributes$, DescribeLoadBalancerAttributesCommand, DescribeLoadBalancerAttributesInput$, DescribeLoadBalancerAttributesOutput$, DescribeLoadBalancers$, DescribeLoadBalancersCommand, DescribeLoadBalancersInput$, DescribeLoadBalancersOutput$, DescribeRules$, DescribeRulesCommand, DescribeRulesInput$, DescribeRulesOutput$, DescribeSSLPolicies$, DescribeSSLPoliciesCommand, DescribeSSLPoliciesInput$, DescribeSSLPoliciesOutput$, DescribeTags$, DescribeTagsCommand, DescribeTagsInput$, DescribeTagsOutput$, DescribeTargetGroupAttributes$, DescribeTargetGroupAttributesCommand, DescribeTargetGroupAttributesInput$, DescribeTargetGroupAttributesOutput$, DescribeTargetGroups$, DescribeTargetGroupsCommand, DescribeTargetGroupsInput$, DescribeTargetGroupsOutput$, DescribeTargetHealth$, DescribeTargetHealthCommand, DescribeTargetHealthInput$, DescribeTargetHealthInputIncludeEnum, DescribeTargetHealthOutput$, DescribeTrustStoreAssociations$, DescribeTrustStoreAssociationsCommand, DescribeTrustStoreAssociationsInput$, DescribeTrustStoreAssociationsOutput$, DescribeTrustStoreRevocation$, DescribeTrustStoreRevocations$, DescribeTrustStoreRevocationsCommand, DescribeTrustStoreRevocationsInput$, DescribeTrustStoreRevocationsOutput$, DescribeTrustStores$, DescribeTrustStoresCommand, DescribeTrustStoresInput$, DescribeTrustStoresOutput$, DuplicateListenerException, DuplicateListenerException$, DuplicateLoadBalancerNameException, DuplicateLoadBalancerNameException$, DuplicateTagKeysException, DuplicateTagKeysException$, DuplicateTargetGroupNameException, DuplicateTargetGroupNameException$, DuplicateTrustStoreNameException, DuplicateTrustStoreNameException$, ElasticLoadBalancingV2, ElasticLoadBalancingV2ServiceException, ElasticLoadBalancingV2ServiceException$, EnablePrefixForIpv6SourceNatEnum, EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum, FixedResponseActionConfig$, ForwardActionConfig$, GetResourcePolicy$, GetResourcePolicyCommand, GetResourcePolicyInput$, GetResourcePolicyOutput$, GetTrustStoreCaCertificatesBundle$, GetTrustStoreCaCertificatesBundleCommand, GetTrustStoreCaCertificatesBundleInput$, GetTrustStoreCaCertificatesBundleOutput$, GetTrustStoreRevocationContent$, GetTrustStoreRevocationContentCommand, GetTrustStoreRevocationContentInput$, GetTrustStoreRevocationContentOutput$, HealthUnavailableException, HealthUnavailableException$, HostHeaderConditionConfig$, HostHeaderRewriteConfig$, HttpHeaderConditionConfig$, HttpRequestMethodConditionConfig$, IncompatibleProtocolsException, IncompatibleProtocolsException$, InsufficientCapacityException, InsufficientCapacityException$, InvalidCaCertificatesBundleException, InvalidCaCertificatesBundleException$, InvalidConfigurationRequestException, InvalidConfigurationRequestException$, InvalidLoadBalancerActionException, InvalidLoadBalancerActionException$, InvalidRevocationContentException, InvalidRevocationContentException$, InvalidSchemeException, InvalidSchemeException$, InvalidSecurityGroupException, InvalidSecurityGroupException$, InvalidSubnetException, InvalidSubnetException$, InvalidTargetException, InvalidTargetException$, IpAddressType, IpamPools$, JwtValidationActionAdditionalClaim$, JwtValidationActionAdditionalClaimFormatEnum, JwtValidationActionConfig$, Limit$, Listener$, ListenerAttribute$, ListenerNotFoundException, ListenerNotFoundException$, LoadBalancer$, LoadBalancerAddress$, LoadBalancerAttribute$, LoadBalancerNotFoundException, LoadBalancerNotFoundException$, LoadBalancerSchemeEnum, LoadBalancerState$, LoadBalancerStateEnum, LoadBalancerTypeEnum, Matcher$, MinimumLoadBalancerCapacity$, MitigationInEffectEnum, ModifyCapacityReservation$, ModifyCapacityReservationCommand, ModifyCapacityReservationInput$, ModifyCapacityReservationOutput$, ModifyIpPools$, ModifyIpPoolsCommand, ModifyIpPoolsInput$, ModifyIpPoolsOutput$, ModifyListener$, ModifyListenerAttributes$, ModifyListenerAttributesCommand, ModifyListenerAttributesInput$, ModifyListenerAttributesOutput$, ModifyListenerCommand, ModifyListenerInput$, ModifyListenerOutput$, ModifyLoadBalancerAttributes$, ModifyLoadBalancerAttributesCommand, ModifyLoadBalancerAttributesInput$, ModifyLoadBalancerAttributesOutput$, ModifyRule$, ModifyRuleCommand, ModifyRuleInput$, ModifyRuleOutput$, ModifyTargetGroup$, ModifyTargetGroupAttributes$, ModifyTargetGroupAttributesCommand, ModifyTargetGroupAttributesInput$, ModifyTargetGroupAttributesOutput$, ModifyTargetGroupCommand, ModifyTargetGroupInput$, ModifyTargetGroupOutput$, ModifyTrustStore$, ModifyTrustStoreCommand, ModifyTrustStoreInput$, ModifyTrustStoreOutput$, MutualAuthenticationAttributes$, OperationNotPermittedException, OperationNotPermittedException$, PathPatternConditionConfig$, PriorRequestNotCompleteException, PriorRequestNotCompleteException$, PriorityInUseException, PriorityInUseException$, ProtocolEnum, QueryStringConditionConfig$, QueryStringKeyValuePair$, RedirectActionConfig$, RedirectActionStatusCodeEnum, RegisterTargets$, RegisterTargetsCommand, RegisterTargetsInput$, RegisterTargetsOutput$, RemoveIpamPoolEnum, RemoveListenerCertificates$, RemoveListenerCertificatesCommand, RemoveListenerCertificatesInput$, RemoveListenerCertificatesOutput$, RemoveTags$, RemoveTagsCommand, RemoveTagsInput$, RemoveTagsOutput$, RemoveTrustStoreRevocations$, RemoveTrustStoreRevocationsCommand, RemoveTrustStoreRevocationsInput$, RemoveTrustStoreRevocationsOutput$, ResourceInUseException, ResourceInUseException$, ResourceNotFoundException, ResourceNotFoundException$, RevocationContent$, RevocationContentNotFoundException, RevocationContentNotFoundException$, RevocationIdNotFoundException, RevocationIdNotFoundException$, RevocationType, RewriteConfig$, Rule$, RuleCondition$, RuleNotFoundException, RuleNotFoundException$, RulePriorityPair$, RuleTransform$, SSLPolicyNotFoundException, SSLPolicyNotFoundException$, SetIpAddressType$, SetIpAddressTypeCommand, SetIpAddressTypeInput$, SetIpAddressTypeOutput$, SetRulePriorities$, SetRulePrioritiesCommand, SetRulePrioritiesInput$, SetRulePrioritiesOutput$, SetSecurityGroups$, SetSecurityGroupsCommand, SetSecurityGroupsInput$, SetSecurityGroupsOutput$, SetSubnets$, SetSubnetsCommand, SetSubnetsInput$, SetSubnetsOutput$, SourceIpAddressTypeEnum, SourceIpConditionConfig$, SslPolicy$, SubnetMapping$, SubnetNotFoundException, SubnetNotFoundException$, Tag$, TagDescription$, TargetAdministrativeOverrideReasonEnum, TargetAdministrativeOverrideStateEnum, TargetDescription$, TargetGroup$, TargetGroupAssociationLimitException, TargetGroupAssociationLimitException$, TargetGroupAttribute$, TargetGroupIpAddressTypeEnum, TargetGroupNotFoundException, TargetGroupNotFoundException$, TargetGroupStickinessConfig$, TargetGroupTuple$, TargetHealth$, TargetHealthDescription$, TargetHealthReasonEnum, TargetHealthStateEnum, TargetTypeEnum, TooManyActionsException, TooManyActionsException$, TooManyCertificatesException, TooManyCertificatesException$, TooManyListenersException, TooManyListenersException$, TooManyLoadBalancersException, TooManyLoadBalancersException$, TooManyRegistrationsForTargetIdException, TooManyRegistrationsForTargetIdException$, TooManyRulesException, TooManyRulesException$, TooManyTagsException, TooManyTagsException$, TooManyTargetGroupsException, TooManyTargetGroupsException$, TooManyTargetsException, TooManyTargetsException$, TooManyTrustStoreRevocationEntriesException, TooManyTrustStoreRevocationEntriesException$, TooManyTrustStoresException, TooManyTrustStoresException$, TooManyUniqueTargetGroupsPerLoadBalancerException, TooManyUniqueTargetGroupsPerLoadBalancerException$, TransformTypeEnum, TrustStore$, TrustStoreAssociation$, TrustStoreAssociationNotFoundException, TrustStoreAssociationNotFoundException$, TrustStoreAssociationStatusEnum, TrustStoreInUseException, TrustStoreInUseException$, TrustStoreNotFoundException, TrustStoreNotFoundException$, TrustStoreNotReadyException, TrustStoreNotReadyException$, TrustStoreRevocation$, TrustStoreStatus, UnsupportedProtocolException, UnsupportedProtocolException$, UrlRewriteConfig$, ZonalCapacityReservationState$, __Client, errorTypeRegistries, paginateDescribeAccountLimits, paginateDescribeListenerCertificates, paginateDescribeListeners, paginateDescribeLoadBalancers, paginateDescribeRules, paginateDescribeTargetGroups, paginateDescribeTrustStoreAssociations, paginateDescribeTrustStoreRevocations, paginateDescribeTrustStores, waitForLoadBalancerAvailable, waitForLoadBalancerExists, waitForLoadBalancersDeleted, waitForTargetDeregistered, waitForTargetInService, waitUntilLoadBalancerAvailable, waitUntilLoadBalancerExists, waitUntilLoadBalancersDeleted, waitUntilTargetDeregistered, waitUntilTargetInService

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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/auth/httpAuthSchemeProvider.js


const defaultElasticLoadBalancingV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "elasticloadbalancing",
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
const defaultElasticLoadBalancingV2HttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(6839);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/package.json
const package_namespaceObject = {"rE":"3.1142.0"};
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/bdd.js

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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://elasticloadbalancing.{Region}.amazonaws.com", i],
        ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(3168);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2015-12-01",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElasticLoadBalancingV2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.elasticloadbalancingv2",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
            version: "2015-12-01",
            serviceTarget: "ElasticLoadBalancing_v10",
        },
        serviceId: config?.serviceId ?? "Elastic Load Balancing v2",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/ElasticLoadBalancingV2Client.js













class ElasticLoadBalancingV2Client extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultElasticLoadBalancingV2HttpAuthSchemeParametersProvider,
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/index.js













/***/ })

};
;