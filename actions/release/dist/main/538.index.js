"use strict";
exports.id = 538;
exports.ids = [538];
exports.modules = {

/***/ 2538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  ALPNPolicyNotSupportedException: () => (/* reexport */ errors/* ALPNPolicyNotSupportedException */.c2),
  ALPNPolicyNotSupportedException$: () => (/* reexport */ schemas_0/* ALPNPolicyNotSupportedException$ */._Jc),
  Action$: () => (/* reexport */ schemas_0/* Action$ */.L9M),
  ActionTypeEnum: () => (/* reexport */ ActionTypeEnum),
  AddListenerCertificates$: () => (/* reexport */ schemas_0/* AddListenerCertificates$ */._09),
  AddListenerCertificatesCommand: () => (/* reexport */ AddListenerCertificatesCommand),
  AddListenerCertificatesInput$: () => (/* reexport */ schemas_0/* AddListenerCertificatesInput$ */.O41),
  AddListenerCertificatesOutput$: () => (/* reexport */ schemas_0/* AddListenerCertificatesOutput$ */.Jze),
  AddTags$: () => (/* reexport */ schemas_0/* AddTags$ */.FBv),
  AddTagsCommand: () => (/* reexport */ AddTagsCommand),
  AddTagsInput$: () => (/* reexport */ schemas_0/* AddTagsInput$ */.t64),
  AddTagsOutput$: () => (/* reexport */ schemas_0/* AddTagsOutput$ */.ENU),
  AddTrustStoreRevocations$: () => (/* reexport */ schemas_0/* AddTrustStoreRevocations$ */._Kf),
  AddTrustStoreRevocationsCommand: () => (/* reexport */ AddTrustStoreRevocationsCommand),
  AddTrustStoreRevocationsInput$: () => (/* reexport */ schemas_0/* AddTrustStoreRevocationsInput$ */._wg),
  AddTrustStoreRevocationsOutput$: () => (/* reexport */ schemas_0/* AddTrustStoreRevocationsOutput$ */.DIU),
  AdministrativeOverride$: () => (/* reexport */ schemas_0/* AdministrativeOverride$ */.PF6),
  AdvertiseTrustStoreCaNamesEnum: () => (/* reexport */ AdvertiseTrustStoreCaNamesEnum),
  AllocationIdNotFoundException: () => (/* reexport */ errors/* AllocationIdNotFoundException */.Is),
  AllocationIdNotFoundException$: () => (/* reexport */ schemas_0/* AllocationIdNotFoundException$ */.oGm),
  AnomalyDetection$: () => (/* reexport */ schemas_0/* AnomalyDetection$ */.F7f),
  AnomalyResultEnum: () => (/* reexport */ AnomalyResultEnum),
  AuthenticateCognitoActionConditionalBehaviorEnum: () => (/* reexport */ AuthenticateCognitoActionConditionalBehaviorEnum),
  AuthenticateCognitoActionConfig$: () => (/* reexport */ schemas_0/* AuthenticateCognitoActionConfig$ */.t0Z),
  AuthenticateOidcActionConditionalBehaviorEnum: () => (/* reexport */ AuthenticateOidcActionConditionalBehaviorEnum),
  AuthenticateOidcActionConfig$: () => (/* reexport */ schemas_0/* AuthenticateOidcActionConfig$ */.Fpo),
  AvailabilityZone$: () => (/* reexport */ schemas_0/* AvailabilityZone$ */.Og$),
  AvailabilityZoneNotSupportedException: () => (/* reexport */ errors/* AvailabilityZoneNotSupportedException */.I8),
  AvailabilityZoneNotSupportedException$: () => (/* reexport */ schemas_0/* AvailabilityZoneNotSupportedException$ */.cu$),
  CaCertificatesBundleNotFoundException: () => (/* reexport */ errors/* CaCertificatesBundleNotFoundException */.p1),
  CaCertificatesBundleNotFoundException$: () => (/* reexport */ schemas_0/* CaCertificatesBundleNotFoundException$ */.dG6),
  CapacityDecreaseRequestsLimitExceededException: () => (/* reexport */ errors/* CapacityDecreaseRequestsLimitExceededException */.Yn),
  CapacityDecreaseRequestsLimitExceededException$: () => (/* reexport */ schemas_0/* CapacityDecreaseRequestsLimitExceededException$ */.GEB),
  CapacityReservationPendingException: () => (/* reexport */ errors/* CapacityReservationPendingException */.t_),
  CapacityReservationPendingException$: () => (/* reexport */ schemas_0/* CapacityReservationPendingException$ */.D2X),
  CapacityReservationStateEnum: () => (/* reexport */ CapacityReservationStateEnum),
  CapacityReservationStatus$: () => (/* reexport */ schemas_0/* CapacityReservationStatus$ */.TPn),
  CapacityUnitsLimitExceededException: () => (/* reexport */ errors/* CapacityUnitsLimitExceededException */.rc),
  CapacityUnitsLimitExceededException$: () => (/* reexport */ schemas_0/* CapacityUnitsLimitExceededException$ */.TXj),
  Certificate$: () => (/* reexport */ schemas_0/* Certificate$ */.ctX),
  CertificateNotFoundException: () => (/* reexport */ errors/* CertificateNotFoundException */.uu),
  CertificateNotFoundException$: () => (/* reexport */ schemas_0/* CertificateNotFoundException$ */.C2C),
  Cipher$: () => (/* reexport */ schemas_0/* Cipher$ */.eFK),
  CreateListener$: () => (/* reexport */ schemas_0/* CreateListener$ */.fOe),
  CreateListenerCommand: () => (/* reexport */ CreateListenerCommand),
  CreateListenerInput$: () => (/* reexport */ schemas_0/* CreateListenerInput$ */.NkF),
  CreateListenerOutput$: () => (/* reexport */ schemas_0/* CreateListenerOutput$ */.Gg0),
  CreateLoadBalancer$: () => (/* reexport */ schemas_0/* CreateLoadBalancer$ */.Hte),
  CreateLoadBalancerCommand: () => (/* reexport */ CreateLoadBalancerCommand),
  CreateLoadBalancerInput$: () => (/* reexport */ schemas_0/* CreateLoadBalancerInput$ */.juC),
  CreateLoadBalancerOutput$: () => (/* reexport */ schemas_0/* CreateLoadBalancerOutput$ */.m$B),
  CreateRule$: () => (/* reexport */ schemas_0/* CreateRule$ */.toG),
  CreateRuleCommand: () => (/* reexport */ CreateRuleCommand),
  CreateRuleInput$: () => (/* reexport */ schemas_0/* CreateRuleInput$ */.x1P),
  CreateRuleOutput$: () => (/* reexport */ schemas_0/* CreateRuleOutput$ */.Gdf),
  CreateTargetGroup$: () => (/* reexport */ schemas_0/* CreateTargetGroup$ */.ntl),
  CreateTargetGroupCommand: () => (/* reexport */ CreateTargetGroupCommand),
  CreateTargetGroupInput$: () => (/* reexport */ schemas_0/* CreateTargetGroupInput$ */.hX_),
  CreateTargetGroupOutput$: () => (/* reexport */ schemas_0/* CreateTargetGroupOutput$ */.oIt),
  CreateTrustStore$: () => (/* reexport */ schemas_0/* CreateTrustStore$ */._vU),
  CreateTrustStoreCommand: () => (/* reexport */ CreateTrustStoreCommand),
  CreateTrustStoreInput$: () => (/* reexport */ schemas_0/* CreateTrustStoreInput$ */.OXc),
  CreateTrustStoreOutput$: () => (/* reexport */ schemas_0/* CreateTrustStoreOutput$ */.zxG),
  DeleteAssociationSameAccountException: () => (/* reexport */ errors/* DeleteAssociationSameAccountException */.Hc),
  DeleteAssociationSameAccountException$: () => (/* reexport */ schemas_0/* DeleteAssociationSameAccountException$ */.njL),
  DeleteListener$: () => (/* reexport */ schemas_0/* DeleteListener$ */._Lx),
  DeleteListenerCommand: () => (/* reexport */ DeleteListenerCommand),
  DeleteListenerInput$: () => (/* reexport */ schemas_0/* DeleteListenerInput$ */.uFP),
  DeleteListenerOutput$: () => (/* reexport */ schemas_0/* DeleteListenerOutput$ */.JOO),
  DeleteLoadBalancer$: () => (/* reexport */ schemas_0/* DeleteLoadBalancer$ */.eMb),
  DeleteLoadBalancerCommand: () => (/* reexport */ DeleteLoadBalancerCommand),
  DeleteLoadBalancerInput$: () => (/* reexport */ schemas_0/* DeleteLoadBalancerInput$ */._OB),
  DeleteLoadBalancerOutput$: () => (/* reexport */ schemas_0/* DeleteLoadBalancerOutput$ */.pD3),
  DeleteRule$: () => (/* reexport */ schemas_0/* DeleteRule$ */.iaR),
  DeleteRuleCommand: () => (/* reexport */ DeleteRuleCommand),
  DeleteRuleInput$: () => (/* reexport */ schemas_0/* DeleteRuleInput$ */.cd5),
  DeleteRuleOutput$: () => (/* reexport */ schemas_0/* DeleteRuleOutput$ */.HY2),
  DeleteSharedTrustStoreAssociation$: () => (/* reexport */ schemas_0/* DeleteSharedTrustStoreAssociation$ */.Zc$),
  DeleteSharedTrustStoreAssociationCommand: () => (/* reexport */ DeleteSharedTrustStoreAssociationCommand),
  DeleteSharedTrustStoreAssociationInput$: () => (/* reexport */ schemas_0/* DeleteSharedTrustStoreAssociationInput$ */.xXd),
  DeleteSharedTrustStoreAssociationOutput$: () => (/* reexport */ schemas_0/* DeleteSharedTrustStoreAssociationOutput$ */.STc),
  DeleteTargetGroup$: () => (/* reexport */ schemas_0/* DeleteTargetGroup$ */.UeN),
  DeleteTargetGroupCommand: () => (/* reexport */ DeleteTargetGroupCommand),
  DeleteTargetGroupInput$: () => (/* reexport */ schemas_0/* DeleteTargetGroupInput$ */.sO),
  DeleteTargetGroupOutput$: () => (/* reexport */ schemas_0/* DeleteTargetGroupOutput$ */.BUf),
  DeleteTrustStore$: () => (/* reexport */ schemas_0/* DeleteTrustStore$ */.ddw),
  DeleteTrustStoreCommand: () => (/* reexport */ DeleteTrustStoreCommand),
  DeleteTrustStoreInput$: () => (/* reexport */ schemas_0/* DeleteTrustStoreInput$ */.xkS),
  DeleteTrustStoreOutput$: () => (/* reexport */ schemas_0/* DeleteTrustStoreOutput$ */.Osu),
  DeregisterTargets$: () => (/* reexport */ schemas_0/* DeregisterTargets$ */.HhB),
  DeregisterTargetsCommand: () => (/* reexport */ DeregisterTargetsCommand),
  DeregisterTargetsInput$: () => (/* reexport */ schemas_0/* DeregisterTargetsInput$ */.Lw5),
  DeregisterTargetsOutput$: () => (/* reexport */ schemas_0/* DeregisterTargetsOutput$ */._$4),
  DescribeAccountLimits$: () => (/* reexport */ schemas_0/* DescribeAccountLimits$ */.pOR),
  DescribeAccountLimitsCommand: () => (/* reexport */ DescribeAccountLimitsCommand),
  DescribeAccountLimitsInput$: () => (/* reexport */ schemas_0/* DescribeAccountLimitsInput$ */.ltC),
  DescribeAccountLimitsOutput$: () => (/* reexport */ schemas_0/* DescribeAccountLimitsOutput$ */.ggh),
  DescribeCapacityReservation$: () => (/* reexport */ schemas_0/* DescribeCapacityReservation$ */.avv),
  DescribeCapacityReservationCommand: () => (/* reexport */ DescribeCapacityReservationCommand),
  DescribeCapacityReservationInput$: () => (/* reexport */ schemas_0/* DescribeCapacityReservationInput$ */.CTS),
  DescribeCapacityReservationOutput$: () => (/* reexport */ schemas_0/* DescribeCapacityReservationOutput$ */.z1K),
  DescribeListenerAttributes$: () => (/* reexport */ schemas_0/* DescribeListenerAttributes$ */.JBK),
  DescribeListenerAttributesCommand: () => (/* reexport */ DescribeListenerAttributesCommand),
  DescribeListenerAttributesInput$: () => (/* reexport */ schemas_0/* DescribeListenerAttributesInput$ */.PNA),
  DescribeListenerAttributesOutput$: () => (/* reexport */ schemas_0/* DescribeListenerAttributesOutput$ */.iA$),
  DescribeListenerCertificates$: () => (/* reexport */ schemas_0/* DescribeListenerCertificates$ */.sXU),
  DescribeListenerCertificatesCommand: () => (/* reexport */ DescribeListenerCertificatesCommand),
  DescribeListenerCertificatesInput$: () => (/* reexport */ schemas_0/* DescribeListenerCertificatesInput$ */.W_d),
  DescribeListenerCertificatesOutput$: () => (/* reexport */ schemas_0/* DescribeListenerCertificatesOutput$ */.tNu),
  DescribeListeners$: () => (/* reexport */ schemas_0/* DescribeListeners$ */.zki),
  DescribeListenersCommand: () => (/* reexport */ DescribeListenersCommand/* DescribeListenersCommand */.A),
  DescribeListenersInput$: () => (/* reexport */ schemas_0/* DescribeListenersInput$ */.F2q),
  DescribeListenersOutput$: () => (/* reexport */ schemas_0/* DescribeListenersOutput$ */.awn),
  DescribeLoadBalancerAttributes$: () => (/* reexport */ schemas_0/* DescribeLoadBalancerAttributes$ */.DV0),
  DescribeLoadBalancerAttributesCommand: () => (/* reexport */ DescribeLoadBalancerAttributesCommand),
  DescribeLoadBalancerAttributesInput$: () => (/* reexport */ schemas_0/* DescribeLoadBalancerAttributesInput$ */.BpZ),
  DescribeLoadBalancerAttributesOutput$: () => (/* reexport */ schemas_0/* DescribeLoadBalancerAttributesOutput$ */.EwB),
  DescribeLoadBalancers$: () => (/* reexport */ schemas_0/* DescribeLoadBalancers$ */.nLW),
  DescribeLoadBalancersCommand: () => (/* reexport */ DescribeLoadBalancersCommand),
  DescribeLoadBalancersInput$: () => (/* reexport */ schemas_0/* DescribeLoadBalancersInput$ */.r04),
  DescribeLoadBalancersOutput$: () => (/* reexport */ schemas_0/* DescribeLoadBalancersOutput$ */.EWi),
  DescribeRules$: () => (/* reexport */ schemas_0/* DescribeRules$ */.xc1),
  DescribeRulesCommand: () => (/* reexport */ DescribeRulesCommand/* DescribeRulesCommand */.G),
  DescribeRulesInput$: () => (/* reexport */ schemas_0/* DescribeRulesInput$ */.Dgs),
  DescribeRulesOutput$: () => (/* reexport */ schemas_0/* DescribeRulesOutput$ */.oCD),
  DescribeSSLPolicies$: () => (/* reexport */ schemas_0/* DescribeSSLPolicies$ */.AHy),
  DescribeSSLPoliciesCommand: () => (/* reexport */ DescribeSSLPoliciesCommand),
  DescribeSSLPoliciesInput$: () => (/* reexport */ schemas_0/* DescribeSSLPoliciesInput$ */.Ih2),
  DescribeSSLPoliciesOutput$: () => (/* reexport */ schemas_0/* DescribeSSLPoliciesOutput$ */.pXc),
  DescribeTags$: () => (/* reexport */ schemas_0/* DescribeTags$ */.LSs),
  DescribeTagsCommand: () => (/* reexport */ DescribeTagsCommand),
  DescribeTagsInput$: () => (/* reexport */ schemas_0/* DescribeTagsInput$ */.zRu),
  DescribeTagsOutput$: () => (/* reexport */ schemas_0/* DescribeTagsOutput$ */.OMR),
  DescribeTargetGroupAttributes$: () => (/* reexport */ schemas_0/* DescribeTargetGroupAttributes$ */.fev),
  DescribeTargetGroupAttributesCommand: () => (/* reexport */ DescribeTargetGroupAttributesCommand),
  DescribeTargetGroupAttributesInput$: () => (/* reexport */ schemas_0/* DescribeTargetGroupAttributesInput$ */.NU_),
  DescribeTargetGroupAttributesOutput$: () => (/* reexport */ schemas_0/* DescribeTargetGroupAttributesOutput$ */.KeU),
  DescribeTargetGroups$: () => (/* reexport */ schemas_0/* DescribeTargetGroups$ */.Z$r),
  DescribeTargetGroupsCommand: () => (/* reexport */ DescribeTargetGroupsCommand),
  DescribeTargetGroupsInput$: () => (/* reexport */ schemas_0/* DescribeTargetGroupsInput$ */.liX),
  DescribeTargetGroupsOutput$: () => (/* reexport */ schemas_0/* DescribeTargetGroupsOutput$ */.iEZ),
  DescribeTargetHealth$: () => (/* reexport */ schemas_0/* DescribeTargetHealth$ */.nZ0),
  DescribeTargetHealthCommand: () => (/* reexport */ DescribeTargetHealthCommand),
  DescribeTargetHealthInput$: () => (/* reexport */ schemas_0/* DescribeTargetHealthInput$ */.Po5),
  DescribeTargetHealthInputIncludeEnum: () => (/* reexport */ DescribeTargetHealthInputIncludeEnum),
  DescribeTargetHealthOutput$: () => (/* reexport */ schemas_0/* DescribeTargetHealthOutput$ */.goA),
  DescribeTrustStoreAssociations$: () => (/* reexport */ schemas_0/* DescribeTrustStoreAssociations$ */.NcK),
  DescribeTrustStoreAssociationsCommand: () => (/* reexport */ DescribeTrustStoreAssociationsCommand),
  DescribeTrustStoreAssociationsInput$: () => (/* reexport */ schemas_0/* DescribeTrustStoreAssociationsInput$ */.fcc),
  DescribeTrustStoreAssociationsOutput$: () => (/* reexport */ schemas_0/* DescribeTrustStoreAssociationsOutput$ */.yfF),
  DescribeTrustStoreRevocation$: () => (/* reexport */ schemas_0/* DescribeTrustStoreRevocation$ */.dac),
  DescribeTrustStoreRevocations$: () => (/* reexport */ schemas_0/* DescribeTrustStoreRevocations$ */._6v),
  DescribeTrustStoreRevocationsCommand: () => (/* reexport */ DescribeTrustStoreRevocationsCommand),
  DescribeTrustStoreRevocationsInput$: () => (/* reexport */ schemas_0/* DescribeTrustStoreRevocationsInput$ */.YFG),
  DescribeTrustStoreRevocationsOutput$: () => (/* reexport */ schemas_0/* DescribeTrustStoreRevocationsOutput$ */.VXh),
  DescribeTrustStores$: () => (/* reexport */ schemas_0/* DescribeTrustStores$ */.sRV),
  DescribeTrustStoresCommand: () => (/* reexport */ DescribeTrustStoresCommand),
  DescribeTrustStoresInput$: () => (/* reexport */ schemas_0/* DescribeTrustStoresInput$ */.KkI),
  DescribeTrustStoresOutput$: () => (/* reexport */ schemas_0/* DescribeTrustStoresOutput$ */.Do7),
  DuplicateListenerException: () => (/* reexport */ errors/* DuplicateListenerException */.Lw),
  DuplicateListenerException$: () => (/* reexport */ schemas_0/* DuplicateListenerException$ */.$3P),
  DuplicateLoadBalancerNameException: () => (/* reexport */ errors/* DuplicateLoadBalancerNameException */.yg),
  DuplicateLoadBalancerNameException$: () => (/* reexport */ schemas_0/* DuplicateLoadBalancerNameException$ */.Ksl),
  DuplicateTagKeysException: () => (/* reexport */ errors/* DuplicateTagKeysException */.F$),
  DuplicateTagKeysException$: () => (/* reexport */ schemas_0/* DuplicateTagKeysException$ */.nJp),
  DuplicateTargetGroupNameException: () => (/* reexport */ errors/* DuplicateTargetGroupNameException */.G3),
  DuplicateTargetGroupNameException$: () => (/* reexport */ schemas_0/* DuplicateTargetGroupNameException$ */.WxF),
  DuplicateTrustStoreNameException: () => (/* reexport */ errors/* DuplicateTrustStoreNameException */.ve),
  DuplicateTrustStoreNameException$: () => (/* reexport */ schemas_0/* DuplicateTrustStoreNameException$ */.j$y),
  ElasticLoadBalancingV2: () => (/* reexport */ ElasticLoadBalancingV2),
  ElasticLoadBalancingV2Client: () => (/* reexport */ ElasticLoadBalancingV2Client),
  ElasticLoadBalancingV2ServiceException: () => (/* reexport */ ElasticLoadBalancingV2ServiceException/* ElasticLoadBalancingV2ServiceException */.n),
  ElasticLoadBalancingV2ServiceException$: () => (/* reexport */ schemas_0/* ElasticLoadBalancingV2ServiceException$ */.nlb),
  EnablePrefixForIpv6SourceNatEnum: () => (/* reexport */ EnablePrefixForIpv6SourceNatEnum),
  EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum: () => (/* reexport */ EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum),
  FixedResponseActionConfig$: () => (/* reexport */ schemas_0/* FixedResponseActionConfig$ */.kOR),
  ForwardActionConfig$: () => (/* reexport */ schemas_0/* ForwardActionConfig$ */.Kvm),
  GetResourcePolicy$: () => (/* reexport */ schemas_0/* GetResourcePolicy$ */.j4x),
  GetResourcePolicyCommand: () => (/* reexport */ GetResourcePolicyCommand),
  GetResourcePolicyInput$: () => (/* reexport */ schemas_0/* GetResourcePolicyInput$ */.RQD),
  GetResourcePolicyOutput$: () => (/* reexport */ schemas_0/* GetResourcePolicyOutput$ */.uQE),
  GetTrustStoreCaCertificatesBundle$: () => (/* reexport */ schemas_0/* GetTrustStoreCaCertificatesBundle$ */.Ql4),
  GetTrustStoreCaCertificatesBundleCommand: () => (/* reexport */ GetTrustStoreCaCertificatesBundleCommand),
  GetTrustStoreCaCertificatesBundleInput$: () => (/* reexport */ schemas_0/* GetTrustStoreCaCertificatesBundleInput$ */.yit),
  GetTrustStoreCaCertificatesBundleOutput$: () => (/* reexport */ schemas_0/* GetTrustStoreCaCertificatesBundleOutput$ */.vgO),
  GetTrustStoreRevocationContent$: () => (/* reexport */ schemas_0/* GetTrustStoreRevocationContent$ */.P0j),
  GetTrustStoreRevocationContentCommand: () => (/* reexport */ GetTrustStoreRevocationContentCommand),
  GetTrustStoreRevocationContentInput$: () => (/* reexport */ schemas_0/* GetTrustStoreRevocationContentInput$ */.Hnw),
  GetTrustStoreRevocationContentOutput$: () => (/* reexport */ schemas_0/* GetTrustStoreRevocationContentOutput$ */.amm),
  HealthUnavailableException: () => (/* reexport */ errors/* HealthUnavailableException */.Km),
  HealthUnavailableException$: () => (/* reexport */ schemas_0/* HealthUnavailableException$ */.K6n),
  HostHeaderConditionConfig$: () => (/* reexport */ schemas_0/* HostHeaderConditionConfig$ */.pfA),
  HostHeaderRewriteConfig$: () => (/* reexport */ schemas_0/* HostHeaderRewriteConfig$ */.U9h),
  HttpHeaderConditionConfig$: () => (/* reexport */ schemas_0/* HttpHeaderConditionConfig$ */.vzV),
  HttpRequestMethodConditionConfig$: () => (/* reexport */ schemas_0/* HttpRequestMethodConditionConfig$ */.Ugm),
  IncompatibleProtocolsException: () => (/* reexport */ errors/* IncompatibleProtocolsException */.gk),
  IncompatibleProtocolsException$: () => (/* reexport */ schemas_0/* IncompatibleProtocolsException$ */.Oh5),
  InsufficientCapacityException: () => (/* reexport */ errors/* InsufficientCapacityException */.v),
  InsufficientCapacityException$: () => (/* reexport */ schemas_0/* InsufficientCapacityException$ */.BO$),
  InvalidCaCertificatesBundleException: () => (/* reexport */ errors/* InvalidCaCertificatesBundleException */.XL),
  InvalidCaCertificatesBundleException$: () => (/* reexport */ schemas_0/* InvalidCaCertificatesBundleException$ */.dP9),
  InvalidConfigurationRequestException: () => (/* reexport */ errors/* InvalidConfigurationRequestException */._w),
  InvalidConfigurationRequestException$: () => (/* reexport */ schemas_0/* InvalidConfigurationRequestException$ */.I$o),
  InvalidLoadBalancerActionException: () => (/* reexport */ errors/* InvalidLoadBalancerActionException */.jL),
  InvalidLoadBalancerActionException$: () => (/* reexport */ schemas_0/* InvalidLoadBalancerActionException$ */.rGf),
  InvalidRevocationContentException: () => (/* reexport */ errors/* InvalidRevocationContentException */.ES),
  InvalidRevocationContentException$: () => (/* reexport */ schemas_0/* InvalidRevocationContentException$ */.MOS),
  InvalidSchemeException: () => (/* reexport */ errors/* InvalidSchemeException */.qi),
  InvalidSchemeException$: () => (/* reexport */ schemas_0/* InvalidSchemeException$ */.kx7),
  InvalidSecurityGroupException: () => (/* reexport */ errors/* InvalidSecurityGroupException */.EW),
  InvalidSecurityGroupException$: () => (/* reexport */ schemas_0/* InvalidSecurityGroupException$ */.Wfq),
  InvalidSubnetException: () => (/* reexport */ errors/* InvalidSubnetException */.A8),
  InvalidSubnetException$: () => (/* reexport */ schemas_0/* InvalidSubnetException$ */.EwZ),
  InvalidTargetException: () => (/* reexport */ errors/* InvalidTargetException */.CZ),
  InvalidTargetException$: () => (/* reexport */ schemas_0/* InvalidTargetException$ */.YI_),
  IpAddressType: () => (/* reexport */ IpAddressType),
  IpamPools$: () => (/* reexport */ schemas_0/* IpamPools$ */.TY1),
  JwtValidationActionAdditionalClaim$: () => (/* reexport */ schemas_0/* JwtValidationActionAdditionalClaim$ */.ObL),
  JwtValidationActionAdditionalClaimFormatEnum: () => (/* reexport */ JwtValidationActionAdditionalClaimFormatEnum),
  JwtValidationActionConfig$: () => (/* reexport */ schemas_0/* JwtValidationActionConfig$ */.V$k),
  Limit$: () => (/* reexport */ schemas_0/* Limit$ */.qyZ),
  Listener$: () => (/* reexport */ schemas_0/* Listener$ */.X6T),
  ListenerAttribute$: () => (/* reexport */ schemas_0/* ListenerAttribute$ */.Pv7),
  ListenerNotFoundException: () => (/* reexport */ errors/* ListenerNotFoundException */.vY),
  ListenerNotFoundException$: () => (/* reexport */ schemas_0/* ListenerNotFoundException$ */.nV3),
  LoadBalancer$: () => (/* reexport */ schemas_0/* LoadBalancer$ */.PdJ),
  LoadBalancerAddress$: () => (/* reexport */ schemas_0/* LoadBalancerAddress$ */.jGz),
  LoadBalancerAttribute$: () => (/* reexport */ schemas_0/* LoadBalancerAttribute$ */.$ko),
  LoadBalancerNotFoundException: () => (/* reexport */ errors/* LoadBalancerNotFoundException */.Jg),
  LoadBalancerNotFoundException$: () => (/* reexport */ schemas_0/* LoadBalancerNotFoundException$ */.f62),
  LoadBalancerSchemeEnum: () => (/* reexport */ LoadBalancerSchemeEnum),
  LoadBalancerState$: () => (/* reexport */ schemas_0/* LoadBalancerState$ */.Ws4),
  LoadBalancerStateEnum: () => (/* reexport */ LoadBalancerStateEnum),
  LoadBalancerTypeEnum: () => (/* reexport */ LoadBalancerTypeEnum),
  Matcher$: () => (/* reexport */ schemas_0/* Matcher$ */.Zp8),
  MinimumLoadBalancerCapacity$: () => (/* reexport */ schemas_0/* MinimumLoadBalancerCapacity$ */.PEc),
  MitigationInEffectEnum: () => (/* reexport */ MitigationInEffectEnum),
  ModifyCapacityReservation$: () => (/* reexport */ schemas_0/* ModifyCapacityReservation$ */.Zap),
  ModifyCapacityReservationCommand: () => (/* reexport */ ModifyCapacityReservationCommand),
  ModifyCapacityReservationInput$: () => (/* reexport */ schemas_0/* ModifyCapacityReservationInput$ */.v6R),
  ModifyCapacityReservationOutput$: () => (/* reexport */ schemas_0/* ModifyCapacityReservationOutput$ */.I2r),
  ModifyIpPools$: () => (/* reexport */ schemas_0/* ModifyIpPools$ */.DaU),
  ModifyIpPoolsCommand: () => (/* reexport */ ModifyIpPoolsCommand),
  ModifyIpPoolsInput$: () => (/* reexport */ schemas_0/* ModifyIpPoolsInput$ */.FAI),
  ModifyIpPoolsOutput$: () => (/* reexport */ schemas_0/* ModifyIpPoolsOutput$ */.KK4),
  ModifyListener$: () => (/* reexport */ schemas_0/* ModifyListener$ */.DpG),
  ModifyListenerAttributes$: () => (/* reexport */ schemas_0/* ModifyListenerAttributes$ */.Kfz),
  ModifyListenerAttributesCommand: () => (/* reexport */ ModifyListenerAttributesCommand),
  ModifyListenerAttributesInput$: () => (/* reexport */ schemas_0/* ModifyListenerAttributesInput$ */.izx),
  ModifyListenerAttributesOutput$: () => (/* reexport */ schemas_0/* ModifyListenerAttributesOutput$ */.FMQ),
  ModifyListenerCommand: () => (/* reexport */ ModifyListenerCommand),
  ModifyListenerInput$: () => (/* reexport */ schemas_0/* ModifyListenerInput$ */.XE5),
  ModifyListenerOutput$: () => (/* reexport */ schemas_0/* ModifyListenerOutput$ */.GJ),
  ModifyLoadBalancerAttributes$: () => (/* reexport */ schemas_0/* ModifyLoadBalancerAttributes$ */.cJy),
  ModifyLoadBalancerAttributesCommand: () => (/* reexport */ ModifyLoadBalancerAttributesCommand),
  ModifyLoadBalancerAttributesInput$: () => (/* reexport */ schemas_0/* ModifyLoadBalancerAttributesInput$ */.qO9),
  ModifyLoadBalancerAttributesOutput$: () => (/* reexport */ schemas_0/* ModifyLoadBalancerAttributesOutput$ */.Tw$),
  ModifyRule$: () => (/* reexport */ schemas_0/* ModifyRule$ */.x3p),
  ModifyRuleCommand: () => (/* reexport */ ModifyRuleCommand),
  ModifyRuleInput$: () => (/* reexport */ schemas_0/* ModifyRuleInput$ */.nJk),
  ModifyRuleOutput$: () => (/* reexport */ schemas_0/* ModifyRuleOutput$ */.Yzb),
  ModifyTargetGroup$: () => (/* reexport */ schemas_0/* ModifyTargetGroup$ */.TS),
  ModifyTargetGroupAttributes$: () => (/* reexport */ schemas_0/* ModifyTargetGroupAttributes$ */._aR),
  ModifyTargetGroupAttributesCommand: () => (/* reexport */ ModifyTargetGroupAttributesCommand),
  ModifyTargetGroupAttributesInput$: () => (/* reexport */ schemas_0/* ModifyTargetGroupAttributesInput$ */.snh),
  ModifyTargetGroupAttributesOutput$: () => (/* reexport */ schemas_0/* ModifyTargetGroupAttributesOutput$ */.FdL),
  ModifyTargetGroupCommand: () => (/* reexport */ ModifyTargetGroupCommand),
  ModifyTargetGroupInput$: () => (/* reexport */ schemas_0/* ModifyTargetGroupInput$ */.JWv),
  ModifyTargetGroupOutput$: () => (/* reexport */ schemas_0/* ModifyTargetGroupOutput$ */.UbS),
  ModifyTrustStore$: () => (/* reexport */ schemas_0/* ModifyTrustStore$ */.ik9),
  ModifyTrustStoreCommand: () => (/* reexport */ ModifyTrustStoreCommand),
  ModifyTrustStoreInput$: () => (/* reexport */ schemas_0/* ModifyTrustStoreInput$ */._YR),
  ModifyTrustStoreOutput$: () => (/* reexport */ schemas_0/* ModifyTrustStoreOutput$ */.hFA),
  MutualAuthenticationAttributes$: () => (/* reexport */ schemas_0/* MutualAuthenticationAttributes$ */.OK$),
  OperationNotPermittedException: () => (/* reexport */ errors/* OperationNotPermittedException */.WJ),
  OperationNotPermittedException$: () => (/* reexport */ schemas_0/* OperationNotPermittedException$ */.aBW),
  PathPatternConditionConfig$: () => (/* reexport */ schemas_0/* PathPatternConditionConfig$ */.jzz),
  PriorRequestNotCompleteException: () => (/* reexport */ errors/* PriorRequestNotCompleteException */.TO),
  PriorRequestNotCompleteException$: () => (/* reexport */ schemas_0/* PriorRequestNotCompleteException$ */.LTQ),
  PriorityInUseException: () => (/* reexport */ errors/* PriorityInUseException */.mv),
  PriorityInUseException$: () => (/* reexport */ schemas_0/* PriorityInUseException$ */.QW6),
  ProtocolEnum: () => (/* reexport */ ProtocolEnum),
  QueryStringConditionConfig$: () => (/* reexport */ schemas_0/* QueryStringConditionConfig$ */.Bdb),
  QueryStringKeyValuePair$: () => (/* reexport */ schemas_0/* QueryStringKeyValuePair$ */.eRx),
  RedirectActionConfig$: () => (/* reexport */ schemas_0/* RedirectActionConfig$ */.dhg),
  RedirectActionStatusCodeEnum: () => (/* reexport */ RedirectActionStatusCodeEnum),
  RegisterTargets$: () => (/* reexport */ schemas_0/* RegisterTargets$ */.QGT),
  RegisterTargetsCommand: () => (/* reexport */ RegisterTargetsCommand),
  RegisterTargetsInput$: () => (/* reexport */ schemas_0/* RegisterTargetsInput$ */.mVG),
  RegisterTargetsOutput$: () => (/* reexport */ schemas_0/* RegisterTargetsOutput$ */.xUA),
  RemoveIpamPoolEnum: () => (/* reexport */ RemoveIpamPoolEnum),
  RemoveListenerCertificates$: () => (/* reexport */ schemas_0/* RemoveListenerCertificates$ */.jOt),
  RemoveListenerCertificatesCommand: () => (/* reexport */ RemoveListenerCertificatesCommand),
  RemoveListenerCertificatesInput$: () => (/* reexport */ schemas_0/* RemoveListenerCertificatesInput$ */.lQ0),
  RemoveListenerCertificatesOutput$: () => (/* reexport */ schemas_0/* RemoveListenerCertificatesOutput$ */.iSx),
  RemoveTags$: () => (/* reexport */ schemas_0/* RemoveTags$ */.wrv),
  RemoveTagsCommand: () => (/* reexport */ RemoveTagsCommand),
  RemoveTagsInput$: () => (/* reexport */ schemas_0/* RemoveTagsInput$ */.Gei),
  RemoveTagsOutput$: () => (/* reexport */ schemas_0/* RemoveTagsOutput$ */.PGU),
  RemoveTrustStoreRevocations$: () => (/* reexport */ schemas_0/* RemoveTrustStoreRevocations$ */.JEE),
  RemoveTrustStoreRevocationsCommand: () => (/* reexport */ RemoveTrustStoreRevocationsCommand),
  RemoveTrustStoreRevocationsInput$: () => (/* reexport */ schemas_0/* RemoveTrustStoreRevocationsInput$ */.DKZ),
  RemoveTrustStoreRevocationsOutput$: () => (/* reexport */ schemas_0/* RemoveTrustStoreRevocationsOutput$ */.c4y),
  ResourceInUseException: () => (/* reexport */ errors/* ResourceInUseException */.WT),
  ResourceInUseException$: () => (/* reexport */ schemas_0/* ResourceInUseException$ */.kMv),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lut),
  RevocationContent$: () => (/* reexport */ schemas_0/* RevocationContent$ */.YmE),
  RevocationContentNotFoundException: () => (/* reexport */ errors/* RevocationContentNotFoundException */._P),
  RevocationContentNotFoundException$: () => (/* reexport */ schemas_0/* RevocationContentNotFoundException$ */.gwu),
  RevocationIdNotFoundException: () => (/* reexport */ errors/* RevocationIdNotFoundException */.c1),
  RevocationIdNotFoundException$: () => (/* reexport */ schemas_0/* RevocationIdNotFoundException$ */.qw$),
  RevocationType: () => (/* reexport */ RevocationType),
  RewriteConfig$: () => (/* reexport */ schemas_0/* RewriteConfig$ */.Haw),
  Rule$: () => (/* reexport */ schemas_0/* Rule$ */.BM3),
  RuleCondition$: () => (/* reexport */ schemas_0/* RuleCondition$ */.mU8),
  RuleNotFoundException: () => (/* reexport */ errors/* RuleNotFoundException */.FQ),
  RuleNotFoundException$: () => (/* reexport */ schemas_0/* RuleNotFoundException$ */.FzC),
  RulePriorityPair$: () => (/* reexport */ schemas_0/* RulePriorityPair$ */.vZz),
  RuleTransform$: () => (/* reexport */ schemas_0/* RuleTransform$ */.LEY),
  SSLPolicyNotFoundException: () => (/* reexport */ errors/* SSLPolicyNotFoundException */.Ny),
  SSLPolicyNotFoundException$: () => (/* reexport */ schemas_0/* SSLPolicyNotFoundException$ */.XaX),
  SetIpAddressType$: () => (/* reexport */ schemas_0/* SetIpAddressType$ */.eB_),
  SetIpAddressTypeCommand: () => (/* reexport */ SetIpAddressTypeCommand),
  SetIpAddressTypeInput$: () => (/* reexport */ schemas_0/* SetIpAddressTypeInput$ */.wQB),
  SetIpAddressTypeOutput$: () => (/* reexport */ schemas_0/* SetIpAddressTypeOutput$ */.NuB),
  SetRulePriorities$: () => (/* reexport */ schemas_0/* SetRulePriorities$ */.$QT),
  SetRulePrioritiesCommand: () => (/* reexport */ SetRulePrioritiesCommand),
  SetRulePrioritiesInput$: () => (/* reexport */ schemas_0/* SetRulePrioritiesInput$ */.Vq2),
  SetRulePrioritiesOutput$: () => (/* reexport */ schemas_0/* SetRulePrioritiesOutput$ */.uMb),
  SetSecurityGroups$: () => (/* reexport */ schemas_0/* SetSecurityGroups$ */.XiE),
  SetSecurityGroupsCommand: () => (/* reexport */ SetSecurityGroupsCommand),
  SetSecurityGroupsInput$: () => (/* reexport */ schemas_0/* SetSecurityGroupsInput$ */.VOr),
  SetSecurityGroupsOutput$: () => (/* reexport */ schemas_0/* SetSecurityGroupsOutput$ */.Sk9),
  SetSubnets$: () => (/* reexport */ schemas_0/* SetSubnets$ */.rjL),
  SetSubnetsCommand: () => (/* reexport */ SetSubnetsCommand),
  SetSubnetsInput$: () => (/* reexport */ schemas_0/* SetSubnetsInput$ */.tdr),
  SetSubnetsOutput$: () => (/* reexport */ schemas_0/* SetSubnetsOutput$ */.i$B),
  SourceIpAddressTypeEnum: () => (/* reexport */ SourceIpAddressTypeEnum),
  SourceIpConditionConfig$: () => (/* reexport */ schemas_0/* SourceIpConditionConfig$ */.Wam),
  SslPolicy$: () => (/* reexport */ schemas_0/* SslPolicy$ */.n1J),
  SubnetMapping$: () => (/* reexport */ schemas_0/* SubnetMapping$ */.AeY),
  SubnetNotFoundException: () => (/* reexport */ errors/* SubnetNotFoundException */.wf),
  SubnetNotFoundException$: () => (/* reexport */ schemas_0/* SubnetNotFoundException$ */.gd8),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagDescription$: () => (/* reexport */ schemas_0/* TagDescription$ */.ZuV),
  TargetAdministrativeOverrideReasonEnum: () => (/* reexport */ TargetAdministrativeOverrideReasonEnum),
  TargetAdministrativeOverrideStateEnum: () => (/* reexport */ TargetAdministrativeOverrideStateEnum),
  TargetDescription$: () => (/* reexport */ schemas_0/* TargetDescription$ */.Ase),
  TargetGroup$: () => (/* reexport */ schemas_0/* TargetGroup$ */.Jox),
  TargetGroupAssociationLimitException: () => (/* reexport */ errors/* TargetGroupAssociationLimitException */.yl),
  TargetGroupAssociationLimitException$: () => (/* reexport */ schemas_0/* TargetGroupAssociationLimitException$ */.uzC),
  TargetGroupAttribute$: () => (/* reexport */ schemas_0/* TargetGroupAttribute$ */.jMP),
  TargetGroupIpAddressTypeEnum: () => (/* reexport */ TargetGroupIpAddressTypeEnum),
  TargetGroupNotFoundException: () => (/* reexport */ errors/* TargetGroupNotFoundException */.JO),
  TargetGroupNotFoundException$: () => (/* reexport */ schemas_0/* TargetGroupNotFoundException$ */.jwJ),
  TargetGroupStickinessConfig$: () => (/* reexport */ schemas_0/* TargetGroupStickinessConfig$ */.hxw),
  TargetGroupTuple$: () => (/* reexport */ schemas_0/* TargetGroupTuple$ */.$to),
  TargetHealth$: () => (/* reexport */ schemas_0/* TargetHealth$ */.I0t),
  TargetHealthDescription$: () => (/* reexport */ schemas_0/* TargetHealthDescription$ */.QV1),
  TargetHealthReasonEnum: () => (/* reexport */ TargetHealthReasonEnum),
  TargetHealthStateEnum: () => (/* reexport */ TargetHealthStateEnum),
  TargetTypeEnum: () => (/* reexport */ TargetTypeEnum),
  TooManyActionsException: () => (/* reexport */ errors/* TooManyActionsException */.w6),
  TooManyActionsException$: () => (/* reexport */ schemas_0/* TooManyActionsException$ */.YGh),
  TooManyCertificatesException: () => (/* reexport */ errors/* TooManyCertificatesException */.nK),
  TooManyCertificatesException$: () => (/* reexport */ schemas_0/* TooManyCertificatesException$ */.hUE),
  TooManyListenersException: () => (/* reexport */ errors/* TooManyListenersException */.u4),
  TooManyListenersException$: () => (/* reexport */ schemas_0/* TooManyListenersException$ */.QnG),
  TooManyLoadBalancersException: () => (/* reexport */ errors/* TooManyLoadBalancersException */.MC),
  TooManyLoadBalancersException$: () => (/* reexport */ schemas_0/* TooManyLoadBalancersException$ */.wed),
  TooManyRegistrationsForTargetIdException: () => (/* reexport */ errors/* TooManyRegistrationsForTargetIdException */.Mz),
  TooManyRegistrationsForTargetIdException$: () => (/* reexport */ schemas_0/* TooManyRegistrationsForTargetIdException$ */.KA_),
  TooManyRulesException: () => (/* reexport */ errors/* TooManyRulesException */.Ac),
  TooManyRulesException$: () => (/* reexport */ schemas_0/* TooManyRulesException$ */.o8v),
  TooManyTagsException: () => (/* reexport */ errors/* TooManyTagsException */.cD),
  TooManyTagsException$: () => (/* reexport */ schemas_0/* TooManyTagsException$ */.Okg),
  TooManyTargetGroupsException: () => (/* reexport */ errors/* TooManyTargetGroupsException */.Av),
  TooManyTargetGroupsException$: () => (/* reexport */ schemas_0/* TooManyTargetGroupsException$ */.IxH),
  TooManyTargetsException: () => (/* reexport */ errors/* TooManyTargetsException */.lU),
  TooManyTargetsException$: () => (/* reexport */ schemas_0/* TooManyTargetsException$ */.px_),
  TooManyTrustStoreRevocationEntriesException: () => (/* reexport */ errors/* TooManyTrustStoreRevocationEntriesException */.oR),
  TooManyTrustStoreRevocationEntriesException$: () => (/* reexport */ schemas_0/* TooManyTrustStoreRevocationEntriesException$ */.ag$),
  TooManyTrustStoresException: () => (/* reexport */ errors/* TooManyTrustStoresException */.x7),
  TooManyTrustStoresException$: () => (/* reexport */ schemas_0/* TooManyTrustStoresException$ */.$xg),
  TooManyUniqueTargetGroupsPerLoadBalancerException: () => (/* reexport */ errors/* TooManyUniqueTargetGroupsPerLoadBalancerException */.cw),
  TooManyUniqueTargetGroupsPerLoadBalancerException$: () => (/* reexport */ schemas_0/* TooManyUniqueTargetGroupsPerLoadBalancerException$ */.KBT),
  TransformTypeEnum: () => (/* reexport */ TransformTypeEnum),
  TrustStore$: () => (/* reexport */ schemas_0/* TrustStore$ */.smv),
  TrustStoreAssociation$: () => (/* reexport */ schemas_0/* TrustStoreAssociation$ */.h9V),
  TrustStoreAssociationNotFoundException: () => (/* reexport */ errors/* TrustStoreAssociationNotFoundException */.hB),
  TrustStoreAssociationNotFoundException$: () => (/* reexport */ schemas_0/* TrustStoreAssociationNotFoundException$ */.DZg),
  TrustStoreAssociationStatusEnum: () => (/* reexport */ TrustStoreAssociationStatusEnum),
  TrustStoreInUseException: () => (/* reexport */ errors/* TrustStoreInUseException */.bN),
  TrustStoreInUseException$: () => (/* reexport */ schemas_0/* TrustStoreInUseException$ */.fWP),
  TrustStoreNotFoundException: () => (/* reexport */ errors/* TrustStoreNotFoundException */._z),
  TrustStoreNotFoundException$: () => (/* reexport */ schemas_0/* TrustStoreNotFoundException$ */.EIW),
  TrustStoreNotReadyException: () => (/* reexport */ errors/* TrustStoreNotReadyException */.Bz),
  TrustStoreNotReadyException$: () => (/* reexport */ schemas_0/* TrustStoreNotReadyException$ */.bbb),
  TrustStoreRevocation$: () => (/* reexport */ schemas_0/* TrustStoreRevocation$ */.iLC),
  TrustStoreStatus: () => (/* reexport */ TrustStoreStatus),
  UnsupportedProtocolException: () => (/* reexport */ errors/* UnsupportedProtocolException */.rT),
  UnsupportedProtocolException$: () => (/* reexport */ schemas_0/* UnsupportedProtocolException$ */.lfI),
  UrlRewriteConfig$: () => (/* reexport */ schemas_0/* UrlRewriteConfig$ */.qgx),
  ZonalCapacityReservationState$: () => (/* reexport */ schemas_0/* ZonalCapacityReservationState$ */.WlR),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateDescribeAccountLimits: () => (/* reexport */ paginateDescribeAccountLimits),
  paginateDescribeListenerCertificates: () => (/* reexport */ paginateDescribeListenerCertificates),
  paginateDescribeListeners: () => (/* reexport */ paginateDescribeListeners),
  paginateDescribeLoadBalancers: () => (/* reexport */ paginateDescribeLoadBalancers),
  paginateDescribeRules: () => (/* reexport */ paginateDescribeRules),
  paginateDescribeTargetGroups: () => (/* reexport */ paginateDescribeTargetGroups),
  paginateDescribeTrustStoreAssociations: () => (/* reexport */ paginateDescribeTrustStoreAssociations),
  paginateDescribeTrustStoreRevocations: () => (/* reexport */ paginateDescribeTrustStoreRevocations),
  paginateDescribeTrustStores: () => (/* reexport */ paginateDescribeTrustStores),
  waitForLoadBalancerAvailable: () => (/* reexport */ waitForLoadBalancerAvailable),
  waitForLoadBalancerExists: () => (/* reexport */ waitForLoadBalancerExists),
  waitForLoadBalancersDeleted: () => (/* reexport */ waitForLoadBalancersDeleted),
  waitForTargetDeregistered: () => (/* reexport */ waitForTargetDeregistered),
  waitForTargetInService: () => (/* reexport */ waitForTargetInService),
  waitUntilLoadBalancerAvailable: () => (/* reexport */ waitUntilLoadBalancerAvailable),
  waitUntilLoadBalancerExists: () => (/* reexport */ waitUntilLoadBalancerExists),
  waitUntilLoadBalancersDeleted: () => (/* reexport */ waitUntilLoadBalancersDeleted),
  waitUntilTargetDeregistered: () => (/* reexport */ waitUntilTargetDeregistered),
  waitUntilTargetInService: () => (/* reexport */ waitUntilTargetInService)
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(8744);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(4858);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/AddListenerCertificatesCommand.js


class AddListenerCertificatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddListenerCertificates", schemas_0/* AddListenerCertificates$ */._09) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/AddTagsCommand.js


class AddTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddTags", schemas_0/* AddTags$ */.FBv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/AddTrustStoreRevocationsCommand.js


class AddTrustStoreRevocationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AddTrustStoreRevocations", schemas_0/* AddTrustStoreRevocations$ */._Kf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/CreateListenerCommand.js


class CreateListenerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateListener", schemas_0/* CreateListener$ */.fOe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/CreateLoadBalancerCommand.js


class CreateLoadBalancerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateLoadBalancer", schemas_0/* CreateLoadBalancer$ */.Hte) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/CreateRuleCommand.js


class CreateRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateRule", schemas_0/* CreateRule$ */.toG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/CreateTargetGroupCommand.js


class CreateTargetGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateTargetGroup", schemas_0/* CreateTargetGroup$ */.ntl) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/CreateTrustStoreCommand.js


class CreateTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateTrustStore", schemas_0/* CreateTrustStore$ */._vU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteListenerCommand.js


class DeleteListenerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteListener", schemas_0/* DeleteListener$ */._Lx) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteLoadBalancerCommand.js


class DeleteLoadBalancerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteLoadBalancer", schemas_0/* DeleteLoadBalancer$ */.eMb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteRuleCommand.js


class DeleteRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRule", schemas_0/* DeleteRule$ */.iaR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteSharedTrustStoreAssociationCommand.js


class DeleteSharedTrustStoreAssociationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSharedTrustStoreAssociation", schemas_0/* DeleteSharedTrustStoreAssociation$ */.Zc$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteTargetGroupCommand.js


class DeleteTargetGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteTargetGroup", schemas_0/* DeleteTargetGroup$ */.UeN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeleteTrustStoreCommand.js


class DeleteTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteTrustStore", schemas_0/* DeleteTrustStore$ */.ddw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DeregisterTargetsCommand.js


class DeregisterTargetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeregisterTargets", schemas_0/* DeregisterTargets$ */.HhB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeAccountLimitsCommand.js


class DescribeAccountLimitsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAccountLimits", schemas_0/* DescribeAccountLimits$ */.pOR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeCapacityReservationCommand.js


class DescribeCapacityReservationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeCapacityReservation", schemas_0/* DescribeCapacityReservation$ */.avv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenerAttributesCommand.js


class DescribeListenerAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeListenerAttributes", schemas_0/* DescribeListenerAttributes$ */.JBK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenerCertificatesCommand.js


class DescribeListenerCertificatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeListenerCertificates", schemas_0/* DescribeListenerCertificates$ */.sXU) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeListenersCommand.js
var DescribeListenersCommand = __webpack_require__(2672);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeLoadBalancerAttributesCommand.js


class DescribeLoadBalancerAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeLoadBalancerAttributes", schemas_0/* DescribeLoadBalancerAttributes$ */.DV0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeLoadBalancersCommand.js


class DescribeLoadBalancersCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeLoadBalancers", schemas_0/* DescribeLoadBalancers$ */.nLW) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeRulesCommand.js
var DescribeRulesCommand = __webpack_require__(7406);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeSSLPoliciesCommand.js


class DescribeSSLPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeSSLPolicies", schemas_0/* DescribeSSLPolicies$ */.AHy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTagsCommand.js


class DescribeTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTags", schemas_0/* DescribeTags$ */.LSs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupAttributesCommand.js


class DescribeTargetGroupAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetGroupAttributes", schemas_0/* DescribeTargetGroupAttributes$ */.fev) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupsCommand.js


class DescribeTargetGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetGroups", schemas_0/* DescribeTargetGroups$ */.Z$r) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetHealthCommand.js


class DescribeTargetHealthCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTargetHealth", schemas_0/* DescribeTargetHealth$ */.nZ0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTrustStoreAssociationsCommand.js


class DescribeTrustStoreAssociationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTrustStoreAssociations", schemas_0/* DescribeTrustStoreAssociations$ */.NcK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTrustStoreRevocationsCommand.js


class DescribeTrustStoreRevocationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTrustStoreRevocations", schemas_0/* DescribeTrustStoreRevocations$ */._6v) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTrustStoresCommand.js


class DescribeTrustStoresCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeTrustStores", schemas_0/* DescribeTrustStores$ */.sRV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/GetResourcePolicyCommand.js


class GetResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResourcePolicy", schemas_0/* GetResourcePolicy$ */.j4x) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/GetTrustStoreCaCertificatesBundleCommand.js


class GetTrustStoreCaCertificatesBundleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetTrustStoreCaCertificatesBundle", schemas_0/* GetTrustStoreCaCertificatesBundle$ */.Ql4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/GetTrustStoreRevocationContentCommand.js


class GetTrustStoreRevocationContentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetTrustStoreRevocationContent", schemas_0/* GetTrustStoreRevocationContent$ */.P0j) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyCapacityReservationCommand.js


class ModifyCapacityReservationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyCapacityReservation", schemas_0/* ModifyCapacityReservation$ */.Zap) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyIpPoolsCommand.js


class ModifyIpPoolsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyIpPools", schemas_0/* ModifyIpPools$ */.DaU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyListenerAttributesCommand.js


class ModifyListenerAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyListenerAttributes", schemas_0/* ModifyListenerAttributes$ */.Kfz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyListenerCommand.js


class ModifyListenerCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyListener", schemas_0/* ModifyListener$ */.DpG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyLoadBalancerAttributesCommand.js


class ModifyLoadBalancerAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyLoadBalancerAttributes", schemas_0/* ModifyLoadBalancerAttributes$ */.cJy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyRuleCommand.js


class ModifyRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyRule", schemas_0/* ModifyRule$ */.x3p) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyTargetGroupAttributesCommand.js


class ModifyTargetGroupAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyTargetGroupAttributes", schemas_0/* ModifyTargetGroupAttributes$ */._aR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyTargetGroupCommand.js


class ModifyTargetGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyTargetGroup", schemas_0/* ModifyTargetGroup$ */.TS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/ModifyTrustStoreCommand.js


class ModifyTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ModifyTrustStore", schemas_0/* ModifyTrustStore$ */.ik9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/RegisterTargetsCommand.js


class RegisterTargetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RegisterTargets", schemas_0/* RegisterTargets$ */.QGT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/RemoveListenerCertificatesCommand.js


class RemoveListenerCertificatesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveListenerCertificates", schemas_0/* RemoveListenerCertificates$ */.jOt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/RemoveTagsCommand.js


class RemoveTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveTags", schemas_0/* RemoveTags$ */.wrv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/RemoveTrustStoreRevocationsCommand.js


class RemoveTrustStoreRevocationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveTrustStoreRevocations", schemas_0/* RemoveTrustStoreRevocations$ */.JEE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/SetIpAddressTypeCommand.js


class SetIpAddressTypeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetIpAddressType", schemas_0/* SetIpAddressType$ */.eB_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/SetRulePrioritiesCommand.js


class SetRulePrioritiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetRulePriorities", schemas_0/* SetRulePriorities$ */.$QT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/SetSecurityGroupsCommand.js


class SetSecurityGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetSecurityGroups", schemas_0/* SetSecurityGroups$ */.XiE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/SetSubnetsCommand.js


class SetSubnetsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetSubnets", schemas_0/* SetSubnets$ */.rjL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeAccountLimitsPaginator.js



const paginateDescribeAccountLimits = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeAccountLimitsCommand, "Marker", "NextMarker", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeListenerCertificatesPaginator.js



const paginateDescribeListenerCertificates = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeListenerCertificatesCommand, "Marker", "NextMarker", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeListenersPaginator.js



const paginateDescribeListeners = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeListenersCommand/* DescribeListenersCommand */.A, "Marker", "NextMarker", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeLoadBalancersPaginator.js



const paginateDescribeLoadBalancers = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeLoadBalancersCommand, "Marker", "NextMarker", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeRulesPaginator.js



const paginateDescribeRules = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeRulesCommand/* DescribeRulesCommand */.G, "Marker", "NextMarker", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeTargetGroupsPaginator.js



const paginateDescribeTargetGroups = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeTargetGroupsCommand, "Marker", "NextMarker", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeTrustStoreAssociationsPaginator.js



const paginateDescribeTrustStoreAssociations = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeTrustStoreAssociationsCommand, "Marker", "NextMarker", "PageSize");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeTrustStoreRevocationsPaginator.js



const paginateDescribeTrustStoreRevocations = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeTrustStoreRevocationsCommand, "Marker", "NextMarker", "PageSize");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeTrustStoresPaginator.js



const paginateDescribeTrustStores = (0,dist_cjs.createPaginator)(ElasticLoadBalancingV2Client, DescribeTrustStoresCommand, "Marker", "NextMarker", "PageSize");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/waiters/waitForLoadBalancerAvailable.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeLoadBalancersCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.LoadBalancers);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.State.Code;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "active");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.LoadBalancers);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.State.Code;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "provisioning") {
                    return { state: submodules_client.WaiterState.RETRY, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "LoadBalancerNotFoundException") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForLoadBalancerAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilLoadBalancerAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/waiters/waitForLoadBalancerExists.js


const waitForLoadBalancerExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeLoadBalancersCommand(input));
        reason = result;
        return { state: submodules_client.WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "LoadBalancerNotFoundException") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForLoadBalancerExists = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLoadBalancerExists_checkState);
};
const waitUntilLoadBalancerExists = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLoadBalancerExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/waiters/waitForLoadBalancersDeleted.js


const waitForLoadBalancersDeleted_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeLoadBalancersCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.LoadBalancers);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.State.Code;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "active");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "LoadBalancerNotFoundException") {
            return { state: submodules_client.WaiterState.SUCCESS, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForLoadBalancersDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLoadBalancersDeleted_checkState);
};
const waitUntilLoadBalancersDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLoadBalancersDeleted_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/waiters/waitForTargetDeregistered.js


const waitForTargetDeregistered_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTargetHealthCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.TargetHealthDescriptions);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.TargetHealth.State;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "unused");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "InvalidTargetException") {
            return { state: submodules_client.WaiterState.SUCCESS, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForTargetDeregistered = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTargetDeregistered_checkState);
};
const waitUntilTargetDeregistered = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTargetDeregistered_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/waiters/waitForTargetInService.js


const waitForTargetInService_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTargetHealthCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.TargetHealthDescriptions);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.TargetHealth.State;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "healthy");
            }
            if (allStringEq_5) {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "InvalidInstance") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForTargetInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTargetInService_checkState);
};
const waitUntilTargetInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForTargetInService_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/ElasticLoadBalancingV2.js



































































