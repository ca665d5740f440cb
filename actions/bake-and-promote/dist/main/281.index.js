"use strict";
exports.id = 281;
exports.ids = [281];
exports.modules = {

/***/ 2281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  AcceleratorCountRequest$: () => (/* reexport */ schemas_0/* AcceleratorCountRequest$ */.oRE),
  AcceleratorManufacturer: () => (/* reexport */ AcceleratorManufacturer),
  AcceleratorName: () => (/* reexport */ AcceleratorName),
  AcceleratorTotalMemoryMiBRequest$: () => (/* reexport */ schemas_0/* AcceleratorTotalMemoryMiBRequest$ */.icq),
  AcceleratorType: () => (/* reexport */ AcceleratorType),
  AccessDeniedException: () => (/* reexport */ errors/* AccessDeniedException */.XN),
  AccessDeniedException$: () => (/* reexport */ schemas_0/* AccessDeniedException$ */.fO9),
  AccessType: () => (/* reexport */ AccessType),
  AdvancedConfiguration$: () => (/* reexport */ schemas_0/* AdvancedConfiguration$ */.hmh),
  AgentUpdateStatus: () => (/* reexport */ AgentUpdateStatus),
  ApplicationProtocol: () => (/* reexport */ ApplicationProtocol),
  AssignPublicIp: () => (/* reexport */ AssignPublicIp),
  AssociateGatewayWithCluster$: () => (/* reexport */ schemas_0/* AssociateGatewayWithCluster$ */.PGT),
  AssociateGatewayWithClusterCommand: () => (/* reexport */ AssociateGatewayWithClusterCommand),
  AssociateGatewayWithClusterRequest$: () => (/* reexport */ schemas_0/* AssociateGatewayWithClusterRequest$ */.ulj),
  AssociateGatewayWithClusterResponse$: () => (/* reexport */ schemas_0/* AssociateGatewayWithClusterResponse$ */.KzY),
  Attachment$: () => (/* reexport */ schemas_0/* Attachment$ */.myQ),
  AttachmentStateChange$: () => (/* reexport */ schemas_0/* AttachmentStateChange$ */.pp),
  Attribute$: () => (/* reexport */ schemas_0/* Attribute$ */.zh6),
  AttributeLimitExceededException: () => (/* reexport */ errors/* AttributeLimitExceededException */.kx),
  AttributeLimitExceededException$: () => (/* reexport */ schemas_0/* AttributeLimitExceededException$ */.uE_),
  AutoRepairActionsStatus: () => (/* reexport */ AutoRepairActionsStatus),
  AutoRepairConfiguration$: () => (/* reexport */ schemas_0/* AutoRepairConfiguration$ */.tQb),
  AutoScalingGroupProvider$: () => (/* reexport */ schemas_0/* AutoScalingGroupProvider$ */.hyc),
  AutoScalingGroupProviderUpdate$: () => (/* reexport */ schemas_0/* AutoScalingGroupProviderUpdate$ */.avu),
  AvailabilityZoneRebalancing: () => (/* reexport */ AvailabilityZoneRebalancing),
  AwsVpcConfiguration$: () => (/* reexport */ schemas_0/* AwsVpcConfiguration$ */.z4_),
  BareMetal: () => (/* reexport */ BareMetal),
  BaselineEbsBandwidthMbpsRequest$: () => (/* reexport */ schemas_0/* BaselineEbsBandwidthMbpsRequest$ */.gsy),
  BlockedException: () => (/* reexport */ errors/* BlockedException */.QV),
  BlockedException$: () => (/* reexport */ schemas_0/* BlockedException$ */.KEB),
  BurstablePerformance: () => (/* reexport */ BurstablePerformance),
  CPUArchitecture: () => (/* reexport */ CPUArchitecture),
  CanaryConfiguration$: () => (/* reexport */ schemas_0/* CanaryConfiguration$ */.v2L),
  CapacityOptionType: () => (/* reexport */ CapacityOptionType),
  CapacityProvider$: () => (/* reexport */ schemas_0/* CapacityProvider$ */.UrX),
  CapacityProviderField: () => (/* reexport */ CapacityProviderField),
  CapacityProviderStatus: () => (/* reexport */ CapacityProviderStatus),
  CapacityProviderStrategyItem$: () => (/* reexport */ schemas_0/* CapacityProviderStrategyItem$ */.i$C),
  CapacityProviderType: () => (/* reexport */ CapacityProviderType),
  CapacityProviderUpdateStatus: () => (/* reexport */ CapacityProviderUpdateStatus),
  CapacityReservationPreference: () => (/* reexport */ CapacityReservationPreference),
  CapacityReservationRequest$: () => (/* reexport */ schemas_0/* CapacityReservationRequest$ */.C3X),
  ClientException: () => (/* reexport */ errors/* ClientException */.P6),
  ClientException$: () => (/* reexport */ schemas_0/* ClientException$ */.FQ$),
  Cluster$: () => (/* reexport */ schemas_0/* Cluster$ */.$YX),
  ClusterConfiguration$: () => (/* reexport */ schemas_0/* ClusterConfiguration$ */.NjX),
  ClusterContainsCapacityProviderException: () => (/* reexport */ errors/* ClusterContainsCapacityProviderException */.gi),
  ClusterContainsCapacityProviderException$: () => (/* reexport */ schemas_0/* ClusterContainsCapacityProviderException$ */.ODU),
  ClusterContainsContainerInstancesException: () => (/* reexport */ errors/* ClusterContainsContainerInstancesException */.qd),
  ClusterContainsContainerInstancesException$: () => (/* reexport */ schemas_0/* ClusterContainsContainerInstancesException$ */.YWG),
  ClusterContainsServicesException: () => (/* reexport */ errors/* ClusterContainsServicesException */.Vg),
  ClusterContainsServicesException$: () => (/* reexport */ schemas_0/* ClusterContainsServicesException$ */.Tqx),
  ClusterContainsTasksException: () => (/* reexport */ errors/* ClusterContainsTasksException */.N$),
  ClusterContainsTasksException$: () => (/* reexport */ schemas_0/* ClusterContainsTasksException$ */.rXT),
  ClusterField: () => (/* reexport */ ClusterField),
  ClusterNotFoundException: () => (/* reexport */ errors/* ClusterNotFoundException */.zQ),
  ClusterNotFoundException$: () => (/* reexport */ schemas_0/* ClusterNotFoundException$ */.FsM),
  ClusterServiceConnectDefaults$: () => (/* reexport */ schemas_0/* ClusterServiceConnectDefaults$ */.C2f),
  ClusterServiceConnectDefaultsRequest$: () => (/* reexport */ schemas_0/* ClusterServiceConnectDefaultsRequest$ */.nUm),
  ClusterSetting$: () => (/* reexport */ schemas_0/* ClusterSetting$ */.BEe),
  ClusterSettingName: () => (/* reexport */ ClusterSettingName),
  Compatibility: () => (/* reexport */ Compatibility),
  ConflictException: () => (/* reexport */ errors/* ConflictException */.cb),
  ConflictException$: () => (/* reexport */ schemas_0/* ConflictException$ */.onj),
  Connectivity: () => (/* reexport */ Connectivity),
  Container$: () => (/* reexport */ schemas_0/* Container$ */.cFH),
  ContainerCondition: () => (/* reexport */ ContainerCondition),
  ContainerDefinition$: () => (/* reexport */ schemas_0/* ContainerDefinition$ */.r2B),
  ContainerDependency$: () => (/* reexport */ schemas_0/* ContainerDependency$ */.zs3),
  ContainerImage$: () => (/* reexport */ schemas_0/* ContainerImage$ */.Jbd),
  ContainerInstance$: () => (/* reexport */ schemas_0/* ContainerInstance$ */.B_l),
  ContainerInstanceField: () => (/* reexport */ ContainerInstanceField),
  ContainerInstanceHealthStatus$: () => (/* reexport */ schemas_0/* ContainerInstanceHealthStatus$ */.B8i),
  ContainerInstanceStatus: () => (/* reexport */ ContainerInstanceStatus),
  ContainerOverride$: () => (/* reexport */ schemas_0/* ContainerOverride$ */.cNH),
  ContainerRestartPolicy$: () => (/* reexport */ schemas_0/* ContainerRestartPolicy$ */.ZXc),
  ContainerStateChange$: () => (/* reexport */ schemas_0/* ContainerStateChange$ */.NZy),
  ContinueServiceDeployment$: () => (/* reexport */ schemas_0/* ContinueServiceDeployment$ */.sJF),
  ContinueServiceDeploymentCommand: () => (/* reexport */ ContinueServiceDeploymentCommand/* ContinueServiceDeploymentCommand */.L),
  ContinueServiceDeploymentRequest$: () => (/* reexport */ schemas_0/* ContinueServiceDeploymentRequest$ */.feU),
  ContinueServiceDeploymentResponse$: () => (/* reexport */ schemas_0/* ContinueServiceDeploymentResponse$ */.fDm),
  CpuManufacturer: () => (/* reexport */ CpuManufacturer),
  CreateCapacityProvider$: () => (/* reexport */ schemas_0/* CreateCapacityProvider$ */.SyB),
  CreateCapacityProviderCommand: () => (/* reexport */ CreateCapacityProviderCommand),
  CreateCapacityProviderRequest$: () => (/* reexport */ schemas_0/* CreateCapacityProviderRequest$ */.n8V),
  CreateCapacityProviderResponse$: () => (/* reexport */ schemas_0/* CreateCapacityProviderResponse$ */.Z0V),
  CreateCluster$: () => (/* reexport */ schemas_0/* CreateCluster$ */.TIA),
  CreateClusterCommand: () => (/* reexport */ CreateClusterCommand),
  CreateClusterRequest$: () => (/* reexport */ schemas_0/* CreateClusterRequest$ */.Mil),
  CreateClusterResponse$: () => (/* reexport */ schemas_0/* CreateClusterResponse$ */.CTl),
  CreateDaemon$: () => (/* reexport */ schemas_0/* CreateDaemon$ */.fIK),
  CreateDaemonCommand: () => (/* reexport */ CreateDaemonCommand),
  CreateDaemonRequest$: () => (/* reexport */ schemas_0/* CreateDaemonRequest$ */.Agt),
  CreateDaemonResponse$: () => (/* reexport */ schemas_0/* CreateDaemonResponse$ */.sG8),
  CreateExpressGatewayService$: () => (/* reexport */ schemas_0/* CreateExpressGatewayService$ */.a5W),
  CreateExpressGatewayServiceCommand: () => (/* reexport */ CreateExpressGatewayServiceCommand),
  CreateExpressGatewayServiceRequest$: () => (/* reexport */ schemas_0/* CreateExpressGatewayServiceRequest$ */.d4B),
  CreateExpressGatewayServiceResponse$: () => (/* reexport */ schemas_0/* CreateExpressGatewayServiceResponse$ */.vEU),
  CreateGateway$: () => (/* reexport */ schemas_0/* CreateGateway$ */.vem),
  CreateGatewayCommand: () => (/* reexport */ CreateGatewayCommand),
  CreateGatewayRequest$: () => (/* reexport */ schemas_0/* CreateGatewayRequest$ */.Qe0),
  CreateGatewayResponse$: () => (/* reexport */ schemas_0/* CreateGatewayResponse$ */.ss4),
  CreateManagedInstancesProviderConfiguration$: () => (/* reexport */ schemas_0/* CreateManagedInstancesProviderConfiguration$ */.rf9),
  CreateService$: () => (/* reexport */ schemas_0/* CreateService$ */.OqB),
  CreateServiceCommand: () => (/* reexport */ CreateServiceCommand),
  CreateServiceRequest$: () => (/* reexport */ schemas_0/* CreateServiceRequest$ */.dbk),
  CreateServiceResponse$: () => (/* reexport */ schemas_0/* CreateServiceResponse$ */.t_J),
  CreateTaskSet$: () => (/* reexport */ schemas_0/* CreateTaskSet$ */.EpV),
  CreateTaskSetCommand: () => (/* reexport */ CreateTaskSetCommand),
  CreateTaskSetRequest$: () => (/* reexport */ schemas_0/* CreateTaskSetRequest$ */.h7X),
  CreateTaskSetResponse$: () => (/* reexport */ schemas_0/* CreateTaskSetResponse$ */.$Bb),
  CreatedAt$: () => (/* reexport */ schemas_0/* CreatedAt$ */.Ukz),
  DaemonAlarmConfiguration$: () => (/* reexport */ schemas_0/* DaemonAlarmConfiguration$ */.Evi),
  DaemonCapacityProvider$: () => (/* reexport */ schemas_0/* DaemonCapacityProvider$ */.SCJ),
  DaemonCircuitBreaker$: () => (/* reexport */ schemas_0/* DaemonCircuitBreaker$ */.w9y),
  DaemonContainerDefinition$: () => (/* reexport */ schemas_0/* DaemonContainerDefinition$ */.NnK),
  DaemonContainerImage$: () => (/* reexport */ schemas_0/* DaemonContainerImage$ */.voG),
  DaemonDeployment$: () => (/* reexport */ schemas_0/* DaemonDeployment$ */.sep),
  DaemonDeploymentAlarms$: () => (/* reexport */ schemas_0/* DaemonDeploymentAlarms$ */.Qx),
  DaemonDeploymentCapacityProvider$: () => (/* reexport */ schemas_0/* DaemonDeploymentCapacityProvider$ */.Jyc),
  DaemonDeploymentConfiguration$: () => (/* reexport */ schemas_0/* DaemonDeploymentConfiguration$ */.ecd),
  DaemonDeploymentRevisionDetail$: () => (/* reexport */ schemas_0/* DaemonDeploymentRevisionDetail$ */.u1v),
  DaemonDeploymentRollbackMonitorsStatus: () => (/* reexport */ DaemonDeploymentRollbackMonitorsStatus),
  DaemonDeploymentStatus: () => (/* reexport */ DaemonDeploymentStatus),
  DaemonDeploymentSummary$: () => (/* reexport */ schemas_0/* DaemonDeploymentSummary$ */.sAK),
  DaemonDetail$: () => (/* reexport */ schemas_0/* DaemonDetail$ */.KIi),
  DaemonIpcMode: () => (/* reexport */ DaemonIpcMode),
  DaemonLinuxParameters$: () => (/* reexport */ schemas_0/* DaemonLinuxParameters$ */.DiA),
  DaemonNotActiveException: () => (/* reexport */ errors/* DaemonNotActiveException */.RY),
  DaemonNotActiveException$: () => (/* reexport */ schemas_0/* DaemonNotActiveException$ */.vkb),
  DaemonNotFoundException: () => (/* reexport */ errors/* DaemonNotFoundException */.f0),
  DaemonNotFoundException$: () => (/* reexport */ schemas_0/* DaemonNotFoundException$ */.hAg),
  DaemonPidMode: () => (/* reexport */ DaemonPidMode),
  DaemonPropagateTags: () => (/* reexport */ DaemonPropagateTags),
  DaemonRevision$: () => (/* reexport */ schemas_0/* DaemonRevision$ */.MXL),
  DaemonRevisionDetail$: () => (/* reexport */ schemas_0/* DaemonRevisionDetail$ */.Hgr),
  DaemonRollback$: () => (/* reexport */ schemas_0/* DaemonRollback$ */.Pun),
  DaemonStatus: () => (/* reexport */ DaemonStatus),
  DaemonSummary$: () => (/* reexport */ schemas_0/* DaemonSummary$ */.jjJ),
  DaemonTaskDefinition$: () => (/* reexport */ schemas_0/* DaemonTaskDefinition$ */.but),
  DaemonTaskDefinitionRevisionFilter: () => (/* reexport */ DaemonTaskDefinitionRevisionFilter),
  DaemonTaskDefinitionStatus: () => (/* reexport */ DaemonTaskDefinitionStatus),
  DaemonTaskDefinitionStatusFilter: () => (/* reexport */ DaemonTaskDefinitionStatusFilter),
  DaemonTaskDefinitionSummary$: () => (/* reexport */ schemas_0/* DaemonTaskDefinitionSummary$ */.RU$),
  DaemonVolume$: () => (/* reexport */ schemas_0/* DaemonVolume$ */.hQe),
  DeleteAccountSetting$: () => (/* reexport */ schemas_0/* DeleteAccountSetting$ */.HHf),
  DeleteAccountSettingCommand: () => (/* reexport */ DeleteAccountSettingCommand),
  DeleteAccountSettingRequest$: () => (/* reexport */ schemas_0/* DeleteAccountSettingRequest$ */.URl),
  DeleteAccountSettingResponse$: () => (/* reexport */ schemas_0/* DeleteAccountSettingResponse$ */.IpW),
  DeleteAttributes$: () => (/* reexport */ schemas_0/* DeleteAttributes$ */.V_o),
  DeleteAttributesCommand: () => (/* reexport */ DeleteAttributesCommand),
  DeleteAttributesRequest$: () => (/* reexport */ schemas_0/* DeleteAttributesRequest$ */.MvP),
  DeleteAttributesResponse$: () => (/* reexport */ schemas_0/* DeleteAttributesResponse$ */.IbI),
  DeleteCapacityProvider$: () => (/* reexport */ schemas_0/* DeleteCapacityProvider$ */.XDu),
  DeleteCapacityProviderCommand: () => (/* reexport */ DeleteCapacityProviderCommand),
  DeleteCapacityProviderRequest$: () => (/* reexport */ schemas_0/* DeleteCapacityProviderRequest$ */.Kw_),
  DeleteCapacityProviderResponse$: () => (/* reexport */ schemas_0/* DeleteCapacityProviderResponse$ */.Woi),
  DeleteCluster$: () => (/* reexport */ schemas_0/* DeleteCluster$ */.E39),
  DeleteClusterCommand: () => (/* reexport */ DeleteClusterCommand),
  DeleteClusterRequest$: () => (/* reexport */ schemas_0/* DeleteClusterRequest$ */.Lgv),
  DeleteClusterResponse$: () => (/* reexport */ schemas_0/* DeleteClusterResponse$ */.Z2n),
  DeleteDaemon$: () => (/* reexport */ schemas_0/* DeleteDaemon$ */.Sf5),
  DeleteDaemonCommand: () => (/* reexport */ DeleteDaemonCommand),
  DeleteDaemonRequest$: () => (/* reexport */ schemas_0/* DeleteDaemonRequest$ */.NKT),
  DeleteDaemonResponse$: () => (/* reexport */ schemas_0/* DeleteDaemonResponse$ */.Lul),
  DeleteDaemonTaskDefinition$: () => (/* reexport */ schemas_0/* DeleteDaemonTaskDefinition$ */.yd4),
  DeleteDaemonTaskDefinitionCommand: () => (/* reexport */ DeleteDaemonTaskDefinitionCommand),
  DeleteDaemonTaskDefinitionRequest$: () => (/* reexport */ schemas_0/* DeleteDaemonTaskDefinitionRequest$ */.JkI),
  DeleteDaemonTaskDefinitionResponse$: () => (/* reexport */ schemas_0/* DeleteDaemonTaskDefinitionResponse$ */.FnW),
  DeleteExpressGatewayService$: () => (/* reexport */ schemas_0/* DeleteExpressGatewayService$ */.FSq),
  DeleteExpressGatewayServiceCommand: () => (/* reexport */ DeleteExpressGatewayServiceCommand),
  DeleteExpressGatewayServiceRequest$: () => (/* reexport */ schemas_0/* DeleteExpressGatewayServiceRequest$ */.QPx),
  DeleteExpressGatewayServiceResponse$: () => (/* reexport */ schemas_0/* DeleteExpressGatewayServiceResponse$ */.cxO),
  DeleteGateway$: () => (/* reexport */ schemas_0/* DeleteGateway$ */.ILP),
  DeleteGatewayCommand: () => (/* reexport */ DeleteGatewayCommand),
  DeleteGatewayRequest$: () => (/* reexport */ schemas_0/* DeleteGatewayRequest$ */.ZT3),
  DeleteGatewayResponse$: () => (/* reexport */ schemas_0/* DeleteGatewayResponse$ */.Xnt),
  DeleteService$: () => (/* reexport */ schemas_0/* DeleteService$ */.BBq),
  DeleteServiceCommand: () => (/* reexport */ DeleteServiceCommand),
  DeleteServiceRequest$: () => (/* reexport */ schemas_0/* DeleteServiceRequest$ */._vR),
  DeleteServiceResponse$: () => (/* reexport */ schemas_0/* DeleteServiceResponse$ */.SlQ),
  DeleteTaskDefinitions$: () => (/* reexport */ schemas_0/* DeleteTaskDefinitions$ */.HrU),
  DeleteTaskDefinitionsCommand: () => (/* reexport */ DeleteTaskDefinitionsCommand),
  DeleteTaskDefinitionsRequest$: () => (/* reexport */ schemas_0/* DeleteTaskDefinitionsRequest$ */.g3R),
  DeleteTaskDefinitionsResponse$: () => (/* reexport */ schemas_0/* DeleteTaskDefinitionsResponse$ */.oDF),
  DeleteTaskSet$: () => (/* reexport */ schemas_0/* DeleteTaskSet$ */.Br4),
  DeleteTaskSetCommand: () => (/* reexport */ DeleteTaskSetCommand),
  DeleteTaskSetRequest$: () => (/* reexport */ schemas_0/* DeleteTaskSetRequest$ */.ObU),
  DeleteTaskSetResponse$: () => (/* reexport */ schemas_0/* DeleteTaskSetResponse$ */.und),
  Deployment$: () => (/* reexport */ schemas_0/* Deployment$ */.Kb8),
  DeploymentAlarms$: () => (/* reexport */ schemas_0/* DeploymentAlarms$ */.ykx),
  DeploymentCircuitBreaker$: () => (/* reexport */ schemas_0/* DeploymentCircuitBreaker$ */.vxR),
  DeploymentConfiguration$: () => (/* reexport */ schemas_0/* DeploymentConfiguration$ */.oRv),
  DeploymentController$: () => (/* reexport */ schemas_0/* DeploymentController$ */.q$m),
  DeploymentControllerType: () => (/* reexport */ DeploymentControllerType),
  DeploymentEarlySuccessCriteria$: () => (/* reexport */ schemas_0/* DeploymentEarlySuccessCriteria$ */.xF4),
  DeploymentEphemeralStorage$: () => (/* reexport */ schemas_0/* DeploymentEphemeralStorage$ */.QG1),
  DeploymentLifecycleHook$: () => (/* reexport */ schemas_0/* DeploymentLifecycleHook$ */.LIW),
  DeploymentLifecycleHookAction: () => (/* reexport */ DeploymentLifecycleHookAction),
  DeploymentLifecycleHookDetail$: () => (/* reexport */ schemas_0/* DeploymentLifecycleHookDetail$ */._wv),
  DeploymentLifecycleHookStage: () => (/* reexport */ DeploymentLifecycleHookStage),
  DeploymentLifecycleHookStatus: () => (/* reexport */ DeploymentLifecycleHookStatus),
  DeploymentLifecycleHookTargetType: () => (/* reexport */ DeploymentLifecycleHookTargetType),
  DeploymentLifecycleHookTimeoutConfiguration$: () => (/* reexport */ schemas_0/* DeploymentLifecycleHookTimeoutConfiguration$ */.QcE),
  DeploymentRolloutState: () => (/* reexport */ DeploymentRolloutState),
  DeploymentStrategy: () => (/* reexport */ DeploymentStrategy),
  DeregisterContainerInstance$: () => (/* reexport */ schemas_0/* DeregisterContainerInstance$ */.hj2),
  DeregisterContainerInstanceCommand: () => (/* reexport */ DeregisterContainerInstanceCommand),
  DeregisterContainerInstanceRequest$: () => (/* reexport */ schemas_0/* DeregisterContainerInstanceRequest$ */.E2v),
  DeregisterContainerInstanceResponse$: () => (/* reexport */ schemas_0/* DeregisterContainerInstanceResponse$ */.YId),
  DeregisterTaskDefinition$: () => (/* reexport */ schemas_0/* DeregisterTaskDefinition$ */.lkq),
  DeregisterTaskDefinitionCommand: () => (/* reexport */ DeregisterTaskDefinitionCommand),
  DeregisterTaskDefinitionRequest$: () => (/* reexport */ schemas_0/* DeregisterTaskDefinitionRequest$ */.uAZ),
  DeregisterTaskDefinitionResponse$: () => (/* reexport */ schemas_0/* DeregisterTaskDefinitionResponse$ */.myH),
  DescribeCapacityProviders$: () => (/* reexport */ schemas_0/* DescribeCapacityProviders$ */.eb8),
  DescribeCapacityProvidersCommand: () => (/* reexport */ DescribeCapacityProvidersCommand),
  DescribeCapacityProvidersRequest$: () => (/* reexport */ schemas_0/* DescribeCapacityProvidersRequest$ */.TRJ),
  DescribeCapacityProvidersResponse$: () => (/* reexport */ schemas_0/* DescribeCapacityProvidersResponse$ */.zg6),
  DescribeClusters$: () => (/* reexport */ schemas_0/* DescribeClusters$ */.dM4),
  DescribeClustersCommand: () => (/* reexport */ DescribeClustersCommand),
  DescribeClustersRequest$: () => (/* reexport */ schemas_0/* DescribeClustersRequest$ */.YTD),
  DescribeClustersResponse$: () => (/* reexport */ schemas_0/* DescribeClustersResponse$ */.QRH),
  DescribeContainerInstances$: () => (/* reexport */ schemas_0/* DescribeContainerInstances$ */.H4U),
  DescribeContainerInstancesCommand: () => (/* reexport */ DescribeContainerInstancesCommand),
  DescribeContainerInstancesRequest$: () => (/* reexport */ schemas_0/* DescribeContainerInstancesRequest$ */.Eax),
  DescribeContainerInstancesResponse$: () => (/* reexport */ schemas_0/* DescribeContainerInstancesResponse$ */.YqU),
  DescribeDaemon$: () => (/* reexport */ schemas_0/* DescribeDaemon$ */.Ksb),
  DescribeDaemonCommand: () => (/* reexport */ DescribeDaemonCommand),
  DescribeDaemonDeployments$: () => (/* reexport */ schemas_0/* DescribeDaemonDeployments$ */.K0R),
  DescribeDaemonDeploymentsCommand: () => (/* reexport */ DescribeDaemonDeploymentsCommand),
  DescribeDaemonDeploymentsRequest$: () => (/* reexport */ schemas_0/* DescribeDaemonDeploymentsRequest$ */.Li4),
  DescribeDaemonDeploymentsResponse$: () => (/* reexport */ schemas_0/* DescribeDaemonDeploymentsResponse$ */.X3S),
  DescribeDaemonRequest$: () => (/* reexport */ schemas_0/* DescribeDaemonRequest$ */.$Ap),
  DescribeDaemonResponse$: () => (/* reexport */ schemas_0/* DescribeDaemonResponse$ */.dcY),
  DescribeDaemonRevisions$: () => (/* reexport */ schemas_0/* DescribeDaemonRevisions$ */.kGM),
  DescribeDaemonRevisionsCommand: () => (/* reexport */ DescribeDaemonRevisionsCommand),
  DescribeDaemonRevisionsRequest$: () => (/* reexport */ schemas_0/* DescribeDaemonRevisionsRequest$ */.VW8),
  DescribeDaemonRevisionsResponse$: () => (/* reexport */ schemas_0/* DescribeDaemonRevisionsResponse$ */.PMr),
  DescribeDaemonTaskDefinition$: () => (/* reexport */ schemas_0/* DescribeDaemonTaskDefinition$ */.ERn),
  DescribeDaemonTaskDefinitionCommand: () => (/* reexport */ DescribeDaemonTaskDefinitionCommand),
  DescribeDaemonTaskDefinitionRequest$: () => (/* reexport */ schemas_0/* DescribeDaemonTaskDefinitionRequest$ */.pJg),
  DescribeDaemonTaskDefinitionResponse$: () => (/* reexport */ schemas_0/* DescribeDaemonTaskDefinitionResponse$ */.h8k),
  DescribeExpressGatewayService$: () => (/* reexport */ schemas_0/* DescribeExpressGatewayService$ */.$aV),
  DescribeExpressGatewayServiceCommand: () => (/* reexport */ DescribeExpressGatewayServiceCommand),
  DescribeExpressGatewayServiceRequest$: () => (/* reexport */ schemas_0/* DescribeExpressGatewayServiceRequest$ */.wwh),
  DescribeExpressGatewayServiceResponse$: () => (/* reexport */ schemas_0/* DescribeExpressGatewayServiceResponse$ */.KJs),
  DescribeGateway$: () => (/* reexport */ schemas_0/* DescribeGateway$ */.KT6),
  DescribeGatewayAlbConfiguration$: () => (/* reexport */ schemas_0/* DescribeGatewayAlbConfiguration$ */.xmM),
  DescribeGatewayCommand: () => (/* reexport */ DescribeGatewayCommand),
  DescribeGatewayConfiguration$: () => (/* reexport */ schemas_0/* DescribeGatewayConfiguration$ */._Mg),
  DescribeGatewayRequest$: () => (/* reexport */ schemas_0/* DescribeGatewayRequest$ */.TVA),
  DescribeGatewayResources$: () => (/* reexport */ schemas_0/* DescribeGatewayResources$ */.dKV),
  DescribeGatewayResourcesCommand: () => (/* reexport */ DescribeGatewayResourcesCommand),
  DescribeGatewayResourcesRequest$: () => (/* reexport */ schemas_0/* DescribeGatewayResourcesRequest$ */.Y$),
  DescribeGatewayResourcesResponse$: () => (/* reexport */ schemas_0/* DescribeGatewayResourcesResponse$ */.s9y),
  DescribeGatewayResponse$: () => (/* reexport */ schemas_0/* DescribeGatewayResponse$ */.XEX),
  DescribeGatewayRoute$: () => (/* reexport */ schemas_0/* DescribeGatewayRoute$ */.ZOs),
  DescribeGatewayRouteCommand: () => (/* reexport */ DescribeGatewayRouteCommand),
  DescribeGatewayRouteRequest$: () => (/* reexport */ schemas_0/* DescribeGatewayRouteRequest$ */.G_V),
  DescribeGatewayRouteResponse$: () => (/* reexport */ schemas_0/* DescribeGatewayRouteResponse$ */.sjR),
  DescribeServiceDeployments$: () => (/* reexport */ schemas_0/* DescribeServiceDeployments$ */.bm1),
  DescribeServiceDeploymentsCommand: () => (/* reexport */ DescribeServiceDeploymentsCommand/* DescribeServiceDeploymentsCommand */.A),
  DescribeServiceDeploymentsRequest$: () => (/* reexport */ schemas_0/* DescribeServiceDeploymentsRequest$ */.IwN),
  DescribeServiceDeploymentsResponse$: () => (/* reexport */ schemas_0/* DescribeServiceDeploymentsResponse$ */.ggW),
  DescribeServiceRevisions$: () => (/* reexport */ schemas_0/* DescribeServiceRevisions$ */.Nqi),
  DescribeServiceRevisionsCommand: () => (/* reexport */ DescribeServiceRevisionsCommand),
  DescribeServiceRevisionsRequest$: () => (/* reexport */ schemas_0/* DescribeServiceRevisionsRequest$ */.c1R),
  DescribeServiceRevisionsResponse$: () => (/* reexport */ schemas_0/* DescribeServiceRevisionsResponse$ */.gb8),
  DescribeServices$: () => (/* reexport */ schemas_0/* DescribeServices$ */.i2N),
  DescribeServicesCommand: () => (/* reexport */ DescribeServicesCommand/* DescribeServicesCommand */.H),
  DescribeServicesRequest$: () => (/* reexport */ schemas_0/* DescribeServicesRequest$ */.Xoe),
  DescribeServicesResponse$: () => (/* reexport */ schemas_0/* DescribeServicesResponse$ */.psd),
  DescribeTaskDefinition$: () => (/* reexport */ schemas_0/* DescribeTaskDefinition$ */.K0Z),
  DescribeTaskDefinitionCommand: () => (/* reexport */ DescribeTaskDefinitionCommand/* DescribeTaskDefinitionCommand */.Z),
  DescribeTaskDefinitionRequest$: () => (/* reexport */ schemas_0/* DescribeTaskDefinitionRequest$ */.Fbj),
  DescribeTaskDefinitionResponse$: () => (/* reexport */ schemas_0/* DescribeTaskDefinitionResponse$ */.vbP),
  DescribeTaskSets$: () => (/* reexport */ schemas_0/* DescribeTaskSets$ */.SGX),
  DescribeTaskSetsCommand: () => (/* reexport */ DescribeTaskSetsCommand),
  DescribeTaskSetsRequest$: () => (/* reexport */ schemas_0/* DescribeTaskSetsRequest$ */.xf1),
  DescribeTaskSetsResponse$: () => (/* reexport */ schemas_0/* DescribeTaskSetsResponse$ */.bxC),
  DescribeTasks$: () => (/* reexport */ schemas_0/* DescribeTasks$ */.Aw_),
  DescribeTasksCommand: () => (/* reexport */ DescribeTasksCommand/* DescribeTasksCommand */.z),
  DescribeTasksRequest$: () => (/* reexport */ schemas_0/* DescribeTasksRequest$ */.JuY),
  DescribeTasksResponse$: () => (/* reexport */ schemas_0/* DescribeTasksResponse$ */.B5V),
  DesiredStatus: () => (/* reexport */ DesiredStatus),
  Device$: () => (/* reexport */ schemas_0/* Device$ */.BwE),
  DeviceCgroupPermission: () => (/* reexport */ DeviceCgroupPermission),
  DisassociateGatewayFromCluster$: () => (/* reexport */ schemas_0/* DisassociateGatewayFromCluster$ */.j34),
  DisassociateGatewayFromClusterCommand: () => (/* reexport */ DisassociateGatewayFromClusterCommand),
  DisassociateGatewayFromClusterRequest$: () => (/* reexport */ schemas_0/* DisassociateGatewayFromClusterRequest$ */.IRp),
  DisassociateGatewayFromClusterResponse$: () => (/* reexport */ schemas_0/* DisassociateGatewayFromClusterResponse$ */.oVt),
  DiscoverPollEndpoint$: () => (/* reexport */ schemas_0/* DiscoverPollEndpoint$ */.arh),
  DiscoverPollEndpointCommand: () => (/* reexport */ DiscoverPollEndpointCommand),
  DiscoverPollEndpointRequest$: () => (/* reexport */ schemas_0/* DiscoverPollEndpointRequest$ */.$vX),
  DiscoverPollEndpointResponse$: () => (/* reexport */ schemas_0/* DiscoverPollEndpointResponse$ */.r8L),
  DockerVolumeConfiguration$: () => (/* reexport */ schemas_0/* DockerVolumeConfiguration$ */.Z8j),
  EBSResourceType: () => (/* reexport */ EBSResourceType),
  EBSTagSpecification$: () => (/* reexport */ schemas_0/* EBSTagSpecification$ */.kQk),
  ECS: () => (/* reexport */ ECS),
  ECSClient: () => (/* reexport */ ECSClient),
  ECSExpressGatewayService$: () => (/* reexport */ schemas_0/* ECSExpressGatewayService$ */.NY2),
  ECSManagedResources$: () => (/* reexport */ schemas_0/* ECSManagedResources$ */.eMV),
  ECSServiceException: () => (/* reexport */ ECSServiceException/* ECSServiceException */.W),
  ECSServiceException$: () => (/* reexport */ schemas_0/* ECSServiceException$ */.mXz),
  EFSAuthorizationConfig$: () => (/* reexport */ schemas_0/* EFSAuthorizationConfig$ */.qz6),
  EFSAuthorizationConfigIAM: () => (/* reexport */ EFSAuthorizationConfigIAM),
  EFSTransitEncryption: () => (/* reexport */ EFSTransitEncryption),
  EFSVolumeConfiguration$: () => (/* reexport */ schemas_0/* EFSVolumeConfiguration$ */.xXb),
  ElbGatewayResources$: () => (/* reexport */ schemas_0/* ElbGatewayResources$ */.xTP),
  EnvironmentFile$: () => (/* reexport */ schemas_0/* EnvironmentFile$ */.cP0),
  EnvironmentFileType: () => (/* reexport */ EnvironmentFileType),
  EphemeralStorage$: () => (/* reexport */ schemas_0/* EphemeralStorage$ */.HKh),
  ExecuteCommand$: () => (/* reexport */ schemas_0/* ExecuteCommand$ */.j27),
  ExecuteCommandCommand: () => (/* reexport */ ExecuteCommandCommand),
  ExecuteCommandConfiguration$: () => (/* reexport */ schemas_0/* ExecuteCommandConfiguration$ */.xps),
  ExecuteCommandLogConfiguration$: () => (/* reexport */ schemas_0/* ExecuteCommandLogConfiguration$ */.bc0),
  ExecuteCommandLogging: () => (/* reexport */ ExecuteCommandLogging),
  ExecuteCommandRequest$: () => (/* reexport */ schemas_0/* ExecuteCommandRequest$ */.uv5),
  ExecuteCommandResponse$: () => (/* reexport */ schemas_0/* ExecuteCommandResponse$ */.exq),
  ExpressCpuArchitecture: () => (/* reexport */ ExpressCpuArchitecture),
  ExpressGatewayContainer$: () => (/* reexport */ schemas_0/* ExpressGatewayContainer$ */.EKw),
  ExpressGatewayRepositoryCredentials$: () => (/* reexport */ schemas_0/* ExpressGatewayRepositoryCredentials$ */.vV3),
  ExpressGatewayScalingTarget$: () => (/* reexport */ schemas_0/* ExpressGatewayScalingTarget$ */.hfW),
  ExpressGatewayServiceAwsLogsConfiguration$: () => (/* reexport */ schemas_0/* ExpressGatewayServiceAwsLogsConfiguration$ */.qPh),
  ExpressGatewayServiceConfiguration$: () => (/* reexport */ schemas_0/* ExpressGatewayServiceConfiguration$ */.ABG),
  ExpressGatewayServiceInclude: () => (/* reexport */ ExpressGatewayServiceInclude),
  ExpressGatewayServiceNetworkConfiguration$: () => (/* reexport */ schemas_0/* ExpressGatewayServiceNetworkConfiguration$ */.ij8),
  ExpressGatewayServiceScalingMetric: () => (/* reexport */ ExpressGatewayServiceScalingMetric),
  ExpressGatewayServiceStatus$: () => (/* reexport */ schemas_0/* ExpressGatewayServiceStatus$ */.s1R),
  ExpressGatewayServiceStatusCode: () => (/* reexport */ ExpressGatewayServiceStatusCode),
  FSxWindowsFileServerAuthorizationConfig$: () => (/* reexport */ schemas_0/* FSxWindowsFileServerAuthorizationConfig$ */.PC6),
  FSxWindowsFileServerVolumeConfiguration$: () => (/* reexport */ schemas_0/* FSxWindowsFileServerVolumeConfiguration$ */.ouM),
  Failure$: () => (/* reexport */ schemas_0/* Failure$ */.HIm),
  FirelensConfiguration$: () => (/* reexport */ schemas_0/* FirelensConfiguration$ */.Rvl),
  FirelensConfigurationType: () => (/* reexport */ FirelensConfigurationType),
  Gateway$: () => (/* reexport */ schemas_0/* Gateway$ */.ZJj),
  GatewayAlbDesyncMitigationMode: () => (/* reexport */ GatewayAlbDesyncMitigationMode),
  GatewayAlbProtocol: () => (/* reexport */ GatewayAlbProtocol),
  GatewayAlbTestTrafficRules$: () => (/* reexport */ schemas_0/* GatewayAlbTestTrafficRules$ */.iJI),
  GatewayClusterAssociationStatus: () => (/* reexport */ GatewayClusterAssociationStatus),
  GatewayClusterAssociationSummary$: () => (/* reexport */ schemas_0/* GatewayClusterAssociationSummary$ */._aJ),
  GatewayConfiguration$: () => (/* reexport */ schemas_0/* GatewayConfiguration$ */.Bnh),
  GatewayConnection$: () => (/* reexport */ schemas_0/* GatewayConnection$ */.Fps),
  GatewayConnectionAlbResources$: () => (/* reexport */ schemas_0/* GatewayConnectionAlbResources$ */.Ljl),
  GatewayConnectionResources$: () => (/* reexport */ schemas_0/* GatewayConnectionResources$ */.AIw),
  GatewayConnector$: () => (/* reexport */ schemas_0/* GatewayConnector$ */.gt2),
  GatewayConnectorFilters$: () => (/* reexport */ schemas_0/* GatewayConnectorFilters$ */.d0Z),
  GatewayConnectorHealthCheck$: () => (/* reexport */ schemas_0/* GatewayConnectorHealthCheck$ */.YkZ),
  GatewayConnectorHealthCheckMatcher$: () => (/* reexport */ schemas_0/* GatewayConnectorHealthCheckMatcher$ */.qAs),
  GatewayConnectorHealthCheckProtocol: () => (/* reexport */ GatewayConnectorHealthCheckProtocol),
  GatewayElbAccessLogConfiguration$: () => (/* reexport */ schemas_0/* GatewayElbAccessLogConfiguration$ */.MzD),
  GatewayElbAccessLogDestination$: () => (/* reexport */ schemas_0/* GatewayElbAccessLogDestination$ */.WhW),
  GatewayElbAccessLogS3Destination$: () => (/* reexport */ schemas_0/* GatewayElbAccessLogS3Destination$ */.y_g),
  GatewayElbIpAddressType: () => (/* reexport */ GatewayElbIpAddressType),
  GatewayElbNetworkConfiguration$: () => (/* reexport */ schemas_0/* GatewayElbNetworkConfiguration$ */.WJA),
  GatewayElbScheme: () => (/* reexport */ GatewayElbScheme),
  GatewayInfrastructureResources$: () => (/* reexport */ schemas_0/* GatewayInfrastructureResources$ */.dYs),
  GatewayNotFoundException: () => (/* reexport */ errors/* GatewayNotFoundException */.$E),
  GatewayNotFoundException$: () => (/* reexport */ schemas_0/* GatewayNotFoundException$ */.$xE),
  GatewayOperationError$: () => (/* reexport */ schemas_0/* GatewayOperationError$ */.uwn),
  GatewayResourceFailure$: () => (/* reexport */ schemas_0/* GatewayResourceFailure$ */.VB0),
  GatewayResources$: () => (/* reexport */ schemas_0/* GatewayResources$ */.G$X),
  GatewayRoute$: () => (/* reexport */ schemas_0/* GatewayRoute$ */.eVD),
  GatewayRouteAlbResources$: () => (/* reexport */ schemas_0/* GatewayRouteAlbResources$ */.SaT),
  GatewayRouteLoadBalancerSecurityGroup$: () => (/* reexport */ schemas_0/* GatewayRouteLoadBalancerSecurityGroup$ */.p74),
  GatewayRouteResources$: () => (/* reexport */ schemas_0/* GatewayRouteResources$ */.JYP),
  GatewayRouteStatus: () => (/* reexport */ GatewayRouteStatus),
  GatewayRouteSummary$: () => (/* reexport */ schemas_0/* GatewayRouteSummary$ */.SjU),
  GatewayStatus: () => (/* reexport */ GatewayStatus),
  GatewaySummary$: () => (/* reexport */ schemas_0/* GatewaySummary$ */.T1m),
  GatewayTestTrafficHeader$: () => (/* reexport */ schemas_0/* GatewayTestTrafficHeader$ */.Lt_),
  GetTaskProtection$: () => (/* reexport */ schemas_0/* GetTaskProtection$ */.zK5),
  GetTaskProtectionCommand: () => (/* reexport */ GetTaskProtectionCommand),
  GetTaskProtectionRequest$: () => (/* reexport */ schemas_0/* GetTaskProtectionRequest$ */.EG6),
  GetTaskProtectionResponse$: () => (/* reexport */ schemas_0/* GetTaskProtectionResponse$ */.GBk),
  GpuDevice$: () => (/* reexport */ schemas_0/* GpuDevice$ */.DlV),
  GpuSharingMode: () => (/* reexport */ GpuSharingMode),
  HealthCheck$: () => (/* reexport */ schemas_0/* HealthCheck$ */.FTi),
  HealthStatus: () => (/* reexport */ HealthStatus),
  HostEntry$: () => (/* reexport */ schemas_0/* HostEntry$ */.Nvr),
  HostSharedAlbConfiguration$: () => (/* reexport */ schemas_0/* HostSharedAlbConfiguration$ */.pib),
  HostVolumeProperties$: () => (/* reexport */ schemas_0/* HostVolumeProperties$ */.SeA),
  InferenceAccelerator$: () => (/* reexport */ schemas_0/* InferenceAccelerator$ */.VKU),
  InferenceAcceleratorOverride$: () => (/* reexport */ schemas_0/* InferenceAcceleratorOverride$ */.jjf),
  InfrastructureOptimization$: () => (/* reexport */ schemas_0/* InfrastructureOptimization$ */.rrS),
  IngressPathSummary$: () => (/* reexport */ schemas_0/* IngressPathSummary$ */.BFd),
  InstanceGeneration: () => (/* reexport */ InstanceGeneration),
  InstanceHealthCheckResult$: () => (/* reexport */ schemas_0/* InstanceHealthCheckResult$ */.hvT),
  InstanceHealthCheckState: () => (/* reexport */ InstanceHealthCheckState),
  InstanceHealthCheckType: () => (/* reexport */ InstanceHealthCheckType),
  InstanceLaunchTemplate$: () => (/* reexport */ schemas_0/* InstanceLaunchTemplate$ */.pm6),
  InstanceLaunchTemplateUpdate$: () => (/* reexport */ schemas_0/* InstanceLaunchTemplateUpdate$ */.mJZ),
  InstanceRequirementsRequest$: () => (/* reexport */ schemas_0/* InstanceRequirementsRequest$ */.Ruh),
  InvalidParameterException: () => (/* reexport */ errors/* InvalidParameterException */.kT),
  InvalidParameterException$: () => (/* reexport */ schemas_0/* InvalidParameterException$ */.qcq),
  IpcMode: () => (/* reexport */ IpcMode),
  KernelCapabilities$: () => (/* reexport */ schemas_0/* KernelCapabilities$ */.GxT),
  KeyValuePair$: () => (/* reexport */ schemas_0/* KeyValuePair$ */.ltq),
  LaunchType: () => (/* reexport */ LaunchType),
  LimitExceededException: () => (/* reexport */ errors/* LimitExceededException */.UC),
  LimitExceededException$: () => (/* reexport */ schemas_0/* LimitExceededException$ */.qrA),
  LinearConfiguration$: () => (/* reexport */ schemas_0/* LinearConfiguration$ */.AQJ),
  LinuxParameters$: () => (/* reexport */ schemas_0/* LinuxParameters$ */.bk),
  ListAccountSettings$: () => (/* reexport */ schemas_0/* ListAccountSettings$ */.plb),
  ListAccountSettingsCommand: () => (/* reexport */ ListAccountSettingsCommand),
  ListAccountSettingsRequest$: () => (/* reexport */ schemas_0/* ListAccountSettingsRequest$ */.eFJ),
  ListAccountSettingsResponse$: () => (/* reexport */ schemas_0/* ListAccountSettingsResponse$ */.aZT),
  ListAttributes$: () => (/* reexport */ schemas_0/* ListAttributes$ */.YhJ),
  ListAttributesCommand: () => (/* reexport */ ListAttributesCommand),
  ListAttributesRequest$: () => (/* reexport */ schemas_0/* ListAttributesRequest$ */.jQv),
  ListAttributesResponse$: () => (/* reexport */ schemas_0/* ListAttributesResponse$ */.NoZ),
  ListClusters$: () => (/* reexport */ schemas_0/* ListClusters$ */.qJH),
  ListClustersCommand: () => (/* reexport */ ListClustersCommand),
  ListClustersRequest$: () => (/* reexport */ schemas_0/* ListClustersRequest$ */.zfc),
  ListClustersResponse$: () => (/* reexport */ schemas_0/* ListClustersResponse$ */.p5G),
  ListContainerInstances$: () => (/* reexport */ schemas_0/* ListContainerInstances$ */.imW),
  ListContainerInstancesCommand: () => (/* reexport */ ListContainerInstancesCommand),
  ListContainerInstancesRequest$: () => (/* reexport */ schemas_0/* ListContainerInstancesRequest$ */.jms),
  ListContainerInstancesResponse$: () => (/* reexport */ schemas_0/* ListContainerInstancesResponse$ */.Tdt),
  ListDaemonDeployments$: () => (/* reexport */ schemas_0/* ListDaemonDeployments$ */.tIV),
  ListDaemonDeploymentsCommand: () => (/* reexport */ ListDaemonDeploymentsCommand),
  ListDaemonDeploymentsRequest$: () => (/* reexport */ schemas_0/* ListDaemonDeploymentsRequest$ */.ExF),
  ListDaemonDeploymentsResponse$: () => (/* reexport */ schemas_0/* ListDaemonDeploymentsResponse$ */.mSM),
  ListDaemonTaskDefinitions$: () => (/* reexport */ schemas_0/* ListDaemonTaskDefinitions$ */.Odt),
  ListDaemonTaskDefinitionsCommand: () => (/* reexport */ ListDaemonTaskDefinitionsCommand),
  ListDaemonTaskDefinitionsRequest$: () => (/* reexport */ schemas_0/* ListDaemonTaskDefinitionsRequest$ */.lgL),
  ListDaemonTaskDefinitionsResponse$: () => (/* reexport */ schemas_0/* ListDaemonTaskDefinitionsResponse$ */.Ffe),
  ListDaemons$: () => (/* reexport */ schemas_0/* ListDaemons$ */.Oty),
  ListDaemonsCommand: () => (/* reexport */ ListDaemonsCommand),
  ListDaemonsRequest$: () => (/* reexport */ schemas_0/* ListDaemonsRequest$ */.vx8),
  ListDaemonsResponse$: () => (/* reexport */ schemas_0/* ListDaemonsResponse$ */.TWn),
  ListGatewayClusterAssociations$: () => (/* reexport */ schemas_0/* ListGatewayClusterAssociations$ */.Zfc),
  ListGatewayClusterAssociationsCommand: () => (/* reexport */ ListGatewayClusterAssociationsCommand),
  ListGatewayClusterAssociationsRequest$: () => (/* reexport */ schemas_0/* ListGatewayClusterAssociationsRequest$ */.Eyw),
  ListGatewayClusterAssociationsResponse$: () => (/* reexport */ schemas_0/* ListGatewayClusterAssociationsResponse$ */.gQ1),
  ListGatewayRoutes$: () => (/* reexport */ schemas_0/* ListGatewayRoutes$ */.BeD),
  ListGatewayRoutesCommand: () => (/* reexport */ ListGatewayRoutesCommand),
  ListGatewayRoutesRequest$: () => (/* reexport */ schemas_0/* ListGatewayRoutesRequest$ */.cZ5),
  ListGatewayRoutesResponse$: () => (/* reexport */ schemas_0/* ListGatewayRoutesResponse$ */.quO),
  ListGateways$: () => (/* reexport */ schemas_0/* ListGateways$ */.a9I),
  ListGatewaysCommand: () => (/* reexport */ ListGatewaysCommand),
  ListGatewaysRequest$: () => (/* reexport */ schemas_0/* ListGatewaysRequest$ */.JK3),
  ListGatewaysResponse$: () => (/* reexport */ schemas_0/* ListGatewaysResponse$ */.FJJ),
  ListServiceDeployments$: () => (/* reexport */ schemas_0/* ListServiceDeployments$ */.aK2),
  ListServiceDeploymentsCommand: () => (/* reexport */ ListServiceDeploymentsCommand/* ListServiceDeploymentsCommand */.j),
  ListServiceDeploymentsRequest$: () => (/* reexport */ schemas_0/* ListServiceDeploymentsRequest$ */.$EJ),
  ListServiceDeploymentsResponse$: () => (/* reexport */ schemas_0/* ListServiceDeploymentsResponse$ */.X5J),
  ListServices$: () => (/* reexport */ schemas_0/* ListServices$ */.vWu),
  ListServicesByNamespace$: () => (/* reexport */ schemas_0/* ListServicesByNamespace$ */.Xhp),
  ListServicesByNamespaceCommand: () => (/* reexport */ ListServicesByNamespaceCommand),
  ListServicesByNamespaceRequest$: () => (/* reexport */ schemas_0/* ListServicesByNamespaceRequest$ */.A7n),
  ListServicesByNamespaceResponse$: () => (/* reexport */ schemas_0/* ListServicesByNamespaceResponse$ */.mUF),
  ListServicesCommand: () => (/* reexport */ ListServicesCommand),
  ListServicesRequest$: () => (/* reexport */ schemas_0/* ListServicesRequest$ */.YmU),
  ListServicesResponse$: () => (/* reexport */ schemas_0/* ListServicesResponse$ */.qHM),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tzn),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand/* ListTagsForResourceCommand */.a),
  ListTagsForResourceRequest$: () => (/* reexport */ schemas_0/* ListTagsForResourceRequest$ */.SKK),
  ListTagsForResourceResponse$: () => (/* reexport */ schemas_0/* ListTagsForResourceResponse$ */.Kwq),
  ListTaskDefinitionFamilies$: () => (/* reexport */ schemas_0/* ListTaskDefinitionFamilies$ */.VDW),
  ListTaskDefinitionFamiliesCommand: () => (/* reexport */ ListTaskDefinitionFamiliesCommand),
  ListTaskDefinitionFamiliesRequest$: () => (/* reexport */ schemas_0/* ListTaskDefinitionFamiliesRequest$ */.eDZ),
  ListTaskDefinitionFamiliesResponse$: () => (/* reexport */ schemas_0/* ListTaskDefinitionFamiliesResponse$ */.A2N),
  ListTaskDefinitions$: () => (/* reexport */ schemas_0/* ListTaskDefinitions$ */.mbS),
  ListTaskDefinitionsCommand: () => (/* reexport */ ListTaskDefinitionsCommand),
  ListTaskDefinitionsRequest$: () => (/* reexport */ schemas_0/* ListTaskDefinitionsRequest$ */.doE),
  ListTaskDefinitionsResponse$: () => (/* reexport */ schemas_0/* ListTaskDefinitionsResponse$ */.lxI),
  ListTasks$: () => (/* reexport */ schemas_0/* ListTasks$ */.$a_),
  ListTasksCommand: () => (/* reexport */ ListTasksCommand/* ListTasksCommand */.M),
  ListTasksRequest$: () => (/* reexport */ schemas_0/* ListTasksRequest$ */.uPK),
  ListTasksResponse$: () => (/* reexport */ schemas_0/* ListTasksResponse$ */.O9W),
  LoadBalancer$: () => (/* reexport */ schemas_0/* LoadBalancer$ */.PdJ),
  LocalStorage: () => (/* reexport */ LocalStorage),
  LocalStorageType: () => (/* reexport */ LocalStorageType),
  LogConfiguration$: () => (/* reexport */ schemas_0/* LogConfiguration$ */.dnf),
  LogDriver: () => (/* reexport */ LogDriver),
  LogDriverVolumeConfiguration$: () => (/* reexport */ schemas_0/* LogDriverVolumeConfiguration$ */.tVd),
  ManagedAgent$: () => (/* reexport */ schemas_0/* ManagedAgent$ */.pW0),
  ManagedAgentName: () => (/* reexport */ ManagedAgentName),
  ManagedAgentStateChange$: () => (/* reexport */ schemas_0/* ManagedAgentStateChange$ */.Yni),
  ManagedApplicationAutoScalingPolicy$: () => (/* reexport */ schemas_0/* ManagedApplicationAutoScalingPolicy$ */.yBQ),
  ManagedAutoScaling$: () => (/* reexport */ schemas_0/* ManagedAutoScaling$ */.MYn),
  ManagedCertificate$: () => (/* reexport */ schemas_0/* ManagedCertificate$ */.tFW),
  ManagedDraining: () => (/* reexport */ ManagedDraining),
  ManagedIngressPath$: () => (/* reexport */ schemas_0/* ManagedIngressPath$ */.qFB),
  ManagedInstancesLocalStorageConfiguration$: () => (/* reexport */ schemas_0/* ManagedInstancesLocalStorageConfiguration$ */.Q5e),
  ManagedInstancesMonitoringOptions: () => (/* reexport */ ManagedInstancesMonitoringOptions),
  ManagedInstancesNetworkConfiguration$: () => (/* reexport */ schemas_0/* ManagedInstancesNetworkConfiguration$ */.Kz0),
  ManagedInstancesProvider$: () => (/* reexport */ schemas_0/* ManagedInstancesProvider$ */.jz0),
  ManagedInstancesStorageConfiguration$: () => (/* reexport */ schemas_0/* ManagedInstancesStorageConfiguration$ */.HHe),
  ManagedListener$: () => (/* reexport */ schemas_0/* ManagedListener$ */.sku),
  ManagedListenerRule$: () => (/* reexport */ schemas_0/* ManagedListenerRule$ */.e2Y),
  ManagedLoadBalancer$: () => (/* reexport */ schemas_0/* ManagedLoadBalancer$ */.ELr),
  ManagedLogGroup$: () => (/* reexport */ schemas_0/* ManagedLogGroup$ */.DrF),
  ManagedMetricAlarm$: () => (/* reexport */ schemas_0/* ManagedMetricAlarm$ */.TPe),
  ManagedResourceStatus: () => (/* reexport */ ManagedResourceStatus),
  ManagedScalableTarget$: () => (/* reexport */ schemas_0/* ManagedScalableTarget$ */.k9b),
  ManagedScaling$: () => (/* reexport */ schemas_0/* ManagedScaling$ */.PZ5),
  ManagedScalingStatus: () => (/* reexport */ ManagedScalingStatus),
  ManagedSecurityGroup$: () => (/* reexport */ schemas_0/* ManagedSecurityGroup$ */.bH3),
  ManagedStorageConfiguration$: () => (/* reexport */ schemas_0/* ManagedStorageConfiguration$ */.$lw),
  ManagedTargetGroup$: () => (/* reexport */ schemas_0/* ManagedTargetGroup$ */.Kjg),
  ManagedTerminationProtection: () => (/* reexport */ ManagedTerminationProtection),
  MemoryGiBPerVCpuRequest$: () => (/* reexport */ schemas_0/* MemoryGiBPerVCpuRequest$ */._ce),
  MemoryMiBRequest$: () => (/* reexport */ schemas_0/* MemoryMiBRequest$ */.toK),
  MetricConfiguration$: () => (/* reexport */ schemas_0/* MetricConfiguration$ */.tns),
  MissingVersionException: () => (/* reexport */ errors/* MissingVersionException */.Qw),
  MissingVersionException$: () => (/* reexport */ schemas_0/* MissingVersionException$ */.A_k),
  MonitoringConfiguration$: () => (/* reexport */ schemas_0/* MonitoringConfiguration$ */.nvg),
  MountPoint$: () => (/* reexport */ schemas_0/* MountPoint$ */.UFy),
  NamespaceNotFoundException: () => (/* reexport */ errors/* NamespaceNotFoundException */.Y$),
  NamespaceNotFoundException$: () => (/* reexport */ schemas_0/* NamespaceNotFoundException$ */.AHd),
  NetworkBandwidthGbpsRequest$: () => (/* reexport */ schemas_0/* NetworkBandwidthGbpsRequest$ */.zNW),
  NetworkBinding$: () => (/* reexport */ schemas_0/* NetworkBinding$ */.gWf),
  NetworkConfiguration$: () => (/* reexport */ schemas_0/* NetworkConfiguration$ */.PY),
  NetworkInterface$: () => (/* reexport */ schemas_0/* NetworkInterface$ */.WoE),
  NetworkInterfaceCountRequest$: () => (/* reexport */ schemas_0/* NetworkInterfaceCountRequest$ */.MLH),
  NetworkMode: () => (/* reexport */ NetworkMode),
  NoUpdateAvailableException: () => (/* reexport */ errors/* NoUpdateAvailableException */.NZ),
  NoUpdateAvailableException$: () => (/* reexport */ schemas_0/* NoUpdateAvailableException$ */.hCX),
  NvidiaMpsAllocation$: () => (/* reexport */ schemas_0/* NvidiaMpsAllocation$ */.UwU),
  OSFamily: () => (/* reexport */ OSFamily),
  PidMode: () => (/* reexport */ PidMode),
  PlacementConstraint$: () => (/* reexport */ schemas_0/* PlacementConstraint$ */.bhd),
  PlacementConstraintType: () => (/* reexport */ PlacementConstraintType),
  PlacementStrategy$: () => (/* reexport */ schemas_0/* PlacementStrategy$ */.XSK),
  PlacementStrategyType: () => (/* reexport */ PlacementStrategyType),
  PlatformDevice$: () => (/* reexport */ schemas_0/* PlatformDevice$ */.iKo),
  PlatformDeviceType: () => (/* reexport */ PlatformDeviceType),
  PlatformTaskDefinitionIncompatibilityException: () => (/* reexport */ errors/* PlatformTaskDefinitionIncompatibilityException */.Yl),
  PlatformTaskDefinitionIncompatibilityException$: () => (/* reexport */ schemas_0/* PlatformTaskDefinitionIncompatibilityException$ */.iaq),
  PlatformUnknownException: () => (/* reexport */ errors/* PlatformUnknownException */.hk),
  PlatformUnknownException$: () => (/* reexport */ schemas_0/* PlatformUnknownException$ */.nyR),
  PortMapping$: () => (/* reexport */ schemas_0/* PortMapping$ */.U9o),
  PropagateGatewayTags: () => (/* reexport */ PropagateGatewayTags),
  PropagateMITags: () => (/* reexport */ PropagateMITags),
  PropagateTags: () => (/* reexport */ PropagateTags),
  ProtectedTask$: () => (/* reexport */ schemas_0/* ProtectedTask$ */.O07),
  ProxyConfiguration$: () => (/* reexport */ schemas_0/* ProxyConfiguration$ */.lMX),
  ProxyConfigurationType: () => (/* reexport */ ProxyConfigurationType),
  PutAccountSetting$: () => (/* reexport */ schemas_0/* PutAccountSetting$ */.TDd),
  PutAccountSettingCommand: () => (/* reexport */ PutAccountSettingCommand),
  PutAccountSettingDefault$: () => (/* reexport */ schemas_0/* PutAccountSettingDefault$ */.sBy),
  PutAccountSettingDefaultCommand: () => (/* reexport */ PutAccountSettingDefaultCommand),
  PutAccountSettingDefaultRequest$: () => (/* reexport */ schemas_0/* PutAccountSettingDefaultRequest$ */.BRe),
  PutAccountSettingDefaultResponse$: () => (/* reexport */ schemas_0/* PutAccountSettingDefaultResponse$ */.rJY),
  PutAccountSettingRequest$: () => (/* reexport */ schemas_0/* PutAccountSettingRequest$ */.ELk),
  PutAccountSettingResponse$: () => (/* reexport */ schemas_0/* PutAccountSettingResponse$ */.CMe),
  PutAttributes$: () => (/* reexport */ schemas_0/* PutAttributes$ */.lII),
  PutAttributesCommand: () => (/* reexport */ PutAttributesCommand),
  PutAttributesRequest$: () => (/* reexport */ schemas_0/* PutAttributesRequest$ */.ITA),
  PutAttributesResponse$: () => (/* reexport */ schemas_0/* PutAttributesResponse$ */.CyE),
  PutClusterCapacityProviders$: () => (/* reexport */ schemas_0/* PutClusterCapacityProviders$ */.OB4),
  PutClusterCapacityProvidersCommand: () => (/* reexport */ PutClusterCapacityProvidersCommand),
  PutClusterCapacityProvidersRequest$: () => (/* reexport */ schemas_0/* PutClusterCapacityProvidersRequest$ */.T7P),
  PutClusterCapacityProvidersResponse$: () => (/* reexport */ schemas_0/* PutClusterCapacityProvidersResponse$ */.p1D),
  RegisterContainerInstance$: () => (/* reexport */ schemas_0/* RegisterContainerInstance$ */.mof),
  RegisterContainerInstanceCommand: () => (/* reexport */ RegisterContainerInstanceCommand),
  RegisterContainerInstanceRequest$: () => (/* reexport */ schemas_0/* RegisterContainerInstanceRequest$ */.N3p),
  RegisterContainerInstanceResponse$: () => (/* reexport */ schemas_0/* RegisterContainerInstanceResponse$ */.Tl6),
  RegisterDaemonTaskDefinition$: () => (/* reexport */ schemas_0/* RegisterDaemonTaskDefinition$ */.yO5),
  RegisterDaemonTaskDefinitionCommand: () => (/* reexport */ RegisterDaemonTaskDefinitionCommand),
  RegisterDaemonTaskDefinitionRequest$: () => (/* reexport */ schemas_0/* RegisterDaemonTaskDefinitionRequest$ */.zWc),
  RegisterDaemonTaskDefinitionResponse$: () => (/* reexport */ schemas_0/* RegisterDaemonTaskDefinitionResponse$ */.DF2),
  RegisterTaskDefinition$: () => (/* reexport */ schemas_0/* RegisterTaskDefinition$ */.k31),
  RegisterTaskDefinitionCommand: () => (/* reexport */ RegisterTaskDefinitionCommand),
  RegisterTaskDefinitionRequest$: () => (/* reexport */ schemas_0/* RegisterTaskDefinitionRequest$ */.fSK),
  RegisterTaskDefinitionResponse$: () => (/* reexport */ schemas_0/* RegisterTaskDefinitionResponse$ */.xAN),
  RepositoryCredentials$: () => (/* reexport */ schemas_0/* RepositoryCredentials$ */.NXS),
  ResolvedConfiguration$: () => (/* reexport */ schemas_0/* ResolvedConfiguration$ */.nCr),
  Resource$: () => (/* reexport */ schemas_0/* Resource$ */.Lg1),
  ResourceInUseException: () => (/* reexport */ errors/* ResourceInUseException */.WT),
  ResourceInUseException$: () => (/* reexport */ schemas_0/* ResourceInUseException$ */.kMv),
  ResourceManagementType: () => (/* reexport */ ResourceManagementType),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lut),
  ResourceRequirement$: () => (/* reexport */ schemas_0/* ResourceRequirement$ */.Ev6),
  ResourceType: () => (/* reexport */ ResourceType),
  Rollback$: () => (/* reexport */ schemas_0/* Rollback$ */.FBl),
  RunTask$: () => (/* reexport */ schemas_0/* RunTask$ */.nnR),
  RunTaskCommand: () => (/* reexport */ RunTaskCommand),
  RunTaskRequest$: () => (/* reexport */ schemas_0/* RunTaskRequest$ */.W6W),
  RunTaskResponse$: () => (/* reexport */ schemas_0/* RunTaskResponse$ */.WO0),
  RuntimePlatform$: () => (/* reexport */ schemas_0/* RuntimePlatform$ */._s1),
  RuntimePlatformOverride$: () => (/* reexport */ schemas_0/* RuntimePlatformOverride$ */.ewG),
  S3FilesVolumeConfiguration$: () => (/* reexport */ schemas_0/* S3FilesVolumeConfiguration$ */.Uwd),
  Scale$: () => (/* reexport */ schemas_0/* Scale$ */.zoj),
  ScaleUnit: () => (/* reexport */ ScaleUnit),
  SchedulingStrategy: () => (/* reexport */ SchedulingStrategy),
  Scope: () => (/* reexport */ Scope),
  Secret$: () => (/* reexport */ schemas_0/* Secret$ */.Zhn),
  ServerException: () => (/* reexport */ errors/* ServerException */.H4),
  ServerException$: () => (/* reexport */ schemas_0/* ServerException$ */.ZUg),
  Service$: () => (/* reexport */ schemas_0/* Service$ */.Sgz),
  ServiceConnectAccessLogConfiguration$: () => (/* reexport */ schemas_0/* ServiceConnectAccessLogConfiguration$ */.OeC),
  ServiceConnectAccessLoggingFormat: () => (/* reexport */ ServiceConnectAccessLoggingFormat),
  ServiceConnectClientAlias$: () => (/* reexport */ schemas_0/* ServiceConnectClientAlias$ */.Hrz),
  ServiceConnectConfiguration$: () => (/* reexport */ schemas_0/* ServiceConnectConfiguration$ */.kBR),
  ServiceConnectContainerConfiguration$: () => (/* reexport */ schemas_0/* ServiceConnectContainerConfiguration$ */.JPt),
  ServiceConnectContainerLogLevel: () => (/* reexport */ ServiceConnectContainerLogLevel),
  ServiceConnectIncludeQueryParameters: () => (/* reexport */ ServiceConnectIncludeQueryParameters),
  ServiceConnectService$: () => (/* reexport */ schemas_0/* ServiceConnectService$ */.bQP),
  ServiceConnectServiceResource$: () => (/* reexport */ schemas_0/* ServiceConnectServiceResource$ */.Nro),
  ServiceConnectTestTrafficHeaderMatchRules$: () => (/* reexport */ schemas_0/* ServiceConnectTestTrafficHeaderMatchRules$ */.Uc),
  ServiceConnectTestTrafficHeaderRules$: () => (/* reexport */ schemas_0/* ServiceConnectTestTrafficHeaderRules$ */.t3x),
  ServiceConnectTestTrafficRules$: () => (/* reexport */ schemas_0/* ServiceConnectTestTrafficRules$ */.I0Y),
  ServiceConnectTlsCertificateAuthority$: () => (/* reexport */ schemas_0/* ServiceConnectTlsCertificateAuthority$ */.N4j),
  ServiceConnectTlsConfiguration$: () => (/* reexport */ schemas_0/* ServiceConnectTlsConfiguration$ */.tMm),
  ServiceCurrentRevisionSummary$: () => (/* reexport */ schemas_0/* ServiceCurrentRevisionSummary$ */.Af9),
  ServiceDeployment$: () => (/* reexport */ schemas_0/* ServiceDeployment$ */.zn3),
  ServiceDeploymentAlarms$: () => (/* reexport */ schemas_0/* ServiceDeploymentAlarms$ */.jMX),
  ServiceDeploymentBrief$: () => (/* reexport */ schemas_0/* ServiceDeploymentBrief$ */.lj1),
  ServiceDeploymentCircuitBreaker$: () => (/* reexport */ schemas_0/* ServiceDeploymentCircuitBreaker$ */.QYc),
  ServiceDeploymentLifecycleStage: () => (/* reexport */ ServiceDeploymentLifecycleStage),
  ServiceDeploymentNotFoundException: () => (/* reexport */ errors/* ServiceDeploymentNotFoundException */.NI),
  ServiceDeploymentNotFoundException$: () => (/* reexport */ schemas_0/* ServiceDeploymentNotFoundException$ */.PgV),
  ServiceDeploymentRollbackMonitorsStatus: () => (/* reexport */ ServiceDeploymentRollbackMonitorsStatus),
  ServiceDeploymentStatus: () => (/* reexport */ ServiceDeploymentStatus),
  ServiceEvent$: () => (/* reexport */ schemas_0/* ServiceEvent$ */.Ij1),
  ServiceField: () => (/* reexport */ ServiceField),
  ServiceManagedEBSVolumeConfiguration$: () => (/* reexport */ schemas_0/* ServiceManagedEBSVolumeConfiguration$ */.fsf),
  ServiceNotActiveException: () => (/* reexport */ errors/* ServiceNotActiveException */.kD),
  ServiceNotActiveException$: () => (/* reexport */ schemas_0/* ServiceNotActiveException$ */.WcW),
  ServiceNotFoundException: () => (/* reexport */ errors/* ServiceNotFoundException */.kL),
  ServiceNotFoundException$: () => (/* reexport */ schemas_0/* ServiceNotFoundException$ */.o9Q),
  ServiceRegistry$: () => (/* reexport */ schemas_0/* ServiceRegistry$ */.HDA),
  ServiceRevision$: () => (/* reexport */ schemas_0/* ServiceRevision$ */.hT9),
  ServiceRevisionCleanup: () => (/* reexport */ ServiceRevisionCleanup),
  ServiceRevisionLoadBalancer$: () => (/* reexport */ schemas_0/* ServiceRevisionLoadBalancer$ */.fJz),
  ServiceRevisionOverrides$: () => (/* reexport */ schemas_0/* ServiceRevisionOverrides$ */.OBL),
  ServiceRevisionSummary$: () => (/* reexport */ schemas_0/* ServiceRevisionSummary$ */.Ptx),
  ServiceRevisionVpcLatticeConfiguration$: () => (/* reexport */ schemas_0/* ServiceRevisionVpcLatticeConfiguration$ */.u2e),
  ServiceVolumeConfiguration$: () => (/* reexport */ schemas_0/* ServiceVolumeConfiguration$ */.uEA),
  Session$: () => (/* reexport */ schemas_0/* Session$ */.VsI),
  Setting$: () => (/* reexport */ schemas_0/* Setting$ */.bH0),
  SettingName: () => (/* reexport */ SettingName),
  SettingType: () => (/* reexport */ SettingType),
  SharingStrategy$: () => (/* reexport */ schemas_0/* SharingStrategy$ */.Wdi),
  SortOrder: () => (/* reexport */ SortOrder),
  StabilityStatus: () => (/* reexport */ StabilityStatus),
  StartTask$: () => (/* reexport */ schemas_0/* StartTask$ */.cOG),
  StartTaskCommand: () => (/* reexport */ StartTaskCommand),
  StartTaskRequest$: () => (/* reexport */ schemas_0/* StartTaskRequest$ */.H5N),
  StartTaskResponse$: () => (/* reexport */ schemas_0/* StartTaskResponse$ */.VjH),
  StopServiceDeployment$: () => (/* reexport */ schemas_0/* StopServiceDeployment$ */.F0p),
  StopServiceDeploymentCommand: () => (/* reexport */ StopServiceDeploymentCommand/* StopServiceDeploymentCommand */.a),
  StopServiceDeploymentRequest$: () => (/* reexport */ schemas_0/* StopServiceDeploymentRequest$ */.M3c),
  StopServiceDeploymentResponse$: () => (/* reexport */ schemas_0/* StopServiceDeploymentResponse$ */.Ips),
  StopServiceDeploymentStopType: () => (/* reexport */ StopServiceDeploymentStopType),
  StopTask$: () => (/* reexport */ schemas_0/* StopTask$ */.kfB),
  StopTaskCommand: () => (/* reexport */ StopTaskCommand),
  StopTaskRequest$: () => (/* reexport */ schemas_0/* StopTaskRequest$ */.r0s),
  StopTaskResponse$: () => (/* reexport */ schemas_0/* StopTaskResponse$ */.j13),
  SubmitAttachmentStateChanges$: () => (/* reexport */ schemas_0/* SubmitAttachmentStateChanges$ */.hln),
  SubmitAttachmentStateChangesCommand: () => (/* reexport */ SubmitAttachmentStateChangesCommand),
  SubmitAttachmentStateChangesRequest$: () => (/* reexport */ schemas_0/* SubmitAttachmentStateChangesRequest$ */.FoF),
  SubmitAttachmentStateChangesResponse$: () => (/* reexport */ schemas_0/* SubmitAttachmentStateChangesResponse$ */.tre),
  SubmitContainerStateChange$: () => (/* reexport */ schemas_0/* SubmitContainerStateChange$ */.F$U),
  SubmitContainerStateChangeCommand: () => (/* reexport */ SubmitContainerStateChangeCommand),
  SubmitContainerStateChangeRequest$: () => (/* reexport */ schemas_0/* SubmitContainerStateChangeRequest$ */.c2B),
  SubmitContainerStateChangeResponse$: () => (/* reexport */ schemas_0/* SubmitContainerStateChangeResponse$ */.cCx),
  SubmitTaskStateChange$: () => (/* reexport */ schemas_0/* SubmitTaskStateChange$ */.JFT),
  SubmitTaskStateChangeCommand: () => (/* reexport */ SubmitTaskStateChangeCommand),
  SubmitTaskStateChangeRequest$: () => (/* reexport */ schemas_0/* SubmitTaskStateChangeRequest$ */.kuw),
  SubmitTaskStateChangeResponse$: () => (/* reexport */ schemas_0/* SubmitTaskStateChangeResponse$ */.GTh),
  SystemControl$: () => (/* reexport */ schemas_0/* SystemControl$ */.tpM),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jqp),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand/* TagResourceCommand */.e),
  TagResourceRequest$: () => (/* reexport */ schemas_0/* TagResourceRequest$ */.uG_),
  TagResourceResponse$: () => (/* reexport */ schemas_0/* TagResourceResponse$ */.M7J),
  TargetNotConnectedException: () => (/* reexport */ errors/* TargetNotConnectedException */.Fi),
  TargetNotConnectedException$: () => (/* reexport */ schemas_0/* TargetNotConnectedException$ */.zGK),
  TargetNotFoundException: () => (/* reexport */ errors/* TargetNotFoundException */.Ur),
  TargetNotFoundException$: () => (/* reexport */ schemas_0/* TargetNotFoundException$ */.__5),
  TargetType: () => (/* reexport */ TargetType),
  Task$: () => (/* reexport */ schemas_0/* Task$ */.szw),
  TaskDefinition$: () => (/* reexport */ schemas_0/* TaskDefinition$ */.TAv),
  TaskDefinitionFamilyStatus: () => (/* reexport */ TaskDefinitionFamilyStatus),
  TaskDefinitionField: () => (/* reexport */ TaskDefinitionField),
  TaskDefinitionPlacementConstraint$: () => (/* reexport */ schemas_0/* TaskDefinitionPlacementConstraint$ */.NwK),
  TaskDefinitionPlacementConstraintType: () => (/* reexport */ TaskDefinitionPlacementConstraintType),
  TaskDefinitionStatus: () => (/* reexport */ TaskDefinitionStatus),
  TaskEphemeralStorage$: () => (/* reexport */ schemas_0/* TaskEphemeralStorage$ */.SyK),
  TaskField: () => (/* reexport */ TaskField),
  TaskFilesystemType: () => (/* reexport */ TaskFilesystemType),
  TaskManagedEBSVolumeConfiguration$: () => (/* reexport */ schemas_0/* TaskManagedEBSVolumeConfiguration$ */.LoO),
  TaskManagedEBSVolumeTerminationPolicy$: () => (/* reexport */ schemas_0/* TaskManagedEBSVolumeTerminationPolicy$ */.RqC),
  TaskOverride$: () => (/* reexport */ schemas_0/* TaskOverride$ */.o7w),
  TaskSet$: () => (/* reexport */ schemas_0/* TaskSet$ */.eYg),
  TaskSetField: () => (/* reexport */ TaskSetField),
  TaskSetNotFoundException: () => (/* reexport */ errors/* TaskSetNotFoundException */.gB),
  TaskSetNotFoundException$: () => (/* reexport */ schemas_0/* TaskSetNotFoundException$ */.K87),
  TaskStopCode: () => (/* reexport */ TaskStopCode),
  TaskVolumeConfiguration$: () => (/* reexport */ schemas_0/* TaskVolumeConfiguration$ */.uA2),
  ThresholdConfiguration$: () => (/* reexport */ schemas_0/* ThresholdConfiguration$ */.ssP),
  ThresholdType: () => (/* reexport */ ThresholdType),
  TimeoutConfiguration$: () => (/* reexport */ schemas_0/* TimeoutConfiguration$ */.kgS),
  Tmpfs$: () => (/* reexport */ schemas_0/* Tmpfs$ */.X6g),
  TotalLocalStorageGBRequest$: () => (/* reexport */ schemas_0/* TotalLocalStorageGBRequest$ */.nG3),
  TransportProtocol: () => (/* reexport */ TransportProtocol),
  Ulimit$: () => (/* reexport */ schemas_0/* Ulimit$ */.fxh),
  UlimitName: () => (/* reexport */ UlimitName),
  UnsupportedFeatureException: () => (/* reexport */ errors/* UnsupportedFeatureException */.RN),
  UnsupportedFeatureException$: () => (/* reexport */ schemas_0/* UnsupportedFeatureException$ */.ZS1),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AUX),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand/* UntagResourceCommand */.R),
  UntagResourceRequest$: () => (/* reexport */ schemas_0/* UntagResourceRequest$ */.H$X),
  UntagResourceResponse$: () => (/* reexport */ schemas_0/* UntagResourceResponse$ */.biJ),
  UpdateCapacityProvider$: () => (/* reexport */ schemas_0/* UpdateCapacityProvider$ */.VRw),
  UpdateCapacityProviderCommand: () => (/* reexport */ UpdateCapacityProviderCommand),
  UpdateCapacityProviderRequest$: () => (/* reexport */ schemas_0/* UpdateCapacityProviderRequest$ */.sk0),
  UpdateCapacityProviderResponse$: () => (/* reexport */ schemas_0/* UpdateCapacityProviderResponse$ */.IGf),
  UpdateCluster$: () => (/* reexport */ schemas_0/* UpdateCluster$ */.q3y),
  UpdateClusterCommand: () => (/* reexport */ UpdateClusterCommand),
  UpdateClusterRequest$: () => (/* reexport */ schemas_0/* UpdateClusterRequest$ */.tQt),
  UpdateClusterResponse$: () => (/* reexport */ schemas_0/* UpdateClusterResponse$ */.pnN),
  UpdateClusterSettings$: () => (/* reexport */ schemas_0/* UpdateClusterSettings$ */.vB4),
  UpdateClusterSettingsCommand: () => (/* reexport */ UpdateClusterSettingsCommand),
  UpdateClusterSettingsRequest$: () => (/* reexport */ schemas_0/* UpdateClusterSettingsRequest$ */.CE7),
  UpdateClusterSettingsResponse$: () => (/* reexport */ schemas_0/* UpdateClusterSettingsResponse$ */.KeZ),
  UpdateContainerAgent$: () => (/* reexport */ schemas_0/* UpdateContainerAgent$ */.ovz),
  UpdateContainerAgentCommand: () => (/* reexport */ UpdateContainerAgentCommand),
  UpdateContainerAgentRequest$: () => (/* reexport */ schemas_0/* UpdateContainerAgentRequest$ */.NLb),
  UpdateContainerAgentResponse$: () => (/* reexport */ schemas_0/* UpdateContainerAgentResponse$ */.B4k),
  UpdateContainerInstancesState$: () => (/* reexport */ schemas_0/* UpdateContainerInstancesState$ */.E02),
  UpdateContainerInstancesStateCommand: () => (/* reexport */ UpdateContainerInstancesStateCommand),
  UpdateContainerInstancesStateRequest$: () => (/* reexport */ schemas_0/* UpdateContainerInstancesStateRequest$ */.rRk),
  UpdateContainerInstancesStateResponse$: () => (/* reexport */ schemas_0/* UpdateContainerInstancesStateResponse$ */.tPj),
  UpdateDaemon$: () => (/* reexport */ schemas_0/* UpdateDaemon$ */.wHW),
  UpdateDaemonCommand: () => (/* reexport */ UpdateDaemonCommand),
  UpdateDaemonRequest$: () => (/* reexport */ schemas_0/* UpdateDaemonRequest$ */.H2I),
  UpdateDaemonResponse$: () => (/* reexport */ schemas_0/* UpdateDaemonResponse$ */.zdl),
  UpdateExpressGatewayService$: () => (/* reexport */ schemas_0/* UpdateExpressGatewayService$ */.XKn),
  UpdateExpressGatewayServiceCommand: () => (/* reexport */ UpdateExpressGatewayServiceCommand),
  UpdateExpressGatewayServiceRequest$: () => (/* reexport */ schemas_0/* UpdateExpressGatewayServiceRequest$ */.CVZ),
  UpdateExpressGatewayServiceResponse$: () => (/* reexport */ schemas_0/* UpdateExpressGatewayServiceResponse$ */.s0h),
  UpdateGateway$: () => (/* reexport */ schemas_0/* UpdateGateway$ */.gmY),
  UpdateGatewayAlbConfiguration$: () => (/* reexport */ schemas_0/* UpdateGatewayAlbConfiguration$ */.l0y),
  UpdateGatewayCommand: () => (/* reexport */ UpdateGatewayCommand),
  UpdateGatewayConfiguration$: () => (/* reexport */ schemas_0/* UpdateGatewayConfiguration$ */.cpS),
  UpdateGatewayNetworkConfiguration$: () => (/* reexport */ schemas_0/* UpdateGatewayNetworkConfiguration$ */.W9t),
  UpdateGatewayRequest$: () => (/* reexport */ schemas_0/* UpdateGatewayRequest$ */.pkY),
  UpdateGatewayResponse$: () => (/* reexport */ schemas_0/* UpdateGatewayResponse$ */.N$e),
  UpdateInProgressException: () => (/* reexport */ errors/* UpdateInProgressException */.fx),
  UpdateInProgressException$: () => (/* reexport */ schemas_0/* UpdateInProgressException$ */.phD),
  UpdateManagedInstancesProviderConfiguration$: () => (/* reexport */ schemas_0/* UpdateManagedInstancesProviderConfiguration$ */.yE$),
  UpdateService$: () => (/* reexport */ schemas_0/* UpdateService$ */.N2u),
  UpdateServiceCommand: () => (/* reexport */ UpdateServiceCommand/* UpdateServiceCommand */.k),
  UpdateServicePrimaryTaskSet$: () => (/* reexport */ schemas_0/* UpdateServicePrimaryTaskSet$ */.gYG),
  UpdateServicePrimaryTaskSetCommand: () => (/* reexport */ UpdateServicePrimaryTaskSetCommand),
  UpdateServicePrimaryTaskSetRequest$: () => (/* reexport */ schemas_0/* UpdateServicePrimaryTaskSetRequest$ */.hac),
  UpdateServicePrimaryTaskSetResponse$: () => (/* reexport */ schemas_0/* UpdateServicePrimaryTaskSetResponse$ */.NLg),
  UpdateServiceRequest$: () => (/* reexport */ schemas_0/* UpdateServiceRequest$ */.e8O),
  UpdateServiceResponse$: () => (/* reexport */ schemas_0/* UpdateServiceResponse$ */.Y1B),
  UpdateTaskProtection$: () => (/* reexport */ schemas_0/* UpdateTaskProtection$ */.yp6),
  UpdateTaskProtectionCommand: () => (/* reexport */ UpdateTaskProtectionCommand),
  UpdateTaskProtectionRequest$: () => (/* reexport */ schemas_0/* UpdateTaskProtectionRequest$ */.rje),
  UpdateTaskProtectionResponse$: () => (/* reexport */ schemas_0/* UpdateTaskProtectionResponse$ */.Tu1),
  UpdateTaskSet$: () => (/* reexport */ schemas_0/* UpdateTaskSet$ */.fbH),
  UpdateTaskSetCommand: () => (/* reexport */ UpdateTaskSetCommand),
  UpdateTaskSetRequest$: () => (/* reexport */ schemas_0/* UpdateTaskSetRequest$ */.YpF),
  UpdateTaskSetResponse$: () => (/* reexport */ schemas_0/* UpdateTaskSetResponse$ */.Udl),
  UpdatedExpressGatewayService$: () => (/* reexport */ schemas_0/* UpdatedExpressGatewayService$ */.p1e),
  VCpuCountRangeRequest$: () => (/* reexport */ schemas_0/* VCpuCountRangeRequest$ */.YiW),
  VersionConsistency: () => (/* reexport */ VersionConsistency),
  VersionInfo$: () => (/* reexport */ schemas_0/* VersionInfo$ */.$VE),
  Volume$: () => (/* reexport */ schemas_0/* Volume$ */.xk4),
  VolumeFrom$: () => (/* reexport */ schemas_0/* VolumeFrom$ */.$3v),
  VpcLatticeAdvancedConfiguration$: () => (/* reexport */ schemas_0/* VpcLatticeAdvancedConfiguration$ */.g4J),
  VpcLatticeConfiguration$: () => (/* reexport */ schemas_0/* VpcLatticeConfiguration$ */.Y$t),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateListAccountSettings: () => (/* reexport */ paginateListAccountSettings),
  paginateListAttributes: () => (/* reexport */ paginateListAttributes),
  paginateListClusters: () => (/* reexport */ paginateListClusters),
  paginateListContainerInstances: () => (/* reexport */ paginateListContainerInstances),
  paginateListGatewayClusterAssociations: () => (/* reexport */ paginateListGatewayClusterAssociations),
  paginateListGatewayRoutes: () => (/* reexport */ paginateListGatewayRoutes),
  paginateListGateways: () => (/* reexport */ paginateListGateways),
  paginateListServices: () => (/* reexport */ paginateListServices),
  paginateListServicesByNamespace: () => (/* reexport */ paginateListServicesByNamespace),
  paginateListTaskDefinitionFamilies: () => (/* reexport */ paginateListTaskDefinitionFamilies),
  paginateListTaskDefinitions: () => (/* reexport */ paginateListTaskDefinitions),
  paginateListTasks: () => (/* reexport */ paginateListTasks),
  waitForDaemonActive: () => (/* reexport */ waitForDaemonActive),
  waitForDaemonDeploymentStopped: () => (/* reexport */ waitForDaemonDeploymentStopped),
  waitForDaemonDeploymentSuccessful: () => (/* reexport */ waitForDaemonDeploymentSuccessful),
  waitForDaemonTaskDefinitionActive: () => (/* reexport */ waitForDaemonTaskDefinitionActive),
  waitForDaemonTaskDefinitionDeleted: () => (/* reexport */ waitForDaemonTaskDefinitionDeleted),
  waitForServicesInactive: () => (/* reexport */ waitForServicesInactive),
  waitForServicesStable: () => (/* reexport */ waitForServicesStable),
  waitForTasksRunning: () => (/* reexport */ waitForTasksRunning),
  waitForTasksStopped: () => (/* reexport */ waitForTasksStopped),
  waitUntilDaemonActive: () => (/* reexport */ waitUntilDaemonActive),
  waitUntilDaemonDeploymentStopped: () => (/* reexport */ waitUntilDaemonDeploymentStopped),
  waitUntilDaemonDeploymentSuccessful: () => (/* reexport */ waitUntilDaemonDeploymentSuccessful),
  waitUntilDaemonTaskDefinitionActive: () => (/* reexport */ waitUntilDaemonTaskDefinitionActive),
  waitUntilDaemonTaskDefinitionDeleted: () => (/* reexport */ waitUntilDaemonTaskDefinitionDeleted),
  waitUntilServicesInactive: () => (/* reexport */ waitUntilServicesInactive),
  waitUntilServicesStable: () => (/* reexport */ waitUntilServicesStable),
  waitUntilTasksRunning: () => (/* reexport */ waitUntilTasksRunning),
  waitUntilTasksStopped: () => (/* reexport */ waitUntilTasksStopped)
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
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 6 modules
var node_http_handler = __webpack_require__(2254);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(3690);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(2588);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/AssociateGatewayWithClusterCommand.js


class AssociateGatewayWithClusterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateGatewayWithCluster", schemas_0/* AssociateGatewayWithCluster$ */.PGT) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ContinueServiceDeploymentCommand.js
var ContinueServiceDeploymentCommand = __webpack_require__(9005);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateCapacityProviderCommand.js


class CreateCapacityProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateCapacityProvider", schemas_0/* CreateCapacityProvider$ */.SyB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateClusterCommand.js


class CreateClusterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateCluster", schemas_0/* CreateCluster$ */.TIA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateDaemonCommand.js


class CreateDaemonCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDaemon", schemas_0/* CreateDaemon$ */.fIK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateExpressGatewayServiceCommand.js


class CreateExpressGatewayServiceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateExpressGatewayService", schemas_0/* CreateExpressGatewayService$ */.a5W) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateGatewayCommand.js


class CreateGatewayCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateGateway", schemas_0/* CreateGateway$ */.vem) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateServiceCommand.js


class CreateServiceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateService", schemas_0/* CreateService$ */.OqB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/CreateTaskSetCommand.js


class CreateTaskSetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateTaskSet", schemas_0/* CreateTaskSet$ */.EpV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteAccountSettingCommand.js


class DeleteAccountSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAccountSetting", schemas_0/* DeleteAccountSetting$ */.HHf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteAttributesCommand.js


class DeleteAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAttributes", schemas_0/* DeleteAttributes$ */.V_o) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteCapacityProviderCommand.js


class DeleteCapacityProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteCapacityProvider", schemas_0/* DeleteCapacityProvider$ */.XDu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteClusterCommand.js


class DeleteClusterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteCluster", schemas_0/* DeleteCluster$ */.E39) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteDaemonCommand.js


class DeleteDaemonCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDaemon", schemas_0/* DeleteDaemon$ */.Sf5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteDaemonTaskDefinitionCommand.js


class DeleteDaemonTaskDefinitionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDaemonTaskDefinition", schemas_0/* DeleteDaemonTaskDefinition$ */.yd4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteExpressGatewayServiceCommand.js


class DeleteExpressGatewayServiceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteExpressGatewayService", schemas_0/* DeleteExpressGatewayService$ */.FSq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteGatewayCommand.js


class DeleteGatewayCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteGateway", schemas_0/* DeleteGateway$ */.ILP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteServiceCommand.js


class DeleteServiceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteService", schemas_0/* DeleteService$ */.BBq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteTaskDefinitionsCommand.js


class DeleteTaskDefinitionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteTaskDefinitions", schemas_0/* DeleteTaskDefinitions$ */.HrU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeleteTaskSetCommand.js


class DeleteTaskSetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteTaskSet", schemas_0/* DeleteTaskSet$ */.Br4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeregisterContainerInstanceCommand.js


class DeregisterContainerInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterContainerInstance", schemas_0/* DeregisterContainerInstance$ */.hj2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DeregisterTaskDefinitionCommand.js


class DeregisterTaskDefinitionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterTaskDefinition", schemas_0/* DeregisterTaskDefinition$ */.lkq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeCapacityProvidersCommand.js


class DescribeCapacityProvidersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeCapacityProviders", schemas_0/* DescribeCapacityProviders$ */.eb8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeClustersCommand.js


class DescribeClustersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeClusters", schemas_0/* DescribeClusters$ */.dM4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeContainerInstancesCommand.js


class DescribeContainerInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeContainerInstances", schemas_0/* DescribeContainerInstances$ */.H4U) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeDaemonCommand.js


class DescribeDaemonCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeDaemon", schemas_0/* DescribeDaemon$ */.Ksb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeDaemonDeploymentsCommand.js


class DescribeDaemonDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeDaemonDeployments", schemas_0/* DescribeDaemonDeployments$ */.K0R) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeDaemonRevisionsCommand.js


class DescribeDaemonRevisionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeDaemonRevisions", schemas_0/* DescribeDaemonRevisions$ */.kGM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeDaemonTaskDefinitionCommand.js


class DescribeDaemonTaskDefinitionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeDaemonTaskDefinition", schemas_0/* DescribeDaemonTaskDefinition$ */.ERn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeExpressGatewayServiceCommand.js


class DescribeExpressGatewayServiceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeExpressGatewayService", schemas_0/* DescribeExpressGatewayService$ */.$aV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeGatewayCommand.js


class DescribeGatewayCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeGateway", schemas_0/* DescribeGateway$ */.KT6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeGatewayResourcesCommand.js


class DescribeGatewayResourcesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeGatewayResources", schemas_0/* DescribeGatewayResources$ */.dKV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeGatewayRouteCommand.js


class DescribeGatewayRouteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeGatewayRoute", schemas_0/* DescribeGatewayRoute$ */.ZOs) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceDeploymentsCommand.js
var DescribeServiceDeploymentsCommand = __webpack_require__(9064);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceRevisionsCommand.js


class DescribeServiceRevisionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeServiceRevisions", schemas_0/* DescribeServiceRevisions$ */.Nqi) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServicesCommand.js
var DescribeServicesCommand = __webpack_require__(6987);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTaskDefinitionCommand.js
var DescribeTaskDefinitionCommand = __webpack_require__(2511);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTasksCommand.js
var DescribeTasksCommand = __webpack_require__(8639);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTaskSetsCommand.js


class DescribeTaskSetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTaskSets", schemas_0/* DescribeTaskSets$ */.SGX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DisassociateGatewayFromClusterCommand.js


class DisassociateGatewayFromClusterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisassociateGatewayFromCluster", schemas_0/* DisassociateGatewayFromCluster$ */.j34) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/DiscoverPollEndpointCommand.js


class DiscoverPollEndpointCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DiscoverPollEndpoint", schemas_0/* DiscoverPollEndpoint$ */.arh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ExecuteCommandCommand.js


class ExecuteCommandCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ExecuteCommand", schemas_0/* ExecuteCommand$ */.j27) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/GetTaskProtectionCommand.js


class GetTaskProtectionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetTaskProtection", schemas_0/* GetTaskProtection$ */.zK5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListAccountSettingsCommand.js


class ListAccountSettingsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAccountSettings", schemas_0/* ListAccountSettings$ */.plb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListAttributesCommand.js


class ListAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAttributes", schemas_0/* ListAttributes$ */.YhJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListClustersCommand.js


class ListClustersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListClusters", schemas_0/* ListClusters$ */.qJH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListContainerInstancesCommand.js


class ListContainerInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListContainerInstances", schemas_0/* ListContainerInstances$ */.imW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListDaemonDeploymentsCommand.js


class ListDaemonDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDaemonDeployments", schemas_0/* ListDaemonDeployments$ */.tIV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListDaemonsCommand.js


class ListDaemonsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDaemons", schemas_0/* ListDaemons$ */.Oty) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListDaemonTaskDefinitionsCommand.js


class ListDaemonTaskDefinitionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDaemonTaskDefinitions", schemas_0/* ListDaemonTaskDefinitions$ */.Odt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListGatewayClusterAssociationsCommand.js


class ListGatewayClusterAssociationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGatewayClusterAssociations", schemas_0/* ListGatewayClusterAssociations$ */.Zfc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListGatewayRoutesCommand.js


class ListGatewayRoutesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGatewayRoutes", schemas_0/* ListGatewayRoutes$ */.BeD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListGatewaysCommand.js


class ListGatewaysCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGateways", schemas_0/* ListGateways$ */.a9I) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServiceDeploymentsCommand.js
var ListServiceDeploymentsCommand = __webpack_require__(3723);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServicesByNamespaceCommand.js


class ListServicesByNamespaceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServicesByNamespace", schemas_0/* ListServicesByNamespace$ */.Xhp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServicesCommand.js


class ListServicesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListServices", schemas_0/* ListServices$ */.vWu) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = __webpack_require__(8800);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTaskDefinitionFamiliesCommand.js


class ListTaskDefinitionFamiliesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTaskDefinitionFamilies", schemas_0/* ListTaskDefinitionFamilies$ */.VDW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTaskDefinitionsCommand.js


class ListTaskDefinitionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTaskDefinitions", schemas_0/* ListTaskDefinitions$ */.mbS) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTasksCommand.js
var ListTasksCommand = __webpack_require__(4810);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/PutAccountSettingCommand.js


class PutAccountSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAccountSetting", schemas_0/* PutAccountSetting$ */.TDd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/PutAccountSettingDefaultCommand.js


class PutAccountSettingDefaultCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAccountSettingDefault", schemas_0/* PutAccountSettingDefault$ */.sBy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/PutAttributesCommand.js


class PutAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAttributes", schemas_0/* PutAttributes$ */.lII) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/PutClusterCapacityProvidersCommand.js


class PutClusterCapacityProvidersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutClusterCapacityProviders", schemas_0/* PutClusterCapacityProviders$ */.OB4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/RegisterContainerInstanceCommand.js


class RegisterContainerInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterContainerInstance", schemas_0/* RegisterContainerInstance$ */.mof) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/RegisterDaemonTaskDefinitionCommand.js


class RegisterDaemonTaskDefinitionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterDaemonTaskDefinition", schemas_0/* RegisterDaemonTaskDefinition$ */.yO5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/RegisterTaskDefinitionCommand.js


class RegisterTaskDefinitionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterTaskDefinition", schemas_0/* RegisterTaskDefinition$ */.k31) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/RunTaskCommand.js


class RunTaskCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RunTask", schemas_0/* RunTask$ */.nnR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/StartTaskCommand.js


class StartTaskCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartTask", schemas_0/* StartTask$ */.cOG) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/StopServiceDeploymentCommand.js
var StopServiceDeploymentCommand = __webpack_require__(5416);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/StopTaskCommand.js


class StopTaskCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopTask", schemas_0/* StopTask$ */.kfB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/SubmitAttachmentStateChangesCommand.js


class SubmitAttachmentStateChangesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SubmitAttachmentStateChanges", schemas_0/* SubmitAttachmentStateChanges$ */.hln) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/SubmitContainerStateChangeCommand.js


class SubmitContainerStateChangeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SubmitContainerStateChange", schemas_0/* SubmitContainerStateChange$ */.F$U) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/SubmitTaskStateChangeCommand.js


class SubmitTaskStateChangeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SubmitTaskStateChange", schemas_0/* SubmitTaskStateChange$ */.JFT) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = __webpack_require__(2168);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = __webpack_require__(1247);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateCapacityProviderCommand.js


class UpdateCapacityProviderCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateCapacityProvider", schemas_0/* UpdateCapacityProvider$ */.VRw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateClusterCommand.js


class UpdateClusterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateCluster", schemas_0/* UpdateCluster$ */.q3y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateClusterSettingsCommand.js


class UpdateClusterSettingsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateClusterSettings", schemas_0/* UpdateClusterSettings$ */.vB4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateContainerAgentCommand.js


class UpdateContainerAgentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateContainerAgent", schemas_0/* UpdateContainerAgent$ */.ovz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateContainerInstancesStateCommand.js


class UpdateContainerInstancesStateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateContainerInstancesState", schemas_0/* UpdateContainerInstancesState$ */.E02) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateDaemonCommand.js


class UpdateDaemonCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDaemon", schemas_0/* UpdateDaemon$ */.wHW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateExpressGatewayServiceCommand.js


class UpdateExpressGatewayServiceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateExpressGatewayService", schemas_0/* UpdateExpressGatewayService$ */.XKn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateGatewayCommand.js


class UpdateGatewayCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateGateway", schemas_0/* UpdateGateway$ */.gmY) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateServiceCommand.js
var UpdateServiceCommand = __webpack_require__(7188);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateServicePrimaryTaskSetCommand.js


class UpdateServicePrimaryTaskSetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateServicePrimaryTaskSet", schemas_0/* UpdateServicePrimaryTaskSet$ */.gYG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateTaskProtectionCommand.js


class UpdateTaskProtectionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateTaskProtection", schemas_0/* UpdateTaskProtection$ */.yp6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/UpdateTaskSetCommand.js


class UpdateTaskSetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateTaskSet", schemas_0/* UpdateTaskSet$ */.fbH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListAccountSettingsPaginator.js



const paginateListAccountSettings = (0,dist_cjs.createPaginator)(ECSClient, ListAccountSettingsCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListAttributesPaginator.js



const paginateListAttributes = (0,dist_cjs.createPaginator)(ECSClient, ListAttributesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListClustersPaginator.js



const paginateListClusters = (0,dist_cjs.createPaginator)(ECSClient, ListClustersCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListContainerInstancesPaginator.js



const paginateListContainerInstances = (0,dist_cjs.createPaginator)(ECSClient, ListContainerInstancesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListGatewayClusterAssociationsPaginator.js



const paginateListGatewayClusterAssociations = (0,dist_cjs.createPaginator)(ECSClient, ListGatewayClusterAssociationsCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListGatewayRoutesPaginator.js



const paginateListGatewayRoutes = (0,dist_cjs.createPaginator)(ECSClient, ListGatewayRoutesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListGatewaysPaginator.js



const paginateListGateways = (0,dist_cjs.createPaginator)(ECSClient, ListGatewaysCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListServicesByNamespacePaginator.js



const paginateListServicesByNamespace = (0,dist_cjs.createPaginator)(ECSClient, ListServicesByNamespaceCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListServicesPaginator.js



const paginateListServices = (0,dist_cjs.createPaginator)(ECSClient, ListServicesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListTaskDefinitionFamiliesPaginator.js



const paginateListTaskDefinitionFamilies = (0,dist_cjs.createPaginator)(ECSClient, ListTaskDefinitionFamiliesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListTaskDefinitionsPaginator.js



const paginateListTaskDefinitions = (0,dist_cjs.createPaginator)(ECSClient, ListTaskDefinitionsCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/ListTasksPaginator.js



const paginateListTasks = (0,dist_cjs.createPaginator)(ECSClient, ListTasksCommand/* ListTasksCommand */.M, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForDaemonActive.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.daemon.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.daemon.status;
            };
            if (returnComparator() === "DELETE_IN_PROGRESS") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForDaemonActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilDaemonActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForDaemonDeploymentStopped.js


const waitForDaemonDeploymentStopped_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonDeploymentsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "STOPPED");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForDaemonDeploymentStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonDeploymentStopped_checkState);
};
const waitUntilDaemonDeploymentStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonDeploymentStopped_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForDaemonDeploymentSuccessful.js


const waitForDaemonDeploymentSuccessful_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonDeploymentsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESSFUL");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "STOPPED") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_FAILED") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_SUCCESSFUL") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForDaemonDeploymentSuccessful = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonDeploymentSuccessful_checkState);
};
const waitUntilDaemonDeploymentSuccessful = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonDeploymentSuccessful_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForDaemonTaskDefinitionActive.js


const waitForDaemonTaskDefinitionActive_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonTaskDefinitionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "DELETE_IN_PROGRESS") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "DELETED") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForDaemonTaskDefinitionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonTaskDefinitionActive_checkState);
};
const waitUntilDaemonTaskDefinitionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonTaskDefinitionActive_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForDaemonTaskDefinitionDeleted.js


const waitForDaemonTaskDefinitionDeleted_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonTaskDefinitionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "DELETED") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForDaemonTaskDefinitionDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonTaskDefinitionDeleted_checkState);
};
const waitUntilDaemonTaskDefinitionDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForDaemonTaskDefinitionDeleted_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForServicesInactive.js


const waitForServicesInactive_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeServicesCommand/* DescribeServicesCommand */.H(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.services);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "INACTIVE") {
                    return { state: submodules_client.WaiterState.SUCCESS, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForServicesInactive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForServicesInactive_checkState);
};
const waitUntilServicesInactive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForServicesInactive_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForServicesStable.js


const waitForServicesStable_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeServicesCommand/* DescribeServicesCommand */.H(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.services);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "DRAINING") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.services);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "INACTIVE") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let filterRes_2 = result.services.filter((element_1) => {
                    return (!((element_1.deployments.length == 1) && (element_1.runningCount == element_1.desiredCount)));
                });
                return (filterRes_2.length == 0);
            };
            if (returnComparator() == true) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForServicesStable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForServicesStable_checkState);
};
const waitUntilServicesStable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForServicesStable_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForTasksRunning.js


const waitForTasksRunning_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTasksCommand/* DescribeTasksCommand */.z(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.tasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.lastStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "STOPPED") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: submodules_client.WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.tasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.lastStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "RUNNING");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForTasksRunning = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTasksRunning_checkState);
};
const waitUntilTasksRunning = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTasksRunning_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/waitForTasksStopped.js


const waitForTasksStopped_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTasksCommand/* DescribeTasksCommand */.z(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.tasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.lastStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "STOPPED");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForTasksStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTasksStopped_checkState);
};
const waitUntilTasksStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTasksStopped_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/ECS.js















































































































