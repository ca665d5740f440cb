"use strict";
exports.id = 854;
exports.ids = [854];
exports.modules = {

/***/ 6854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ECSClient: () => (/* reexport */ ECSClient)
});

// UNUSED EXPORTS: $Command, AcceleratorCountRequest$, AcceleratorManufacturer, AcceleratorName, AcceleratorTotalMemoryMiBRequest$, AcceleratorType, AccessDeniedException, AccessDeniedException$, AccessType, AdvancedConfiguration$, AgentUpdateStatus, ApplicationProtocol, AssignPublicIp, AssociateGatewayWithCluster$, AssociateGatewayWithClusterCommand, AssociateGatewayWithClusterRequest$, AssociateGatewayWithClusterResponse$, Attachment$, AttachmentStateChange$, Attribute$, AttributeLimitExceededException, AttributeLimitExceededException$, AutoRepairActionsStatus, AutoRepairConfiguration$, AutoScalingGroupProvider$, AutoScalingGroupProviderUpdate$, AvailabilityZoneRebalancing, AwsVpcConfiguration$, BareMetal, BaselineEbsBandwidthMbpsRequest$, BlockedException, BlockedException$, BurstablePerformance, CPUArchitecture, CanaryConfiguration$, CapacityOptionType, CapacityProvider$, CapacityProviderField, CapacityProviderStatus, CapacityProviderStrategyItem$, CapacityProviderType, CapacityProviderUpdateStatus, CapacityReservationPreference, CapacityReservationRequest$, ClientException, ClientException$, Cluster$, ClusterConfiguration$, ClusterContainsCapacityProviderException, ClusterContainsCapacityProviderException$, ClusterContainsContainerInstancesException, ClusterContainsContainerInstancesException$, ClusterContainsServicesException, ClusterContainsServicesException$, ClusterContainsTasksException, ClusterContainsTasksException$, ClusterField, ClusterNotFoundException, ClusterNotFoundException$, ClusterServiceConnectDefaults$, ClusterServiceConnectDefaultsRequest$, ClusterSetting$, ClusterSettingName, Compatibility, ConflictException, ConflictException$, Connectivity, Container$, ContainerCondition, ContainerDefinition$, ContainerDependency$, ContainerImage$, ContainerInstance$, ContainerInstanceField, ContainerInstanceHealthStatus$, ContainerInstanceStatus, ContainerOverride$, ContainerRestartPolicy$, ContainerStateChange$, ContinueServiceDeployment$, ContinueServiceDeploymentCommand, ContinueServiceDeploymentRequest$, ContinueServiceDeploymentResponse$, CpuManufacturer, CreateCapacityProvider$, CreateCapacityProviderCommand, CreateCapacityProviderRequest$, CreateCapacityProviderResponse$, CreateCluster$, CreateClusterCommand, CreateClusterRequest$, CreateClusterResponse$, CreateDaemon$, CreateDaemonCommand, CreateDaemonRequest$, CreateDaemonResponse$, CreateExpressGatewayService$, CreateExpressGatewayServiceCommand, CreateExpressGatewayServiceRequest$, CreateExpressGatewayServiceResponse$, CreateGateway$, CreateGatewayCommand, CreateGatewayRequest$, CreateGatewayResponse$, CreateManagedInstancesProviderConfiguration$, CreateService$, CreateServiceCommand, CreateServiceRequest$, CreateServiceResponse$, CreateTaskSet$, CreateTaskSetCommand, CreateTaskSetRequest$, CreateTaskSetResponse$, CreatedAt$, DaemonAlarmConfiguration$, DaemonCapacityProvider$, DaemonCircuitBreaker$, DaemonContainerDefinition$, DaemonContainerImage$, DaemonDeployment$, DaemonDeploymentAlarms$, DaemonDeploymentCapacityProvider$, DaemonDeploymentConfiguration$, DaemonDeploymentRevisionDetail$, DaemonDeploymentRollbackMonitorsStatus, DaemonDeploymentStatus, DaemonDeploymentSummary$, DaemonDetail$, DaemonIpcMode, DaemonLinuxParameters$, DaemonNotActiveException, DaemonNotActiveException$, DaemonNotFoundException, DaemonNotFoundException$, DaemonPidMode, DaemonPropagateTags, DaemonRevision$, DaemonRevisionDetail$, DaemonRollback$, DaemonStatus, DaemonSummary$, DaemonTaskDefinition$, DaemonTaskDefinitionRevisionFilter, DaemonTaskDefinitionStatus, DaemonTaskDefinitionStatusFilter, DaemonTaskDefinitionSummary$, DaemonVolume$, DeleteAccountSetting$, DeleteAccountSettingCommand, DeleteAccountSettingRequest$, DeleteAccountSettingResponse$, DeleteAttributes$, DeleteAttributesCommand, DeleteAttributesRequest$, DeleteAttributesResponse$, DeleteCapacityProvider$, DeleteCapacityProviderCommand, DeleteCapacityProviderRequest$, DeleteCapacityProviderResponse$, DeleteCluster$, DeleteClusterCommand, DeleteClusterRequest$, DeleteClusterResponse$, DeleteDaemon$, DeleteDaemonCommand, DeleteDaemonRequest$, DeleteDaemonResponse$, DeleteDaemonTaskDefinition$, DeleteDaemonTaskDefinitionCommand, DeleteDaemonTaskDefinitionRequest$, DeleteDaemonTaskDefinitionResponse$, DeleteExpressGatewayService$, DeleteExpressGatewayServiceCommand, DeleteExpressGatewayServiceRequest$, DeleteExpressGatewayServiceResponse$, DeleteGateway$, DeleteGatewayCommand, DeleteGatewayRequest$, DeleteGatewayResponse$, DeleteService$, DeleteServiceCommand, DeleteServiceRequest$, DeleteServiceResponse$, DeleteTaskDefinitions$, DeleteTaskDefinitionsCommand, DeleteTaskDefinitionsRequest$, DeleteTaskDefinitionsResponse$, DeleteTaskSet$, DeleteTaskSetCommand, DeleteTaskSetRequest$, DeleteTaskSetResponse$, Deployment$, DeploymentAlarms$, DeploymentCircuitBreaker$, DeploymentConfiguration$, DeploymentController$, DeploymentControllerType, DeploymentEarlySuccessCriteria$, DeploymentEphemeralStorage$, DeploymentLifecycleHook$, DeploymentLifecycleHookAction, DeploymentLifecycleHookDetail$, DeploymentLifecycleHookStage, DeploymentLifecycleHookStatus, DeploymentLifecycleHookTargetType, DeploymentLifecycleHookTimeoutConfiguration$, DeploymentRolloutState, DeploymentStrategy, DeregisterContainerInstance$, DeregisterContainerInstanceCommand, DeregisterContainerInstanceRequest$, DeregisterContainerInstanceResponse$, DeregisterTaskDefinition$, DeregisterTaskDefinitionCommand, DeregisterTaskDefinitionRequest$, DeregisterTaskDefinitionResponse$, DescribeCapacityProviders$, DescribeCapacityProvidersCommand, DescribeCapacityProvidersRequest$, DescribeCapacityProvidersResponse$, DescribeClusters$, DescribeClustersCommand, DescribeClustersRequest$, DescribeClustersResponse$, DescribeContainerInstances$, DescribeContainerInstancesCommand, DescribeContainerInstancesRequest$, DescribeContainerInstancesResponse$, DescribeDaemon$, DescribeDaemonCommand, DescribeDaemonDeployments$, DescribeDaemonDeploymentsCommand, DescribeDaemonDeploymentsRequest$, DescribeDaemonDeploymentsResponse$, DescribeDaemonRequest$, DescribeDaemonResponse$, DescribeDaemonRevisions$, DescribeDaemonRevisionsCommand, DescribeDaemonRevisionsRequest$, DescribeDaemonRevisionsResponse$, DescribeDaemonTaskDefinition$, DescribeDaemonTaskDefinitionCommand, DescribeDaemonTaskDefinitionRequest$, DescribeDaemonTaskDefinitionResponse$, DescribeExpressGatewayService$, DescribeExpressGatewayServiceCommand, DescribeExpressGatewayServiceRequest$, DescribeExpressGatewayServiceResponse$, DescribeGateway$, DescribeGatewayAlbConfiguration$, DescribeGatewayCommand, DescribeGatewayConfiguration$, DescribeGatewayRequest$, DescribeGatewayResources$, DescribeGatewayResourcesCommand, DescribeGatewayResourcesRequest$, DescribeGatewayResourcesResponse$, DescribeGatewayResponse$, DescribeGatewayRoute$, DescribeGatewayRouteCommand, DescribeGatewayRouteRequest$, DescribeGatewayRouteResponse$, DescribeServiceDeployments$, DescribeServiceDeploymentsCommand, DescribeServiceDeploymentsRequest$, DescribeServiceDeploymentsResponse$, DescribeServiceRevisions$, DescribeServiceRevisionsCommand, DescribeServiceRevisionsRequest$, DescribeServiceRevisionsResponse$, DescribeServices$, DescribeServicesCommand, DescribeServicesRequest$, DescribeServicesResponse$, DescribeTaskDefinition$, DescribeTaskDefinitionCommand, DescribeTaskDefinitionRequest$, DescribeTaskDefinitionResponse$, DescribeTaskSets$, DescribeTaskSetsCommand, DescribeTaskSetsRequest$, DescribeTaskSetsResponse$, DescribeTasks$, DescribeTasksCommand, DescribeTasksRequest$, DescribeTasksResponse$, DesiredStatus, Device$, DeviceCgroupPermission, DisassociateGatewayFromCluster$, DisassociateGatewayFromClusterCommand, DisassociateGatewayFromClusterRequest$, DisassociateGatewayFromClusterResponse$, DiscoverPollEndpoint$, DiscoverPollEndpointCommand, DiscoverPollEndpointRequest$, DiscoverPollEndpointResponse$, DockerVolumeConfiguration$, EBSResourceType, EBSTagSpecification$, ECS, ECSExpressGatewayService$, ECSManagedResources$, ECSServiceException, ECSServiceException$, EFSAuthorizationConfig$, EFSAuthorizationConfigIAM, EFSTransitEncryption, EFSVolumeConfiguration$, ElbGatewayResources$, EnvironmentFile$, EnvironmentFileType, EphemeralStorage$, ExecuteCommand$, ExecuteCommandCommand, ExecuteCommandConfiguration$, ExecuteCommandLogConfiguration$, ExecuteCommandLogging, ExecuteCommandRequest$, ExecuteCommandResponse$, ExpressCpuArchitecture, ExpressGatewayContainer$, ExpressGatewayRepositoryCredentials$, ExpressGatewayScalingTarget$, ExpressGatewayServiceAwsLogsConfiguration$, ExpressGatewayServiceConfiguration$, ExpressGatewayServiceInclude, ExpressGatewayServiceNetworkConfiguration$, ExpressGatewayServiceScalingMetric, ExpressGatewayServiceStatus$, ExpressGatewayServiceStatusCode, FSxWindowsFileServerAuthorizationConfig$, FSxWindowsFileServerVolumeConfiguration$, Failure$, FirelensConfiguration$, FirelensConfigurationType, Gateway$, GatewayAlbDesyncMitigationMode, GatewayAlbProtocol, GatewayAlbTestTrafficRules$, GatewayClusterAssociationStatus, GatewayClusterAssociationSummary$, GatewayConfiguration$, GatewayConnection$, GatewayConnectionAlbResources$, GatewayConnectionResources$, GatewayConnector$, GatewayConnectorFilters$, GatewayConnectorHealthCheck$, GatewayConnectorHealthCheckMatcher$, GatewayConnectorHealthCheckProtocol, GatewayElbAccessLogConfiguration$, GatewayElbAccessLogDestination$, GatewayElbAccessLogS3Destination$, GatewayElbIpAddressType, GatewayElbNetworkConfiguration$, GatewayElbScheme, GatewayInfrastructureResources$, GatewayNotFoundException, GatewayNotFoundException$, GatewayOperationError$, GatewayResourceFailure$, GatewayResources$, GatewayRoute$, GatewayRouteAlbResources$, GatewayRouteLoadBalancerSecurityGroup$, GatewayRouteResources$, GatewayRouteStatus, GatewayRouteSummary$, GatewayStatus, GatewaySummary$, GatewayTestTrafficHeader$, GetTaskProtection$, GetTaskProtectionCommand, GetTaskProtectionRequest$, GetTaskProtectionResponse$, GpuDevice$, GpuSharingMode, HealthCheck$, HealthStatus, HostEntry$, HostSharedAlbConfiguration$, HostVolumeProperties$, InferenceAccelerator$, InferenceAcceleratorOverride$, InfrastructureOptimization$, IngressPathSummary$, InstanceGeneration, InstanceHealthCheckResult$, InstanceHealthCheckState, InstanceHealthCheckType, InstanceLaunchTemplate$, InstanceLaunchTemplateUpdate$, InstanceRequirementsRequest$, InvalidParameterException, InvalidParameterException$, IpcMode, KernelCapabilities$, KeyValuePair$, LaunchType, LimitExceededException, LimitExceededException$, LinearConfiguration$, LinuxParameters$, ListAccountSettings$, ListAccountSettingsCommand, ListAccountSettingsRequest$, ListAccountSettingsResponse$, ListAttributes$, ListAttributesCommand, ListAttributesRequest$, ListAttributesResponse$, ListClusters$, ListClustersCommand, ListClustersRequest$, ListClustersResponse$, ListContainerInstances$, ListContainerInstancesCommand, ListContainerInstancesRequest$, ListContainerInstancesResponse$, ListDaemonDeployments$, ListDaemonDeploymentsCommand, ListDaemonDeploymentsRequest$, ListDaemonDeploymentsResponse$, ListDaemonTaskDefinitions$, ListDaemonTaskDefinitionsCommand, ListDaemonTaskDefinitionsRequest$, ListDaemonTaskDefinitionsResponse$, ListDaemons$, ListDaemonsCommand, ListDaemonsRequest$, ListDaemonsResponse$, ListGatewayClusterAssociations$, ListGatewayClusterAssociationsCommand, ListGatewayClusterAssociationsRequest$, ListGatewayClusterAssociationsResponse$, ListGatewayRoutes$, ListGatewayRoutesCommand, ListGatewayRoutesRequest$, ListGatewayRoutesResponse$, ListGateways$, ListGatewaysCommand, ListGatewaysRequest$, ListGatewaysResponse$, ListServiceDeployments$, ListServiceDeploymentsCommand, ListServiceDeploymentsRequest$, ListServiceDeploymentsResponse$, ListServices$, ListServicesByNamespace$, ListServicesByNamespaceCommand, ListServicesByNamespaceRequest$, ListServicesByNamespaceResponse$, ListServicesCommand, ListServicesRequest$, ListServicesResponse$, ListTagsForResource$, ListTagsForResourceCommand, ListTagsForResourceRequest$, ListTagsForResourceResponse$, ListTaskDefinitionFamilies$, ListTaskDefinitionFamiliesCommand, ListTaskDefinitionFamiliesRequest$, ListTaskDefinitionFamiliesResponse$, ListTaskDefinitions$, ListTaskDefinitionsCommand, ListTaskDefinitionsRequest$, ListTaskDefinitionsResponse$, ListTasks$, ListTasksCommand, ListTasksRequest$, ListTasksResponse$, LoadBalancer$, LocalStorage, LocalStorageType, LogConfiguration$, LogDriver, LogDriverVolumeConfiguration$, ManagedAgent$, ManagedAgentName, ManagedAgentStateChange$, ManagedApplicationAutoScalingPolicy$, ManagedAutoScaling$, ManagedCertificate$, ManagedDraining, ManagedIngressPath$, ManagedInstancesLocalStorageConfiguration$, ManagedInstancesMonitoringOptions, ManagedInstancesNetworkConfiguration$, ManagedInstancesProvider$, ManagedInstancesStorageConfiguration$, ManagedListener$, ManagedListenerRule$, ManagedLoadBalancer$, ManagedLogGroup$, ManagedMetricAlarm$, ManagedResourceStatus, ManagedScalableTarget$, ManagedScaling$, ManagedScalingStatus, ManagedSecurityGroup$, ManagedStorageConfiguration$, ManagedTargetGroup$, ManagedTerminationProtection, MemoryGiBPerVCpuRequest$, MemoryMiBRequest$, MetricConfiguration$, MissingVersionException, MissingVersionException$, MonitoringConfiguration$, MountPoint$, NamespaceNotFoundException, NamespaceNotFoundException$, NetworkBandwidthGbpsRequest$, NetworkBinding$, NetworkConfiguration$, NetworkInterface$, NetworkInterfaceCountRequest$, NetworkMode, NoUpdateAvailableException, NoUpdateAvailableException$, NvidiaMpsAllocation$, OSFamily, PidMode, PlacementConstraint$, PlacementConstraintType, PlacementStrategy$, PlacementStrategyType, PlatformDevice$, PlatformDeviceType, PlatformTaskDefinitionIncompatibilityException, PlatformTaskDefinitionIncompatibilityException$, PlatformUnknownException, PlatformUnknownException$, PortMapping$, PropagateGatewayTags, PropagateMITags, PropagateTags, ProtectedTask$, ProxyConfiguration$, ProxyConfigurationType, PutAccountSetting$, PutAccountSettingCommand, PutAccountSettingDefault$, PutAccountSettingDefaultCommand, PutAccountSettingDefaultRequest$, PutAccountSettingDefaultResponse$, PutAccountSettingRequest$, PutAccountSettingResponse$, PutAttributes$, PutAttributesCommand, PutAttributesRequest$, PutAttributesResponse$, PutClusterCapacityProviders$, PutClusterCapacityProvidersCommand, PutClusterCapacityProvidersRequest$, PutClusterCapacityProvidersResponse$, RegisterContainerInstance$, RegisterContainerInstanceCommand, RegisterContainerInstanceRequest$, RegisterContainerInstanceResponse$, RegisterDaemonTaskDefinition$, RegisterDaemonTaskDefinitionCommand, RegisterDaemonTaskDefinitionRequest$, RegisterDaemonTaskDefinitionResponse$, RegisterTaskDefinition$, RegisterTaskDefinitionCommand, RegisterTaskDefinitionRequest$, RegisterTaskDefinitionResponse$, RepositoryCredentials$, ResolvedConfiguration$, Resource$, ResourceInUseException, ResourceInUseException$, ResourceManagementType, ResourceNotFoundException, ResourceNotFoundException$, ResourceRequirement$, ResourceType, Rollback$, RunTask$, RunTaskCommand, RunTaskRequest$, RunTaskResponse$, RuntimePlatform$, RuntimePlatformOverride$, S3FilesVolumeConfiguration$, Scale$, ScaleUnit, SchedulingStrategy, Scope, Secret$, ServerException, ServerException$, Service$, ServiceConnectAccessLogConfiguration$, ServiceConnectAccessLoggingFormat, ServiceConnectClientAlias$, ServiceConnectConfiguration$, ServiceConnectContainerConfiguration$, ServiceConnectContainerLogLevel, ServiceConnectIncludeQueryParameters, ServiceConnectService$, ServiceConnectServiceResource$, ServiceConnectTestTrafficHeaderMatchRules$, ServiceConnectTestTrafficHeaderRules$, ServiceConnectTestTrafficRules$, ServiceConnectTlsCertificateAuthority$, ServiceConnectTlsConfiguration$, ServiceCurrentRevisionSummary$, ServiceDeployment$, ServiceDeploymentAlarms$, ServiceDeploymentBrief$, ServiceDeploymentCircuitBreaker$, ServiceDeploymentLifecycleStage, ServiceDeploymentNotFoundException, ServiceDeploymentNotFoundException$, ServiceDeploymentRollbackMonitorsStatus, ServiceDeploymentStatus, ServiceEvent$, ServiceField, ServiceManagedEBSVolumeConfiguration$, ServiceNotActiveException, ServiceNotActiveException$, ServiceNotFoundException, ServiceNotFoundException$, ServiceRegistry$, ServiceRevision$, ServiceRevisionCleanup, ServiceRevisionLoadBalancer$, ServiceRevisionOverrides$, ServiceRevisionSummary$, ServiceRevisionVpcLatticeConfiguration$, ServiceVolumeConfiguration$, Session$, Setting$, SettingName, SettingType, SharingStrategy$, SortOrder, StabilityStatus, StartTask$, StartTaskCommand, StartTaskRequest$, StartTaskResponse$, StopServiceDeployment$, StopServiceDeploymentCommand, StopServiceDeploymentRequest$, StopServiceDeploymentResponse$, StopServiceDeploymentStopType, StopTask$, StopTaskCommand, StopTaskRequest$, StopTaskResponse$, SubmitAttachmentStateChanges$, SubmitAttachmentStateChangesCommand, SubmitAttachmentStateChangesRequest$, SubmitAttachmentStateChangesResponse$, SubmitContainerStateChange$, SubmitContainerStateChangeCommand, SubmitContainerStateChangeRequest$, SubmitContainerStateChangeResponse$, SubmitTaskStateChange$, SubmitTaskStateChangeCommand, SubmitTaskStateChangeRequest$, SubmitTaskStateChangeResponse$, SystemControl$, Tag$, TagResource$, TagResourceCommand, TagResourceRequest$, TagResourceResponse$, TargetNotConnectedException, TargetNotConnectedException$, TargetNotFoundException, TargetNotFoundException$, TargetType, Task$, TaskDefinition$, TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionPlacementConstraint$, TaskDefinitionPlacementConstraintType, TaskDefinitionStatus, TaskEphemeralStorage$, TaskField, TaskFilesystemType, TaskManagedEBSVolumeConfiguration$, TaskManagedEBSVolumeTerminationPolicy$, TaskOverride$, TaskSet$, TaskSetField, TaskSetNotFoundException, TaskSetNotFoundException$, TaskStopCode, TaskVolumeConfiguration$, ThresholdConfiguration$, ThresholdType, TimeoutConfiguration$, Tmpfs$, TotalLocalStorageGBRequest$, TransportProtocol, Ulimit$, UlimitName, UnsupportedFeatureException, UnsupportedFeatureException$, UntagResource$, UntagResourceCommand, UntagResourceRequest$, UntagResourceResponse$, UpdateCapacityProvider$, UpdateCapacityProviderCommand, UpdateCapacityProviderRequest$, UpdateCapacityProviderResponse$, UpdateCluster$, UpdateClusterCommand, UpdateClusterRequest$, UpdateClusterResponse$, UpdateClusterSettings$, UpdateClusterSettingsCommand, UpdateClusterSettingsRequest$, UpdateClusterSettingsResponse$, UpdateContainerAgent$, UpdateContainerAgentCommand, UpdateContainerAgentRequest$, UpdateContainerAgentResponse$, UpdateContainerInstancesState$, UpdateContainerInstancesStateCommand, UpdateContainerInstancesStateRequest$, UpdateContainerInstancesStateResponse$, UpdateDaemon$, UpdateDaemonCommand, UpdateDaemonRequest$, UpdateDaemonResponse$, UpdateExpressGatewayService$, UpdateExpressGatewayServiceCommand, UpdateExpressGatewayServiceRequest$, UpdateExpressGatewayServiceResponse$, UpdateGateway$, UpdateGatewayAlbConfiguration$, UpdateGatewayCommand, UpdateGatewayConfiguration$, UpdateGatewayNetworkConfiguration$, UpdateGatewayRequest$, UpdateGatewayResponse$, UpdateInProgressException, UpdateInProgressException$, UpdateManagedInstancesProviderConfiguration$, UpdateService$, UpdateServiceCommand, UpdateServicePrimaryTaskSet$, UpdateServicePrimaryTaskSetCommand, UpdateServicePrimaryTaskSetRequest$, UpdateServicePrimaryTaskSetResponse$, UpdateServiceRequest$, UpdateServiceResponse$, UpdateTaskProtection$, UpdateTaskProtectionCommand, UpdateTaskProtectionRequest$, UpdateTaskProtectionResponse$, UpdateTaskSet$, UpdateTaskSetCommand, UpdateTaskSetRequest$, UpdateTaskSetResponse$, UpdatedExpressGatewayService$, VCpuCountRangeRequest$, VersionConsistency, VersionInfo$, Volume$, VolumeFrom$, VpcLatticeAdvancedConfiguration$, VpcLatticeConfiguration$, __Client, errorTypeRegistries, paginateListAccountSettings, paginateListAttributes, paginateListClusters, paginateListContainerInstances, paginateListGatewayClusterAssociations, paginateListGatewayRoutes, paginateListGateways, paginateListServices, paginateListServicesByNamespace, paginateListTaskDefinitionFamilies, paginateListTaskDefinitions, paginateListTasks, waitForDaemonActive, waitForDaemonDeploymentStopped, waitForDaemonDeploymentSuccessful, waitForDaemonTaskDefinitionActive, waitForDaemonTaskDefinitionDeleted, waitForServicesInactive, waitForServicesStable, waitForTasksRunning, waitForTasksStopped, waitUntilDaemonActive, waitUntilDaemonDeploymentStopped, waitUntilDaemonDeploymentSuccessful, waitUntilDaemonTaskDefinitionActive, waitUntilDaemonTaskDefinitionDeleted, waitUntilServicesInactive, waitUntilServicesStable, waitUntilTasksRunning, waitUntilTasksStopped

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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/auth/httpAuthSchemeProvider.js


const defaultECSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "ecs",
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
const defaultECSHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(7113);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/package.json
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/endpoint/bdd.js

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
        ["https://ecs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ecs-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ecs.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ecs.{Region}.{PartitionResult#dnsSuffix}", i],
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(4947);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2014-11-13",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECSHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.ecs",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://ecs.amazonaws.com/doc/2014-11-13/",
            version: "2014-11-13",
            serviceTarget: "AmazonEC2ContainerServiceV20141113",
        },
        serviceId: config?.serviceId ?? "ECS",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/runtimeConfig.js










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
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 900_000),
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/ECSClient.js













class ECSClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultECSHttpAuthSchemeParametersProvider,
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/index.js














/***/ })

};
;