const commands = {
    AddListenerCertificatesCommand: AddListenerCertificatesCommand,
    AddTagsCommand: AddTagsCommand,
    AddTrustStoreRevocationsCommand: AddTrustStoreRevocationsCommand,
    CreateListenerCommand: CreateListenerCommand,
    CreateLoadBalancerCommand: CreateLoadBalancerCommand,
    CreateRuleCommand: CreateRuleCommand,
    CreateTargetGroupCommand: CreateTargetGroupCommand,
    CreateTrustStoreCommand: CreateTrustStoreCommand,
    DeleteListenerCommand: DeleteListenerCommand,
    DeleteLoadBalancerCommand: DeleteLoadBalancerCommand,
    DeleteRuleCommand: DeleteRuleCommand,
    DeleteSharedTrustStoreAssociationCommand: DeleteSharedTrustStoreAssociationCommand,
    DeleteTargetGroupCommand: DeleteTargetGroupCommand,
    DeleteTrustStoreCommand: DeleteTrustStoreCommand,
    DeregisterTargetsCommand: DeregisterTargetsCommand,
    DescribeAccountLimitsCommand: DescribeAccountLimitsCommand,
    DescribeCapacityReservationCommand: DescribeCapacityReservationCommand,
    DescribeListenerAttributesCommand: DescribeListenerAttributesCommand,
    DescribeListenerCertificatesCommand: DescribeListenerCertificatesCommand,
    DescribeListenersCommand: DescribeListenersCommand/* DescribeListenersCommand */.A,
    DescribeLoadBalancerAttributesCommand: DescribeLoadBalancerAttributesCommand,
    DescribeLoadBalancersCommand: DescribeLoadBalancersCommand,
    DescribeRulesCommand: DescribeRulesCommand/* DescribeRulesCommand */.G,
    DescribeSSLPoliciesCommand: DescribeSSLPoliciesCommand,
    DescribeTagsCommand: DescribeTagsCommand,
    DescribeTargetGroupAttributesCommand: DescribeTargetGroupAttributesCommand,
    DescribeTargetGroupsCommand: DescribeTargetGroupsCommand,
    DescribeTargetHealthCommand: DescribeTargetHealthCommand,
    DescribeTrustStoreAssociationsCommand: DescribeTrustStoreAssociationsCommand,
    DescribeTrustStoreRevocationsCommand: DescribeTrustStoreRevocationsCommand,
    DescribeTrustStoresCommand: DescribeTrustStoresCommand,
    GetResourcePolicyCommand: GetResourcePolicyCommand,
    GetTrustStoreCaCertificatesBundleCommand: GetTrustStoreCaCertificatesBundleCommand,
    GetTrustStoreRevocationContentCommand: GetTrustStoreRevocationContentCommand,
    ModifyCapacityReservationCommand: ModifyCapacityReservationCommand,
    ModifyIpPoolsCommand: ModifyIpPoolsCommand,
    ModifyListenerCommand: ModifyListenerCommand,
    ModifyListenerAttributesCommand: ModifyListenerAttributesCommand,
    ModifyLoadBalancerAttributesCommand: ModifyLoadBalancerAttributesCommand,
    ModifyRuleCommand: ModifyRuleCommand,
    ModifyTargetGroupCommand: ModifyTargetGroupCommand,
    ModifyTargetGroupAttributesCommand: ModifyTargetGroupAttributesCommand,
    ModifyTrustStoreCommand: ModifyTrustStoreCommand,
    RegisterTargetsCommand: RegisterTargetsCommand,
    RemoveListenerCertificatesCommand: RemoveListenerCertificatesCommand,
    RemoveTagsCommand: RemoveTagsCommand,
    RemoveTrustStoreRevocationsCommand: RemoveTrustStoreRevocationsCommand,
    SetIpAddressTypeCommand: SetIpAddressTypeCommand,
    SetRulePrioritiesCommand: SetRulePrioritiesCommand,
    SetSecurityGroupsCommand: SetSecurityGroupsCommand,
    SetSubnetsCommand: SetSubnetsCommand,
};
const paginators = {
    paginateDescribeAccountLimits: paginateDescribeAccountLimits,
    paginateDescribeListenerCertificates: paginateDescribeListenerCertificates,
    paginateDescribeListeners: paginateDescribeListeners,
    paginateDescribeLoadBalancers: paginateDescribeLoadBalancers,
    paginateDescribeRules: paginateDescribeRules,
    paginateDescribeTargetGroups: paginateDescribeTargetGroups,
    paginateDescribeTrustStoreAssociations: paginateDescribeTrustStoreAssociations,
    paginateDescribeTrustStoreRevocations: paginateDescribeTrustStoreRevocations,
    paginateDescribeTrustStores: paginateDescribeTrustStores,
};
const waiters = {
    waitUntilLoadBalancerAvailable: waitUntilLoadBalancerAvailable,
    waitUntilLoadBalancerExists: waitUntilLoadBalancerExists,
    waitUntilLoadBalancersDeleted: waitUntilLoadBalancersDeleted,
    waitUntilTargetDeregistered: waitUntilTargetDeregistered,
    waitUntilTargetInService: waitUntilTargetInService,
};
class ElasticLoadBalancingV2 extends ElasticLoadBalancingV2Client {
}
(0,submodules_client.createAggregatedClient)(commands, ElasticLoadBalancingV2, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/index.js




















































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/index.js











;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/waiters/index.js






;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/models/enums.js
const AuthenticateCognitoActionConditionalBehaviorEnum = {
    ALLOW: "allow",
    AUTHENTICATE: "authenticate",
    DENY: "deny",
};
const AuthenticateOidcActionConditionalBehaviorEnum = {
    ALLOW: "allow",
    AUTHENTICATE: "authenticate",
    DENY: "deny",
};
const JwtValidationActionAdditionalClaimFormatEnum = {
    SINGLE_STRING: "single-string",
    SPACE_SEPARATED_VALUES: "space-separated-values",
    STRING_ARRAY: "string-array",
};
const RedirectActionStatusCodeEnum = {
    HTTP_301: "HTTP_301",
    HTTP_302: "HTTP_302",
};
const ActionTypeEnum = {
    AUTHENTICATE_COGNITO: "authenticate-cognito",
    AUTHENTICATE_OIDC: "authenticate-oidc",
    FIXED_RESPONSE: "fixed-response",
    FORWARD: "forward",
    JWT_VALIDATION: "jwt-validation",
    REDIRECT: "redirect",
};
const RevocationType = {
    CRL: "CRL",
};
const TargetAdministrativeOverrideReasonEnum = {
    INTERNAL_ERROR: "AdministrativeOverride.Unknown",
    NO_OVERRIDE_ENGAGED: "AdministrativeOverride.NoOverride",
    ZONAL_SHIFT_DELEGATED_TO_DNS: "AdministrativeOverride.ZonalShiftDelegatedToDns",
    ZONAL_SHIFT_ENGAGED: "AdministrativeOverride.ZonalShiftActive",
};
const TargetAdministrativeOverrideStateEnum = {
    NO_OVERRIDE: "no_override",
    UNKNOWN: "unknown",
    ZONAL_SHIFT_ACTIVE: "zonal_shift_active",
    ZONAL_SHIFT_DELEGATED_TO_DNS: "zonal_shift_delegated_to_dns",
};
const AdvertiseTrustStoreCaNamesEnum = {
    off: "off",
    on: "on",
};
const MitigationInEffectEnum = {
    NO: "no",
    YES: "yes",
};
const AnomalyResultEnum = {
    ANOMALOUS: "anomalous",
    NORMAL: "normal",
};
const CapacityReservationStateEnum = {
    FAILED: "failed",
    PENDING: "pending",
    PROVISIONED: "provisioned",
    REBALANCING: "rebalancing",
};
const TrustStoreAssociationStatusEnum = {
    ACTIVE: "active",
    REMOVED: "removed",
};
const ProtocolEnum = {
    GENEVE: "GENEVE",
    HTTP: "HTTP",
    HTTPS: "HTTPS",
    QUIC: "QUIC",
    TCP: "TCP",
    TCP_QUIC: "TCP_QUIC",
    TCP_UDP: "TCP_UDP",
    TLS: "TLS",
    UDP: "UDP",
};
const EnablePrefixForIpv6SourceNatEnum = {
    OFF: "off",
    ON: "on",
};
const IpAddressType = {
    DUALSTACK: "dualstack",
    DUALSTACK_WITHOUT_PUBLIC_IPV4: "dualstack-without-public-ipv4",
    IPV4: "ipv4",
};
const LoadBalancerSchemeEnum = {
    INTERNAL: "internal",
    INTERNET_FACING: "internet-facing",
};
const LoadBalancerTypeEnum = {
    APPLICATION: "application",
    GATEWAY: "gateway",
    NETWORK: "network",
};
const LoadBalancerStateEnum = {
    ACTIVE: "active",
    ACTIVE_IMPAIRED: "active_impaired",
    FAILED: "failed",
    PROVISIONING: "provisioning",
};
const SourceIpAddressTypeEnum = {
    IPV4: "ipv4",
    IPV6: "ipv6",
};
const TransformTypeEnum = {
    HOST_HEADER_REWRITE: "host-header-rewrite",
    URL_REWRITE: "url-rewrite",
};
const TargetGroupIpAddressTypeEnum = {
    IPV4: "ipv4",
    IPV6: "ipv6",
};
const TargetTypeEnum = {
    ALB: "alb",
    INSTANCE: "instance",
    IP: "ip",
    LAMBDA: "lambda",
};
const TrustStoreStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
};
const DescribeTargetHealthInputIncludeEnum = {
    ALL: "All",
    ANOMALY: "AnomalyDetection",
};
const TargetHealthReasonEnum = {
    DEREGISTRATION_IN_PROGRESS: "Target.DeregistrationInProgress",
    FAILED_HEALTH_CHECKS: "Target.FailedHealthChecks",
    HEALTH_CHECK_DISABLED: "Target.HealthCheckDisabled",
    INITIAL_HEALTH_CHECKING: "Elb.InitialHealthChecking",
    INTERNAL_ERROR: "Elb.InternalError",
    INVALID_STATE: "Target.InvalidState",
    IP_UNUSABLE: "Target.IpUnusable",
    NOT_IN_USE: "Target.NotInUse",
    NOT_REGISTERED: "Target.NotRegistered",
    REGISTRATION_IN_PROGRESS: "Elb.RegistrationInProgress",
    RESPONSE_CODE_MISMATCH: "Target.ResponseCodeMismatch",
    TIMEOUT: "Target.Timeout",
};
const TargetHealthStateEnum = {
    DRAINING: "draining",
    HEALTHY: "healthy",
    INITIAL: "initial",
    UNAVAILABLE: "unavailable",
    UNHEALTHY: "unhealthy",
    UNHEALTHY_DRAINING: "unhealthy.draining",
    UNUSED: "unused",
};
const RemoveIpamPoolEnum = {
    ipv4: "ipv4",
};
const EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum = {
    off: "off",
    on: "on",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/models/errors.js
var errors = __webpack_require__(3580);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/models/ElasticLoadBalancingV2ServiceException.js
var ElasticLoadBalancingV2ServiceException = __webpack_require__(6781);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/index.js













/***/ })

};
;