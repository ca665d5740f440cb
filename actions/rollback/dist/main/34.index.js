export const id = 34;
export const ids = [34];
export const modules = {

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  AddPermission$: () => (/* reexport */ schemas_0/* AddPermission$ */.LB),
  AddPermissionCommand: () => (/* reexport */ AddPermissionCommand),
  AddPermissionInput$: () => (/* reexport */ schemas_0/* AddPermissionInput$ */.hL),
  AuthorizationErrorException: () => (/* reexport */ errors/* AuthorizationErrorException */.Bq),
  AuthorizationErrorException$: () => (/* reexport */ schemas_0/* AuthorizationErrorException$ */.tl),
  BatchEntryIdsNotDistinctException: () => (/* reexport */ errors/* BatchEntryIdsNotDistinctException */.H0),
  BatchEntryIdsNotDistinctException$: () => (/* reexport */ schemas_0/* BatchEntryIdsNotDistinctException$ */.lU),
  BatchRequestTooLongException: () => (/* reexport */ errors/* BatchRequestTooLongException */.TH),
  BatchRequestTooLongException$: () => (/* reexport */ schemas_0/* BatchRequestTooLongException$ */.fK),
  BatchResultErrorEntry$: () => (/* reexport */ schemas_0/* BatchResultErrorEntry$ */.Mz),
  CheckIfPhoneNumberIsOptedOut$: () => (/* reexport */ schemas_0/* CheckIfPhoneNumberIsOptedOut$ */.zg),
  CheckIfPhoneNumberIsOptedOutCommand: () => (/* reexport */ CheckIfPhoneNumberIsOptedOutCommand),
  CheckIfPhoneNumberIsOptedOutInput$: () => (/* reexport */ schemas_0/* CheckIfPhoneNumberIsOptedOutInput$ */.zZ),
  CheckIfPhoneNumberIsOptedOutResponse$: () => (/* reexport */ schemas_0/* CheckIfPhoneNumberIsOptedOutResponse$ */.o),
  ConcurrentAccessException: () => (/* reexport */ errors/* ConcurrentAccessException */.vW),
  ConcurrentAccessException$: () => (/* reexport */ schemas_0/* ConcurrentAccessException$ */.Pt),
  ConfirmSubscription$: () => (/* reexport */ schemas_0/* ConfirmSubscription$ */.eR),
  ConfirmSubscriptionCommand: () => (/* reexport */ ConfirmSubscriptionCommand),
  ConfirmSubscriptionInput$: () => (/* reexport */ schemas_0/* ConfirmSubscriptionInput$ */.ef),
  ConfirmSubscriptionResponse$: () => (/* reexport */ schemas_0/* ConfirmSubscriptionResponse$ */.Xm),
  CreateEndpointResponse$: () => (/* reexport */ schemas_0/* CreateEndpointResponse$ */.JA),
  CreatePlatformApplication$: () => (/* reexport */ schemas_0/* CreatePlatformApplication$ */.MX),
  CreatePlatformApplicationCommand: () => (/* reexport */ CreatePlatformApplicationCommand),
  CreatePlatformApplicationInput$: () => (/* reexport */ schemas_0/* CreatePlatformApplicationInput$ */.A1),
  CreatePlatformApplicationResponse$: () => (/* reexport */ schemas_0/* CreatePlatformApplicationResponse$ */.PZ),
  CreatePlatformEndpoint$: () => (/* reexport */ schemas_0/* CreatePlatformEndpoint$ */.vf),
  CreatePlatformEndpointCommand: () => (/* reexport */ CreatePlatformEndpointCommand),
  CreatePlatformEndpointInput$: () => (/* reexport */ schemas_0/* CreatePlatformEndpointInput$ */.Rr),
  CreateSMSSandboxPhoneNumber$: () => (/* reexport */ schemas_0/* CreateSMSSandboxPhoneNumber$ */.GZ),
  CreateSMSSandboxPhoneNumberCommand: () => (/* reexport */ CreateSMSSandboxPhoneNumberCommand),
  CreateSMSSandboxPhoneNumberInput$: () => (/* reexport */ schemas_0/* CreateSMSSandboxPhoneNumberInput$ */.yP),
  CreateSMSSandboxPhoneNumberResult$: () => (/* reexport */ schemas_0/* CreateSMSSandboxPhoneNumberResult$ */.Tj),
  CreateTopic$: () => (/* reexport */ schemas_0/* CreateTopic$ */.Ml),
  CreateTopicCommand: () => (/* reexport */ CreateTopicCommand),
  CreateTopicInput$: () => (/* reexport */ schemas_0/* CreateTopicInput$ */.mm),
  CreateTopicResponse$: () => (/* reexport */ schemas_0/* CreateTopicResponse$ */.JU),
  DeleteEndpoint$: () => (/* reexport */ schemas_0/* DeleteEndpoint$ */.tG),
  DeleteEndpointCommand: () => (/* reexport */ DeleteEndpointCommand),
  DeleteEndpointInput$: () => (/* reexport */ schemas_0/* DeleteEndpointInput$ */.ZT),
  DeletePlatformApplication$: () => (/* reexport */ schemas_0/* DeletePlatformApplication$ */.L4),
  DeletePlatformApplicationCommand: () => (/* reexport */ DeletePlatformApplicationCommand),
  DeletePlatformApplicationInput$: () => (/* reexport */ schemas_0/* DeletePlatformApplicationInput$ */.v1),
  DeleteSMSSandboxPhoneNumber$: () => (/* reexport */ schemas_0/* DeleteSMSSandboxPhoneNumber$ */.DR),
  DeleteSMSSandboxPhoneNumberCommand: () => (/* reexport */ DeleteSMSSandboxPhoneNumberCommand),
  DeleteSMSSandboxPhoneNumberInput$: () => (/* reexport */ schemas_0/* DeleteSMSSandboxPhoneNumberInput$ */.dN),
  DeleteSMSSandboxPhoneNumberResult$: () => (/* reexport */ schemas_0/* DeleteSMSSandboxPhoneNumberResult$ */.s6),
  DeleteTopic$: () => (/* reexport */ schemas_0/* DeleteTopic$ */.Tw),
  DeleteTopicCommand: () => (/* reexport */ DeleteTopicCommand),
  DeleteTopicInput$: () => (/* reexport */ schemas_0/* DeleteTopicInput$ */.lg),
  EmptyBatchRequestException: () => (/* reexport */ errors/* EmptyBatchRequestException */.qO),
  EmptyBatchRequestException$: () => (/* reexport */ schemas_0/* EmptyBatchRequestException$ */.or),
  Endpoint$: () => (/* reexport */ schemas_0/* Endpoint$ */.kn),
  EndpointDisabledException: () => (/* reexport */ errors/* EndpointDisabledException */.nZ),
  EndpointDisabledException$: () => (/* reexport */ schemas_0/* EndpointDisabledException$ */.zG),
  FilterPolicyLimitExceededException: () => (/* reexport */ errors/* FilterPolicyLimitExceededException */._L),
  FilterPolicyLimitExceededException$: () => (/* reexport */ schemas_0/* FilterPolicyLimitExceededException$ */.GJ),
  GetDataProtectionPolicy$: () => (/* reexport */ schemas_0/* GetDataProtectionPolicy$ */.g0),
  GetDataProtectionPolicyCommand: () => (/* reexport */ GetDataProtectionPolicyCommand),
  GetDataProtectionPolicyInput$: () => (/* reexport */ schemas_0/* GetDataProtectionPolicyInput$ */.se),
  GetDataProtectionPolicyResponse$: () => (/* reexport */ schemas_0/* GetDataProtectionPolicyResponse$ */.VB),
  GetEndpointAttributes$: () => (/* reexport */ schemas_0/* GetEndpointAttributes$ */.Nc),
  GetEndpointAttributesCommand: () => (/* reexport */ GetEndpointAttributesCommand),
  GetEndpointAttributesInput$: () => (/* reexport */ schemas_0/* GetEndpointAttributesInput$ */.Zn),
  GetEndpointAttributesResponse$: () => (/* reexport */ schemas_0/* GetEndpointAttributesResponse$ */.W0),
  GetPlatformApplicationAttributes$: () => (/* reexport */ schemas_0/* GetPlatformApplicationAttributes$ */.$N),
  GetPlatformApplicationAttributesCommand: () => (/* reexport */ GetPlatformApplicationAttributesCommand),
  GetPlatformApplicationAttributesInput$: () => (/* reexport */ schemas_0/* GetPlatformApplicationAttributesInput$ */.Xs),
  GetPlatformApplicationAttributesResponse$: () => (/* reexport */ schemas_0/* GetPlatformApplicationAttributesResponse$ */.m0),
  GetSMSAttributes$: () => (/* reexport */ schemas_0/* GetSMSAttributes$ */.XU),
  GetSMSAttributesCommand: () => (/* reexport */ GetSMSAttributesCommand),
  GetSMSAttributesInput$: () => (/* reexport */ schemas_0/* GetSMSAttributesInput$ */.jV),
  GetSMSAttributesResponse$: () => (/* reexport */ schemas_0/* GetSMSAttributesResponse$ */.Kl),
  GetSMSSandboxAccountStatus$: () => (/* reexport */ schemas_0/* GetSMSSandboxAccountStatus$ */.ay),
  GetSMSSandboxAccountStatusCommand: () => (/* reexport */ GetSMSSandboxAccountStatusCommand),
  GetSMSSandboxAccountStatusInput$: () => (/* reexport */ schemas_0/* GetSMSSandboxAccountStatusInput$ */.qY),
  GetSMSSandboxAccountStatusResult$: () => (/* reexport */ schemas_0/* GetSMSSandboxAccountStatusResult$ */.j8),
  GetSubscriptionAttributes$: () => (/* reexport */ schemas_0/* GetSubscriptionAttributes$ */.M3),
  GetSubscriptionAttributesCommand: () => (/* reexport */ GetSubscriptionAttributesCommand),
  GetSubscriptionAttributesInput$: () => (/* reexport */ schemas_0/* GetSubscriptionAttributesInput$ */.nw),
  GetSubscriptionAttributesResponse$: () => (/* reexport */ schemas_0/* GetSubscriptionAttributesResponse$ */.S6),
  GetTopicAttributes$: () => (/* reexport */ schemas_0/* GetTopicAttributes$ */.vv),
  GetTopicAttributesCommand: () => (/* reexport */ GetTopicAttributesCommand/* GetTopicAttributesCommand */.Y),
  GetTopicAttributesInput$: () => (/* reexport */ schemas_0/* GetTopicAttributesInput$ */.zS),
  GetTopicAttributesResponse$: () => (/* reexport */ schemas_0/* GetTopicAttributesResponse$ */.aK),
  InternalErrorException: () => (/* reexport */ errors/* InternalErrorException */.TG),
  InternalErrorException$: () => (/* reexport */ schemas_0/* InternalErrorException$ */.$D),
  InvalidBatchEntryIdException: () => (/* reexport */ errors/* InvalidBatchEntryIdException */.Y_),
  InvalidBatchEntryIdException$: () => (/* reexport */ schemas_0/* InvalidBatchEntryIdException$ */.Wz),
  InvalidParameterException: () => (/* reexport */ errors/* InvalidParameterException */.kT),
  InvalidParameterException$: () => (/* reexport */ schemas_0/* InvalidParameterException$ */.qc),
  InvalidParameterValueException: () => (/* reexport */ errors/* InvalidParameterValueException */.LN),
  InvalidParameterValueException$: () => (/* reexport */ schemas_0/* InvalidParameterValueException$ */.R9),
  InvalidSecurityException: () => (/* reexport */ errors/* InvalidSecurityException */.Dy),
  InvalidSecurityException$: () => (/* reexport */ schemas_0/* InvalidSecurityException$ */.lm),
  InvalidStateException: () => (/* reexport */ errors/* InvalidStateException */.aR),
  InvalidStateException$: () => (/* reexport */ schemas_0/* InvalidStateException$ */._T),
  KMSAccessDeniedException: () => (/* reexport */ errors/* KMSAccessDeniedException */.Gm),
  KMSAccessDeniedException$: () => (/* reexport */ schemas_0/* KMSAccessDeniedException$ */.Oo),
  KMSDisabledException: () => (/* reexport */ errors/* KMSDisabledException */.Dk),
  KMSDisabledException$: () => (/* reexport */ schemas_0/* KMSDisabledException$ */.Nu),
  KMSInvalidStateException: () => (/* reexport */ errors/* KMSInvalidStateException */.$U),
  KMSInvalidStateException$: () => (/* reexport */ schemas_0/* KMSInvalidStateException$ */.fV),
  KMSNotFoundException: () => (/* reexport */ errors/* KMSNotFoundException */.Ac),
  KMSNotFoundException$: () => (/* reexport */ schemas_0/* KMSNotFoundException$ */.cU),
  KMSOptInRequired: () => (/* reexport */ errors/* KMSOptInRequired */.xo),
  KMSOptInRequired$: () => (/* reexport */ schemas_0/* KMSOptInRequired$ */.hf),
  KMSThrottlingException: () => (/* reexport */ errors/* KMSThrottlingException */["if"]),
  KMSThrottlingException$: () => (/* reexport */ schemas_0/* KMSThrottlingException$ */.cw),
  LanguageCodeString: () => (/* reexport */ LanguageCodeString),
  ListEndpointsByPlatformApplication$: () => (/* reexport */ schemas_0/* ListEndpointsByPlatformApplication$ */.$R),
  ListEndpointsByPlatformApplicationCommand: () => (/* reexport */ ListEndpointsByPlatformApplicationCommand),
  ListEndpointsByPlatformApplicationInput$: () => (/* reexport */ schemas_0/* ListEndpointsByPlatformApplicationInput$ */.pH),
  ListEndpointsByPlatformApplicationResponse$: () => (/* reexport */ schemas_0/* ListEndpointsByPlatformApplicationResponse$ */.GQ),
  ListOriginationNumbers$: () => (/* reexport */ schemas_0/* ListOriginationNumbers$ */.Ym),
  ListOriginationNumbersCommand: () => (/* reexport */ ListOriginationNumbersCommand),
  ListOriginationNumbersRequest$: () => (/* reexport */ schemas_0/* ListOriginationNumbersRequest$ */.tI),
  ListOriginationNumbersResult$: () => (/* reexport */ schemas_0/* ListOriginationNumbersResult$ */.Lb),
  ListPhoneNumbersOptedOut$: () => (/* reexport */ schemas_0/* ListPhoneNumbersOptedOut$ */.h),
  ListPhoneNumbersOptedOutCommand: () => (/* reexport */ ListPhoneNumbersOptedOutCommand),
  ListPhoneNumbersOptedOutInput$: () => (/* reexport */ schemas_0/* ListPhoneNumbersOptedOutInput$ */.pb),
  ListPhoneNumbersOptedOutResponse$: () => (/* reexport */ schemas_0/* ListPhoneNumbersOptedOutResponse$ */._m),
  ListPlatformApplications$: () => (/* reexport */ schemas_0/* ListPlatformApplications$ */.hF),
  ListPlatformApplicationsCommand: () => (/* reexport */ ListPlatformApplicationsCommand),
  ListPlatformApplicationsInput$: () => (/* reexport */ schemas_0/* ListPlatformApplicationsInput$ */.$x),
  ListPlatformApplicationsResponse$: () => (/* reexport */ schemas_0/* ListPlatformApplicationsResponse$ */.Sz),
  ListSMSSandboxPhoneNumbers$: () => (/* reexport */ schemas_0/* ListSMSSandboxPhoneNumbers$ */.bH),
  ListSMSSandboxPhoneNumbersCommand: () => (/* reexport */ ListSMSSandboxPhoneNumbersCommand),
  ListSMSSandboxPhoneNumbersInput$: () => (/* reexport */ schemas_0/* ListSMSSandboxPhoneNumbersInput$ */.rw),
  ListSMSSandboxPhoneNumbersResult$: () => (/* reexport */ schemas_0/* ListSMSSandboxPhoneNumbersResult$ */.ou),
  ListSubscriptions$: () => (/* reexport */ schemas_0/* ListSubscriptions$ */.p5),
  ListSubscriptionsByTopic$: () => (/* reexport */ schemas_0/* ListSubscriptionsByTopic$ */.jd),
  ListSubscriptionsByTopicCommand: () => (/* reexport */ ListSubscriptionsByTopicCommand),
  ListSubscriptionsByTopicInput$: () => (/* reexport */ schemas_0/* ListSubscriptionsByTopicInput$ */.D6),
  ListSubscriptionsByTopicResponse$: () => (/* reexport */ schemas_0/* ListSubscriptionsByTopicResponse$ */._Y),
  ListSubscriptionsCommand: () => (/* reexport */ ListSubscriptionsCommand),
  ListSubscriptionsInput$: () => (/* reexport */ schemas_0/* ListSubscriptionsInput$ */.bd),
  ListSubscriptionsResponse$: () => (/* reexport */ schemas_0/* ListSubscriptionsResponse$ */.IM),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tz),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand),
  ListTagsForResourceRequest$: () => (/* reexport */ schemas_0/* ListTagsForResourceRequest$ */.SK),
  ListTagsForResourceResponse$: () => (/* reexport */ schemas_0/* ListTagsForResourceResponse$ */.Kw),
  ListTopics$: () => (/* reexport */ schemas_0/* ListTopics$ */.Dq),
  ListTopicsCommand: () => (/* reexport */ ListTopicsCommand),
  ListTopicsInput$: () => (/* reexport */ schemas_0/* ListTopicsInput$ */.Lr),
  ListTopicsResponse$: () => (/* reexport */ schemas_0/* ListTopicsResponse$ */.oq),
  MessageAttributeValue$: () => (/* reexport */ schemas_0/* MessageAttributeValue$ */.BH),
  NotFoundException: () => (/* reexport */ errors/* NotFoundException */.X6),
  NotFoundException$: () => (/* reexport */ schemas_0/* NotFoundException$ */.nz),
  NumberCapability: () => (/* reexport */ NumberCapability),
  OptInPhoneNumber$: () => (/* reexport */ schemas_0/* OptInPhoneNumber$ */.wU),
  OptInPhoneNumberCommand: () => (/* reexport */ OptInPhoneNumberCommand),
  OptInPhoneNumberInput$: () => (/* reexport */ schemas_0/* OptInPhoneNumberInput$ */.ut),
  OptInPhoneNumberResponse$: () => (/* reexport */ schemas_0/* OptInPhoneNumberResponse$ */.N5),
  OptedOutException: () => (/* reexport */ errors/* OptedOutException */.k),
  OptedOutException$: () => (/* reexport */ schemas_0/* OptedOutException$ */.Ie),
  PhoneNumberInformation$: () => (/* reexport */ schemas_0/* PhoneNumberInformation$ */.Cm),
  PlatformApplication$: () => (/* reexport */ schemas_0/* PlatformApplication$ */.CK),
  PlatformApplicationDisabledException: () => (/* reexport */ errors/* PlatformApplicationDisabledException */.Vs),
  PlatformApplicationDisabledException$: () => (/* reexport */ schemas_0/* PlatformApplicationDisabledException$ */.P6),
  Publish$: () => (/* reexport */ schemas_0/* Publish$ */.a6),
  PublishBatch$: () => (/* reexport */ schemas_0/* PublishBatch$ */.Ah),
  PublishBatchCommand: () => (/* reexport */ PublishBatchCommand),
  PublishBatchInput$: () => (/* reexport */ schemas_0/* PublishBatchInput$ */.gV),
  PublishBatchRequestEntry$: () => (/* reexport */ schemas_0/* PublishBatchRequestEntry$ */.n5),
  PublishBatchResponse$: () => (/* reexport */ schemas_0/* PublishBatchResponse$ */.hA),
  PublishBatchResultEntry$: () => (/* reexport */ schemas_0/* PublishBatchResultEntry$ */.Bq),
  PublishCommand: () => (/* reexport */ PublishCommand/* PublishCommand */.D),
  PublishInput$: () => (/* reexport */ schemas_0/* PublishInput$ */.am),
  PublishResponse$: () => (/* reexport */ schemas_0/* PublishResponse$ */.bp),
  PutDataProtectionPolicy$: () => (/* reexport */ schemas_0/* PutDataProtectionPolicy$ */.DL),
  PutDataProtectionPolicyCommand: () => (/* reexport */ PutDataProtectionPolicyCommand),
  PutDataProtectionPolicyInput$: () => (/* reexport */ schemas_0/* PutDataProtectionPolicyInput$ */.PO),
  RemovePermission$: () => (/* reexport */ schemas_0/* RemovePermission$ */.M8),
  RemovePermissionCommand: () => (/* reexport */ RemovePermissionCommand),
  RemovePermissionInput$: () => (/* reexport */ schemas_0/* RemovePermissionInput$ */.eb),
  ReplayLimitExceededException: () => (/* reexport */ errors/* ReplayLimitExceededException */.hc),
  ReplayLimitExceededException$: () => (/* reexport */ schemas_0/* ReplayLimitExceededException$ */.V9),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lu),
  RouteType: () => (/* reexport */ RouteType),
  SMSSandboxPhoneNumber$: () => (/* reexport */ schemas_0/* SMSSandboxPhoneNumber$ */.Ye),
  SMSSandboxPhoneNumberVerificationStatus: () => (/* reexport */ SMSSandboxPhoneNumberVerificationStatus),
  SNS: () => (/* reexport */ SNS),
  SNSClient: () => (/* reexport */ SNSClient),
  SNSServiceException: () => (/* reexport */ SNSServiceException/* SNSServiceException */.d),
  SNSServiceException$: () => (/* reexport */ schemas_0/* SNSServiceException$ */.PG),
  SetEndpointAttributes$: () => (/* reexport */ schemas_0/* SetEndpointAttributes$ */.hK),
  SetEndpointAttributesCommand: () => (/* reexport */ SetEndpointAttributesCommand),
  SetEndpointAttributesInput$: () => (/* reexport */ schemas_0/* SetEndpointAttributesInput$ */.nq),
  SetPlatformApplicationAttributes$: () => (/* reexport */ schemas_0/* SetPlatformApplicationAttributes$ */.BO),
  SetPlatformApplicationAttributesCommand: () => (/* reexport */ SetPlatformApplicationAttributesCommand),
  SetPlatformApplicationAttributesInput$: () => (/* reexport */ schemas_0/* SetPlatformApplicationAttributesInput$ */.Nl),
  SetSMSAttributes$: () => (/* reexport */ schemas_0/* SetSMSAttributes$ */.LY),
  SetSMSAttributesCommand: () => (/* reexport */ SetSMSAttributesCommand),
  SetSMSAttributesInput$: () => (/* reexport */ schemas_0/* SetSMSAttributesInput$ */.pq),
  SetSMSAttributesResponse$: () => (/* reexport */ schemas_0/* SetSMSAttributesResponse$ */.Uw),
  SetSubscriptionAttributes$: () => (/* reexport */ schemas_0/* SetSubscriptionAttributes$ */.x8),
  SetSubscriptionAttributesCommand: () => (/* reexport */ SetSubscriptionAttributesCommand),
  SetSubscriptionAttributesInput$: () => (/* reexport */ schemas_0/* SetSubscriptionAttributesInput$ */.d$),
  SetTopicAttributes$: () => (/* reexport */ schemas_0/* SetTopicAttributes$ */.PT),
  SetTopicAttributesCommand: () => (/* reexport */ SetTopicAttributesCommand),
  SetTopicAttributesInput$: () => (/* reexport */ schemas_0/* SetTopicAttributesInput$ */.xf),
  StaleTagException: () => (/* reexport */ errors/* StaleTagException */.f),
  StaleTagException$: () => (/* reexport */ schemas_0/* StaleTagException$ */.tm),
  Subscribe$: () => (/* reexport */ schemas_0/* Subscribe$ */.Js),
  SubscribeCommand: () => (/* reexport */ SubscribeCommand),
  SubscribeInput$: () => (/* reexport */ schemas_0/* SubscribeInput$ */.dh),
  SubscribeResponse$: () => (/* reexport */ schemas_0/* SubscribeResponse$ */.Ej),
  Subscription$: () => (/* reexport */ schemas_0/* Subscription$ */.Gq),
  SubscriptionLimitExceededException: () => (/* reexport */ errors/* SubscriptionLimitExceededException */.vE),
  SubscriptionLimitExceededException$: () => (/* reexport */ schemas_0/* SubscriptionLimitExceededException$ */.aQ),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU),
  TagLimitExceededException: () => (/* reexport */ errors/* TagLimitExceededException */.Qz),
  TagLimitExceededException$: () => (/* reexport */ schemas_0/* TagLimitExceededException$ */.K4),
  TagPolicyException: () => (/* reexport */ errors/* TagPolicyException */.at),
  TagPolicyException$: () => (/* reexport */ schemas_0/* TagPolicyException$ */.Wl),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jq),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand),
  TagResourceRequest$: () => (/* reexport */ schemas_0/* TagResourceRequest$ */.uG),
  TagResourceResponse$: () => (/* reexport */ schemas_0/* TagResourceResponse$ */.M7),
  ThrottledException: () => (/* reexport */ errors/* ThrottledException */.y2),
  ThrottledException$: () => (/* reexport */ schemas_0/* ThrottledException$ */.Qj),
  TooManyEntriesInBatchRequestException: () => (/* reexport */ errors/* TooManyEntriesInBatchRequestException */.dK),
  TooManyEntriesInBatchRequestException$: () => (/* reexport */ schemas_0/* TooManyEntriesInBatchRequestException$ */.DC),
  Topic$: () => (/* reexport */ schemas_0/* Topic$ */.u6),
  TopicLimitExceededException: () => (/* reexport */ errors/* TopicLimitExceededException */.r8),
  TopicLimitExceededException$: () => (/* reexport */ schemas_0/* TopicLimitExceededException$ */.Pb),
  Unsubscribe$: () => (/* reexport */ schemas_0/* Unsubscribe$ */.yh),
  UnsubscribeCommand: () => (/* reexport */ UnsubscribeCommand),
  UnsubscribeInput$: () => (/* reexport */ schemas_0/* UnsubscribeInput$ */.av),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AU),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceRequest$: () => (/* reexport */ schemas_0/* UntagResourceRequest$ */.H$),
  UntagResourceResponse$: () => (/* reexport */ schemas_0/* UntagResourceResponse$ */.bi),
  UserErrorException: () => (/* reexport */ errors/* UserErrorException */.dA),
  UserErrorException$: () => (/* reexport */ schemas_0/* UserErrorException$ */.Nt),
  ValidationException: () => (/* reexport */ errors/* ValidationException */.dr),
  ValidationException$: () => (/* reexport */ schemas_0/* ValidationException$ */.fN),
  VerificationException: () => (/* reexport */ errors/* VerificationException */.PA),
  VerificationException$: () => (/* reexport */ schemas_0/* VerificationException$ */.JK),
  VerifySMSSandboxPhoneNumber$: () => (/* reexport */ schemas_0/* VerifySMSSandboxPhoneNumber$ */.iP),
  VerifySMSSandboxPhoneNumberCommand: () => (/* reexport */ VerifySMSSandboxPhoneNumberCommand),
  VerifySMSSandboxPhoneNumberInput$: () => (/* reexport */ schemas_0/* VerifySMSSandboxPhoneNumberInput$ */.jb),
  VerifySMSSandboxPhoneNumberResult$: () => (/* reexport */ schemas_0/* VerifySMSSandboxPhoneNumberResult$ */.AL),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1),
  paginateListEndpointsByPlatformApplication: () => (/* reexport */ paginateListEndpointsByPlatformApplication),
  paginateListOriginationNumbers: () => (/* reexport */ paginateListOriginationNumbers),
  paginateListPhoneNumbersOptedOut: () => (/* reexport */ paginateListPhoneNumbersOptedOut),
  paginateListPlatformApplications: () => (/* reexport */ paginateListPlatformApplications),
  paginateListSMSSandboxPhoneNumbers: () => (/* reexport */ paginateListSMSSandboxPhoneNumbers),
  paginateListSubscriptions: () => (/* reexport */ paginateListSubscriptions),
  paginateListSubscriptionsByTopic: () => (/* reexport */ paginateListSubscriptionsByTopic),
  paginateListTopics: () => (/* reexport */ paginateListTopics)
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthSchemeProvider.js


const defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "sns",
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
const defaultSNSHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(1842);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/package.json
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/endpoint/bdd.js

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { [m]: "Region" }, k = {}, l = [j];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "us-gov-east-1"]],
        [g, [j, "us-gov-west-1"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sns.us-gov-east-1.amazonaws.com", k],
        ["https://sns.us-gov-west-1.amazonaws.com", k],
        ["https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://sns.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 14, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 8, 6,
    4, 7, r + 12,
    5, r + 10, r + 11,
    4, 12, 9,
    6, 10, r + 9,
    7, r + 6, 11,
    8, r + 7, r + 8,
    5, 13, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 15,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(8133);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2010-03-31",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSNSHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.sns",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1,
            xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
            version: "2010-03-31",
            serviceTarget: "AmazonSimpleNotificationService",
        },
        serviceId: config?.serviceId ?? "SNS",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/SNSClient.js













class SNSClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultSNSHttpAuthSchemeParametersProvider,
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(6665);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/AddPermissionCommand.js


class AddPermissionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddPermission", schemas_0/* AddPermission$ */.LB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CheckIfPhoneNumberIsOptedOutCommand.js


class CheckIfPhoneNumberIsOptedOutCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CheckIfPhoneNumberIsOptedOut", schemas_0/* CheckIfPhoneNumberIsOptedOut$ */.zg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ConfirmSubscriptionCommand.js


class ConfirmSubscriptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ConfirmSubscription", schemas_0/* ConfirmSubscription$ */.eR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreatePlatformApplicationCommand.js


class CreatePlatformApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePlatformApplication", schemas_0/* CreatePlatformApplication$ */.MX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreatePlatformEndpointCommand.js


class CreatePlatformEndpointCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePlatformEndpoint", schemas_0/* CreatePlatformEndpoint$ */.vf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreateSMSSandboxPhoneNumberCommand.js


class CreateSMSSandboxPhoneNumberCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateSMSSandboxPhoneNumber", schemas_0/* CreateSMSSandboxPhoneNumber$ */.GZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/CreateTopicCommand.js


class CreateTopicCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateTopic", schemas_0/* CreateTopic$ */.Ml) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteEndpointCommand.js


class DeleteEndpointCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteEndpoint", schemas_0/* DeleteEndpoint$ */.tG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeletePlatformApplicationCommand.js


class DeletePlatformApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeletePlatformApplication", schemas_0/* DeletePlatformApplication$ */.L4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteSMSSandboxPhoneNumberCommand.js


class DeleteSMSSandboxPhoneNumberCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSMSSandboxPhoneNumber", schemas_0/* DeleteSMSSandboxPhoneNumber$ */.DR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/DeleteTopicCommand.js


class DeleteTopicCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteTopic", schemas_0/* DeleteTopic$ */.Tw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetDataProtectionPolicyCommand.js


class GetDataProtectionPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDataProtectionPolicy", schemas_0/* GetDataProtectionPolicy$ */.g0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetEndpointAttributesCommand.js


class GetEndpointAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetEndpointAttributes", schemas_0/* GetEndpointAttributes$ */.Nc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetPlatformApplicationAttributesCommand.js


class GetPlatformApplicationAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPlatformApplicationAttributes", schemas_0/* GetPlatformApplicationAttributes$ */.$N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetSMSAttributesCommand.js


class GetSMSAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetSMSAttributes", schemas_0/* GetSMSAttributes$ */.XU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetSMSSandboxAccountStatusCommand.js


class GetSMSSandboxAccountStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetSMSSandboxAccountStatus", schemas_0/* GetSMSSandboxAccountStatus$ */.ay) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetSubscriptionAttributesCommand.js


class GetSubscriptionAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetSubscriptionAttributes", schemas_0/* GetSubscriptionAttributes$ */.M3) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/GetTopicAttributesCommand.js
var GetTopicAttributesCommand = __webpack_require__(2367);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListEndpointsByPlatformApplicationCommand.js


class ListEndpointsByPlatformApplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListEndpointsByPlatformApplication", schemas_0/* ListEndpointsByPlatformApplication$ */.$R) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListOriginationNumbersCommand.js


class ListOriginationNumbersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOriginationNumbers", schemas_0/* ListOriginationNumbers$ */.Ym) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListPhoneNumbersOptedOutCommand.js


class ListPhoneNumbersOptedOutCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPhoneNumbersOptedOut", schemas_0/* ListPhoneNumbersOptedOut$ */.h) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListPlatformApplicationsCommand.js


class ListPlatformApplicationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPlatformApplications", schemas_0/* ListPlatformApplications$ */.hF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListSMSSandboxPhoneNumbersCommand.js


class ListSMSSandboxPhoneNumbersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSMSSandboxPhoneNumbers", schemas_0/* ListSMSSandboxPhoneNumbers$ */.bH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListSubscriptionsByTopicCommand.js


class ListSubscriptionsByTopicCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSubscriptionsByTopic", schemas_0/* ListSubscriptionsByTopic$ */.jd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListSubscriptionsCommand.js


class ListSubscriptionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSubscriptions", schemas_0/* ListSubscriptions$ */.p5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/ListTopicsCommand.js


class ListTopicsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTopics", schemas_0/* ListTopics$ */.Dq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/OptInPhoneNumberCommand.js


class OptInPhoneNumberCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "OptInPhoneNumber", schemas_0/* OptInPhoneNumber$ */.wU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/PublishBatchCommand.js


class PublishBatchCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PublishBatch", schemas_0/* PublishBatch$ */.Ah) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/PublishCommand.js
var PublishCommand = __webpack_require__(5638);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/PutDataProtectionPolicyCommand.js


class PutDataProtectionPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutDataProtectionPolicy", schemas_0/* PutDataProtectionPolicy$ */.DL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/RemovePermissionCommand.js


class RemovePermissionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemovePermission", schemas_0/* RemovePermission$ */.M8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetEndpointAttributesCommand.js


class SetEndpointAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetEndpointAttributes", schemas_0/* SetEndpointAttributes$ */.hK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetPlatformApplicationAttributesCommand.js


class SetPlatformApplicationAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetPlatformApplicationAttributes", schemas_0/* SetPlatformApplicationAttributes$ */.BO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetSMSAttributesCommand.js


class SetSMSAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetSMSAttributes", schemas_0/* SetSMSAttributes$ */.LY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetSubscriptionAttributesCommand.js


class SetSubscriptionAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetSubscriptionAttributes", schemas_0/* SetSubscriptionAttributes$ */.x8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SetTopicAttributesCommand.js


class SetTopicAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetTopicAttributes", schemas_0/* SetTopicAttributes$ */.PT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/SubscribeCommand.js


class SubscribeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "Subscribe", schemas_0/* Subscribe$ */.Js) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagResource", schemas_0/* TagResource$ */.Jq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/UnsubscribeCommand.js


class UnsubscribeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "Unsubscribe", schemas_0/* Unsubscribe$ */.yh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/VerifySMSSandboxPhoneNumberCommand.js


class VerifySMSSandboxPhoneNumberCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "VerifySMSSandboxPhoneNumber", schemas_0/* VerifySMSSandboxPhoneNumber$ */.iP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListEndpointsByPlatformApplicationPaginator.js



const paginateListEndpointsByPlatformApplication = (0,dist_cjs.createPaginator)(SNSClient, ListEndpointsByPlatformApplicationCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListOriginationNumbersPaginator.js



const paginateListOriginationNumbers = (0,dist_cjs.createPaginator)(SNSClient, ListOriginationNumbersCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListPhoneNumbersOptedOutPaginator.js



const paginateListPhoneNumbersOptedOut = (0,dist_cjs.createPaginator)(SNSClient, ListPhoneNumbersOptedOutCommand, "nextToken", "nextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListPlatformApplicationsPaginator.js



const paginateListPlatformApplications = (0,dist_cjs.createPaginator)(SNSClient, ListPlatformApplicationsCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSMSSandboxPhoneNumbersPaginator.js



const paginateListSMSSandboxPhoneNumbers = (0,dist_cjs.createPaginator)(SNSClient, ListSMSSandboxPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSubscriptionsByTopicPaginator.js



const paginateListSubscriptionsByTopic = (0,dist_cjs.createPaginator)(SNSClient, ListSubscriptionsByTopicCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListSubscriptionsPaginator.js



const paginateListSubscriptions = (0,dist_cjs.createPaginator)(SNSClient, ListSubscriptionsCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/ListTopicsPaginator.js



const paginateListTopics = (0,dist_cjs.createPaginator)(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/SNS.js




















































const commands = {
    AddPermissionCommand: AddPermissionCommand,
    CheckIfPhoneNumberIsOptedOutCommand: CheckIfPhoneNumberIsOptedOutCommand,
    ConfirmSubscriptionCommand: ConfirmSubscriptionCommand,
    CreatePlatformApplicationCommand: CreatePlatformApplicationCommand,
    CreatePlatformEndpointCommand: CreatePlatformEndpointCommand,
    CreateSMSSandboxPhoneNumberCommand: CreateSMSSandboxPhoneNumberCommand,
    CreateTopicCommand: CreateTopicCommand,
    DeleteEndpointCommand: DeleteEndpointCommand,
    DeletePlatformApplicationCommand: DeletePlatformApplicationCommand,
    DeleteSMSSandboxPhoneNumberCommand: DeleteSMSSandboxPhoneNumberCommand,
    DeleteTopicCommand: DeleteTopicCommand,
    GetDataProtectionPolicyCommand: GetDataProtectionPolicyCommand,
    GetEndpointAttributesCommand: GetEndpointAttributesCommand,
    GetPlatformApplicationAttributesCommand: GetPlatformApplicationAttributesCommand,
    GetSMSAttributesCommand: GetSMSAttributesCommand,
    GetSMSSandboxAccountStatusCommand: GetSMSSandboxAccountStatusCommand,
    GetSubscriptionAttributesCommand: GetSubscriptionAttributesCommand,
    GetTopicAttributesCommand: GetTopicAttributesCommand/* GetTopicAttributesCommand */.Y,
    ListEndpointsByPlatformApplicationCommand: ListEndpointsByPlatformApplicationCommand,
    ListOriginationNumbersCommand: ListOriginationNumbersCommand,
    ListPhoneNumbersOptedOutCommand: ListPhoneNumbersOptedOutCommand,
    ListPlatformApplicationsCommand: ListPlatformApplicationsCommand,
    ListSMSSandboxPhoneNumbersCommand: ListSMSSandboxPhoneNumbersCommand,
    ListSubscriptionsCommand: ListSubscriptionsCommand,
    ListSubscriptionsByTopicCommand: ListSubscriptionsByTopicCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand,
    ListTopicsCommand: ListTopicsCommand,
    OptInPhoneNumberCommand: OptInPhoneNumberCommand,
    PublishCommand: PublishCommand/* PublishCommand */.D,
    PublishBatchCommand: PublishBatchCommand,
    PutDataProtectionPolicyCommand: PutDataProtectionPolicyCommand,
    RemovePermissionCommand: RemovePermissionCommand,
    SetEndpointAttributesCommand: SetEndpointAttributesCommand,
    SetPlatformApplicationAttributesCommand: SetPlatformApplicationAttributesCommand,
    SetSMSAttributesCommand: SetSMSAttributesCommand,
    SetSubscriptionAttributesCommand: SetSubscriptionAttributesCommand,
    SetTopicAttributesCommand: SetTopicAttributesCommand,
    SubscribeCommand: SubscribeCommand,
    TagResourceCommand: TagResourceCommand,
    UnsubscribeCommand: UnsubscribeCommand,
    UntagResourceCommand: UntagResourceCommand,
    VerifySMSSandboxPhoneNumberCommand: VerifySMSSandboxPhoneNumberCommand,
};
const paginators = {
    paginateListEndpointsByPlatformApplication: paginateListEndpointsByPlatformApplication,
    paginateListOriginationNumbers: paginateListOriginationNumbers,
    paginateListPhoneNumbersOptedOut: paginateListPhoneNumbersOptedOut,
    paginateListPlatformApplications: paginateListPlatformApplications,
    paginateListSMSSandboxPhoneNumbers: paginateListSMSSandboxPhoneNumbers,
    paginateListSubscriptions: paginateListSubscriptions,
    paginateListSubscriptionsByTopic: paginateListSubscriptionsByTopic,
    paginateListTopics: paginateListTopics,
};
class SNS extends SNSClient {
}
(0,submodules_client.createAggregatedClient)(commands, SNS, { paginators });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/commands/index.js











































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/pagination/index.js










;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/models/enums.js
const LanguageCodeString = {
    de_DE: "de-DE",
    en_GB: "en-GB",
    en_US: "en-US",
    es_419: "es-419",
    es_ES: "es-ES",
    fr_CA: "fr-CA",
    fr_FR: "fr-FR",
    it_IT: "it-IT",
    jp_JP: "ja-JP",
    kr_KR: "kr-KR",
    pt_BR: "pt-BR",
    zh_CN: "zh-CN",
    zh_TW: "zh-TW",
};
const NumberCapability = {
    MMS: "MMS",
    SMS: "SMS",
    VOICE: "VOICE",
};
const RouteType = {
    Premium: "Premium",
    Promotional: "Promotional",
    Transactional: "Transactional",
};
const SMSSandboxPhoneNumberVerificationStatus = {
    Pending: "Pending",
    Verified: "Verified",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/models/errors.js
var errors = __webpack_require__(5737);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/models/SNSServiceException.js
var SNSServiceException = __webpack_require__(9758);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-sns/dist-es/index.js












/***/ })

};
