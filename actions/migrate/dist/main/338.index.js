export const id = 338;
export const ids = [338];
export const modules = {

/***/ 1338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  AccessDeniedException: () => (/* reexport */ errors/* AccessDeniedException */.XN),
  AccessDeniedException$: () => (/* reexport */ schemas_0/* AccessDeniedException$ */.fO9),
  AccessRequestStatus: () => (/* reexport */ AccessRequestStatus),
  AccessType: () => (/* reexport */ AccessType),
  AccountSharingInfo$: () => (/* reexport */ schemas_0/* AccountSharingInfo$ */.uE5),
  Activation$: () => (/* reexport */ schemas_0/* Activation$ */.H4v),
  AddTagsToResource$: () => (/* reexport */ schemas_0/* AddTagsToResource$ */.Yl$),
  AddTagsToResourceCommand: () => (/* reexport */ AddTagsToResourceCommand),
  AddTagsToResourceRequest$: () => (/* reexport */ schemas_0/* AddTagsToResourceRequest$ */.D4z),
  AddTagsToResourceResult$: () => (/* reexport */ schemas_0/* AddTagsToResourceResult$ */.vyq),
  Alarm$: () => (/* reexport */ schemas_0/* Alarm$ */.koY),
  AlarmConfiguration$: () => (/* reexport */ schemas_0/* AlarmConfiguration$ */.gr$),
  AlarmStateInformation$: () => (/* reexport */ schemas_0/* AlarmStateInformation$ */.Rgo),
  AlreadyExistsException: () => (/* reexport */ errors/* AlreadyExistsException */.iK),
  AlreadyExistsException$: () => (/* reexport */ schemas_0/* AlreadyExistsException$ */.w1z),
  AssociateOpsItemRelatedItem$: () => (/* reexport */ schemas_0/* AssociateOpsItemRelatedItem$ */._yy),
  AssociateOpsItemRelatedItemCommand: () => (/* reexport */ AssociateOpsItemRelatedItemCommand),
  AssociateOpsItemRelatedItemRequest$: () => (/* reexport */ schemas_0/* AssociateOpsItemRelatedItemRequest$ */.Zh),
  AssociateOpsItemRelatedItemResponse$: () => (/* reexport */ schemas_0/* AssociateOpsItemRelatedItemResponse$ */.v9U),
  AssociatedInstances: () => (/* reexport */ errors/* AssociatedInstances */.NM),
  AssociatedInstances$: () => (/* reexport */ schemas_0/* AssociatedInstances$ */.JR4),
  Association$: () => (/* reexport */ schemas_0/* Association$ */.E$q),
  AssociationAlreadyExists: () => (/* reexport */ errors/* AssociationAlreadyExists */.Ib),
  AssociationAlreadyExists$: () => (/* reexport */ schemas_0/* AssociationAlreadyExists$ */.eCI),
  AssociationComplianceSeverity: () => (/* reexport */ AssociationComplianceSeverity),
  AssociationDescription$: () => (/* reexport */ schemas_0/* AssociationDescription$ */.AeN),
  AssociationDoesNotExist: () => (/* reexport */ errors/* AssociationDoesNotExist */.$9),
  AssociationDoesNotExist$: () => (/* reexport */ schemas_0/* AssociationDoesNotExist$ */.$08),
  AssociationExecution$: () => (/* reexport */ schemas_0/* AssociationExecution$ */.WT4),
  AssociationExecutionDoesNotExist: () => (/* reexport */ errors/* AssociationExecutionDoesNotExist */.N3),
  AssociationExecutionDoesNotExist$: () => (/* reexport */ schemas_0/* AssociationExecutionDoesNotExist$ */.r5X),
  AssociationExecutionFilter$: () => (/* reexport */ schemas_0/* AssociationExecutionFilter$ */.mME),
  AssociationExecutionFilterKey: () => (/* reexport */ AssociationExecutionFilterKey),
  AssociationExecutionTarget$: () => (/* reexport */ schemas_0/* AssociationExecutionTarget$ */.RYl),
  AssociationExecutionTargetsFilter$: () => (/* reexport */ schemas_0/* AssociationExecutionTargetsFilter$ */.aDV),
  AssociationExecutionTargetsFilterKey: () => (/* reexport */ AssociationExecutionTargetsFilterKey),
  AssociationFilter$: () => (/* reexport */ schemas_0/* AssociationFilter$ */.qVJ),
  AssociationFilterKey: () => (/* reexport */ AssociationFilterKey),
  AssociationFilterOperatorType: () => (/* reexport */ AssociationFilterOperatorType),
  AssociationLimitExceeded: () => (/* reexport */ errors/* AssociationLimitExceeded */.oK),
  AssociationLimitExceeded$: () => (/* reexport */ schemas_0/* AssociationLimitExceeded$ */.ksV),
  AssociationOverview$: () => (/* reexport */ schemas_0/* AssociationOverview$ */.lK0),
  AssociationStatus$: () => (/* reexport */ schemas_0/* AssociationStatus$ */.K9r),
  AssociationStatusName: () => (/* reexport */ AssociationStatusName),
  AssociationSyncCompliance: () => (/* reexport */ AssociationSyncCompliance),
  AssociationVersionInfo$: () => (/* reexport */ schemas_0/* AssociationVersionInfo$ */.Ko3),
  AssociationVersionLimitExceeded: () => (/* reexport */ errors/* AssociationVersionLimitExceeded */.S5),
  AssociationVersionLimitExceeded$: () => (/* reexport */ schemas_0/* AssociationVersionLimitExceeded$ */.alF),
  AttachmentContent$: () => (/* reexport */ schemas_0/* AttachmentContent$ */.RHD),
  AttachmentHashType: () => (/* reexport */ AttachmentHashType),
  AttachmentInformation$: () => (/* reexport */ schemas_0/* AttachmentInformation$ */.U2k),
  AttachmentsSource$: () => (/* reexport */ schemas_0/* AttachmentsSource$ */.MZv),
  AttachmentsSourceKey: () => (/* reexport */ AttachmentsSourceKey),
  AutomationDefinitionNotApprovedException: () => (/* reexport */ errors/* AutomationDefinitionNotApprovedException */.c$),
  AutomationDefinitionNotApprovedException$: () => (/* reexport */ schemas_0/* AutomationDefinitionNotApprovedException$ */.KQk),
  AutomationDefinitionNotFoundException: () => (/* reexport */ errors/* AutomationDefinitionNotFoundException */.Z4),
  AutomationDefinitionNotFoundException$: () => (/* reexport */ schemas_0/* AutomationDefinitionNotFoundException$ */.NXZ),
  AutomationDefinitionVersionNotFoundException: () => (/* reexport */ errors/* AutomationDefinitionVersionNotFoundException */.ZV),
  AutomationDefinitionVersionNotFoundException$: () => (/* reexport */ schemas_0/* AutomationDefinitionVersionNotFoundException$ */.Vo_),
  AutomationExecution$: () => (/* reexport */ schemas_0/* AutomationExecution$ */.Wk),
  AutomationExecutionFilter$: () => (/* reexport */ schemas_0/* AutomationExecutionFilter$ */.iP4),
  AutomationExecutionFilterKey: () => (/* reexport */ AutomationExecutionFilterKey),
  AutomationExecutionInputs$: () => (/* reexport */ schemas_0/* AutomationExecutionInputs$ */.dnz),
  AutomationExecutionLimitExceededException: () => (/* reexport */ errors/* AutomationExecutionLimitExceededException */.zs),
  AutomationExecutionLimitExceededException$: () => (/* reexport */ schemas_0/* AutomationExecutionLimitExceededException$ */.R42),
  AutomationExecutionMetadata$: () => (/* reexport */ schemas_0/* AutomationExecutionMetadata$ */.FZf),
  AutomationExecutionNotFoundException: () => (/* reexport */ errors/* AutomationExecutionNotFoundException */.QF),
  AutomationExecutionNotFoundException$: () => (/* reexport */ schemas_0/* AutomationExecutionNotFoundException$ */.uM5),
  AutomationExecutionPreview$: () => (/* reexport */ schemas_0/* AutomationExecutionPreview$ */.ALV),
  AutomationExecutionStatus: () => (/* reexport */ AutomationExecutionStatus),
  AutomationStepNotFoundException: () => (/* reexport */ errors/* AutomationStepNotFoundException */.oH),
  AutomationStepNotFoundException$: () => (/* reexport */ schemas_0/* AutomationStepNotFoundException$ */.kTQ),
  AutomationSubtype: () => (/* reexport */ AutomationSubtype),
  AutomationType: () => (/* reexport */ AutomationType),
  AzureConfiguration$: () => (/* reexport */ schemas_0/* AzureConfiguration$ */.wGQ),
  AzureSubscription$: () => (/* reexport */ schemas_0/* AzureSubscription$ */.FzE),
  BaselineOverride$: () => (/* reexport */ schemas_0/* BaselineOverride$ */.aTJ),
  CalendarState: () => (/* reexport */ CalendarState),
  CancelCommand$: () => (/* reexport */ schemas_0/* CancelCommand$ */.KSr),
  CancelCommandCommand: () => (/* reexport */ CancelCommandCommand),
  CancelCommandRequest$: () => (/* reexport */ schemas_0/* CancelCommandRequest$ */.BFP),
  CancelCommandResult$: () => (/* reexport */ schemas_0/* CancelCommandResult$ */.PoO),
  CancelMaintenanceWindowExecution$: () => (/* reexport */ schemas_0/* CancelMaintenanceWindowExecution$ */.kjh),
  CancelMaintenanceWindowExecutionCommand: () => (/* reexport */ CancelMaintenanceWindowExecutionCommand),
  CancelMaintenanceWindowExecutionRequest$: () => (/* reexport */ schemas_0/* CancelMaintenanceWindowExecutionRequest$ */.nwt),
  CancelMaintenanceWindowExecutionResult$: () => (/* reexport */ schemas_0/* CancelMaintenanceWindowExecutionResult$ */.lz5),
  CloudConnectorConfiguration$: () => (/* reexport */ schemas_0/* CloudConnectorConfiguration$ */.j06),
  CloudConnectorFilter$: () => (/* reexport */ schemas_0/* CloudConnectorFilter$ */.HLc),
  CloudConnectorFilterKey: () => (/* reexport */ CloudConnectorFilterKey),
  CloudConnectorSummary$: () => (/* reexport */ schemas_0/* CloudConnectorSummary$ */.DrP),
  CloudWatchOutputConfig$: () => (/* reexport */ schemas_0/* CloudWatchOutputConfig$ */.EqQ),
  Command$: () => (/* reexport */ schemas_0/* Command$ */.M4s),
  CommandFilter$: () => (/* reexport */ schemas_0/* CommandFilter$ */.eEA),
  CommandFilterKey: () => (/* reexport */ CommandFilterKey),
  CommandInvocation$: () => (/* reexport */ schemas_0/* CommandInvocation$ */.OkL),
  CommandInvocationStatus: () => (/* reexport */ CommandInvocationStatus),
  CommandPlugin$: () => (/* reexport */ schemas_0/* CommandPlugin$ */.jK5),
  CommandPluginStatus: () => (/* reexport */ CommandPluginStatus),
  CommandStatus: () => (/* reexport */ CommandStatus),
  ComplianceExecutionSummary$: () => (/* reexport */ schemas_0/* ComplianceExecutionSummary$ */.CSc),
  ComplianceItem$: () => (/* reexport */ schemas_0/* ComplianceItem$ */.p1e),
  ComplianceItemEntry$: () => (/* reexport */ schemas_0/* ComplianceItemEntry$ */.Zqf),
  ComplianceQueryOperatorType: () => (/* reexport */ ComplianceQueryOperatorType),
  ComplianceSeverity: () => (/* reexport */ ComplianceSeverity),
  ComplianceStatus: () => (/* reexport */ ComplianceStatus),
  ComplianceStringFilter$: () => (/* reexport */ schemas_0/* ComplianceStringFilter$ */.J9u),
  ComplianceSummaryItem$: () => (/* reexport */ schemas_0/* ComplianceSummaryItem$ */.$oe),
  ComplianceTypeCountLimitExceededException: () => (/* reexport */ errors/* ComplianceTypeCountLimitExceededException */.yd),
  ComplianceTypeCountLimitExceededException$: () => (/* reexport */ schemas_0/* ComplianceTypeCountLimitExceededException$ */.Cvi),
  ComplianceUploadType: () => (/* reexport */ ComplianceUploadType),
  CompliantSummary$: () => (/* reexport */ schemas_0/* CompliantSummary$ */.CjF),
  ConfigurationTargets$: () => (/* reexport */ schemas_0/* ConfigurationTargets$ */.lHg),
  ConflictException: () => (/* reexport */ errors/* ConflictException */.cb),
  ConflictException$: () => (/* reexport */ schemas_0/* ConflictException$ */.onj),
  ConnectionStatus: () => (/* reexport */ ConnectionStatus),
  CreateActivation$: () => (/* reexport */ schemas_0/* CreateActivation$ */.Bv3),
  CreateActivationCommand: () => (/* reexport */ CreateActivationCommand),
  CreateActivationRequest$: () => (/* reexport */ schemas_0/* CreateActivationRequest$ */.mNC),
  CreateActivationResult$: () => (/* reexport */ schemas_0/* CreateActivationResult$ */.OKk),
  CreateAssociation$: () => (/* reexport */ schemas_0/* CreateAssociation$ */.cnb),
  CreateAssociationBatch$: () => (/* reexport */ schemas_0/* CreateAssociationBatch$ */.UxG),
  CreateAssociationBatchCommand: () => (/* reexport */ CreateAssociationBatchCommand),
  CreateAssociationBatchRequest$: () => (/* reexport */ schemas_0/* CreateAssociationBatchRequest$ */.Xm1),
  CreateAssociationBatchRequestEntry$: () => (/* reexport */ schemas_0/* CreateAssociationBatchRequestEntry$ */.X12),
  CreateAssociationBatchResult$: () => (/* reexport */ schemas_0/* CreateAssociationBatchResult$ */.BnK),
  CreateAssociationCommand: () => (/* reexport */ CreateAssociationCommand),
  CreateAssociationRequest$: () => (/* reexport */ schemas_0/* CreateAssociationRequest$ */.Peo),
  CreateAssociationResult$: () => (/* reexport */ schemas_0/* CreateAssociationResult$ */.NhN),
  CreateCloudConnector$: () => (/* reexport */ schemas_0/* CreateCloudConnector$ */.B$_),
  CreateCloudConnectorCommand: () => (/* reexport */ CreateCloudConnectorCommand),
  CreateCloudConnectorRequest$: () => (/* reexport */ schemas_0/* CreateCloudConnectorRequest$ */.cCQ),
  CreateCloudConnectorResult$: () => (/* reexport */ schemas_0/* CreateCloudConnectorResult$ */.KeQ),
  CreateDocument$: () => (/* reexport */ schemas_0/* CreateDocument$ */.gdk),
  CreateDocumentCommand: () => (/* reexport */ CreateDocumentCommand),
  CreateDocumentRequest$: () => (/* reexport */ schemas_0/* CreateDocumentRequest$ */.H0o),
  CreateDocumentResult$: () => (/* reexport */ schemas_0/* CreateDocumentResult$ */.Jr1),
  CreateMaintenanceWindow$: () => (/* reexport */ schemas_0/* CreateMaintenanceWindow$ */._AY),
  CreateMaintenanceWindowCommand: () => (/* reexport */ CreateMaintenanceWindowCommand),
  CreateMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* CreateMaintenanceWindowRequest$ */.PSA),
  CreateMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* CreateMaintenanceWindowResult$ */.xhV),
  CreateOpsItem$: () => (/* reexport */ schemas_0/* CreateOpsItem$ */.mU2),
  CreateOpsItemCommand: () => (/* reexport */ CreateOpsItemCommand),
  CreateOpsItemRequest$: () => (/* reexport */ schemas_0/* CreateOpsItemRequest$ */.noh),
  CreateOpsItemResponse$: () => (/* reexport */ schemas_0/* CreateOpsItemResponse$ */.zP4),
  CreateOpsMetadata$: () => (/* reexport */ schemas_0/* CreateOpsMetadata$ */.KPy),
  CreateOpsMetadataCommand: () => (/* reexport */ CreateOpsMetadataCommand),
  CreateOpsMetadataRequest$: () => (/* reexport */ schemas_0/* CreateOpsMetadataRequest$ */.pGl),
  CreateOpsMetadataResult$: () => (/* reexport */ schemas_0/* CreateOpsMetadataResult$ */.hwB),
  CreatePatchBaseline$: () => (/* reexport */ schemas_0/* CreatePatchBaseline$ */.QGg),
  CreatePatchBaselineCommand: () => (/* reexport */ CreatePatchBaselineCommand),
  CreatePatchBaselineRequest$: () => (/* reexport */ schemas_0/* CreatePatchBaselineRequest$ */.h8S),
  CreatePatchBaselineResult$: () => (/* reexport */ schemas_0/* CreatePatchBaselineResult$ */.T9t),
  CreateResourceDataSync$: () => (/* reexport */ schemas_0/* CreateResourceDataSync$ */.kcj),
  CreateResourceDataSyncCommand: () => (/* reexport */ CreateResourceDataSyncCommand),
  CreateResourceDataSyncRequest$: () => (/* reexport */ schemas_0/* CreateResourceDataSyncRequest$ */.dGp),
  CreateResourceDataSyncResult$: () => (/* reexport */ schemas_0/* CreateResourceDataSyncResult$ */.V8X),
  Credentials$: () => (/* reexport */ schemas_0/* Credentials$ */.RZV),
  CustomSchemaCountLimitExceededException: () => (/* reexport */ errors/* CustomSchemaCountLimitExceededException */.Le),
  CustomSchemaCountLimitExceededException$: () => (/* reexport */ schemas_0/* CustomSchemaCountLimitExceededException$ */.BCK),
  DHMCPermissionModel: () => (/* reexport */ DHMCPermissionModel),
  DeleteActivation$: () => (/* reexport */ schemas_0/* DeleteActivation$ */.Ob6),
  DeleteActivationCommand: () => (/* reexport */ DeleteActivationCommand),
  DeleteActivationRequest$: () => (/* reexport */ schemas_0/* DeleteActivationRequest$ */.n1b),
  DeleteActivationResult$: () => (/* reexport */ schemas_0/* DeleteActivationResult$ */.xu1),
  DeleteAssociation$: () => (/* reexport */ schemas_0/* DeleteAssociation$ */.N$N),
  DeleteAssociationCommand: () => (/* reexport */ DeleteAssociationCommand),
  DeleteAssociationRequest$: () => (/* reexport */ schemas_0/* DeleteAssociationRequest$ */.Ctf),
  DeleteAssociationResult$: () => (/* reexport */ schemas_0/* DeleteAssociationResult$ */.IHL),
  DeleteCloudConnector$: () => (/* reexport */ schemas_0/* DeleteCloudConnector$ */.WjS),
  DeleteCloudConnectorCommand: () => (/* reexport */ DeleteCloudConnectorCommand),
  DeleteCloudConnectorRequest$: () => (/* reexport */ schemas_0/* DeleteCloudConnectorRequest$ */.hk0),
  DeleteCloudConnectorResult$: () => (/* reexport */ schemas_0/* DeleteCloudConnectorResult$ */.fBi),
  DeleteDocument$: () => (/* reexport */ schemas_0/* DeleteDocument$ */.PBe),
  DeleteDocumentCommand: () => (/* reexport */ DeleteDocumentCommand),
  DeleteDocumentRequest$: () => (/* reexport */ schemas_0/* DeleteDocumentRequest$ */.gbu),
  DeleteDocumentResult$: () => (/* reexport */ schemas_0/* DeleteDocumentResult$ */.yR8),
  DeleteInventory$: () => (/* reexport */ schemas_0/* DeleteInventory$ */.MEQ),
  DeleteInventoryCommand: () => (/* reexport */ DeleteInventoryCommand),
  DeleteInventoryRequest$: () => (/* reexport */ schemas_0/* DeleteInventoryRequest$ */.Tlr),
  DeleteInventoryResult$: () => (/* reexport */ schemas_0/* DeleteInventoryResult$ */.J0A),
  DeleteMaintenanceWindow$: () => (/* reexport */ schemas_0/* DeleteMaintenanceWindow$ */.HSF),
  DeleteMaintenanceWindowCommand: () => (/* reexport */ DeleteMaintenanceWindowCommand),
  DeleteMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* DeleteMaintenanceWindowRequest$ */.gqo),
  DeleteMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* DeleteMaintenanceWindowResult$ */.ieP),
  DeleteOpsItem$: () => (/* reexport */ schemas_0/* DeleteOpsItem$ */.Vvo),
  DeleteOpsItemCommand: () => (/* reexport */ DeleteOpsItemCommand),
  DeleteOpsItemRequest$: () => (/* reexport */ schemas_0/* DeleteOpsItemRequest$ */.mP4),
  DeleteOpsItemResponse$: () => (/* reexport */ schemas_0/* DeleteOpsItemResponse$ */.G12),
  DeleteOpsMetadata$: () => (/* reexport */ schemas_0/* DeleteOpsMetadata$ */.VMy),
  DeleteOpsMetadataCommand: () => (/* reexport */ DeleteOpsMetadataCommand),
  DeleteOpsMetadataRequest$: () => (/* reexport */ schemas_0/* DeleteOpsMetadataRequest$ */.uO1),
  DeleteOpsMetadataResult$: () => (/* reexport */ schemas_0/* DeleteOpsMetadataResult$ */.uDB),
  DeleteParameter$: () => (/* reexport */ schemas_0/* DeleteParameter$ */.JLh),
  DeleteParameterCommand: () => (/* reexport */ DeleteParameterCommand),
  DeleteParameterRequest$: () => (/* reexport */ schemas_0/* DeleteParameterRequest$ */.uFB),
  DeleteParameterResult$: () => (/* reexport */ schemas_0/* DeleteParameterResult$ */.CA1),
  DeleteParameters$: () => (/* reexport */ schemas_0/* DeleteParameters$ */.q9B),
  DeleteParametersCommand: () => (/* reexport */ DeleteParametersCommand),
  DeleteParametersRequest$: () => (/* reexport */ schemas_0/* DeleteParametersRequest$ */.$r9),
  DeleteParametersResult$: () => (/* reexport */ schemas_0/* DeleteParametersResult$ */.py1),
  DeletePatchBaseline$: () => (/* reexport */ schemas_0/* DeletePatchBaseline$ */.xMd),
  DeletePatchBaselineCommand: () => (/* reexport */ DeletePatchBaselineCommand),
  DeletePatchBaselineRequest$: () => (/* reexport */ schemas_0/* DeletePatchBaselineRequest$ */.aAT),
  DeletePatchBaselineResult$: () => (/* reexport */ schemas_0/* DeletePatchBaselineResult$ */.aV0),
  DeleteResourceDataSync$: () => (/* reexport */ schemas_0/* DeleteResourceDataSync$ */.fqL),
  DeleteResourceDataSyncCommand: () => (/* reexport */ DeleteResourceDataSyncCommand),
  DeleteResourceDataSyncRequest$: () => (/* reexport */ schemas_0/* DeleteResourceDataSyncRequest$ */.Mg_),
  DeleteResourceDataSyncResult$: () => (/* reexport */ schemas_0/* DeleteResourceDataSyncResult$ */.qcq),
  DeleteResourcePolicy$: () => (/* reexport */ schemas_0/* DeleteResourcePolicy$ */.cfZ),
  DeleteResourcePolicyCommand: () => (/* reexport */ DeleteResourcePolicyCommand),
  DeleteResourcePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyRequest$ */.ra$),
  DeleteResourcePolicyResponse$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyResponse$ */.lgk),
  DeletionMode: () => (/* reexport */ DeletionMode),
  DeregisterDefaultHostManagementConfiguration$: () => (/* reexport */ schemas_0/* DeregisterDefaultHostManagementConfiguration$ */.xv2),
  DeregisterDefaultHostManagementConfigurationCommand: () => (/* reexport */ DeregisterDefaultHostManagementConfigurationCommand),
  DeregisterDefaultHostManagementConfigurationRequest$: () => (/* reexport */ schemas_0/* DeregisterDefaultHostManagementConfigurationRequest$ */.wUN),
  DeregisterDefaultHostManagementConfigurationResult$: () => (/* reexport */ schemas_0/* DeregisterDefaultHostManagementConfigurationResult$ */.cx8),
  DeregisterManagedInstance$: () => (/* reexport */ schemas_0/* DeregisterManagedInstance$ */.TJo),
  DeregisterManagedInstanceCommand: () => (/* reexport */ DeregisterManagedInstanceCommand),
  DeregisterManagedInstanceRequest$: () => (/* reexport */ schemas_0/* DeregisterManagedInstanceRequest$ */.iaS),
  DeregisterManagedInstanceResult$: () => (/* reexport */ schemas_0/* DeregisterManagedInstanceResult$ */.GLv),
  DeregisterPatchBaselineForPatchGroup$: () => (/* reexport */ schemas_0/* DeregisterPatchBaselineForPatchGroup$ */.IcJ),
  DeregisterPatchBaselineForPatchGroupCommand: () => (/* reexport */ DeregisterPatchBaselineForPatchGroupCommand),
  DeregisterPatchBaselineForPatchGroupRequest$: () => (/* reexport */ schemas_0/* DeregisterPatchBaselineForPatchGroupRequest$ */.vr),
  DeregisterPatchBaselineForPatchGroupResult$: () => (/* reexport */ schemas_0/* DeregisterPatchBaselineForPatchGroupResult$ */.vVr),
  DeregisterTargetFromMaintenanceWindow$: () => (/* reexport */ schemas_0/* DeregisterTargetFromMaintenanceWindow$ */.dbM),
  DeregisterTargetFromMaintenanceWindowCommand: () => (/* reexport */ DeregisterTargetFromMaintenanceWindowCommand),
  DeregisterTargetFromMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* DeregisterTargetFromMaintenanceWindowRequest$ */.iv_),
  DeregisterTargetFromMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* DeregisterTargetFromMaintenanceWindowResult$ */.uk5),
  DeregisterTaskFromMaintenanceWindow$: () => (/* reexport */ schemas_0/* DeregisterTaskFromMaintenanceWindow$ */.Vni),
  DeregisterTaskFromMaintenanceWindowCommand: () => (/* reexport */ DeregisterTaskFromMaintenanceWindowCommand),
  DeregisterTaskFromMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* DeregisterTaskFromMaintenanceWindowRequest$ */.caY),
  DeregisterTaskFromMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* DeregisterTaskFromMaintenanceWindowResult$ */.OIh),
  DescribeActivations$: () => (/* reexport */ schemas_0/* DescribeActivations$ */.xzC),
  DescribeActivationsCommand: () => (/* reexport */ DescribeActivationsCommand),
  DescribeActivationsFilter$: () => (/* reexport */ schemas_0/* DescribeActivationsFilter$ */.Dti),
  DescribeActivationsFilterKeys: () => (/* reexport */ DescribeActivationsFilterKeys),
  DescribeActivationsRequest$: () => (/* reexport */ schemas_0/* DescribeActivationsRequest$ */.evQ),
  DescribeActivationsResult$: () => (/* reexport */ schemas_0/* DescribeActivationsResult$ */.YlP),
  DescribeAssociation$: () => (/* reexport */ schemas_0/* DescribeAssociation$ */.nfT),
  DescribeAssociationCommand: () => (/* reexport */ DescribeAssociationCommand),
  DescribeAssociationExecutionTargets$: () => (/* reexport */ schemas_0/* DescribeAssociationExecutionTargets$ */.nd4),
  DescribeAssociationExecutionTargetsCommand: () => (/* reexport */ DescribeAssociationExecutionTargetsCommand),
  DescribeAssociationExecutionTargetsRequest$: () => (/* reexport */ schemas_0/* DescribeAssociationExecutionTargetsRequest$ */.Csb),
  DescribeAssociationExecutionTargetsResult$: () => (/* reexport */ schemas_0/* DescribeAssociationExecutionTargetsResult$ */.KpW),
  DescribeAssociationExecutions$: () => (/* reexport */ schemas_0/* DescribeAssociationExecutions$ */.Kc1),
  DescribeAssociationExecutionsCommand: () => (/* reexport */ DescribeAssociationExecutionsCommand),
  DescribeAssociationExecutionsRequest$: () => (/* reexport */ schemas_0/* DescribeAssociationExecutionsRequest$ */.jm1),
  DescribeAssociationExecutionsResult$: () => (/* reexport */ schemas_0/* DescribeAssociationExecutionsResult$ */.Pm5),
  DescribeAssociationRequest$: () => (/* reexport */ schemas_0/* DescribeAssociationRequest$ */.Cqz),
  DescribeAssociationResult$: () => (/* reexport */ schemas_0/* DescribeAssociationResult$ */.xj9),
  DescribeAutomationExecutions$: () => (/* reexport */ schemas_0/* DescribeAutomationExecutions$ */.sv3),
  DescribeAutomationExecutionsCommand: () => (/* reexport */ DescribeAutomationExecutionsCommand),
  DescribeAutomationExecutionsRequest$: () => (/* reexport */ schemas_0/* DescribeAutomationExecutionsRequest$ */.lbT),
  DescribeAutomationExecutionsResult$: () => (/* reexport */ schemas_0/* DescribeAutomationExecutionsResult$ */.HGc),
  DescribeAutomationStepExecutions$: () => (/* reexport */ schemas_0/* DescribeAutomationStepExecutions$ */.Kdw),
  DescribeAutomationStepExecutionsCommand: () => (/* reexport */ DescribeAutomationStepExecutionsCommand),
  DescribeAutomationStepExecutionsRequest$: () => (/* reexport */ schemas_0/* DescribeAutomationStepExecutionsRequest$ */.Ncr),
  DescribeAutomationStepExecutionsResult$: () => (/* reexport */ schemas_0/* DescribeAutomationStepExecutionsResult$ */.hWc),
  DescribeAvailablePatches$: () => (/* reexport */ schemas_0/* DescribeAvailablePatches$ */.hYu),
  DescribeAvailablePatchesCommand: () => (/* reexport */ DescribeAvailablePatchesCommand),
  DescribeAvailablePatchesRequest$: () => (/* reexport */ schemas_0/* DescribeAvailablePatchesRequest$ */.Y7i),
  DescribeAvailablePatchesResult$: () => (/* reexport */ schemas_0/* DescribeAvailablePatchesResult$ */.YW2),
  DescribeDocument$: () => (/* reexport */ schemas_0/* DescribeDocument$ */.t$r),
  DescribeDocumentCommand: () => (/* reexport */ DescribeDocumentCommand),
  DescribeDocumentPermission$: () => (/* reexport */ schemas_0/* DescribeDocumentPermission$ */.CLC),
  DescribeDocumentPermissionCommand: () => (/* reexport */ DescribeDocumentPermissionCommand),
  DescribeDocumentPermissionRequest$: () => (/* reexport */ schemas_0/* DescribeDocumentPermissionRequest$ */.JYm),
  DescribeDocumentPermissionResponse$: () => (/* reexport */ schemas_0/* DescribeDocumentPermissionResponse$ */.XQB),
  DescribeDocumentRequest$: () => (/* reexport */ schemas_0/* DescribeDocumentRequest$ */.Gl9),
  DescribeDocumentResult$: () => (/* reexport */ schemas_0/* DescribeDocumentResult$ */.IJO),
  DescribeEffectiveInstanceAssociations$: () => (/* reexport */ schemas_0/* DescribeEffectiveInstanceAssociations$ */.aXm),
  DescribeEffectiveInstanceAssociationsCommand: () => (/* reexport */ DescribeEffectiveInstanceAssociationsCommand),
  DescribeEffectiveInstanceAssociationsRequest$: () => (/* reexport */ schemas_0/* DescribeEffectiveInstanceAssociationsRequest$ */.JGL),
  DescribeEffectiveInstanceAssociationsResult$: () => (/* reexport */ schemas_0/* DescribeEffectiveInstanceAssociationsResult$ */.rj6),
  DescribeEffectivePatchesForPatchBaseline$: () => (/* reexport */ schemas_0/* DescribeEffectivePatchesForPatchBaseline$ */.pzC),
  DescribeEffectivePatchesForPatchBaselineCommand: () => (/* reexport */ DescribeEffectivePatchesForPatchBaselineCommand),
  DescribeEffectivePatchesForPatchBaselineRequest$: () => (/* reexport */ schemas_0/* DescribeEffectivePatchesForPatchBaselineRequest$ */.Uc2),
  DescribeEffectivePatchesForPatchBaselineResult$: () => (/* reexport */ schemas_0/* DescribeEffectivePatchesForPatchBaselineResult$ */.y_$),
  DescribeInstanceAssociationsStatus$: () => (/* reexport */ schemas_0/* DescribeInstanceAssociationsStatus$ */.nKj),
  DescribeInstanceAssociationsStatusCommand: () => (/* reexport */ DescribeInstanceAssociationsStatusCommand),
  DescribeInstanceAssociationsStatusRequest$: () => (/* reexport */ schemas_0/* DescribeInstanceAssociationsStatusRequest$ */.ur8),
  DescribeInstanceAssociationsStatusResult$: () => (/* reexport */ schemas_0/* DescribeInstanceAssociationsStatusResult$ */._mg),
  DescribeInstanceInformation$: () => (/* reexport */ schemas_0/* DescribeInstanceInformation$ */.DDy),
  DescribeInstanceInformationCommand: () => (/* reexport */ DescribeInstanceInformationCommand),
  DescribeInstanceInformationRequest$: () => (/* reexport */ schemas_0/* DescribeInstanceInformationRequest$ */._8V),
  DescribeInstanceInformationResult$: () => (/* reexport */ schemas_0/* DescribeInstanceInformationResult$ */.a$j),
  DescribeInstancePatchStates$: () => (/* reexport */ schemas_0/* DescribeInstancePatchStates$ */.DWe),
  DescribeInstancePatchStatesCommand: () => (/* reexport */ DescribeInstancePatchStatesCommand),
  DescribeInstancePatchStatesForPatchGroup$: () => (/* reexport */ schemas_0/* DescribeInstancePatchStatesForPatchGroup$ */.$_d),
  DescribeInstancePatchStatesForPatchGroupCommand: () => (/* reexport */ DescribeInstancePatchStatesForPatchGroupCommand),
  DescribeInstancePatchStatesForPatchGroupRequest$: () => (/* reexport */ schemas_0/* DescribeInstancePatchStatesForPatchGroupRequest$ */.iTJ),
  DescribeInstancePatchStatesForPatchGroupResult$: () => (/* reexport */ schemas_0/* DescribeInstancePatchStatesForPatchGroupResult$ */.svo),
  DescribeInstancePatchStatesRequest$: () => (/* reexport */ schemas_0/* DescribeInstancePatchStatesRequest$ */.aR3),
  DescribeInstancePatchStatesResult$: () => (/* reexport */ schemas_0/* DescribeInstancePatchStatesResult$ */.k3R),
  DescribeInstancePatches$: () => (/* reexport */ schemas_0/* DescribeInstancePatches$ */.Tje),
  DescribeInstancePatchesCommand: () => (/* reexport */ DescribeInstancePatchesCommand),
  DescribeInstancePatchesRequest$: () => (/* reexport */ schemas_0/* DescribeInstancePatchesRequest$ */.q_u),
  DescribeInstancePatchesResult$: () => (/* reexport */ schemas_0/* DescribeInstancePatchesResult$ */.Ii_),
  DescribeInstanceProperties$: () => (/* reexport */ schemas_0/* DescribeInstanceProperties$ */.avD),
  DescribeInstancePropertiesCommand: () => (/* reexport */ DescribeInstancePropertiesCommand),
  DescribeInstancePropertiesRequest$: () => (/* reexport */ schemas_0/* DescribeInstancePropertiesRequest$ */.J8S),
  DescribeInstancePropertiesResult$: () => (/* reexport */ schemas_0/* DescribeInstancePropertiesResult$ */.Fa6),
  DescribeInventoryDeletions$: () => (/* reexport */ schemas_0/* DescribeInventoryDeletions$ */.vzN),
  DescribeInventoryDeletionsCommand: () => (/* reexport */ DescribeInventoryDeletionsCommand),
  DescribeInventoryDeletionsRequest$: () => (/* reexport */ schemas_0/* DescribeInventoryDeletionsRequest$ */.sps),
  DescribeInventoryDeletionsResult$: () => (/* reexport */ schemas_0/* DescribeInventoryDeletionsResult$ */.okw),
  DescribeMaintenanceWindowExecutionTaskInvocations$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionTaskInvocations$ */.B50),
  DescribeMaintenanceWindowExecutionTaskInvocationsCommand: () => (/* reexport */ DescribeMaintenanceWindowExecutionTaskInvocationsCommand),
  DescribeMaintenanceWindowExecutionTaskInvocationsRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionTaskInvocationsRequest$ */.uNy),
  DescribeMaintenanceWindowExecutionTaskInvocationsResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionTaskInvocationsResult$ */.amb),
  DescribeMaintenanceWindowExecutionTasks$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionTasks$ */.FIb),
  DescribeMaintenanceWindowExecutionTasksCommand: () => (/* reexport */ DescribeMaintenanceWindowExecutionTasksCommand),
  DescribeMaintenanceWindowExecutionTasksRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionTasksRequest$ */.W6R),
  DescribeMaintenanceWindowExecutionTasksResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionTasksResult$ */.Kbi),
  DescribeMaintenanceWindowExecutions$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutions$ */.Csl),
  DescribeMaintenanceWindowExecutionsCommand: () => (/* reexport */ DescribeMaintenanceWindowExecutionsCommand),
  DescribeMaintenanceWindowExecutionsRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionsRequest$ */.Vpr),
  DescribeMaintenanceWindowExecutionsResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowExecutionsResult$ */.RL4),
  DescribeMaintenanceWindowSchedule$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowSchedule$ */.gM2),
  DescribeMaintenanceWindowScheduleCommand: () => (/* reexport */ DescribeMaintenanceWindowScheduleCommand),
  DescribeMaintenanceWindowScheduleRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowScheduleRequest$ */.Pj$),
  DescribeMaintenanceWindowScheduleResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowScheduleResult$ */.n9b),
  DescribeMaintenanceWindowTargets$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowTargets$ */.lok),
  DescribeMaintenanceWindowTargetsCommand: () => (/* reexport */ DescribeMaintenanceWindowTargetsCommand),
  DescribeMaintenanceWindowTargetsRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowTargetsRequest$ */.QfX),
  DescribeMaintenanceWindowTargetsResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowTargetsResult$ */.ml7),
  DescribeMaintenanceWindowTasks$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowTasks$ */.j$8),
  DescribeMaintenanceWindowTasksCommand: () => (/* reexport */ DescribeMaintenanceWindowTasksCommand),
  DescribeMaintenanceWindowTasksRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowTasksRequest$ */.EzO),
  DescribeMaintenanceWindowTasksResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowTasksResult$ */.m5E),
  DescribeMaintenanceWindows$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindows$ */.AjW),
  DescribeMaintenanceWindowsCommand: () => (/* reexport */ DescribeMaintenanceWindowsCommand),
  DescribeMaintenanceWindowsForTarget$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowsForTarget$ */.UQy),
  DescribeMaintenanceWindowsForTargetCommand: () => (/* reexport */ DescribeMaintenanceWindowsForTargetCommand),
  DescribeMaintenanceWindowsForTargetRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowsForTargetRequest$ */.R2U),
  DescribeMaintenanceWindowsForTargetResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowsForTargetResult$ */.V6C),
  DescribeMaintenanceWindowsRequest$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowsRequest$ */.Zff),
  DescribeMaintenanceWindowsResult$: () => (/* reexport */ schemas_0/* DescribeMaintenanceWindowsResult$ */.lXh),
  DescribeOpsItems$: () => (/* reexport */ schemas_0/* DescribeOpsItems$ */.Ih_),
  DescribeOpsItemsCommand: () => (/* reexport */ DescribeOpsItemsCommand),
  DescribeOpsItemsRequest$: () => (/* reexport */ schemas_0/* DescribeOpsItemsRequest$ */.LiM),
  DescribeOpsItemsResponse$: () => (/* reexport */ schemas_0/* DescribeOpsItemsResponse$ */.jZ8),
  DescribeParameters$: () => (/* reexport */ schemas_0/* DescribeParameters$ */.Ck2),
  DescribeParametersCommand: () => (/* reexport */ DescribeParametersCommand),
  DescribeParametersRequest$: () => (/* reexport */ schemas_0/* DescribeParametersRequest$ */.nQO),
  DescribeParametersResult$: () => (/* reexport */ schemas_0/* DescribeParametersResult$ */.RDP),
  DescribePatchBaselines$: () => (/* reexport */ schemas_0/* DescribePatchBaselines$ */.CXv),
  DescribePatchBaselinesCommand: () => (/* reexport */ DescribePatchBaselinesCommand),
  DescribePatchBaselinesRequest$: () => (/* reexport */ schemas_0/* DescribePatchBaselinesRequest$ */.BYB),
  DescribePatchBaselinesResult$: () => (/* reexport */ schemas_0/* DescribePatchBaselinesResult$ */.Bmq),
  DescribePatchGroupState$: () => (/* reexport */ schemas_0/* DescribePatchGroupState$ */.kEz),
  DescribePatchGroupStateCommand: () => (/* reexport */ DescribePatchGroupStateCommand),
  DescribePatchGroupStateRequest$: () => (/* reexport */ schemas_0/* DescribePatchGroupStateRequest$ */.hUR),
  DescribePatchGroupStateResult$: () => (/* reexport */ schemas_0/* DescribePatchGroupStateResult$ */.t6W),
  DescribePatchGroups$: () => (/* reexport */ schemas_0/* DescribePatchGroups$ */.mvg),
  DescribePatchGroupsCommand: () => (/* reexport */ DescribePatchGroupsCommand),
  DescribePatchGroupsRequest$: () => (/* reexport */ schemas_0/* DescribePatchGroupsRequest$ */.V4y),
  DescribePatchGroupsResult$: () => (/* reexport */ schemas_0/* DescribePatchGroupsResult$ */.b3x),
  DescribePatchProperties$: () => (/* reexport */ schemas_0/* DescribePatchProperties$ */.b9J),
  DescribePatchPropertiesCommand: () => (/* reexport */ DescribePatchPropertiesCommand),
  DescribePatchPropertiesRequest$: () => (/* reexport */ schemas_0/* DescribePatchPropertiesRequest$ */.kLG),
  DescribePatchPropertiesResult$: () => (/* reexport */ schemas_0/* DescribePatchPropertiesResult$ */.OXj),
  DescribeSessions$: () => (/* reexport */ schemas_0/* DescribeSessions$ */.lv0),
  DescribeSessionsCommand: () => (/* reexport */ DescribeSessionsCommand),
  DescribeSessionsRequest$: () => (/* reexport */ schemas_0/* DescribeSessionsRequest$ */.Myl),
  DescribeSessionsResponse$: () => (/* reexport */ schemas_0/* DescribeSessionsResponse$ */.yJD),
  DisassociateOpsItemRelatedItem$: () => (/* reexport */ schemas_0/* DisassociateOpsItemRelatedItem$ */.Q_h),
  DisassociateOpsItemRelatedItemCommand: () => (/* reexport */ DisassociateOpsItemRelatedItemCommand),
  DisassociateOpsItemRelatedItemRequest$: () => (/* reexport */ schemas_0/* DisassociateOpsItemRelatedItemRequest$ */.DnV),
  DisassociateOpsItemRelatedItemResponse$: () => (/* reexport */ schemas_0/* DisassociateOpsItemRelatedItemResponse$ */.P0H),
  DocumentAlreadyExists: () => (/* reexport */ errors/* DocumentAlreadyExists */.Kc),
  DocumentAlreadyExists$: () => (/* reexport */ schemas_0/* DocumentAlreadyExists$ */._q8),
  DocumentDefaultVersionDescription$: () => (/* reexport */ schemas_0/* DocumentDefaultVersionDescription$ */.JSb),
  DocumentDescription$: () => (/* reexport */ schemas_0/* DocumentDescription$ */.cub),
  DocumentFilter$: () => (/* reexport */ schemas_0/* DocumentFilter$ */.Qms),
  DocumentFilterKey: () => (/* reexport */ DocumentFilterKey),
  DocumentFormat: () => (/* reexport */ DocumentFormat),
  DocumentHashType: () => (/* reexport */ DocumentHashType),
  DocumentIdentifier$: () => (/* reexport */ schemas_0/* DocumentIdentifier$ */.PZq),
  DocumentKeyValuesFilter$: () => (/* reexport */ schemas_0/* DocumentKeyValuesFilter$ */.bHz),
  DocumentLimitExceeded: () => (/* reexport */ errors/* DocumentLimitExceeded */.a1),
  DocumentLimitExceeded$: () => (/* reexport */ schemas_0/* DocumentLimitExceeded$ */.MCA),
  DocumentMetadataEnum: () => (/* reexport */ DocumentMetadataEnum),
  DocumentMetadataResponseInfo$: () => (/* reexport */ schemas_0/* DocumentMetadataResponseInfo$ */.QYW),
  DocumentParameter$: () => (/* reexport */ schemas_0/* DocumentParameter$ */.FSh),
  DocumentParameterType: () => (/* reexport */ DocumentParameterType),
  DocumentPermissionLimit: () => (/* reexport */ errors/* DocumentPermissionLimit */.gI),
  DocumentPermissionLimit$: () => (/* reexport */ schemas_0/* DocumentPermissionLimit$ */.UwE),
  DocumentPermissionType: () => (/* reexport */ DocumentPermissionType),
  DocumentRequires$: () => (/* reexport */ schemas_0/* DocumentRequires$ */.QRH),
  DocumentReviewAction: () => (/* reexport */ DocumentReviewAction),
  DocumentReviewCommentSource$: () => (/* reexport */ schemas_0/* DocumentReviewCommentSource$ */.gLR),
  DocumentReviewCommentType: () => (/* reexport */ DocumentReviewCommentType),
  DocumentReviewerResponseSource$: () => (/* reexport */ schemas_0/* DocumentReviewerResponseSource$ */.D0A),
  DocumentReviews$: () => (/* reexport */ schemas_0/* DocumentReviews$ */.tpD),
  DocumentStatus: () => (/* reexport */ DocumentStatus),
  DocumentType: () => (/* reexport */ DocumentType),
  DocumentVersionInfo$: () => (/* reexport */ schemas_0/* DocumentVersionInfo$ */.GGE),
  DocumentVersionLimitExceeded: () => (/* reexport */ errors/* DocumentVersionLimitExceeded */.Uc),
  DocumentVersionLimitExceeded$: () => (/* reexport */ schemas_0/* DocumentVersionLimitExceeded$ */.aVr),
  DoesNotExistException: () => (/* reexport */ errors/* DoesNotExistException */.Ns),
  DoesNotExistException$: () => (/* reexport */ schemas_0/* DoesNotExistException$ */.RJi),
  DuplicateDocumentContent: () => (/* reexport */ errors/* DuplicateDocumentContent */.ML),
  DuplicateDocumentContent$: () => (/* reexport */ schemas_0/* DuplicateDocumentContent$ */.glQ),
  DuplicateDocumentVersionName: () => (/* reexport */ errors/* DuplicateDocumentVersionName */.GJ),
  DuplicateDocumentVersionName$: () => (/* reexport */ schemas_0/* DuplicateDocumentVersionName$ */.uv9),
  DuplicateInstanceId: () => (/* reexport */ errors/* DuplicateInstanceId */.wP),
  DuplicateInstanceId$: () => (/* reexport */ schemas_0/* DuplicateInstanceId$ */.EB8),
  EffectivePatch$: () => (/* reexport */ schemas_0/* EffectivePatch$ */.WAG),
  ExecutionInputs$: () => (/* reexport */ schemas_0/* ExecutionInputs$ */.Y$N),
  ExecutionMode: () => (/* reexport */ ExecutionMode),
  ExecutionPreview$: () => (/* reexport */ schemas_0/* ExecutionPreview$ */.zBf),
  ExecutionPreviewStatus: () => (/* reexport */ ExecutionPreviewStatus),
  ExternalAlarmState: () => (/* reexport */ ExternalAlarmState),
  FailedCreateAssociation$: () => (/* reexport */ schemas_0/* FailedCreateAssociation$ */.hcZ),
  FailureDetails$: () => (/* reexport */ schemas_0/* FailureDetails$ */.JJV),
  Fault: () => (/* reexport */ Fault),
  FeatureNotAvailableException: () => (/* reexport */ errors/* FeatureNotAvailableException */.QQ),
  FeatureNotAvailableException$: () => (/* reexport */ schemas_0/* FeatureNotAvailableException$ */.QY7),
  GcpConfiguration$: () => (/* reexport */ schemas_0/* GcpConfiguration$ */.b6k),
  GcpConfigurationTargets$: () => (/* reexport */ schemas_0/* GcpConfigurationTargets$ */.Bn6),
  GcpProject$: () => (/* reexport */ schemas_0/* GcpProject$ */.GtZ),
  GetAccessToken$: () => (/* reexport */ schemas_0/* GetAccessToken$ */.mVw),
  GetAccessTokenCommand: () => (/* reexport */ GetAccessTokenCommand),
  GetAccessTokenRequest$: () => (/* reexport */ schemas_0/* GetAccessTokenRequest$ */.v1w),
  GetAccessTokenResponse$: () => (/* reexport */ schemas_0/* GetAccessTokenResponse$ */.ZP8),
  GetAutomationExecution$: () => (/* reexport */ schemas_0/* GetAutomationExecution$ */._1N),
  GetAutomationExecutionCommand: () => (/* reexport */ GetAutomationExecutionCommand),
  GetAutomationExecutionRequest$: () => (/* reexport */ schemas_0/* GetAutomationExecutionRequest$ */.ls3),
  GetAutomationExecutionResult$: () => (/* reexport */ schemas_0/* GetAutomationExecutionResult$ */.PVq),
  GetCalendarState$: () => (/* reexport */ schemas_0/* GetCalendarState$ */.ip3),
  GetCalendarStateCommand: () => (/* reexport */ GetCalendarStateCommand),
  GetCalendarStateRequest$: () => (/* reexport */ schemas_0/* GetCalendarStateRequest$ */.R6B),
  GetCalendarStateResponse$: () => (/* reexport */ schemas_0/* GetCalendarStateResponse$ */.nSf),
  GetCloudConnector$: () => (/* reexport */ schemas_0/* GetCloudConnector$ */.NgW),
  GetCloudConnectorCommand: () => (/* reexport */ GetCloudConnectorCommand),
  GetCloudConnectorRequest$: () => (/* reexport */ schemas_0/* GetCloudConnectorRequest$ */.E1m),
  GetCloudConnectorResult$: () => (/* reexport */ schemas_0/* GetCloudConnectorResult$ */.iBQ),
  GetCommandInvocation$: () => (/* reexport */ schemas_0/* GetCommandInvocation$ */.Muv),
  GetCommandInvocationCommand: () => (/* reexport */ GetCommandInvocationCommand),
  GetCommandInvocationRequest$: () => (/* reexport */ schemas_0/* GetCommandInvocationRequest$ */.hU7),
  GetCommandInvocationResult$: () => (/* reexport */ schemas_0/* GetCommandInvocationResult$ */.bLl),
  GetConnectionStatus$: () => (/* reexport */ schemas_0/* GetConnectionStatus$ */.VPh),
  GetConnectionStatusCommand: () => (/* reexport */ GetConnectionStatusCommand),
  GetConnectionStatusRequest$: () => (/* reexport */ schemas_0/* GetConnectionStatusRequest$ */.wMP),
  GetConnectionStatusResponse$: () => (/* reexport */ schemas_0/* GetConnectionStatusResponse$ */.YUj),
  GetDefaultPatchBaseline$: () => (/* reexport */ schemas_0/* GetDefaultPatchBaseline$ */.zYd),
  GetDefaultPatchBaselineCommand: () => (/* reexport */ GetDefaultPatchBaselineCommand),
  GetDefaultPatchBaselineRequest$: () => (/* reexport */ schemas_0/* GetDefaultPatchBaselineRequest$ */._HB),
  GetDefaultPatchBaselineResult$: () => (/* reexport */ schemas_0/* GetDefaultPatchBaselineResult$ */.Ufl),
  GetDeployablePatchSnapshotForInstance$: () => (/* reexport */ schemas_0/* GetDeployablePatchSnapshotForInstance$ */.wGX),
  GetDeployablePatchSnapshotForInstanceCommand: () => (/* reexport */ GetDeployablePatchSnapshotForInstanceCommand),
  GetDeployablePatchSnapshotForInstanceRequest$: () => (/* reexport */ schemas_0/* GetDeployablePatchSnapshotForInstanceRequest$ */.BSM),
  GetDeployablePatchSnapshotForInstanceResult$: () => (/* reexport */ schemas_0/* GetDeployablePatchSnapshotForInstanceResult$ */.T$L),
  GetDocument$: () => (/* reexport */ schemas_0/* GetDocument$ */["if"]),
  GetDocumentCommand: () => (/* reexport */ GetDocumentCommand),
  GetDocumentRequest$: () => (/* reexport */ schemas_0/* GetDocumentRequest$ */.lK9),
  GetDocumentResult$: () => (/* reexport */ schemas_0/* GetDocumentResult$ */.bbx),
  GetExecutionPreview$: () => (/* reexport */ schemas_0/* GetExecutionPreview$ */.Pkg),
  GetExecutionPreviewCommand: () => (/* reexport */ GetExecutionPreviewCommand),
  GetExecutionPreviewRequest$: () => (/* reexport */ schemas_0/* GetExecutionPreviewRequest$ */.oAt),
  GetExecutionPreviewResponse$: () => (/* reexport */ schemas_0/* GetExecutionPreviewResponse$ */.Ch2),
  GetInventory$: () => (/* reexport */ schemas_0/* GetInventory$ */.Ly8),
  GetInventoryCommand: () => (/* reexport */ GetInventoryCommand),
  GetInventoryRequest$: () => (/* reexport */ schemas_0/* GetInventoryRequest$ */.WFe),
  GetInventoryResult$: () => (/* reexport */ schemas_0/* GetInventoryResult$ */.q6n),
  GetInventorySchema$: () => (/* reexport */ schemas_0/* GetInventorySchema$ */.Aw$),
  GetInventorySchemaCommand: () => (/* reexport */ GetInventorySchemaCommand),
  GetInventorySchemaRequest$: () => (/* reexport */ schemas_0/* GetInventorySchemaRequest$ */.l4q),
  GetInventorySchemaResult$: () => (/* reexport */ schemas_0/* GetInventorySchemaResult$ */.Xns),
  GetMaintenanceWindow$: () => (/* reexport */ schemas_0/* GetMaintenanceWindow$ */.gGN),
  GetMaintenanceWindowCommand: () => (/* reexport */ GetMaintenanceWindowCommand),
  GetMaintenanceWindowExecution$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecution$ */.uac),
  GetMaintenanceWindowExecutionCommand: () => (/* reexport */ GetMaintenanceWindowExecutionCommand),
  GetMaintenanceWindowExecutionRequest$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionRequest$ */.zwK),
  GetMaintenanceWindowExecutionResult$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionResult$ */.pj4),
  GetMaintenanceWindowExecutionTask$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionTask$ */.voe),
  GetMaintenanceWindowExecutionTaskCommand: () => (/* reexport */ GetMaintenanceWindowExecutionTaskCommand),
  GetMaintenanceWindowExecutionTaskInvocation$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionTaskInvocation$ */.lMK),
  GetMaintenanceWindowExecutionTaskInvocationCommand: () => (/* reexport */ GetMaintenanceWindowExecutionTaskInvocationCommand),
  GetMaintenanceWindowExecutionTaskInvocationRequest$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionTaskInvocationRequest$ */.Ccm),
  GetMaintenanceWindowExecutionTaskInvocationResult$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionTaskInvocationResult$ */.ijA),
  GetMaintenanceWindowExecutionTaskRequest$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionTaskRequest$ */.Cp2),
  GetMaintenanceWindowExecutionTaskResult$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowExecutionTaskResult$ */.Kkp),
  GetMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowRequest$ */.$9T),
  GetMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowResult$ */.dwG),
  GetMaintenanceWindowTask$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowTask$ */.Fo),
  GetMaintenanceWindowTaskCommand: () => (/* reexport */ GetMaintenanceWindowTaskCommand),
  GetMaintenanceWindowTaskRequest$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowTaskRequest$ */.WoM),
  GetMaintenanceWindowTaskResult$: () => (/* reexport */ schemas_0/* GetMaintenanceWindowTaskResult$ */.al9),
  GetOpsItem$: () => (/* reexport */ schemas_0/* GetOpsItem$ */.oyT),
  GetOpsItemCommand: () => (/* reexport */ GetOpsItemCommand),
  GetOpsItemRequest$: () => (/* reexport */ schemas_0/* GetOpsItemRequest$ */.BqL),
  GetOpsItemResponse$: () => (/* reexport */ schemas_0/* GetOpsItemResponse$ */.Zfl),
  GetOpsMetadata$: () => (/* reexport */ schemas_0/* GetOpsMetadata$ */.e6z),
  GetOpsMetadataCommand: () => (/* reexport */ GetOpsMetadataCommand),
  GetOpsMetadataRequest$: () => (/* reexport */ schemas_0/* GetOpsMetadataRequest$ */.no9),
  GetOpsMetadataResult$: () => (/* reexport */ schemas_0/* GetOpsMetadataResult$ */.V7_),
  GetOpsSummary$: () => (/* reexport */ schemas_0/* GetOpsSummary$ */.rRJ),
  GetOpsSummaryCommand: () => (/* reexport */ GetOpsSummaryCommand),
  GetOpsSummaryRequest$: () => (/* reexport */ schemas_0/* GetOpsSummaryRequest$ */.uWT),
  GetOpsSummaryResult$: () => (/* reexport */ schemas_0/* GetOpsSummaryResult$ */.MAM),
  GetParameter$: () => (/* reexport */ schemas_0/* GetParameter$ */.unS),
  GetParameterCommand: () => (/* reexport */ GetParameterCommand/* GetParameterCommand */.l),
  GetParameterHistory$: () => (/* reexport */ schemas_0/* GetParameterHistory$ */.S1c),
  GetParameterHistoryCommand: () => (/* reexport */ GetParameterHistoryCommand),
  GetParameterHistoryRequest$: () => (/* reexport */ schemas_0/* GetParameterHistoryRequest$ */.tYU),
  GetParameterHistoryResult$: () => (/* reexport */ schemas_0/* GetParameterHistoryResult$ */.H3R),
  GetParameterRequest$: () => (/* reexport */ schemas_0/* GetParameterRequest$ */.RkK),
  GetParameterResult$: () => (/* reexport */ schemas_0/* GetParameterResult$ */.TrP),
  GetParameters$: () => (/* reexport */ schemas_0/* GetParameters$ */.h6Z),
  GetParametersByPath$: () => (/* reexport */ schemas_0/* GetParametersByPath$ */.RNT),
  GetParametersByPathCommand: () => (/* reexport */ GetParametersByPathCommand),
  GetParametersByPathRequest$: () => (/* reexport */ schemas_0/* GetParametersByPathRequest$ */._bg),
  GetParametersByPathResult$: () => (/* reexport */ schemas_0/* GetParametersByPathResult$ */.AJC),
  GetParametersCommand: () => (/* reexport */ GetParametersCommand),
  GetParametersRequest$: () => (/* reexport */ schemas_0/* GetParametersRequest$ */.KOw),
  GetParametersResult$: () => (/* reexport */ schemas_0/* GetParametersResult$ */.SXO),
  GetPatchBaseline$: () => (/* reexport */ schemas_0/* GetPatchBaseline$ */.A9p),
  GetPatchBaselineCommand: () => (/* reexport */ GetPatchBaselineCommand),
  GetPatchBaselineForPatchGroup$: () => (/* reexport */ schemas_0/* GetPatchBaselineForPatchGroup$ */.Qiu),
  GetPatchBaselineForPatchGroupCommand: () => (/* reexport */ GetPatchBaselineForPatchGroupCommand),
  GetPatchBaselineForPatchGroupRequest$: () => (/* reexport */ schemas_0/* GetPatchBaselineForPatchGroupRequest$ */.Ro_),
  GetPatchBaselineForPatchGroupResult$: () => (/* reexport */ schemas_0/* GetPatchBaselineForPatchGroupResult$ */.fbb),
  GetPatchBaselineRequest$: () => (/* reexport */ schemas_0/* GetPatchBaselineRequest$ */.hdb),
  GetPatchBaselineResult$: () => (/* reexport */ schemas_0/* GetPatchBaselineResult$ */.x7N),
  GetResourcePolicies$: () => (/* reexport */ schemas_0/* GetResourcePolicies$ */.lFw),
  GetResourcePoliciesCommand: () => (/* reexport */ GetResourcePoliciesCommand),
  GetResourcePoliciesRequest$: () => (/* reexport */ schemas_0/* GetResourcePoliciesRequest$ */.uzd),
  GetResourcePoliciesResponse$: () => (/* reexport */ schemas_0/* GetResourcePoliciesResponse$ */.CF_),
  GetResourcePoliciesResponseEntry$: () => (/* reexport */ schemas_0/* GetResourcePoliciesResponseEntry$ */.eV_),
  GetServiceSetting$: () => (/* reexport */ schemas_0/* GetServiceSetting$ */._96),
  GetServiceSettingCommand: () => (/* reexport */ GetServiceSettingCommand),
  GetServiceSettingRequest$: () => (/* reexport */ schemas_0/* GetServiceSettingRequest$ */.XXw),
  GetServiceSettingResult$: () => (/* reexport */ schemas_0/* GetServiceSettingResult$ */.xcW),
  HierarchyLevelLimitExceededException: () => (/* reexport */ errors/* HierarchyLevelLimitExceededException */.hi),
  HierarchyLevelLimitExceededException$: () => (/* reexport */ schemas_0/* HierarchyLevelLimitExceededException$ */.d1q),
  HierarchyTypeMismatchException: () => (/* reexport */ errors/* HierarchyTypeMismatchException */.ZM),
  HierarchyTypeMismatchException$: () => (/* reexport */ schemas_0/* HierarchyTypeMismatchException$ */.j8G),
  IdempotentParameterMismatch: () => (/* reexport */ errors/* IdempotentParameterMismatch */.bj),
  IdempotentParameterMismatch$: () => (/* reexport */ schemas_0/* IdempotentParameterMismatch$ */.Xyc),
  ImpactType: () => (/* reexport */ ImpactType),
  IncompatiblePolicyException: () => (/* reexport */ errors/* IncompatiblePolicyException */.XC),
  IncompatiblePolicyException$: () => (/* reexport */ schemas_0/* IncompatiblePolicyException$ */.Xf$),
  InstanceAggregatedAssociationOverview$: () => (/* reexport */ schemas_0/* InstanceAggregatedAssociationOverview$ */.Z74),
  InstanceAssociation$: () => (/* reexport */ schemas_0/* InstanceAssociation$ */.nIG),
  InstanceAssociationOutputLocation$: () => (/* reexport */ schemas_0/* InstanceAssociationOutputLocation$ */.PH4),
  InstanceAssociationOutputUrl$: () => (/* reexport */ schemas_0/* InstanceAssociationOutputUrl$ */.fIV),
  InstanceAssociationStatusInfo$: () => (/* reexport */ schemas_0/* InstanceAssociationStatusInfo$ */.xyE),
  InstanceInfo$: () => (/* reexport */ schemas_0/* InstanceInfo$ */.epW),
  InstanceInformation$: () => (/* reexport */ schemas_0/* InstanceInformation$ */.eYM),
  InstanceInformationFilter$: () => (/* reexport */ schemas_0/* InstanceInformationFilter$ */.Cjx),
  InstanceInformationFilterKey: () => (/* reexport */ InstanceInformationFilterKey),
  InstanceInformationStringFilter$: () => (/* reexport */ schemas_0/* InstanceInformationStringFilter$ */.X$P),
  InstancePatchState$: () => (/* reexport */ schemas_0/* InstancePatchState$ */.bik),
  InstancePatchStateFilter$: () => (/* reexport */ schemas_0/* InstancePatchStateFilter$ */.xAT),
  InstancePatchStateOperatorType: () => (/* reexport */ InstancePatchStateOperatorType),
  InstanceProperty$: () => (/* reexport */ schemas_0/* InstanceProperty$ */.TDP),
  InstancePropertyFilter$: () => (/* reexport */ schemas_0/* InstancePropertyFilter$ */.PUX),
  InstancePropertyFilterKey: () => (/* reexport */ InstancePropertyFilterKey),
  InstancePropertyFilterOperator: () => (/* reexport */ InstancePropertyFilterOperator),
  InstancePropertyStringFilter$: () => (/* reexport */ schemas_0/* InstancePropertyStringFilter$ */.sjT),
  InternalServerError: () => (/* reexport */ errors/* InternalServerError */.PO),
  InternalServerError$: () => (/* reexport */ schemas_0/* InternalServerError$ */.Bwx),
  InvalidActivation: () => (/* reexport */ errors/* InvalidActivation */.w$),
  InvalidActivation$: () => (/* reexport */ schemas_0/* InvalidActivation$ */.Kqy),
  InvalidActivationId: () => (/* reexport */ errors/* InvalidActivationId */.j9),
  InvalidActivationId$: () => (/* reexport */ schemas_0/* InvalidActivationId$ */.Fdh),
  InvalidAggregatorException: () => (/* reexport */ errors/* InvalidAggregatorException */.g0),
  InvalidAggregatorException$: () => (/* reexport */ schemas_0/* InvalidAggregatorException$ */.qvm),
  InvalidAllowedPatternException: () => (/* reexport */ errors/* InvalidAllowedPatternException */.Fh),
  InvalidAllowedPatternException$: () => (/* reexport */ schemas_0/* InvalidAllowedPatternException$ */.jbq),
  InvalidAssociation: () => (/* reexport */ errors/* InvalidAssociation */.XI),
  InvalidAssociation$: () => (/* reexport */ schemas_0/* InvalidAssociation$ */.xsz),
  InvalidAssociationVersion: () => (/* reexport */ errors/* InvalidAssociationVersion */.h6),
  InvalidAssociationVersion$: () => (/* reexport */ schemas_0/* InvalidAssociationVersion$ */.hbo),
  InvalidAutomationExecutionParametersException: () => (/* reexport */ errors/* InvalidAutomationExecutionParametersException */.k9),
  InvalidAutomationExecutionParametersException$: () => (/* reexport */ schemas_0/* InvalidAutomationExecutionParametersException$ */.eek),
  InvalidAutomationSignalException: () => (/* reexport */ errors/* InvalidAutomationSignalException */.iu),
  InvalidAutomationSignalException$: () => (/* reexport */ schemas_0/* InvalidAutomationSignalException$ */.A$O),
  InvalidAutomationStatusUpdateException: () => (/* reexport */ errors/* InvalidAutomationStatusUpdateException */.pY),
  InvalidAutomationStatusUpdateException$: () => (/* reexport */ schemas_0/* InvalidAutomationStatusUpdateException$ */.DCc),
  InvalidCommandId: () => (/* reexport */ errors/* InvalidCommandId */.K),
  InvalidCommandId$: () => (/* reexport */ schemas_0/* InvalidCommandId$ */.yyz),
  InvalidDeleteInventoryParametersException: () => (/* reexport */ errors/* InvalidDeleteInventoryParametersException */.Kh),
  InvalidDeleteInventoryParametersException$: () => (/* reexport */ schemas_0/* InvalidDeleteInventoryParametersException$ */.Ctr),
  InvalidDeletionIdException: () => (/* reexport */ errors/* InvalidDeletionIdException */.K6),
  InvalidDeletionIdException$: () => (/* reexport */ schemas_0/* InvalidDeletionIdException$ */.iA),
  InvalidDocument: () => (/* reexport */ errors/* InvalidDocument */.D1),
  InvalidDocument$: () => (/* reexport */ schemas_0/* InvalidDocument$ */.HU),
  InvalidDocumentContent: () => (/* reexport */ errors/* InvalidDocumentContent */.gw),
  InvalidDocumentContent$: () => (/* reexport */ schemas_0/* InvalidDocumentContent$ */.O76),
  InvalidDocumentOperation: () => (/* reexport */ errors/* InvalidDocumentOperation */.SZ),
  InvalidDocumentOperation$: () => (/* reexport */ schemas_0/* InvalidDocumentOperation$ */.UWS),
  InvalidDocumentSchemaVersion: () => (/* reexport */ errors/* InvalidDocumentSchemaVersion */.WB),
  InvalidDocumentSchemaVersion$: () => (/* reexport */ schemas_0/* InvalidDocumentSchemaVersion$ */._1A),
  InvalidDocumentType: () => (/* reexport */ errors/* InvalidDocumentType */.tG),
  InvalidDocumentType$: () => (/* reexport */ schemas_0/* InvalidDocumentType$ */.bcs),
  InvalidDocumentVersion: () => (/* reexport */ errors/* InvalidDocumentVersion */.RD),
  InvalidDocumentVersion$: () => (/* reexport */ schemas_0/* InvalidDocumentVersion$ */.ds0),
  InvalidFilter: () => (/* reexport */ errors/* InvalidFilter */.Of),
  InvalidFilter$: () => (/* reexport */ schemas_0/* InvalidFilter$ */.QkM),
  InvalidFilterKey: () => (/* reexport */ errors/* InvalidFilterKey */.fb),
  InvalidFilterKey$: () => (/* reexport */ schemas_0/* InvalidFilterKey$ */.fWB),
  InvalidFilterOption: () => (/* reexport */ errors/* InvalidFilterOption */.Xo),
  InvalidFilterOption$: () => (/* reexport */ schemas_0/* InvalidFilterOption$ */.VYW),
  InvalidFilterValue: () => (/* reexport */ errors/* InvalidFilterValue */.Zf),
  InvalidFilterValue$: () => (/* reexport */ schemas_0/* InvalidFilterValue$ */.vte),
  InvalidInstanceId: () => (/* reexport */ errors/* InvalidInstanceId */.Cj),
  InvalidInstanceId$: () => (/* reexport */ schemas_0/* InvalidInstanceId$ */.eT2),
  InvalidInstanceInformationFilterValue: () => (/* reexport */ errors/* InvalidInstanceInformationFilterValue */.WZ),
  InvalidInstanceInformationFilterValue$: () => (/* reexport */ schemas_0/* InvalidInstanceInformationFilterValue$ */.qts),
  InvalidInstancePropertyFilterValue: () => (/* reexport */ errors/* InvalidInstancePropertyFilterValue */.Pj),
  InvalidInstancePropertyFilterValue$: () => (/* reexport */ schemas_0/* InvalidInstancePropertyFilterValue$ */.lf5),
  InvalidInventoryGroupException: () => (/* reexport */ errors/* InvalidInventoryGroupException */.mg),
  InvalidInventoryGroupException$: () => (/* reexport */ schemas_0/* InvalidInventoryGroupException$ */.e4t),
  InvalidInventoryItemContextException: () => (/* reexport */ errors/* InvalidInventoryItemContextException */.xN),
  InvalidInventoryItemContextException$: () => (/* reexport */ schemas_0/* InvalidInventoryItemContextException$ */.bzw),
  InvalidInventoryRequestException: () => (/* reexport */ errors/* InvalidInventoryRequestException */.qV),
  InvalidInventoryRequestException$: () => (/* reexport */ schemas_0/* InvalidInventoryRequestException$ */.Ai8),
  InvalidItemContentException: () => (/* reexport */ errors/* InvalidItemContentException */.DT),
  InvalidItemContentException$: () => (/* reexport */ schemas_0/* InvalidItemContentException$ */.vOl),
  InvalidKeyId: () => (/* reexport */ errors/* InvalidKeyId */.ar),
  InvalidKeyId$: () => (/* reexport */ schemas_0/* InvalidKeyId$ */.AYd),
  InvalidNextToken: () => (/* reexport */ errors/* InvalidNextToken */.mP),
  InvalidNextToken$: () => (/* reexport */ schemas_0/* InvalidNextToken$ */.ogQ),
  InvalidNotificationConfig: () => (/* reexport */ errors/* InvalidNotificationConfig */.Ll),
  InvalidNotificationConfig$: () => (/* reexport */ schemas_0/* InvalidNotificationConfig$ */.PSi),
  InvalidOptionException: () => (/* reexport */ errors/* InvalidOptionException */.e$),
  InvalidOptionException$: () => (/* reexport */ schemas_0/* InvalidOptionException$ */.iPN),
  InvalidOutputFolder: () => (/* reexport */ errors/* InvalidOutputFolder */.hK),
  InvalidOutputFolder$: () => (/* reexport */ schemas_0/* InvalidOutputFolder$ */.n62),
  InvalidOutputLocation: () => (/* reexport */ errors/* InvalidOutputLocation */.qF),
  InvalidOutputLocation$: () => (/* reexport */ schemas_0/* InvalidOutputLocation$ */.uX$),
  InvalidParameters: () => (/* reexport */ errors/* InvalidParameters */.gb),
  InvalidParameters$: () => (/* reexport */ schemas_0/* InvalidParameters$ */.a4_),
  InvalidPermissionType: () => (/* reexport */ errors/* InvalidPermissionType */.pn),
  InvalidPermissionType$: () => (/* reexport */ schemas_0/* InvalidPermissionType$ */.Za0),
  InvalidPluginName: () => (/* reexport */ errors/* InvalidPluginName */.yO),
  InvalidPluginName$: () => (/* reexport */ schemas_0/* InvalidPluginName$ */._Ss),
  InvalidPolicyAttributeException: () => (/* reexport */ errors/* InvalidPolicyAttributeException */.Nj),
  InvalidPolicyAttributeException$: () => (/* reexport */ schemas_0/* InvalidPolicyAttributeException$ */.Hlm),
  InvalidPolicyTypeException: () => (/* reexport */ errors/* InvalidPolicyTypeException */.V$),
  InvalidPolicyTypeException$: () => (/* reexport */ schemas_0/* InvalidPolicyTypeException$ */.T7V),
  InvalidResourceId: () => (/* reexport */ errors/* InvalidResourceId */.vz),
  InvalidResourceId$: () => (/* reexport */ schemas_0/* InvalidResourceId$ */.Bph),
  InvalidResourceType: () => (/* reexport */ errors/* InvalidResourceType */.wT),
  InvalidResourceType$: () => (/* reexport */ schemas_0/* InvalidResourceType$ */.oVI),
  InvalidResultAttributeException: () => (/* reexport */ errors/* InvalidResultAttributeException */.a2),
  InvalidResultAttributeException$: () => (/* reexport */ schemas_0/* InvalidResultAttributeException$ */.OGK),
  InvalidRole: () => (/* reexport */ errors/* InvalidRole */.SM),
  InvalidRole$: () => (/* reexport */ schemas_0/* InvalidRole$ */.WM),
  InvalidSchedule: () => (/* reexport */ errors/* InvalidSchedule */.tM),
  InvalidSchedule$: () => (/* reexport */ schemas_0/* InvalidSchedule$ */.VJw),
  InvalidTag: () => (/* reexport */ errors/* InvalidTag */.c9),
  InvalidTag$: () => (/* reexport */ schemas_0/* InvalidTag$ */.CC),
  InvalidTarget: () => (/* reexport */ errors/* InvalidTarget */.nn),
  InvalidTarget$: () => (/* reexport */ schemas_0/* InvalidTarget$ */.IWL),
  InvalidTargetMaps: () => (/* reexport */ errors/* InvalidTargetMaps */.kQ),
  InvalidTargetMaps$: () => (/* reexport */ schemas_0/* InvalidTargetMaps$ */.GH3),
  InvalidTypeNameException: () => (/* reexport */ errors/* InvalidTypeNameException */.Oo),
  InvalidTypeNameException$: () => (/* reexport */ schemas_0/* InvalidTypeNameException$ */.ukt),
  InvalidUpdate: () => (/* reexport */ errors/* InvalidUpdate */.rt),
  InvalidUpdate$: () => (/* reexport */ schemas_0/* InvalidUpdate$ */.f8b),
  InventoryAggregator$: () => (/* reexport */ schemas_0/* InventoryAggregator$ */.wI5),
  InventoryAttributeDataType: () => (/* reexport */ InventoryAttributeDataType),
  InventoryDeletionStatus: () => (/* reexport */ InventoryDeletionStatus),
  InventoryDeletionStatusItem$: () => (/* reexport */ schemas_0/* InventoryDeletionStatusItem$ */.kXR),
  InventoryDeletionSummary$: () => (/* reexport */ schemas_0/* InventoryDeletionSummary$ */.VME),
  InventoryDeletionSummaryItem$: () => (/* reexport */ schemas_0/* InventoryDeletionSummaryItem$ */.iUh),
  InventoryFilter$: () => (/* reexport */ schemas_0/* InventoryFilter$ */.f4Z),
  InventoryGroup$: () => (/* reexport */ schemas_0/* InventoryGroup$ */.adt),
  InventoryItem$: () => (/* reexport */ schemas_0/* InventoryItem$ */.gPL),
  InventoryItemAttribute$: () => (/* reexport */ schemas_0/* InventoryItemAttribute$ */.SWw),
  InventoryItemSchema$: () => (/* reexport */ schemas_0/* InventoryItemSchema$ */.xS$),
  InventoryQueryOperatorType: () => (/* reexport */ InventoryQueryOperatorType),
  InventoryResultEntity$: () => (/* reexport */ schemas_0/* InventoryResultEntity$ */.pxL),
  InventoryResultItem$: () => (/* reexport */ schemas_0/* InventoryResultItem$ */.hBf),
  InventorySchemaDeleteOption: () => (/* reexport */ InventorySchemaDeleteOption),
  InvocationDoesNotExist: () => (/* reexport */ errors/* InvocationDoesNotExist */.Qc),
  InvocationDoesNotExist$: () => (/* reexport */ schemas_0/* InvocationDoesNotExist$ */.CF3),
  ItemContentMismatchException: () => (/* reexport */ errors/* ItemContentMismatchException */.q2),
  ItemContentMismatchException$: () => (/* reexport */ schemas_0/* ItemContentMismatchException$ */.msU),
  ItemSizeLimitExceededException: () => (/* reexport */ errors/* ItemSizeLimitExceededException */.y2),
  ItemSizeLimitExceededException$: () => (/* reexport */ schemas_0/* ItemSizeLimitExceededException$ */.S2G),
  LabelParameterVersion$: () => (/* reexport */ schemas_0/* LabelParameterVersion$ */._Il),
  LabelParameterVersionCommand: () => (/* reexport */ LabelParameterVersionCommand),
  LabelParameterVersionRequest$: () => (/* reexport */ schemas_0/* LabelParameterVersionRequest$ */.Pu4),
  LabelParameterVersionResult$: () => (/* reexport */ schemas_0/* LabelParameterVersionResult$ */.NxU),
  LastResourceDataSyncStatus: () => (/* reexport */ LastResourceDataSyncStatus),
  ListAssociationVersions$: () => (/* reexport */ schemas_0/* ListAssociationVersions$ */.jSK),
  ListAssociationVersionsCommand: () => (/* reexport */ ListAssociationVersionsCommand),
  ListAssociationVersionsRequest$: () => (/* reexport */ schemas_0/* ListAssociationVersionsRequest$ */.upO),
  ListAssociationVersionsResult$: () => (/* reexport */ schemas_0/* ListAssociationVersionsResult$ */.aue),
  ListAssociations$: () => (/* reexport */ schemas_0/* ListAssociations$ */.l$M),
  ListAssociationsCommand: () => (/* reexport */ ListAssociationsCommand),
  ListAssociationsRequest$: () => (/* reexport */ schemas_0/* ListAssociationsRequest$ */.GhU),
  ListAssociationsResult$: () => (/* reexport */ schemas_0/* ListAssociationsResult$ */._01),
  ListCloudConnectors$: () => (/* reexport */ schemas_0/* ListCloudConnectors$ */.Tgq),
  ListCloudConnectorsCommand: () => (/* reexport */ ListCloudConnectorsCommand),
  ListCloudConnectorsRequest$: () => (/* reexport */ schemas_0/* ListCloudConnectorsRequest$ */.$5m),
  ListCloudConnectorsResult$: () => (/* reexport */ schemas_0/* ListCloudConnectorsResult$ */.PP1),
  ListCommandInvocations$: () => (/* reexport */ schemas_0/* ListCommandInvocations$ */.tvO),
  ListCommandInvocationsCommand: () => (/* reexport */ ListCommandInvocationsCommand),
  ListCommandInvocationsRequest$: () => (/* reexport */ schemas_0/* ListCommandInvocationsRequest$ */.AEc),
  ListCommandInvocationsResult$: () => (/* reexport */ schemas_0/* ListCommandInvocationsResult$ */.YHF),
  ListCommands$: () => (/* reexport */ schemas_0/* ListCommands$ */.V6m),
  ListCommandsCommand: () => (/* reexport */ ListCommandsCommand),
  ListCommandsRequest$: () => (/* reexport */ schemas_0/* ListCommandsRequest$ */.wb4),
  ListCommandsResult$: () => (/* reexport */ schemas_0/* ListCommandsResult$ */.oI$),
  ListComplianceItems$: () => (/* reexport */ schemas_0/* ListComplianceItems$ */.IYO),
  ListComplianceItemsCommand: () => (/* reexport */ ListComplianceItemsCommand),
  ListComplianceItemsRequest$: () => (/* reexport */ schemas_0/* ListComplianceItemsRequest$ */.rh6),
  ListComplianceItemsResult$: () => (/* reexport */ schemas_0/* ListComplianceItemsResult$ */.FGs),
  ListComplianceSummaries$: () => (/* reexport */ schemas_0/* ListComplianceSummaries$ */.Kp$),
  ListComplianceSummariesCommand: () => (/* reexport */ ListComplianceSummariesCommand),
  ListComplianceSummariesRequest$: () => (/* reexport */ schemas_0/* ListComplianceSummariesRequest$ */.rxb),
  ListComplianceSummariesResult$: () => (/* reexport */ schemas_0/* ListComplianceSummariesResult$ */.DdH),
  ListDocumentMetadataHistory$: () => (/* reexport */ schemas_0/* ListDocumentMetadataHistory$ */.vPv),
  ListDocumentMetadataHistoryCommand: () => (/* reexport */ ListDocumentMetadataHistoryCommand),
  ListDocumentMetadataHistoryRequest$: () => (/* reexport */ schemas_0/* ListDocumentMetadataHistoryRequest$ */.EnF),
  ListDocumentMetadataHistoryResponse$: () => (/* reexport */ schemas_0/* ListDocumentMetadataHistoryResponse$ */.QPY),
  ListDocumentVersions$: () => (/* reexport */ schemas_0/* ListDocumentVersions$ */.Fpe),
  ListDocumentVersionsCommand: () => (/* reexport */ ListDocumentVersionsCommand),
  ListDocumentVersionsRequest$: () => (/* reexport */ schemas_0/* ListDocumentVersionsRequest$ */.kAI),
  ListDocumentVersionsResult$: () => (/* reexport */ schemas_0/* ListDocumentVersionsResult$ */.Gqr),
  ListDocuments$: () => (/* reexport */ schemas_0/* ListDocuments$ */.HsE),
  ListDocumentsCommand: () => (/* reexport */ ListDocumentsCommand),
  ListDocumentsRequest$: () => (/* reexport */ schemas_0/* ListDocumentsRequest$ */.UEp),
  ListDocumentsResult$: () => (/* reexport */ schemas_0/* ListDocumentsResult$ */.EbT),
  ListInventoryEntries$: () => (/* reexport */ schemas_0/* ListInventoryEntries$ */.HID),
  ListInventoryEntriesCommand: () => (/* reexport */ ListInventoryEntriesCommand),
  ListInventoryEntriesRequest$: () => (/* reexport */ schemas_0/* ListInventoryEntriesRequest$ */._vn),
  ListInventoryEntriesResult$: () => (/* reexport */ schemas_0/* ListInventoryEntriesResult$ */.yQC),
  ListNodes$: () => (/* reexport */ schemas_0/* ListNodes$ */.cSj),
  ListNodesCommand: () => (/* reexport */ ListNodesCommand),
  ListNodesRequest$: () => (/* reexport */ schemas_0/* ListNodesRequest$ */.Fi1),
  ListNodesResult$: () => (/* reexport */ schemas_0/* ListNodesResult$ */.Jml),
  ListNodesSummary$: () => (/* reexport */ schemas_0/* ListNodesSummary$ */.QMT),
  ListNodesSummaryCommand: () => (/* reexport */ ListNodesSummaryCommand),
  ListNodesSummaryRequest$: () => (/* reexport */ schemas_0/* ListNodesSummaryRequest$ */.Xx3),
  ListNodesSummaryResult$: () => (/* reexport */ schemas_0/* ListNodesSummaryResult$ */.dQ8),
  ListOpsItemEvents$: () => (/* reexport */ schemas_0/* ListOpsItemEvents$ */.zwD),
  ListOpsItemEventsCommand: () => (/* reexport */ ListOpsItemEventsCommand),
  ListOpsItemEventsRequest$: () => (/* reexport */ schemas_0/* ListOpsItemEventsRequest$ */.WJi),
  ListOpsItemEventsResponse$: () => (/* reexport */ schemas_0/* ListOpsItemEventsResponse$ */._hq),
  ListOpsItemRelatedItems$: () => (/* reexport */ schemas_0/* ListOpsItemRelatedItems$ */.$kn),
  ListOpsItemRelatedItemsCommand: () => (/* reexport */ ListOpsItemRelatedItemsCommand),
  ListOpsItemRelatedItemsRequest$: () => (/* reexport */ schemas_0/* ListOpsItemRelatedItemsRequest$ */.upn),
  ListOpsItemRelatedItemsResponse$: () => (/* reexport */ schemas_0/* ListOpsItemRelatedItemsResponse$ */.wkP),
  ListOpsMetadata$: () => (/* reexport */ schemas_0/* ListOpsMetadata$ */.sYi),
  ListOpsMetadataCommand: () => (/* reexport */ ListOpsMetadataCommand),
  ListOpsMetadataRequest$: () => (/* reexport */ schemas_0/* ListOpsMetadataRequest$ */.$z9),
  ListOpsMetadataResult$: () => (/* reexport */ schemas_0/* ListOpsMetadataResult$ */.lMq),
  ListResourceComplianceSummaries$: () => (/* reexport */ schemas_0/* ListResourceComplianceSummaries$ */.mJy),
  ListResourceComplianceSummariesCommand: () => (/* reexport */ ListResourceComplianceSummariesCommand),
  ListResourceComplianceSummariesRequest$: () => (/* reexport */ schemas_0/* ListResourceComplianceSummariesRequest$ */.fzO),
  ListResourceComplianceSummariesResult$: () => (/* reexport */ schemas_0/* ListResourceComplianceSummariesResult$ */.DtN),
  ListResourceDataSync$: () => (/* reexport */ schemas_0/* ListResourceDataSync$ */.A4d),
  ListResourceDataSyncCommand: () => (/* reexport */ ListResourceDataSyncCommand),
  ListResourceDataSyncRequest$: () => (/* reexport */ schemas_0/* ListResourceDataSyncRequest$ */.v3R),
  ListResourceDataSyncResult$: () => (/* reexport */ schemas_0/* ListResourceDataSyncResult$ */.RqF),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tzn),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand),
  ListTagsForResourceRequest$: () => (/* reexport */ schemas_0/* ListTagsForResourceRequest$ */.SKK),
  ListTagsForResourceResult$: () => (/* reexport */ schemas_0/* ListTagsForResourceResult$ */.SzO),
  LoggingInfo$: () => (/* reexport */ schemas_0/* LoggingInfo$ */.g_d),
  MaintenanceWindowAutomationParameters$: () => (/* reexport */ schemas_0/* MaintenanceWindowAutomationParameters$ */.NqS),
  MaintenanceWindowExecution$: () => (/* reexport */ schemas_0/* MaintenanceWindowExecution$ */._3k),
  MaintenanceWindowExecutionStatus: () => (/* reexport */ MaintenanceWindowExecutionStatus),
  MaintenanceWindowExecutionTaskIdentity$: () => (/* reexport */ schemas_0/* MaintenanceWindowExecutionTaskIdentity$ */.fOM),
  MaintenanceWindowExecutionTaskInvocationIdentity$: () => (/* reexport */ schemas_0/* MaintenanceWindowExecutionTaskInvocationIdentity$ */.Lxf),
  MaintenanceWindowFilter$: () => (/* reexport */ schemas_0/* MaintenanceWindowFilter$ */.KHD),
  MaintenanceWindowIdentity$: () => (/* reexport */ schemas_0/* MaintenanceWindowIdentity$ */.QSA),
  MaintenanceWindowIdentityForTarget$: () => (/* reexport */ schemas_0/* MaintenanceWindowIdentityForTarget$ */._y5),
  MaintenanceWindowLambdaParameters$: () => (/* reexport */ schemas_0/* MaintenanceWindowLambdaParameters$ */.lqC),
  MaintenanceWindowResourceType: () => (/* reexport */ MaintenanceWindowResourceType),
  MaintenanceWindowRunCommandParameters$: () => (/* reexport */ schemas_0/* MaintenanceWindowRunCommandParameters$ */._fO),
  MaintenanceWindowStepFunctionsParameters$: () => (/* reexport */ schemas_0/* MaintenanceWindowStepFunctionsParameters$ */.ZUU),
  MaintenanceWindowTarget$: () => (/* reexport */ schemas_0/* MaintenanceWindowTarget$ */.jyf),
  MaintenanceWindowTask$: () => (/* reexport */ schemas_0/* MaintenanceWindowTask$ */.lxp),
  MaintenanceWindowTaskCutoffBehavior: () => (/* reexport */ MaintenanceWindowTaskCutoffBehavior),
  MaintenanceWindowTaskInvocationParameters$: () => (/* reexport */ schemas_0/* MaintenanceWindowTaskInvocationParameters$ */.xsE),
  MaintenanceWindowTaskParameterValueExpression$: () => (/* reexport */ schemas_0/* MaintenanceWindowTaskParameterValueExpression$ */.zDP),
  MaintenanceWindowTaskType: () => (/* reexport */ MaintenanceWindowTaskType),
  MalformedResourcePolicyDocumentException: () => (/* reexport */ errors/* MalformedResourcePolicyDocumentException */.c6),
  MalformedResourcePolicyDocumentException$: () => (/* reexport */ schemas_0/* MalformedResourcePolicyDocumentException$ */.EWA),
  ManagedStatus: () => (/* reexport */ ManagedStatus),
  MaxDocumentSizeExceeded: () => (/* reexport */ errors/* MaxDocumentSizeExceeded */.MF),
  MaxDocumentSizeExceeded$: () => (/* reexport */ schemas_0/* MaxDocumentSizeExceeded$ */.g1K),
  MetadataValue$: () => (/* reexport */ schemas_0/* MetadataValue$ */.$KE),
  ModifyDocumentPermission$: () => (/* reexport */ schemas_0/* ModifyDocumentPermission$ */.rgI),
  ModifyDocumentPermissionCommand: () => (/* reexport */ ModifyDocumentPermissionCommand),
  ModifyDocumentPermissionRequest$: () => (/* reexport */ schemas_0/* ModifyDocumentPermissionRequest$ */.mf9),
  ModifyDocumentPermissionResponse$: () => (/* reexport */ schemas_0/* ModifyDocumentPermissionResponse$ */.yLt),
  NoLongerSupportedException: () => (/* reexport */ errors/* NoLongerSupportedException */.g7),
  NoLongerSupportedException$: () => (/* reexport */ schemas_0/* NoLongerSupportedException$ */.QJm),
  Node$: () => (/* reexport */ schemas_0/* Node$ */.$s1),
  NodeAggregator$: () => (/* reexport */ schemas_0/* NodeAggregator$ */.YnZ),
  NodeAggregatorType: () => (/* reexport */ NodeAggregatorType),
  NodeAttributeName: () => (/* reexport */ NodeAttributeName),
  NodeFilter$: () => (/* reexport */ schemas_0/* NodeFilter$ */.z$s),
  NodeFilterKey: () => (/* reexport */ NodeFilterKey),
  NodeFilterOperatorType: () => (/* reexport */ NodeFilterOperatorType),
  NodeOwnerInfo$: () => (/* reexport */ schemas_0/* NodeOwnerInfo$ */.It5),
  NodeType$: () => (/* reexport */ schemas_0/* NodeType$ */.pVC),
  NodeTypeName: () => (/* reexport */ NodeTypeName),
  NonCompliantSummary$: () => (/* reexport */ schemas_0/* NonCompliantSummary$ */.NyO),
  NotificationConfig$: () => (/* reexport */ schemas_0/* NotificationConfig$ */.eiT),
  NotificationEvent: () => (/* reexport */ NotificationEvent),
  NotificationType: () => (/* reexport */ NotificationType),
  OperatingSystem: () => (/* reexport */ OperatingSystem),
  OpsAggregator$: () => (/* reexport */ schemas_0/* OpsAggregator$ */.sEB),
  OpsEntity$: () => (/* reexport */ schemas_0/* OpsEntity$ */.ecv),
  OpsEntityItem$: () => (/* reexport */ schemas_0/* OpsEntityItem$ */.LJ6),
  OpsFilter$: () => (/* reexport */ schemas_0/* OpsFilter$ */.BDu),
  OpsFilterOperatorType: () => (/* reexport */ OpsFilterOperatorType),
  OpsItem$: () => (/* reexport */ schemas_0/* OpsItem$ */.QT_),
  OpsItemAccessDeniedException: () => (/* reexport */ errors/* OpsItemAccessDeniedException */.sO),
  OpsItemAccessDeniedException$: () => (/* reexport */ schemas_0/* OpsItemAccessDeniedException$ */.E2h),
  OpsItemAlreadyExistsException: () => (/* reexport */ errors/* OpsItemAlreadyExistsException */.JC),
  OpsItemAlreadyExistsException$: () => (/* reexport */ schemas_0/* OpsItemAlreadyExistsException$ */.ttw),
  OpsItemConflictException: () => (/* reexport */ errors/* OpsItemConflictException */.vK),
  OpsItemConflictException$: () => (/* reexport */ schemas_0/* OpsItemConflictException$ */.pMC),
  OpsItemDataType: () => (/* reexport */ OpsItemDataType),
  OpsItemDataValue$: () => (/* reexport */ schemas_0/* OpsItemDataValue$ */.xxx),
  OpsItemEventFilter$: () => (/* reexport */ schemas_0/* OpsItemEventFilter$ */.WJC),
  OpsItemEventFilterKey: () => (/* reexport */ OpsItemEventFilterKey),
  OpsItemEventFilterOperator: () => (/* reexport */ OpsItemEventFilterOperator),
  OpsItemEventSummary$: () => (/* reexport */ schemas_0/* OpsItemEventSummary$ */.Ccp),
  OpsItemFilter$: () => (/* reexport */ schemas_0/* OpsItemFilter$ */.EkR),
  OpsItemFilterKey: () => (/* reexport */ OpsItemFilterKey),
  OpsItemFilterOperator: () => (/* reexport */ OpsItemFilterOperator),
  OpsItemIdentity$: () => (/* reexport */ schemas_0/* OpsItemIdentity$ */.WJd),
  OpsItemInvalidParameterException: () => (/* reexport */ errors/* OpsItemInvalidParameterException */.vq),
  OpsItemInvalidParameterException$: () => (/* reexport */ schemas_0/* OpsItemInvalidParameterException$ */.jJ),
  OpsItemLimitExceededException: () => (/* reexport */ errors/* OpsItemLimitExceededException */.rq),
  OpsItemLimitExceededException$: () => (/* reexport */ schemas_0/* OpsItemLimitExceededException$ */.j92),
  OpsItemNotFoundException: () => (/* reexport */ errors/* OpsItemNotFoundException */.k5),
  OpsItemNotFoundException$: () => (/* reexport */ schemas_0/* OpsItemNotFoundException$ */.SC2),
  OpsItemNotification$: () => (/* reexport */ schemas_0/* OpsItemNotification$ */.Fy0),
  OpsItemRelatedItemAlreadyExistsException: () => (/* reexport */ errors/* OpsItemRelatedItemAlreadyExistsException */.pe),
  OpsItemRelatedItemAlreadyExistsException$: () => (/* reexport */ schemas_0/* OpsItemRelatedItemAlreadyExistsException$ */.Xyu),
  OpsItemRelatedItemAssociationNotFoundException: () => (/* reexport */ errors/* OpsItemRelatedItemAssociationNotFoundException */.Ne),
  OpsItemRelatedItemAssociationNotFoundException$: () => (/* reexport */ schemas_0/* OpsItemRelatedItemAssociationNotFoundException$ */.xRD),
  OpsItemRelatedItemSummary$: () => (/* reexport */ schemas_0/* OpsItemRelatedItemSummary$ */.U1M),
  OpsItemRelatedItemsFilter$: () => (/* reexport */ schemas_0/* OpsItemRelatedItemsFilter$ */.rPb),
  OpsItemRelatedItemsFilterKey: () => (/* reexport */ OpsItemRelatedItemsFilterKey),
  OpsItemRelatedItemsFilterOperator: () => (/* reexport */ OpsItemRelatedItemsFilterOperator),
  OpsItemStatus: () => (/* reexport */ OpsItemStatus),
  OpsItemSummary$: () => (/* reexport */ schemas_0/* OpsItemSummary$ */.c1$),
  OpsMetadata$: () => (/* reexport */ schemas_0/* OpsMetadata$ */.CjI),
  OpsMetadataAlreadyExistsException: () => (/* reexport */ errors/* OpsMetadataAlreadyExistsException */.Jr),
  OpsMetadataAlreadyExistsException$: () => (/* reexport */ schemas_0/* OpsMetadataAlreadyExistsException$ */.Pbe),
  OpsMetadataFilter$: () => (/* reexport */ schemas_0/* OpsMetadataFilter$ */.CKw),
  OpsMetadataInvalidArgumentException: () => (/* reexport */ errors/* OpsMetadataInvalidArgumentException */.Rl),
  OpsMetadataInvalidArgumentException$: () => (/* reexport */ schemas_0/* OpsMetadataInvalidArgumentException$ */.F2H),
  OpsMetadataKeyLimitExceededException: () => (/* reexport */ errors/* OpsMetadataKeyLimitExceededException */.Qw),
  OpsMetadataKeyLimitExceededException$: () => (/* reexport */ schemas_0/* OpsMetadataKeyLimitExceededException$ */.kwU),
  OpsMetadataLimitExceededException: () => (/* reexport */ errors/* OpsMetadataLimitExceededException */.F),
  OpsMetadataLimitExceededException$: () => (/* reexport */ schemas_0/* OpsMetadataLimitExceededException$ */.jGT),
  OpsMetadataNotFoundException: () => (/* reexport */ errors/* OpsMetadataNotFoundException */.IG),
  OpsMetadataNotFoundException$: () => (/* reexport */ schemas_0/* OpsMetadataNotFoundException$ */.EgF),
  OpsMetadataTooManyUpdatesException: () => (/* reexport */ errors/* OpsMetadataTooManyUpdatesException */.Mf),
  OpsMetadataTooManyUpdatesException$: () => (/* reexport */ schemas_0/* OpsMetadataTooManyUpdatesException$ */.mYH),
  OpsResultAttribute$: () => (/* reexport */ schemas_0/* OpsResultAttribute$ */.kyg),
  OutputSource$: () => (/* reexport */ schemas_0/* OutputSource$ */.zgC),
  Parameter$: () => (/* reexport */ schemas_0/* Parameter$ */.OA3),
  ParameterAlreadyExists: () => (/* reexport */ errors/* ParameterAlreadyExists */.ag),
  ParameterAlreadyExists$: () => (/* reexport */ schemas_0/* ParameterAlreadyExists$ */.Yrh),
  ParameterHistory$: () => (/* reexport */ schemas_0/* ParameterHistory$ */.wPU),
  ParameterInlinePolicy$: () => (/* reexport */ schemas_0/* ParameterInlinePolicy$ */.Bii),
  ParameterLimitExceeded: () => (/* reexport */ errors/* ParameterLimitExceeded */._D),
  ParameterLimitExceeded$: () => (/* reexport */ schemas_0/* ParameterLimitExceeded$ */.Ae$),
  ParameterMaxVersionLimitExceeded: () => (/* reexport */ errors/* ParameterMaxVersionLimitExceeded */.Wi),
  ParameterMaxVersionLimitExceeded$: () => (/* reexport */ schemas_0/* ParameterMaxVersionLimitExceeded$ */.s7w),
  ParameterMetadata$: () => (/* reexport */ schemas_0/* ParameterMetadata$ */.ln),
  ParameterNotFound: () => (/* reexport */ errors/* ParameterNotFound */.TU),
  ParameterNotFound$: () => (/* reexport */ schemas_0/* ParameterNotFound$ */.Pf),
  ParameterPatternMismatchException: () => (/* reexport */ errors/* ParameterPatternMismatchException */.hz),
  ParameterPatternMismatchException$: () => (/* reexport */ schemas_0/* ParameterPatternMismatchException$ */.pwm),
  ParameterStringFilter$: () => (/* reexport */ schemas_0/* ParameterStringFilter$ */.Kal),
  ParameterTier: () => (/* reexport */ ParameterTier),
  ParameterType: () => (/* reexport */ ParameterType),
  ParameterVersionLabelLimitExceeded: () => (/* reexport */ errors/* ParameterVersionLabelLimitExceeded */.Ss),
  ParameterVersionLabelLimitExceeded$: () => (/* reexport */ schemas_0/* ParameterVersionLabelLimitExceeded$ */.qAG),
  ParameterVersionNotFound: () => (/* reexport */ errors/* ParameterVersionNotFound */.dR),
  ParameterVersionNotFound$: () => (/* reexport */ schemas_0/* ParameterVersionNotFound$ */.t0v),
  ParametersFilter$: () => (/* reexport */ schemas_0/* ParametersFilter$ */.Fed),
  ParametersFilterKey: () => (/* reexport */ ParametersFilterKey),
  ParentStepDetails$: () => (/* reexport */ schemas_0/* ParentStepDetails$ */.V2P),
  Patch$: () => (/* reexport */ schemas_0/* Patch$ */.DSf),
  PatchAction: () => (/* reexport */ PatchAction),
  PatchBaselineIdentity$: () => (/* reexport */ schemas_0/* PatchBaselineIdentity$ */.Gyf),
  PatchComplianceData$: () => (/* reexport */ schemas_0/* PatchComplianceData$ */.wkH),
  PatchComplianceDataState: () => (/* reexport */ PatchComplianceDataState),
  PatchComplianceLevel: () => (/* reexport */ PatchComplianceLevel),
  PatchComplianceStatus: () => (/* reexport */ PatchComplianceStatus),
  PatchDeploymentStatus: () => (/* reexport */ PatchDeploymentStatus),
  PatchFilter$: () => (/* reexport */ schemas_0/* PatchFilter$ */.TNb),
  PatchFilterGroup$: () => (/* reexport */ schemas_0/* PatchFilterGroup$ */.qzo),
  PatchFilterKey: () => (/* reexport */ PatchFilterKey),
  PatchGroupPatchBaselineMapping$: () => (/* reexport */ schemas_0/* PatchGroupPatchBaselineMapping$ */.D8M),
  PatchOperationType: () => (/* reexport */ PatchOperationType),
  PatchOrchestratorFilter$: () => (/* reexport */ schemas_0/* PatchOrchestratorFilter$ */.jRs),
  PatchProperty: () => (/* reexport */ PatchProperty),
  PatchRule$: () => (/* reexport */ schemas_0/* PatchRule$ */.rJB),
  PatchRuleGroup$: () => (/* reexport */ schemas_0/* PatchRuleGroup$ */.yhd),
  PatchSet: () => (/* reexport */ PatchSet),
  PatchSource$: () => (/* reexport */ schemas_0/* PatchSource$ */._IE),
  PatchStatus$: () => (/* reexport */ schemas_0/* PatchStatus$ */.DxY),
  PingStatus: () => (/* reexport */ PingStatus),
  PlatformType: () => (/* reexport */ PlatformType),
  PoliciesLimitExceededException: () => (/* reexport */ errors/* PoliciesLimitExceededException */.E1),
  PoliciesLimitExceededException$: () => (/* reexport */ schemas_0/* PoliciesLimitExceededException$ */.C2F),
  ProgressCounters$: () => (/* reexport */ schemas_0/* ProgressCounters$ */.hYv),
  Provider: () => (/* reexport */ Provider),
  PutComplianceItems$: () => (/* reexport */ schemas_0/* PutComplianceItems$ */.b5S),
  PutComplianceItemsCommand: () => (/* reexport */ PutComplianceItemsCommand),
  PutComplianceItemsRequest$: () => (/* reexport */ schemas_0/* PutComplianceItemsRequest$ */.OmR),
  PutComplianceItemsResult$: () => (/* reexport */ schemas_0/* PutComplianceItemsResult$ */.A6l),
  PutInventory$: () => (/* reexport */ schemas_0/* PutInventory$ */.g0s),
  PutInventoryCommand: () => (/* reexport */ PutInventoryCommand),
  PutInventoryRequest$: () => (/* reexport */ schemas_0/* PutInventoryRequest$ */.xMn),
  PutInventoryResult$: () => (/* reexport */ schemas_0/* PutInventoryResult$ */.DRp),
  PutParameter$: () => (/* reexport */ schemas_0/* PutParameter$ */.t7P),
  PutParameterCommand: () => (/* reexport */ PutParameterCommand),
  PutParameterRequest$: () => (/* reexport */ schemas_0/* PutParameterRequest$ */.wU4),
  PutParameterResult$: () => (/* reexport */ schemas_0/* PutParameterResult$ */.OUj),
  PutResourcePolicy$: () => (/* reexport */ schemas_0/* PutResourcePolicy$ */.kdY),
  PutResourcePolicyCommand: () => (/* reexport */ PutResourcePolicyCommand),
  PutResourcePolicyRequest$: () => (/* reexport */ schemas_0/* PutResourcePolicyRequest$ */.ne4),
  PutResourcePolicyResponse$: () => (/* reexport */ schemas_0/* PutResourcePolicyResponse$ */.Tvd),
  RebootOption: () => (/* reexport */ RebootOption),
  RegisterDefaultHostManagementConfiguration$: () => (/* reexport */ schemas_0/* RegisterDefaultHostManagementConfiguration$ */.sGD),
  RegisterDefaultHostManagementConfigurationCommand: () => (/* reexport */ RegisterDefaultHostManagementConfigurationCommand),
  RegisterDefaultHostManagementConfigurationRequest$: () => (/* reexport */ schemas_0/* RegisterDefaultHostManagementConfigurationRequest$ */.fZ0),
  RegisterDefaultHostManagementConfigurationResult$: () => (/* reexport */ schemas_0/* RegisterDefaultHostManagementConfigurationResult$ */.Fwe),
  RegisterDefaultPatchBaseline$: () => (/* reexport */ schemas_0/* RegisterDefaultPatchBaseline$ */.EsE),
  RegisterDefaultPatchBaselineCommand: () => (/* reexport */ RegisterDefaultPatchBaselineCommand),
  RegisterDefaultPatchBaselineRequest$: () => (/* reexport */ schemas_0/* RegisterDefaultPatchBaselineRequest$ */.lwE),
  RegisterDefaultPatchBaselineResult$: () => (/* reexport */ schemas_0/* RegisterDefaultPatchBaselineResult$ */.dmy),
  RegisterPatchBaselineForPatchGroup$: () => (/* reexport */ schemas_0/* RegisterPatchBaselineForPatchGroup$ */.pJ7),
  RegisterPatchBaselineForPatchGroupCommand: () => (/* reexport */ RegisterPatchBaselineForPatchGroupCommand),
  RegisterPatchBaselineForPatchGroupRequest$: () => (/* reexport */ schemas_0/* RegisterPatchBaselineForPatchGroupRequest$ */.irO),
  RegisterPatchBaselineForPatchGroupResult$: () => (/* reexport */ schemas_0/* RegisterPatchBaselineForPatchGroupResult$ */.OOC),
  RegisterTargetWithMaintenanceWindow$: () => (/* reexport */ schemas_0/* RegisterTargetWithMaintenanceWindow$ */.k5t),
  RegisterTargetWithMaintenanceWindowCommand: () => (/* reexport */ RegisterTargetWithMaintenanceWindowCommand),
  RegisterTargetWithMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* RegisterTargetWithMaintenanceWindowRequest$ */.nMf),
  RegisterTargetWithMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* RegisterTargetWithMaintenanceWindowResult$ */.j84),
  RegisterTaskWithMaintenanceWindow$: () => (/* reexport */ schemas_0/* RegisterTaskWithMaintenanceWindow$ */.iEL),
  RegisterTaskWithMaintenanceWindowCommand: () => (/* reexport */ RegisterTaskWithMaintenanceWindowCommand),
  RegisterTaskWithMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* RegisterTaskWithMaintenanceWindowRequest$ */.TCi),
  RegisterTaskWithMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* RegisterTaskWithMaintenanceWindowResult$ */.d$S),
  RegistrationMetadataItem$: () => (/* reexport */ schemas_0/* RegistrationMetadataItem$ */.OJj),
  RelatedOpsItem$: () => (/* reexport */ schemas_0/* RelatedOpsItem$ */.rH$),
  RemoveTagsFromResource$: () => (/* reexport */ schemas_0/* RemoveTagsFromResource$ */.MRo),
  RemoveTagsFromResourceCommand: () => (/* reexport */ RemoveTagsFromResourceCommand),
  RemoveTagsFromResourceRequest$: () => (/* reexport */ schemas_0/* RemoveTagsFromResourceRequest$ */.z4m),
  RemoveTagsFromResourceResult$: () => (/* reexport */ schemas_0/* RemoveTagsFromResourceResult$ */.vU2),
  ResetServiceSetting$: () => (/* reexport */ schemas_0/* ResetServiceSetting$ */.PYt),
  ResetServiceSettingCommand: () => (/* reexport */ ResetServiceSettingCommand),
  ResetServiceSettingRequest$: () => (/* reexport */ schemas_0/* ResetServiceSettingRequest$ */.qpb),
  ResetServiceSettingResult$: () => (/* reexport */ schemas_0/* ResetServiceSettingResult$ */.ABS),
  ResolvedTargets$: () => (/* reexport */ schemas_0/* ResolvedTargets$ */.Imo),
  ResourceComplianceSummaryItem$: () => (/* reexport */ schemas_0/* ResourceComplianceSummaryItem$ */.h7l),
  ResourceDataSyncAlreadyExistsException: () => (/* reexport */ errors/* ResourceDataSyncAlreadyExistsException */.nu),
  ResourceDataSyncAlreadyExistsException$: () => (/* reexport */ schemas_0/* ResourceDataSyncAlreadyExistsException$ */.NUF),
  ResourceDataSyncAwsOrganizationsSource$: () => (/* reexport */ schemas_0/* ResourceDataSyncAwsOrganizationsSource$ */.ioN),
  ResourceDataSyncConflictException: () => (/* reexport */ errors/* ResourceDataSyncConflictException */.T9),
  ResourceDataSyncConflictException$: () => (/* reexport */ schemas_0/* ResourceDataSyncConflictException$ */.ZJp),
  ResourceDataSyncCountExceededException: () => (/* reexport */ errors/* ResourceDataSyncCountExceededException */.xY),
  ResourceDataSyncCountExceededException$: () => (/* reexport */ schemas_0/* ResourceDataSyncCountExceededException$ */.DaV),
  ResourceDataSyncDestinationDataSharing$: () => (/* reexport */ schemas_0/* ResourceDataSyncDestinationDataSharing$ */.kqW),
  ResourceDataSyncInvalidConfigurationException: () => (/* reexport */ errors/* ResourceDataSyncInvalidConfigurationException */.kG),
  ResourceDataSyncInvalidConfigurationException$: () => (/* reexport */ schemas_0/* ResourceDataSyncInvalidConfigurationException$ */.Sf5),
  ResourceDataSyncItem$: () => (/* reexport */ schemas_0/* ResourceDataSyncItem$ */.RBr),
  ResourceDataSyncNotFoundException: () => (/* reexport */ errors/* ResourceDataSyncNotFoundException */.s6),
  ResourceDataSyncNotFoundException$: () => (/* reexport */ schemas_0/* ResourceDataSyncNotFoundException$ */.mdC),
  ResourceDataSyncOrganizationalUnit$: () => (/* reexport */ schemas_0/* ResourceDataSyncOrganizationalUnit$ */.Gt9),
  ResourceDataSyncS3Destination$: () => (/* reexport */ schemas_0/* ResourceDataSyncS3Destination$ */.uKz),
  ResourceDataSyncS3Format: () => (/* reexport */ ResourceDataSyncS3Format),
  ResourceDataSyncSource$: () => (/* reexport */ schemas_0/* ResourceDataSyncSource$ */.vz8),
  ResourceDataSyncSourceWithState$: () => (/* reexport */ schemas_0/* ResourceDataSyncSourceWithState$ */.u4O),
  ResourceInUseException: () => (/* reexport */ errors/* ResourceInUseException */.WT),
  ResourceInUseException$: () => (/* reexport */ schemas_0/* ResourceInUseException$ */.kMv),
  ResourceLimitExceededException: () => (/* reexport */ errors/* ResourceLimitExceededException */.kA),
  ResourceLimitExceededException$: () => (/* reexport */ schemas_0/* ResourceLimitExceededException$ */.Gr1),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lut),
  ResourcePolicyConflictException: () => (/* reexport */ errors/* ResourcePolicyConflictException */.fS),
  ResourcePolicyConflictException$: () => (/* reexport */ schemas_0/* ResourcePolicyConflictException$ */.uHq),
  ResourcePolicyInvalidParameterException: () => (/* reexport */ errors/* ResourcePolicyInvalidParameterException */.qH),
  ResourcePolicyInvalidParameterException$: () => (/* reexport */ schemas_0/* ResourcePolicyInvalidParameterException$ */.YMT),
  ResourcePolicyLimitExceededException: () => (/* reexport */ errors/* ResourcePolicyLimitExceededException */.MD),
  ResourcePolicyLimitExceededException$: () => (/* reexport */ schemas_0/* ResourcePolicyLimitExceededException$ */.sbq),
  ResourcePolicyNotFoundException: () => (/* reexport */ errors/* ResourcePolicyNotFoundException */.DB),
  ResourcePolicyNotFoundException$: () => (/* reexport */ schemas_0/* ResourcePolicyNotFoundException$ */.rS),
  ResourceType: () => (/* reexport */ ResourceType),
  ResourceTypeForTagging: () => (/* reexport */ ResourceTypeForTagging),
  ResultAttribute$: () => (/* reexport */ schemas_0/* ResultAttribute$ */.g$B),
  ResumeSession$: () => (/* reexport */ schemas_0/* ResumeSession$ */.Ect),
  ResumeSessionCommand: () => (/* reexport */ ResumeSessionCommand),
  ResumeSessionRequest$: () => (/* reexport */ schemas_0/* ResumeSessionRequest$ */.vhs),
  ResumeSessionResponse$: () => (/* reexport */ schemas_0/* ResumeSessionResponse$ */.bc$),
  ReviewInformation$: () => (/* reexport */ schemas_0/* ReviewInformation$ */.BJd),
  ReviewStatus: () => (/* reexport */ ReviewStatus),
  Runbook$: () => (/* reexport */ schemas_0/* Runbook$ */.ZOr),
  S3OutputLocation$: () => (/* reexport */ schemas_0/* S3OutputLocation$ */.dzm),
  S3OutputUrl$: () => (/* reexport */ schemas_0/* S3OutputUrl$ */.bRR),
  SSM: () => (/* reexport */ SSM),
  SSMClient: () => (/* reexport */ SSMClient),
  SSMServiceException: () => (/* reexport */ SSMServiceException/* SSMServiceException */.M),
  SSMServiceException$: () => (/* reexport */ schemas_0/* SSMServiceException$ */.eds),
  ScheduledWindowExecution$: () => (/* reexport */ schemas_0/* ScheduledWindowExecution$ */.KJl),
  SendAutomationSignal$: () => (/* reexport */ schemas_0/* SendAutomationSignal$ */.uER),
  SendAutomationSignalCommand: () => (/* reexport */ SendAutomationSignalCommand),
  SendAutomationSignalRequest$: () => (/* reexport */ schemas_0/* SendAutomationSignalRequest$ */.Vpw),
  SendAutomationSignalResult$: () => (/* reexport */ schemas_0/* SendAutomationSignalResult$ */.V$U),
  SendCommand$: () => (/* reexport */ schemas_0/* SendCommand$ */.UVS),
  SendCommandCommand: () => (/* reexport */ SendCommandCommand),
  SendCommandRequest$: () => (/* reexport */ schemas_0/* SendCommandRequest$ */.d5P),
  SendCommandResult$: () => (/* reexport */ schemas_0/* SendCommandResult$ */.BLm),
  ServiceQuotaExceededException: () => (/* reexport */ errors/* ServiceQuotaExceededException */.yP),
  ServiceQuotaExceededException$: () => (/* reexport */ schemas_0/* ServiceQuotaExceededException$ */.YYw),
  ServiceSetting$: () => (/* reexport */ schemas_0/* ServiceSetting$ */.Axt),
  ServiceSettingNotFound: () => (/* reexport */ errors/* ServiceSettingNotFound */.BH),
  ServiceSettingNotFound$: () => (/* reexport */ schemas_0/* ServiceSettingNotFound$ */.to$),
  Session$: () => (/* reexport */ schemas_0/* Session$ */.VsI),
  SessionFilter$: () => (/* reexport */ schemas_0/* SessionFilter$ */.NjZ),
  SessionFilterKey: () => (/* reexport */ SessionFilterKey),
  SessionManagerOutputUrl$: () => (/* reexport */ schemas_0/* SessionManagerOutputUrl$ */.ItP),
  SessionState: () => (/* reexport */ SessionState),
  SessionStatus: () => (/* reexport */ SessionStatus),
  SeveritySummary$: () => (/* reexport */ schemas_0/* SeveritySummary$ */.k4C),
  SignalType: () => (/* reexport */ SignalType),
  SourceType: () => (/* reexport */ SourceType),
  StartAccessRequest$: () => (/* reexport */ schemas_0/* StartAccessRequest$ */.YQm),
  StartAccessRequestCommand: () => (/* reexport */ StartAccessRequestCommand),
  StartAccessRequestRequest$: () => (/* reexport */ schemas_0/* StartAccessRequestRequest$ */.ByR),
  StartAccessRequestResponse$: () => (/* reexport */ schemas_0/* StartAccessRequestResponse$ */.bOZ),
  StartAssociationsOnce$: () => (/* reexport */ schemas_0/* StartAssociationsOnce$ */.c0s),
  StartAssociationsOnceCommand: () => (/* reexport */ StartAssociationsOnceCommand),
  StartAssociationsOnceRequest$: () => (/* reexport */ schemas_0/* StartAssociationsOnceRequest$ */.rvM),
  StartAssociationsOnceResult$: () => (/* reexport */ schemas_0/* StartAssociationsOnceResult$ */.b3c),
  StartAutomationExecution$: () => (/* reexport */ schemas_0/* StartAutomationExecution$ */._XE),
  StartAutomationExecutionCommand: () => (/* reexport */ StartAutomationExecutionCommand),
  StartAutomationExecutionRequest$: () => (/* reexport */ schemas_0/* StartAutomationExecutionRequest$ */.x0g),
  StartAutomationExecutionResult$: () => (/* reexport */ schemas_0/* StartAutomationExecutionResult$ */.XN7),
  StartChangeRequestExecution$: () => (/* reexport */ schemas_0/* StartChangeRequestExecution$ */.kQN),
  StartChangeRequestExecutionCommand: () => (/* reexport */ StartChangeRequestExecutionCommand),
  StartChangeRequestExecutionRequest$: () => (/* reexport */ schemas_0/* StartChangeRequestExecutionRequest$ */.nj5),
  StartChangeRequestExecutionResult$: () => (/* reexport */ schemas_0/* StartChangeRequestExecutionResult$ */.rHO),
  StartExecutionPreview$: () => (/* reexport */ schemas_0/* StartExecutionPreview$ */.Vfb),
  StartExecutionPreviewCommand: () => (/* reexport */ StartExecutionPreviewCommand),
  StartExecutionPreviewRequest$: () => (/* reexport */ schemas_0/* StartExecutionPreviewRequest$ */.G7V),
  StartExecutionPreviewResponse$: () => (/* reexport */ schemas_0/* StartExecutionPreviewResponse$ */.u3t),
  StartSession$: () => (/* reexport */ schemas_0/* StartSession$ */.JZr),
  StartSessionCommand: () => (/* reexport */ StartSessionCommand),
  StartSessionRequest$: () => (/* reexport */ schemas_0/* StartSessionRequest$ */.wEt),
  StartSessionResponse$: () => (/* reexport */ schemas_0/* StartSessionResponse$ */.M4Y),
  StatusUnchanged: () => (/* reexport */ errors/* StatusUnchanged */.sh),
  StatusUnchanged$: () => (/* reexport */ schemas_0/* StatusUnchanged$ */.M3W),
  StepExecution$: () => (/* reexport */ schemas_0/* StepExecution$ */.N2B),
  StepExecutionFilter$: () => (/* reexport */ schemas_0/* StepExecutionFilter$ */.bkb),
  StepExecutionFilterKey: () => (/* reexport */ StepExecutionFilterKey),
  StopAutomationExecution$: () => (/* reexport */ schemas_0/* StopAutomationExecution$ */.Evk),
  StopAutomationExecutionCommand: () => (/* reexport */ StopAutomationExecutionCommand),
  StopAutomationExecutionRequest$: () => (/* reexport */ schemas_0/* StopAutomationExecutionRequest$ */.LqR),
  StopAutomationExecutionResult$: () => (/* reexport */ schemas_0/* StopAutomationExecutionResult$ */.xjU),
  StopType: () => (/* reexport */ StopType),
  SubTypeCountLimitExceededException: () => (/* reexport */ errors/* SubTypeCountLimitExceededException */.lz),
  SubTypeCountLimitExceededException$: () => (/* reexport */ schemas_0/* SubTypeCountLimitExceededException$ */.fZP),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  Target$: () => (/* reexport */ schemas_0/* Target$ */.mON),
  TargetInUseException: () => (/* reexport */ errors/* TargetInUseException */.JR),
  TargetInUseException$: () => (/* reexport */ schemas_0/* TargetInUseException$ */.L5k),
  TargetLocation$: () => (/* reexport */ schemas_0/* TargetLocation$ */.X7C),
  TargetNotConnected: () => (/* reexport */ errors/* TargetNotConnected */.Wc),
  TargetNotConnected$: () => (/* reexport */ schemas_0/* TargetNotConnected$ */.eIf),
  TargetPreview$: () => (/* reexport */ schemas_0/* TargetPreview$ */.cHk),
  TargetsSummary$: () => (/* reexport */ schemas_0/* TargetsSummary$ */.nbL),
  TerminateSession$: () => (/* reexport */ schemas_0/* TerminateSession$ */.qwH),
  TerminateSessionCommand: () => (/* reexport */ TerminateSessionCommand),
  TerminateSessionRequest$: () => (/* reexport */ schemas_0/* TerminateSessionRequest$ */.$Cg),
  TerminateSessionResponse$: () => (/* reexport */ schemas_0/* TerminateSessionResponse$ */.bJe),
  ThrottlingException: () => (/* reexport */ errors/* ThrottlingException */.x5),
  ThrottlingException$: () => (/* reexport */ schemas_0/* ThrottlingException$ */.tyi),
  TooManyTagsError: () => (/* reexport */ errors/* TooManyTagsError */.Fr),
  TooManyTagsError$: () => (/* reexport */ schemas_0/* TooManyTagsError$ */.bpe),
  TooManyUpdates: () => (/* reexport */ errors/* TooManyUpdates */.kx),
  TooManyUpdates$: () => (/* reexport */ schemas_0/* TooManyUpdates$ */.mQj),
  TotalSizeLimitExceededException: () => (/* reexport */ errors/* TotalSizeLimitExceededException */.v_),
  TotalSizeLimitExceededException$: () => (/* reexport */ schemas_0/* TotalSizeLimitExceededException$ */.$h_),
  UnlabelParameterVersion$: () => (/* reexport */ schemas_0/* UnlabelParameterVersion$ */.Pg4),
  UnlabelParameterVersionCommand: () => (/* reexport */ UnlabelParameterVersionCommand),
  UnlabelParameterVersionRequest$: () => (/* reexport */ schemas_0/* UnlabelParameterVersionRequest$ */.mHv),
  UnlabelParameterVersionResult$: () => (/* reexport */ schemas_0/* UnlabelParameterVersionResult$ */.S81),
  UnsupportedCalendarException: () => (/* reexport */ errors/* UnsupportedCalendarException */.vu),
  UnsupportedCalendarException$: () => (/* reexport */ schemas_0/* UnsupportedCalendarException$ */.jpM),
  UnsupportedFeatureRequiredException: () => (/* reexport */ errors/* UnsupportedFeatureRequiredException */.O0),
  UnsupportedFeatureRequiredException$: () => (/* reexport */ schemas_0/* UnsupportedFeatureRequiredException$ */.YR0),
  UnsupportedInventoryItemContextException: () => (/* reexport */ errors/* UnsupportedInventoryItemContextException */.ng),
  UnsupportedInventoryItemContextException$: () => (/* reexport */ schemas_0/* UnsupportedInventoryItemContextException$ */.bzc),
  UnsupportedInventorySchemaVersionException: () => (/* reexport */ errors/* UnsupportedInventorySchemaVersionException */.uJ),
  UnsupportedInventorySchemaVersionException$: () => (/* reexport */ schemas_0/* UnsupportedInventorySchemaVersionException$ */.I2E),
  UnsupportedOperatingSystem: () => (/* reexport */ errors/* UnsupportedOperatingSystem */.GR),
  UnsupportedOperatingSystem$: () => (/* reexport */ schemas_0/* UnsupportedOperatingSystem$ */.OpT),
  UnsupportedOperationException: () => (/* reexport */ errors/* UnsupportedOperationException */.NN),
  UnsupportedOperationException$: () => (/* reexport */ schemas_0/* UnsupportedOperationException$ */.MmW),
  UnsupportedParameterType: () => (/* reexport */ errors/* UnsupportedParameterType */.h1),
  UnsupportedParameterType$: () => (/* reexport */ schemas_0/* UnsupportedParameterType$ */.zR$),
  UnsupportedPlatformType: () => (/* reexport */ errors/* UnsupportedPlatformType */.tX),
  UnsupportedPlatformType$: () => (/* reexport */ schemas_0/* UnsupportedPlatformType$ */.$NL),
  UpdateAssociation$: () => (/* reexport */ schemas_0/* UpdateAssociation$ */.lkG),
  UpdateAssociationCommand: () => (/* reexport */ UpdateAssociationCommand),
  UpdateAssociationRequest$: () => (/* reexport */ schemas_0/* UpdateAssociationRequest$ */.mMe),
  UpdateAssociationResult$: () => (/* reexport */ schemas_0/* UpdateAssociationResult$ */._t7),
  UpdateAssociationStatus$: () => (/* reexport */ schemas_0/* UpdateAssociationStatus$ */.V7s),
  UpdateAssociationStatusCommand: () => (/* reexport */ UpdateAssociationStatusCommand),
  UpdateAssociationStatusRequest$: () => (/* reexport */ schemas_0/* UpdateAssociationStatusRequest$ */.Ykh),
  UpdateAssociationStatusResult$: () => (/* reexport */ schemas_0/* UpdateAssociationStatusResult$ */.Ij9),
  UpdateCloudConnector$: () => (/* reexport */ schemas_0/* UpdateCloudConnector$ */.EfI),
  UpdateCloudConnectorCommand: () => (/* reexport */ UpdateCloudConnectorCommand),
  UpdateCloudConnectorRequest$: () => (/* reexport */ schemas_0/* UpdateCloudConnectorRequest$ */.TuK),
  UpdateCloudConnectorResult$: () => (/* reexport */ schemas_0/* UpdateCloudConnectorResult$ */.BZp),
  UpdateDocument$: () => (/* reexport */ schemas_0/* UpdateDocument$ */.$_F),
  UpdateDocumentCommand: () => (/* reexport */ UpdateDocumentCommand),
  UpdateDocumentDefaultVersion$: () => (/* reexport */ schemas_0/* UpdateDocumentDefaultVersion$ */.SFz),
  UpdateDocumentDefaultVersionCommand: () => (/* reexport */ UpdateDocumentDefaultVersionCommand),
  UpdateDocumentDefaultVersionRequest$: () => (/* reexport */ schemas_0/* UpdateDocumentDefaultVersionRequest$ */.BC7),
  UpdateDocumentDefaultVersionResult$: () => (/* reexport */ schemas_0/* UpdateDocumentDefaultVersionResult$ */.tMr),
  UpdateDocumentMetadata$: () => (/* reexport */ schemas_0/* UpdateDocumentMetadata$ */.Gwb),
  UpdateDocumentMetadataCommand: () => (/* reexport */ UpdateDocumentMetadataCommand),
  UpdateDocumentMetadataRequest$: () => (/* reexport */ schemas_0/* UpdateDocumentMetadataRequest$ */.z_D),
  UpdateDocumentMetadataResponse$: () => (/* reexport */ schemas_0/* UpdateDocumentMetadataResponse$ */.Bem),
  UpdateDocumentRequest$: () => (/* reexport */ schemas_0/* UpdateDocumentRequest$ */._lH),
  UpdateDocumentResult$: () => (/* reexport */ schemas_0/* UpdateDocumentResult$ */.AjP),
  UpdateMaintenanceWindow$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindow$ */.PH0),
  UpdateMaintenanceWindowCommand: () => (/* reexport */ UpdateMaintenanceWindowCommand),
  UpdateMaintenanceWindowRequest$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowRequest$ */.M70),
  UpdateMaintenanceWindowResult$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowResult$ */.YYo),
  UpdateMaintenanceWindowTarget$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowTarget$ */.i$u),
  UpdateMaintenanceWindowTargetCommand: () => (/* reexport */ UpdateMaintenanceWindowTargetCommand),
  UpdateMaintenanceWindowTargetRequest$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowTargetRequest$ */.Ldk),
  UpdateMaintenanceWindowTargetResult$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowTargetResult$ */.jN9),
  UpdateMaintenanceWindowTask$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowTask$ */.elB),
  UpdateMaintenanceWindowTaskCommand: () => (/* reexport */ UpdateMaintenanceWindowTaskCommand),
  UpdateMaintenanceWindowTaskRequest$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowTaskRequest$ */.leU),
  UpdateMaintenanceWindowTaskResult$: () => (/* reexport */ schemas_0/* UpdateMaintenanceWindowTaskResult$ */.hOQ),
  UpdateManagedInstanceRole$: () => (/* reexport */ schemas_0/* UpdateManagedInstanceRole$ */.oaD),
  UpdateManagedInstanceRoleCommand: () => (/* reexport */ UpdateManagedInstanceRoleCommand),
  UpdateManagedInstanceRoleRequest$: () => (/* reexport */ schemas_0/* UpdateManagedInstanceRoleRequest$ */.r3n),
  UpdateManagedInstanceRoleResult$: () => (/* reexport */ schemas_0/* UpdateManagedInstanceRoleResult$ */.DJF),
  UpdateOpsItem$: () => (/* reexport */ schemas_0/* UpdateOpsItem$ */.F2r),
  UpdateOpsItemCommand: () => (/* reexport */ UpdateOpsItemCommand),
  UpdateOpsItemRequest$: () => (/* reexport */ schemas_0/* UpdateOpsItemRequest$ */.is2),
  UpdateOpsItemResponse$: () => (/* reexport */ schemas_0/* UpdateOpsItemResponse$ */.ATh),
  UpdateOpsMetadata$: () => (/* reexport */ schemas_0/* UpdateOpsMetadata$ */.htf),
  UpdateOpsMetadataCommand: () => (/* reexport */ UpdateOpsMetadataCommand),
  UpdateOpsMetadataRequest$: () => (/* reexport */ schemas_0/* UpdateOpsMetadataRequest$ */.UKi),
  UpdateOpsMetadataResult$: () => (/* reexport */ schemas_0/* UpdateOpsMetadataResult$ */.M3v),
  UpdatePatchBaseline$: () => (/* reexport */ schemas_0/* UpdatePatchBaseline$ */.d9j),
  UpdatePatchBaselineCommand: () => (/* reexport */ UpdatePatchBaselineCommand),
  UpdatePatchBaselineRequest$: () => (/* reexport */ schemas_0/* UpdatePatchBaselineRequest$ */.W95),
  UpdatePatchBaselineResult$: () => (/* reexport */ schemas_0/* UpdatePatchBaselineResult$ */.m6k),
  UpdateResourceDataSync$: () => (/* reexport */ schemas_0/* UpdateResourceDataSync$ */.LBQ),
  UpdateResourceDataSyncCommand: () => (/* reexport */ UpdateResourceDataSyncCommand),
  UpdateResourceDataSyncRequest$: () => (/* reexport */ schemas_0/* UpdateResourceDataSyncRequest$ */.mo6),
  UpdateResourceDataSyncResult$: () => (/* reexport */ schemas_0/* UpdateResourceDataSyncResult$ */.AsX),
  UpdateServiceSetting$: () => (/* reexport */ schemas_0/* UpdateServiceSetting$ */.TEo),
  UpdateServiceSettingCommand: () => (/* reexport */ UpdateServiceSettingCommand),
  UpdateServiceSettingRequest$: () => (/* reexport */ schemas_0/* UpdateServiceSettingRequest$ */.ijZ),
  UpdateServiceSettingResult$: () => (/* reexport */ schemas_0/* UpdateServiceSettingResult$ */.GmS),
  ValidateCloudConnector$: () => (/* reexport */ schemas_0/* ValidateCloudConnector$ */.Ldc),
  ValidateCloudConnectorCommand: () => (/* reexport */ ValidateCloudConnectorCommand),
  ValidateCloudConnectorRequest$: () => (/* reexport */ schemas_0/* ValidateCloudConnectorRequest$ */.yeq),
  ValidateCloudConnectorResult$: () => (/* reexport */ schemas_0/* ValidateCloudConnectorResult$ */.kYU),
  ValidationException: () => (/* reexport */ errors/* ValidationException */.dr),
  ValidationException$: () => (/* reexport */ schemas_0/* ValidationException$ */.fNg),
  ValidationFinding$: () => (/* reexport */ schemas_0/* ValidationFinding$ */.zX$),
  ValidationFindingCode: () => (/* reexport */ ValidationFindingCode),
  ValidationFindingScope$: () => (/* reexport */ schemas_0/* ValidationFindingScope$ */.BNj),
  ValidationFindingScopeType: () => (/* reexport */ ValidationFindingScopeType),
  ValidationFindingType: () => (/* reexport */ ValidationFindingType),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateDescribeActivations: () => (/* reexport */ paginateDescribeActivations),
  paginateDescribeAssociationExecutionTargets: () => (/* reexport */ paginateDescribeAssociationExecutionTargets),
  paginateDescribeAssociationExecutions: () => (/* reexport */ paginateDescribeAssociationExecutions),
  paginateDescribeAutomationExecutions: () => (/* reexport */ paginateDescribeAutomationExecutions),
  paginateDescribeAutomationStepExecutions: () => (/* reexport */ paginateDescribeAutomationStepExecutions),
  paginateDescribeAvailablePatches: () => (/* reexport */ paginateDescribeAvailablePatches),
  paginateDescribeEffectiveInstanceAssociations: () => (/* reexport */ paginateDescribeEffectiveInstanceAssociations),
  paginateDescribeEffectivePatchesForPatchBaseline: () => (/* reexport */ paginateDescribeEffectivePatchesForPatchBaseline),
  paginateDescribeInstanceAssociationsStatus: () => (/* reexport */ paginateDescribeInstanceAssociationsStatus),
  paginateDescribeInstanceInformation: () => (/* reexport */ paginateDescribeInstanceInformation),
  paginateDescribeInstancePatchStates: () => (/* reexport */ paginateDescribeInstancePatchStates),
  paginateDescribeInstancePatchStatesForPatchGroup: () => (/* reexport */ paginateDescribeInstancePatchStatesForPatchGroup),
  paginateDescribeInstancePatches: () => (/* reexport */ paginateDescribeInstancePatches),
  paginateDescribeInstanceProperties: () => (/* reexport */ paginateDescribeInstanceProperties),
  paginateDescribeInventoryDeletions: () => (/* reexport */ paginateDescribeInventoryDeletions),
  paginateDescribeMaintenanceWindowExecutionTaskInvocations: () => (/* reexport */ paginateDescribeMaintenanceWindowExecutionTaskInvocations),
  paginateDescribeMaintenanceWindowExecutionTasks: () => (/* reexport */ paginateDescribeMaintenanceWindowExecutionTasks),
  paginateDescribeMaintenanceWindowExecutions: () => (/* reexport */ paginateDescribeMaintenanceWindowExecutions),
  paginateDescribeMaintenanceWindowSchedule: () => (/* reexport */ paginateDescribeMaintenanceWindowSchedule),
  paginateDescribeMaintenanceWindowTargets: () => (/* reexport */ paginateDescribeMaintenanceWindowTargets),
  paginateDescribeMaintenanceWindowTasks: () => (/* reexport */ paginateDescribeMaintenanceWindowTasks),
  paginateDescribeMaintenanceWindows: () => (/* reexport */ paginateDescribeMaintenanceWindows),
  paginateDescribeMaintenanceWindowsForTarget: () => (/* reexport */ paginateDescribeMaintenanceWindowsForTarget),
  paginateDescribeOpsItems: () => (/* reexport */ paginateDescribeOpsItems),
  paginateDescribeParameters: () => (/* reexport */ paginateDescribeParameters),
  paginateDescribePatchBaselines: () => (/* reexport */ paginateDescribePatchBaselines),
  paginateDescribePatchGroups: () => (/* reexport */ paginateDescribePatchGroups),
  paginateDescribePatchProperties: () => (/* reexport */ paginateDescribePatchProperties),
  paginateDescribeSessions: () => (/* reexport */ paginateDescribeSessions),
  paginateGetInventory: () => (/* reexport */ paginateGetInventory),
  paginateGetInventorySchema: () => (/* reexport */ paginateGetInventorySchema),
  paginateGetOpsSummary: () => (/* reexport */ paginateGetOpsSummary),
  paginateGetParameterHistory: () => (/* reexport */ paginateGetParameterHistory),
  paginateGetParametersByPath: () => (/* reexport */ paginateGetParametersByPath),
  paginateGetResourcePolicies: () => (/* reexport */ paginateGetResourcePolicies),
  paginateListAssociationVersions: () => (/* reexport */ paginateListAssociationVersions),
  paginateListAssociations: () => (/* reexport */ paginateListAssociations),
  paginateListCloudConnectors: () => (/* reexport */ paginateListCloudConnectors),
  paginateListCommandInvocations: () => (/* reexport */ paginateListCommandInvocations),
  paginateListCommands: () => (/* reexport */ paginateListCommands),
  paginateListComplianceItems: () => (/* reexport */ paginateListComplianceItems),
  paginateListComplianceSummaries: () => (/* reexport */ paginateListComplianceSummaries),
  paginateListDocumentVersions: () => (/* reexport */ paginateListDocumentVersions),
  paginateListDocuments: () => (/* reexport */ paginateListDocuments),
  paginateListNodes: () => (/* reexport */ paginateListNodes),
  paginateListNodesSummary: () => (/* reexport */ paginateListNodesSummary),
  paginateListOpsItemEvents: () => (/* reexport */ paginateListOpsItemEvents),
  paginateListOpsItemRelatedItems: () => (/* reexport */ paginateListOpsItemRelatedItems),
  paginateListOpsMetadata: () => (/* reexport */ paginateListOpsMetadata),
  paginateListResourceComplianceSummaries: () => (/* reexport */ paginateListResourceComplianceSummaries),
  paginateListResourceDataSync: () => (/* reexport */ paginateListResourceDataSync),
  paginateValidateCloudConnector: () => (/* reexport */ paginateValidateCloudConnector),
  waitForCommandExecuted: () => (/* reexport */ waitForCommandExecuted),
  waitUntilCommandExecuted: () => (/* reexport */ waitUntilCommandExecuted)
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/auth/httpAuthSchemeProvider.js


const defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "ssm",
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
const defaultSSMHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(2805);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/endpoint/bdd.js

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
        ["https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ssm.{Region}.amazonaws.com", i],
        ["https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ssm.{Region}.{PartitionResult#dnsSuffix}", i],
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(6462);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2014-11-06",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.ssm",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
            version: "2014-11-06",
            serviceTarget: "AmazonSSM",
        },
        serviceId: config?.serviceId ?? "SSM",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/SSMClient.js













class SSMClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(6896);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/AddTagsToResourceCommand.js


class AddTagsToResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddTagsToResource", schemas_0/* AddTagsToResource$ */.Yl$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/AssociateOpsItemRelatedItemCommand.js


class AssociateOpsItemRelatedItemCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateOpsItemRelatedItem", schemas_0/* AssociateOpsItemRelatedItem$ */._yy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CancelCommandCommand.js


class CancelCommandCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CancelCommand", schemas_0/* CancelCommand$ */.KSr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CancelMaintenanceWindowExecutionCommand.js


class CancelMaintenanceWindowExecutionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CancelMaintenanceWindowExecution", schemas_0/* CancelMaintenanceWindowExecution$ */.kjh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateActivationCommand.js


class CreateActivationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateActivation", schemas_0/* CreateActivation$ */.Bv3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateAssociationBatchCommand.js


class CreateAssociationBatchCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateAssociationBatch", schemas_0/* CreateAssociationBatch$ */.UxG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateAssociationCommand.js


class CreateAssociationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateAssociation", schemas_0/* CreateAssociation$ */.cnb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateCloudConnectorCommand.js


class CreateCloudConnectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateCloudConnector", schemas_0/* CreateCloudConnector$ */.B$_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateDocumentCommand.js


class CreateDocumentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDocument", schemas_0/* CreateDocument$ */.gdk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateMaintenanceWindowCommand.js


class CreateMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateMaintenanceWindow", schemas_0/* CreateMaintenanceWindow$ */._AY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateOpsItemCommand.js


class CreateOpsItemCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateOpsItem", schemas_0/* CreateOpsItem$ */.mU2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateOpsMetadataCommand.js


class CreateOpsMetadataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateOpsMetadata", schemas_0/* CreateOpsMetadata$ */.KPy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreatePatchBaselineCommand.js


class CreatePatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePatchBaseline", schemas_0/* CreatePatchBaseline$ */.QGg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/CreateResourceDataSyncCommand.js


class CreateResourceDataSyncCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateResourceDataSync", schemas_0/* CreateResourceDataSync$ */.kcj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteActivationCommand.js


class DeleteActivationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteActivation", schemas_0/* DeleteActivation$ */.Ob6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteAssociationCommand.js


class DeleteAssociationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAssociation", schemas_0/* DeleteAssociation$ */.N$N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteCloudConnectorCommand.js


class DeleteCloudConnectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteCloudConnector", schemas_0/* DeleteCloudConnector$ */.WjS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteDocumentCommand.js


class DeleteDocumentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDocument", schemas_0/* DeleteDocument$ */.PBe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteInventoryCommand.js


class DeleteInventoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteInventory", schemas_0/* DeleteInventory$ */.MEQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteMaintenanceWindowCommand.js


class DeleteMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteMaintenanceWindow", schemas_0/* DeleteMaintenanceWindow$ */.HSF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteOpsItemCommand.js


class DeleteOpsItemCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteOpsItem", schemas_0/* DeleteOpsItem$ */.Vvo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteOpsMetadataCommand.js


class DeleteOpsMetadataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteOpsMetadata", schemas_0/* DeleteOpsMetadata$ */.VMy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteParameterCommand.js


class DeleteParameterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteParameter", schemas_0/* DeleteParameter$ */.JLh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteParametersCommand.js


class DeleteParametersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteParameters", schemas_0/* DeleteParameters$ */.q9B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeletePatchBaselineCommand.js


class DeletePatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeletePatchBaseline", schemas_0/* DeletePatchBaseline$ */.xMd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteResourceDataSyncCommand.js


class DeleteResourceDataSyncCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourceDataSync", schemas_0/* DeleteResourceDataSync$ */.fqL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeleteResourcePolicyCommand.js


class DeleteResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourcePolicy", schemas_0/* DeleteResourcePolicy$ */.cfZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeregisterDefaultHostManagementConfigurationCommand.js


class DeregisterDefaultHostManagementConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterDefaultHostManagementConfiguration", schemas_0/* DeregisterDefaultHostManagementConfiguration$ */.xv2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeregisterManagedInstanceCommand.js


class DeregisterManagedInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterManagedInstance", schemas_0/* DeregisterManagedInstance$ */.TJo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeregisterPatchBaselineForPatchGroupCommand.js


class DeregisterPatchBaselineForPatchGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterPatchBaselineForPatchGroup", schemas_0/* DeregisterPatchBaselineForPatchGroup$ */.IcJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeregisterTargetFromMaintenanceWindowCommand.js


class DeregisterTargetFromMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterTargetFromMaintenanceWindow", schemas_0/* DeregisterTargetFromMaintenanceWindow$ */.dbM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DeregisterTaskFromMaintenanceWindowCommand.js


class DeregisterTaskFromMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterTaskFromMaintenanceWindow", schemas_0/* DeregisterTaskFromMaintenanceWindow$ */.Vni) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeActivationsCommand.js


class DescribeActivationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeActivations", schemas_0/* DescribeActivations$ */.xzC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeAssociationCommand.js


class DescribeAssociationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAssociation", schemas_0/* DescribeAssociation$ */.nfT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeAssociationExecutionsCommand.js


class DescribeAssociationExecutionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAssociationExecutions", schemas_0/* DescribeAssociationExecutions$ */.Kc1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeAssociationExecutionTargetsCommand.js


class DescribeAssociationExecutionTargetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAssociationExecutionTargets", schemas_0/* DescribeAssociationExecutionTargets$ */.nd4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeAutomationExecutionsCommand.js


class DescribeAutomationExecutionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAutomationExecutions", schemas_0/* DescribeAutomationExecutions$ */.sv3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeAutomationStepExecutionsCommand.js


class DescribeAutomationStepExecutionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAutomationStepExecutions", schemas_0/* DescribeAutomationStepExecutions$ */.Kdw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeAvailablePatchesCommand.js


class DescribeAvailablePatchesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAvailablePatches", schemas_0/* DescribeAvailablePatches$ */.hYu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeDocumentCommand.js


class DescribeDocumentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeDocument", schemas_0/* DescribeDocument$ */.t$r) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeDocumentPermissionCommand.js


class DescribeDocumentPermissionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeDocumentPermission", schemas_0/* DescribeDocumentPermission$ */.CLC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeEffectiveInstanceAssociationsCommand.js


class DescribeEffectiveInstanceAssociationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeEffectiveInstanceAssociations", schemas_0/* DescribeEffectiveInstanceAssociations$ */.aXm) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeEffectivePatchesForPatchBaselineCommand.js


class DescribeEffectivePatchesForPatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeEffectivePatchesForPatchBaseline", schemas_0/* DescribeEffectivePatchesForPatchBaseline$ */.pzC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInstanceAssociationsStatusCommand.js


class DescribeInstanceAssociationsStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInstanceAssociationsStatus", schemas_0/* DescribeInstanceAssociationsStatus$ */.nKj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInstanceInformationCommand.js


class DescribeInstanceInformationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInstanceInformation", schemas_0/* DescribeInstanceInformation$ */.DDy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInstancePatchesCommand.js


class DescribeInstancePatchesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInstancePatches", schemas_0/* DescribeInstancePatches$ */.Tje) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInstancePatchStatesCommand.js


class DescribeInstancePatchStatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInstancePatchStates", schemas_0/* DescribeInstancePatchStates$ */.DWe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInstancePatchStatesForPatchGroupCommand.js


class DescribeInstancePatchStatesForPatchGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInstancePatchStatesForPatchGroup", schemas_0/* DescribeInstancePatchStatesForPatchGroup$ */.$_d) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInstancePropertiesCommand.js


class DescribeInstancePropertiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInstanceProperties", schemas_0/* DescribeInstanceProperties$ */.avD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeInventoryDeletionsCommand.js


class DescribeInventoryDeletionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInventoryDeletions", schemas_0/* DescribeInventoryDeletions$ */.vzN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowExecutionsCommand.js


class DescribeMaintenanceWindowExecutionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowExecutions", schemas_0/* DescribeMaintenanceWindowExecutions$ */.Csl) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowExecutionTaskInvocationsCommand.js


class DescribeMaintenanceWindowExecutionTaskInvocationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowExecutionTaskInvocations", schemas_0/* DescribeMaintenanceWindowExecutionTaskInvocations$ */.B50) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowExecutionTasksCommand.js


class DescribeMaintenanceWindowExecutionTasksCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowExecutionTasks", schemas_0/* DescribeMaintenanceWindowExecutionTasks$ */.FIb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowScheduleCommand.js


class DescribeMaintenanceWindowScheduleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowSchedule", schemas_0/* DescribeMaintenanceWindowSchedule$ */.gM2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowsCommand.js


class DescribeMaintenanceWindowsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindows", schemas_0/* DescribeMaintenanceWindows$ */.AjW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowsForTargetCommand.js


class DescribeMaintenanceWindowsForTargetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowsForTarget", schemas_0/* DescribeMaintenanceWindowsForTarget$ */.UQy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowTargetsCommand.js


class DescribeMaintenanceWindowTargetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowTargets", schemas_0/* DescribeMaintenanceWindowTargets$ */.lok) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeMaintenanceWindowTasksCommand.js


class DescribeMaintenanceWindowTasksCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeMaintenanceWindowTasks", schemas_0/* DescribeMaintenanceWindowTasks$ */.j$8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeOpsItemsCommand.js


class DescribeOpsItemsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeOpsItems", schemas_0/* DescribeOpsItems$ */.Ih_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeParametersCommand.js


class DescribeParametersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeParameters", schemas_0/* DescribeParameters$ */.Ck2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribePatchBaselinesCommand.js


class DescribePatchBaselinesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribePatchBaselines", schemas_0/* DescribePatchBaselines$ */.CXv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribePatchGroupsCommand.js


class DescribePatchGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribePatchGroups", schemas_0/* DescribePatchGroups$ */.mvg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribePatchGroupStateCommand.js


class DescribePatchGroupStateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribePatchGroupState", schemas_0/* DescribePatchGroupState$ */.kEz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribePatchPropertiesCommand.js


class DescribePatchPropertiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribePatchProperties", schemas_0/* DescribePatchProperties$ */.b9J) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeSessionsCommand.js


class DescribeSessionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeSessions", schemas_0/* DescribeSessions$ */.lv0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/DisassociateOpsItemRelatedItemCommand.js


class DisassociateOpsItemRelatedItemCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisassociateOpsItemRelatedItem", schemas_0/* DisassociateOpsItemRelatedItem$ */.Q_h) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetAccessTokenCommand.js


class GetAccessTokenCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccessToken", schemas_0/* GetAccessToken$ */.mVw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetAutomationExecutionCommand.js


class GetAutomationExecutionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAutomationExecution", schemas_0/* GetAutomationExecution$ */._1N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetCalendarStateCommand.js


class GetCalendarStateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCalendarState", schemas_0/* GetCalendarState$ */.ip3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetCloudConnectorCommand.js


class GetCloudConnectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCloudConnector", schemas_0/* GetCloudConnector$ */.NgW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetCommandInvocationCommand.js


class GetCommandInvocationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCommandInvocation", schemas_0/* GetCommandInvocation$ */.Muv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetConnectionStatusCommand.js


class GetConnectionStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetConnectionStatus", schemas_0/* GetConnectionStatus$ */.VPh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetDefaultPatchBaselineCommand.js


class GetDefaultPatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDefaultPatchBaseline", schemas_0/* GetDefaultPatchBaseline$ */.zYd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetDeployablePatchSnapshotForInstanceCommand.js


class GetDeployablePatchSnapshotForInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDeployablePatchSnapshotForInstance", schemas_0/* GetDeployablePatchSnapshotForInstance$ */.wGX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetDocumentCommand.js


class GetDocumentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDocument", schemas_0/* GetDocument$ */["if"]) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetExecutionPreviewCommand.js


class GetExecutionPreviewCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetExecutionPreview", schemas_0/* GetExecutionPreview$ */.Pkg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetInventoryCommand.js


class GetInventoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetInventory", schemas_0/* GetInventory$ */.Ly8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetInventorySchemaCommand.js


class GetInventorySchemaCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetInventorySchema", schemas_0/* GetInventorySchema$ */.Aw$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetMaintenanceWindowCommand.js


class GetMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMaintenanceWindow", schemas_0/* GetMaintenanceWindow$ */.gGN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetMaintenanceWindowExecutionCommand.js


class GetMaintenanceWindowExecutionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMaintenanceWindowExecution", schemas_0/* GetMaintenanceWindowExecution$ */.uac) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetMaintenanceWindowExecutionTaskCommand.js


class GetMaintenanceWindowExecutionTaskCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMaintenanceWindowExecutionTask", schemas_0/* GetMaintenanceWindowExecutionTask$ */.voe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetMaintenanceWindowExecutionTaskInvocationCommand.js


class GetMaintenanceWindowExecutionTaskInvocationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMaintenanceWindowExecutionTaskInvocation", schemas_0/* GetMaintenanceWindowExecutionTaskInvocation$ */.lMK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetMaintenanceWindowTaskCommand.js


class GetMaintenanceWindowTaskCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMaintenanceWindowTask", schemas_0/* GetMaintenanceWindowTask$ */.Fo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetOpsItemCommand.js


class GetOpsItemCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOpsItem", schemas_0/* GetOpsItem$ */.oyT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetOpsMetadataCommand.js


class GetOpsMetadataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOpsMetadata", schemas_0/* GetOpsMetadata$ */.e6z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetOpsSummaryCommand.js


class GetOpsSummaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOpsSummary", schemas_0/* GetOpsSummary$ */.rRJ) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetParameterCommand.js
var GetParameterCommand = __webpack_require__(3773);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetParameterHistoryCommand.js


class GetParameterHistoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetParameterHistory", schemas_0/* GetParameterHistory$ */.S1c) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetParametersByPathCommand.js


class GetParametersByPathCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetParametersByPath", schemas_0/* GetParametersByPath$ */.RNT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetParametersCommand.js


class GetParametersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetParameters", schemas_0/* GetParameters$ */.h6Z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetPatchBaselineCommand.js


class GetPatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPatchBaseline", schemas_0/* GetPatchBaseline$ */.A9p) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetPatchBaselineForPatchGroupCommand.js


class GetPatchBaselineForPatchGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPatchBaselineForPatchGroup", schemas_0/* GetPatchBaselineForPatchGroup$ */.Qiu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetResourcePoliciesCommand.js


class GetResourcePoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResourcePolicies", schemas_0/* GetResourcePolicies$ */.lFw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/GetServiceSettingCommand.js


class GetServiceSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetServiceSetting", schemas_0/* GetServiceSetting$ */._96) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/LabelParameterVersionCommand.js


class LabelParameterVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "LabelParameterVersion", schemas_0/* LabelParameterVersion$ */._Il) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListAssociationsCommand.js


class ListAssociationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAssociations", schemas_0/* ListAssociations$ */.l$M) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListAssociationVersionsCommand.js


class ListAssociationVersionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAssociationVersions", schemas_0/* ListAssociationVersions$ */.jSK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListCloudConnectorsCommand.js


class ListCloudConnectorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListCloudConnectors", schemas_0/* ListCloudConnectors$ */.Tgq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListCommandInvocationsCommand.js


class ListCommandInvocationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListCommandInvocations", schemas_0/* ListCommandInvocations$ */.tvO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListCommandsCommand.js


class ListCommandsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListCommands", schemas_0/* ListCommands$ */.V6m) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListComplianceItemsCommand.js


class ListComplianceItemsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListComplianceItems", schemas_0/* ListComplianceItems$ */.IYO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListComplianceSummariesCommand.js


class ListComplianceSummariesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListComplianceSummaries", schemas_0/* ListComplianceSummaries$ */.Kp$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListDocumentMetadataHistoryCommand.js


class ListDocumentMetadataHistoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDocumentMetadataHistory", schemas_0/* ListDocumentMetadataHistory$ */.vPv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListDocumentsCommand.js


class ListDocumentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDocuments", schemas_0/* ListDocuments$ */.HsE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListDocumentVersionsCommand.js


class ListDocumentVersionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDocumentVersions", schemas_0/* ListDocumentVersions$ */.Fpe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListInventoryEntriesCommand.js


class ListInventoryEntriesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListInventoryEntries", schemas_0/* ListInventoryEntries$ */.HID) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListNodesCommand.js


class ListNodesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListNodes", schemas_0/* ListNodes$ */.cSj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListNodesSummaryCommand.js


class ListNodesSummaryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListNodesSummary", schemas_0/* ListNodesSummary$ */.QMT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListOpsItemEventsCommand.js


class ListOpsItemEventsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOpsItemEvents", schemas_0/* ListOpsItemEvents$ */.zwD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListOpsItemRelatedItemsCommand.js


class ListOpsItemRelatedItemsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOpsItemRelatedItems", schemas_0/* ListOpsItemRelatedItems$ */.$kn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListOpsMetadataCommand.js


class ListOpsMetadataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOpsMetadata", schemas_0/* ListOpsMetadata$ */.sYi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListResourceComplianceSummariesCommand.js


class ListResourceComplianceSummariesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListResourceComplianceSummaries", schemas_0/* ListResourceComplianceSummaries$ */.mJy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListResourceDataSyncCommand.js


class ListResourceDataSyncCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListResourceDataSync", schemas_0/* ListResourceDataSync$ */.A4d) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ModifyDocumentPermissionCommand.js


class ModifyDocumentPermissionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyDocumentPermission", schemas_0/* ModifyDocumentPermission$ */.rgI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/PutComplianceItemsCommand.js


class PutComplianceItemsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutComplianceItems", schemas_0/* PutComplianceItems$ */.b5S) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/PutInventoryCommand.js


class PutInventoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutInventory", schemas_0/* PutInventory$ */.g0s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/PutParameterCommand.js


class PutParameterCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutParameter", schemas_0/* PutParameter$ */.t7P) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/PutResourcePolicyCommand.js


class PutResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutResourcePolicy", schemas_0/* PutResourcePolicy$ */.kdY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/RegisterDefaultHostManagementConfigurationCommand.js


class RegisterDefaultHostManagementConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterDefaultHostManagementConfiguration", schemas_0/* RegisterDefaultHostManagementConfiguration$ */.sGD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/RegisterDefaultPatchBaselineCommand.js


class RegisterDefaultPatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterDefaultPatchBaseline", schemas_0/* RegisterDefaultPatchBaseline$ */.EsE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/RegisterPatchBaselineForPatchGroupCommand.js


class RegisterPatchBaselineForPatchGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterPatchBaselineForPatchGroup", schemas_0/* RegisterPatchBaselineForPatchGroup$ */.pJ7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/RegisterTargetWithMaintenanceWindowCommand.js


class RegisterTargetWithMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterTargetWithMaintenanceWindow", schemas_0/* RegisterTargetWithMaintenanceWindow$ */.k5t) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/RegisterTaskWithMaintenanceWindowCommand.js


class RegisterTaskWithMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterTaskWithMaintenanceWindow", schemas_0/* RegisterTaskWithMaintenanceWindow$ */.iEL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/RemoveTagsFromResourceCommand.js


class RemoveTagsFromResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveTagsFromResource", schemas_0/* RemoveTagsFromResource$ */.MRo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ResetServiceSettingCommand.js


class ResetServiceSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ResetServiceSetting", schemas_0/* ResetServiceSetting$ */.PYt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ResumeSessionCommand.js


class ResumeSessionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ResumeSession", schemas_0/* ResumeSession$ */.Ect) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/SendAutomationSignalCommand.js


class SendAutomationSignalCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SendAutomationSignal", schemas_0/* SendAutomationSignal$ */.uER) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/SendCommandCommand.js


class SendCommandCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SendCommand", schemas_0/* SendCommand$ */.UVS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StartAccessRequestCommand.js


class StartAccessRequestCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartAccessRequest", schemas_0/* StartAccessRequest$ */.YQm) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StartAssociationsOnceCommand.js


class StartAssociationsOnceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartAssociationsOnce", schemas_0/* StartAssociationsOnce$ */.c0s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StartAutomationExecutionCommand.js


class StartAutomationExecutionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartAutomationExecution", schemas_0/* StartAutomationExecution$ */._XE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StartChangeRequestExecutionCommand.js


class StartChangeRequestExecutionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartChangeRequestExecution", schemas_0/* StartChangeRequestExecution$ */.kQN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StartExecutionPreviewCommand.js


class StartExecutionPreviewCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartExecutionPreview", schemas_0/* StartExecutionPreview$ */.Vfb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StartSessionCommand.js


class StartSessionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartSession", schemas_0/* StartSession$ */.JZr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/StopAutomationExecutionCommand.js


class StopAutomationExecutionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopAutomationExecution", schemas_0/* StopAutomationExecution$ */.Evk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/TerminateSessionCommand.js


class TerminateSessionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TerminateSession", schemas_0/* TerminateSession$ */.qwH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UnlabelParameterVersionCommand.js


class UnlabelParameterVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UnlabelParameterVersion", schemas_0/* UnlabelParameterVersion$ */.Pg4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateAssociationCommand.js


class UpdateAssociationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateAssociation", schemas_0/* UpdateAssociation$ */.lkG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateAssociationStatusCommand.js


class UpdateAssociationStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateAssociationStatus", schemas_0/* UpdateAssociationStatus$ */.V7s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateCloudConnectorCommand.js


class UpdateCloudConnectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateCloudConnector", schemas_0/* UpdateCloudConnector$ */.EfI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateDocumentCommand.js


class UpdateDocumentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDocument", schemas_0/* UpdateDocument$ */.$_F) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateDocumentDefaultVersionCommand.js


class UpdateDocumentDefaultVersionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDocumentDefaultVersion", schemas_0/* UpdateDocumentDefaultVersion$ */.SFz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateDocumentMetadataCommand.js


class UpdateDocumentMetadataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDocumentMetadata", schemas_0/* UpdateDocumentMetadata$ */.Gwb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateMaintenanceWindowCommand.js


class UpdateMaintenanceWindowCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateMaintenanceWindow", schemas_0/* UpdateMaintenanceWindow$ */.PH0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateMaintenanceWindowTargetCommand.js


class UpdateMaintenanceWindowTargetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateMaintenanceWindowTarget", schemas_0/* UpdateMaintenanceWindowTarget$ */.i$u) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateMaintenanceWindowTaskCommand.js


class UpdateMaintenanceWindowTaskCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateMaintenanceWindowTask", schemas_0/* UpdateMaintenanceWindowTask$ */.elB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateManagedInstanceRoleCommand.js


class UpdateManagedInstanceRoleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateManagedInstanceRole", schemas_0/* UpdateManagedInstanceRole$ */.oaD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateOpsItemCommand.js


class UpdateOpsItemCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateOpsItem", schemas_0/* UpdateOpsItem$ */.F2r) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateOpsMetadataCommand.js


class UpdateOpsMetadataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateOpsMetadata", schemas_0/* UpdateOpsMetadata$ */.htf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdatePatchBaselineCommand.js


class UpdatePatchBaselineCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdatePatchBaseline", schemas_0/* UpdatePatchBaseline$ */.d9j) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateResourceDataSyncCommand.js


class UpdateResourceDataSyncCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateResourceDataSync", schemas_0/* UpdateResourceDataSync$ */.LBQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/UpdateServiceSettingCommand.js


class UpdateServiceSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateServiceSetting", schemas_0/* UpdateServiceSetting$ */.TEo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/ValidateCloudConnectorCommand.js


class ValidateCloudConnectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ValidateCloudConnector", schemas_0/* ValidateCloudConnector$ */.Ldc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeActivationsPaginator.js