const commands = {
    AssociateGatewayWithClusterCommand: AssociateGatewayWithClusterCommand,
    ContinueServiceDeploymentCommand: ContinueServiceDeploymentCommand/* ContinueServiceDeploymentCommand */.L,
    CreateCapacityProviderCommand: CreateCapacityProviderCommand,
    CreateClusterCommand: CreateClusterCommand,
    CreateDaemonCommand: CreateDaemonCommand,
    CreateExpressGatewayServiceCommand: CreateExpressGatewayServiceCommand,
    CreateGatewayCommand: CreateGatewayCommand,
    CreateServiceCommand: CreateServiceCommand,
    CreateTaskSetCommand: CreateTaskSetCommand,
    DeleteAccountSettingCommand: DeleteAccountSettingCommand,
    DeleteAttributesCommand: DeleteAttributesCommand,
    DeleteCapacityProviderCommand: DeleteCapacityProviderCommand,
    DeleteClusterCommand: DeleteClusterCommand,
    DeleteDaemonCommand: DeleteDaemonCommand,
    DeleteDaemonTaskDefinitionCommand: DeleteDaemonTaskDefinitionCommand,
    DeleteExpressGatewayServiceCommand: DeleteExpressGatewayServiceCommand,
    DeleteGatewayCommand: DeleteGatewayCommand,
    DeleteServiceCommand: DeleteServiceCommand,
    DeleteTaskDefinitionsCommand: DeleteTaskDefinitionsCommand,
    DeleteTaskSetCommand: DeleteTaskSetCommand,
    DeregisterContainerInstanceCommand: DeregisterContainerInstanceCommand,
    DeregisterTaskDefinitionCommand: DeregisterTaskDefinitionCommand,
    DescribeCapacityProvidersCommand: DescribeCapacityProvidersCommand,
    DescribeClustersCommand: DescribeClustersCommand,
    DescribeContainerInstancesCommand: DescribeContainerInstancesCommand,
    DescribeDaemonCommand: DescribeDaemonCommand,
    DescribeDaemonDeploymentsCommand: DescribeDaemonDeploymentsCommand,
    DescribeDaemonRevisionsCommand: DescribeDaemonRevisionsCommand,
    DescribeDaemonTaskDefinitionCommand: DescribeDaemonTaskDefinitionCommand,
    DescribeExpressGatewayServiceCommand: DescribeExpressGatewayServiceCommand,
    DescribeGatewayCommand: DescribeGatewayCommand,
    DescribeGatewayResourcesCommand: DescribeGatewayResourcesCommand,
    DescribeGatewayRouteCommand: DescribeGatewayRouteCommand,
    DescribeServiceDeploymentsCommand: DescribeServiceDeploymentsCommand/* DescribeServiceDeploymentsCommand */.A,
    DescribeServiceRevisionsCommand: DescribeServiceRevisionsCommand,
    DescribeServicesCommand: DescribeServicesCommand/* DescribeServicesCommand */.H,
    DescribeTaskDefinitionCommand: DescribeTaskDefinitionCommand/* DescribeTaskDefinitionCommand */.Z,
    DescribeTasksCommand: DescribeTasksCommand/* DescribeTasksCommand */.z,
    DescribeTaskSetsCommand: DescribeTaskSetsCommand,
    DisassociateGatewayFromClusterCommand: DisassociateGatewayFromClusterCommand,
    DiscoverPollEndpointCommand: DiscoverPollEndpointCommand,
    ExecuteCommandCommand: ExecuteCommandCommand,
    GetTaskProtectionCommand: GetTaskProtectionCommand,
    ListAccountSettingsCommand: ListAccountSettingsCommand,
    ListAttributesCommand: ListAttributesCommand,
    ListClustersCommand: ListClustersCommand,
    ListContainerInstancesCommand: ListContainerInstancesCommand,
    ListDaemonDeploymentsCommand: ListDaemonDeploymentsCommand,
    ListDaemonsCommand: ListDaemonsCommand,
    ListDaemonTaskDefinitionsCommand: ListDaemonTaskDefinitionsCommand,
    ListGatewayClusterAssociationsCommand: ListGatewayClusterAssociationsCommand,
    ListGatewayRoutesCommand: ListGatewayRoutesCommand,
    ListGatewaysCommand: ListGatewaysCommand,
    ListServiceDeploymentsCommand: ListServiceDeploymentsCommand/* ListServiceDeploymentsCommand */.j,
    ListServicesCommand: ListServicesCommand,
    ListServicesByNamespaceCommand: ListServicesByNamespaceCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand/* ListTagsForResourceCommand */.a,
    ListTaskDefinitionFamiliesCommand: ListTaskDefinitionFamiliesCommand,
    ListTaskDefinitionsCommand: ListTaskDefinitionsCommand,
    ListTasksCommand: ListTasksCommand/* ListTasksCommand */.M,
    PutAccountSettingCommand: PutAccountSettingCommand,
    PutAccountSettingDefaultCommand: PutAccountSettingDefaultCommand,
    PutAttributesCommand: PutAttributesCommand,
    PutClusterCapacityProvidersCommand: PutClusterCapacityProvidersCommand,
    RegisterContainerInstanceCommand: RegisterContainerInstanceCommand,
    RegisterDaemonTaskDefinitionCommand: RegisterDaemonTaskDefinitionCommand,
    RegisterTaskDefinitionCommand: RegisterTaskDefinitionCommand,
    RunTaskCommand: RunTaskCommand,
    StartTaskCommand: StartTaskCommand,
    StopServiceDeploymentCommand: StopServiceDeploymentCommand/* StopServiceDeploymentCommand */.a,
    StopTaskCommand: StopTaskCommand,
    SubmitAttachmentStateChangesCommand: SubmitAttachmentStateChangesCommand,
    SubmitContainerStateChangeCommand: SubmitContainerStateChangeCommand,
    SubmitTaskStateChangeCommand: SubmitTaskStateChangeCommand,
    TagResourceCommand: TagResourceCommand/* TagResourceCommand */.e,
    UntagResourceCommand: UntagResourceCommand/* UntagResourceCommand */.R,
    UpdateCapacityProviderCommand: UpdateCapacityProviderCommand,
    UpdateClusterCommand: UpdateClusterCommand,
    UpdateClusterSettingsCommand: UpdateClusterSettingsCommand,
    UpdateContainerAgentCommand: UpdateContainerAgentCommand,
    UpdateContainerInstancesStateCommand: UpdateContainerInstancesStateCommand,
    UpdateDaemonCommand: UpdateDaemonCommand,
    UpdateExpressGatewayServiceCommand: UpdateExpressGatewayServiceCommand,
    UpdateGatewayCommand: UpdateGatewayCommand,
    UpdateServiceCommand: UpdateServiceCommand/* UpdateServiceCommand */.k,
    UpdateServicePrimaryTaskSetCommand: UpdateServicePrimaryTaskSetCommand,
    UpdateTaskProtectionCommand: UpdateTaskProtectionCommand,
    UpdateTaskSetCommand: UpdateTaskSetCommand,
};
const paginators = {
    paginateListAccountSettings: paginateListAccountSettings,
    paginateListAttributes: paginateListAttributes,
    paginateListClusters: paginateListClusters,
    paginateListContainerInstances: paginateListContainerInstances,
    paginateListGatewayClusterAssociations: paginateListGatewayClusterAssociations,
    paginateListGatewayRoutes: paginateListGatewayRoutes,
    paginateListGateways: paginateListGateways,
    paginateListServices: paginateListServices,
    paginateListServicesByNamespace: paginateListServicesByNamespace,
    paginateListTaskDefinitionFamilies: paginateListTaskDefinitionFamilies,
    paginateListTaskDefinitions: paginateListTaskDefinitions,
    paginateListTasks: paginateListTasks,
};
const waiters = {
    waitUntilDaemonActive: waitUntilDaemonActive,
    waitUntilDaemonDeploymentSuccessful: waitUntilDaemonDeploymentSuccessful,
    waitUntilDaemonDeploymentStopped: waitUntilDaemonDeploymentStopped,
    waitUntilDaemonTaskDefinitionActive: waitUntilDaemonTaskDefinitionActive,
    waitUntilDaemonTaskDefinitionDeleted: waitUntilDaemonTaskDefinitionDeleted,
    waitUntilServicesInactive: waitUntilServicesInactive,
    waitUntilServicesStable: waitUntilServicesStable,
    waitUntilTasksRunning: waitUntilTasksRunning,
    waitUntilTasksStopped: waitUntilTasksStopped,
};
class ECS extends ECSClient {
}
(0,submodules_client.createAggregatedClient)(commands, ECS, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/commands/index.js

























































































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/pagination/index.js














;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/waiters/index.js










;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/models/enums.js
const AcceleratorManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    HABANA: "habana",
    NVIDIA: "nvidia",
    XILINX: "xilinx",
};
const AcceleratorName = {
    A100: "a100",
    A10G: "a10g",
    H100: "h100",
    INFERENTIA: "inferentia",
    K520: "k520",
    K80: "k80",
    M60: "m60",
    RADEON_PRO_V520: "radeon-pro-v520",
    T4: "t4",
    T4G: "t4g",
    V100: "v100",
    VU9P: "vu9p",
};
const AcceleratorType = {
    FPGA: "fpga",
    GPU: "gpu",
    INFERENCE: "inference",
};
const AccessType = {
    PRIVATE: "PRIVATE",
    PUBLIC: "PUBLIC",
};
const AgentUpdateStatus = {
    FAILED: "FAILED",
    PENDING: "PENDING",
    STAGED: "STAGED",
    STAGING: "STAGING",
    UPDATED: "UPDATED",
    UPDATING: "UPDATING",
};
const ManagedDraining = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ManagedScalingStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ManagedTerminationProtection = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const AutoRepairActionsStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const CapacityOptionType = {
    ON_DEMAND: "ON_DEMAND",
    RESERVED: "RESERVED",
    SPOT: "SPOT",
};
const CapacityReservationPreference = {
    RESERVATIONS_EXCLUDED: "RESERVATIONS_EXCLUDED",
    RESERVATIONS_FIRST: "RESERVATIONS_FIRST",
    RESERVATIONS_ONLY: "RESERVATIONS_ONLY",
};
const BareMetal = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const BurstablePerformance = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const CpuManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    INTEL: "intel",
};
const InstanceGeneration = {
    CURRENT: "current",
    PREVIOUS: "previous",
};
const LocalStorage = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const LocalStorageType = {
    HDD: "hdd",
    SSD: "ssd",
};
const ManagedInstancesMonitoringOptions = {
    BASIC: "BASIC",
    DETAILED: "DETAILED",
};
const PropagateMITags = {
    CAPACITY_PROVIDER: "CAPACITY_PROVIDER",
    NONE: "NONE",
};
const CapacityProviderStatus = {
    ACTIVE: "ACTIVE",
    DEPROVISIONING: "DEPROVISIONING",
    INACTIVE: "INACTIVE",
    PROVISIONING: "PROVISIONING",
};
const CapacityProviderType = {
    EC2_AUTOSCALING: "EC2_AUTOSCALING",
    FARGATE: "FARGATE",
    FARGATE_SPOT: "FARGATE_SPOT",
    MANAGED_INSTANCES: "MANAGED_INSTANCES",
};
const CapacityProviderUpdateStatus = {
    CREATE_COMPLETE: "CREATE_COMPLETE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_COMPLETE: "UPDATE_COMPLETE",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const CapacityProviderField = {
    TAGS: "TAGS",
};
const ExecuteCommandLogging = {
    DEFAULT: "DEFAULT",
    NONE: "NONE",
    OVERRIDE: "OVERRIDE",
};
const ClusterSettingName = {
    CONTAINER_INSIGHTS: "containerInsights",
};
const TargetType = {
    CONTAINER_INSTANCE: "container-instance",
};
const GpuSharingMode = {
    DEDICATED: "DEDICATED",
    IDLE: "IDLE",
    NVIDIA_MPS: "NVIDIA_MPS",
};
const InstanceHealthCheckState = {
    IMPAIRED: "IMPAIRED",
    INITIALIZING: "INITIALIZING",
    INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
    OK: "OK",
};
const InstanceHealthCheckType = {
    ACCELERATED_COMPUTE: "ACCELERATED_COMPUTE",
    AGENT_CONNECTIVITY: "AGENT_CONNECTIVITY",
    CONTAINER_RUNTIME: "CONTAINER_RUNTIME",
    DAEMON: "DAEMON",
};
const ClusterField = {
    ATTACHMENTS: "ATTACHMENTS",
    CONFIGURATIONS: "CONFIGURATIONS",
    SETTINGS: "SETTINGS",
    STATISTICS: "STATISTICS",
    TAGS: "TAGS",
};
const ContainerInstanceStatus = {
    ACTIVE: "ACTIVE",
    DEREGISTERING: "DEREGISTERING",
    DRAINING: "DRAINING",
    REGISTERING: "REGISTERING",
    REGISTRATION_FAILED: "REGISTRATION_FAILED",
};
const TransportProtocol = {
    TCP: "tcp",
    UDP: "udp",
};
const ManagedAgentName = {
    ExecuteCommandAgent: "ExecuteCommandAgent",
};
const ContainerInstanceField = {
    CONTAINER_INSTANCE_HEALTH: "CONTAINER_INSTANCE_HEALTH",
    TAGS: "TAGS",
};
const DesiredStatus = {
    PENDING: "PENDING",
    RUNNING: "RUNNING",
    STOPPED: "STOPPED",
};
const LaunchType = {
    EC2: "EC2",
    EXTERNAL: "EXTERNAL",
    FARGATE: "FARGATE",
    MANAGED_INSTANCES: "MANAGED_INSTANCES",
};
const PlatformDeviceType = {
    GPU: "GPU",
    NEURON_DEVICE: "NEURON_DEVICE",
};
const DeploymentLifecycleHookAction = {
    CONTINUE: "CONTINUE",
    ROLLBACK: "ROLLBACK",
};
const DaemonDeploymentRollbackMonitorsStatus = {
    DISABLED: "DISABLED",
    MONITORING: "MONITORING",
    MONITORING_COMPLETE: "MONITORING_COMPLETE",
    TRIGGERED: "TRIGGERED",
};
const DaemonDeploymentStatus = {
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    ROLLBACK_SUCCESSFUL: "ROLLBACK_SUCCESSFUL",
    STOPPED: "STOPPED",
    STOP_REQUESTED: "STOP_REQUESTED",
    SUCCESSFUL: "SUCCESSFUL",
};
const DaemonPropagateTags = {
    DAEMON: "DAEMON",
    NONE: "NONE",
};
const DaemonStatus = {
    ACTIVE: "ACTIVE",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const ContainerCondition = {
    COMPLETE: "COMPLETE",
    HEALTHY: "HEALTHY",
    START: "START",
    SUCCESS: "SUCCESS",
};
const EnvironmentFileType = {
    S3: "s3",
};
const FirelensConfigurationType = {
    FLUENTBIT: "fluentbit",
    FLUENTD: "fluentd",
};
const DeviceCgroupPermission = {
    MKNOD: "mknod",
    READ: "read",
    WRITE: "write",
};
const LogDriver = {
    AWSFIRELENS: "awsfirelens",
    AWSLOGS: "awslogs",
    FLUENTD: "fluentd",
    GELF: "gelf",
    JOURNALD: "journald",
    JSON_FILE: "json-file",
    SPLUNK: "splunk",
    SYSLOG: "syslog",
};
const UlimitName = {
    CORE: "core",
    CPU: "cpu",
    DATA: "data",
    FSIZE: "fsize",
    LOCKS: "locks",
    MEMLOCK: "memlock",
    MSGQUEUE: "msgqueue",
    NICE: "nice",
    NOFILE: "nofile",
    NPROC: "nproc",
    RSS: "rss",
    RTPRIO: "rtprio",
    RTTIME: "rttime",
    SIGPENDING: "sigpending",
    STACK: "stack",
};
const DaemonIpcMode = {
    NONE: "none",
    SHARED: "shared",
};
const DaemonPidMode = {
    NONE: "none",
    SHARED: "shared",
};
const DaemonTaskDefinitionStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const DaemonTaskDefinitionRevisionFilter = {
    LAST_REGISTERED: "LAST_REGISTERED",
};
const SortOrder = {
    ASC: "ASC",
    DESC: "DESC",
};
const DaemonTaskDefinitionStatusFilter = {
    ACTIVE: "ACTIVE",
    ALL: "ALL",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const SettingName = {
    AWSVPC_TRUNKING: "awsvpcTrunking",
    CONTAINER_INSIGHTS: "containerInsights",
    CONTAINER_INSTANCE_LONG_ARN_FORMAT: "containerInstanceLongArnFormat",
    DEFAULT_LOG_DRIVER_MODE: "defaultLogDriverMode",
    FARGATE_EVENT_WINDOWS: "fargateEventWindows",
    FARGATE_FIPS_MODE: "fargateFIPSMode",
    FARGATE_TASK_RETIREMENT_WAIT_PERIOD: "fargateTaskRetirementWaitPeriod",
    GUARD_DUTY_ACTIVATE: "guardDutyActivate",
    SERVICE_LONG_ARN_FORMAT: "serviceLongArnFormat",
    TAG_RESOURCE_AUTHORIZATION: "tagResourceAuthorization",
    TASK_LONG_ARN_FORMAT: "taskLongArnFormat",
};
const SettingType = {
    AWS_MANAGED: "aws_managed",
    USER: "user",
};
const Compatibility = {
    EC2: "EC2",
    EXTERNAL: "EXTERNAL",
    FARGATE: "FARGATE",
    MANAGED_INSTANCES: "MANAGED_INSTANCES",
};
const ApplicationProtocol = {
    GRPC: "grpc",
    HTTP: "http",
    HTTP2: "http2",
};
const ResourceType = {
    GPU: "GPU",
    INFERENCE_ACCELERATOR: "InferenceAccelerator",
    NEURON_DEVICE: "NeuronDevice",
};
const VersionConsistency = {
    DISABLED: "disabled",
    ENABLED: "enabled",
};
const IpcMode = {
    HOST: "host",
    NONE: "none",
    TASK: "task",
};
const NetworkMode = {
    AWSVPC: "awsvpc",
    BRIDGE: "bridge",
    HOST: "host",
    NONE: "none",
};
const PidMode = {
    HOST: "host",
    TASK: "task",
};
const TaskDefinitionPlacementConstraintType = {
    MEMBER_OF: "memberOf",
};
const ProxyConfigurationType = {
    APPMESH: "APPMESH",
};
const CPUArchitecture = {
    ARM64: "ARM64",
    X86_64: "X86_64",
};
const OSFamily = {
    LINUX: "LINUX",
    WINDOWS_SERVER_2004_CORE: "WINDOWS_SERVER_2004_CORE",
    WINDOWS_SERVER_2016_FULL: "WINDOWS_SERVER_2016_FULL",
    WINDOWS_SERVER_2019_CORE: "WINDOWS_SERVER_2019_CORE",
    WINDOWS_SERVER_2019_FULL: "WINDOWS_SERVER_2019_FULL",
    WINDOWS_SERVER_2022_CORE: "WINDOWS_SERVER_2022_CORE",
    WINDOWS_SERVER_2022_FULL: "WINDOWS_SERVER_2022_FULL",
    WINDOWS_SERVER_2025_CORE: "WINDOWS_SERVER_2025_CORE",
    WINDOWS_SERVER_2025_FULL: "WINDOWS_SERVER_2025_FULL",
    WINDOWS_SERVER_20H2_CORE: "WINDOWS_SERVER_20H2_CORE",
};
const TaskDefinitionStatus = {
    ACTIVE: "ACTIVE",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    INACTIVE: "INACTIVE",
};
const Scope = {
    SHARED: "shared",
    TASK: "task",
};
const EFSAuthorizationConfigIAM = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const EFSTransitEncryption = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const TaskDefinitionField = {
    TAGS: "TAGS",
};
const GatewayClusterAssociationStatus = {
    ACTIVE: "ACTIVE",
    DISASSOCIATING: "DISASSOCIATING",
    INACTIVE: "INACTIVE",
};
const GatewayAlbDesyncMitigationMode = {
    DEFENSIVE: "defensive",
    MONITOR: "monitor",
    STRICTEST: "strictest",
};
const GatewayElbIpAddressType = {
    DUALSTACK: "dualstack",
    DUALSTACK_WITHOUT_PUBLIC_IPV4: "dualstack-without-public-ipv4",
    IPV4: "ipv4",
};
const GatewayAlbProtocol = {
    HTTP: "HTTP",
    HTTPS: "HTTPS",
};
const GatewayElbScheme = {
    INTERNAL: "internal",
    INTERNET_FACING: "internet-facing",
};
const PropagateGatewayTags = {
    GATEWAY: "GATEWAY",
    NONE: "NONE",
};
const GatewayStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    UPDATE_COMPLETE: "UPDATE_COMPLETE",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const GatewayRouteStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const TaskDefinitionFamilyStatus = {
    ACTIVE: "ACTIVE",
    ALL: "ALL",
    INACTIVE: "INACTIVE",
};
const ServiceDeploymentRollbackMonitorsStatus = {
    DISABLED: "DISABLED",
    MONITORING: "MONITORING",
    MONITORING_COMPLETE: "MONITORING_COMPLETE",
    TRIGGERED: "TRIGGERED",
};
const ThresholdType = {
    BOUNDED_PERCENT: "BOUNDED_PERCENT",
    COUNT: "COUNT",
    UNBOUNDED_PERCENT: "UNBOUNDED_PERCENT",
};
const ServiceRevisionCleanup = {
    BLOCKING: "BLOCKING",
    DEFERRED: "DEFERRED",
};
const DeploymentLifecycleHookStage = {
    POST_PRODUCTION_TRAFFIC_SHIFT: "POST_PRODUCTION_TRAFFIC_SHIFT",
    POST_SCALE_UP: "POST_SCALE_UP",
    POST_TEST_TRAFFIC_SHIFT: "POST_TEST_TRAFFIC_SHIFT",
    PRE_PRODUCTION_TRAFFIC_SHIFT: "PRE_PRODUCTION_TRAFFIC_SHIFT",
    PRE_SCALE_UP: "PRE_SCALE_UP",
    PRODUCTION_TRAFFIC_SHIFT: "PRODUCTION_TRAFFIC_SHIFT",
    RECONCILE_SERVICE: "RECONCILE_SERVICE",
    TEST_TRAFFIC_SHIFT: "TEST_TRAFFIC_SHIFT",
};
const DeploymentLifecycleHookTargetType = {
    AWS_LAMBDA: "AWS_LAMBDA",
    PAUSE: "PAUSE",
};
const DeploymentStrategy = {
    BLUE_GREEN: "BLUE_GREEN",
    CANARY: "CANARY",
    LINEAR: "LINEAR",
    ROLLING: "ROLLING",
};
const DeploymentLifecycleHookStatus = {
    AWAITING_ACTION: "AWAITING_ACTION",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
    TIMED_OUT: "TIMED_OUT",
};
const ServiceDeploymentLifecycleStage = {
    BAKE_TIME: "BAKE_TIME",
    CLEAN_UP: "CLEAN_UP",
    POST_PRODUCTION_TRAFFIC_SHIFT: "POST_PRODUCTION_TRAFFIC_SHIFT",
    POST_SCALE_UP: "POST_SCALE_UP",
    POST_TEST_TRAFFIC_SHIFT: "POST_TEST_TRAFFIC_SHIFT",
    PRE_SCALE_UP: "PRE_SCALE_UP",
    PRODUCTION_TRAFFIC_SHIFT: "PRODUCTION_TRAFFIC_SHIFT",
    RECONCILE_SERVICE: "RECONCILE_SERVICE",
    SCALE_UP: "SCALE_UP",
    TEST_TRAFFIC_SHIFT: "TEST_TRAFFIC_SHIFT",
};
const ServiceDeploymentStatus = {
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    ROLLBACK_REQUESTED: "ROLLBACK_REQUESTED",
    ROLLBACK_SUCCESSFUL: "ROLLBACK_SUCCESSFUL",
    STOPPED: "STOPPED",
    STOP_REQUESTED: "STOP_REQUESTED",
    SUCCESSFUL: "SUCCESSFUL",
};
const ExpressCpuArchitecture = {
    ARM64: "ARM64",
    X86_64: "X86_64",
};
const ExpressGatewayServiceScalingMetric = {
    AverageCPUUtilization: "AVERAGE_CPU",
    AverageMemoryUtilization: "AVERAGE_MEMORY",
    RequestCountPerTarget: "REQUEST_COUNT_PER_TARGET",
};
const ExpressGatewayServiceStatusCode = {
    ACTIVE: "ACTIVE",
    DRAINING: "DRAINING",
    INACTIVE: "INACTIVE",
};
const AvailabilityZoneRebalancing = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const DeploymentControllerType = {
    CODE_DEPLOY: "CODE_DEPLOY",
    ECS: "ECS",
    EXTERNAL: "EXTERNAL",
};
const GatewayConnectorHealthCheckProtocol = {
    HTTP: "HTTP",
    HTTPS: "HTTPS",
};
const AssignPublicIp = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const PlacementConstraintType = {
    DISTINCT_INSTANCE: "distinctInstance",
    MEMBER_OF: "memberOf",
};
const PlacementStrategyType = {
    BINPACK: "binpack",
    RANDOM: "random",
    SPREAD: "spread",
};
const PropagateTags = {
    NONE: "NONE",
    SERVICE: "SERVICE",
    TASK_DEFINITION: "TASK_DEFINITION",
};
const SchedulingStrategy = {
    DAEMON: "DAEMON",
    REPLICA: "REPLICA",
};
const ServiceConnectAccessLoggingFormat = {
    JSON: "JSON",
    TEXT: "TEXT",
};
const ServiceConnectIncludeQueryParameters = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ServiceConnectContainerLogLevel = {
    DEBUG: "debug",
    INFO: "info",
};
const TaskFilesystemType = {
    EXT3: "ext3",
    EXT4: "ext4",
    NTFS: "ntfs",
    XFS: "xfs",
};
const EBSResourceType = {
    VOLUME: "volume",
};
const DeploymentRolloutState = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ResourceManagementType = {
    CUSTOMER: "CUSTOMER",
    ECS: "ECS",
};
const ScaleUnit = {
    PERCENT: "PERCENT",
};
const StabilityStatus = {
    STABILIZING: "STABILIZING",
    STEADY_STATE: "STEADY_STATE",
};
const ExpressGatewayServiceInclude = {
    TAGS: "TAGS",
};
const ServiceField = {
    TAGS: "TAGS",
};
const StopServiceDeploymentStopType = {
    ABORT: "ABORT",
    ROLLBACK: "ROLLBACK",
};
const ManagedResourceStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    DEPROVISIONING: "DEPROVISIONING",
    FAILED: "FAILED",
    PROVISIONING: "PROVISIONING",
};
const TaskField = {
    TAGS: "TAGS",
};
const Connectivity = {
    CONNECTED: "CONNECTED",
    DISCONNECTED: "DISCONNECTED",
};
const HealthStatus = {
    HEALTHY: "HEALTHY",
    UNHEALTHY: "UNHEALTHY",
    UNKNOWN: "UNKNOWN",
};
const TaskStopCode = {
    ESSENTIAL_CONTAINER_EXITED: "EssentialContainerExited",
    INFRASTRUCTURE_HEALTH: "InfrastructureHealth",
    SERVICE_SCHEDULER_INITIATED: "ServiceSchedulerInitiated",
    SPOT_INTERRUPTION: "SpotInterruption",
    TASK_FAILED_TO_START: "TaskFailedToStart",
    TERMINATION_NOTICE: "TerminationNotice",
    USER_INITIATED: "UserInitiated",
};
const TaskSetField = {
    TAGS: "TAGS",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/models/errors.js
var errors = __webpack_require__(3694);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/models/ECSServiceException.js
var ECSServiceException = __webpack_require__(4247);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecs/dist-es/index.js














/***/ })

};
;