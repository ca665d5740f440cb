"use strict";
exports.id = 15;
exports.ids = [15];
exports.modules = {

/***/ 6015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  ArtifactStatus: () => (/* reexport */ ArtifactStatus),
  ArtifactStatusFilter: () => (/* reexport */ ArtifactStatusFilter),
  Attribute$: () => (/* reexport */ schemas_0/* Attribute$ */.zh6),
  AuthorizationData$: () => (/* reexport */ schemas_0/* AuthorizationData$ */.Y8h),
  AwsEcrContainerImageDetails$: () => (/* reexport */ schemas_0/* AwsEcrContainerImageDetails$ */._Ll),
  BatchCheckLayerAvailability$: () => (/* reexport */ schemas_0/* BatchCheckLayerAvailability$ */.FDN),
  BatchCheckLayerAvailabilityCommand: () => (/* reexport */ BatchCheckLayerAvailabilityCommand),
  BatchCheckLayerAvailabilityRequest$: () => (/* reexport */ schemas_0/* BatchCheckLayerAvailabilityRequest$ */.EoK),
  BatchCheckLayerAvailabilityResponse$: () => (/* reexport */ schemas_0/* BatchCheckLayerAvailabilityResponse$ */.IYD),
  BatchDeleteImage$: () => (/* reexport */ schemas_0/* BatchDeleteImage$ */.V3Y),
  BatchDeleteImageCommand: () => (/* reexport */ BatchDeleteImageCommand),
  BatchDeleteImageRequest$: () => (/* reexport */ schemas_0/* BatchDeleteImageRequest$ */.u7J),
  BatchDeleteImageResponse$: () => (/* reexport */ schemas_0/* BatchDeleteImageResponse$ */.cmN),
  BatchGetImage$: () => (/* reexport */ schemas_0/* BatchGetImage$ */.e$c),
  BatchGetImageCommand: () => (/* reexport */ BatchGetImageCommand/* BatchGetImageCommand */.P),
  BatchGetImageRequest$: () => (/* reexport */ schemas_0/* BatchGetImageRequest$ */.LzZ),
  BatchGetImageResponse$: () => (/* reexport */ schemas_0/* BatchGetImageResponse$ */.bi5),
  BatchGetRepositoryScanningConfiguration$: () => (/* reexport */ schemas_0/* BatchGetRepositoryScanningConfiguration$ */.mMQ),
  BatchGetRepositoryScanningConfigurationCommand: () => (/* reexport */ BatchGetRepositoryScanningConfigurationCommand),
  BatchGetRepositoryScanningConfigurationRequest$: () => (/* reexport */ schemas_0/* BatchGetRepositoryScanningConfigurationRequest$ */.xhb),
  BatchGetRepositoryScanningConfigurationResponse$: () => (/* reexport */ schemas_0/* BatchGetRepositoryScanningConfigurationResponse$ */.JIh),
  BlockedByOrganizationPolicyException: () => (/* reexport */ errors/* BlockedByOrganizationPolicyException */.OE),
  BlockedByOrganizationPolicyException$: () => (/* reexport */ schemas_0/* BlockedByOrganizationPolicyException$ */.y00),
  CompleteLayerUpload$: () => (/* reexport */ schemas_0/* CompleteLayerUpload$ */.eRj),
  CompleteLayerUploadCommand: () => (/* reexport */ CompleteLayerUploadCommand),
  CompleteLayerUploadRequest$: () => (/* reexport */ schemas_0/* CompleteLayerUploadRequest$ */.$vs),
  CompleteLayerUploadResponse$: () => (/* reexport */ schemas_0/* CompleteLayerUploadResponse$ */.buB),
  CreatePullThroughCacheRule$: () => (/* reexport */ schemas_0/* CreatePullThroughCacheRule$ */.db_),
  CreatePullThroughCacheRuleCommand: () => (/* reexport */ CreatePullThroughCacheRuleCommand),
  CreatePullThroughCacheRuleRequest$: () => (/* reexport */ schemas_0/* CreatePullThroughCacheRuleRequest$ */.WzG),
  CreatePullThroughCacheRuleResponse$: () => (/* reexport */ schemas_0/* CreatePullThroughCacheRuleResponse$ */.kiC),
  CreateRepository$: () => (/* reexport */ schemas_0/* CreateRepository$ */.D2Z),
  CreateRepositoryCommand: () => (/* reexport */ CreateRepositoryCommand),
  CreateRepositoryCreationTemplate$: () => (/* reexport */ schemas_0/* CreateRepositoryCreationTemplate$ */.qB2),
  CreateRepositoryCreationTemplateCommand: () => (/* reexport */ CreateRepositoryCreationTemplateCommand),
  CreateRepositoryCreationTemplateRequest$: () => (/* reexport */ schemas_0/* CreateRepositoryCreationTemplateRequest$ */.HX6),
  CreateRepositoryCreationTemplateResponse$: () => (/* reexport */ schemas_0/* CreateRepositoryCreationTemplateResponse$ */.v4t),
  CreateRepositoryRequest$: () => (/* reexport */ schemas_0/* CreateRepositoryRequest$ */.WnE),
  CreateRepositoryResponse$: () => (/* reexport */ schemas_0/* CreateRepositoryResponse$ */.o_0),
  CvssScore$: () => (/* reexport */ schemas_0/* CvssScore$ */.QFk),
  CvssScoreAdjustment$: () => (/* reexport */ schemas_0/* CvssScoreAdjustment$ */.FqJ),
  CvssScoreDetails$: () => (/* reexport */ schemas_0/* CvssScoreDetails$ */.YGQ),
  DeleteLifecyclePolicy$: () => (/* reexport */ schemas_0/* DeleteLifecyclePolicy$ */.wTZ),
  DeleteLifecyclePolicyCommand: () => (/* reexport */ DeleteLifecyclePolicyCommand),
  DeleteLifecyclePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteLifecyclePolicyRequest$ */.Typ),
  DeleteLifecyclePolicyResponse$: () => (/* reexport */ schemas_0/* DeleteLifecyclePolicyResponse$ */.fTu),
  DeletePullThroughCacheRule$: () => (/* reexport */ schemas_0/* DeletePullThroughCacheRule$ */.EuE),
  DeletePullThroughCacheRuleCommand: () => (/* reexport */ DeletePullThroughCacheRuleCommand),
  DeletePullThroughCacheRuleRequest$: () => (/* reexport */ schemas_0/* DeletePullThroughCacheRuleRequest$ */.z$i),
  DeletePullThroughCacheRuleResponse$: () => (/* reexport */ schemas_0/* DeletePullThroughCacheRuleResponse$ */.P4t),
  DeleteRegistryPolicy$: () => (/* reexport */ schemas_0/* DeleteRegistryPolicy$ */.R6k),
  DeleteRegistryPolicyCommand: () => (/* reexport */ DeleteRegistryPolicyCommand),
  DeleteRegistryPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteRegistryPolicyRequest$ */.Swt),
  DeleteRegistryPolicyResponse$: () => (/* reexport */ schemas_0/* DeleteRegistryPolicyResponse$ */.ygz),
  DeleteRepository$: () => (/* reexport */ schemas_0/* DeleteRepository$ */.qTo),
  DeleteRepositoryCommand: () => (/* reexport */ DeleteRepositoryCommand),
  DeleteRepositoryCreationTemplate$: () => (/* reexport */ schemas_0/* DeleteRepositoryCreationTemplate$ */.Rp6),
  DeleteRepositoryCreationTemplateCommand: () => (/* reexport */ DeleteRepositoryCreationTemplateCommand),
  DeleteRepositoryCreationTemplateRequest$: () => (/* reexport */ schemas_0/* DeleteRepositoryCreationTemplateRequest$ */.KHL),
  DeleteRepositoryCreationTemplateResponse$: () => (/* reexport */ schemas_0/* DeleteRepositoryCreationTemplateResponse$ */.kQr),
  DeleteRepositoryPolicy$: () => (/* reexport */ schemas_0/* DeleteRepositoryPolicy$ */.O4V),
  DeleteRepositoryPolicyCommand: () => (/* reexport */ DeleteRepositoryPolicyCommand),
  DeleteRepositoryPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteRepositoryPolicyRequest$ */.LMc),
  DeleteRepositoryPolicyResponse$: () => (/* reexport */ schemas_0/* DeleteRepositoryPolicyResponse$ */.n$q),
  DeleteRepositoryRequest$: () => (/* reexport */ schemas_0/* DeleteRepositoryRequest$ */.d8L),
  DeleteRepositoryResponse$: () => (/* reexport */ schemas_0/* DeleteRepositoryResponse$ */.Zn5),
  DeleteSigningConfiguration$: () => (/* reexport */ schemas_0/* DeleteSigningConfiguration$ */.lP9),
  DeleteSigningConfigurationCommand: () => (/* reexport */ DeleteSigningConfigurationCommand),
  DeleteSigningConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteSigningConfigurationRequest$ */.YIv),
  DeleteSigningConfigurationResponse$: () => (/* reexport */ schemas_0/* DeleteSigningConfigurationResponse$ */.SPc),
  DeregisterPullTimeUpdateExclusion$: () => (/* reexport */ schemas_0/* DeregisterPullTimeUpdateExclusion$ */.GQ3),
  DeregisterPullTimeUpdateExclusionCommand: () => (/* reexport */ DeregisterPullTimeUpdateExclusionCommand),
  DeregisterPullTimeUpdateExclusionRequest$: () => (/* reexport */ schemas_0/* DeregisterPullTimeUpdateExclusionRequest$ */.L48),
  DeregisterPullTimeUpdateExclusionResponse$: () => (/* reexport */ schemas_0/* DeregisterPullTimeUpdateExclusionResponse$ */.lq2),
  DescribeImageReplicationStatus$: () => (/* reexport */ schemas_0/* DescribeImageReplicationStatus$ */.bjZ),
  DescribeImageReplicationStatusCommand: () => (/* reexport */ DescribeImageReplicationStatusCommand),
  DescribeImageReplicationStatusRequest$: () => (/* reexport */ schemas_0/* DescribeImageReplicationStatusRequest$ */.Ab8),
  DescribeImageReplicationStatusResponse$: () => (/* reexport */ schemas_0/* DescribeImageReplicationStatusResponse$ */.INP),
  DescribeImageScanFindings$: () => (/* reexport */ schemas_0/* DescribeImageScanFindings$ */.gqh),
  DescribeImageScanFindingsCommand: () => (/* reexport */ DescribeImageScanFindingsCommand),
  DescribeImageScanFindingsRequest$: () => (/* reexport */ schemas_0/* DescribeImageScanFindingsRequest$ */.P$5),
  DescribeImageScanFindingsResponse$: () => (/* reexport */ schemas_0/* DescribeImageScanFindingsResponse$ */.r0z),
  DescribeImageSigningStatus$: () => (/* reexport */ schemas_0/* DescribeImageSigningStatus$ */.Ecv),
  DescribeImageSigningStatusCommand: () => (/* reexport */ DescribeImageSigningStatusCommand),
  DescribeImageSigningStatusRequest$: () => (/* reexport */ schemas_0/* DescribeImageSigningStatusRequest$ */.pab),
  DescribeImageSigningStatusResponse$: () => (/* reexport */ schemas_0/* DescribeImageSigningStatusResponse$ */.X65),
  DescribeImages$: () => (/* reexport */ schemas_0/* DescribeImages$ */.gyn),
  DescribeImagesCommand: () => (/* reexport */ DescribeImagesCommand),
  DescribeImagesFilter$: () => (/* reexport */ schemas_0/* DescribeImagesFilter$ */.UFR),
  DescribeImagesRequest$: () => (/* reexport */ schemas_0/* DescribeImagesRequest$ */.VoV),
  DescribeImagesResponse$: () => (/* reexport */ schemas_0/* DescribeImagesResponse$ */.l19),
  DescribePullThroughCacheRules$: () => (/* reexport */ schemas_0/* DescribePullThroughCacheRules$ */.nCS),
  DescribePullThroughCacheRulesCommand: () => (/* reexport */ DescribePullThroughCacheRulesCommand),
  DescribePullThroughCacheRulesRequest$: () => (/* reexport */ schemas_0/* DescribePullThroughCacheRulesRequest$ */.Aq),
  DescribePullThroughCacheRulesResponse$: () => (/* reexport */ schemas_0/* DescribePullThroughCacheRulesResponse$ */.inU),
  DescribeRegistry$: () => (/* reexport */ schemas_0/* DescribeRegistry$ */.BuG),
  DescribeRegistryCommand: () => (/* reexport */ DescribeRegistryCommand),
  DescribeRegistryRequest$: () => (/* reexport */ schemas_0/* DescribeRegistryRequest$ */.u4R),
  DescribeRegistryResponse$: () => (/* reexport */ schemas_0/* DescribeRegistryResponse$ */._Ul),
  DescribeReplicationBackfillResults$: () => (/* reexport */ schemas_0/* DescribeReplicationBackfillResults$ */.YWT),
  DescribeReplicationBackfillResultsCommand: () => (/* reexport */ DescribeReplicationBackfillResultsCommand),
  DescribeReplicationBackfillResultsRequest$: () => (/* reexport */ schemas_0/* DescribeReplicationBackfillResultsRequest$ */.jn7),
  DescribeReplicationBackfillResultsResponse$: () => (/* reexport */ schemas_0/* DescribeReplicationBackfillResultsResponse$ */.RFN),
  DescribeRepositories$: () => (/* reexport */ schemas_0/* DescribeRepositories$ */.aAD),
  DescribeRepositoriesCommand: () => (/* reexport */ DescribeRepositoriesCommand),
  DescribeRepositoriesRequest$: () => (/* reexport */ schemas_0/* DescribeRepositoriesRequest$ */.HEO),
  DescribeRepositoriesResponse$: () => (/* reexport */ schemas_0/* DescribeRepositoriesResponse$ */.XN5),
  DescribeRepositoryCreationTemplates$: () => (/* reexport */ schemas_0/* DescribeRepositoryCreationTemplates$ */.kRO),
  DescribeRepositoryCreationTemplatesCommand: () => (/* reexport */ DescribeRepositoryCreationTemplatesCommand),
  DescribeRepositoryCreationTemplatesRequest$: () => (/* reexport */ schemas_0/* DescribeRepositoryCreationTemplatesRequest$ */.tZT),
  DescribeRepositoryCreationTemplatesResponse$: () => (/* reexport */ schemas_0/* DescribeRepositoryCreationTemplatesResponse$ */.nnt),
  ECR: () => (/* reexport */ ECR),
  ECRClient: () => (/* reexport */ ECRClient),
  ECRServiceException: () => (/* reexport */ ECRServiceException/* ECRServiceException */.p),
  ECRServiceException$: () => (/* reexport */ schemas_0/* ECRServiceException$ */.Xkd),
  EmptyUploadException: () => (/* reexport */ errors/* EmptyUploadException */.wv),
  EmptyUploadException$: () => (/* reexport */ schemas_0/* EmptyUploadException$ */.Cc0),
  EncryptionConfiguration$: () => (/* reexport */ schemas_0/* EncryptionConfiguration$ */.FzK),
  EncryptionConfigurationForRepositoryCreationTemplate$: () => (/* reexport */ schemas_0/* EncryptionConfigurationForRepositoryCreationTemplate$ */.ogt),
  EncryptionType: () => (/* reexport */ EncryptionType),
  EnhancedImageScanFinding$: () => (/* reexport */ schemas_0/* EnhancedImageScanFinding$ */.YSw),
  ExclusionAlreadyExistsException: () => (/* reexport */ errors/* ExclusionAlreadyExistsException */.gw),
  ExclusionAlreadyExistsException$: () => (/* reexport */ schemas_0/* ExclusionAlreadyExistsException$ */.a3T),
  ExclusionNotFoundException: () => (/* reexport */ errors/* ExclusionNotFoundException */.R0),
  ExclusionNotFoundException$: () => (/* reexport */ schemas_0/* ExclusionNotFoundException$ */.$CP),
  FindingSeverity: () => (/* reexport */ FindingSeverity),
  GetAccountSetting$: () => (/* reexport */ schemas_0/* GetAccountSetting$ */.WFY),
  GetAccountSettingCommand: () => (/* reexport */ GetAccountSettingCommand),
  GetAccountSettingRequest$: () => (/* reexport */ schemas_0/* GetAccountSettingRequest$ */.$FH),
  GetAccountSettingResponse$: () => (/* reexport */ schemas_0/* GetAccountSettingResponse$ */.n44),
  GetAuthorizationToken$: () => (/* reexport */ schemas_0/* GetAuthorizationToken$ */.phU),
  GetAuthorizationTokenCommand: () => (/* reexport */ GetAuthorizationTokenCommand),
  GetAuthorizationTokenRequest$: () => (/* reexport */ schemas_0/* GetAuthorizationTokenRequest$ */.uBI),
  GetAuthorizationTokenResponse$: () => (/* reexport */ schemas_0/* GetAuthorizationTokenResponse$ */.yB4),
  GetDownloadUrlForLayer$: () => (/* reexport */ schemas_0/* GetDownloadUrlForLayer$ */.G42),
  GetDownloadUrlForLayerCommand: () => (/* reexport */ GetDownloadUrlForLayerCommand),
  GetDownloadUrlForLayerRequest$: () => (/* reexport */ schemas_0/* GetDownloadUrlForLayerRequest$ */.R5F),
  GetDownloadUrlForLayerResponse$: () => (/* reexport */ schemas_0/* GetDownloadUrlForLayerResponse$ */.Pz5),
  GetLifecyclePolicy$: () => (/* reexport */ schemas_0/* GetLifecyclePolicy$ */.t6f),
  GetLifecyclePolicyCommand: () => (/* reexport */ GetLifecyclePolicyCommand),
  GetLifecyclePolicyPreview$: () => (/* reexport */ schemas_0/* GetLifecyclePolicyPreview$ */.HCb),
  GetLifecyclePolicyPreviewCommand: () => (/* reexport */ GetLifecyclePolicyPreviewCommand),
  GetLifecyclePolicyPreviewRequest$: () => (/* reexport */ schemas_0/* GetLifecyclePolicyPreviewRequest$ */.eZU),
  GetLifecyclePolicyPreviewResponse$: () => (/* reexport */ schemas_0/* GetLifecyclePolicyPreviewResponse$ */.Uk7),
  GetLifecyclePolicyRequest$: () => (/* reexport */ schemas_0/* GetLifecyclePolicyRequest$ */.knH),
  GetLifecyclePolicyResponse$: () => (/* reexport */ schemas_0/* GetLifecyclePolicyResponse$ */.cdC),
  GetRegistryPolicy$: () => (/* reexport */ schemas_0/* GetRegistryPolicy$ */.ehB),
  GetRegistryPolicyCommand: () => (/* reexport */ GetRegistryPolicyCommand),
  GetRegistryPolicyRequest$: () => (/* reexport */ schemas_0/* GetRegistryPolicyRequest$ */.TvY),
  GetRegistryPolicyResponse$: () => (/* reexport */ schemas_0/* GetRegistryPolicyResponse$ */.Z1$),
  GetRegistryScanningConfiguration$: () => (/* reexport */ schemas_0/* GetRegistryScanningConfiguration$ */.Zkk),
  GetRegistryScanningConfigurationCommand: () => (/* reexport */ GetRegistryScanningConfigurationCommand),
  GetRegistryScanningConfigurationRequest$: () => (/* reexport */ schemas_0/* GetRegistryScanningConfigurationRequest$ */.Yro),
  GetRegistryScanningConfigurationResponse$: () => (/* reexport */ schemas_0/* GetRegistryScanningConfigurationResponse$ */.WoM),
  GetRepositoryPolicy$: () => (/* reexport */ schemas_0/* GetRepositoryPolicy$ */.v6r),
  GetRepositoryPolicyCommand: () => (/* reexport */ GetRepositoryPolicyCommand),
  GetRepositoryPolicyRequest$: () => (/* reexport */ schemas_0/* GetRepositoryPolicyRequest$ */._Fi),
  GetRepositoryPolicyResponse$: () => (/* reexport */ schemas_0/* GetRepositoryPolicyResponse$ */.aBK),
  GetSigningConfiguration$: () => (/* reexport */ schemas_0/* GetSigningConfiguration$ */.MpA),
  GetSigningConfigurationCommand: () => (/* reexport */ GetSigningConfigurationCommand),
  GetSigningConfigurationRequest$: () => (/* reexport */ schemas_0/* GetSigningConfigurationRequest$ */.J1K),
  GetSigningConfigurationResponse$: () => (/* reexport */ schemas_0/* GetSigningConfigurationResponse$ */.bf6),
  Image$: () => (/* reexport */ schemas_0/* Image$ */._VW),
  ImageActionType: () => (/* reexport */ ImageActionType),
  ImageAlreadyExistsException: () => (/* reexport */ errors/* ImageAlreadyExistsException */.Bh),
  ImageAlreadyExistsException$: () => (/* reexport */ schemas_0/* ImageAlreadyExistsException$ */.lan),
  ImageArchivedException: () => (/* reexport */ errors/* ImageArchivedException */.XP),
  ImageArchivedException$: () => (/* reexport */ schemas_0/* ImageArchivedException$ */.jSx),
  ImageDetail$: () => (/* reexport */ schemas_0/* ImageDetail$ */.np0),
  ImageDigestDoesNotMatchException: () => (/* reexport */ errors/* ImageDigestDoesNotMatchException */.ux),
  ImageDigestDoesNotMatchException$: () => (/* reexport */ schemas_0/* ImageDigestDoesNotMatchException$ */.Qw9),
  ImageFailure$: () => (/* reexport */ schemas_0/* ImageFailure$ */._8Q),
  ImageFailureCode: () => (/* reexport */ ImageFailureCode),
  ImageIdentifier$: () => (/* reexport */ schemas_0/* ImageIdentifier$ */.VjP),
  ImageNotFoundException: () => (/* reexport */ errors/* ImageNotFoundException */.CJ),
  ImageNotFoundException$: () => (/* reexport */ schemas_0/* ImageNotFoundException$ */.Kxv),
  ImageReferrer$: () => (/* reexport */ schemas_0/* ImageReferrer$ */.Njj),
  ImageReplicationStatus$: () => (/* reexport */ schemas_0/* ImageReplicationStatus$ */.ahE),
  ImageScanFinding$: () => (/* reexport */ schemas_0/* ImageScanFinding$ */.UdN),
  ImageScanFindings$: () => (/* reexport */ schemas_0/* ImageScanFindings$ */.bmF),
  ImageScanFindingsSummary$: () => (/* reexport */ schemas_0/* ImageScanFindingsSummary$ */.fF7),
  ImageScanStatus$: () => (/* reexport */ schemas_0/* ImageScanStatus$ */.h1Y),
  ImageScanningConfiguration$: () => (/* reexport */ schemas_0/* ImageScanningConfiguration$ */.LyN),
  ImageSigningStatus$: () => (/* reexport */ schemas_0/* ImageSigningStatus$ */.PHB),
  ImageStatus: () => (/* reexport */ ImageStatus),
  ImageStatusFilter: () => (/* reexport */ ImageStatusFilter),
  ImageStorageClassUpdateNotSupportedException: () => (/* reexport */ errors/* ImageStorageClassUpdateNotSupportedException */.U_),
  ImageStorageClassUpdateNotSupportedException$: () => (/* reexport */ schemas_0/* ImageStorageClassUpdateNotSupportedException$ */.Gd7),
  ImageTagAlreadyExistsException: () => (/* reexport */ errors/* ImageTagAlreadyExistsException */.HI),
  ImageTagAlreadyExistsException$: () => (/* reexport */ schemas_0/* ImageTagAlreadyExistsException$ */.z3C),
  ImageTagMutability: () => (/* reexport */ ImageTagMutability),
  ImageTagMutabilityExclusionFilter$: () => (/* reexport */ schemas_0/* ImageTagMutabilityExclusionFilter$ */.iaH),
  ImageTagMutabilityExclusionFilterType: () => (/* reexport */ ImageTagMutabilityExclusionFilterType),
  InitiateLayerUpload$: () => (/* reexport */ schemas_0/* InitiateLayerUpload$ */.W9A),
  InitiateLayerUploadCommand: () => (/* reexport */ InitiateLayerUploadCommand),
  InitiateLayerUploadRequest$: () => (/* reexport */ schemas_0/* InitiateLayerUploadRequest$ */.VAA),
  InitiateLayerUploadResponse$: () => (/* reexport */ schemas_0/* InitiateLayerUploadResponse$ */.ZnQ),
  InvalidLayerException: () => (/* reexport */ errors/* InvalidLayerException */.gQ),
  InvalidLayerException$: () => (/* reexport */ schemas_0/* InvalidLayerException$ */.y$9),
  InvalidLayerPartException: () => (/* reexport */ errors/* InvalidLayerPartException */.Z6),
  InvalidLayerPartException$: () => (/* reexport */ schemas_0/* InvalidLayerPartException$ */.rCR),
  InvalidParameterException: () => (/* reexport */ errors/* InvalidParameterException */.kT),
  InvalidParameterException$: () => (/* reexport */ schemas_0/* InvalidParameterException$ */.qcq),
  InvalidTagParameterException: () => (/* reexport */ errors/* InvalidTagParameterException */.Sk),
  InvalidTagParameterException$: () => (/* reexport */ schemas_0/* InvalidTagParameterException$ */.WYF),
  KmsException: () => (/* reexport */ errors/* KmsException */.Bz),
  KmsException$: () => (/* reexport */ schemas_0/* KmsException$ */.rPw),
  Layer$: () => (/* reexport */ schemas_0/* Layer$ */.EE0),
  LayerAlreadyExistsException: () => (/* reexport */ errors/* LayerAlreadyExistsException */.b8),
  LayerAlreadyExistsException$: () => (/* reexport */ schemas_0/* LayerAlreadyExistsException$ */.pW4),
  LayerAvailability: () => (/* reexport */ LayerAvailability),
  LayerFailure$: () => (/* reexport */ schemas_0/* LayerFailure$ */.EpS),
  LayerFailureCode: () => (/* reexport */ LayerFailureCode),
  LayerInaccessibleException: () => (/* reexport */ errors/* LayerInaccessibleException */.gH),
  LayerInaccessibleException$: () => (/* reexport */ schemas_0/* LayerInaccessibleException$ */.oto),
  LayerPartTooSmallException: () => (/* reexport */ errors/* LayerPartTooSmallException */.VP),
  LayerPartTooSmallException$: () => (/* reexport */ schemas_0/* LayerPartTooSmallException$ */.X3o),
  LayersNotFoundException: () => (/* reexport */ errors/* LayersNotFoundException */.he),
  LayersNotFoundException$: () => (/* reexport */ schemas_0/* LayersNotFoundException$ */.Pq7),
  LifecyclePolicyNotFoundException: () => (/* reexport */ errors/* LifecyclePolicyNotFoundException */.R5),
  LifecyclePolicyNotFoundException$: () => (/* reexport */ schemas_0/* LifecyclePolicyNotFoundException$ */.XHc),
  LifecyclePolicyPreviewFilter$: () => (/* reexport */ schemas_0/* LifecyclePolicyPreviewFilter$ */.t5w),
  LifecyclePolicyPreviewInProgressException: () => (/* reexport */ errors/* LifecyclePolicyPreviewInProgressException */._S),
  LifecyclePolicyPreviewInProgressException$: () => (/* reexport */ schemas_0/* LifecyclePolicyPreviewInProgressException$ */.wh3),
  LifecyclePolicyPreviewNotFoundException: () => (/* reexport */ errors/* LifecyclePolicyPreviewNotFoundException */.DP),
  LifecyclePolicyPreviewNotFoundException$: () => (/* reexport */ schemas_0/* LifecyclePolicyPreviewNotFoundException$ */.hbF),
  LifecyclePolicyPreviewResult$: () => (/* reexport */ schemas_0/* LifecyclePolicyPreviewResult$ */.AQf),
  LifecyclePolicyPreviewStatus: () => (/* reexport */ LifecyclePolicyPreviewStatus),
  LifecyclePolicyPreviewSummary$: () => (/* reexport */ schemas_0/* LifecyclePolicyPreviewSummary$ */.Zrh),
  LifecyclePolicyRuleAction$: () => (/* reexport */ schemas_0/* LifecyclePolicyRuleAction$ */.$Ix),
  LifecyclePolicyStorageClass: () => (/* reexport */ LifecyclePolicyStorageClass),
  LifecyclePolicyTargetStorageClass: () => (/* reexport */ LifecyclePolicyTargetStorageClass),
  LimitExceededException: () => (/* reexport */ errors/* LimitExceededException */.UC),
  LimitExceededException$: () => (/* reexport */ schemas_0/* LimitExceededException$ */.qrA),
  ListImageReferrers$: () => (/* reexport */ schemas_0/* ListImageReferrers$ */.sYB),
  ListImageReferrersCommand: () => (/* reexport */ ListImageReferrersCommand),
  ListImageReferrersFilter$: () => (/* reexport */ schemas_0/* ListImageReferrersFilter$ */.APo),
  ListImageReferrersRequest$: () => (/* reexport */ schemas_0/* ListImageReferrersRequest$ */.X$U),
  ListImageReferrersResponse$: () => (/* reexport */ schemas_0/* ListImageReferrersResponse$ */.bGz),
  ListImages$: () => (/* reexport */ schemas_0/* ListImages$ */.R0Y),
  ListImagesCommand: () => (/* reexport */ ListImagesCommand),
  ListImagesFilter$: () => (/* reexport */ schemas_0/* ListImagesFilter$ */.tJh),
  ListImagesRequest$: () => (/* reexport */ schemas_0/* ListImagesRequest$ */._aI),
  ListImagesResponse$: () => (/* reexport */ schemas_0/* ListImagesResponse$ */.IXh),
  ListPullTimeUpdateExclusions$: () => (/* reexport */ schemas_0/* ListPullTimeUpdateExclusions$ */.x88),
  ListPullTimeUpdateExclusionsCommand: () => (/* reexport */ ListPullTimeUpdateExclusionsCommand),
  ListPullTimeUpdateExclusionsRequest$: () => (/* reexport */ schemas_0/* ListPullTimeUpdateExclusionsRequest$ */.A9z),
  ListPullTimeUpdateExclusionsResponse$: () => (/* reexport */ schemas_0/* ListPullTimeUpdateExclusionsResponse$ */._WE),
  ListReplicationBackfills$: () => (/* reexport */ schemas_0/* ListReplicationBackfills$ */.y8D),
  ListReplicationBackfillsCommand: () => (/* reexport */ ListReplicationBackfillsCommand),
  ListReplicationBackfillsRequest$: () => (/* reexport */ schemas_0/* ListReplicationBackfillsRequest$ */.ZLm),
  ListReplicationBackfillsResponse$: () => (/* reexport */ schemas_0/* ListReplicationBackfillsResponse$ */.zPX),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tzn),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand),
  ListTagsForResourceRequest$: () => (/* reexport */ schemas_0/* ListTagsForResourceRequest$ */.SKK),
  ListTagsForResourceResponse$: () => (/* reexport */ schemas_0/* ListTagsForResourceResponse$ */.Kwq),
  PackageVulnerabilityDetails$: () => (/* reexport */ schemas_0/* PackageVulnerabilityDetails$ */.Fmk),
  PullThroughCacheRule$: () => (/* reexport */ schemas_0/* PullThroughCacheRule$ */.ptd),
  PullThroughCacheRuleAlreadyExistsException: () => (/* reexport */ errors/* PullThroughCacheRuleAlreadyExistsException */.i),
  PullThroughCacheRuleAlreadyExistsException$: () => (/* reexport */ schemas_0/* PullThroughCacheRuleAlreadyExistsException$ */.E93),
  PullThroughCacheRuleNotFoundException: () => (/* reexport */ errors/* PullThroughCacheRuleNotFoundException */.jQ),
  PullThroughCacheRuleNotFoundException$: () => (/* reexport */ schemas_0/* PullThroughCacheRuleNotFoundException$ */.R4K),
  PutAccountSetting$: () => (/* reexport */ schemas_0/* PutAccountSetting$ */.TDd),
  PutAccountSettingCommand: () => (/* reexport */ PutAccountSettingCommand),
  PutAccountSettingRequest$: () => (/* reexport */ schemas_0/* PutAccountSettingRequest$ */.ELk),
  PutAccountSettingResponse$: () => (/* reexport */ schemas_0/* PutAccountSettingResponse$ */.CMe),
  PutImage$: () => (/* reexport */ schemas_0/* PutImage$ */.Jcz),
  PutImageCommand: () => (/* reexport */ PutImageCommand),
  PutImageRequest$: () => (/* reexport */ schemas_0/* PutImageRequest$ */.Web),
  PutImageResponse$: () => (/* reexport */ schemas_0/* PutImageResponse$ */.eqb),
  PutImageScanningConfiguration$: () => (/* reexport */ schemas_0/* PutImageScanningConfiguration$ */.g_f),
  PutImageScanningConfigurationCommand: () => (/* reexport */ PutImageScanningConfigurationCommand),
  PutImageScanningConfigurationRequest$: () => (/* reexport */ schemas_0/* PutImageScanningConfigurationRequest$ */.dQu),
  PutImageScanningConfigurationResponse$: () => (/* reexport */ schemas_0/* PutImageScanningConfigurationResponse$ */.Jxz),
  PutImageTagMutability$: () => (/* reexport */ schemas_0/* PutImageTagMutability$ */.BZp),
  PutImageTagMutabilityCommand: () => (/* reexport */ PutImageTagMutabilityCommand),
  PutImageTagMutabilityRequest$: () => (/* reexport */ schemas_0/* PutImageTagMutabilityRequest$ */.mj1),
  PutImageTagMutabilityResponse$: () => (/* reexport */ schemas_0/* PutImageTagMutabilityResponse$ */.cY$),
  PutLifecyclePolicy$: () => (/* reexport */ schemas_0/* PutLifecyclePolicy$ */.QbX),
  PutLifecyclePolicyCommand: () => (/* reexport */ PutLifecyclePolicyCommand),
  PutLifecyclePolicyRequest$: () => (/* reexport */ schemas_0/* PutLifecyclePolicyRequest$ */.$I6),
  PutLifecyclePolicyResponse$: () => (/* reexport */ schemas_0/* PutLifecyclePolicyResponse$ */.xmF),
  PutRegistryPolicy$: () => (/* reexport */ schemas_0/* PutRegistryPolicy$ */.lWN),
  PutRegistryPolicyCommand: () => (/* reexport */ PutRegistryPolicyCommand),
  PutRegistryPolicyRequest$: () => (/* reexport */ schemas_0/* PutRegistryPolicyRequest$ */.aYs),
  PutRegistryPolicyResponse$: () => (/* reexport */ schemas_0/* PutRegistryPolicyResponse$ */.EdW),
  PutRegistryScanningConfiguration$: () => (/* reexport */ schemas_0/* PutRegistryScanningConfiguration$ */.mQy),
  PutRegistryScanningConfigurationCommand: () => (/* reexport */ PutRegistryScanningConfigurationCommand),
  PutRegistryScanningConfigurationRequest$: () => (/* reexport */ schemas_0/* PutRegistryScanningConfigurationRequest$ */.TIc),
  PutRegistryScanningConfigurationResponse$: () => (/* reexport */ schemas_0/* PutRegistryScanningConfigurationResponse$ */.F8T),
  PutReplicationConfiguration$: () => (/* reexport */ schemas_0/* PutReplicationConfiguration$ */.afO),
  PutReplicationConfigurationCommand: () => (/* reexport */ PutReplicationConfigurationCommand),
  PutReplicationConfigurationRequest$: () => (/* reexport */ schemas_0/* PutReplicationConfigurationRequest$ */.DfN),
  PutReplicationConfigurationResponse$: () => (/* reexport */ schemas_0/* PutReplicationConfigurationResponse$ */.H4A),
  PutSigningConfiguration$: () => (/* reexport */ schemas_0/* PutSigningConfiguration$ */.TON),
  PutSigningConfigurationCommand: () => (/* reexport */ PutSigningConfigurationCommand),
  PutSigningConfigurationRequest$: () => (/* reexport */ schemas_0/* PutSigningConfigurationRequest$ */.sWk),
  PutSigningConfigurationResponse$: () => (/* reexport */ schemas_0/* PutSigningConfigurationResponse$ */.qnk),
  RCTAppliedFor: () => (/* reexport */ RCTAppliedFor),
  Recommendation$: () => (/* reexport */ schemas_0/* Recommendation$ */.ImE),
  ReferencedImagesNotFoundException: () => (/* reexport */ errors/* ReferencedImagesNotFoundException */.cz),
  ReferencedImagesNotFoundException$: () => (/* reexport */ schemas_0/* ReferencedImagesNotFoundException$ */.iUc),
  RegisterPullTimeUpdateExclusion$: () => (/* reexport */ schemas_0/* RegisterPullTimeUpdateExclusion$ */.lVB),
  RegisterPullTimeUpdateExclusionCommand: () => (/* reexport */ RegisterPullTimeUpdateExclusionCommand),
  RegisterPullTimeUpdateExclusionRequest$: () => (/* reexport */ schemas_0/* RegisterPullTimeUpdateExclusionRequest$ */.i7h),
  RegisterPullTimeUpdateExclusionResponse$: () => (/* reexport */ schemas_0/* RegisterPullTimeUpdateExclusionResponse$ */.QkO),
  RegistryPolicyNotFoundException: () => (/* reexport */ errors/* RegistryPolicyNotFoundException */.oD),
  RegistryPolicyNotFoundException$: () => (/* reexport */ schemas_0/* RegistryPolicyNotFoundException$ */.EZ7),
  RegistryScanningConfiguration$: () => (/* reexport */ schemas_0/* RegistryScanningConfiguration$ */.bC2),
  RegistryScanningRule$: () => (/* reexport */ schemas_0/* RegistryScanningRule$ */.HlF),
  Remediation$: () => (/* reexport */ schemas_0/* Remediation$ */.UU),
  ReplicationBackfillInProgressException: () => (/* reexport */ errors/* ReplicationBackfillInProgressException */.wH),
  ReplicationBackfillInProgressException$: () => (/* reexport */ schemas_0/* ReplicationBackfillInProgressException$ */.S_O),
  ReplicationBackfillInvalidStatusException: () => (/* reexport */ errors/* ReplicationBackfillInvalidStatusException */.$$),
  ReplicationBackfillInvalidStatusException$: () => (/* reexport */ schemas_0/* ReplicationBackfillInvalidStatusException$ */.trk),
  ReplicationBackfillNotFoundException: () => (/* reexport */ errors/* ReplicationBackfillNotFoundException */.NY),
  ReplicationBackfillNotFoundException$: () => (/* reexport */ schemas_0/* ReplicationBackfillNotFoundException$ */.pn5),
  ReplicationBackfillProgress$: () => (/* reexport */ schemas_0/* ReplicationBackfillProgress$ */.kbD),
  ReplicationBackfillResult$: () => (/* reexport */ schemas_0/* ReplicationBackfillResult$ */.Cpk),
  ReplicationBackfillResultStatus: () => (/* reexport */ ReplicationBackfillResultStatus),
  ReplicationBackfillStatus: () => (/* reexport */ ReplicationBackfillStatus),
  ReplicationBackfillSummary$: () => (/* reexport */ schemas_0/* ReplicationBackfillSummary$ */.hBy),
  ReplicationConfiguration$: () => (/* reexport */ schemas_0/* ReplicationConfiguration$ */.X09),
  ReplicationDestination$: () => (/* reexport */ schemas_0/* ReplicationDestination$ */.ntI),
  ReplicationRule$: () => (/* reexport */ schemas_0/* ReplicationRule$ */.PFu),
  ReplicationStatus: () => (/* reexport */ ReplicationStatus),
  Repository$: () => (/* reexport */ schemas_0/* Repository$ */.NJ5),
  RepositoryAlreadyExistsException: () => (/* reexport */ errors/* RepositoryAlreadyExistsException */.ER),
  RepositoryAlreadyExistsException$: () => (/* reexport */ schemas_0/* RepositoryAlreadyExistsException$ */.OYo),
  RepositoryCreationTemplate$: () => (/* reexport */ schemas_0/* RepositoryCreationTemplate$ */.YSU),
  RepositoryFilter$: () => (/* reexport */ schemas_0/* RepositoryFilter$ */.jZs),
  RepositoryFilterType: () => (/* reexport */ RepositoryFilterType),
  RepositoryNotEmptyException: () => (/* reexport */ errors/* RepositoryNotEmptyException */.Oy),
  RepositoryNotEmptyException$: () => (/* reexport */ schemas_0/* RepositoryNotEmptyException$ */.asC),
  RepositoryNotFoundException: () => (/* reexport */ errors/* RepositoryNotFoundException */.D),
  RepositoryNotFoundException$: () => (/* reexport */ schemas_0/* RepositoryNotFoundException$ */.xY3),
  RepositoryPolicyNotFoundException: () => (/* reexport */ errors/* RepositoryPolicyNotFoundException */.VG),
  RepositoryPolicyNotFoundException$: () => (/* reexport */ schemas_0/* RepositoryPolicyNotFoundException$ */.Nl1),
  RepositoryScanningConfiguration$: () => (/* reexport */ schemas_0/* RepositoryScanningConfiguration$ */.Mh8),
  RepositoryScanningConfigurationFailure$: () => (/* reexport */ schemas_0/* RepositoryScanningConfigurationFailure$ */.qVy),
  Resource$: () => (/* reexport */ schemas_0/* Resource$ */.Lg1),
  ResourceDetails$: () => (/* reexport */ schemas_0/* ResourceDetails$ */.hZ$),
  ScanFrequency: () => (/* reexport */ ScanFrequency),
  ScanNotFoundException: () => (/* reexport */ errors/* ScanNotFoundException */.S0),
  ScanNotFoundException$: () => (/* reexport */ schemas_0/* ScanNotFoundException$ */.SAN),
  ScanStatus: () => (/* reexport */ ScanStatus),
  ScanType: () => (/* reexport */ ScanType),
  ScanningConfigurationFailureCode: () => (/* reexport */ ScanningConfigurationFailureCode),
  ScanningRepositoryFilter$: () => (/* reexport */ schemas_0/* ScanningRepositoryFilter$ */.ABU),
  ScanningRepositoryFilterType: () => (/* reexport */ ScanningRepositoryFilterType),
  ScoreDetails$: () => (/* reexport */ schemas_0/* ScoreDetails$ */.FFH),
  SecretNotFoundException: () => (/* reexport */ errors/* SecretNotFoundException */.HG),
  SecretNotFoundException$: () => (/* reexport */ schemas_0/* SecretNotFoundException$ */.BkD),
  ServerException: () => (/* reexport */ errors/* ServerException */.H4),
  ServerException$: () => (/* reexport */ schemas_0/* ServerException$ */.ZUg),
  SetRepositoryPolicy$: () => (/* reexport */ schemas_0/* SetRepositoryPolicy$ */.pzd),
  SetRepositoryPolicyCommand: () => (/* reexport */ SetRepositoryPolicyCommand),
  SetRepositoryPolicyRequest$: () => (/* reexport */ schemas_0/* SetRepositoryPolicyRequest$ */.QOd),
  SetRepositoryPolicyResponse$: () => (/* reexport */ schemas_0/* SetRepositoryPolicyResponse$ */.Q6b),
  SigningConfiguration$: () => (/* reexport */ schemas_0/* SigningConfiguration$ */.Kb5),
  SigningConfigurationNotFoundException: () => (/* reexport */ errors/* SigningConfigurationNotFoundException */.eb),
  SigningConfigurationNotFoundException$: () => (/* reexport */ schemas_0/* SigningConfigurationNotFoundException$ */.mTJ),
  SigningRepositoryFilter$: () => (/* reexport */ schemas_0/* SigningRepositoryFilter$ */.w0P),
  SigningRepositoryFilterType: () => (/* reexport */ SigningRepositoryFilterType),
  SigningRule$: () => (/* reexport */ schemas_0/* SigningRule$ */.cYA),
  SigningStatus: () => (/* reexport */ SigningStatus),
  StartImageScan$: () => (/* reexport */ schemas_0/* StartImageScan$ */.V3o),
  StartImageScanCommand: () => (/* reexport */ StartImageScanCommand),
  StartImageScanRequest$: () => (/* reexport */ schemas_0/* StartImageScanRequest$ */.KJv),
  StartImageScanResponse$: () => (/* reexport */ schemas_0/* StartImageScanResponse$ */.AOF),
  StartLifecyclePolicyPreview$: () => (/* reexport */ schemas_0/* StartLifecyclePolicyPreview$ */.zCm),
  StartLifecyclePolicyPreviewCommand: () => (/* reexport */ StartLifecyclePolicyPreviewCommand),
  StartLifecyclePolicyPreviewRequest$: () => (/* reexport */ schemas_0/* StartLifecyclePolicyPreviewRequest$ */.Ozx),
  StartLifecyclePolicyPreviewResponse$: () => (/* reexport */ schemas_0/* StartLifecyclePolicyPreviewResponse$ */.C5I),
  StartReplicationBackfill$: () => (/* reexport */ schemas_0/* StartReplicationBackfill$ */.R$B),
  StartReplicationBackfillCommand: () => (/* reexport */ StartReplicationBackfillCommand),
  StartReplicationBackfillRequest$: () => (/* reexport */ schemas_0/* StartReplicationBackfillRequest$ */.UsX),
  StartReplicationBackfillResponse$: () => (/* reexport */ schemas_0/* StartReplicationBackfillResponse$ */.k6r),
  StopReplicationBackfill$: () => (/* reexport */ schemas_0/* StopReplicationBackfill$ */.Vmx),
  StopReplicationBackfillCommand: () => (/* reexport */ StopReplicationBackfillCommand),
  StopReplicationBackfillRequest$: () => (/* reexport */ schemas_0/* StopReplicationBackfillRequest$ */.Et5),
  StopReplicationBackfillResponse$: () => (/* reexport */ schemas_0/* StopReplicationBackfillResponse$ */.Ef),
  SubjectIdentifier$: () => (/* reexport */ schemas_0/* SubjectIdentifier$ */.kXH),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jqp),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand),
  TagResourceRequest$: () => (/* reexport */ schemas_0/* TagResourceRequest$ */.uG_),
  TagResourceResponse$: () => (/* reexport */ schemas_0/* TagResourceResponse$ */.M7J),
  TagStatus: () => (/* reexport */ TagStatus),
  TargetStorageClass: () => (/* reexport */ TargetStorageClass),
  TemplateAlreadyExistsException: () => (/* reexport */ errors/* TemplateAlreadyExistsException */.M_),
  TemplateAlreadyExistsException$: () => (/* reexport */ schemas_0/* TemplateAlreadyExistsException$ */.oAc),
  TemplateNotFoundException: () => (/* reexport */ errors/* TemplateNotFoundException */.TP),
  TemplateNotFoundException$: () => (/* reexport */ schemas_0/* TemplateNotFoundException$ */.dVA),
  TooManyTagsException: () => (/* reexport */ errors/* TooManyTagsException */.cD),
  TooManyTagsException$: () => (/* reexport */ schemas_0/* TooManyTagsException$ */.Okg),
  TransitioningImageTotalCount$: () => (/* reexport */ schemas_0/* TransitioningImageTotalCount$ */.yD_),
  UnableToAccessSecretException: () => (/* reexport */ errors/* UnableToAccessSecretException */.Gp),
  UnableToAccessSecretException$: () => (/* reexport */ schemas_0/* UnableToAccessSecretException$ */.IKy),
  UnableToDecryptSecretValueException: () => (/* reexport */ errors/* UnableToDecryptSecretValueException */.U4),
  UnableToDecryptSecretValueException$: () => (/* reexport */ schemas_0/* UnableToDecryptSecretValueException$ */.Eq6),
  UnableToGetUpstreamImageException: () => (/* reexport */ errors/* UnableToGetUpstreamImageException */.Cb),
  UnableToGetUpstreamImageException$: () => (/* reexport */ schemas_0/* UnableToGetUpstreamImageException$ */.Szy),
  UnableToGetUpstreamLayerException: () => (/* reexport */ errors/* UnableToGetUpstreamLayerException */.MU),
  UnableToGetUpstreamLayerException$: () => (/* reexport */ schemas_0/* UnableToGetUpstreamLayerException$ */.CfX),
  UnableToListUpstreamImageReferrersException: () => (/* reexport */ errors/* UnableToListUpstreamImageReferrersException */.qH),
  UnableToListUpstreamImageReferrersException$: () => (/* reexport */ schemas_0/* UnableToListUpstreamImageReferrersException$ */.kIQ),
  UnsupportedImageTypeException: () => (/* reexport */ errors/* UnsupportedImageTypeException */.km),
  UnsupportedImageTypeException$: () => (/* reexport */ schemas_0/* UnsupportedImageTypeException$ */.Ya9),
  UnsupportedUpstreamRegistryException: () => (/* reexport */ errors/* UnsupportedUpstreamRegistryException */.rc),
  UnsupportedUpstreamRegistryException$: () => (/* reexport */ schemas_0/* UnsupportedUpstreamRegistryException$ */.xc5),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AUX),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceRequest$: () => (/* reexport */ schemas_0/* UntagResourceRequest$ */.H$X),
  UntagResourceResponse$: () => (/* reexport */ schemas_0/* UntagResourceResponse$ */.biJ),
  UpdateImageStorageClass$: () => (/* reexport */ schemas_0/* UpdateImageStorageClass$ */.YY7),
  UpdateImageStorageClassCommand: () => (/* reexport */ UpdateImageStorageClassCommand),
  UpdateImageStorageClassRequest$: () => (/* reexport */ schemas_0/* UpdateImageStorageClassRequest$ */.bx6),
  UpdateImageStorageClassResponse$: () => (/* reexport */ schemas_0/* UpdateImageStorageClassResponse$ */.$cL),
  UpdatePullThroughCacheRule$: () => (/* reexport */ schemas_0/* UpdatePullThroughCacheRule$ */.wxz),
  UpdatePullThroughCacheRuleCommand: () => (/* reexport */ UpdatePullThroughCacheRuleCommand),
  UpdatePullThroughCacheRuleRequest$: () => (/* reexport */ schemas_0/* UpdatePullThroughCacheRuleRequest$ */.j8p),
  UpdatePullThroughCacheRuleResponse$: () => (/* reexport */ schemas_0/* UpdatePullThroughCacheRuleResponse$ */.L$c),
  UpdateRepositoryCreationTemplate$: () => (/* reexport */ schemas_0/* UpdateRepositoryCreationTemplate$ */.XVH),
  UpdateRepositoryCreationTemplateCommand: () => (/* reexport */ UpdateRepositoryCreationTemplateCommand),
  UpdateRepositoryCreationTemplateRequest$: () => (/* reexport */ schemas_0/* UpdateRepositoryCreationTemplateRequest$ */.qcz),
  UpdateRepositoryCreationTemplateResponse$: () => (/* reexport */ schemas_0/* UpdateRepositoryCreationTemplateResponse$ */.s9j),
  UploadLayerPart$: () => (/* reexport */ schemas_0/* UploadLayerPart$ */.CSi),
  UploadLayerPartCommand: () => (/* reexport */ UploadLayerPartCommand),
  UploadLayerPartRequest$: () => (/* reexport */ schemas_0/* UploadLayerPartRequest$ */.RJw),
  UploadLayerPartResponse$: () => (/* reexport */ schemas_0/* UploadLayerPartResponse$ */.DbQ),
  UploadNotFoundException: () => (/* reexport */ errors/* UploadNotFoundException */.im),
  UploadNotFoundException$: () => (/* reexport */ schemas_0/* UploadNotFoundException$ */.AhX),
  UpstreamRegistry: () => (/* reexport */ UpstreamRegistry),
  ValidatePullThroughCacheRule$: () => (/* reexport */ schemas_0/* ValidatePullThroughCacheRule$ */.FOp),
  ValidatePullThroughCacheRuleCommand: () => (/* reexport */ ValidatePullThroughCacheRuleCommand),
  ValidatePullThroughCacheRuleRequest$: () => (/* reexport */ schemas_0/* ValidatePullThroughCacheRuleRequest$ */.MJm),
  ValidatePullThroughCacheRuleResponse$: () => (/* reexport */ schemas_0/* ValidatePullThroughCacheRuleResponse$ */.Mn6),
  ValidationException: () => (/* reexport */ errors/* ValidationException */.dr),
  ValidationException$: () => (/* reexport */ schemas_0/* ValidationException$ */.fNg),
  VulnerablePackage$: () => (/* reexport */ schemas_0/* VulnerablePackage$ */.lYI),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateDescribeImageScanFindings: () => (/* reexport */ paginateDescribeImageScanFindings),
  paginateDescribeImages: () => (/* reexport */ paginateDescribeImages),
  paginateDescribePullThroughCacheRules: () => (/* reexport */ paginateDescribePullThroughCacheRules),
  paginateDescribeReplicationBackfillResults: () => (/* reexport */ paginateDescribeReplicationBackfillResults),
  paginateDescribeRepositories: () => (/* reexport */ paginateDescribeRepositories),
  paginateDescribeRepositoryCreationTemplates: () => (/* reexport */ paginateDescribeRepositoryCreationTemplates),
  paginateGetLifecyclePolicyPreview: () => (/* reexport */ paginateGetLifecyclePolicyPreview),
  paginateListImages: () => (/* reexport */ paginateListImages),
  paginateListReplicationBackfills: () => (/* reexport */ paginateListReplicationBackfills),
  waitForImageScanComplete: () => (/* reexport */ waitForImageScanComplete),
  waitForLifecyclePolicyPreviewComplete: () => (/* reexport */ waitForLifecyclePolicyPreviewComplete),
  waitUntilImageScanComplete: () => (/* reexport */ waitUntilImageScanComplete),
  waitUntilLifecyclePolicyPreviewComplete: () => (/* reexport */ waitUntilLifecyclePolicyPreviewComplete)
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(297);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(1469);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchCheckLayerAvailabilityCommand.js


class BatchCheckLayerAvailabilityCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchCheckLayerAvailability", schemas_0/* BatchCheckLayerAvailability$ */.FDN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchDeleteImageCommand.js


class BatchDeleteImageCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchDeleteImage", schemas_0/* BatchDeleteImage$ */.V3Y) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetImageCommand.js
var BatchGetImageCommand = __webpack_require__(9952);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetRepositoryScanningConfigurationCommand.js


class BatchGetRepositoryScanningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetRepositoryScanningConfiguration", schemas_0/* BatchGetRepositoryScanningConfiguration$ */.mMQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/CompleteLayerUploadCommand.js


class CompleteLayerUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CompleteLayerUpload", schemas_0/* CompleteLayerUpload$ */.eRj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/CreatePullThroughCacheRuleCommand.js


class CreatePullThroughCacheRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePullThroughCacheRule", schemas_0/* CreatePullThroughCacheRule$ */.db_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCommand.js


class CreateRepositoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateRepository", schemas_0/* CreateRepository$ */.D2Z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCreationTemplateCommand.js


class CreateRepositoryCreationTemplateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateRepositoryCreationTemplate", schemas_0/* CreateRepositoryCreationTemplate$ */.qB2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteLifecyclePolicyCommand.js


class DeleteLifecyclePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteLifecyclePolicy", schemas_0/* DeleteLifecyclePolicy$ */.wTZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeletePullThroughCacheRuleCommand.js


class DeletePullThroughCacheRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeletePullThroughCacheRule", schemas_0/* DeletePullThroughCacheRule$ */.EuE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRegistryPolicyCommand.js


class DeleteRegistryPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRegistryPolicy", schemas_0/* DeleteRegistryPolicy$ */.R6k) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryCommand.js


class DeleteRepositoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRepository", schemas_0/* DeleteRepository$ */.qTo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryCreationTemplateCommand.js


class DeleteRepositoryCreationTemplateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRepositoryCreationTemplate", schemas_0/* DeleteRepositoryCreationTemplate$ */.Rp6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryPolicyCommand.js


class DeleteRepositoryPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRepositoryPolicy", schemas_0/* DeleteRepositoryPolicy$ */.O4V) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteSigningConfigurationCommand.js


class DeleteSigningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSigningConfiguration", schemas_0/* DeleteSigningConfiguration$ */.lP9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DeregisterPullTimeUpdateExclusionCommand.js


class DeregisterPullTimeUpdateExclusionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterPullTimeUpdateExclusion", schemas_0/* DeregisterPullTimeUpdateExclusion$ */.GQ3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageReplicationStatusCommand.js


class DescribeImageReplicationStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeImageReplicationStatus", schemas_0/* DescribeImageReplicationStatus$ */.bjZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageScanFindingsCommand.js


class DescribeImageScanFindingsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeImageScanFindings", schemas_0/* DescribeImageScanFindings$ */.gqh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js


class DescribeImagesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeImages", schemas_0/* DescribeImages$ */.gyn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageSigningStatusCommand.js


class DescribeImageSigningStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeImageSigningStatus", schemas_0/* DescribeImageSigningStatus$ */.Ecv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribePullThroughCacheRulesCommand.js


class DescribePullThroughCacheRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribePullThroughCacheRules", schemas_0/* DescribePullThroughCacheRules$ */.nCS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRegistryCommand.js


class DescribeRegistryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeRegistry", schemas_0/* DescribeRegistry$ */.BuG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeReplicationBackfillResultsCommand.js


class DescribeReplicationBackfillResultsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeReplicationBackfillResults", schemas_0/* DescribeReplicationBackfillResults$ */.YWT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoriesCommand.js


class DescribeRepositoriesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeRepositories", schemas_0/* DescribeRepositories$ */.aAD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoryCreationTemplatesCommand.js


class DescribeRepositoryCreationTemplatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeRepositoryCreationTemplates", schemas_0/* DescribeRepositoryCreationTemplates$ */.kRO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAccountSettingCommand.js


class GetAccountSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAccountSetting", schemas_0/* GetAccountSetting$ */.WFY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAuthorizationTokenCommand.js


class GetAuthorizationTokenCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAuthorizationToken", schemas_0/* GetAuthorizationToken$ */.phU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetDownloadUrlForLayerCommand.js


class GetDownloadUrlForLayerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDownloadUrlForLayer", schemas_0/* GetDownloadUrlForLayer$ */.G42) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyCommand.js


class GetLifecyclePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetLifecyclePolicy", schemas_0/* GetLifecyclePolicy$ */.t6f) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyPreviewCommand.js


class GetLifecyclePolicyPreviewCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetLifecyclePolicyPreview", schemas_0/* GetLifecyclePolicyPreview$ */.HCb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRegistryPolicyCommand.js


class GetRegistryPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRegistryPolicy", schemas_0/* GetRegistryPolicy$ */.ehB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRegistryScanningConfigurationCommand.js


class GetRegistryScanningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRegistryScanningConfiguration", schemas_0/* GetRegistryScanningConfiguration$ */.Zkk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRepositoryPolicyCommand.js


class GetRepositoryPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRepositoryPolicy", schemas_0/* GetRepositoryPolicy$ */.v6r) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/GetSigningConfigurationCommand.js


class GetSigningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetSigningConfiguration", schemas_0/* GetSigningConfiguration$ */.MpA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/InitiateLayerUploadCommand.js


class InitiateLayerUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "InitiateLayerUpload", schemas_0/* InitiateLayerUpload$ */.W9A) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/ListImageReferrersCommand.js


class ListImageReferrersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListImageReferrers", schemas_0/* ListImageReferrers$ */.sYB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/ListImagesCommand.js


class ListImagesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListImages", schemas_0/* ListImages$ */.R0Y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/ListPullTimeUpdateExclusionsCommand.js


class ListPullTimeUpdateExclusionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPullTimeUpdateExclusions", schemas_0/* ListPullTimeUpdateExclusions$ */.x88) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/ListReplicationBackfillsCommand.js


class ListReplicationBackfillsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListReplicationBackfills", schemas_0/* ListReplicationBackfills$ */.y8D) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutAccountSettingCommand.js


class PutAccountSettingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAccountSetting", schemas_0/* PutAccountSetting$ */.TDd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageCommand.js


class PutImageCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutImage", schemas_0/* PutImage$ */.Jcz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageScanningConfigurationCommand.js


class PutImageScanningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutImageScanningConfiguration", schemas_0/* PutImageScanningConfiguration$ */.g_f) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageTagMutabilityCommand.js


class PutImageTagMutabilityCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutImageTagMutability", schemas_0/* PutImageTagMutability$ */.BZp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutLifecyclePolicyCommand.js


class PutLifecyclePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutLifecyclePolicy", schemas_0/* PutLifecyclePolicy$ */.QbX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutRegistryPolicyCommand.js


class PutRegistryPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutRegistryPolicy", schemas_0/* PutRegistryPolicy$ */.lWN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutRegistryScanningConfigurationCommand.js


class PutRegistryScanningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutRegistryScanningConfiguration", schemas_0/* PutRegistryScanningConfiguration$ */.mQy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutReplicationConfigurationCommand.js


class PutReplicationConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutReplicationConfiguration", schemas_0/* PutReplicationConfiguration$ */.afO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/PutSigningConfigurationCommand.js


class PutSigningConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutSigningConfiguration", schemas_0/* PutSigningConfiguration$ */.TON) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/RegisterPullTimeUpdateExclusionCommand.js


class RegisterPullTimeUpdateExclusionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterPullTimeUpdateExclusion", schemas_0/* RegisterPullTimeUpdateExclusion$ */.lVB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/SetRepositoryPolicyCommand.js


class SetRepositoryPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetRepositoryPolicy", schemas_0/* SetRepositoryPolicy$ */.pzd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/StartImageScanCommand.js


class StartImageScanCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartImageScan", schemas_0/* StartImageScan$ */.V3o) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/StartLifecyclePolicyPreviewCommand.js


class StartLifecyclePolicyPreviewCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartLifecyclePolicyPreview", schemas_0/* StartLifecyclePolicyPreview$ */.zCm) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/StartReplicationBackfillCommand.js


class StartReplicationBackfillCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartReplicationBackfill", schemas_0/* StartReplicationBackfill$ */.R$B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/StopReplicationBackfillCommand.js


class StopReplicationBackfillCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopReplicationBackfill", schemas_0/* StopReplicationBackfill$ */.Vmx) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagResource", schemas_0/* TagResource$ */.Jqp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AUX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdateImageStorageClassCommand.js


class UpdateImageStorageClassCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateImageStorageClass", schemas_0/* UpdateImageStorageClass$ */.YY7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdatePullThroughCacheRuleCommand.js


class UpdatePullThroughCacheRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdatePullThroughCacheRule", schemas_0/* UpdatePullThroughCacheRule$ */.wxz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdateRepositoryCreationTemplateCommand.js


class UpdateRepositoryCreationTemplateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateRepositoryCreationTemplate", schemas_0/* UpdateRepositoryCreationTemplate$ */.XVH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/UploadLayerPartCommand.js


class UploadLayerPartCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UploadLayerPart", schemas_0/* UploadLayerPart$ */.CSi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/ValidatePullThroughCacheRuleCommand.js


class ValidatePullThroughCacheRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ValidatePullThroughCacheRule", schemas_0/* ValidatePullThroughCacheRule$ */.FOp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeImageScanFindingsPaginator.js



const paginateDescribeImageScanFindings = (0,dist_cjs.createPaginator)(ECRClient, DescribeImageScanFindingsCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeImagesPaginator.js



const paginateDescribeImages = (0,dist_cjs.createPaginator)(ECRClient, DescribeImagesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribePullThroughCacheRulesPaginator.js



const paginateDescribePullThroughCacheRules = (0,dist_cjs.createPaginator)(ECRClient, DescribePullThroughCacheRulesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeReplicationBackfillResultsPaginator.js



const paginateDescribeReplicationBackfillResults = (0,dist_cjs.createPaginator)(ECRClient, DescribeReplicationBackfillResultsCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeRepositoriesPaginator.js



const paginateDescribeRepositories = (0,dist_cjs.createPaginator)(ECRClient, DescribeRepositoriesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeRepositoryCreationTemplatesPaginator.js



const paginateDescribeRepositoryCreationTemplates = (0,dist_cjs.createPaginator)(ECRClient, DescribeRepositoryCreationTemplatesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/GetLifecyclePolicyPreviewPaginator.js



const paginateGetLifecyclePolicyPreview = (0,dist_cjs.createPaginator)(ECRClient, GetLifecyclePolicyPreviewCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/ListImagesPaginator.js



const paginateListImages = (0,dist_cjs.createPaginator)(ECRClient, ListImagesCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/ListReplicationBackfillsPaginator.js



const paginateListReplicationBackfills = (0,dist_cjs.createPaginator)(ECRClient, ListReplicationBackfillsCommand, "nextToken", "nextToken", "maxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/waiters/waitForImageScanComplete.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeImageScanFindingsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.imageScanStatus.status;
            };
            if (returnComparator() === "COMPLETE") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.imageScanStatus.status;
            };
            if (returnComparator() === "FAILED") {
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
const waitForImageScanComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilImageScanComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/waiters/waitForLifecyclePolicyPreviewComplete.js


const waitForLifecyclePolicyPreviewComplete_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetLifecyclePolicyPreviewCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "COMPLETE") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "FAILED") {
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
const waitForLifecyclePolicyPreviewComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLifecyclePolicyPreviewComplete_checkState);
};
const waitUntilLifecyclePolicyPreviewComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLifecyclePolicyPreviewComplete_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/ECR.js











































































const commands = {
    BatchCheckLayerAvailabilityCommand: BatchCheckLayerAvailabilityCommand,
    BatchDeleteImageCommand: BatchDeleteImageCommand,
    BatchGetImageCommand: BatchGetImageCommand/* BatchGetImageCommand */.P,
    BatchGetRepositoryScanningConfigurationCommand: BatchGetRepositoryScanningConfigurationCommand,
    CompleteLayerUploadCommand: CompleteLayerUploadCommand,
    CreatePullThroughCacheRuleCommand: CreatePullThroughCacheRuleCommand,
    CreateRepositoryCommand: CreateRepositoryCommand,
    CreateRepositoryCreationTemplateCommand: CreateRepositoryCreationTemplateCommand,
    DeleteLifecyclePolicyCommand: DeleteLifecyclePolicyCommand,
    DeletePullThroughCacheRuleCommand: DeletePullThroughCacheRuleCommand,
    DeleteRegistryPolicyCommand: DeleteRegistryPolicyCommand,
    DeleteRepositoryCommand: DeleteRepositoryCommand,
    DeleteRepositoryCreationTemplateCommand: DeleteRepositoryCreationTemplateCommand,
    DeleteRepositoryPolicyCommand: DeleteRepositoryPolicyCommand,
    DeleteSigningConfigurationCommand: DeleteSigningConfigurationCommand,
    DeregisterPullTimeUpdateExclusionCommand: DeregisterPullTimeUpdateExclusionCommand,
    DescribeImageReplicationStatusCommand: DescribeImageReplicationStatusCommand,
    DescribeImagesCommand: DescribeImagesCommand,
    DescribeImageScanFindingsCommand: DescribeImageScanFindingsCommand,
    DescribeImageSigningStatusCommand: DescribeImageSigningStatusCommand,
    DescribePullThroughCacheRulesCommand: DescribePullThroughCacheRulesCommand,
    DescribeRegistryCommand: DescribeRegistryCommand,
    DescribeReplicationBackfillResultsCommand: DescribeReplicationBackfillResultsCommand,
    DescribeRepositoriesCommand: DescribeRepositoriesCommand,
    DescribeRepositoryCreationTemplatesCommand: DescribeRepositoryCreationTemplatesCommand,
    GetAccountSettingCommand: GetAccountSettingCommand,
    GetAuthorizationTokenCommand: GetAuthorizationTokenCommand,
    GetDownloadUrlForLayerCommand: GetDownloadUrlForLayerCommand,
    GetLifecyclePolicyCommand: GetLifecyclePolicyCommand,
    GetLifecyclePolicyPreviewCommand: GetLifecyclePolicyPreviewCommand,
    GetRegistryPolicyCommand: GetRegistryPolicyCommand,
    GetRegistryScanningConfigurationCommand: GetRegistryScanningConfigurationCommand,
    GetRepositoryPolicyCommand: GetRepositoryPolicyCommand,
    GetSigningConfigurationCommand: GetSigningConfigurationCommand,
    InitiateLayerUploadCommand: InitiateLayerUploadCommand,
    ListImageReferrersCommand: ListImageReferrersCommand,
    ListImagesCommand: ListImagesCommand,
    ListPullTimeUpdateExclusionsCommand: ListPullTimeUpdateExclusionsCommand,
    ListReplicationBackfillsCommand: ListReplicationBackfillsCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand,
    PutAccountSettingCommand: PutAccountSettingCommand,
    PutImageCommand: PutImageCommand,
    PutImageScanningConfigurationCommand: PutImageScanningConfigurationCommand,
    PutImageTagMutabilityCommand: PutImageTagMutabilityCommand,
    PutLifecyclePolicyCommand: PutLifecyclePolicyCommand,
    PutRegistryPolicyCommand: PutRegistryPolicyCommand,
    PutRegistryScanningConfigurationCommand: PutRegistryScanningConfigurationCommand,
    PutReplicationConfigurationCommand: PutReplicationConfigurationCommand,
    PutSigningConfigurationCommand: PutSigningConfigurationCommand,
    RegisterPullTimeUpdateExclusionCommand: RegisterPullTimeUpdateExclusionCommand,
    SetRepositoryPolicyCommand: SetRepositoryPolicyCommand,
    StartImageScanCommand: StartImageScanCommand,
    StartLifecyclePolicyPreviewCommand: StartLifecyclePolicyPreviewCommand,
    StartReplicationBackfillCommand: StartReplicationBackfillCommand,
    StopReplicationBackfillCommand: StopReplicationBackfillCommand,
    TagResourceCommand: TagResourceCommand,
    UntagResourceCommand: UntagResourceCommand,
    UpdateImageStorageClassCommand: UpdateImageStorageClassCommand,
    UpdatePullThroughCacheRuleCommand: UpdatePullThroughCacheRuleCommand,
    UpdateRepositoryCreationTemplateCommand: UpdateRepositoryCreationTemplateCommand,
    UploadLayerPartCommand: UploadLayerPartCommand,
    ValidatePullThroughCacheRuleCommand: ValidatePullThroughCacheRuleCommand,
};
const paginators = {
    paginateDescribeImages: paginateDescribeImages,
    paginateDescribeImageScanFindings: paginateDescribeImageScanFindings,
    paginateDescribePullThroughCacheRules: paginateDescribePullThroughCacheRules,
    paginateDescribeReplicationBackfillResults: paginateDescribeReplicationBackfillResults,
    paginateDescribeRepositories: paginateDescribeRepositories,
    paginateDescribeRepositoryCreationTemplates: paginateDescribeRepositoryCreationTemplates,
    paginateGetLifecyclePolicyPreview: paginateGetLifecyclePolicyPreview,
    paginateListImages: paginateListImages,
    paginateListReplicationBackfills: paginateListReplicationBackfills,
};
const waiters = {
    waitUntilImageScanComplete: waitUntilImageScanComplete,
    waitUntilLifecyclePolicyPreviewComplete: waitUntilLifecyclePolicyPreviewComplete,
};
class ECR extends ECRClient {
}
(0,submodules_client.createAggregatedClient)(commands, ECR, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/commands/index.js































































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/pagination/index.js











;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/waiters/index.js



;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/models/enums.js
const LayerFailureCode = {
    InvalidLayerDigest: "InvalidLayerDigest",
    MissingLayerDigest: "MissingLayerDigest",
};
const LayerAvailability = {
    ARCHIVED: "ARCHIVED",
    AVAILABLE: "AVAILABLE",
    UNAVAILABLE: "UNAVAILABLE",
};
const ImageFailureCode = {
    ImageInaccessible: "ImageInaccessible",
    ImageNotFound: "ImageNotFound",
    ImageReferencedByManifestList: "ImageReferencedByManifestList",
    ImageTagDoesNotMatchDigest: "ImageTagDoesNotMatchDigest",
    InvalidImageDigest: "InvalidImageDigest",
    InvalidImageTag: "InvalidImageTag",
    KmsError: "KmsError",
    MissingDigestAndTag: "MissingDigestAndTag",
    UpstreamAccessDenied: "UpstreamAccessDenied",
    UpstreamTooManyRequests: "UpstreamTooManyRequests",
    UpstreamUnavailable: "UpstreamUnavailable",
};
const ScanningConfigurationFailureCode = {
    REPOSITORY_NOT_FOUND: "REPOSITORY_NOT_FOUND",
};
const ScanningRepositoryFilterType = {
    WILDCARD: "WILDCARD",
};
const ScanFrequency = {
    CONTINUOUS_SCAN: "CONTINUOUS_SCAN",
    MANUAL: "MANUAL",
    SCAN_ON_PUSH: "SCAN_ON_PUSH",
};
const UpstreamRegistry = {
    AzureContainerRegistry: "azure-container-registry",
    Chainguard: "chainguard",
    DockerHub: "docker-hub",
    Ecr: "ecr",
    EcrPublic: "ecr-public",
    GitHubContainerRegistry: "github-container-registry",
    GitLabContainerRegistry: "gitlab-container-registry",
    K8s: "k8s",
    Quay: "quay",
};
const EncryptionType = {
    AES256: "AES256",
    KMS: "KMS",
    KMS_DSSE: "KMS_DSSE",
};
const ImageTagMutability = {
    IMMUTABLE: "IMMUTABLE",
    IMMUTABLE_WITH_EXCLUSION: "IMMUTABLE_WITH_EXCLUSION",
    MUTABLE: "MUTABLE",
    MUTABLE_WITH_EXCLUSION: "MUTABLE_WITH_EXCLUSION",
};
const ImageTagMutabilityExclusionFilterType = {
    WILDCARD: "WILDCARD",
};
const RCTAppliedFor = {
    CREATE_ON_PUSH: "CREATE_ON_PUSH",
    PULL_THROUGH_CACHE: "PULL_THROUGH_CACHE",
    REPLICATION: "REPLICATION",
};
const SigningRepositoryFilterType = {
    WILDCARD_MATCH: "WILDCARD_MATCH",
};
const ReplicationStatus = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ImageStatusFilter = {
    ACTIVATING: "ACTIVATING",
    ACTIVE: "ACTIVE",
    ANY: "ANY",
    ARCHIVED: "ARCHIVED",
};
const TagStatus = {
    ANY: "ANY",
    TAGGED: "TAGGED",
    UNTAGGED: "UNTAGGED",
};
const FindingSeverity = {
    CRITICAL: "CRITICAL",
    HIGH: "HIGH",
    INFORMATIONAL: "INFORMATIONAL",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
    UNDEFINED: "UNDEFINED",
};
const ScanStatus = {
    ACTIVE: "ACTIVE",
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    FINDINGS_UNAVAILABLE: "FINDINGS_UNAVAILABLE",
    IMAGE_ARCHIVED: "IMAGE_ARCHIVED",
    IN_PROGRESS: "IN_PROGRESS",
    LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
    PENDING: "PENDING",
    SCAN_ELIGIBILITY_EXPIRED: "SCAN_ELIGIBILITY_EXPIRED",
    UNSUPPORTED_IMAGE: "UNSUPPORTED_IMAGE",
};
const ImageStatus = {
    ACTIVATING: "ACTIVATING",
    ACTIVE: "ACTIVE",
    ARCHIVED: "ARCHIVED",
};
const SigningStatus = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const RepositoryFilterType = {
    PREFIX_MATCH: "PREFIX_MATCH",
};
const ReplicationBackfillResultStatus = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
};
const ReplicationBackfillStatus = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PREPARING: "PREPARING",
    STOPPED: "STOPPED",
    STOPPING: "STOPPING",
};
const LifecyclePolicyTargetStorageClass = {
    ARCHIVE: "ARCHIVE",
};
const ImageActionType = {
    EXPIRE: "EXPIRE",
    TRANSITION: "TRANSITION",
};
const LifecyclePolicyStorageClass = {
    ARCHIVE: "ARCHIVE",
    STANDARD: "STANDARD",
};
const LifecyclePolicyPreviewStatus = {
    COMPLETE: "COMPLETE",
    EXPIRED: "EXPIRED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ScanType = {
    BASIC: "BASIC",
    ENHANCED: "ENHANCED",
};
const ArtifactStatusFilter = {
    ACTIVATING: "ACTIVATING",
    ACTIVE: "ACTIVE",
    ANY: "ANY",
    ARCHIVED: "ARCHIVED",
};
const ArtifactStatus = {
    ACTIVATING: "ACTIVATING",
    ACTIVE: "ACTIVE",
    ARCHIVED: "ARCHIVED",
};
const TargetStorageClass = {
    ARCHIVE: "ARCHIVE",
    STANDARD: "STANDARD",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/models/errors.js
var errors = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/models/ECRServiceException.js
var ECRServiceException = __webpack_require__(6374);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ecr/dist-es/index.js













/***/ })

};
;