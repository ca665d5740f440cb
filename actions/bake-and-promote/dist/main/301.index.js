"use strict";
exports.id = 301;
exports.ids = [301];
exports.modules = {

/***/ 1635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ GetMetricDataCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7489);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9645);


class GetMetricDataCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetMetricData", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetMetricData$ */ .xuT) {
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  ActionConfiguration$: () => (/* reexport */ schemas_0/* ActionConfiguration$ */.xIX),
  ActionsSuppressedBy: () => (/* reexport */ ActionsSuppressedBy),
  AlarmContributor$: () => (/* reexport */ schemas_0/* AlarmContributor$ */.dEg),
  AlarmHistoryItem$: () => (/* reexport */ schemas_0/* AlarmHistoryItem$ */.x53),
  AlarmMuteRuleStatus: () => (/* reexport */ AlarmMuteRuleStatus),
  AlarmMuteRuleSummary$: () => (/* reexport */ schemas_0/* AlarmMuteRuleSummary$ */.z5Z),
  AlarmPromQLCriteria$: () => (/* reexport */ schemas_0/* AlarmPromQLCriteria$ */.w9V),
  AlarmTagsPropagation$: () => (/* reexport */ schemas_0/* AlarmTagsPropagation$ */.vLp),
  AlarmType: () => (/* reexport */ AlarmType),
  AnomalyDetector$: () => (/* reexport */ schemas_0/* AnomalyDetector$ */.q4E),
  AnomalyDetectorAdaptationSpeed: () => (/* reexport */ AnomalyDetectorAdaptationSpeed),
  AnomalyDetectorConfiguration$: () => (/* reexport */ schemas_0/* AnomalyDetectorConfiguration$ */.O7W),
  AnomalyDetectorOutlierFilteringStrength: () => (/* reexport */ AnomalyDetectorOutlierFilteringStrength),
  AnomalyDetectorStateValue: () => (/* reexport */ AnomalyDetectorStateValue),
  AnomalyDetectorType: () => (/* reexport */ AnomalyDetectorType),
  AssociateDatasetKmsKey$: () => (/* reexport */ schemas_0/* AssociateDatasetKmsKey$ */.PHi),
  AssociateDatasetKmsKeyCommand: () => (/* reexport */ AssociateDatasetKmsKeyCommand),
  AssociateDatasetKmsKeyInput$: () => (/* reexport */ schemas_0/* AssociateDatasetKmsKeyInput$ */.xXd),
  AssociateDatasetKmsKeyOutput$: () => (/* reexport */ schemas_0/* AssociateDatasetKmsKeyOutput$ */.idy),
  CloudWatch: () => (/* reexport */ CloudWatch),
  CloudWatchClient: () => (/* reexport */ CloudWatchClient/* CloudWatchClient */.W),
  CloudWatchServiceException: () => (/* reexport */ CloudWatchServiceException/* CloudWatchServiceException */.j),
  CloudWatchServiceException$: () => (/* reexport */ schemas_0/* CloudWatchServiceException$ */.XO0),
  ComparisonOperator: () => (/* reexport */ ComparisonOperator),
  CompositeAlarm$: () => (/* reexport */ schemas_0/* CompositeAlarm$ */.NLq),
  ConcurrentModificationException: () => (/* reexport */ errors/* ConcurrentModificationException */.bF),
  ConcurrentModificationException$: () => (/* reexport */ schemas_0/* ConcurrentModificationException$ */.LOL),
  ConflictException: () => (/* reexport */ errors/* ConflictException */.cb),
  ConflictException$: () => (/* reexport */ schemas_0/* ConflictException$ */.onj),
  CreateResourceMetricsConfiguration$: () => (/* reexport */ schemas_0/* CreateResourceMetricsConfiguration$ */.In1),
  CreateResourceMetricsConfigurationCommand: () => (/* reexport */ CreateResourceMetricsConfigurationCommand),
  CreateResourceMetricsConfigurationInput$: () => (/* reexport */ schemas_0/* CreateResourceMetricsConfigurationInput$ */.i20),
  CreateResourceMetricsConfigurationOutput$: () => (/* reexport */ schemas_0/* CreateResourceMetricsConfigurationOutput$ */.Zde),
  DashboardEntry$: () => (/* reexport */ schemas_0/* DashboardEntry$ */.v2i),
  DashboardInvalidInputError: () => (/* reexport */ errors/* DashboardInvalidInputError */.g7),
  DashboardInvalidInputError$: () => (/* reexport */ schemas_0/* DashboardInvalidInputError$ */.IV4),
  DashboardNotFoundError: () => (/* reexport */ errors/* DashboardNotFoundError */.YW),
  DashboardNotFoundError$: () => (/* reexport */ schemas_0/* DashboardNotFoundError$ */.qJm),
  DashboardValidationMessage$: () => (/* reexport */ schemas_0/* DashboardValidationMessage$ */.HHJ),
  Datapoint$: () => (/* reexport */ schemas_0/* Datapoint$ */.V9K),
  DeleteAlarmMuteRule$: () => (/* reexport */ schemas_0/* DeleteAlarmMuteRule$ */.ULt),
  DeleteAlarmMuteRuleCommand: () => (/* reexport */ DeleteAlarmMuteRuleCommand),
  DeleteAlarmMuteRuleInput$: () => (/* reexport */ schemas_0/* DeleteAlarmMuteRuleInput$ */.m6i),
  DeleteAlarms$: () => (/* reexport */ schemas_0/* DeleteAlarms$ */._M9),
  DeleteAlarmsCommand: () => (/* reexport */ DeleteAlarmsCommand),
  DeleteAlarmsInput$: () => (/* reexport */ schemas_0/* DeleteAlarmsInput$ */.mSt),
  DeleteAnomalyDetector$: () => (/* reexport */ schemas_0/* DeleteAnomalyDetector$ */.vsI),
  DeleteAnomalyDetectorCommand: () => (/* reexport */ DeleteAnomalyDetectorCommand),
  DeleteAnomalyDetectorInput$: () => (/* reexport */ schemas_0/* DeleteAnomalyDetectorInput$ */.N0I),
  DeleteAnomalyDetectorOutput$: () => (/* reexport */ schemas_0/* DeleteAnomalyDetectorOutput$ */.kn6),
  DeleteDashboards$: () => (/* reexport */ schemas_0/* DeleteDashboards$ */.PDn),
  DeleteDashboardsCommand: () => (/* reexport */ DeleteDashboardsCommand),
  DeleteDashboardsInput$: () => (/* reexport */ schemas_0/* DeleteDashboardsInput$ */.H2y),
  DeleteDashboardsOutput$: () => (/* reexport */ schemas_0/* DeleteDashboardsOutput$ */.atS),
  DeleteInsightRules$: () => (/* reexport */ schemas_0/* DeleteInsightRules$ */.lJN),
  DeleteInsightRulesCommand: () => (/* reexport */ DeleteInsightRulesCommand),
  DeleteInsightRulesInput$: () => (/* reexport */ schemas_0/* DeleteInsightRulesInput$ */.jdY),
  DeleteInsightRulesOutput$: () => (/* reexport */ schemas_0/* DeleteInsightRulesOutput$ */.ARg),
  DeleteMetricStream$: () => (/* reexport */ schemas_0/* DeleteMetricStream$ */._b8),
  DeleteMetricStreamCommand: () => (/* reexport */ DeleteMetricStreamCommand),
  DeleteMetricStreamInput$: () => (/* reexport */ schemas_0/* DeleteMetricStreamInput$ */.wqF),
  DeleteMetricStreamOutput$: () => (/* reexport */ schemas_0/* DeleteMetricStreamOutput$ */.J8),
  DeleteResourceMetricsConfiguration$: () => (/* reexport */ schemas_0/* DeleteResourceMetricsConfiguration$ */.b7u),
  DeleteResourceMetricsConfigurationCommand: () => (/* reexport */ DeleteResourceMetricsConfigurationCommand),
  DeleteResourceMetricsConfigurationInput$: () => (/* reexport */ schemas_0/* DeleteResourceMetricsConfigurationInput$ */.jm6),
  DeleteResourceMetricsConfigurationOutput$: () => (/* reexport */ schemas_0/* DeleteResourceMetricsConfigurationOutput$ */.cgl),
  DescribeAlarmContributors$: () => (/* reexport */ schemas_0/* DescribeAlarmContributors$ */.jLs),
  DescribeAlarmContributorsCommand: () => (/* reexport */ DescribeAlarmContributorsCommand),
  DescribeAlarmContributorsInput$: () => (/* reexport */ schemas_0/* DescribeAlarmContributorsInput$ */.hLP),
  DescribeAlarmContributorsOutput$: () => (/* reexport */ schemas_0/* DescribeAlarmContributorsOutput$ */.CXl),
  DescribeAlarmHistory$: () => (/* reexport */ schemas_0/* DescribeAlarmHistory$ */.n5D),
  DescribeAlarmHistoryCommand: () => (/* reexport */ DescribeAlarmHistoryCommand),
  DescribeAlarmHistoryInput$: () => (/* reexport */ schemas_0/* DescribeAlarmHistoryInput$ */.ze5),
  DescribeAlarmHistoryOutput$: () => (/* reexport */ schemas_0/* DescribeAlarmHistoryOutput$ */.qr_),
  DescribeAlarms$: () => (/* reexport */ schemas_0/* DescribeAlarms$ */.K7p),
  DescribeAlarmsCommand: () => (/* reexport */ DescribeAlarmsCommand/* DescribeAlarmsCommand */.z),
  DescribeAlarmsForMetric$: () => (/* reexport */ schemas_0/* DescribeAlarmsForMetric$ */.lTJ),
  DescribeAlarmsForMetricCommand: () => (/* reexport */ DescribeAlarmsForMetricCommand),
  DescribeAlarmsForMetricInput$: () => (/* reexport */ schemas_0/* DescribeAlarmsForMetricInput$ */.xqL),
  DescribeAlarmsForMetricOutput$: () => (/* reexport */ schemas_0/* DescribeAlarmsForMetricOutput$ */.I9A),
  DescribeAlarmsInput$: () => (/* reexport */ schemas_0/* DescribeAlarmsInput$ */.McC),
  DescribeAlarmsOutput$: () => (/* reexport */ schemas_0/* DescribeAlarmsOutput$ */.pOH),
  DescribeAnomalyDetectors$: () => (/* reexport */ schemas_0/* DescribeAnomalyDetectors$ */.KWe),
  DescribeAnomalyDetectorsCommand: () => (/* reexport */ DescribeAnomalyDetectorsCommand),
  DescribeAnomalyDetectorsInput$: () => (/* reexport */ schemas_0/* DescribeAnomalyDetectorsInput$ */.iKc),
  DescribeAnomalyDetectorsOutput$: () => (/* reexport */ schemas_0/* DescribeAnomalyDetectorsOutput$ */.H4Y),
  DescribeInsightRules$: () => (/* reexport */ schemas_0/* DescribeInsightRules$ */.ZIO),
  DescribeInsightRulesCommand: () => (/* reexport */ DescribeInsightRulesCommand),
  DescribeInsightRulesInput$: () => (/* reexport */ schemas_0/* DescribeInsightRulesInput$ */.t3X),
  DescribeInsightRulesOutput$: () => (/* reexport */ schemas_0/* DescribeInsightRulesOutput$ */.kqb),
  Dimension$: () => (/* reexport */ schemas_0/* Dimension$ */.LpC),
  DimensionFilter$: () => (/* reexport */ schemas_0/* DimensionFilter$ */.pBv),
  DisableAlarmActions$: () => (/* reexport */ schemas_0/* DisableAlarmActions$ */.NyH),
  DisableAlarmActionsCommand: () => (/* reexport */ DisableAlarmActionsCommand),
  DisableAlarmActionsInput$: () => (/* reexport */ schemas_0/* DisableAlarmActionsInput$ */.BxP),
  DisableInsightRules$: () => (/* reexport */ schemas_0/* DisableInsightRules$ */.UlK),
  DisableInsightRulesCommand: () => (/* reexport */ DisableInsightRulesCommand),
  DisableInsightRulesInput$: () => (/* reexport */ schemas_0/* DisableInsightRulesInput$ */.MPT),
  DisableInsightRulesOutput$: () => (/* reexport */ schemas_0/* DisableInsightRulesOutput$ */.tdG),
  DisassociateDatasetKmsKey$: () => (/* reexport */ schemas_0/* DisassociateDatasetKmsKey$ */.F7m),
  DisassociateDatasetKmsKeyCommand: () => (/* reexport */ DisassociateDatasetKmsKeyCommand),
  DisassociateDatasetKmsKeyInput$: () => (/* reexport */ schemas_0/* DisassociateDatasetKmsKeyInput$ */.VqI),
  DisassociateDatasetKmsKeyOutput$: () => (/* reexport */ schemas_0/* DisassociateDatasetKmsKeyOutput$ */.s5T),
  EnableAlarmActions$: () => (/* reexport */ schemas_0/* EnableAlarmActions$ */.uLH),
  EnableAlarmActionsCommand: () => (/* reexport */ EnableAlarmActionsCommand),
  EnableAlarmActionsInput$: () => (/* reexport */ schemas_0/* EnableAlarmActionsInput$ */.AwF),
  EnableInsightRules$: () => (/* reexport */ schemas_0/* EnableInsightRules$ */.ppY),
  EnableInsightRulesCommand: () => (/* reexport */ EnableInsightRulesCommand),
  EnableInsightRulesInput$: () => (/* reexport */ schemas_0/* EnableInsightRulesInput$ */.JMI),
  EnableInsightRulesOutput$: () => (/* reexport */ schemas_0/* EnableInsightRulesOutput$ */.Kcd),
  Entity$: () => (/* reexport */ schemas_0/* Entity$ */.sco),
  EntityMetricData$: () => (/* reexport */ schemas_0/* EntityMetricData$ */.sC4),
  EvaluationCriteria$: () => (/* reexport */ schemas_0/* EvaluationCriteria$ */.kQH),
  EvaluationState: () => (/* reexport */ EvaluationState),
  EvaluationWindow$: () => (/* reexport */ schemas_0/* EvaluationWindow$ */.D53),
  GetAlarmMuteRule$: () => (/* reexport */ schemas_0/* GetAlarmMuteRule$ */.zjZ),
  GetAlarmMuteRuleCommand: () => (/* reexport */ GetAlarmMuteRuleCommand),
  GetAlarmMuteRuleInput$: () => (/* reexport */ schemas_0/* GetAlarmMuteRuleInput$ */.Hcu),
  GetAlarmMuteRuleOutput$: () => (/* reexport */ schemas_0/* GetAlarmMuteRuleOutput$ */.Mwl),
  GetDashboard$: () => (/* reexport */ schemas_0/* GetDashboard$ */.Z3D),
  GetDashboardCommand: () => (/* reexport */ GetDashboardCommand),
  GetDashboardInput$: () => (/* reexport */ schemas_0/* GetDashboardInput$ */.J81),
  GetDashboardOutput$: () => (/* reexport */ schemas_0/* GetDashboardOutput$ */.wbx),
  GetDataset$: () => (/* reexport */ schemas_0/* GetDataset$ */.NlW),
  GetDatasetCommand: () => (/* reexport */ GetDatasetCommand),
  GetDatasetInput$: () => (/* reexport */ schemas_0/* GetDatasetInput$ */.vlw),
  GetDatasetOutput$: () => (/* reexport */ schemas_0/* GetDatasetOutput$ */.SwZ),
  GetInsightRuleReport$: () => (/* reexport */ schemas_0/* GetInsightRuleReport$ */.fgG),
  GetInsightRuleReportCommand: () => (/* reexport */ GetInsightRuleReportCommand),
  GetInsightRuleReportInput$: () => (/* reexport */ schemas_0/* GetInsightRuleReportInput$ */.fBx),
  GetInsightRuleReportOutput$: () => (/* reexport */ schemas_0/* GetInsightRuleReportOutput$ */.AP5),
  GetMetricData$: () => (/* reexport */ schemas_0/* GetMetricData$ */.xuT),
  GetMetricDataCommand: () => (/* reexport */ GetMetricDataCommand/* GetMetricDataCommand */.S),
  GetMetricDataInput$: () => (/* reexport */ schemas_0/* GetMetricDataInput$ */.fKu),
  GetMetricDataOutput$: () => (/* reexport */ schemas_0/* GetMetricDataOutput$ */.Iey),
  GetMetricStatistics$: () => (/* reexport */ schemas_0/* GetMetricStatistics$ */.sRt),
  GetMetricStatisticsCommand: () => (/* reexport */ GetMetricStatisticsCommand),
  GetMetricStatisticsInput$: () => (/* reexport */ schemas_0/* GetMetricStatisticsInput$ */.Kko),
  GetMetricStatisticsOutput$: () => (/* reexport */ schemas_0/* GetMetricStatisticsOutput$ */.raX),
  GetMetricStream$: () => (/* reexport */ schemas_0/* GetMetricStream$ */.HDP),
  GetMetricStreamCommand: () => (/* reexport */ GetMetricStreamCommand),
  GetMetricStreamInput$: () => (/* reexport */ schemas_0/* GetMetricStreamInput$ */.nGI),
  GetMetricStreamOutput$: () => (/* reexport */ schemas_0/* GetMetricStreamOutput$ */.cmG),
  GetMetricWidgetImage$: () => (/* reexport */ schemas_0/* GetMetricWidgetImage$ */.oH$),
  GetMetricWidgetImageCommand: () => (/* reexport */ GetMetricWidgetImageCommand),
  GetMetricWidgetImageInput$: () => (/* reexport */ schemas_0/* GetMetricWidgetImageInput$ */.olV),
  GetMetricWidgetImageOutput$: () => (/* reexport */ schemas_0/* GetMetricWidgetImageOutput$ */.ZTj),
  GetOTelEnrichment$: () => (/* reexport */ schemas_0/* GetOTelEnrichment$ */.MFQ),
  GetOTelEnrichmentCommand: () => (/* reexport */ GetOTelEnrichmentCommand),
  GetOTelEnrichmentInput$: () => (/* reexport */ schemas_0/* GetOTelEnrichmentInput$ */.ch2),
  GetOTelEnrichmentOutput$: () => (/* reexport */ schemas_0/* GetOTelEnrichmentOutput$ */.X_Z),
  GetResourceMetricsConfiguration$: () => (/* reexport */ schemas_0/* GetResourceMetricsConfiguration$ */.sS_),
  GetResourceMetricsConfigurationCommand: () => (/* reexport */ GetResourceMetricsConfigurationCommand),
  GetResourceMetricsConfigurationInput$: () => (/* reexport */ schemas_0/* GetResourceMetricsConfigurationInput$ */.qr3),
  GetResourceMetricsConfigurationOutput$: () => (/* reexport */ schemas_0/* GetResourceMetricsConfigurationOutput$ */.XVK),
  HistoryItemType: () => (/* reexport */ HistoryItemType),
  InsightRule$: () => (/* reexport */ schemas_0/* InsightRule$ */.ru2),
  InsightRuleContributor$: () => (/* reexport */ schemas_0/* InsightRuleContributor$ */.scd),
  InsightRuleContributorDatapoint$: () => (/* reexport */ schemas_0/* InsightRuleContributorDatapoint$ */.Cs2),
  InsightRuleMetricDatapoint$: () => (/* reexport */ schemas_0/* InsightRuleMetricDatapoint$ */.lj7),
  InternalServiceFault: () => (/* reexport */ errors/* InternalServiceFault */.dc),
  InternalServiceFault$: () => (/* reexport */ schemas_0/* InternalServiceFault$ */.xJA),
  InvalidFormatFault: () => (/* reexport */ errors/* InvalidFormatFault */.$h),
  InvalidFormatFault$: () => (/* reexport */ schemas_0/* InvalidFormatFault$ */.Py6),
  InvalidNextToken: () => (/* reexport */ errors/* InvalidNextToken */.mP),
  InvalidNextToken$: () => (/* reexport */ schemas_0/* InvalidNextToken$ */.ogQ),
  InvalidParameterCombinationException: () => (/* reexport */ errors/* InvalidParameterCombinationException */.zU),
  InvalidParameterCombinationException$: () => (/* reexport */ schemas_0/* InvalidParameterCombinationException$ */.$Ts),
  InvalidParameterValueException: () => (/* reexport */ errors/* InvalidParameterValueException */.LN),
  InvalidParameterValueException$: () => (/* reexport */ schemas_0/* InvalidParameterValueException$ */.R9e),
  KmsAccessDeniedException: () => (/* reexport */ errors/* KmsAccessDeniedException */._U),
  KmsAccessDeniedException$: () => (/* reexport */ schemas_0/* KmsAccessDeniedException$ */.MbV),
  KmsKeyDisabledException: () => (/* reexport */ errors/* KmsKeyDisabledException */.oG),
  KmsKeyDisabledException$: () => (/* reexport */ schemas_0/* KmsKeyDisabledException$ */.CRw),
  KmsKeyNotFoundException: () => (/* reexport */ errors/* KmsKeyNotFoundException */.D6),
  KmsKeyNotFoundException$: () => (/* reexport */ schemas_0/* KmsKeyNotFoundException$ */.Ne_),
  LabelOptions$: () => (/* reexport */ schemas_0/* LabelOptions$ */.Z11),
  LimitExceededException: () => (/* reexport */ errors/* LimitExceededException */.UC),
  LimitExceededException$: () => (/* reexport */ schemas_0/* LimitExceededException$ */.qrA),
  LimitExceededFault: () => (/* reexport */ errors/* LimitExceededFault */.P),
  LimitExceededFault$: () => (/* reexport */ schemas_0/* LimitExceededFault$ */.rDg),
  ListAlarmMuteRules$: () => (/* reexport */ schemas_0/* ListAlarmMuteRules$ */._vr),
  ListAlarmMuteRulesCommand: () => (/* reexport */ ListAlarmMuteRulesCommand),
  ListAlarmMuteRulesInput$: () => (/* reexport */ schemas_0/* ListAlarmMuteRulesInput$ */.A2f),
  ListAlarmMuteRulesOutput$: () => (/* reexport */ schemas_0/* ListAlarmMuteRulesOutput$ */.tqK),
  ListDashboards$: () => (/* reexport */ schemas_0/* ListDashboards$ */.Avf),
  ListDashboardsCommand: () => (/* reexport */ ListDashboardsCommand),
  ListDashboardsInput$: () => (/* reexport */ schemas_0/* ListDashboardsInput$ */.WoP),
  ListDashboardsOutput$: () => (/* reexport */ schemas_0/* ListDashboardsOutput$ */.XAr),
  ListManagedInsightRules$: () => (/* reexport */ schemas_0/* ListManagedInsightRules$ */.n05),
  ListManagedInsightRulesCommand: () => (/* reexport */ ListManagedInsightRulesCommand),
  ListManagedInsightRulesInput$: () => (/* reexport */ schemas_0/* ListManagedInsightRulesInput$ */.Xdk),
  ListManagedInsightRulesOutput$: () => (/* reexport */ schemas_0/* ListManagedInsightRulesOutput$ */.SCA),
  ListMetricStreams$: () => (/* reexport */ schemas_0/* ListMetricStreams$ */.cos),
  ListMetricStreamsCommand: () => (/* reexport */ ListMetricStreamsCommand),
  ListMetricStreamsInput$: () => (/* reexport */ schemas_0/* ListMetricStreamsInput$ */.aB_),
  ListMetricStreamsOutput$: () => (/* reexport */ schemas_0/* ListMetricStreamsOutput$ */.bDk),
  ListMetrics$: () => (/* reexport */ schemas_0/* ListMetrics$ */.c_n),
  ListMetricsCommand: () => (/* reexport */ ListMetricsCommand),
  ListMetricsInput$: () => (/* reexport */ schemas_0/* ListMetricsInput$ */.uT5),
  ListMetricsOutput$: () => (/* reexport */ schemas_0/* ListMetricsOutput$ */.jHJ),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tzn),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand),
  ListTagsForResourceInput$: () => (/* reexport */ schemas_0/* ListTagsForResourceInput$ */.tT9),
  ListTagsForResourceOutput$: () => (/* reexport */ schemas_0/* ListTagsForResourceOutput$ */.qbO),
  LogAlarm$: () => (/* reexport */ schemas_0/* LogAlarm$ */.Ucq),
  ManagedRule$: () => (/* reexport */ schemas_0/* ManagedRule$ */.khg),
  ManagedRuleDescription$: () => (/* reexport */ schemas_0/* ManagedRuleDescription$ */.OXe),
  ManagedRuleState$: () => (/* reexport */ schemas_0/* ManagedRuleState$ */.FxF),
  MessageData$: () => (/* reexport */ schemas_0/* MessageData$ */.opW),
  Metric$: () => (/* reexport */ schemas_0/* Metric$ */.RRA),
  MetricAlarm$: () => (/* reexport */ schemas_0/* MetricAlarm$ */.uXH),
  MetricCharacteristics$: () => (/* reexport */ schemas_0/* MetricCharacteristics$ */.rUH),
  MetricDataQuery$: () => (/* reexport */ schemas_0/* MetricDataQuery$ */.Pdt),
  MetricDataResult$: () => (/* reexport */ schemas_0/* MetricDataResult$ */.qMj),
  MetricDatum$: () => (/* reexport */ schemas_0/* MetricDatum$ */._Wm),
  MetricMathAnomalyDetector$: () => (/* reexport */ schemas_0/* MetricMathAnomalyDetector$ */.WHn),
  MetricStat$: () => (/* reexport */ schemas_0/* MetricStat$ */.tQm),
  MetricStreamEntry$: () => (/* reexport */ schemas_0/* MetricStreamEntry$ */.v5C),
  MetricStreamFilter$: () => (/* reexport */ schemas_0/* MetricStreamFilter$ */.brN),
  MetricStreamOutputFormat: () => (/* reexport */ MetricStreamOutputFormat),
  MetricStreamStatisticsConfiguration$: () => (/* reexport */ schemas_0/* MetricStreamStatisticsConfiguration$ */.e_E),
  MetricStreamStatisticsMetric$: () => (/* reexport */ schemas_0/* MetricStreamStatisticsMetric$ */.yLA),
  MissingRequiredParameterException: () => (/* reexport */ errors/* MissingRequiredParameterException */.Cj),
  MissingRequiredParameterException$: () => (/* reexport */ schemas_0/* MissingRequiredParameterException$ */.sOf),
  MuteTargets$: () => (/* reexport */ schemas_0/* MuteTargets$ */.yX9),
  OTelEnrichmentMetricSelector$: () => (/* reexport */ schemas_0/* OTelEnrichmentMetricSelector$ */.bRo),
  OTelEnrichmentStatus: () => (/* reexport */ OTelEnrichmentStatus),
  PartialFailure$: () => (/* reexport */ schemas_0/* PartialFailure$ */.KK0),
  PutAlarmMuteRule$: () => (/* reexport */ schemas_0/* PutAlarmMuteRule$ */.kfb),
  PutAlarmMuteRuleCommand: () => (/* reexport */ PutAlarmMuteRuleCommand),
  PutAlarmMuteRuleInput$: () => (/* reexport */ schemas_0/* PutAlarmMuteRuleInput$ */.SS2),
  PutAnomalyDetector$: () => (/* reexport */ schemas_0/* PutAnomalyDetector$ */.zkM),
  PutAnomalyDetectorCommand: () => (/* reexport */ PutAnomalyDetectorCommand),
  PutAnomalyDetectorInput$: () => (/* reexport */ schemas_0/* PutAnomalyDetectorInput$ */.jhM),
  PutAnomalyDetectorOutput$: () => (/* reexport */ schemas_0/* PutAnomalyDetectorOutput$ */.OAv),
  PutCompositeAlarm$: () => (/* reexport */ schemas_0/* PutCompositeAlarm$ */.EGy),
  PutCompositeAlarmCommand: () => (/* reexport */ PutCompositeAlarmCommand),
  PutCompositeAlarmInput$: () => (/* reexport */ schemas_0/* PutCompositeAlarmInput$ */.itQ),
  PutDashboard$: () => (/* reexport */ schemas_0/* PutDashboard$ */.q3),
  PutDashboardCommand: () => (/* reexport */ PutDashboardCommand),
  PutDashboardInput$: () => (/* reexport */ schemas_0/* PutDashboardInput$ */.wWc),
  PutDashboardOutput$: () => (/* reexport */ schemas_0/* PutDashboardOutput$ */.laM),
  PutInsightRule$: () => (/* reexport */ schemas_0/* PutInsightRule$ */.O0E),
  PutInsightRuleCommand: () => (/* reexport */ PutInsightRuleCommand),
  PutInsightRuleInput$: () => (/* reexport */ schemas_0/* PutInsightRuleInput$ */.iwX),
  PutInsightRuleOutput$: () => (/* reexport */ schemas_0/* PutInsightRuleOutput$ */.lFg),
  PutLogAlarm$: () => (/* reexport */ schemas_0/* PutLogAlarm$ */.VbQ),
  PutLogAlarmCommand: () => (/* reexport */ PutLogAlarmCommand),
  PutLogAlarmInput$: () => (/* reexport */ schemas_0/* PutLogAlarmInput$ */.J4_),
  PutManagedInsightRules$: () => (/* reexport */ schemas_0/* PutManagedInsightRules$ */.sr7),
  PutManagedInsightRulesCommand: () => (/* reexport */ PutManagedInsightRulesCommand),
  PutManagedInsightRulesInput$: () => (/* reexport */ schemas_0/* PutManagedInsightRulesInput$ */.wvE),
  PutManagedInsightRulesOutput$: () => (/* reexport */ schemas_0/* PutManagedInsightRulesOutput$ */.ltw),
  PutMetricAlarm$: () => (/* reexport */ schemas_0/* PutMetricAlarm$ */.xg9),
  PutMetricAlarmCommand: () => (/* reexport */ PutMetricAlarmCommand),
  PutMetricAlarmInput$: () => (/* reexport */ schemas_0/* PutMetricAlarmInput$ */.r06),
  PutMetricData$: () => (/* reexport */ schemas_0/* PutMetricData$ */._pc),
  PutMetricDataCommand: () => (/* reexport */ PutMetricDataCommand),
  PutMetricDataInput$: () => (/* reexport */ schemas_0/* PutMetricDataInput$ */.aF6),
  PutMetricStream$: () => (/* reexport */ schemas_0/* PutMetricStream$ */.ar7),
  PutMetricStreamCommand: () => (/* reexport */ PutMetricStreamCommand),
  PutMetricStreamInput$: () => (/* reexport */ schemas_0/* PutMetricStreamInput$ */.cyZ),
  PutMetricStreamOutput$: () => (/* reexport */ schemas_0/* PutMetricStreamOutput$ */.TlR),
  Range$: () => (/* reexport */ schemas_0/* Range$ */.eRO),
  RecentlyActive: () => (/* reexport */ RecentlyActive),
  ResourceConflict: () => (/* reexport */ errors/* ResourceConflict */.NX),
  ResourceConflict$: () => (/* reexport */ schemas_0/* ResourceConflict$ */.Xl_),
  ResourceMetricSelection$: () => (/* reexport */ schemas_0/* ResourceMetricSelection$ */.hnJ),
  ResourceMetricsConfiguration$: () => (/* reexport */ schemas_0/* ResourceMetricsConfiguration$ */._ML),
  ResourceNotFound: () => (/* reexport */ errors/* ResourceNotFound */.MI),
  ResourceNotFound$: () => (/* reexport */ schemas_0/* ResourceNotFound$ */.u9i),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lut),
  Rule$: () => (/* reexport */ schemas_0/* Rule$ */.BM3),
  ScanBy: () => (/* reexport */ ScanBy),
  Schedule$: () => (/* reexport */ schemas_0/* Schedule$ */._Mo),
  ScheduleConfiguration$: () => (/* reexport */ schemas_0/* ScheduleConfiguration$ */.wYP),
  ScheduledQueryConfiguration$: () => (/* reexport */ schemas_0/* ScheduledQueryConfiguration$ */.IOQ),
  SetAlarmState$: () => (/* reexport */ schemas_0/* SetAlarmState$ */.TAK),
  SetAlarmStateCommand: () => (/* reexport */ SetAlarmStateCommand),
  SetAlarmStateInput$: () => (/* reexport */ schemas_0/* SetAlarmStateInput$ */.h4D),
  SingleMetricAnomalyDetector$: () => (/* reexport */ schemas_0/* SingleMetricAnomalyDetector$ */.uoA),
  SlidingWindow$: () => (/* reexport */ schemas_0/* SlidingWindow$ */.ltX),
  StandardUnit: () => (/* reexport */ StandardUnit),
  StartMetricStreams$: () => (/* reexport */ schemas_0/* StartMetricStreams$ */.gbz),
  StartMetricStreamsCommand: () => (/* reexport */ StartMetricStreamsCommand),
  StartMetricStreamsInput$: () => (/* reexport */ schemas_0/* StartMetricStreamsInput$ */.sHJ),
  StartMetricStreamsOutput$: () => (/* reexport */ schemas_0/* StartMetricStreamsOutput$ */.lfp),
  StartOTelEnrichment$: () => (/* reexport */ schemas_0/* StartOTelEnrichment$ */.OG3),
  StartOTelEnrichmentCommand: () => (/* reexport */ StartOTelEnrichmentCommand),
  StartOTelEnrichmentInput$: () => (/* reexport */ schemas_0/* StartOTelEnrichmentInput$ */.Apl),
  StartOTelEnrichmentOutput$: () => (/* reexport */ schemas_0/* StartOTelEnrichmentOutput$ */.vuq),
  StateValue: () => (/* reexport */ StateValue),
  Statistic: () => (/* reexport */ Statistic),
  StatisticSet$: () => (/* reexport */ schemas_0/* StatisticSet$ */.tg),
  StatusCode: () => (/* reexport */ StatusCode),
  StopMetricStreams$: () => (/* reexport */ schemas_0/* StopMetricStreams$ */.QOF),
  StopMetricStreamsCommand: () => (/* reexport */ StopMetricStreamsCommand),
  StopMetricStreamsInput$: () => (/* reexport */ schemas_0/* StopMetricStreamsInput$ */.ulN),
  StopMetricStreamsOutput$: () => (/* reexport */ schemas_0/* StopMetricStreamsOutput$ */.fXB),
  StopOTelEnrichment$: () => (/* reexport */ schemas_0/* StopOTelEnrichment$ */.K52),
  StopOTelEnrichmentCommand: () => (/* reexport */ StopOTelEnrichmentCommand),
  StopOTelEnrichmentInput$: () => (/* reexport */ schemas_0/* StopOTelEnrichmentInput$ */.o8_),
  StopOTelEnrichmentOutput$: () => (/* reexport */ schemas_0/* StopOTelEnrichmentOutput$ */.T95),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jqp),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand),
  TagResourceInput$: () => (/* reexport */ schemas_0/* TagResourceInput$ */.jej),
  TagResourceOutput$: () => (/* reexport */ schemas_0/* TagResourceOutput$ */.y9$),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AUX),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceInput$: () => (/* reexport */ schemas_0/* UntagResourceInput$ */.gU4),
  UntagResourceOutput$: () => (/* reexport */ schemas_0/* UntagResourceOutput$ */.PnN),
  UpdateOTelEnrichment$: () => (/* reexport */ schemas_0/* UpdateOTelEnrichment$ */.VSO),
  UpdateOTelEnrichmentCommand: () => (/* reexport */ UpdateOTelEnrichmentCommand),
  UpdateOTelEnrichmentInput$: () => (/* reexport */ schemas_0/* UpdateOTelEnrichmentInput$ */.fil),
  UpdateOTelEnrichmentOutput$: () => (/* reexport */ schemas_0/* UpdateOTelEnrichmentOutput$ */.alD),
  UpdateResourceMetricsConfiguration$: () => (/* reexport */ schemas_0/* UpdateResourceMetricsConfiguration$ */.Dyv),
  UpdateResourceMetricsConfigurationCommand: () => (/* reexport */ UpdateResourceMetricsConfigurationCommand),
  UpdateResourceMetricsConfigurationInput$: () => (/* reexport */ schemas_0/* UpdateResourceMetricsConfigurationInput$ */.RGV),
  UpdateResourceMetricsConfigurationOutput$: () => (/* reexport */ schemas_0/* UpdateResourceMetricsConfigurationOutput$ */.sx4),
  ValidationException: () => (/* reexport */ errors/* ValidationException */.dr),
  ValidationException$: () => (/* reexport */ schemas_0/* ValidationException$ */.fNg),
  WallClockWindow$: () => (/* reexport */ schemas_0/* WallClockWindow$ */.Fpi),
  WarmUpConfiguration$: () => (/* reexport */ schemas_0/* WarmUpConfiguration$ */.NvZ),
  __Client: () => (/* reexport */ CloudWatchClient/* __Client */.g),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateDescribeAlarmHistory: () => (/* reexport */ paginateDescribeAlarmHistory),
  paginateDescribeAlarms: () => (/* reexport */ paginateDescribeAlarms),
  paginateDescribeAnomalyDetectors: () => (/* reexport */ paginateDescribeAnomalyDetectors),
  paginateDescribeInsightRules: () => (/* reexport */ paginateDescribeInsightRules),
  paginateGetMetricData: () => (/* reexport */ paginateGetMetricData),
  paginateListAlarmMuteRules: () => (/* reexport */ paginateListAlarmMuteRules),
  paginateListDashboards: () => (/* reexport */ paginateListDashboards),
  paginateListManagedInsightRules: () => (/* reexport */ paginateListManagedInsightRules),
  paginateListMetricStreams: () => (/* reexport */ paginateListMetricStreams),
  paginateListMetrics: () => (/* reexport */ paginateListMetrics),
  waitForAlarmExists: () => (/* reexport */ waitForAlarmExists),
  waitForAlarmMuteRuleExists: () => (/* reexport */ waitForAlarmMuteRuleExists),
  waitForCompositeAlarmExists: () => (/* reexport */ waitForCompositeAlarmExists),
  waitForLogAlarmExists: () => (/* reexport */ waitForLogAlarmExists),
  waitUntilAlarmExists: () => (/* reexport */ waitUntilAlarmExists),
  waitUntilAlarmMuteRuleExists: () => (/* reexport */ waitUntilAlarmMuteRuleExists),
  waitUntilCompositeAlarmExists: () => (/* reexport */ waitUntilCompositeAlarmExists),
  waitUntilLogAlarmExists: () => (/* reexport */ waitUntilLogAlarmExists)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/CloudWatchClient.js + 11 modules
