export const id = 283;
export const ids = [283];
export const modules = {

/***/ 2283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  APIErrorType$: () => (/* reexport */ schemas_0/* APIErrorType$ */.rJ),
  BatchGetSecretValue$: () => (/* reexport */ schemas_0/* BatchGetSecretValue$ */.eP),
  BatchGetSecretValueCommand: () => (/* reexport */ BatchGetSecretValueCommand),
  BatchGetSecretValueRequest$: () => (/* reexport */ schemas_0/* BatchGetSecretValueRequest$ */.nJ),
  BatchGetSecretValueResponse$: () => (/* reexport */ schemas_0/* BatchGetSecretValueResponse$ */.zU),
  CancelRotateSecret$: () => (/* reexport */ schemas_0/* CancelRotateSecret$ */._Q),
  CancelRotateSecretCommand: () => (/* reexport */ CancelRotateSecretCommand),
  CancelRotateSecretRequest$: () => (/* reexport */ schemas_0/* CancelRotateSecretRequest$ */.BH),
  CancelRotateSecretResponse$: () => (/* reexport */ schemas_0/* CancelRotateSecretResponse$ */.Rw),
  CreateSecret$: () => (/* reexport */ schemas_0/* CreateSecret$ */.Vr),
  CreateSecretCommand: () => (/* reexport */ CreateSecretCommand),
  CreateSecretRequest$: () => (/* reexport */ schemas_0/* CreateSecretRequest$ */.qh),
  CreateSecretResponse$: () => (/* reexport */ schemas_0/* CreateSecretResponse$ */.ut),
  DecryptionFailure: () => (/* reexport */ errors/* DecryptionFailure */.it),
  DecryptionFailure$: () => (/* reexport */ schemas_0/* DecryptionFailure$ */.YS),
  DeleteResourcePolicy$: () => (/* reexport */ schemas_0/* DeleteResourcePolicy$ */.cf),
  DeleteResourcePolicyCommand: () => (/* reexport */ DeleteResourcePolicyCommand),
  DeleteResourcePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyRequest$ */.r),
  DeleteResourcePolicyResponse$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyResponse$ */.lg),
  DeleteSecret$: () => (/* reexport */ schemas_0/* DeleteSecret$ */.uV),
  DeleteSecretCommand: () => (/* reexport */ DeleteSecretCommand),
  DeleteSecretRequest$: () => (/* reexport */ schemas_0/* DeleteSecretRequest$ */.XV),
  DeleteSecretResponse$: () => (/* reexport */ schemas_0/* DeleteSecretResponse$ */.HG),
  DescribeSecret$: () => (/* reexport */ schemas_0/* DescribeSecret$ */.oB),
  DescribeSecretCommand: () => (/* reexport */ DescribeSecretCommand),
  DescribeSecretRequest$: () => (/* reexport */ schemas_0/* DescribeSecretRequest$ */.p7),
  DescribeSecretResponse$: () => (/* reexport */ schemas_0/* DescribeSecretResponse$ */.vp),
  EncryptionFailure: () => (/* reexport */ errors/* EncryptionFailure */.qJ),
  EncryptionFailure$: () => (/* reexport */ schemas_0/* EncryptionFailure$ */.A0),
  ExternalSecretRotationMetadataItem$: () => (/* reexport */ schemas_0/* ExternalSecretRotationMetadataItem$ */.go),
  Filter$: () => (/* reexport */ schemas_0/* Filter$ */.X$),
  FilterNameStringType: () => (/* reexport */ FilterNameStringType),
  GetRandomPassword$: () => (/* reexport */ schemas_0/* GetRandomPassword$ */.$u),
  GetRandomPasswordCommand: () => (/* reexport */ GetRandomPasswordCommand),
  GetRandomPasswordRequest$: () => (/* reexport */ schemas_0/* GetRandomPasswordRequest$ */.k0),
  GetRandomPasswordResponse$: () => (/* reexport */ schemas_0/* GetRandomPasswordResponse$ */.ge),
  GetResourcePolicy$: () => (/* reexport */ schemas_0/* GetResourcePolicy$ */.j4),
  GetResourcePolicyCommand: () => (/* reexport */ GetResourcePolicyCommand),
  GetResourcePolicyRequest$: () => (/* reexport */ schemas_0/* GetResourcePolicyRequest$ */.cE),
  GetResourcePolicyResponse$: () => (/* reexport */ schemas_0/* GetResourcePolicyResponse$ */.O7),
  GetSecretValue$: () => (/* reexport */ schemas_0/* GetSecretValue$ */.sD),
  GetSecretValueCommand: () => (/* reexport */ GetSecretValueCommand/* GetSecretValueCommand */.d),
  GetSecretValueRequest$: () => (/* reexport */ schemas_0/* GetSecretValueRequest$ */.xx),
  GetSecretValueResponse$: () => (/* reexport */ schemas_0/* GetSecretValueResponse$ */.XT),
  InternalServiceError: () => (/* reexport */ errors/* InternalServiceError */.Jf),
  InternalServiceError$: () => (/* reexport */ schemas_0/* InternalServiceError$ */.n3),
  InvalidNextTokenException: () => (/* reexport */ errors/* InvalidNextTokenException */.hX),
  InvalidNextTokenException$: () => (/* reexport */ schemas_0/* InvalidNextTokenException$ */.Fg),
  InvalidParameterException: () => (/* reexport */ errors/* InvalidParameterException */.kT),
  InvalidParameterException$: () => (/* reexport */ schemas_0/* InvalidParameterException$ */.qc),
  InvalidRequestException: () => (/* reexport */ errors/* InvalidRequestException */.C3),
  InvalidRequestException$: () => (/* reexport */ schemas_0/* InvalidRequestException$ */.MW),
  LimitExceededException: () => (/* reexport */ errors/* LimitExceededException */.UC),
  LimitExceededException$: () => (/* reexport */ schemas_0/* LimitExceededException$ */.qr),
  ListSecretVersionIds$: () => (/* reexport */ schemas_0/* ListSecretVersionIds$ */.x),
  ListSecretVersionIdsCommand: () => (/* reexport */ ListSecretVersionIdsCommand),
  ListSecretVersionIdsRequest$: () => (/* reexport */ schemas_0/* ListSecretVersionIdsRequest$ */.iu),
  ListSecretVersionIdsResponse$: () => (/* reexport */ schemas_0/* ListSecretVersionIdsResponse$ */.uu),
  ListSecrets$: () => (/* reexport */ schemas_0/* ListSecrets$ */._B),
  ListSecretsCommand: () => (/* reexport */ ListSecretsCommand),
  ListSecretsRequest$: () => (/* reexport */ schemas_0/* ListSecretsRequest$ */.K6),
  ListSecretsResponse$: () => (/* reexport */ schemas_0/* ListSecretsResponse$ */.R9),
  MalformedPolicyDocumentException: () => (/* reexport */ errors/* MalformedPolicyDocumentException */._Z),
  MalformedPolicyDocumentException$: () => (/* reexport */ schemas_0/* MalformedPolicyDocumentException$ */.qH),
  PreconditionNotMetException: () => (/* reexport */ errors/* PreconditionNotMetException */.bm),
  PreconditionNotMetException$: () => (/* reexport */ schemas_0/* PreconditionNotMetException$ */.p),
  PublicPolicyException: () => (/* reexport */ errors/* PublicPolicyException */.LM),
  PublicPolicyException$: () => (/* reexport */ schemas_0/* PublicPolicyException$ */.DR),
  PutResourcePolicy$: () => (/* reexport */ schemas_0/* PutResourcePolicy$ */.kd),
  PutResourcePolicyCommand: () => (/* reexport */ PutResourcePolicyCommand),
  PutResourcePolicyRequest$: () => (/* reexport */ schemas_0/* PutResourcePolicyRequest$ */.ne),
  PutResourcePolicyResponse$: () => (/* reexport */ schemas_0/* PutResourcePolicyResponse$ */.Tv),
  PutSecretValue$: () => (/* reexport */ schemas_0/* PutSecretValue$ */.bp),
  PutSecretValueCommand: () => (/* reexport */ PutSecretValueCommand),
  PutSecretValueRequest$: () => (/* reexport */ schemas_0/* PutSecretValueRequest$ */.cF),
  PutSecretValueResponse$: () => (/* reexport */ schemas_0/* PutSecretValueResponse$ */.Cw),
  RemoveRegionsFromReplication$: () => (/* reexport */ schemas_0/* RemoveRegionsFromReplication$ */.yQ),
  RemoveRegionsFromReplicationCommand: () => (/* reexport */ RemoveRegionsFromReplicationCommand),
  RemoveRegionsFromReplicationRequest$: () => (/* reexport */ schemas_0/* RemoveRegionsFromReplicationRequest$ */.Fn),
  RemoveRegionsFromReplicationResponse$: () => (/* reexport */ schemas_0/* RemoveRegionsFromReplicationResponse$ */.Bm),
  ReplicaRegionType$: () => (/* reexport */ schemas_0/* ReplicaRegionType$ */.FQ),
  ReplicateSecretToRegions$: () => (/* reexport */ schemas_0/* ReplicateSecretToRegions$ */.s8),
  ReplicateSecretToRegionsCommand: () => (/* reexport */ ReplicateSecretToRegionsCommand),
  ReplicateSecretToRegionsRequest$: () => (/* reexport */ schemas_0/* ReplicateSecretToRegionsRequest$ */.r1),
  ReplicateSecretToRegionsResponse$: () => (/* reexport */ schemas_0/* ReplicateSecretToRegionsResponse$ */.BZ),
  ReplicationStatusType$: () => (/* reexport */ schemas_0/* ReplicationStatusType$ */.Vi),
  ResourceExistsException: () => (/* reexport */ errors/* ResourceExistsException */.ah),
  ResourceExistsException$: () => (/* reexport */ schemas_0/* ResourceExistsException$ */.Mw),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lu),
  RestoreSecret$: () => (/* reexport */ schemas_0/* RestoreSecret$ */.NZ),
  RestoreSecretCommand: () => (/* reexport */ RestoreSecretCommand),
  RestoreSecretRequest$: () => (/* reexport */ schemas_0/* RestoreSecretRequest$ */.He),
  RestoreSecretResponse$: () => (/* reexport */ schemas_0/* RestoreSecretResponse$ */.Es),
  RotateSecret$: () => (/* reexport */ schemas_0/* RotateSecret$ */.up),
  RotateSecretCommand: () => (/* reexport */ RotateSecretCommand),
  RotateSecretRequest$: () => (/* reexport */ schemas_0/* RotateSecretRequest$ */.VI),
  RotateSecretResponse$: () => (/* reexport */ schemas_0/* RotateSecretResponse$ */.bW),
  RotationRulesType$: () => (/* reexport */ schemas_0/* RotationRulesType$ */.GJ),
  SecretListEntry$: () => (/* reexport */ schemas_0/* SecretListEntry$ */.VK),
  SecretValueEntry$: () => (/* reexport */ schemas_0/* SecretValueEntry$ */.oU),
  SecretVersionsListEntry$: () => (/* reexport */ schemas_0/* SecretVersionsListEntry$ */.wV),
  SecretsManager: () => (/* reexport */ SecretsManager),
  SecretsManagerClient: () => (/* reexport */ SecretsManagerClient),
  SecretsManagerServiceException: () => (/* reexport */ SecretsManagerServiceException/* SecretsManagerServiceException */.$),
  SecretsManagerServiceException$: () => (/* reexport */ schemas_0/* SecretsManagerServiceException$ */.rZ),
  SortByType: () => (/* reexport */ SortByType),
  SortOrderType: () => (/* reexport */ SortOrderType),
  StatusType: () => (/* reexport */ StatusType),
  StopReplicationToReplica$: () => (/* reexport */ schemas_0/* StopReplicationToReplica$ */.wh),
  StopReplicationToReplicaCommand: () => (/* reexport */ StopReplicationToReplicaCommand),
  StopReplicationToReplicaRequest$: () => (/* reexport */ schemas_0/* StopReplicationToReplicaRequest$ */.HO),
  StopReplicationToReplicaResponse$: () => (/* reexport */ schemas_0/* StopReplicationToReplicaResponse$ */.f$),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jq),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand),
  TagResourceRequest$: () => (/* reexport */ schemas_0/* TagResourceRequest$ */.uG),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AU),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceRequest$: () => (/* reexport */ schemas_0/* UntagResourceRequest$ */.H$),
  UpdateSecret$: () => (/* reexport */ schemas_0/* UpdateSecret$ */.OM),
  UpdateSecretCommand: () => (/* reexport */ UpdateSecretCommand),
  UpdateSecretRequest$: () => (/* reexport */ schemas_0/* UpdateSecretRequest$ */.$i),
  UpdateSecretResponse$: () => (/* reexport */ schemas_0/* UpdateSecretResponse$ */.rF),
  UpdateSecretVersionStage$: () => (/* reexport */ schemas_0/* UpdateSecretVersionStage$ */.gO),
  UpdateSecretVersionStageCommand: () => (/* reexport */ UpdateSecretVersionStageCommand),
  UpdateSecretVersionStageRequest$: () => (/* reexport */ schemas_0/* UpdateSecretVersionStageRequest$ */.Hd),
  UpdateSecretVersionStageResponse$: () => (/* reexport */ schemas_0/* UpdateSecretVersionStageResponse$ */.Jb),
  ValidateResourcePolicy$: () => (/* reexport */ schemas_0/* ValidateResourcePolicy$ */.pz),
  ValidateResourcePolicyCommand: () => (/* reexport */ ValidateResourcePolicyCommand),
  ValidateResourcePolicyRequest$: () => (/* reexport */ schemas_0/* ValidateResourcePolicyRequest$ */.mf),
  ValidateResourcePolicyResponse$: () => (/* reexport */ schemas_0/* ValidateResourcePolicyResponse$ */.gq),
  ValidationErrorsEntry$: () => (/* reexport */ schemas_0/* ValidationErrorsEntry$ */.to),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1),
  paginateBatchGetSecretValue: () => (/* reexport */ paginateBatchGetSecretValue),
  paginateListSecretVersionIds: () => (/* reexport */ paginateListSecretVersionIds),
  paginateListSecrets: () => (/* reexport */ paginateListSecrets)
});

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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/auth/httpAuthSchemeProvider.js


const defaultSecretsManagerHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "secretsmanager",
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
const defaultSecretsManagerHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(479);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/package.json
const package_namespaceObject = {"rE":"3.1164.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
var node_http_handler = __webpack_require__(3291);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/bdd.js

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { "fn": f, "argv": [i, "name"] }, k = {}, l = [{ [m]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "aws"]],
        [g, [j, "aws-cn"]],
        [g, [j, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://secretsmanager-fips.{Region}.amazonaws.com", k],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://secretsmanager.{Region}.amazonaws.com", k],
        ["https://secretsmanager.{Region}.amazonaws.com.cn", k],
        ["https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 17, 3,
    1, 4, r + 14,
    2, 5, r + 14,
    3, 11, 6,
    4, 7, r + 13,
    5, 8, r + 12,
    7, r + 9, 9,
    8, r + 10, 10,
    9, r + 9, r + 11,
    4, 13, 12,
    6, r + 7, r + 8,
    5, 14, r + 6,
    6, 15, r + 6,
    7, r + 4, 16,
    9, r + 4, r + 5,
    3, r + 1, 18,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(5408);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2017-10-17",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecretsManagerHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.secretsmanager",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1,
            version: "2017-10-17",
            serviceTarget: "secretsmanager",
        },
        serviceId: config?.serviceId ?? "Secrets Manager",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManagerClient.js













class SecretsManagerClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultSecretsManagerHttpAuthSchemeParametersProvider,
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(9778);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/BatchGetSecretValueCommand.js


class BatchGetSecretValueCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetSecretValue", schemas_0/* BatchGetSecretValue$ */.eP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CancelRotateSecretCommand.js


class CancelRotateSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CancelRotateSecret", schemas_0/* CancelRotateSecret$ */._Q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CreateSecretCommand.js


class CreateSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateSecret", schemas_0/* CreateSecret$ */.Vr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DeleteResourcePolicyCommand.js


class DeleteResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourcePolicy", schemas_0/* DeleteResourcePolicy$ */.cf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DeleteSecretCommand.js


class DeleteSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSecret", schemas_0/* DeleteSecret$ */.uV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DescribeSecretCommand.js


class DescribeSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeSecret", schemas_0/* DescribeSecret$ */.oB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetRandomPasswordCommand.js


class GetRandomPasswordCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRandomPassword", schemas_0/* GetRandomPassword$ */.$u) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetResourcePolicyCommand.js


class GetResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResourcePolicy", schemas_0/* GetResourcePolicy$ */.j4) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetSecretValueCommand.js
var GetSecretValueCommand = __webpack_require__(457);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretsCommand.js


class ListSecretsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSecrets", schemas_0/* ListSecrets$ */._B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretVersionIdsCommand.js


class ListSecretVersionIdsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSecretVersionIds", schemas_0/* ListSecretVersionIds$ */.x) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutResourcePolicyCommand.js


class PutResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutResourcePolicy", schemas_0/* PutResourcePolicy$ */.kd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutSecretValueCommand.js


class PutSecretValueCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutSecretValue", schemas_0/* PutSecretValue$ */.bp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RemoveRegionsFromReplicationCommand.js


class RemoveRegionsFromReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveRegionsFromReplication", schemas_0/* RemoveRegionsFromReplication$ */.yQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ReplicateSecretToRegionsCommand.js


class ReplicateSecretToRegionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ReplicateSecretToRegions", schemas_0/* ReplicateSecretToRegions$ */.s8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RestoreSecretCommand.js


class RestoreSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RestoreSecret", schemas_0/* RestoreSecret$ */.NZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RotateSecretCommand.js


class RotateSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RotateSecret", schemas_0/* RotateSecret$ */.up) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/StopReplicationToReplicaCommand.js


class StopReplicationToReplicaCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopReplicationToReplica", schemas_0/* StopReplicationToReplica$ */.wh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagResource", schemas_0/* TagResource$ */.Jq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretCommand.js


class UpdateSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateSecret", schemas_0/* UpdateSecret$ */.OM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretVersionStageCommand.js


class UpdateSecretVersionStageCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateSecretVersionStage", schemas_0/* UpdateSecretVersionStage$ */.gO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ValidateResourcePolicyCommand.js


class ValidateResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ValidateResourcePolicy", schemas_0/* ValidateResourcePolicy$ */.pz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/BatchGetSecretValuePaginator.js



const paginateBatchGetSecretValue = (0,dist_cjs.createPaginator)(SecretsManagerClient, BatchGetSecretValueCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/ListSecretsPaginator.js



const paginateListSecrets = (0,dist_cjs.createPaginator)(SecretsManagerClient, ListSecretsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/ListSecretVersionIdsPaginator.js



const paginateListSecretVersionIds = (0,dist_cjs.createPaginator)(SecretsManagerClient, ListSecretVersionIdsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManager.js




























const commands = {
    BatchGetSecretValueCommand: BatchGetSecretValueCommand,
    CancelRotateSecretCommand: CancelRotateSecretCommand,
    CreateSecretCommand: CreateSecretCommand,
    DeleteResourcePolicyCommand: DeleteResourcePolicyCommand,
    DeleteSecretCommand: DeleteSecretCommand,
    DescribeSecretCommand: DescribeSecretCommand,
    GetRandomPasswordCommand: GetRandomPasswordCommand,
    GetResourcePolicyCommand: GetResourcePolicyCommand,
    GetSecretValueCommand: GetSecretValueCommand/* GetSecretValueCommand */.d,
    ListSecretsCommand: ListSecretsCommand,
    ListSecretVersionIdsCommand: ListSecretVersionIdsCommand,
    PutResourcePolicyCommand: PutResourcePolicyCommand,
    PutSecretValueCommand: PutSecretValueCommand,
    RemoveRegionsFromReplicationCommand: RemoveRegionsFromReplicationCommand,
    ReplicateSecretToRegionsCommand: ReplicateSecretToRegionsCommand,
    RestoreSecretCommand: RestoreSecretCommand,
    RotateSecretCommand: RotateSecretCommand,
    StopReplicationToReplicaCommand: StopReplicationToReplicaCommand,
    TagResourceCommand: TagResourceCommand,
    UntagResourceCommand: UntagResourceCommand,
    UpdateSecretCommand: UpdateSecretCommand,
    UpdateSecretVersionStageCommand: UpdateSecretVersionStageCommand,
    ValidateResourcePolicyCommand: ValidateResourcePolicyCommand,
};
const paginators = {
    paginateBatchGetSecretValue: paginateBatchGetSecretValue,
    paginateListSecrets: paginateListSecrets,
    paginateListSecretVersionIds: paginateListSecretVersionIds,
};
class SecretsManager extends SecretsManagerClient {
}
(0,submodules_client.createAggregatedClient)(commands, SecretsManager, { paginators });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/index.js
























;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/index.js





;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/models/enums.js
const FilterNameStringType = {
    all: "all",
    description: "description",
    name: "name",
    owning_service: "owning-service",
    primary_region: "primary-region",
    tag_key: "tag-key",
    tag_value: "tag-value",
};
const StatusType = {
    Failed: "Failed",
    InProgress: "InProgress",
    InSync: "InSync",
};
const SortByType = {
    created_date: "created-date",
    last_accessed_date: "last-accessed-date",
    last_changed_date: "last-changed-date",
    name: "name",
};
const SortOrderType = {
    asc: "asc",
    desc: "desc",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/models/errors.js
var errors = __webpack_require__(5428);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/models/SecretsManagerServiceException.js
var SecretsManagerServiceException = __webpack_require__(8079);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-es/index.js












/***/ })

};
