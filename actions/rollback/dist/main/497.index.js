"use strict";
exports.id = 497;
exports.ids = [497];
exports.modules = {

/***/ 4497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  AddTagsToOnPremisesInstances$: () => (/* reexport */ schemas_0/* AddTagsToOnPremisesInstances$ */.Pvk),
  AddTagsToOnPremisesInstancesCommand: () => (/* reexport */ AddTagsToOnPremisesInstancesCommand),
  AddTagsToOnPremisesInstancesInput$: () => (/* reexport */ schemas_0/* AddTagsToOnPremisesInstancesInput$ */.fyM),
  Alarm$: () => (/* reexport */ schemas_0/* Alarm$ */.koY),
  AlarmConfiguration$: () => (/* reexport */ schemas_0/* AlarmConfiguration$ */.gr$),
  AlarmsLimitExceededException: () => (/* reexport */ errors/* AlarmsLimitExceededException */.iW),
  AlarmsLimitExceededException$: () => (/* reexport */ schemas_0/* AlarmsLimitExceededException$ */.Ih_),
  AppSpecContent$: () => (/* reexport */ schemas_0/* AppSpecContent$ */.sFU),
  ApplicationAlreadyExistsException: () => (/* reexport */ errors/* ApplicationAlreadyExistsException */.C2),
  ApplicationAlreadyExistsException$: () => (/* reexport */ schemas_0/* ApplicationAlreadyExistsException$ */.S0B),
  ApplicationDoesNotExistException: () => (/* reexport */ errors/* ApplicationDoesNotExistException */.ff),
  ApplicationDoesNotExistException$: () => (/* reexport */ schemas_0/* ApplicationDoesNotExistException$ */.vKr),
  ApplicationInfo$: () => (/* reexport */ schemas_0/* ApplicationInfo$ */.b04),
  ApplicationLimitExceededException: () => (/* reexport */ errors/* ApplicationLimitExceededException */.mV),
  ApplicationLimitExceededException$: () => (/* reexport */ schemas_0/* ApplicationLimitExceededException$ */.gam),
  ApplicationNameRequiredException: () => (/* reexport */ errors/* ApplicationNameRequiredException */.QL),
  ApplicationNameRequiredException$: () => (/* reexport */ schemas_0/* ApplicationNameRequiredException$ */._eX),
  ApplicationRevisionSortBy: () => (/* reexport */ ApplicationRevisionSortBy),
  ArnNotSupportedException: () => (/* reexport */ errors/* ArnNotSupportedException */.yf),
  ArnNotSupportedException$: () => (/* reexport */ schemas_0/* ArnNotSupportedException$ */.U89),
  AutoRollbackConfiguration$: () => (/* reexport */ schemas_0/* AutoRollbackConfiguration$ */.u_$),
  AutoRollbackEvent: () => (/* reexport */ AutoRollbackEvent),
  AutoScalingGroup$: () => (/* reexport */ schemas_0/* AutoScalingGroup$ */.Kz8),
  BatchGetApplicationRevisions$: () => (/* reexport */ schemas_0/* BatchGetApplicationRevisions$ */.lRy),
  BatchGetApplicationRevisionsCommand: () => (/* reexport */ BatchGetApplicationRevisionsCommand),
  BatchGetApplicationRevisionsInput$: () => (/* reexport */ schemas_0/* BatchGetApplicationRevisionsInput$ */.rF8),
  BatchGetApplicationRevisionsOutput$: () => (/* reexport */ schemas_0/* BatchGetApplicationRevisionsOutput$ */.ywQ),
  BatchGetApplications$: () => (/* reexport */ schemas_0/* BatchGetApplications$ */.Kl7),
  BatchGetApplicationsCommand: () => (/* reexport */ BatchGetApplicationsCommand/* BatchGetApplicationsCommand */.n),
  BatchGetApplicationsInput$: () => (/* reexport */ schemas_0/* BatchGetApplicationsInput$ */.E_J),
  BatchGetApplicationsOutput$: () => (/* reexport */ schemas_0/* BatchGetApplicationsOutput$ */.LhB),
  BatchGetDeploymentGroups$: () => (/* reexport */ schemas_0/* BatchGetDeploymentGroups$ */.IOH),
  BatchGetDeploymentGroupsCommand: () => (/* reexport */ BatchGetDeploymentGroupsCommand/* BatchGetDeploymentGroupsCommand */.r),
  BatchGetDeploymentGroupsInput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentGroupsInput$ */.ux3),
  BatchGetDeploymentGroupsOutput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentGroupsOutput$ */.rB3),
  BatchGetDeploymentInstances$: () => (/* reexport */ schemas_0/* BatchGetDeploymentInstances$ */.mLL),
  BatchGetDeploymentInstancesCommand: () => (/* reexport */ BatchGetDeploymentInstancesCommand),
  BatchGetDeploymentInstancesInput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentInstancesInput$ */.WH8),
  BatchGetDeploymentInstancesOutput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentInstancesOutput$ */.BaE),
  BatchGetDeploymentTargets$: () => (/* reexport */ schemas_0/* BatchGetDeploymentTargets$ */.Utc),
  BatchGetDeploymentTargetsCommand: () => (/* reexport */ BatchGetDeploymentTargetsCommand),
  BatchGetDeploymentTargetsInput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentTargetsInput$ */.MXl),
  BatchGetDeploymentTargetsOutput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentTargetsOutput$ */.ZR8),
  BatchGetDeployments$: () => (/* reexport */ schemas_0/* BatchGetDeployments$ */.jdY),
  BatchGetDeploymentsCommand: () => (/* reexport */ BatchGetDeploymentsCommand),
  BatchGetDeploymentsInput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentsInput$ */.TI3),
  BatchGetDeploymentsOutput$: () => (/* reexport */ schemas_0/* BatchGetDeploymentsOutput$ */.IY),
  BatchGetOnPremisesInstances$: () => (/* reexport */ schemas_0/* BatchGetOnPremisesInstances$ */.Qll),
  BatchGetOnPremisesInstancesCommand: () => (/* reexport */ BatchGetOnPremisesInstancesCommand),
  BatchGetOnPremisesInstancesInput$: () => (/* reexport */ schemas_0/* BatchGetOnPremisesInstancesInput$ */.uUC),
  BatchGetOnPremisesInstancesOutput$: () => (/* reexport */ schemas_0/* BatchGetOnPremisesInstancesOutput$ */.dXn),
  BatchLimitExceededException: () => (/* reexport */ errors/* BatchLimitExceededException */.Ex),
  BatchLimitExceededException$: () => (/* reexport */ schemas_0/* BatchLimitExceededException$ */.O28),
  BlueGreenDeploymentConfiguration$: () => (/* reexport */ schemas_0/* BlueGreenDeploymentConfiguration$ */.bTU),
  BlueInstanceTerminationOption$: () => (/* reexport */ schemas_0/* BlueInstanceTerminationOption$ */.tLj),
  BucketNameFilterRequiredException: () => (/* reexport */ errors/* BucketNameFilterRequiredException */.wR),
  BucketNameFilterRequiredException$: () => (/* reexport */ schemas_0/* BucketNameFilterRequiredException$ */.qYr),
  BundleType: () => (/* reexport */ BundleType),
  CloudFormationTarget$: () => (/* reexport */ schemas_0/* CloudFormationTarget$ */.onC),
  CodeDeploy: () => (/* reexport */ CodeDeploy),
  CodeDeployClient: () => (/* reexport */ CodeDeployClient),
  CodeDeployServiceException: () => (/* reexport */ CodeDeployServiceException/* CodeDeployServiceException */.z),
  CodeDeployServiceException$: () => (/* reexport */ schemas_0/* CodeDeployServiceException$ */.J6G),
  ComputePlatform: () => (/* reexport */ ComputePlatform),
  ContinueDeployment$: () => (/* reexport */ schemas_0/* ContinueDeployment$ */.z9q),
  ContinueDeploymentCommand: () => (/* reexport */ ContinueDeploymentCommand/* ContinueDeploymentCommand */.M),
  ContinueDeploymentInput$: () => (/* reexport */ schemas_0/* ContinueDeploymentInput$ */.H_D),
  CreateApplication$: () => (/* reexport */ schemas_0/* CreateApplication$ */.n2L),
  CreateApplicationCommand: () => (/* reexport */ CreateApplicationCommand),
  CreateApplicationInput$: () => (/* reexport */ schemas_0/* CreateApplicationInput$ */.ndb),
  CreateApplicationOutput$: () => (/* reexport */ schemas_0/* CreateApplicationOutput$ */.ADH),
  CreateDeployment$: () => (/* reexport */ schemas_0/* CreateDeployment$ */.KTk),
  CreateDeploymentCommand: () => (/* reexport */ CreateDeploymentCommand/* CreateDeploymentCommand */.t),
  CreateDeploymentConfig$: () => (/* reexport */ schemas_0/* CreateDeploymentConfig$ */.IlB),
  CreateDeploymentConfigCommand: () => (/* reexport */ CreateDeploymentConfigCommand/* CreateDeploymentConfigCommand */.J),
  CreateDeploymentConfigInput$: () => (/* reexport */ schemas_0/* CreateDeploymentConfigInput$ */.cfV),
  CreateDeploymentConfigOutput$: () => (/* reexport */ schemas_0/* CreateDeploymentConfigOutput$ */.$sv),
  CreateDeploymentGroup$: () => (/* reexport */ schemas_0/* CreateDeploymentGroup$ */.XwD),
  CreateDeploymentGroupCommand: () => (/* reexport */ CreateDeploymentGroupCommand),
  CreateDeploymentGroupInput$: () => (/* reexport */ schemas_0/* CreateDeploymentGroupInput$ */.XBY),
  CreateDeploymentGroupOutput$: () => (/* reexport */ schemas_0/* CreateDeploymentGroupOutput$ */.qoz),
  CreateDeploymentInput$: () => (/* reexport */ schemas_0/* CreateDeploymentInput$ */.koT),
  CreateDeploymentOutput$: () => (/* reexport */ schemas_0/* CreateDeploymentOutput$ */.fv9),
  DeleteApplication$: () => (/* reexport */ schemas_0/* DeleteApplication$ */._uw),
  DeleteApplicationCommand: () => (/* reexport */ DeleteApplicationCommand),
  DeleteApplicationInput$: () => (/* reexport */ schemas_0/* DeleteApplicationInput$ */.k1C),
  DeleteDeploymentConfig$: () => (/* reexport */ schemas_0/* DeleteDeploymentConfig$ */.tIZ),
  DeleteDeploymentConfigCommand: () => (/* reexport */ DeleteDeploymentConfigCommand),
  DeleteDeploymentConfigInput$: () => (/* reexport */ schemas_0/* DeleteDeploymentConfigInput$ */.vur),
  DeleteDeploymentGroup$: () => (/* reexport */ schemas_0/* DeleteDeploymentGroup$ */.a6R),
  DeleteDeploymentGroupCommand: () => (/* reexport */ DeleteDeploymentGroupCommand),
  DeleteDeploymentGroupInput$: () => (/* reexport */ schemas_0/* DeleteDeploymentGroupInput$ */.IjV),
  DeleteDeploymentGroupOutput$: () => (/* reexport */ schemas_0/* DeleteDeploymentGroupOutput$ */.JH1),
  DeleteGitHubAccountToken$: () => (/* reexport */ schemas_0/* DeleteGitHubAccountToken$ */.hlV),
  DeleteGitHubAccountTokenCommand: () => (/* reexport */ DeleteGitHubAccountTokenCommand),
  DeleteGitHubAccountTokenInput$: () => (/* reexport */ schemas_0/* DeleteGitHubAccountTokenInput$ */.RQQ),
  DeleteGitHubAccountTokenOutput$: () => (/* reexport */ schemas_0/* DeleteGitHubAccountTokenOutput$ */.CE0),
  DeleteResourcesByExternalId$: () => (/* reexport */ schemas_0/* DeleteResourcesByExternalId$ */.UT8),
  DeleteResourcesByExternalIdCommand: () => (/* reexport */ DeleteResourcesByExternalIdCommand),
  DeleteResourcesByExternalIdInput$: () => (/* reexport */ schemas_0/* DeleteResourcesByExternalIdInput$ */.WSM),
  DeleteResourcesByExternalIdOutput$: () => (/* reexport */ schemas_0/* DeleteResourcesByExternalIdOutput$ */.Rn5),
  DeploymentAlreadyCompletedException: () => (/* reexport */ errors/* DeploymentAlreadyCompletedException */.AT),
  DeploymentAlreadyCompletedException$: () => (/* reexport */ schemas_0/* DeploymentAlreadyCompletedException$ */.Sap),
  DeploymentConfigAlreadyExistsException: () => (/* reexport */ errors/* DeploymentConfigAlreadyExistsException */.nZ),
  DeploymentConfigAlreadyExistsException$: () => (/* reexport */ schemas_0/* DeploymentConfigAlreadyExistsException$ */.NBM),
  DeploymentConfigDoesNotExistException: () => (/* reexport */ errors/* DeploymentConfigDoesNotExistException */.Ol),
  DeploymentConfigDoesNotExistException$: () => (/* reexport */ schemas_0/* DeploymentConfigDoesNotExistException$ */.a$x),
  DeploymentConfigInUseException: () => (/* reexport */ errors/* DeploymentConfigInUseException */.zk),
  DeploymentConfigInUseException$: () => (/* reexport */ schemas_0/* DeploymentConfigInUseException$ */.d8m),
  DeploymentConfigInfo$: () => (/* reexport */ schemas_0/* DeploymentConfigInfo$ */.aGk),
  DeploymentConfigLimitExceededException: () => (/* reexport */ errors/* DeploymentConfigLimitExceededException */.VP),
  DeploymentConfigLimitExceededException$: () => (/* reexport */ schemas_0/* DeploymentConfigLimitExceededException$ */.fzP),
  DeploymentConfigNameRequiredException: () => (/* reexport */ errors/* DeploymentConfigNameRequiredException */.nO),
  DeploymentConfigNameRequiredException$: () => (/* reexport */ schemas_0/* DeploymentConfigNameRequiredException$ */.nHF),
  DeploymentCreator: () => (/* reexport */ DeploymentCreator),
  DeploymentDoesNotExistException: () => (/* reexport */ errors/* DeploymentDoesNotExistException */.KM),
  DeploymentDoesNotExistException$: () => (/* reexport */ schemas_0/* DeploymentDoesNotExistException$ */.ETO),
  DeploymentGroupAlreadyExistsException: () => (/* reexport */ errors/* DeploymentGroupAlreadyExistsException */.A3),
  DeploymentGroupAlreadyExistsException$: () => (/* reexport */ schemas_0/* DeploymentGroupAlreadyExistsException$ */.gRT),
  DeploymentGroupDoesNotExistException: () => (/* reexport */ errors/* DeploymentGroupDoesNotExistException */.D3),
  DeploymentGroupDoesNotExistException$: () => (/* reexport */ schemas_0/* DeploymentGroupDoesNotExistException$ */.j8v),
  DeploymentGroupInfo$: () => (/* reexport */ schemas_0/* DeploymentGroupInfo$ */.D8),
  DeploymentGroupLimitExceededException: () => (/* reexport */ errors/* DeploymentGroupLimitExceededException */.yR),
  DeploymentGroupLimitExceededException$: () => (/* reexport */ schemas_0/* DeploymentGroupLimitExceededException$ */.UcA),
  DeploymentGroupNameRequiredException: () => (/* reexport */ errors/* DeploymentGroupNameRequiredException */.Mf),
  DeploymentGroupNameRequiredException$: () => (/* reexport */ schemas_0/* DeploymentGroupNameRequiredException$ */.oFC),
  DeploymentIdRequiredException: () => (/* reexport */ errors/* DeploymentIdRequiredException */.dJ),
  DeploymentIdRequiredException$: () => (/* reexport */ schemas_0/* DeploymentIdRequiredException$ */.NEi),
  DeploymentInfo$: () => (/* reexport */ schemas_0/* DeploymentInfo$ */.CD$),
  DeploymentIsNotInReadyStateException: () => (/* reexport */ errors/* DeploymentIsNotInReadyStateException */.NK),
  DeploymentIsNotInReadyStateException$: () => (/* reexport */ schemas_0/* DeploymentIsNotInReadyStateException$ */.F$b),
  DeploymentLimitExceededException: () => (/* reexport */ errors/* DeploymentLimitExceededException */.z9),
  DeploymentLimitExceededException$: () => (/* reexport */ schemas_0/* DeploymentLimitExceededException$ */.xxt),
  DeploymentMode: () => (/* reexport */ DeploymentMode),
  DeploymentNotStartedException: () => (/* reexport */ errors/* DeploymentNotStartedException */.nr),
  DeploymentNotStartedException$: () => (/* reexport */ schemas_0/* DeploymentNotStartedException$ */.$CG),
  DeploymentOption: () => (/* reexport */ DeploymentOption),
  DeploymentOverview$: () => (/* reexport */ schemas_0/* DeploymentOverview$ */.HyK),
  DeploymentReadyAction: () => (/* reexport */ DeploymentReadyAction),
  DeploymentReadyOption$: () => (/* reexport */ schemas_0/* DeploymentReadyOption$ */.o$T),
  DeploymentStatus: () => (/* reexport */ DeploymentStatus),
  DeploymentStyle$: () => (/* reexport */ schemas_0/* DeploymentStyle$ */.p49),
  DeploymentTarget$: () => (/* reexport */ schemas_0/* DeploymentTarget$ */.Za9),
  DeploymentTargetDoesNotExistException: () => (/* reexport */ errors/* DeploymentTargetDoesNotExistException */.Vz),
  DeploymentTargetDoesNotExistException$: () => (/* reexport */ schemas_0/* DeploymentTargetDoesNotExistException$ */.lqs),
  DeploymentTargetIdRequiredException: () => (/* reexport */ errors/* DeploymentTargetIdRequiredException */.mO),
  DeploymentTargetIdRequiredException$: () => (/* reexport */ schemas_0/* DeploymentTargetIdRequiredException$ */.gF2),
  DeploymentTargetListSizeExceededException: () => (/* reexport */ errors/* DeploymentTargetListSizeExceededException */.AH),
  DeploymentTargetListSizeExceededException$: () => (/* reexport */ schemas_0/* DeploymentTargetListSizeExceededException$ */.qMc),
  DeploymentTargetType: () => (/* reexport */ DeploymentTargetType),
  DeploymentType: () => (/* reexport */ DeploymentType),
  DeploymentWaitType: () => (/* reexport */ DeploymentWaitType),
  DeregisterOnPremisesInstance$: () => (/* reexport */ schemas_0/* DeregisterOnPremisesInstance$ */.b0M),
  DeregisterOnPremisesInstanceCommand: () => (/* reexport */ DeregisterOnPremisesInstanceCommand),
  DeregisterOnPremisesInstanceInput$: () => (/* reexport */ schemas_0/* DeregisterOnPremisesInstanceInput$ */.pe6),
  DescriptionTooLongException: () => (/* reexport */ errors/* DescriptionTooLongException */.KW),
  DescriptionTooLongException$: () => (/* reexport */ schemas_0/* DescriptionTooLongException$ */.gZN),
  Diagnostics$: () => (/* reexport */ schemas_0/* Diagnostics$ */.FQ_),
  EC2TagFilter$: () => (/* reexport */ schemas_0/* EC2TagFilter$ */.j_Y),
  EC2TagFilterType: () => (/* reexport */ EC2TagFilterType),
  EC2TagSet$: () => (/* reexport */ schemas_0/* EC2TagSet$ */.XGu),
  ECSService$: () => (/* reexport */ schemas_0/* ECSService$ */.dP2),
  ECSServiceMappingLimitExceededException: () => (/* reexport */ errors/* ECSServiceMappingLimitExceededException */.ou),
  ECSServiceMappingLimitExceededException$: () => (/* reexport */ schemas_0/* ECSServiceMappingLimitExceededException$ */.OL4),
  ECSTarget$: () => (/* reexport */ schemas_0/* ECSTarget$ */.pwP),
  ECSTaskSet$: () => (/* reexport */ schemas_0/* ECSTaskSet$ */.t$U),
  ELBInfo$: () => (/* reexport */ schemas_0/* ELBInfo$ */.aL4),
  ErrorCode: () => (/* reexport */ ErrorCode),
  ErrorInformation$: () => (/* reexport */ schemas_0/* ErrorInformation$ */.FLI),
  FileExistsBehavior: () => (/* reexport */ FileExistsBehavior),
  GenericRevisionInfo$: () => (/* reexport */ schemas_0/* GenericRevisionInfo$ */.NgO),
  GetApplication$: () => (/* reexport */ schemas_0/* GetApplication$ */.taA),
  GetApplicationCommand: () => (/* reexport */ GetApplicationCommand),
  GetApplicationInput$: () => (/* reexport */ schemas_0/* GetApplicationInput$ */.fcR),
  GetApplicationOutput$: () => (/* reexport */ schemas_0/* GetApplicationOutput$ */.m3B),
  GetApplicationRevision$: () => (/* reexport */ schemas_0/* GetApplicationRevision$ */.KbH),
  GetApplicationRevisionCommand: () => (/* reexport */ GetApplicationRevisionCommand),
  GetApplicationRevisionInput$: () => (/* reexport */ schemas_0/* GetApplicationRevisionInput$ */.Eme),
  GetApplicationRevisionOutput$: () => (/* reexport */ schemas_0/* GetApplicationRevisionOutput$ */.Baf),
  GetDeployment$: () => (/* reexport */ schemas_0/* GetDeployment$ */.EHZ),
  GetDeploymentCommand: () => (/* reexport */ GetDeploymentCommand/* GetDeploymentCommand */.T),
  GetDeploymentConfig$: () => (/* reexport */ schemas_0/* GetDeploymentConfig$ */.QGv),
  GetDeploymentConfigCommand: () => (/* reexport */ GetDeploymentConfigCommand/* GetDeploymentConfigCommand */.z),
  GetDeploymentConfigInput$: () => (/* reexport */ schemas_0/* GetDeploymentConfigInput$ */.coI),
  GetDeploymentConfigOutput$: () => (/* reexport */ schemas_0/* GetDeploymentConfigOutput$ */.hgf),
  GetDeploymentGroup$: () => (/* reexport */ schemas_0/* GetDeploymentGroup$ */.rnI),
  GetDeploymentGroupCommand: () => (/* reexport */ GetDeploymentGroupCommand),
  GetDeploymentGroupInput$: () => (/* reexport */ schemas_0/* GetDeploymentGroupInput$ */.Xcs),
  GetDeploymentGroupOutput$: () => (/* reexport */ schemas_0/* GetDeploymentGroupOutput$ */.MEJ),
  GetDeploymentInput$: () => (/* reexport */ schemas_0/* GetDeploymentInput$ */.M$N),
  GetDeploymentInstance$: () => (/* reexport */ schemas_0/* GetDeploymentInstance$ */.tEN),
  GetDeploymentInstanceCommand: () => (/* reexport */ GetDeploymentInstanceCommand),
  GetDeploymentInstanceInput$: () => (/* reexport */ schemas_0/* GetDeploymentInstanceInput$ */.b2t),
  GetDeploymentInstanceOutput$: () => (/* reexport */ schemas_0/* GetDeploymentInstanceOutput$ */.Qud),
  GetDeploymentOutput$: () => (/* reexport */ schemas_0/* GetDeploymentOutput$ */.Jn0),
  GetDeploymentTarget$: () => (/* reexport */ schemas_0/* GetDeploymentTarget$ */.PQs),
  GetDeploymentTargetCommand: () => (/* reexport */ GetDeploymentTargetCommand/* GetDeploymentTargetCommand */.O),
  GetDeploymentTargetInput$: () => (/* reexport */ schemas_0/* GetDeploymentTargetInput$ */.BuS),
  GetDeploymentTargetOutput$: () => (/* reexport */ schemas_0/* GetDeploymentTargetOutput$ */.GoX),
  GetOnPremisesInstance$: () => (/* reexport */ schemas_0/* GetOnPremisesInstance$ */.vy6),
  GetOnPremisesInstanceCommand: () => (/* reexport */ GetOnPremisesInstanceCommand),
  GetOnPremisesInstanceInput$: () => (/* reexport */ schemas_0/* GetOnPremisesInstanceInput$ */.nPI),
  GetOnPremisesInstanceOutput$: () => (/* reexport */ schemas_0/* GetOnPremisesInstanceOutput$ */.yQT),
  GitHubAccountTokenDoesNotExistException: () => (/* reexport */ errors/* GitHubAccountTokenDoesNotExistException */.aY),
  GitHubAccountTokenDoesNotExistException$: () => (/* reexport */ schemas_0/* GitHubAccountTokenDoesNotExistException$ */.e6A),
  GitHubAccountTokenNameRequiredException: () => (/* reexport */ errors/* GitHubAccountTokenNameRequiredException */.Bk),
  GitHubAccountTokenNameRequiredException$: () => (/* reexport */ schemas_0/* GitHubAccountTokenNameRequiredException$ */.rWp),
  GitHubLocation$: () => (/* reexport */ schemas_0/* GitHubLocation$ */.Xko),
  GreenFleetProvisioningAction: () => (/* reexport */ GreenFleetProvisioningAction),
  GreenFleetProvisioningOption$: () => (/* reexport */ schemas_0/* GreenFleetProvisioningOption$ */.GcE),
  IamArnRequiredException: () => (/* reexport */ errors/* IamArnRequiredException */.Fu),
  IamArnRequiredException$: () => (/* reexport */ schemas_0/* IamArnRequiredException$ */.Bbw),
  IamSessionArnAlreadyRegisteredException: () => (/* reexport */ errors/* IamSessionArnAlreadyRegisteredException */.of),
  IamSessionArnAlreadyRegisteredException$: () => (/* reexport */ schemas_0/* IamSessionArnAlreadyRegisteredException$ */.qWS),
  IamUserArnAlreadyRegisteredException: () => (/* reexport */ errors/* IamUserArnAlreadyRegisteredException */.$t),
  IamUserArnAlreadyRegisteredException$: () => (/* reexport */ schemas_0/* IamUserArnAlreadyRegisteredException$ */.$Ao),
  IamUserArnRequiredException: () => (/* reexport */ errors/* IamUserArnRequiredException */.y5),
  IamUserArnRequiredException$: () => (/* reexport */ schemas_0/* IamUserArnRequiredException$ */.y5D),
  InstanceAction: () => (/* reexport */ InstanceAction),
  InstanceDoesNotExistException: () => (/* reexport */ errors/* InstanceDoesNotExistException */.Su),
  InstanceDoesNotExistException$: () => (/* reexport */ schemas_0/* InstanceDoesNotExistException$ */.S6f),
  InstanceIdRequiredException: () => (/* reexport */ errors/* InstanceIdRequiredException */.Lw),
  InstanceIdRequiredException$: () => (/* reexport */ schemas_0/* InstanceIdRequiredException$ */.VWA),
  InstanceInfo$: () => (/* reexport */ schemas_0/* InstanceInfo$ */.epW),
  InstanceLimitExceededException: () => (/* reexport */ errors/* InstanceLimitExceededException */.hI),
  InstanceLimitExceededException$: () => (/* reexport */ schemas_0/* InstanceLimitExceededException$ */.TWC),
  InstanceNameAlreadyRegisteredException: () => (/* reexport */ errors/* InstanceNameAlreadyRegisteredException */.cj),
  InstanceNameAlreadyRegisteredException$: () => (/* reexport */ schemas_0/* InstanceNameAlreadyRegisteredException$ */.eeo),
  InstanceNameRequiredException: () => (/* reexport */ errors/* InstanceNameRequiredException */.fV),
  InstanceNameRequiredException$: () => (/* reexport */ schemas_0/* InstanceNameRequiredException$ */.pV1),
  InstanceNotRegisteredException: () => (/* reexport */ errors/* InstanceNotRegisteredException */.g1),
  InstanceNotRegisteredException$: () => (/* reexport */ schemas_0/* InstanceNotRegisteredException$ */.WC0),
  InstanceStatus: () => (/* reexport */ InstanceStatus),
  InstanceSummary$: () => (/* reexport */ schemas_0/* InstanceSummary$ */.c0G),
  InstanceTarget$: () => (/* reexport */ schemas_0/* InstanceTarget$ */.r14),
  InvalidAlarmConfigException: () => (/* reexport */ errors/* InvalidAlarmConfigException */.gZ),
  InvalidAlarmConfigException$: () => (/* reexport */ schemas_0/* InvalidAlarmConfigException$ */.o1R),
  InvalidApplicationNameException: () => (/* reexport */ errors/* InvalidApplicationNameException */._b),
  InvalidApplicationNameException$: () => (/* reexport */ schemas_0/* InvalidApplicationNameException$ */.osz),
  InvalidArnException: () => (/* reexport */ errors/* InvalidArnException */.w$),
  InvalidArnException$: () => (/* reexport */ schemas_0/* InvalidArnException$ */.Ylo),
  InvalidAutoRollbackConfigException: () => (/* reexport */ errors/* InvalidAutoRollbackConfigException */.SV),
  InvalidAutoRollbackConfigException$: () => (/* reexport */ schemas_0/* InvalidAutoRollbackConfigException$ */.m3R),
  InvalidAutoScalingGroupException: () => (/* reexport */ errors/* InvalidAutoScalingGroupException */.wf),
  InvalidAutoScalingGroupException$: () => (/* reexport */ schemas_0/* InvalidAutoScalingGroupException$ */.EFo),
  InvalidBlueGreenDeploymentConfigurationException: () => (/* reexport */ errors/* InvalidBlueGreenDeploymentConfigurationException */.Z9),
  InvalidBlueGreenDeploymentConfigurationException$: () => (/* reexport */ schemas_0/* InvalidBlueGreenDeploymentConfigurationException$ */.p0B),
  InvalidBucketNameFilterException: () => (/* reexport */ errors/* InvalidBucketNameFilterException */.yO),
  InvalidBucketNameFilterException$: () => (/* reexport */ schemas_0/* InvalidBucketNameFilterException$ */.ovz),
  InvalidComputePlatformException: () => (/* reexport */ errors/* InvalidComputePlatformException */.LO),
  InvalidComputePlatformException$: () => (/* reexport */ schemas_0/* InvalidComputePlatformException$ */.XxJ),
  InvalidDeployedStateFilterException: () => (/* reexport */ errors/* InvalidDeployedStateFilterException */.Qc),
  InvalidDeployedStateFilterException$: () => (/* reexport */ schemas_0/* InvalidDeployedStateFilterException$ */.gWc),
  InvalidDeploymentConfigNameException: () => (/* reexport */ errors/* InvalidDeploymentConfigNameException */.Xs),
  InvalidDeploymentConfigNameException$: () => (/* reexport */ schemas_0/* InvalidDeploymentConfigNameException$ */.L94),
  InvalidDeploymentGroupNameException: () => (/* reexport */ errors/* InvalidDeploymentGroupNameException */.o6),
  InvalidDeploymentGroupNameException$: () => (/* reexport */ schemas_0/* InvalidDeploymentGroupNameException$ */.uPc),
  InvalidDeploymentIdException: () => (/* reexport */ errors/* InvalidDeploymentIdException */.V$),
  InvalidDeploymentIdException$: () => (/* reexport */ schemas_0/* InvalidDeploymentIdException$ */.hKr),
  InvalidDeploymentInstanceTypeException: () => (/* reexport */ errors/* InvalidDeploymentInstanceTypeException */.TF),
  InvalidDeploymentInstanceTypeException$: () => (/* reexport */ schemas_0/* InvalidDeploymentInstanceTypeException$ */.Vt2),
  InvalidDeploymentStatusException: () => (/* reexport */ errors/* InvalidDeploymentStatusException */.Ue),
  InvalidDeploymentStatusException$: () => (/* reexport */ schemas_0/* InvalidDeploymentStatusException$ */.W5f),
  InvalidDeploymentStyleException: () => (/* reexport */ errors/* InvalidDeploymentStyleException */.jl),
  InvalidDeploymentStyleException$: () => (/* reexport */ schemas_0/* InvalidDeploymentStyleException$ */.X_U),
  InvalidDeploymentTargetIdException: () => (/* reexport */ errors/* InvalidDeploymentTargetIdException */.oB),
  InvalidDeploymentTargetIdException$: () => (/* reexport */ schemas_0/* InvalidDeploymentTargetIdException$ */.Ubx),
  InvalidDeploymentWaitTypeException: () => (/* reexport */ errors/* InvalidDeploymentWaitTypeException */.tt),
  InvalidDeploymentWaitTypeException$: () => (/* reexport */ schemas_0/* InvalidDeploymentWaitTypeException$ */.PJ3),
  InvalidEC2TagCombinationException: () => (/* reexport */ errors/* InvalidEC2TagCombinationException */.KX),
  InvalidEC2TagCombinationException$: () => (/* reexport */ schemas_0/* InvalidEC2TagCombinationException$ */.AiH),
  InvalidEC2TagException: () => (/* reexport */ errors/* InvalidEC2TagException */.dX),
  InvalidEC2TagException$: () => (/* reexport */ schemas_0/* InvalidEC2TagException$ */.XLo),
  InvalidECSServiceException: () => (/* reexport */ errors/* InvalidECSServiceException */.$V),
  InvalidECSServiceException$: () => (/* reexport */ schemas_0/* InvalidECSServiceException$ */.RDx),
  InvalidExternalIdException: () => (/* reexport */ errors/* InvalidExternalIdException */.vw),
  InvalidExternalIdException$: () => (/* reexport */ schemas_0/* InvalidExternalIdException$ */.ViH),
  InvalidFileExistsBehaviorException: () => (/* reexport */ errors/* InvalidFileExistsBehaviorException */.JS),
  InvalidFileExistsBehaviorException$: () => (/* reexport */ schemas_0/* InvalidFileExistsBehaviorException$ */.R$c),
  InvalidGitHubAccountTokenException: () => (/* reexport */ errors/* InvalidGitHubAccountTokenException */.ug),
  InvalidGitHubAccountTokenException$: () => (/* reexport */ schemas_0/* InvalidGitHubAccountTokenException$ */.kJn),
  InvalidGitHubAccountTokenNameException: () => (/* reexport */ errors/* InvalidGitHubAccountTokenNameException */.UH),
  InvalidGitHubAccountTokenNameException$: () => (/* reexport */ schemas_0/* InvalidGitHubAccountTokenNameException$ */.R5J),
  InvalidIamSessionArnException: () => (/* reexport */ errors/* InvalidIamSessionArnException */.D0),
  InvalidIamSessionArnException$: () => (/* reexport */ schemas_0/* InvalidIamSessionArnException$ */.T9t),
  InvalidIamUserArnException: () => (/* reexport */ errors/* InvalidIamUserArnException */.Kd),
  InvalidIamUserArnException$: () => (/* reexport */ schemas_0/* InvalidIamUserArnException$ */.M4r),
  InvalidIgnoreApplicationStopFailuresValueException: () => (/* reexport */ errors/* InvalidIgnoreApplicationStopFailuresValueException */.Xh),
  InvalidIgnoreApplicationStopFailuresValueException$: () => (/* reexport */ schemas_0/* InvalidIgnoreApplicationStopFailuresValueException$ */.h1A),
  InvalidInputException: () => (/* reexport */ errors/* InvalidInputException */.z5),
  InvalidInputException$: () => (/* reexport */ schemas_0/* InvalidInputException$ */.ziI),
  InvalidInstanceNameException: () => (/* reexport */ errors/* InvalidInstanceNameException */.j3),
  InvalidInstanceNameException$: () => (/* reexport */ schemas_0/* InvalidInstanceNameException$ */.d3S),
  InvalidInstanceStatusException: () => (/* reexport */ errors/* InvalidInstanceStatusException */.s0),
  InvalidInstanceStatusException$: () => (/* reexport */ schemas_0/* InvalidInstanceStatusException$ */.ujS),
  InvalidInstanceTypeException: () => (/* reexport */ errors/* InvalidInstanceTypeException */.e4),
  InvalidInstanceTypeException$: () => (/* reexport */ schemas_0/* InvalidInstanceTypeException$ */.SYS),
  InvalidKeyPrefixFilterException: () => (/* reexport */ errors/* InvalidKeyPrefixFilterException */.Uc),
  InvalidKeyPrefixFilterException$: () => (/* reexport */ schemas_0/* InvalidKeyPrefixFilterException$ */.g22),
  InvalidLifecycleEventHookExecutionIdException: () => (/* reexport */ errors/* InvalidLifecycleEventHookExecutionIdException */.tR),
  InvalidLifecycleEventHookExecutionIdException$: () => (/* reexport */ schemas_0/* InvalidLifecycleEventHookExecutionIdException$ */.vPl),
  InvalidLifecycleEventHookExecutionStatusException: () => (/* reexport */ errors/* InvalidLifecycleEventHookExecutionStatusException */.km),
  InvalidLifecycleEventHookExecutionStatusException$: () => (/* reexport */ schemas_0/* InvalidLifecycleEventHookExecutionStatusException$ */.AKl),
  InvalidLoadBalancerInfoException: () => (/* reexport */ errors/* InvalidLoadBalancerInfoException */.rY),
  InvalidLoadBalancerInfoException$: () => (/* reexport */ schemas_0/* InvalidLoadBalancerInfoException$ */.FMD),
  InvalidMinimumHealthyHostValueException: () => (/* reexport */ errors/* InvalidMinimumHealthyHostValueException */.rR),
  InvalidMinimumHealthyHostValueException$: () => (/* reexport */ schemas_0/* InvalidMinimumHealthyHostValueException$ */.zM5),
  InvalidNextTokenException: () => (/* reexport */ errors/* InvalidNextTokenException */.hX),
  InvalidNextTokenException$: () => (/* reexport */ schemas_0/* InvalidNextTokenException$ */.FgI),
  InvalidOnPremisesTagCombinationException: () => (/* reexport */ errors/* InvalidOnPremisesTagCombinationException */.BJ),
  InvalidOnPremisesTagCombinationException$: () => (/* reexport */ schemas_0/* InvalidOnPremisesTagCombinationException$ */.jhE),
  InvalidOperationException: () => (/* reexport */ errors/* InvalidOperationException */.Ei),
  InvalidOperationException$: () => (/* reexport */ schemas_0/* InvalidOperationException$ */.YA6),
  InvalidRegistrationStatusException: () => (/* reexport */ errors/* InvalidRegistrationStatusException */.cJ),
  InvalidRegistrationStatusException$: () => (/* reexport */ schemas_0/* InvalidRegistrationStatusException$ */.wlf),
  InvalidRevisionException: () => (/* reexport */ errors/* InvalidRevisionException */.WJ),
  InvalidRevisionException$: () => (/* reexport */ schemas_0/* InvalidRevisionException$ */.Wt9),
  InvalidRoleException: () => (/* reexport */ errors/* InvalidRoleException */.Bu),
  InvalidRoleException$: () => (/* reexport */ schemas_0/* InvalidRoleException$ */.xXb),
  InvalidSortByException: () => (/* reexport */ errors/* InvalidSortByException */.qn),
  InvalidSortByException$: () => (/* reexport */ schemas_0/* InvalidSortByException$ */.sk7),
  InvalidSortOrderException: () => (/* reexport */ errors/* InvalidSortOrderException */.dc),
  InvalidSortOrderException$: () => (/* reexport */ schemas_0/* InvalidSortOrderException$ */.b0m),
  InvalidTagException: () => (/* reexport */ errors/* InvalidTagException */.ti),
  InvalidTagException$: () => (/* reexport */ schemas_0/* InvalidTagException$ */.RRf),
  InvalidTagFilterException: () => (/* reexport */ errors/* InvalidTagFilterException */.$s),
  InvalidTagFilterException$: () => (/* reexport */ schemas_0/* InvalidTagFilterException$ */.NiN),
  InvalidTagsToAddException: () => (/* reexport */ errors/* InvalidTagsToAddException */.ak),
  InvalidTagsToAddException$: () => (/* reexport */ schemas_0/* InvalidTagsToAddException$ */.kPU),
  InvalidTargetFilterNameException: () => (/* reexport */ errors/* InvalidTargetFilterNameException */.XB),
  InvalidTargetFilterNameException$: () => (/* reexport */ schemas_0/* InvalidTargetFilterNameException$ */.rsK),
  InvalidTargetGroupPairException: () => (/* reexport */ errors/* InvalidTargetGroupPairException */.R_),
  InvalidTargetGroupPairException$: () => (/* reexport */ schemas_0/* InvalidTargetGroupPairException$ */.$Uq),
  InvalidTargetInstancesException: () => (/* reexport */ errors/* InvalidTargetInstancesException */.op),
  InvalidTargetInstancesException$: () => (/* reexport */ schemas_0/* InvalidTargetInstancesException$ */._KA),
  InvalidTimeRangeException: () => (/* reexport */ errors/* InvalidTimeRangeException */.rs),
  InvalidTimeRangeException$: () => (/* reexport */ schemas_0/* InvalidTimeRangeException$ */.dqz),
  InvalidTrafficRoutingConfigurationException: () => (/* reexport */ errors/* InvalidTrafficRoutingConfigurationException */.g),
  InvalidTrafficRoutingConfigurationException$: () => (/* reexport */ schemas_0/* InvalidTrafficRoutingConfigurationException$ */.Ofp),
  InvalidTriggerConfigException: () => (/* reexport */ errors/* InvalidTriggerConfigException */.X8),
  InvalidTriggerConfigException$: () => (/* reexport */ schemas_0/* InvalidTriggerConfigException$ */.$$H),
  InvalidUpdateOutdatedInstancesOnlyValueException: () => (/* reexport */ errors/* InvalidUpdateOutdatedInstancesOnlyValueException */.zo),
  InvalidUpdateOutdatedInstancesOnlyValueException$: () => (/* reexport */ schemas_0/* InvalidUpdateOutdatedInstancesOnlyValueException$ */.p2E),
  InvalidZonalDeploymentConfigurationException: () => (/* reexport */ errors/* InvalidZonalDeploymentConfigurationException */._5),
  InvalidZonalDeploymentConfigurationException$: () => (/* reexport */ schemas_0/* InvalidZonalDeploymentConfigurationException$ */.M2W),
  LambdaFunctionInfo$: () => (/* reexport */ schemas_0/* LambdaFunctionInfo$ */.oc),
  LambdaTarget$: () => (/* reexport */ schemas_0/* LambdaTarget$ */.Hrn),
  LastDeploymentInfo$: () => (/* reexport */ schemas_0/* LastDeploymentInfo$ */.EGy),
  LifecycleErrorCode: () => (/* reexport */ LifecycleErrorCode),
  LifecycleEvent$: () => (/* reexport */ schemas_0/* LifecycleEvent$ */.plT),
  LifecycleEventAlreadyCompletedException: () => (/* reexport */ errors/* LifecycleEventAlreadyCompletedException */.ZC),
  LifecycleEventAlreadyCompletedException$: () => (/* reexport */ schemas_0/* LifecycleEventAlreadyCompletedException$ */.zc2),
  LifecycleEventStatus: () => (/* reexport */ LifecycleEventStatus),
  LifecycleHookLimitExceededException: () => (/* reexport */ errors/* LifecycleHookLimitExceededException */.jA),
  LifecycleHookLimitExceededException$: () => (/* reexport */ schemas_0/* LifecycleHookLimitExceededException$ */.Ba_),
  ListApplicationRevisions$: () => (/* reexport */ schemas_0/* ListApplicationRevisions$ */.$Q$),
  ListApplicationRevisionsCommand: () => (/* reexport */ ListApplicationRevisionsCommand),
  ListApplicationRevisionsInput$: () => (/* reexport */ schemas_0/* ListApplicationRevisionsInput$ */.hms),
  ListApplicationRevisionsOutput$: () => (/* reexport */ schemas_0/* ListApplicationRevisionsOutput$ */.iy1),
  ListApplications$: () => (/* reexport */ schemas_0/* ListApplications$ */.U6w),
  ListApplicationsCommand: () => (/* reexport */ ListApplicationsCommand/* ListApplicationsCommand */.B),
  ListApplicationsInput$: () => (/* reexport */ schemas_0/* ListApplicationsInput$ */.IEt),
  ListApplicationsOutput$: () => (/* reexport */ schemas_0/* ListApplicationsOutput$ */.VkH),
  ListDeploymentConfigs$: () => (/* reexport */ schemas_0/* ListDeploymentConfigs$ */.lf2),
  ListDeploymentConfigsCommand: () => (/* reexport */ ListDeploymentConfigsCommand),
  ListDeploymentConfigsInput$: () => (/* reexport */ schemas_0/* ListDeploymentConfigsInput$ */.RkG),
  ListDeploymentConfigsOutput$: () => (/* reexport */ schemas_0/* ListDeploymentConfigsOutput$ */.MF_),
  ListDeploymentGroups$: () => (/* reexport */ schemas_0/* ListDeploymentGroups$ */.yzH),
  ListDeploymentGroupsCommand: () => (/* reexport */ ListDeploymentGroupsCommand/* ListDeploymentGroupsCommand */.X),
  ListDeploymentGroupsInput$: () => (/* reexport */ schemas_0/* ListDeploymentGroupsInput$ */.AOV),
  ListDeploymentGroupsOutput$: () => (/* reexport */ schemas_0/* ListDeploymentGroupsOutput$ */.$dK),
  ListDeploymentInstances$: () => (/* reexport */ schemas_0/* ListDeploymentInstances$ */.u7v),
  ListDeploymentInstancesCommand: () => (/* reexport */ ListDeploymentInstancesCommand),
  ListDeploymentInstancesInput$: () => (/* reexport */ schemas_0/* ListDeploymentInstancesInput$ */.GJp),
  ListDeploymentInstancesOutput$: () => (/* reexport */ schemas_0/* ListDeploymentInstancesOutput$ */.JIV),
  ListDeploymentTargets$: () => (/* reexport */ schemas_0/* ListDeploymentTargets$ */.ELS),
  ListDeploymentTargetsCommand: () => (/* reexport */ ListDeploymentTargetsCommand/* ListDeploymentTargetsCommand */.$),
  ListDeploymentTargetsInput$: () => (/* reexport */ schemas_0/* ListDeploymentTargetsInput$ */.wd8),
  ListDeploymentTargetsOutput$: () => (/* reexport */ schemas_0/* ListDeploymentTargetsOutput$ */.TAi),
  ListDeployments$: () => (/* reexport */ schemas_0/* ListDeployments$ */.vtI),
  ListDeploymentsCommand: () => (/* reexport */ ListDeploymentsCommand/* ListDeploymentsCommand */.s),
  ListDeploymentsInput$: () => (/* reexport */ schemas_0/* ListDeploymentsInput$ */.jYK),
  ListDeploymentsOutput$: () => (/* reexport */ schemas_0/* ListDeploymentsOutput$ */.Kf0),
  ListGitHubAccountTokenNames$: () => (/* reexport */ schemas_0/* ListGitHubAccountTokenNames$ */.wKf),
  ListGitHubAccountTokenNamesCommand: () => (/* reexport */ ListGitHubAccountTokenNamesCommand),
  ListGitHubAccountTokenNamesInput$: () => (/* reexport */ schemas_0/* ListGitHubAccountTokenNamesInput$ */.Wpn),
  ListGitHubAccountTokenNamesOutput$: () => (/* reexport */ schemas_0/* ListGitHubAccountTokenNamesOutput$ */.DVj),
  ListOnPremisesInstances$: () => (/* reexport */ schemas_0/* ListOnPremisesInstances$ */.Gip),
  ListOnPremisesInstancesCommand: () => (/* reexport */ ListOnPremisesInstancesCommand),
  ListOnPremisesInstancesInput$: () => (/* reexport */ schemas_0/* ListOnPremisesInstancesInput$ */.m4U),
  ListOnPremisesInstancesOutput$: () => (/* reexport */ schemas_0/* ListOnPremisesInstancesOutput$ */.Xoh),
  ListStateFilterAction: () => (/* reexport */ ListStateFilterAction),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tzn),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand),
  ListTagsForResourceInput$: () => (/* reexport */ schemas_0/* ListTagsForResourceInput$ */.tT9),
  ListTagsForResourceOutput$: () => (/* reexport */ schemas_0/* ListTagsForResourceOutput$ */.qbO),
  LoadBalancerInfo$: () => (/* reexport */ schemas_0/* LoadBalancerInfo$ */.N83),
  MinimumHealthyHosts$: () => (/* reexport */ schemas_0/* MinimumHealthyHosts$ */.FuY),
  MinimumHealthyHostsPerZone$: () => (/* reexport */ schemas_0/* MinimumHealthyHostsPerZone$ */.whK),
  MinimumHealthyHostsPerZoneType: () => (/* reexport */ MinimumHealthyHostsPerZoneType),
  MinimumHealthyHostsType: () => (/* reexport */ MinimumHealthyHostsType),
  MultipleIamArnsProvidedException: () => (/* reexport */ errors/* MultipleIamArnsProvidedException */.w4),
  MultipleIamArnsProvidedException$: () => (/* reexport */ schemas_0/* MultipleIamArnsProvidedException$ */.wa_),
  OnPremisesTagSet$: () => (/* reexport */ schemas_0/* OnPremisesTagSet$ */.Cm5),
  OperationNotSupportedException: () => (/* reexport */ errors/* OperationNotSupportedException */.U3),
  OperationNotSupportedException$: () => (/* reexport */ schemas_0/* OperationNotSupportedException$ */.qIN),
  OutdatedInstancesStrategy: () => (/* reexport */ OutdatedInstancesStrategy),
  PutLifecycleEventHookExecutionStatus$: () => (/* reexport */ schemas_0/* PutLifecycleEventHookExecutionStatus$ */.xe$),
  PutLifecycleEventHookExecutionStatusCommand: () => (/* reexport */ PutLifecycleEventHookExecutionStatusCommand),
  PutLifecycleEventHookExecutionStatusInput$: () => (/* reexport */ schemas_0/* PutLifecycleEventHookExecutionStatusInput$ */.f0F),
  PutLifecycleEventHookExecutionStatusOutput$: () => (/* reexport */ schemas_0/* PutLifecycleEventHookExecutionStatusOutput$ */.q$h),
  RawString$: () => (/* reexport */ schemas_0/* RawString$ */.qmS),
  RegisterApplicationRevision$: () => (/* reexport */ schemas_0/* RegisterApplicationRevision$ */.ByD),
  RegisterApplicationRevisionCommand: () => (/* reexport */ RegisterApplicationRevisionCommand),
  RegisterApplicationRevisionInput$: () => (/* reexport */ schemas_0/* RegisterApplicationRevisionInput$ */.D67),
  RegisterOnPremisesInstance$: () => (/* reexport */ schemas_0/* RegisterOnPremisesInstance$ */.Gtp),
  RegisterOnPremisesInstanceCommand: () => (/* reexport */ RegisterOnPremisesInstanceCommand),
  RegisterOnPremisesInstanceInput$: () => (/* reexport */ schemas_0/* RegisterOnPremisesInstanceInput$ */.QEe),
  RegistrationStatus: () => (/* reexport */ RegistrationStatus),
  RelatedDeployments$: () => (/* reexport */ schemas_0/* RelatedDeployments$ */.IDt),
  RemoveTagsFromOnPremisesInstances$: () => (/* reexport */ schemas_0/* RemoveTagsFromOnPremisesInstances$ */.nf6),
  RemoveTagsFromOnPremisesInstancesCommand: () => (/* reexport */ RemoveTagsFromOnPremisesInstancesCommand),
  RemoveTagsFromOnPremisesInstancesInput$: () => (/* reexport */ schemas_0/* RemoveTagsFromOnPremisesInstancesInput$ */.hZ5),
  ResourceArnRequiredException: () => (/* reexport */ errors/* ResourceArnRequiredException */.Au),
  ResourceArnRequiredException$: () => (/* reexport */ schemas_0/* ResourceArnRequiredException$ */.evi),
  ResourceValidationException: () => (/* reexport */ errors/* ResourceValidationException */.HS),
  ResourceValidationException$: () => (/* reexport */ schemas_0/* ResourceValidationException$ */.xeY),
  RevisionDoesNotExistException: () => (/* reexport */ errors/* RevisionDoesNotExistException */.EY),
  RevisionDoesNotExistException$: () => (/* reexport */ schemas_0/* RevisionDoesNotExistException$ */.qFk),
  RevisionInfo$: () => (/* reexport */ schemas_0/* RevisionInfo$ */.ERq),
  RevisionLocation$: () => (/* reexport */ schemas_0/* RevisionLocation$ */.v9o),
  RevisionLocationType: () => (/* reexport */ RevisionLocationType),
  RevisionRequiredException: () => (/* reexport */ errors/* RevisionRequiredException */.uZ),
  RevisionRequiredException$: () => (/* reexport */ schemas_0/* RevisionRequiredException$ */.yLf),
  RoleRequiredException: () => (/* reexport */ errors/* RoleRequiredException */.hS),
  RoleRequiredException$: () => (/* reexport */ schemas_0/* RoleRequiredException$ */.R1_),
  RollbackInfo$: () => (/* reexport */ schemas_0/* RollbackInfo$ */.dTT),
  S3Location$: () => (/* reexport */ schemas_0/* S3Location$ */.Oud),
  SkipWaitTimeForInstanceTermination$: () => (/* reexport */ schemas_0/* SkipWaitTimeForInstanceTermination$ */.ySS),
  SkipWaitTimeForInstanceTerminationCommand: () => (/* reexport */ SkipWaitTimeForInstanceTerminationCommand),
  SkipWaitTimeForInstanceTerminationInput$: () => (/* reexport */ schemas_0/* SkipWaitTimeForInstanceTerminationInput$ */.mqU),
  SortOrder: () => (/* reexport */ SortOrder),
  StopDeployment$: () => (/* reexport */ schemas_0/* StopDeployment$ */.YCL),
  StopDeploymentCommand: () => (/* reexport */ StopDeploymentCommand/* StopDeploymentCommand */.N),
  StopDeploymentInput$: () => (/* reexport */ schemas_0/* StopDeploymentInput$ */.ulC),
  StopDeploymentOutput$: () => (/* reexport */ schemas_0/* StopDeploymentOutput$ */.Rin),
  StopStatus: () => (/* reexport */ StopStatus),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagFilter$: () => (/* reexport */ schemas_0/* TagFilter$ */.vAZ),
  TagFilterType: () => (/* reexport */ TagFilterType),
  TagLimitExceededException: () => (/* reexport */ errors/* TagLimitExceededException */.Qz),
  TagLimitExceededException$: () => (/* reexport */ schemas_0/* TagLimitExceededException$ */.K4M),
  TagRequiredException: () => (/* reexport */ errors/* TagRequiredException */.l$),
  TagRequiredException$: () => (/* reexport */ schemas_0/* TagRequiredException$ */.lG9),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jqp),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand),
  TagResourceInput$: () => (/* reexport */ schemas_0/* TagResourceInput$ */.jej),
  TagResourceOutput$: () => (/* reexport */ schemas_0/* TagResourceOutput$ */.y9$),
  TagSetListLimitExceededException: () => (/* reexport */ errors/* TagSetListLimitExceededException */.lX),
  TagSetListLimitExceededException$: () => (/* reexport */ schemas_0/* TagSetListLimitExceededException$ */.QMt),
  TargetFilterName: () => (/* reexport */ TargetFilterName),
  TargetGroupInfo$: () => (/* reexport */ schemas_0/* TargetGroupInfo$ */.xA4),
  TargetGroupPairInfo$: () => (/* reexport */ schemas_0/* TargetGroupPairInfo$ */.dGN),
  TargetInstances$: () => (/* reexport */ schemas_0/* TargetInstances$ */.qMw),
  TargetLabel: () => (/* reexport */ TargetLabel),
  TargetStatus: () => (/* reexport */ TargetStatus),
  ThrottlingException: () => (/* reexport */ errors/* ThrottlingException */.x5),
  ThrottlingException$: () => (/* reexport */ schemas_0/* ThrottlingException$ */.tyi),
  TimeBasedCanary$: () => (/* reexport */ schemas_0/* TimeBasedCanary$ */.$1i),
  TimeBasedLinear$: () => (/* reexport */ schemas_0/* TimeBasedLinear$ */.kkZ),
  TimeRange$: () => (/* reexport */ schemas_0/* TimeRange$ */.rEN),
  TrafficRoute$: () => (/* reexport */ schemas_0/* TrafficRoute$ */.Tbp),
  TrafficRoutingConfig$: () => (/* reexport */ schemas_0/* TrafficRoutingConfig$ */.i3Z),
  TrafficRoutingType: () => (/* reexport */ TrafficRoutingType),
  TriggerConfig$: () => (/* reexport */ schemas_0/* TriggerConfig$ */.Bto),
  TriggerEventType: () => (/* reexport */ TriggerEventType),
  TriggerTargetsLimitExceededException: () => (/* reexport */ errors/* TriggerTargetsLimitExceededException */.Ok),
  TriggerTargetsLimitExceededException$: () => (/* reexport */ schemas_0/* TriggerTargetsLimitExceededException$ */.EpT),
  UnsupportedActionForDeploymentTypeException: () => (/* reexport */ errors/* UnsupportedActionForDeploymentTypeException */.J1),
  UnsupportedActionForDeploymentTypeException$: () => (/* reexport */ schemas_0/* UnsupportedActionForDeploymentTypeException$ */.jno),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AUX),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceInput$: () => (/* reexport */ schemas_0/* UntagResourceInput$ */.gU4),
  UntagResourceOutput$: () => (/* reexport */ schemas_0/* UntagResourceOutput$ */.PnN),
  UpdateApplication$: () => (/* reexport */ schemas_0/* UpdateApplication$ */.OHi),
  UpdateApplicationCommand: () => (/* reexport */ UpdateApplicationCommand),
  UpdateApplicationInput$: () => (/* reexport */ schemas_0/* UpdateApplicationInput$ */.GpI),
  UpdateDeploymentGroup$: () => (/* reexport */ schemas_0/* UpdateDeploymentGroup$ */.sg4),
  UpdateDeploymentGroupCommand: () => (/* reexport */ UpdateDeploymentGroupCommand),
  UpdateDeploymentGroupInput$: () => (/* reexport */ schemas_0/* UpdateDeploymentGroupInput$ */.GBE),
  UpdateDeploymentGroupOutput$: () => (/* reexport */ schemas_0/* UpdateDeploymentGroupOutput$ */.JkM),
  ZonalConfig$: () => (/* reexport */ schemas_0/* ZonalConfig$ */.JuT),
  _InstanceType: () => (/* reexport */ _InstanceType),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateListApplicationRevisions: () => (/* reexport */ paginateListApplicationRevisions),
  paginateListApplications: () => (/* reexport */ paginateListApplications),
  paginateListDeploymentConfigs: () => (/* reexport */ paginateListDeploymentConfigs),
  paginateListDeploymentGroups: () => (/* reexport */ paginateListDeploymentGroups),
  paginateListDeploymentInstances: () => (/* reexport */ paginateListDeploymentInstances),
  paginateListDeployments: () => (/* reexport */ paginateListDeployments),
  waitForDeploymentSuccessful: () => (/* reexport */ waitForDeploymentSuccessful),
  waitUntilDeploymentSuccessful: () => (/* reexport */ waitUntilDeploymentSuccessful)
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(8387);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(9431);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/AddTagsToOnPremisesInstancesCommand.js


class AddTagsToOnPremisesInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddTagsToOnPremisesInstances", schemas_0/* AddTagsToOnPremisesInstances$ */.Pvk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetApplicationRevisionsCommand.js


class BatchGetApplicationRevisionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetApplicationRevisions", schemas_0/* BatchGetApplicationRevisions$ */.lRy) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetApplicationsCommand.js
var BatchGetApplicationsCommand = __webpack_require__(1410);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetDeploymentGroupsCommand.js
var BatchGetDeploymentGroupsCommand = __webpack_require__(5734);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetDeploymentInstancesCommand.js


class BatchGetDeploymentInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetDeploymentInstances", schemas_0/* BatchGetDeploymentInstances$ */.mLL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetDeploymentsCommand.js


class BatchGetDeploymentsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetDeployments", schemas_0/* BatchGetDeployments$ */.jdY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetDeploymentTargetsCommand.js


class BatchGetDeploymentTargetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetDeploymentTargets", schemas_0/* BatchGetDeploymentTargets$ */.Utc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/BatchGetOnPremisesInstancesCommand.js


class BatchGetOnPremisesInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetOnPremisesInstances", schemas_0/* BatchGetOnPremisesInstances$ */.Qll) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ContinueDeploymentCommand.js
var ContinueDeploymentCommand = __webpack_require__(6573);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateApplicationCommand.js


class CreateApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateApplication", schemas_0/* CreateApplication$ */.n2L) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentCommand.js
var CreateDeploymentCommand = __webpack_require__(6282);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentConfigCommand.js
var CreateDeploymentConfigCommand = __webpack_require__(6868);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/CreateDeploymentGroupCommand.js


class CreateDeploymentGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDeploymentGroup", schemas_0/* CreateDeploymentGroup$ */.XwD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/DeleteApplicationCommand.js


class DeleteApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteApplication", schemas_0/* DeleteApplication$ */._uw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/DeleteDeploymentConfigCommand.js


class DeleteDeploymentConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDeploymentConfig", schemas_0/* DeleteDeploymentConfig$ */.tIZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/DeleteDeploymentGroupCommand.js


class DeleteDeploymentGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDeploymentGroup", schemas_0/* DeleteDeploymentGroup$ */.a6R) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/DeleteGitHubAccountTokenCommand.js


class DeleteGitHubAccountTokenCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteGitHubAccountToken", schemas_0/* DeleteGitHubAccountToken$ */.hlV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/DeleteResourcesByExternalIdCommand.js


class DeleteResourcesByExternalIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourcesByExternalId", schemas_0/* DeleteResourcesByExternalId$ */.UT8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/DeregisterOnPremisesInstanceCommand.js


class DeregisterOnPremisesInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterOnPremisesInstance", schemas_0/* DeregisterOnPremisesInstance$ */.b0M) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetApplicationCommand.js


class GetApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetApplication", schemas_0/* GetApplication$ */.taA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetApplicationRevisionCommand.js


class GetApplicationRevisionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetApplicationRevision", schemas_0/* GetApplicationRevision$ */.KbH) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentCommand.js
var GetDeploymentCommand = __webpack_require__(8744);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentConfigCommand.js
var GetDeploymentConfigCommand = __webpack_require__(8294);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentGroupCommand.js


class GetDeploymentGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDeploymentGroup", schemas_0/* GetDeploymentGroup$ */.rnI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentInstanceCommand.js


class GetDeploymentInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDeploymentInstance", schemas_0/* GetDeploymentInstance$ */.tEN) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetDeploymentTargetCommand.js
var GetDeploymentTargetCommand = __webpack_require__(4447);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/GetOnPremisesInstanceCommand.js


class GetOnPremisesInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOnPremisesInstance", schemas_0/* GetOnPremisesInstance$ */.vy6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListApplicationRevisionsCommand.js


class ListApplicationRevisionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListApplicationRevisions", schemas_0/* ListApplicationRevisions$ */.$Q$) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListApplicationsCommand.js
var ListApplicationsCommand = __webpack_require__(7678);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentConfigsCommand.js


class ListDeploymentConfigsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDeploymentConfigs", schemas_0/* ListDeploymentConfigs$ */.lf2) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentGroupsCommand.js
var ListDeploymentGroupsCommand = __webpack_require__(74);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentInstancesCommand.js


class ListDeploymentInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDeploymentInstances", schemas_0/* ListDeploymentInstances$ */.u7v) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentsCommand.js
var ListDeploymentsCommand = __webpack_require__(569);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListDeploymentTargetsCommand.js
var ListDeploymentTargetsCommand = __webpack_require__(4404);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListGitHubAccountTokenNamesCommand.js


class ListGitHubAccountTokenNamesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListGitHubAccountTokenNames", schemas_0/* ListGitHubAccountTokenNames$ */.wKf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListOnPremisesInstancesCommand.js


class ListOnPremisesInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOnPremisesInstances", schemas_0/* ListOnPremisesInstances$ */.Gip) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/PutLifecycleEventHookExecutionStatusCommand.js


class PutLifecycleEventHookExecutionStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutLifecycleEventHookExecutionStatus", schemas_0/* PutLifecycleEventHookExecutionStatus$ */.xe$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/RegisterApplicationRevisionCommand.js


class RegisterApplicationRevisionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterApplicationRevision", schemas_0/* RegisterApplicationRevision$ */.ByD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/RegisterOnPremisesInstanceCommand.js


class RegisterOnPremisesInstanceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterOnPremisesInstance", schemas_0/* RegisterOnPremisesInstance$ */.Gtp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/RemoveTagsFromOnPremisesInstancesCommand.js


class RemoveTagsFromOnPremisesInstancesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveTagsFromOnPremisesInstances", schemas_0/* RemoveTagsFromOnPremisesInstances$ */.nf6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/SkipWaitTimeForInstanceTerminationCommand.js


class SkipWaitTimeForInstanceTerminationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SkipWaitTimeForInstanceTermination", schemas_0/* SkipWaitTimeForInstanceTermination$ */.ySS) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/StopDeploymentCommand.js
var StopDeploymentCommand = __webpack_require__(3858);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagResource", schemas_0/* TagResource$ */.Jqp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AUX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/UpdateApplicationCommand.js


class UpdateApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateApplication", schemas_0/* UpdateApplication$ */.OHi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/UpdateDeploymentGroupCommand.js


class UpdateDeploymentGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDeploymentGroup", schemas_0/* UpdateDeploymentGroup$ */.sg4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/ListApplicationRevisionsPaginator.js



const paginateListApplicationRevisions = (0,dist_cjs.createPaginator)(CodeDeployClient, ListApplicationRevisionsCommand, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/ListApplicationsPaginator.js



const paginateListApplications = (0,dist_cjs.createPaginator)(CodeDeployClient, ListApplicationsCommand/* ListApplicationsCommand */.B, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/ListDeploymentConfigsPaginator.js



const paginateListDeploymentConfigs = (0,dist_cjs.createPaginator)(CodeDeployClient, ListDeploymentConfigsCommand, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/ListDeploymentGroupsPaginator.js



const paginateListDeploymentGroups = (0,dist_cjs.createPaginator)(CodeDeployClient, ListDeploymentGroupsCommand/* ListDeploymentGroupsCommand */.X, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/ListDeploymentInstancesPaginator.js



const paginateListDeploymentInstances = (0,dist_cjs.createPaginator)(CodeDeployClient, ListDeploymentInstancesCommand, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/ListDeploymentsPaginator.js



const paginateListDeployments = (0,dist_cjs.createPaginator)(CodeDeployClient, ListDeploymentsCommand/* ListDeploymentsCommand */.s, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/waiters/waitForDeploymentSuccessful.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetDeploymentCommand/* GetDeploymentCommand */.T(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.deploymentInfo.status;
            };
            if (returnComparator() === "Succeeded") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.deploymentInfo.status;
            };
            if (returnComparator() === "Failed") {
                return { state: submodules_client.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.deploymentInfo.status;
            };
            if (returnComparator() === "Stopped") {
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
const waitForDeploymentSuccessful = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilDeploymentSuccessful = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/CodeDeploy.js
























































const commands = {
    AddTagsToOnPremisesInstancesCommand: AddTagsToOnPremisesInstancesCommand,
    BatchGetApplicationRevisionsCommand: BatchGetApplicationRevisionsCommand,
    BatchGetApplicationsCommand: BatchGetApplicationsCommand/* BatchGetApplicationsCommand */.n,
    BatchGetDeploymentGroupsCommand: BatchGetDeploymentGroupsCommand/* BatchGetDeploymentGroupsCommand */.r,
    BatchGetDeploymentInstancesCommand: BatchGetDeploymentInstancesCommand,
    BatchGetDeploymentsCommand: BatchGetDeploymentsCommand,
    BatchGetDeploymentTargetsCommand: BatchGetDeploymentTargetsCommand,
    BatchGetOnPremisesInstancesCommand: BatchGetOnPremisesInstancesCommand,
    ContinueDeploymentCommand: ContinueDeploymentCommand/* ContinueDeploymentCommand */.M,
    CreateApplicationCommand: CreateApplicationCommand,
    CreateDeploymentCommand: CreateDeploymentCommand/* CreateDeploymentCommand */.t,
    CreateDeploymentConfigCommand: CreateDeploymentConfigCommand/* CreateDeploymentConfigCommand */.J,
    CreateDeploymentGroupCommand: CreateDeploymentGroupCommand,
    DeleteApplicationCommand: DeleteApplicationCommand,
    DeleteDeploymentConfigCommand: DeleteDeploymentConfigCommand,
    DeleteDeploymentGroupCommand: DeleteDeploymentGroupCommand,
    DeleteGitHubAccountTokenCommand: DeleteGitHubAccountTokenCommand,
    DeleteResourcesByExternalIdCommand: DeleteResourcesByExternalIdCommand,
    DeregisterOnPremisesInstanceCommand: DeregisterOnPremisesInstanceCommand,
    GetApplicationCommand: GetApplicationCommand,
    GetApplicationRevisionCommand: GetApplicationRevisionCommand,
    GetDeploymentCommand: GetDeploymentCommand/* GetDeploymentCommand */.T,
    GetDeploymentConfigCommand: GetDeploymentConfigCommand/* GetDeploymentConfigCommand */.z,
    GetDeploymentGroupCommand: GetDeploymentGroupCommand,
    GetDeploymentInstanceCommand: GetDeploymentInstanceCommand,
    GetDeploymentTargetCommand: GetDeploymentTargetCommand/* GetDeploymentTargetCommand */.O,
    GetOnPremisesInstanceCommand: GetOnPremisesInstanceCommand,
    ListApplicationRevisionsCommand: ListApplicationRevisionsCommand,
    ListApplicationsCommand: ListApplicationsCommand/* ListApplicationsCommand */.B,
    ListDeploymentConfigsCommand: ListDeploymentConfigsCommand,
    ListDeploymentGroupsCommand: ListDeploymentGroupsCommand/* ListDeploymentGroupsCommand */.X,
    ListDeploymentInstancesCommand: ListDeploymentInstancesCommand,
    ListDeploymentsCommand: ListDeploymentsCommand/* ListDeploymentsCommand */.s,
    ListDeploymentTargetsCommand: ListDeploymentTargetsCommand/* ListDeploymentTargetsCommand */.$,
    ListGitHubAccountTokenNamesCommand: ListGitHubAccountTokenNamesCommand,
    ListOnPremisesInstancesCommand: ListOnPremisesInstancesCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand,
    PutLifecycleEventHookExecutionStatusCommand: PutLifecycleEventHookExecutionStatusCommand,
    RegisterApplicationRevisionCommand: RegisterApplicationRevisionCommand,
    RegisterOnPremisesInstanceCommand: RegisterOnPremisesInstanceCommand,
    RemoveTagsFromOnPremisesInstancesCommand: RemoveTagsFromOnPremisesInstancesCommand,
    SkipWaitTimeForInstanceTerminationCommand: SkipWaitTimeForInstanceTerminationCommand,
    StopDeploymentCommand: StopDeploymentCommand/* StopDeploymentCommand */.N,
    TagResourceCommand: TagResourceCommand,
    UntagResourceCommand: UntagResourceCommand,
    UpdateApplicationCommand: UpdateApplicationCommand,
    UpdateDeploymentGroupCommand: UpdateDeploymentGroupCommand,
};
const paginators = {
    paginateListApplicationRevisions: paginateListApplicationRevisions,
    paginateListApplications: paginateListApplications,
    paginateListDeploymentConfigs: paginateListDeploymentConfigs,
    paginateListDeploymentGroups: paginateListDeploymentGroups,
    paginateListDeploymentInstances: paginateListDeploymentInstances,
    paginateListDeployments: paginateListDeployments,
};
const waiters = {
    waitUntilDeploymentSuccessful: waitUntilDeploymentSuccessful,
};
class CodeDeploy extends CodeDeployClient {
}
(0,submodules_client.createAggregatedClient)(commands, CodeDeploy, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/commands/index.js
















































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/pagination/index.js








;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/waiters/index.js


;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/models/enums.js
const ComputePlatform = {
    ECS: "ECS",
    LAMBDA: "Lambda",
    SERVER: "Server",
};
const ApplicationRevisionSortBy = {
    FirstUsedTime: "firstUsedTime",
    LastUsedTime: "lastUsedTime",
    RegisterTime: "registerTime",
};
const AutoRollbackEvent = {
    DEPLOYMENT_FAILURE: "DEPLOYMENT_FAILURE",
    DEPLOYMENT_STOP_ON_ALARM: "DEPLOYMENT_STOP_ON_ALARM",
    DEPLOYMENT_STOP_ON_REQUEST: "DEPLOYMENT_STOP_ON_REQUEST",
};
const RevisionLocationType = {
    AppSpecContent: "AppSpecContent",
    GitHub: "GitHub",
    S3: "S3",
    String: "String",
};
const BundleType = {
    JSON: "JSON",
    Tar: "tar",
    TarGZip: "tgz",
    YAML: "YAML",
    Zip: "zip",
};
const DeploymentReadyAction = {
    CONTINUE_DEPLOYMENT: "CONTINUE_DEPLOYMENT",
    STOP_DEPLOYMENT: "STOP_DEPLOYMENT",
};
const GreenFleetProvisioningAction = {
    COPY_AUTO_SCALING_GROUP: "COPY_AUTO_SCALING_GROUP",
    DISCOVER_EXISTING: "DISCOVER_EXISTING",
};
const InstanceAction = {
    KEEP_ALIVE: "KEEP_ALIVE",
    TERMINATE: "TERMINATE",
};
const DeploymentOption = {
    WITHOUT_TRAFFIC_CONTROL: "WITHOUT_TRAFFIC_CONTROL",
    WITH_TRAFFIC_CONTROL: "WITH_TRAFFIC_CONTROL",
};
const DeploymentType = {
    BLUE_GREEN: "BLUE_GREEN",
    IN_PLACE: "IN_PLACE",
};
const EC2TagFilterType = {
    KEY_AND_VALUE: "KEY_AND_VALUE",
    KEY_ONLY: "KEY_ONLY",
    VALUE_ONLY: "VALUE_ONLY",
};
const DeploymentStatus = {
    BAKING: "Baking",
    CREATED: "Created",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    QUEUED: "Queued",
    READY: "Ready",
    STOPPED: "Stopped",
    SUCCEEDED: "Succeeded",
};
const TagFilterType = {
    KEY_AND_VALUE: "KEY_AND_VALUE",
    KEY_ONLY: "KEY_ONLY",
    VALUE_ONLY: "VALUE_ONLY",
};
const OutdatedInstancesStrategy = {
    Ignore: "IGNORE",
    Update: "UPDATE",
};
const TriggerEventType = {
    DEPLOYMENT_FAILURE: "DeploymentFailure",
    DEPLOYMENT_READY: "DeploymentReady",
    DEPLOYMENT_ROLLBACK: "DeploymentRollback",
    DEPLOYMENT_START: "DeploymentStart",
    DEPLOYMENT_STOP: "DeploymentStop",
    DEPLOYMENT_SUCCESS: "DeploymentSuccess",
    INSTANCE_FAILURE: "InstanceFailure",
    INSTANCE_READY: "InstanceReady",
    INSTANCE_START: "InstanceStart",
    INSTANCE_SUCCESS: "InstanceSuccess",
};
const _InstanceType = {
    BLUE: "Blue",
    GREEN: "Green",
};
const LifecycleErrorCode = {
    SCRIPT_FAILED: "ScriptFailed",
    SCRIPT_MISSING: "ScriptMissing",
    SCRIPT_NOT_EXECUTABLE: "ScriptNotExecutable",
    SCRIPT_TIMED_OUT: "ScriptTimedOut",
    SUCCESS: "Success",
    UNKNOWN_ERROR: "UnknownError",
};
const LifecycleEventStatus = {
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SKIPPED: "Skipped",
    SUCCEEDED: "Succeeded",
    UNKNOWN: "Unknown",
};
const InstanceStatus = {
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    READY: "Ready",
    SKIPPED: "Skipped",
    SUCCEEDED: "Succeeded",
    UNKNOWN: "Unknown",
};
const DeploymentCreator = {
    Autoscaling: "autoscaling",
    AutoscalingTermination: "autoscalingTermination",
    CloudFormation: "CloudFormation",
    CloudFormationRollback: "CloudFormationRollback",
    CodeDeploy: "CodeDeploy",
    CodeDeployAutoUpdate: "CodeDeployAutoUpdate",
    CodeDeployRollback: "codeDeployRollback",
    User: "user",
};
const DeploymentMode = {
    RESTART: "RESTART",
    STANDARD: "STANDARD",
};
const ErrorCode = {
    AGENT_ISSUE: "AGENT_ISSUE",
    ALARM_ACTIVE: "ALARM_ACTIVE",
    APPLICATION_MISSING: "APPLICATION_MISSING",
    AUTOSCALING_VALIDATION_ERROR: "AUTOSCALING_VALIDATION_ERROR",
    AUTO_SCALING_CONFIGURATION: "AUTO_SCALING_CONFIGURATION",
    AUTO_SCALING_IAM_ROLE_PERMISSIONS: "AUTO_SCALING_IAM_ROLE_PERMISSIONS",
    CLOUDFORMATION_STACK_FAILURE: "CLOUDFORMATION_STACK_FAILURE",
    CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND: "CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND",
    CUSTOMER_APPLICATION_UNHEALTHY: "CUSTOMER_APPLICATION_UNHEALTHY",
    DEPLOYMENT_GROUP_MISSING: "DEPLOYMENT_GROUP_MISSING",
    ECS_UPDATE_ERROR: "ECS_UPDATE_ERROR",
    ELASTIC_LOAD_BALANCING_INVALID: "ELASTIC_LOAD_BALANCING_INVALID",
    ELB_INVALID_INSTANCE: "ELB_INVALID_INSTANCE",
    HEALTH_CONSTRAINTS: "HEALTH_CONSTRAINTS",
    HEALTH_CONSTRAINTS_INVALID: "HEALTH_CONSTRAINTS_INVALID",
    HOOK_EXECUTION_FAILURE: "HOOK_EXECUTION_FAILURE",
    IAM_ROLE_MISSING: "IAM_ROLE_MISSING",
    IAM_ROLE_PERMISSIONS: "IAM_ROLE_PERMISSIONS",
    INTERNAL_ERROR: "INTERNAL_ERROR",
    INVALID_ECS_SERVICE: "INVALID_ECS_SERVICE",
    INVALID_LAMBDA_CONFIGURATION: "INVALID_LAMBDA_CONFIGURATION",
    INVALID_LAMBDA_FUNCTION: "INVALID_LAMBDA_FUNCTION",
    INVALID_REVISION: "INVALID_REVISION",
    MANUAL_STOP: "MANUAL_STOP",
    MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION: "MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION",
    MISSING_ELB_INFORMATION: "MISSING_ELB_INFORMATION",
    MISSING_GITHUB_TOKEN: "MISSING_GITHUB_TOKEN",
    NO_EC2_SUBSCRIPTION: "NO_EC2_SUBSCRIPTION",
    NO_INSTANCES: "NO_INSTANCES",
    OVER_MAX_INSTANCES: "OVER_MAX_INSTANCES",
    RESOURCE_LIMIT_EXCEEDED: "RESOURCE_LIMIT_EXCEEDED",
    REVISION_MISSING: "REVISION_MISSING",
    THROTTLED: "THROTTLED",
    TIMEOUT: "TIMEOUT",
};
const FileExistsBehavior = {
    DISALLOW: "DISALLOW",
    OVERWRITE: "OVERWRITE",
    RETAIN: "RETAIN",
};
const TargetStatus = {
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    READY: "Ready",
    SKIPPED: "Skipped",
    SUCCEEDED: "Succeeded",
    UNKNOWN: "Unknown",
};
const DeploymentTargetType = {
    CLOUDFORMATION_TARGET: "CloudFormationTarget",
    ECS_TARGET: "ECSTarget",
    INSTANCE_TARGET: "InstanceTarget",
    LAMBDA_TARGET: "LambdaTarget",
};
const TargetLabel = {
    BLUE: "Blue",
    GREEN: "Green",
};
const DeploymentWaitType = {
    READY_WAIT: "READY_WAIT",
    TERMINATION_WAIT: "TERMINATION_WAIT",
};
const MinimumHealthyHostsType = {
    FLEET_PERCENT: "FLEET_PERCENT",
    HOST_COUNT: "HOST_COUNT",
};
const TrafficRoutingType = {
    AllAtOnce: "AllAtOnce",
    TimeBasedCanary: "TimeBasedCanary",
    TimeBasedLinear: "TimeBasedLinear",
};
const MinimumHealthyHostsPerZoneType = {
    FLEET_PERCENT: "FLEET_PERCENT",
    HOST_COUNT: "HOST_COUNT",
};
const ListStateFilterAction = {
    Exclude: "exclude",
    Ignore: "ignore",
    Include: "include",
};
const SortOrder = {
    Ascending: "ascending",
    Descending: "descending",
};
const TargetFilterName = {
    SERVER_INSTANCE_LABEL: "ServerInstanceLabel",
    TARGET_STATUS: "TargetStatus",
};
const RegistrationStatus = {
    Deregistered: "Deregistered",
    Registered: "Registered",
};
const StopStatus = {
    PENDING: "Pending",
    SUCCEEDED: "Succeeded",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/models/errors.js
var errors = __webpack_require__(8607);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/models/CodeDeployServiceException.js
var CodeDeployServiceException = __webpack_require__(4274);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-es/index.js













/***/ })

};
;