var CloudWatchClient = __webpack_require__(4234);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js + 6 modules
var commandBuilder = __webpack_require__(7489);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(9645);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/AssociateDatasetKmsKeyCommand.js


class AssociateDatasetKmsKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateDatasetKmsKey", schemas_0/* AssociateDatasetKmsKey$ */.PHi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/CreateResourceMetricsConfigurationCommand.js


class CreateResourceMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateResourceMetricsConfiguration", schemas_0/* CreateResourceMetricsConfiguration$ */.In1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteAlarmMuteRuleCommand.js


class DeleteAlarmMuteRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAlarmMuteRule", schemas_0/* DeleteAlarmMuteRule$ */.ULt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteAlarmsCommand.js


class DeleteAlarmsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAlarms", schemas_0/* DeleteAlarms$ */._M9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteAnomalyDetectorCommand.js


class DeleteAnomalyDetectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAnomalyDetector", schemas_0/* DeleteAnomalyDetector$ */.vsI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteDashboardsCommand.js


class DeleteDashboardsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDashboards", schemas_0/* DeleteDashboards$ */.PDn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteInsightRulesCommand.js


class DeleteInsightRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteInsightRules", schemas_0/* DeleteInsightRules$ */.lJN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteMetricStreamCommand.js


class DeleteMetricStreamCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteMetricStream", schemas_0/* DeleteMetricStream$ */._b8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DeleteResourceMetricsConfigurationCommand.js


class DeleteResourceMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourceMetricsConfiguration", schemas_0/* DeleteResourceMetricsConfiguration$ */.b7u) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmContributorsCommand.js


class DescribeAlarmContributorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAlarmContributors", schemas_0/* DescribeAlarmContributors$ */.jLs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmHistoryCommand.js


class DescribeAlarmHistoryCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAlarmHistory", schemas_0/* DescribeAlarmHistory$ */.n5D) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmsCommand.js
var DescribeAlarmsCommand = __webpack_require__(2188);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmsForMetricCommand.js


class DescribeAlarmsForMetricCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAlarmsForMetric", schemas_0/* DescribeAlarmsForMetric$ */.lTJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAnomalyDetectorsCommand.js


class DescribeAnomalyDetectorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeAnomalyDetectors", schemas_0/* DescribeAnomalyDetectors$ */.KWe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeInsightRulesCommand.js


class DescribeInsightRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeInsightRules", schemas_0/* DescribeInsightRules$ */.ZIO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DisableAlarmActionsCommand.js


class DisableAlarmActionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisableAlarmActions", schemas_0/* DisableAlarmActions$ */.NyH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DisableInsightRulesCommand.js


class DisableInsightRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisableInsightRules", schemas_0/* DisableInsightRules$ */.UlK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DisassociateDatasetKmsKeyCommand.js


class DisassociateDatasetKmsKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisassociateDatasetKmsKey", schemas_0/* DisassociateDatasetKmsKey$ */.F7m) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/EnableAlarmActionsCommand.js


class EnableAlarmActionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "EnableAlarmActions", schemas_0/* EnableAlarmActions$ */.uLH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/EnableInsightRulesCommand.js


class EnableInsightRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "EnableInsightRules", schemas_0/* EnableInsightRules$ */.ppY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetAlarmMuteRuleCommand.js


class GetAlarmMuteRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAlarmMuteRule", schemas_0/* GetAlarmMuteRule$ */.zjZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetDashboardCommand.js


class GetDashboardCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDashboard", schemas_0/* GetDashboard$ */.Z3D) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetDatasetCommand.js


class GetDatasetCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDataset", schemas_0/* GetDataset$ */.NlW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetInsightRuleReportCommand.js


class GetInsightRuleReportCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetInsightRuleReport", schemas_0/* GetInsightRuleReport$ */.fgG) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricDataCommand.js
var GetMetricDataCommand = __webpack_require__(1635);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricStatisticsCommand.js


class GetMetricStatisticsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMetricStatistics", schemas_0/* GetMetricStatistics$ */.sRt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricStreamCommand.js


class GetMetricStreamCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMetricStream", schemas_0/* GetMetricStream$ */.HDP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricWidgetImageCommand.js


class GetMetricWidgetImageCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMetricWidgetImage", schemas_0/* GetMetricWidgetImage$ */.oH$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetOTelEnrichmentCommand.js


class GetOTelEnrichmentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOTelEnrichment", schemas_0/* GetOTelEnrichment$ */.MFQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetResourceMetricsConfigurationCommand.js


class GetResourceMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResourceMetricsConfiguration", schemas_0/* GetResourceMetricsConfiguration$ */.sS_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/ListAlarmMuteRulesCommand.js


class ListAlarmMuteRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAlarmMuteRules", schemas_0/* ListAlarmMuteRules$ */._vr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/ListDashboardsCommand.js


class ListDashboardsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDashboards", schemas_0/* ListDashboards$ */.Avf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/ListManagedInsightRulesCommand.js


class ListManagedInsightRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListManagedInsightRules", schemas_0/* ListManagedInsightRules$ */.n05) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/ListMetricsCommand.js


class ListMetricsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListMetrics", schemas_0/* ListMetrics$ */.c_n) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/ListMetricStreamsCommand.js


class ListMetricStreamsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListMetricStreams", schemas_0/* ListMetricStreams$ */.cos) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutAlarmMuteRuleCommand.js


class PutAlarmMuteRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAlarmMuteRule", schemas_0/* PutAlarmMuteRule$ */.kfb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutAnomalyDetectorCommand.js


class PutAnomalyDetectorCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutAnomalyDetector", schemas_0/* PutAnomalyDetector$ */.zkM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutCompositeAlarmCommand.js


class PutCompositeAlarmCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutCompositeAlarm", schemas_0/* PutCompositeAlarm$ */.EGy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutDashboardCommand.js


class PutDashboardCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutDashboard", schemas_0/* PutDashboard$ */.q3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutInsightRuleCommand.js


class PutInsightRuleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutInsightRule", schemas_0/* PutInsightRule$ */.O0E) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutLogAlarmCommand.js


class PutLogAlarmCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutLogAlarm", schemas_0/* PutLogAlarm$ */.VbQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutManagedInsightRulesCommand.js


class PutManagedInsightRulesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutManagedInsightRules", schemas_0/* PutManagedInsightRules$ */.sr7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricAlarmCommand.js


class PutMetricAlarmCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutMetricAlarm", schemas_0/* PutMetricAlarm$ */.xg9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricDataCommand.js


class PutMetricDataCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "PutMetricData", schemas_0/* PutMetricData$ */._pc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricStreamCommand.js


class PutMetricStreamCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutMetricStream", schemas_0/* PutMetricStream$ */.ar7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/SetAlarmStateCommand.js


class SetAlarmStateCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "SetAlarmState", schemas_0/* SetAlarmState$ */.TAK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/StartMetricStreamsCommand.js


class StartMetricStreamsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartMetricStreams", schemas_0/* StartMetricStreams$ */.gbz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/StartOTelEnrichmentCommand.js


class StartOTelEnrichmentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StartOTelEnrichment", schemas_0/* StartOTelEnrichment$ */.OG3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/StopMetricStreamsCommand.js


class StopMetricStreamsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopMetricStreams", schemas_0/* StopMetricStreams$ */.QOF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/StopOTelEnrichmentCommand.js


class StopOTelEnrichmentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopOTelEnrichment", schemas_0/* StopOTelEnrichment$ */.K52) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagResource", schemas_0/* TagResource$ */.Jqp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AUX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/UpdateOTelEnrichmentCommand.js


class UpdateOTelEnrichmentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateOTelEnrichment", schemas_0/* UpdateOTelEnrichment$ */.VSO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/UpdateResourceMetricsConfigurationCommand.js


class UpdateResourceMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateResourceMetricsConfiguration", schemas_0/* UpdateResourceMetricsConfiguration$ */.Dyv) {
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/DescribeAlarmHistoryPaginator.js



const paginateDescribeAlarmHistory = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, DescribeAlarmHistoryCommand, "NextToken", "NextToken", "MaxRecords");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/DescribeAlarmsPaginator.js



const paginateDescribeAlarms = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, DescribeAlarmsCommand/* DescribeAlarmsCommand */.z, "NextToken", "NextToken", "MaxRecords");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/DescribeAnomalyDetectorsPaginator.js



const paginateDescribeAnomalyDetectors = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, DescribeAnomalyDetectorsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/DescribeInsightRulesPaginator.js



const paginateDescribeInsightRules = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, DescribeInsightRulesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/GetMetricDataPaginator.js



const paginateGetMetricData = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, GetMetricDataCommand/* GetMetricDataCommand */.S, "NextToken", "NextToken", "MaxDatapoints");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/ListAlarmMuteRulesPaginator.js



const paginateListAlarmMuteRules = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, ListAlarmMuteRulesCommand, "NextToken", "NextToken", "MaxRecords");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/ListDashboardsPaginator.js



const paginateListDashboards = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, ListDashboardsCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/ListManagedInsightRulesPaginator.js



const paginateListManagedInsightRules = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, ListManagedInsightRulesCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/ListMetricsPaginator.js



const paginateListMetrics = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, ListMetricsCommand, "NextToken", "NextToken", "");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/ListMetricStreamsPaginator.js



const paginateListMetricStreams = (0,dist_cjs.createPaginator)(CloudWatchClient/* CloudWatchClient */.W, ListMetricStreamsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/waiters/waitForAlarmExists.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAlarmsCommand/* DescribeAlarmsCommand */.z(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.MetricAlarms);
                return (flat_1.length > 0);
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
const waitForAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/waiters/waitForAlarmMuteRuleExists.js


const waitForAlarmMuteRuleExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetAlarmMuteRuleCommand(input));
        reason = result;
        return { state: submodules_client.WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForAlarmMuteRuleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForAlarmMuteRuleExists_checkState);
};
const waitUntilAlarmMuteRuleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForAlarmMuteRuleExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/waiters/waitForCompositeAlarmExists.js


const waitForCompositeAlarmExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAlarmsCommand/* DescribeAlarmsCommand */.z(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CompositeAlarms);
                return (flat_1.length > 0);
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
const waitForCompositeAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForCompositeAlarmExists_checkState);
};
const waitUntilCompositeAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForCompositeAlarmExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/waiters/waitForLogAlarmExists.js


const waitForLogAlarmExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAlarmsCommand/* DescribeAlarmsCommand */.z(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.LogAlarms);
                return (flat_1.length > 0);
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
const waitForLogAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLogAlarmExists_checkState);
};
const waitUntilLogAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForLogAlarmExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/CloudWatch.js







































