const paginateDescribeActivations = (0,dist_cjs.createPaginator)(SSMClient, DescribeActivationsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeAssociationExecutionsPaginator.js



const paginateDescribeAssociationExecutions = (0,dist_cjs.createPaginator)(SSMClient, DescribeAssociationExecutionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeAssociationExecutionTargetsPaginator.js



const paginateDescribeAssociationExecutionTargets = (0,dist_cjs.createPaginator)(SSMClient, DescribeAssociationExecutionTargetsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeAutomationExecutionsPaginator.js



const paginateDescribeAutomationExecutions = (0,dist_cjs.createPaginator)(SSMClient, DescribeAutomationExecutionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeAutomationStepExecutionsPaginator.js



const paginateDescribeAutomationStepExecutions = (0,dist_cjs.createPaginator)(SSMClient, DescribeAutomationStepExecutionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeAvailablePatchesPaginator.js



const paginateDescribeAvailablePatches = (0,dist_cjs.createPaginator)(SSMClient, DescribeAvailablePatchesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeEffectiveInstanceAssociationsPaginator.js



const paginateDescribeEffectiveInstanceAssociations = (0,dist_cjs.createPaginator)(SSMClient, DescribeEffectiveInstanceAssociationsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeEffectivePatchesForPatchBaselinePaginator.js



const paginateDescribeEffectivePatchesForPatchBaseline = (0,dist_cjs.createPaginator)(SSMClient, DescribeEffectivePatchesForPatchBaselineCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInstanceAssociationsStatusPaginator.js



const paginateDescribeInstanceAssociationsStatus = (0,dist_cjs.createPaginator)(SSMClient, DescribeInstanceAssociationsStatusCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInstanceInformationPaginator.js



const paginateDescribeInstanceInformation = (0,dist_cjs.createPaginator)(SSMClient, DescribeInstanceInformationCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInstancePatchesPaginator.js



const paginateDescribeInstancePatches = (0,dist_cjs.createPaginator)(SSMClient, DescribeInstancePatchesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInstancePatchStatesForPatchGroupPaginator.js



const paginateDescribeInstancePatchStatesForPatchGroup = (0,dist_cjs.createPaginator)(SSMClient, DescribeInstancePatchStatesForPatchGroupCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInstancePatchStatesPaginator.js



const paginateDescribeInstancePatchStates = (0,dist_cjs.createPaginator)(SSMClient, DescribeInstancePatchStatesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInstancePropertiesPaginator.js



const paginateDescribeInstanceProperties = (0,dist_cjs.createPaginator)(SSMClient, DescribeInstancePropertiesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeInventoryDeletionsPaginator.js



const paginateDescribeInventoryDeletions = (0,dist_cjs.createPaginator)(SSMClient, DescribeInventoryDeletionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowExecutionsPaginator.js



const paginateDescribeMaintenanceWindowExecutions = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowExecutionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowExecutionTaskInvocationsPaginator.js



const paginateDescribeMaintenanceWindowExecutionTaskInvocations = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowExecutionTaskInvocationsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowExecutionTasksPaginator.js



const paginateDescribeMaintenanceWindowExecutionTasks = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowExecutionTasksCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowSchedulePaginator.js



const paginateDescribeMaintenanceWindowSchedule = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowScheduleCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowsForTargetPaginator.js



const paginateDescribeMaintenanceWindowsForTarget = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowsForTargetCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowsPaginator.js



const paginateDescribeMaintenanceWindows = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowTargetsPaginator.js



const paginateDescribeMaintenanceWindowTargets = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowTargetsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeMaintenanceWindowTasksPaginator.js



const paginateDescribeMaintenanceWindowTasks = (0,dist_cjs.createPaginator)(SSMClient, DescribeMaintenanceWindowTasksCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeOpsItemsPaginator.js



const paginateDescribeOpsItems = (0,dist_cjs.createPaginator)(SSMClient, DescribeOpsItemsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeParametersPaginator.js



const paginateDescribeParameters = (0,dist_cjs.createPaginator)(SSMClient, DescribeParametersCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribePatchBaselinesPaginator.js



const paginateDescribePatchBaselines = (0,dist_cjs.createPaginator)(SSMClient, DescribePatchBaselinesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribePatchGroupsPaginator.js



const paginateDescribePatchGroups = (0,dist_cjs.createPaginator)(SSMClient, DescribePatchGroupsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribePatchPropertiesPaginator.js



const paginateDescribePatchProperties = (0,dist_cjs.createPaginator)(SSMClient, DescribePatchPropertiesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeSessionsPaginator.js



const paginateDescribeSessions = (0,dist_cjs.createPaginator)(SSMClient, DescribeSessionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/GetInventoryPaginator.js



const paginateGetInventory = (0,dist_cjs.createPaginator)(SSMClient, GetInventoryCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/GetInventorySchemaPaginator.js



const paginateGetInventorySchema = (0,dist_cjs.createPaginator)(SSMClient, GetInventorySchemaCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/GetOpsSummaryPaginator.js



const paginateGetOpsSummary = (0,dist_cjs.createPaginator)(SSMClient, GetOpsSummaryCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/GetParameterHistoryPaginator.js



const paginateGetParameterHistory = (0,dist_cjs.createPaginator)(SSMClient, GetParameterHistoryCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/GetParametersByPathPaginator.js



const paginateGetParametersByPath = (0,dist_cjs.createPaginator)(SSMClient, GetParametersByPathCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/GetResourcePoliciesPaginator.js



const paginateGetResourcePolicies = (0,dist_cjs.createPaginator)(SSMClient, GetResourcePoliciesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListAssociationsPaginator.js



const paginateListAssociations = (0,dist_cjs.createPaginator)(SSMClient, ListAssociationsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListAssociationVersionsPaginator.js



const paginateListAssociationVersions = (0,dist_cjs.createPaginator)(SSMClient, ListAssociationVersionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListCloudConnectorsPaginator.js



const paginateListCloudConnectors = (0,dist_cjs.createPaginator)(SSMClient, ListCloudConnectorsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListCommandInvocationsPaginator.js



const paginateListCommandInvocations = (0,dist_cjs.createPaginator)(SSMClient, ListCommandInvocationsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListCommandsPaginator.js



const paginateListCommands = (0,dist_cjs.createPaginator)(SSMClient, ListCommandsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListComplianceItemsPaginator.js



const paginateListComplianceItems = (0,dist_cjs.createPaginator)(SSMClient, ListComplianceItemsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListComplianceSummariesPaginator.js



const paginateListComplianceSummaries = (0,dist_cjs.createPaginator)(SSMClient, ListComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListDocumentsPaginator.js



const paginateListDocuments = (0,dist_cjs.createPaginator)(SSMClient, ListDocumentsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListDocumentVersionsPaginator.js



const paginateListDocumentVersions = (0,dist_cjs.createPaginator)(SSMClient, ListDocumentVersionsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListNodesPaginator.js



const paginateListNodes = (0,dist_cjs.createPaginator)(SSMClient, ListNodesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListNodesSummaryPaginator.js



const paginateListNodesSummary = (0,dist_cjs.createPaginator)(SSMClient, ListNodesSummaryCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListOpsItemEventsPaginator.js



const paginateListOpsItemEvents = (0,dist_cjs.createPaginator)(SSMClient, ListOpsItemEventsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListOpsItemRelatedItemsPaginator.js



const paginateListOpsItemRelatedItems = (0,dist_cjs.createPaginator)(SSMClient, ListOpsItemRelatedItemsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListOpsMetadataPaginator.js



const paginateListOpsMetadata = (0,dist_cjs.createPaginator)(SSMClient, ListOpsMetadataCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListResourceComplianceSummariesPaginator.js



const paginateListResourceComplianceSummaries = (0,dist_cjs.createPaginator)(SSMClient, ListResourceComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ListResourceDataSyncPaginator.js



const paginateListResourceDataSync = (0,dist_cjs.createPaginator)(SSMClient, ListResourceDataSyncCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/ValidateCloudConnectorPaginator.js



const paginateValidateCloudConnector = (0,dist_cjs.createPaginator)(SSMClient, ValidateCloudConnectorCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/waiters/waitForCommandExecuted.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetCommandInvocationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Pending") {
                return { state: submodules_client.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "InProgress") {
                return { state: submodules_client.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Delayed") {
                return { state: submodules_client.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Success") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Cancelled") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "TimedOut") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Failed") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Cancelling") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "InvocationDoesNotExist") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForCommandExecuted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilCommandExecuted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/SSM.js

















































































































































































































const commands = {
    AddTagsToResourceCommand: AddTagsToResourceCommand,
    AssociateOpsItemRelatedItemCommand: AssociateOpsItemRelatedItemCommand,
    CancelCommandCommand: CancelCommandCommand,
    CancelMaintenanceWindowExecutionCommand: CancelMaintenanceWindowExecutionCommand,
    CreateActivationCommand: CreateActivationCommand,
    CreateAssociationCommand: CreateAssociationCommand,
    CreateAssociationBatchCommand: CreateAssociationBatchCommand,
    CreateCloudConnectorCommand: CreateCloudConnectorCommand,
    CreateDocumentCommand: CreateDocumentCommand,
    CreateMaintenanceWindowCommand: CreateMaintenanceWindowCommand,
    CreateOpsItemCommand: CreateOpsItemCommand,
    CreateOpsMetadataCommand: CreateOpsMetadataCommand,
    CreatePatchBaselineCommand: CreatePatchBaselineCommand,
    CreateResourceDataSyncCommand: CreateResourceDataSyncCommand,
    DeleteActivationCommand: DeleteActivationCommand,
    DeleteAssociationCommand: DeleteAssociationCommand,
    DeleteCloudConnectorCommand: DeleteCloudConnectorCommand,
    DeleteDocumentCommand: DeleteDocumentCommand,
    DeleteInventoryCommand: DeleteInventoryCommand,
    DeleteMaintenanceWindowCommand: DeleteMaintenanceWindowCommand,
    DeleteOpsItemCommand: DeleteOpsItemCommand,
    DeleteOpsMetadataCommand: DeleteOpsMetadataCommand,
    DeleteParameterCommand: DeleteParameterCommand,
    DeleteParametersCommand: DeleteParametersCommand,
    DeletePatchBaselineCommand: DeletePatchBaselineCommand,
    DeleteResourceDataSyncCommand: DeleteResourceDataSyncCommand,
    DeleteResourcePolicyCommand: DeleteResourcePolicyCommand,
    DeregisterDefaultHostManagementConfigurationCommand: DeregisterDefaultHostManagementConfigurationCommand,
    DeregisterManagedInstanceCommand: DeregisterManagedInstanceCommand,
    DeregisterPatchBaselineForPatchGroupCommand: DeregisterPatchBaselineForPatchGroupCommand,
    DeregisterTargetFromMaintenanceWindowCommand: DeregisterTargetFromMaintenanceWindowCommand,
    DeregisterTaskFromMaintenanceWindowCommand: DeregisterTaskFromMaintenanceWindowCommand,
    DescribeActivationsCommand: DescribeActivationsCommand,
    DescribeAssociationCommand: DescribeAssociationCommand,
    DescribeAssociationExecutionsCommand: DescribeAssociationExecutionsCommand,
    DescribeAssociationExecutionTargetsCommand: DescribeAssociationExecutionTargetsCommand,
    DescribeAutomationExecutionsCommand: DescribeAutomationExecutionsCommand,
    DescribeAutomationStepExecutionsCommand: DescribeAutomationStepExecutionsCommand,
    DescribeAvailablePatchesCommand: DescribeAvailablePatchesCommand,
    DescribeDocumentCommand: DescribeDocumentCommand,
    DescribeDocumentPermissionCommand: DescribeDocumentPermissionCommand,
    DescribeEffectiveInstanceAssociationsCommand: DescribeEffectiveInstanceAssociationsCommand,
    DescribeEffectivePatchesForPatchBaselineCommand: DescribeEffectivePatchesForPatchBaselineCommand,
    DescribeInstanceAssociationsStatusCommand: DescribeInstanceAssociationsStatusCommand,
    DescribeInstanceInformationCommand: DescribeInstanceInformationCommand,
    DescribeInstancePatchesCommand: DescribeInstancePatchesCommand,
    DescribeInstancePatchStatesCommand: DescribeInstancePatchStatesCommand,
    DescribeInstancePatchStatesForPatchGroupCommand: DescribeInstancePatchStatesForPatchGroupCommand,
    DescribeInstancePropertiesCommand: DescribeInstancePropertiesCommand,
    DescribeInventoryDeletionsCommand: DescribeInventoryDeletionsCommand,
    DescribeMaintenanceWindowExecutionsCommand: DescribeMaintenanceWindowExecutionsCommand,
    DescribeMaintenanceWindowExecutionTaskInvocationsCommand: DescribeMaintenanceWindowExecutionTaskInvocationsCommand,
    DescribeMaintenanceWindowExecutionTasksCommand: DescribeMaintenanceWindowExecutionTasksCommand,
    DescribeMaintenanceWindowsCommand: DescribeMaintenanceWindowsCommand,
    DescribeMaintenanceWindowScheduleCommand: DescribeMaintenanceWindowScheduleCommand,
    DescribeMaintenanceWindowsForTargetCommand: DescribeMaintenanceWindowsForTargetCommand,
    DescribeMaintenanceWindowTargetsCommand: DescribeMaintenanceWindowTargetsCommand,
    DescribeMaintenanceWindowTasksCommand: DescribeMaintenanceWindowTasksCommand,
    DescribeOpsItemsCommand: DescribeOpsItemsCommand,
    DescribeParametersCommand: DescribeParametersCommand,
    DescribePatchBaselinesCommand: DescribePatchBaselinesCommand,
    DescribePatchGroupsCommand: DescribePatchGroupsCommand,
    DescribePatchGroupStateCommand: DescribePatchGroupStateCommand,
    DescribePatchPropertiesCommand: DescribePatchPropertiesCommand,
    DescribeSessionsCommand: DescribeSessionsCommand,
    DisassociateOpsItemRelatedItemCommand: DisassociateOpsItemRelatedItemCommand,
    GetAccessTokenCommand: GetAccessTokenCommand,
    GetAutomationExecutionCommand: GetAutomationExecutionCommand,
    GetCalendarStateCommand: GetCalendarStateCommand,
    GetCloudConnectorCommand: GetCloudConnectorCommand,
    GetCommandInvocationCommand: GetCommandInvocationCommand,
    GetConnectionStatusCommand: GetConnectionStatusCommand,
    GetDefaultPatchBaselineCommand: GetDefaultPatchBaselineCommand,
    GetDeployablePatchSnapshotForInstanceCommand: GetDeployablePatchSnapshotForInstanceCommand,
    GetDocumentCommand: GetDocumentCommand,
    GetExecutionPreviewCommand: GetExecutionPreviewCommand,
    GetInventoryCommand: GetInventoryCommand,
    GetInventorySchemaCommand: GetInventorySchemaCommand,
    GetMaintenanceWindowCommand: GetMaintenanceWindowCommand,
    GetMaintenanceWindowExecutionCommand: GetMaintenanceWindowExecutionCommand,
    GetMaintenanceWindowExecutionTaskCommand: GetMaintenanceWindowExecutionTaskCommand,
    GetMaintenanceWindowExecutionTaskInvocationCommand: GetMaintenanceWindowExecutionTaskInvocationCommand,
    GetMaintenanceWindowTaskCommand: GetMaintenanceWindowTaskCommand,
    GetOpsItemCommand: GetOpsItemCommand,
    GetOpsMetadataCommand: GetOpsMetadataCommand,
    GetOpsSummaryCommand: GetOpsSummaryCommand,
    GetParameterCommand: GetParameterCommand/* GetParameterCommand */.l,
    GetParameterHistoryCommand: GetParameterHistoryCommand,
    GetParametersCommand: GetParametersCommand,
    GetParametersByPathCommand: GetParametersByPathCommand,
    GetPatchBaselineCommand: GetPatchBaselineCommand,
    GetPatchBaselineForPatchGroupCommand: GetPatchBaselineForPatchGroupCommand,
    GetResourcePoliciesCommand: GetResourcePoliciesCommand,
    GetServiceSettingCommand: GetServiceSettingCommand,
    LabelParameterVersionCommand: LabelParameterVersionCommand,
    ListAssociationsCommand: ListAssociationsCommand,
    ListAssociationVersionsCommand: ListAssociationVersionsCommand,
    ListCloudConnectorsCommand: ListCloudConnectorsCommand,
    ListCommandInvocationsCommand: ListCommandInvocationsCommand,
    ListCommandsCommand: ListCommandsCommand,
    ListComplianceItemsCommand: ListComplianceItemsCommand,
    ListComplianceSummariesCommand: ListComplianceSummariesCommand,
    ListDocumentMetadataHistoryCommand: ListDocumentMetadataHistoryCommand,
    ListDocumentsCommand: ListDocumentsCommand,
    ListDocumentVersionsCommand: ListDocumentVersionsCommand,
    ListInventoryEntriesCommand: ListInventoryEntriesCommand,
    ListNodesCommand: ListNodesCommand,
    ListNodesSummaryCommand: ListNodesSummaryCommand,
    ListOpsItemEventsCommand: ListOpsItemEventsCommand,
    ListOpsItemRelatedItemsCommand: ListOpsItemRelatedItemsCommand,
    ListOpsMetadataCommand: ListOpsMetadataCommand,
    ListResourceComplianceSummariesCommand: ListResourceComplianceSummariesCommand,
    ListResourceDataSyncCommand: ListResourceDataSyncCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand,
    ModifyDocumentPermissionCommand: ModifyDocumentPermissionCommand,
    PutComplianceItemsCommand: PutComplianceItemsCommand,
    PutInventoryCommand: PutInventoryCommand,
    PutParameterCommand: PutParameterCommand,
    PutResourcePolicyCommand: PutResourcePolicyCommand,
    RegisterDefaultHostManagementConfigurationCommand: RegisterDefaultHostManagementConfigurationCommand,
    RegisterDefaultPatchBaselineCommand: RegisterDefaultPatchBaselineCommand,
    RegisterPatchBaselineForPatchGroupCommand: RegisterPatchBaselineForPatchGroupCommand,
    RegisterTargetWithMaintenanceWindowCommand: RegisterTargetWithMaintenanceWindowCommand,
    RegisterTaskWithMaintenanceWindowCommand: RegisterTaskWithMaintenanceWindowCommand,
    RemoveTagsFromResourceCommand: RemoveTagsFromResourceCommand,
    ResetServiceSettingCommand: ResetServiceSettingCommand,
    ResumeSessionCommand: ResumeSessionCommand,
    SendAutomationSignalCommand: SendAutomationSignalCommand,
    SendCommandCommand: SendCommandCommand,
    StartAccessRequestCommand: StartAccessRequestCommand,
    StartAssociationsOnceCommand: StartAssociationsOnceCommand,
    StartAutomationExecutionCommand: StartAutomationExecutionCommand,
    StartChangeRequestExecutionCommand: StartChangeRequestExecutionCommand,
    StartExecutionPreviewCommand: StartExecutionPreviewCommand,
    StartSessionCommand: StartSessionCommand,
    StopAutomationExecutionCommand: StopAutomationExecutionCommand,
    TerminateSessionCommand: TerminateSessionCommand,
    UnlabelParameterVersionCommand: UnlabelParameterVersionCommand,
    UpdateAssociationCommand: UpdateAssociationCommand,
    UpdateAssociationStatusCommand: UpdateAssociationStatusCommand,
    UpdateCloudConnectorCommand: UpdateCloudConnectorCommand,
    UpdateDocumentCommand: UpdateDocumentCommand,
    UpdateDocumentDefaultVersionCommand: UpdateDocumentDefaultVersionCommand,
    UpdateDocumentMetadataCommand: UpdateDocumentMetadataCommand,
    UpdateMaintenanceWindowCommand: UpdateMaintenanceWindowCommand,
    UpdateMaintenanceWindowTargetCommand: UpdateMaintenanceWindowTargetCommand,
    UpdateMaintenanceWindowTaskCommand: UpdateMaintenanceWindowTaskCommand,
    UpdateManagedInstanceRoleCommand: UpdateManagedInstanceRoleCommand,
    UpdateOpsItemCommand: UpdateOpsItemCommand,
    UpdateOpsMetadataCommand: UpdateOpsMetadataCommand,
    UpdatePatchBaselineCommand: UpdatePatchBaselineCommand,
    UpdateResourceDataSyncCommand: UpdateResourceDataSyncCommand,
    UpdateServiceSettingCommand: UpdateServiceSettingCommand,
    ValidateCloudConnectorCommand: ValidateCloudConnectorCommand,
};
const paginators = {
    paginateDescribeActivations: paginateDescribeActivations,
    paginateDescribeAssociationExecutions: paginateDescribeAssociationExecutions,
    paginateDescribeAssociationExecutionTargets: paginateDescribeAssociationExecutionTargets,
    paginateDescribeAutomationExecutions: paginateDescribeAutomationExecutions,
    paginateDescribeAutomationStepExecutions: paginateDescribeAutomationStepExecutions,
    paginateDescribeAvailablePatches: paginateDescribeAvailablePatches,
    paginateDescribeEffectiveInstanceAssociations: paginateDescribeEffectiveInstanceAssociations,
    paginateDescribeEffectivePatchesForPatchBaseline: paginateDescribeEffectivePatchesForPatchBaseline,
    paginateDescribeInstanceAssociationsStatus: paginateDescribeInstanceAssociationsStatus,
    paginateDescribeInstanceInformation: paginateDescribeInstanceInformation,
    paginateDescribeInstancePatches: paginateDescribeInstancePatches,
    paginateDescribeInstancePatchStates: paginateDescribeInstancePatchStates,
    paginateDescribeInstancePatchStatesForPatchGroup: paginateDescribeInstancePatchStatesForPatchGroup,
    paginateDescribeInstanceProperties: paginateDescribeInstanceProperties,
    paginateDescribeInventoryDeletions: paginateDescribeInventoryDeletions,
    paginateDescribeMaintenanceWindowExecutions: paginateDescribeMaintenanceWindowExecutions,
    paginateDescribeMaintenanceWindowExecutionTaskInvocations: paginateDescribeMaintenanceWindowExecutionTaskInvocations,
    paginateDescribeMaintenanceWindowExecutionTasks: paginateDescribeMaintenanceWindowExecutionTasks,
    paginateDescribeMaintenanceWindows: paginateDescribeMaintenanceWindows,
    paginateDescribeMaintenanceWindowSchedule: paginateDescribeMaintenanceWindowSchedule,
    paginateDescribeMaintenanceWindowsForTarget: paginateDescribeMaintenanceWindowsForTarget,
    paginateDescribeMaintenanceWindowTargets: paginateDescribeMaintenanceWindowTargets,
    paginateDescribeMaintenanceWindowTasks: paginateDescribeMaintenanceWindowTasks,
    paginateDescribeOpsItems: paginateDescribeOpsItems,
    paginateDescribeParameters: paginateDescribeParameters,
    paginateDescribePatchBaselines: paginateDescribePatchBaselines,
    paginateDescribePatchGroups: paginateDescribePatchGroups,
    paginateDescribePatchProperties: paginateDescribePatchProperties,
    paginateDescribeSessions: paginateDescribeSessions,
    paginateGetInventory: paginateGetInventory,
    paginateGetInventorySchema: paginateGetInventorySchema,
    paginateGetOpsSummary: paginateGetOpsSummary,
    paginateGetParameterHistory: paginateGetParameterHistory,
    paginateGetParametersByPath: paginateGetParametersByPath,
    paginateGetResourcePolicies: paginateGetResourcePolicies,
    paginateListAssociations: paginateListAssociations,
    paginateListAssociationVersions: paginateListAssociationVersions,
    paginateListCloudConnectors: paginateListCloudConnectors,
    paginateListCommandInvocations: paginateListCommandInvocations,
    paginateListCommands: paginateListCommands,
    paginateListComplianceItems: paginateListComplianceItems,
    paginateListComplianceSummaries: paginateListComplianceSummaries,
    paginateListDocuments: paginateListDocuments,
    paginateListDocumentVersions: paginateListDocumentVersions,
    paginateListNodes: paginateListNodes,
    paginateListNodesSummary: paginateListNodesSummary,
    paginateListOpsItemEvents: paginateListOpsItemEvents,
    paginateListOpsItemRelatedItems: paginateListOpsItemRelatedItems,
    paginateListOpsMetadata: paginateListOpsMetadata,
    paginateListResourceComplianceSummaries: paginateListResourceComplianceSummaries,
    paginateListResourceDataSync: paginateListResourceDataSync,
    paginateValidateCloudConnector: paginateValidateCloudConnector,
};
const waiters = {
    waitUntilCommandExecuted: waitUntilCommandExecuted,
};
class SSM extends SSMClient {
}
(0,submodules_client.createAggregatedClient)(commands, SSM, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/commands/index.js



























































































































































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/pagination/index.js






















































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/waiters/index.js


;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/models/enums.js
const AccessRequestStatus = {
    APPROVED: "Approved",
    EXPIRED: "Expired",
    PENDING: "Pending",
    REJECTED: "Rejected",
    REVOKED: "Revoked",
};
const AccessType = {
    JUSTINTIME: "JustInTime",
    STANDARD: "Standard",
};
const ResourceTypeForTagging = {
    ASSOCIATION: "Association",
    AUTOMATION: "Automation",
    CLOUD_CONNECTOR: "CloudConnector",
    DOCUMENT: "Document",
    MAINTENANCE_WINDOW: "MaintenanceWindow",
    MANAGED_INSTANCE: "ManagedInstance",
    OPSMETADATA: "OpsMetadata",
    OPS_ITEM: "OpsItem",
    PARAMETER: "Parameter",
    PATCH_BASELINE: "PatchBaseline",
};
const ExternalAlarmState = {
    ALARM: "ALARM",
    UNKNOWN: "UNKNOWN",
};
const AssociationComplianceSeverity = {
    Critical: "CRITICAL",
    High: "HIGH",
    Low: "LOW",
    Medium: "MEDIUM",
    Unspecified: "UNSPECIFIED",
};
const AssociationSyncCompliance = {
    Auto: "AUTO",
    Manual: "MANUAL",
};
const AssociationStatusName = {
    Failed: "Failed",
    Pending: "Pending",
    Success: "Success",
};
const Fault = {
    Client: "Client",
    Server: "Server",
    Unknown: "Unknown",
};
const AttachmentsSourceKey = {
    AttachmentReference: "AttachmentReference",
    S3FileUrl: "S3FileUrl",
    SourceUrl: "SourceUrl",
};
const DocumentFormat = {
    JSON: "JSON",
    TEXT: "TEXT",
    YAML: "YAML",
};
const DocumentType = {
    ApplicationConfiguration: "ApplicationConfiguration",
    ApplicationConfigurationSchema: "ApplicationConfigurationSchema",
    AutoApprovalPolicy: "AutoApprovalPolicy",
    Automation: "Automation",
    ChangeCalendar: "ChangeCalendar",
    ChangeTemplate: "Automation.ChangeTemplate",
    CloudFormation: "CloudFormation",
    Command: "Command",
    ConformancePackTemplate: "ConformancePackTemplate",
    DeploymentStrategy: "DeploymentStrategy",
    ManualApprovalPolicy: "ManualApprovalPolicy",
    Package: "Package",
    Policy: "Policy",
    ProblemAnalysis: "ProblemAnalysis",
    ProblemAnalysisTemplate: "ProblemAnalysisTemplate",
    QuickSetup: "QuickSetup",
    Session: "Session",
};
const DocumentHashType = {
    SHA1: "Sha1",
    SHA256: "Sha256",
};
const DocumentParameterType = {
    String: "String",
    StringList: "StringList",
};
const PlatformType = {
    LINUX: "Linux",
    MACOS: "MacOS",
    WINDOWS: "Windows",
};
const ReviewStatus = {
    APPROVED: "APPROVED",
    NOT_REVIEWED: "NOT_REVIEWED",
    PENDING: "PENDING",
    REJECTED: "REJECTED",
};
const DocumentStatus = {
    Active: "Active",
    Creating: "Creating",
    Deleting: "Deleting",
    Failed: "Failed",
    Updating: "Updating",
};
const OpsItemDataType = {
    SEARCHABLE_STRING: "SearchableString",
    STRING: "String",
};
const PatchComplianceLevel = {
    Critical: "CRITICAL",
    High: "HIGH",
    Informational: "INFORMATIONAL",
    Low: "LOW",
    Medium: "MEDIUM",
    Unspecified: "UNSPECIFIED",
};
const PatchFilterKey = {
    AdvisoryId: "ADVISORY_ID",
    Arch: "ARCH",
    BugzillaId: "BUGZILLA_ID",
    CVEId: "CVE_ID",
    Classification: "CLASSIFICATION",
    Epoch: "EPOCH",
    MsrcSeverity: "MSRC_SEVERITY",
    Name: "NAME",
    PatchId: "PATCH_ID",
    PatchSet: "PATCH_SET",
    Priority: "PRIORITY",
    Product: "PRODUCT",
    ProductFamily: "PRODUCT_FAMILY",
    Release: "RELEASE",
    Repository: "REPOSITORY",
    Section: "SECTION",
    Security: "SECURITY",
    Severity: "SEVERITY",
    Version: "VERSION",
};
const PatchComplianceStatus = {
    Compliant: "COMPLIANT",
    NonCompliant: "NON_COMPLIANT",
};
const OperatingSystem = {
    AlmaLinux: "ALMA_LINUX",
    AmazonLinux: "AMAZON_LINUX",
    AmazonLinux2: "AMAZON_LINUX_2",
    AmazonLinux2022: "AMAZON_LINUX_2022",
    AmazonLinux2023: "AMAZON_LINUX_2023",
    CentOS: "CENTOS",
    Debian: "DEBIAN",
    MacOS: "MACOS",
    OracleLinux: "ORACLE_LINUX",
    Raspbian: "RASPBIAN",
    RedhatEnterpriseLinux: "REDHAT_ENTERPRISE_LINUX",
    Rocky_Linux: "ROCKY_LINUX",
    Suse: "SUSE",
    Ubuntu: "UBUNTU",
    Windows: "WINDOWS",
};
const PatchAction = {
    AllowAsDependency: "ALLOW_AS_DEPENDENCY",
    Block: "BLOCK",
};
const ResourceDataSyncS3Format = {
    JSON_SERDE: "JsonSerDe",
};
const InventorySchemaDeleteOption = {
    DELETE_SCHEMA: "DeleteSchema",
    DISABLE_SCHEMA: "DisableSchema",
};
const DeletionMode = {
    RemoveSharing: "RemoveSharing",
    RollbackMigration: "RollbackMigration",
};
const DescribeActivationsFilterKeys = {
    ACTIVATION_IDS: "ActivationIds",
    DEFAULT_INSTANCE_NAME: "DefaultInstanceName",
    IAM_ROLE: "IamRole",
};
const AssociationExecutionFilterKey = {
    CreatedTime: "CreatedTime",
    ExecutionId: "ExecutionId",
    Status: "Status",
};
const AssociationFilterOperatorType = {
    Equal: "EQUAL",
    GreaterThan: "GREATER_THAN",
    LessThan: "LESS_THAN",
};
const AssociationExecutionTargetsFilterKey = {
    ResourceId: "ResourceId",
    ResourceType: "ResourceType",
    Status: "Status",
};
const AutomationExecutionFilterKey = {
    AUTOMATION_SUBTYPE: "AutomationSubtype",
    AUTOMATION_TYPE: "AutomationType",
    CURRENT_ACTION: "CurrentAction",
    DOCUMENT_NAME_PREFIX: "DocumentNamePrefix",
    EXECUTION_ID: "ExecutionId",
    EXECUTION_STATUS: "ExecutionStatus",
    OPS_ITEM_ID: "OpsItemId",
    PARENT_EXECUTION_ID: "ParentExecutionId",
    START_TIME_AFTER: "StartTimeAfter",
    START_TIME_BEFORE: "StartTimeBefore",
    TAG_KEY: "TagKey",
    TARGET_RESOURCE_GROUP: "TargetResourceGroup",
};
const AutomationExecutionStatus = {
    APPROVED: "Approved",
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
    CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
    COMPLETED_WITH_FAILURE: "CompletedWithFailure",
    COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
    EXITED: "Exited",
    FAILED: "Failed",
    INPROGRESS: "InProgress",
    PENDING: "Pending",
    PENDING_APPROVAL: "PendingApproval",
    PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
    REJECTED: "Rejected",
    RUNBOOK_INPROGRESS: "RunbookInProgress",
    SCHEDULED: "Scheduled",
    SUCCESS: "Success",
    TIMEDOUT: "TimedOut",
    WAITING: "Waiting",
};
const AutomationSubtype = {
    AccessRequest: "AccessRequest",
    ChangeRequest: "ChangeRequest",
};
const AutomationType = {
    CrossAccount: "CrossAccount",
    Local: "Local",
};
const ExecutionMode = {
    Auto: "Auto",
    Interactive: "Interactive",
};
const StepExecutionFilterKey = {
    ACTION: "Action",
    PARENT_STEP_EXECUTION_ID: "ParentStepExecutionId",
    PARENT_STEP_ITERATION: "ParentStepIteration",
    PARENT_STEP_ITERATOR_VALUE: "ParentStepIteratorValue",
    START_TIME_AFTER: "StartTimeAfter",
    START_TIME_BEFORE: "StartTimeBefore",
    STEP_EXECUTION_ID: "StepExecutionId",
    STEP_EXECUTION_STATUS: "StepExecutionStatus",
    STEP_NAME: "StepName",
};
const DocumentPermissionType = {
    SHARE: "Share",
};
const PatchDeploymentStatus = {
    Approved: "APPROVED",
    ExplicitApproved: "EXPLICIT_APPROVED",
    ExplicitRejected: "EXPLICIT_REJECTED",
    PendingApproval: "PENDING_APPROVAL",
};
const InstanceInformationFilterKey = {
    ACTIVATION_IDS: "ActivationIds",
    AGENT_VERSION: "AgentVersion",
    ASSOCIATION_STATUS: "AssociationStatus",
    IAM_ROLE: "IamRole",
    INSTANCE_IDS: "InstanceIds",
    PING_STATUS: "PingStatus",
    PLATFORM_TYPES: "PlatformTypes",
    RESOURCE_TYPE: "ResourceType",
};
const PingStatus = {
    CONNECTION_LOST: "ConnectionLost",
    INACTIVE: "Inactive",
    ONLINE: "Online",
};
const ResourceType = {
    EC2_INSTANCE: "EC2Instance",
    MANAGED_INSTANCE: "ManagedInstance",
};
const SourceType = {
    AWS_EC2_INSTANCE: "AWS::EC2::Instance",
    AWS_IOT_THING: "AWS::IoT::Thing",
    AWS_SSM_MANAGEDINSTANCE: "AWS::SSM::ManagedInstance",
    AZURE_INSTANCE: "Microsoft.Compute/virtualMachines",
    GCP_INSTANCE: "compute.googleapis.com/Instance",
};
const PatchComplianceDataState = {
    AvailableSecurityUpdate: "AVAILABLE_SECURITY_UPDATE",
    Failed: "FAILED",
    Installed: "INSTALLED",
    InstalledOther: "INSTALLED_OTHER",
    InstalledPendingReboot: "INSTALLED_PENDING_REBOOT",
    InstalledRejected: "INSTALLED_REJECTED",
    Missing: "MISSING",
    NotApplicable: "NOT_APPLICABLE",
};
const PatchOperationType = {
    INSTALL: "Install",
    SCAN: "Scan",
};
const RebootOption = {
    NO_REBOOT: "NoReboot",
    REBOOT_IF_NEEDED: "RebootIfNeeded",
};
const InstancePatchStateOperatorType = {
    EQUAL: "Equal",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const InstancePropertyFilterOperator = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const InstancePropertyFilterKey = {
    ACTIVATION_IDS: "ActivationIds",
    AGENT_VERSION: "AgentVersion",
    ASSOCIATION_STATUS: "AssociationStatus",
    DOCUMENT_NAME: "DocumentName",
    IAM_ROLE: "IamRole",
    INSTANCE_IDS: "InstanceIds",
    PING_STATUS: "PingStatus",
    PLATFORM_TYPES: "PlatformTypes",
    RESOURCE_TYPE: "ResourceType",
};
const InventoryDeletionStatus = {
    COMPLETE: "Complete",
    IN_PROGRESS: "InProgress",
};
const MaintenanceWindowExecutionStatus = {
    Cancelled: "CANCELLED",
    Cancelling: "CANCELLING",
    Failed: "FAILED",
    InProgress: "IN_PROGRESS",
    Pending: "PENDING",
    SkippedOverlapping: "SKIPPED_OVERLAPPING",
    Success: "SUCCESS",
    TimedOut: "TIMED_OUT",
};
const MaintenanceWindowTaskType = {
    Automation: "AUTOMATION",
    Lambda: "LAMBDA",
    RunCommand: "RUN_COMMAND",
    StepFunctions: "STEP_FUNCTIONS",
};
const MaintenanceWindowResourceType = {
    Instance: "INSTANCE",
    ResourceGroup: "RESOURCE_GROUP",
};
const MaintenanceWindowTaskCutoffBehavior = {
    CancelTask: "CANCEL_TASK",
    ContinueTask: "CONTINUE_TASK",
};
const OpsItemFilterKey = {
    ACCESS_REQUEST_APPROVER_ARN: "AccessRequestByApproverArn",
    ACCESS_REQUEST_APPROVER_ID: "AccessRequestByApproverId",
    ACCESS_REQUEST_IS_REPLICA: "AccessRequestByIsReplica",
    ACCESS_REQUEST_REQUESTER_ARN: "AccessRequestByRequesterArn",
    ACCESS_REQUEST_REQUESTER_ID: "AccessRequestByRequesterId",
    ACCESS_REQUEST_SOURCE_ACCOUNT_ID: "AccessRequestBySourceAccountId",
    ACCESS_REQUEST_SOURCE_OPS_ITEM_ID: "AccessRequestBySourceOpsItemId",
    ACCESS_REQUEST_SOURCE_REGION: "AccessRequestBySourceRegion",
    ACCESS_REQUEST_TARGET_RESOURCE_ID: "AccessRequestByTargetResourceId",
    ACCOUNT_ID: "AccountId",
    ACTUAL_END_TIME: "ActualEndTime",
    ACTUAL_START_TIME: "ActualStartTime",
    AUTOMATION_ID: "AutomationId",
    CATEGORY: "Category",
    CHANGE_REQUEST_APPROVER_ARN: "ChangeRequestByApproverArn",
    CHANGE_REQUEST_APPROVER_NAME: "ChangeRequestByApproverName",
    CHANGE_REQUEST_REQUESTER_ARN: "ChangeRequestByRequesterArn",
    CHANGE_REQUEST_REQUESTER_NAME: "ChangeRequestByRequesterName",
    CHANGE_REQUEST_TARGETS_RESOURCE_GROUP: "ChangeRequestByTargetsResourceGroup",
    CHANGE_REQUEST_TEMPLATE: "ChangeRequestByTemplate",
    CREATED_BY: "CreatedBy",
    CREATED_TIME: "CreatedTime",
    INSIGHT_TYPE: "InsightByType",
    LAST_MODIFIED_TIME: "LastModifiedTime",
    OPERATIONAL_DATA: "OperationalData",
    OPERATIONAL_DATA_KEY: "OperationalDataKey",
    OPERATIONAL_DATA_VALUE: "OperationalDataValue",
    OPSITEM_ID: "OpsItemId",
    OPSITEM_TYPE: "OpsItemType",
    PLANNED_END_TIME: "PlannedEndTime",
    PLANNED_START_TIME: "PlannedStartTime",
    PRIORITY: "Priority",
    RESOURCE_ID: "ResourceId",
    SEVERITY: "Severity",
    SOURCE: "Source",
    STATUS: "Status",
    TITLE: "Title",
};
const OpsItemFilterOperator = {
    CONTAINS: "Contains",
    EQUAL: "Equal",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
};
const OpsItemStatus = {
    APPROVED: "Approved",
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
    CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
    CLOSED: "Closed",
    COMPLETED_WITH_FAILURE: "CompletedWithFailure",
    COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    OPEN: "Open",
    PENDING: "Pending",
    PENDING_APPROVAL: "PendingApproval",
    PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
    REJECTED: "Rejected",
    RESOLVED: "Resolved",
    REVOKED: "Revoked",
    RUNBOOK_IN_PROGRESS: "RunbookInProgress",
    SCHEDULED: "Scheduled",
    TIMED_OUT: "TimedOut",
};
const ParametersFilterKey = {
    KEY_ID: "KeyId",
    NAME: "Name",
    TYPE: "Type",
};
const ParameterTier = {
    ADVANCED: "Advanced",
    INTELLIGENT_TIERING: "Intelligent-Tiering",
    STANDARD: "Standard",
};
const ParameterType = {
    SECURE_STRING: "SecureString",
    STRING: "String",
    STRING_LIST: "StringList",
};
const PatchSet = {
    Application: "APPLICATION",
    Os: "OS",
};
const PatchProperty = {
    PatchClassification: "CLASSIFICATION",
    PatchMsrcSeverity: "MSRC_SEVERITY",
    PatchPriority: "PRIORITY",
    PatchProductFamily: "PRODUCT_FAMILY",
    PatchSeverity: "SEVERITY",
    Product: "PRODUCT",
};
const SessionFilterKey = {
    ACCESS_TYPE: "AccessType",
    INVOKED_AFTER: "InvokedAfter",
    INVOKED_BEFORE: "InvokedBefore",
    OWNER: "Owner",
    SESSION_ID: "SessionId",
    STATUS: "Status",
    TARGET_ID: "Target",
};
const SessionState = {
    ACTIVE: "Active",
    HISTORY: "History",
};
const SessionStatus = {
    CONNECTED: "Connected",
    CONNECTING: "Connecting",
    DISCONNECTED: "Disconnected",
    FAILED: "Failed",
    TERMINATED: "Terminated",
    TERMINATING: "Terminating",
};
const CalendarState = {
    CLOSED: "CLOSED",
    OPEN: "OPEN",
};
const CommandInvocationStatus = {
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    DELAYED: "Delayed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const ConnectionStatus = {
    CONNECTED: "connected",
    NOT_CONNECTED: "notconnected",
};
const AttachmentHashType = {
    SHA256: "Sha256",
};
const ImpactType = {
    MUTATING: "Mutating",
    NON_MUTATING: "NonMutating",
    UNDETERMINED: "Undetermined",
};
const ExecutionPreviewStatus = {
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
};
const InventoryQueryOperatorType = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    EXISTS: "Exists",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const InventoryAttributeDataType = {
    NUMBER: "number",
    STRING: "string",
};
const NotificationEvent = {
    ALL: "All",
    CANCELLED: "Cancelled",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const NotificationType = {
    Command: "Command",
    Invocation: "Invocation",
};
const OpsFilterOperatorType = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    EXISTS: "Exists",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const AssociationFilterKey = {
    AssociationId: "AssociationId",
    AssociationName: "AssociationName",
    CloudConnectorId: "CloudConnectorId",
    InstanceId: "InstanceId",
    LastExecutedAfter: "LastExecutedAfter",
    LastExecutedBefore: "LastExecutedBefore",
    Name: "Name",
    ResourceGroupName: "ResourceGroupName",
    Status: "AssociationStatusName",
};
const CloudConnectorFilterKey = {
    OrganizationId: "OrganizationId",
    ProjectId: "ProjectId",
    SubscriptionId: "SubscriptionId",
    TenantId: "TenantId",
};
const Provider = {
    AZURE: "Azure",
    GCP: "GCP",
};
const CommandFilterKey = {
    DOCUMENT_NAME: "DocumentName",
    EXECUTION_STAGE: "ExecutionStage",
    INVOKED_AFTER: "InvokedAfter",
    INVOKED_BEFORE: "InvokedBefore",
    STATUS: "Status",
};
const CommandPluginStatus = {
    CANCELLED: "Cancelled",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const CommandStatus = {
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const ComplianceQueryOperatorType = {
    BeginWith: "BEGIN_WITH",
    Equal: "EQUAL",
    GreaterThan: "GREATER_THAN",
    LessThan: "LESS_THAN",
    NotEqual: "NOT_EQUAL",
};
const ComplianceSeverity = {
    Critical: "CRITICAL",
    High: "HIGH",
    Informational: "INFORMATIONAL",
    Low: "LOW",
    Medium: "MEDIUM",
    Unspecified: "UNSPECIFIED",
};
const ComplianceStatus = {
    Compliant: "COMPLIANT",
    NonCompliant: "NON_COMPLIANT",
};
const DocumentMetadataEnum = {
    DocumentReviews: "DocumentReviews",
};
const DocumentReviewCommentType = {
    Comment: "Comment",
};
const DocumentFilterKey = {
    DocumentType: "DocumentType",
    Name: "Name",
    Owner: "Owner",
    PlatformTypes: "PlatformTypes",
};
const NodeFilterKey = {
    ACCOUNT_ID: "AccountId",
    AGENT_TYPE: "AgentType",
    AGENT_VERSION: "AgentVersion",
    AVAILABILITY_ZONE: "AvailabilityZone",
    AVAILABILITY_ZONE_ID: "AvailabilityZoneId",
    COMPUTER_NAME: "ComputerName",
    INSTANCE_ID: "InstanceId",
    INSTANCE_STATUS: "InstanceStatus",
    IP_ADDRESS: "IpAddress",
    MANAGED_STATUS: "ManagedStatus",
    ORGANIZATIONAL_UNIT_ID: "OrganizationalUnitId",
    ORGANIZATIONAL_UNIT_PATH: "OrganizationalUnitPath",
    PLATFORM_NAME: "PlatformName",
    PLATFORM_TYPE: "PlatformType",
    PLATFORM_VERSION: "PlatformVersion",
    REGION: "Region",
    RESOURCE_TYPE: "ResourceType",
    SOURCE_ID: "SourceId",
    SOURCE_LOCATION: "SourceLocation",
    SOURCE_TYPE: "SourceType",
};
const NodeFilterOperatorType = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    NOT_EQUAL: "NotEqual",
};
const ManagedStatus = {
    ALL: "All",
    MANAGED: "Managed",
    UNMANAGED: "Unmanaged",
};
const NodeAggregatorType = {
    COUNT: "Count",
};
const NodeAttributeName = {
    AGENT_VERSION: "AgentVersion",
    AVAILABILITY_ZONE: "AvailabilityZone",
    PLATFORM_NAME: "PlatformName",
    PLATFORM_TYPE: "PlatformType",
    PLATFORM_VERSION: "PlatformVersion",
    REGION: "Region",
    RESOURCE_TYPE: "ResourceType",
    SOURCE_TYPE: "SourceType",
};
const NodeTypeName = {
    INSTANCE: "Instance",
};
const OpsItemEventFilterKey = {
    OPSITEM_ID: "OpsItemId",
};
const OpsItemEventFilterOperator = {
    EQUAL: "Equal",
};
const OpsItemRelatedItemsFilterKey = {
    ASSOCIATION_ID: "AssociationId",
    RESOURCE_TYPE: "ResourceType",
    RESOURCE_URI: "ResourceUri",
};
const OpsItemRelatedItemsFilterOperator = {
    EQUAL: "Equal",
};
const LastResourceDataSyncStatus = {
    FAILED: "Failed",
    INPROGRESS: "InProgress",
    SUCCESSFUL: "Successful",
};
const ComplianceUploadType = {
    Complete: "COMPLETE",
    Partial: "PARTIAL",
};
const DHMCPermissionModel = {
    SELF_MANAGED: "SELF_MANAGED",
    SERVICE_MANAGED: "SERVICE_MANAGED",
};
const SignalType = {
    APPROVE: "Approve",
    REJECT: "Reject",
    RESUME: "Resume",
    REVOKE: "Revoke",
    START_STEP: "StartStep",
    STOP_STEP: "StopStep",
};
const StopType = {
    CANCEL: "Cancel",
    COMPLETE: "Complete",
};
const DocumentReviewAction = {
    Approve: "Approve",
    Reject: "Reject",
    SendForReview: "SendForReview",
    UpdateReview: "UpdateReview",
};
const ValidationFindingCode = {
    AWS_ROLE_ASSUMPTION_FAILED: "AwsRoleAssumptionFailed",
    OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED: "OutboundWebIdentityFederationDisabled",
    PROVIDER_CREDENTIAL_CREATION_FAILED: "ProviderCredentialCreationFailed",
    SUBSCRIPTION_ACCESSIBLE: "SubscriptionAccessible",
    TARGET_API_DISABLED: "TargetApiDisabled",
    TARGET_INACCESSIBLE: "TargetInaccessible",
    TARGET_MISSING_PERMISSIONS: "TargetMissingPermissions",
    TARGET_STATE_WARNING: "TargetStateWarning",
    TARGET_UNUSABLE: "TargetUnusable",
    TENANT_SUMMARY: "TenantSummary",
    WEB_IDENTITY_TOKEN_FAILED: "WebIdentityTokenFailed",
};
const ValidationFindingScopeType = {
    AZURE_SUBSCRIPTION: "azure:subscription",
    AZURE_TENANT: "azure:tenant",
    GCP_ORGANIZATION: "gcp:organization",
    GCP_PROJECT: "gcp:project",
};
const ValidationFindingType = {
    ERROR: "ERROR",
    INFO: "INFO",
    WARN: "WARN",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/models/errors.js
var errors = __webpack_require__(9058);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/models/SSMServiceException.js
var SSMServiceException = __webpack_require__(7412);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ssm/dist-es/index.js














/***/ })

};