const commands = {
    AssociateDatasetKmsKeyCommand: AssociateDatasetKmsKeyCommand,
    CreateResourceMetricsConfigurationCommand: CreateResourceMetricsConfigurationCommand,
    DeleteAlarmMuteRuleCommand: DeleteAlarmMuteRuleCommand,
    DeleteAlarmsCommand: DeleteAlarmsCommand,
    DeleteAnomalyDetectorCommand: DeleteAnomalyDetectorCommand,
    DeleteDashboardsCommand: DeleteDashboardsCommand,
    DeleteInsightRulesCommand: DeleteInsightRulesCommand,
    DeleteMetricStreamCommand: DeleteMetricStreamCommand,
    DeleteResourceMetricsConfigurationCommand: DeleteResourceMetricsConfigurationCommand,
    DescribeAlarmContributorsCommand: DescribeAlarmContributorsCommand,
    DescribeAlarmHistoryCommand: DescribeAlarmHistoryCommand,
    DescribeAlarmsCommand: DescribeAlarmsCommand/* DescribeAlarmsCommand */.z,
    DescribeAlarmsForMetricCommand: DescribeAlarmsForMetricCommand,
    DescribeAnomalyDetectorsCommand: DescribeAnomalyDetectorsCommand,
    DescribeInsightRulesCommand: DescribeInsightRulesCommand,
    DisableAlarmActionsCommand: DisableAlarmActionsCommand,
    DisableInsightRulesCommand: DisableInsightRulesCommand,
    DisassociateDatasetKmsKeyCommand: DisassociateDatasetKmsKeyCommand,
    EnableAlarmActionsCommand: EnableAlarmActionsCommand,
    EnableInsightRulesCommand: EnableInsightRulesCommand,
    GetAlarmMuteRuleCommand: GetAlarmMuteRuleCommand,
    GetDashboardCommand: GetDashboardCommand,
    GetDatasetCommand: GetDatasetCommand,
    GetInsightRuleReportCommand: GetInsightRuleReportCommand,
    GetMetricDataCommand: GetMetricDataCommand/* GetMetricDataCommand */.S,
    GetMetricStatisticsCommand: GetMetricStatisticsCommand,
    GetMetricStreamCommand: GetMetricStreamCommand,
    GetMetricWidgetImageCommand: GetMetricWidgetImageCommand,
    GetOTelEnrichmentCommand: GetOTelEnrichmentCommand,
    GetResourceMetricsConfigurationCommand: GetResourceMetricsConfigurationCommand,
    ListAlarmMuteRulesCommand: ListAlarmMuteRulesCommand,
    ListDashboardsCommand: ListDashboardsCommand,
    ListManagedInsightRulesCommand: ListManagedInsightRulesCommand,
    ListMetricsCommand: ListMetricsCommand,
    ListMetricStreamsCommand: ListMetricStreamsCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand,
    PutAlarmMuteRuleCommand: PutAlarmMuteRuleCommand,
    PutAnomalyDetectorCommand: PutAnomalyDetectorCommand,
    PutCompositeAlarmCommand: PutCompositeAlarmCommand,
    PutDashboardCommand: PutDashboardCommand,
    PutInsightRuleCommand: PutInsightRuleCommand,
    PutLogAlarmCommand: PutLogAlarmCommand,
    PutManagedInsightRulesCommand: PutManagedInsightRulesCommand,
    PutMetricAlarmCommand: PutMetricAlarmCommand,
    PutMetricDataCommand: PutMetricDataCommand,
    PutMetricStreamCommand: PutMetricStreamCommand,
    SetAlarmStateCommand: SetAlarmStateCommand,
    StartMetricStreamsCommand: StartMetricStreamsCommand,
    StartOTelEnrichmentCommand: StartOTelEnrichmentCommand,
    StopMetricStreamsCommand: StopMetricStreamsCommand,
    StopOTelEnrichmentCommand: StopOTelEnrichmentCommand,
    TagResourceCommand: TagResourceCommand,
    UntagResourceCommand: UntagResourceCommand,
    UpdateOTelEnrichmentCommand: UpdateOTelEnrichmentCommand,
    UpdateResourceMetricsConfigurationCommand: UpdateResourceMetricsConfigurationCommand,
};
const paginators = {
    paginateDescribeAlarmHistory: paginateDescribeAlarmHistory,
    paginateDescribeAlarms: paginateDescribeAlarms,
    paginateDescribeAnomalyDetectors: paginateDescribeAnomalyDetectors,
    paginateDescribeInsightRules: paginateDescribeInsightRules,
    paginateGetMetricData: paginateGetMetricData,
    paginateListAlarmMuteRules: paginateListAlarmMuteRules,
    paginateListDashboards: paginateListDashboards,
    paginateListManagedInsightRules: paginateListManagedInsightRules,
    paginateListMetrics: paginateListMetrics,
    paginateListMetricStreams: paginateListMetricStreams,
};
const waiters = {
    waitUntilAlarmExists: waitUntilAlarmExists,
    waitUntilCompositeAlarmExists: waitUntilCompositeAlarmExists,
    waitUntilLogAlarmExists: waitUntilLogAlarmExists,
    waitUntilAlarmMuteRuleExists: waitUntilAlarmMuteRuleExists,
};
class CloudWatch extends CloudWatchClient/* CloudWatchClient */.W {
}
(0,submodules_client.createAggregatedClient)(commands, CloudWatch, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/index.js
























































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/pagination/index.js












;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/waiters/index.js





;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/models/enums.js
const ActionsSuppressedBy = {
    Alarm: "Alarm",
    ExtensionPeriod: "ExtensionPeriod",
    WaitPeriod: "WaitPeriod",
};
const AlarmType = {
    CompositeAlarm: "CompositeAlarm",
    LogAlarm: "LogAlarm",
    MetricAlarm: "MetricAlarm",
};
const HistoryItemType = {
    Action: "Action",
    AlarmContributorAction: "AlarmContributorAction",
    AlarmContributorStateUpdate: "AlarmContributorStateUpdate",
    ConfigurationUpdate: "ConfigurationUpdate",
    StateUpdate: "StateUpdate",
};
const AlarmMuteRuleStatus = {
    ACTIVE: "ACTIVE",
    EXPIRED: "EXPIRED",
    SCHEDULED: "SCHEDULED",
};
const AnomalyDetectorAdaptationSpeed = {
    FAST: "FAST",
    NORMAL: "NORMAL",
    SLOW: "SLOW",
};
const AnomalyDetectorOutlierFilteringStrength = {
    MINIMAL: "MINIMAL",
    MODERATE: "MODERATE",
    STRICT: "STRICT",
};
const StandardUnit = {
    Bits: "Bits",
    Bits_Second: "Bits/Second",
    Bytes: "Bytes",
    Bytes_Second: "Bytes/Second",
    Count: "Count",
    Count_Second: "Count/Second",
    Gigabits: "Gigabits",
    Gigabits_Second: "Gigabits/Second",
    Gigabytes: "Gigabytes",
    Gigabytes_Second: "Gigabytes/Second",
    Kilobits: "Kilobits",
    Kilobits_Second: "Kilobits/Second",
    Kilobytes: "Kilobytes",
    Kilobytes_Second: "Kilobytes/Second",
    Megabits: "Megabits",
    Megabits_Second: "Megabits/Second",
    Megabytes: "Megabytes",
    Megabytes_Second: "Megabytes/Second",
    Microseconds: "Microseconds",
    Milliseconds: "Milliseconds",
    None: "None",
    Percent: "Percent",
    Seconds: "Seconds",
    Terabits: "Terabits",
    Terabits_Second: "Terabits/Second",
    Terabytes: "Terabytes",
    Terabytes_Second: "Terabytes/Second",
};
const AnomalyDetectorStateValue = {
    PENDING_TRAINING: "PENDING_TRAINING",
    TRAINED: "TRAINED",
    TRAINED_INSUFFICIENT_DATA: "TRAINED_INSUFFICIENT_DATA",
};
const AnomalyDetectorType = {
    METRIC_MATH: "METRIC_MATH",
    SINGLE_METRIC: "SINGLE_METRIC",
};
const ComparisonOperator = {
    GreaterThanOrEqualToThreshold: "GreaterThanOrEqualToThreshold",
    GreaterThanThreshold: "GreaterThanThreshold",
    GreaterThanUpperThreshold: "GreaterThanUpperThreshold",
    LessThanLowerOrGreaterThanUpperThreshold: "LessThanLowerOrGreaterThanUpperThreshold",
    LessThanLowerThreshold: "LessThanLowerThreshold",
    LessThanOrEqualToThreshold: "LessThanOrEqualToThreshold",
    LessThanThreshold: "LessThanThreshold",
};
const StateValue = {
    ALARM: "ALARM",
    INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
    OK: "OK",
};
const ScanBy = {
    TIMESTAMP_ASCENDING: "TimestampAscending",
    TIMESTAMP_DESCENDING: "TimestampDescending",
};
const EvaluationState = {
    EVALUATION_ERROR: "EVALUATION_ERROR",
    EVALUATION_FAILURE: "EVALUATION_FAILURE",
    PARTIAL_DATA: "PARTIAL_DATA",
};
const Statistic = {
    Average: "Average",
    Maximum: "Maximum",
    Minimum: "Minimum",
    SampleCount: "SampleCount",
    Sum: "Sum",
};
const StatusCode = {
    COMPLETE: "Complete",
    FORBIDDEN: "Forbidden",
    INTERNAL_ERROR: "InternalError",
    PARTIAL_DATA: "PartialData",
};
const MetricStreamOutputFormat = {
    JSON: "json",
    OPEN_TELEMETRY_0_7: "opentelemetry0.7",
    OPEN_TELEMETRY_1_0: "opentelemetry1.0",
};
const OTelEnrichmentStatus = {
    RUNNING: "Running",
    STOPPED: "Stopped",
};
const RecentlyActive = {
    PT3H: "PT3H",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/models/errors.js
var errors = __webpack_require__(9841);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/models/CloudWatchServiceException.js
var CloudWatchServiceException = __webpack_require__(3470);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-es/index.js













/***/ })

};
;