"""
moto's server, with ECS service deployments that move the way ECS's do, and ECS's service-deployments API.

Stock moto creates one deployment when a service is created and never replaces it, never moves it, drops
CreateService's deploymentConfiguration, and answers ListServiceDeployments, DescribeServiceDeployments,
StopServiceDeployment, ContinueServiceDeployment and DescribeServiceRevisions with HTTP 500. Here:

What AWS does, and where it says so (each behaviour below follows the page or SDK type named beside it)
  [CB]   Circuit breaker: off unless deploymentConfiguration.deploymentCircuitBreaker enables it (SDK
         DeploymentCircuitBreaker: "If it is turned on…"; Deployment.rolloutState: FAILED only "if the service fails
         to reach a steady state and circuit breaker is turned on"). Its threshold is 0.5 x the desired count, at
         least 3, at most 200 (API ServiceDeploymentCircuitBreaker.threshold). Deployment.failedTasks counts tasks
         that failed to start and resets once one runs (SDK Deployment.failedTasks).
  [HOOK] PAUSE hooks wait for ContinueServiceDeployment CONTINUE/ROLLBACK or their timeout (developer guide "Pause
         hooks for Amazon ECS service deployments"; SDK DeploymentLifecycleHookTimeoutConfiguration: 1440 minutes,
         ROLLBACK by default), and apply to rolling deployments as well as BLUE_GREEN, CANARY and LINEAR (ECS's
         launch notes for pause and continue). PAUSE hooks are refused at TEST_TRAFFIC_SHIFT and
         PRODUCTION_TRAFFIC_SHIFT (SDK DeploymentLifecycleHook.lifecycleStages).
  [STG]  Stage order: SDK ServiceDeploymentLifecycleStage and DeploymentLifecycleHookStage; PRE_PRODUCTION_TRAFFIC_SHIFT
         is in the hook-stage enum only. requestedProductionTrafficWeight "represents a snapshot… and may not reflect
         real-time changes" (SDK ServiceRevisionSummary).
  [ALM]  Deployment alarms fail a deployment when an alarm "has gone into the ALARM state", and a rolling deployment
         with alarms stays IN_PROGRESS through a bake time ECS computes from the alarms after steady state ("How
         CloudWatch alarms detect Amazon ECS deployment failures"; DescribeServices rolloutState).

Variants, where AWS does not say (environment switches; the tests of the affected verdicts run under each)
  MOTO_ECS_ROLLING_HOOK_STAGES  scale (default): a rolling deployment with hooks reports RECONCILE_SERVICE (with more
                                than one deployment), PRE_SCALE_UP, SCALE_UP, POST_SCALE_UP, BAKE_TIME, so hooks at
                                traffic stages are never reached; all: it also passes POST_TEST_TRAFFIC_SHIFT,
                                PRE_PRODUCTION_TRAFFIC_SHIFT and POST_PRODUCTION_TRAFFIC_SHIFT, moving nothing there.
  MOTO_ECS_PRE_PRODUCTION_STAGE hook-stage (default): lifecycleStage reads PRE_PRODUCTION_TRAFFIC_SHIFT while there;
                                previous: the stage before it (POST_TEST_TRAFFIC_SHIFT, PRODUCTION_TRAFFIC_SHIFT);
                                absent: no lifecycleStage.
  MOTO_ECS_WEIGHT_LAG=<n>       requestedProductionTrafficWeight still shows the weight before a shift for n
                                DescribeServiceDeployments answers (default 0).
  MOTO_ECS_ALARM_AT_START       ignore (default): an alarm already in ALARM when the deployment starts is not its
                                failure (only one that goes into ALARM after); fire: it rolls the deployment back.
  MOTO_ECS_ALARM_BAKE_MS=<n>    the rolling alarm bake (default: the longest alarm's period x evaluation periods,
                                one "minute" being MOTO_ECS_MINUTE_MS).
  A breaker without rollback leaves the deployment PRIMARY and FAILED and its service deployment STOPPED (the
  service-deployment status enum has no FAILED): a guess, not switchable.

Deployments in DescribeServices (services with deploymentController ECS)
  UpdateService that changes the task definition, or forces a new deployment, starts a new PRIMARY deployment
  (IN_PROGRESS, as ECS answers); the old one turns ACTIVE and keeps its tasks running.
  - ROLLING services (no strategy, or ROLLING) without hooks or alarms: the next DescribeServices finds it settled:
      - COMPLETED with every task running, and the old deployment gone; or,
      - when the new revision's image tag starts with "fail-", never [CB]: each DescribeServices is a round of
        tasks that exit (failedTasks grows by the desired count; STOPPED tasks with exit code 1 and stop code
        EssentialContainerExited in ListTasks/DescribeTasks), the old deployment serving. With the breaker on,
        once failedTasks reaches its threshold: rollback true, ECS's automatic rollback (a new PRIMARY deployment
        of the previous task definition); rollback false, FAILED and left as it is;
      - when it starts with "hang-", never: the deployment stays IN_PROGRESS with no task running.
  - ROLLING services with lifecycle hooks or deployment alarms walk stages like the native strategies [HOOK][ALM]
    (see MOTO_ECS_ROLLING_HOOK_STAGES), pausing at PAUSE hooks, and bake after steady state while alarms watch;
    an alarm rolls them back like the breaker does.
  - BLUE_GREEN, CANARY and LINEAR services walk the lifecycle below instead; DescribeServices shows the new
    deployment IN_PROGRESS until CLEAN_UP ends, then COMPLETED alone (or, after a rollback, the old one again).
    A "fail-" image fails at SCALE_UP the same way [CB].

Service deployments (ListServiceDeployments / DescribeServiceDeployments, moto's own JSON serializer, real dates)
  CreateService and every UpdateService that starts a deployment create one record: source and target service
  revisions (DescribeServiceRevisions answers for each), createdAt/startedAt/finishedAt/stoppedAt/updatedAt,
  status, statusReason, deploymentConfiguration (as it was when the deployment started), rollback
  {reason, startedAt, serviceRevisionArn}, deploymentCircuitBreaker and alarms {status, triggeredAlarmNames}.
  A deployment still running when a newer one starts is STOPPED.
  - ROLLING: PENDING -> IN_PROGRESS -> SUCCESSFUL; "fail-" images and alarms: ROLLBACK_REQUESTED ->
    ROLLBACK_IN_PROGRESS -> ROLLBACK_SUCCESSFUL (then DescribeServices shows the rollback COMPLETED);
    "hang-" images stay IN_PROGRESS. A DescribeServices that settles the deployment settles the record too.
  - BLUE_GREEN / CANARY / LINEAR: PENDING, then IN_PROGRESS through lifecycleStage RECONCILE_SERVICE (only when
    the service had more than one deployment), PRE_SCALE_UP, SCALE_UP ("fail-" trips the circuit breaker here,
    "hang-" stays here), POST_SCALE_UP, TEST_TRAFFIC_SHIFT (test traffic 100% to the new revision),
    POST_TEST_TRAFFIC_SHIFT, then for each production traffic step PRE_PRODUCTION_TRAFFIC_SHIFT ->
    PRODUCTION_TRAFFIC_SHIFT (BLUE_GREEN: 100; CANARY: canaryPercent (default 5), canaryBakeTimeInMinutes
    (default 10), 100; LINEAR: stepPercent steps (default 10) with stepBakeTimeInMinutes (default 6) between),
    POST_PRODUCTION_TRAFFIC_SHIFT, BAKE_TIME (bakeTimeInMinutes, default 0), CLEAN_UP, then SUCCESSFUL.
    PRE_PRODUCTION_TRAFFIC_SHIFT is reported as the lifecycleStage while it lasts, or as MOTO_ECS_PRE_PRODUCTION_STAGE
    says [STG]. The traffic split is in targetServiceRevision / sourceServiceRevisions
    requestedProductionTrafficWeight (lagging as MOTO_ECS_WEIGHT_LAG says) and requestedTestTrafficWeight.
  - Lifecycle hooks (deploymentConfiguration.lifecycleHooks): at a stage named in a hook's lifecycleStages,
    lifecycleHookDetails lists the stage's hooks. A PAUSE hook (targetType PAUSE) is AWAITING_ACTION, with
    expiresAt and timeoutAction (timeoutConfiguration; defaults 1440 minutes, ROLLBACK): the deployment waits
    until ContinueServiceDeployment CONTINUE (SUCCEEDED; moves on), ROLLBACK (FAILED; rolls back), or the
    timeout (TIMED_OUT; its action). AWS_LAMBDA hooks are not invoked: they read SUCCEEDED at once.
    PAUSE hooks at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT, and unknown stages, are refused
    (InvalidParameterException), as are canaryPercent outside 0.1-100 and stepPercent outside 3-100.
  - Alarms (deploymentConfiguration.alarms, enable true): an alarm that goes into ALARM while the deployment runs
    rolls it back (rollback true) or stops it (STOP_REQUESTED -> STOPPED, rollback false); checked on every read;
    one already in ALARM at the start as MOTO_ECS_ALARM_AT_START says [ALM].
  - A rollback (alarm, circuit breaker, hook, StopServiceDeployment ROLLBACK): ROLLBACK_REQUESTED ->
    ROLLBACK_IN_PROGRESS (traffic back to 100% on the source revision, its deployment PRIMARY again) ->
    ROLLBACK_SUCCESSFUL.
  - ELBv2: for a service whose loadBalancers entry has advancedConfiguration (alternateTargetGroupArn,
    productionListenerRule, optional testListenerRule), each traffic shift rewrites the rule's forward action
    in moto (a weighted ForwardConfig over the two target groups; a listener ARN or a default rule's ARN
    changes the listener's default actions), so DescribeRules shows the split. Weights are whole percents
    (tenths x10 when the percent is fractional). The target group serving production flips after CLEAN_UP.
    A rule that cannot be changed leaves a service event "traffic shift failed: ..." and the deployment goes on.

Pacing (stages are what a test waits on, so they move deterministically):
  - default: each DescribeServiceDeployments call moves each deployment it names by one step (a stage, or a
    status such as ROLLBACK_REQUESTED -> ROLLBACK_IN_PROGRESS), never past an AWAITING_ACTION hook nor before
    the stage's bake time has passed, and only once the state it is in has been answered to some
    DescribeServiceDeployments call: every status and stage is seen at least once by a client that polls
    (PENDING first), including a state another call caused (ROLLBACK_REQUESTED after ContinueServiceDeployment
    ROLLBACK, StopServiceDeployment or an alarm). Other reads move nothing but check alarms and hook timeouts.
  - MOTO_ECS_STAGE_MS=<n>: time drives it instead: each step lasts n ms (or its bake time if longer) and any
    read (DescribeServices, List/DescribeServiceDeployments) catches up.
  - MOTO_ECS_MINUTE_MS=<n> (default 60000): how long one "minute" of bake time or hook timeout lasts.
  - MOTO_ECS_ROLLOUT_MS=<n>: a rolling deployment settles only once it is n ms old (ECS starting the tasks and
    their health checks passing), instead of at the first DescribeServices (used by the rollback bench).

StopServiceDeployment: ROLLBACK (default) from PENDING or IN_PROGRESS rolls back to the source revision (the
service's PRIMARY deployment goes back to the previous task definition at once for ROLLING, at
ROLLBACK_IN_PROGRESS otherwise); ABORT stops it (STOP_REQUESTED -> STOPPED) leaving the service as it is;
a deployment already rolling back or stopping carries on; a finished one, or a service's first deployment,
is a ConflictException. Unknown ARNs: ServiceDeploymentNotFoundException (Stop/Continue), failures with
reason MISSING (Describe*). ContinueServiceDeployment on a deployment not IN_PROGRESS, or with a hookId that
is not AWAITING_ACTION, is an InvalidParameterException.

All of this lives on moto's ECS backend objects, so POST /moto-api/reset wipes it. CodeDeploy blue/green
deployments of ECS services are moto_codedeploy.py's (its docstring says how). Everything else is moto
unchanged. Used by the end-to-end tests and the demo; scenario tests cover timing subtleties with
aws-sdk-client-mock.
"""
import copy
import datetime
import math
import os
import string
import sys

from moto.core.responses import ActionResult
from moto.core.utils import utcnow
from moto.ecs import models, responses
from moto.ecs.exceptions import ECSException, InvalidParameterException
from moto.moto_api._internal import mock_random
from moto.server import main

import moto_codedeploy

STAGE_MS = int(os.environ["MOTO_ECS_STAGE_MS"]) if os.environ.get("MOTO_ECS_STAGE_MS") else None
MINUTE_MS = int(os.environ.get("MOTO_ECS_MINUTE_MS") or 60000)
ROLLOUT_MS = int(os.environ["MOTO_ECS_ROLLOUT_MS"]) if os.environ.get("MOTO_ECS_ROLLOUT_MS") else None
NATIVE = {"BLUE_GREEN", "CANARY", "LINEAR"}
# Where AWS is silent, these pick among the plausible behaviours (the header's "Variants" says which and why).
ROLLING_HOOK_STAGES = os.environ.get("MOTO_ECS_ROLLING_HOOK_STAGES") or "scale"
PRE_PRODUCTION_STAGE = os.environ.get("MOTO_ECS_PRE_PRODUCTION_STAGE") or "hook-stage"
WEIGHT_LAG = int(os.environ.get("MOTO_ECS_WEIGHT_LAG") or 0)
ALARM_AT_START = os.environ.get("MOTO_ECS_ALARM_AT_START") or "ignore"
ALARM_BAKE_MS = int(os.environ["MOTO_ECS_ALARM_BAKE_MS"]) if os.environ.get("MOTO_ECS_ALARM_BAKE_MS") else None
for _name, _value, _allowed in (
    ("MOTO_ECS_ROLLING_HOOK_STAGES", ROLLING_HOOK_STAGES, {"scale", "all"}),
    ("MOTO_ECS_PRE_PRODUCTION_STAGE", PRE_PRODUCTION_STAGE, {"hook-stage", "previous", "absent"}),
    ("MOTO_ECS_ALARM_AT_START", ALARM_AT_START, {"ignore", "fire"}),
):
    if _value not in _allowed:
        raise SystemExit(f"{_name}={_value}: expected one of {', '.join(sorted(_allowed))}")
HOOK_STAGES = {
    "RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT",
    "PRE_PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT",
}
NO_PAUSE_STAGES = {"TEST_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT"}
FINISHED = {"SUCCESSFUL", "STOPPED", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED"}
RUNNING = {"PENDING", "IN_PROGRESS"}

_update_service = models.EC2ContainerServiceBackend.update_service
_describe_services = models.EC2ContainerServiceBackend.describe_services
_create_service = models.EC2ContainerServiceBackend.create_service
_create_service_response = responses.EC2ContainerServiceResponse.create_service


class _State:
    """What this double adds to one account's ECS backend in one region."""

    def __init__(self):
        self.records = {}  # service deployment ARN -> record (dict; keys starting "_" are ours, never sent)
        self.revisions = {}  # service revision ARN -> revision
        self.latest = {}  # (cluster, service) -> newest record
        self.current = {}  # (cluster, service) -> service revision ARN serving production
        self.serving_tg = {}  # (cluster, service) -> target group serving production


def _state(backend):
    # Kept in the backend's own __dict__: moto's reset replaces that dict, so a reset wipes this too.
    state = backend.__dict__.get("_service_deployments_double")
    if state is None:
        state = backend.__dict__["_service_deployments_double"] = _State()
    return state


def _error(code, message):
    return ECSException(code, message)


def _token(length, alphabet=string.ascii_letters + string.digits):
    return "".join(mock_random.choice(alphabet) for _ in range(length))


def _new_id():
    return f"ecs-svc/{mock_random.randint(0, 32**12)}"


def _event(service, message):
    service.events.insert(0, {"id": str(mock_random.uuid4()), "createdAt": utcnow(), "message": f"(service {service.name}) {message}"})


def _key(service):
    return (service.cluster_name, service.name)


def _service_of(backend, record):
    cluster, name = record["_key"]
    return backend.services.get(f"{cluster}:{name}")


def _ms(milliseconds):
    return datetime.timedelta(milliseconds=milliseconds)


def _naive(value):
    if isinstance(value, (int, float)):
        value = datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value


def _images(backend, task_definition):
    definition = backend.describe_task_definition(task_definition)
    return [c.get("image", "") for c in definition.container_definitions]


def _config(service):
    return getattr(service, "deployment_configuration", None) or {}


def _strategy(config):
    return config.get("strategy") or "ROLLING"


# ---------------------------------------------------------------------------------------------------------
# Validation (before anything changes)


def _validate_configuration(config):
    if not config:
        return
    strategy = _strategy(config)
    if strategy not in NATIVE | {"ROLLING"}:
        raise InvalidParameterException(f"Invalid deployment strategy: {strategy}.")
    canary = config.get("canaryConfiguration") or {}
    if "canaryPercent" in canary and not 0.1 <= float(canary["canaryPercent"]) <= 100:
        raise InvalidParameterException("canaryPercent must be between 0.1 and 100.")
    linear = config.get("linearConfiguration") or {}
    if "stepPercent" in linear and not 3 <= float(linear["stepPercent"]) <= 100:
        raise InvalidParameterException("stepPercent must be between 3.0 and 100.")
    for hook in config.get("lifecycleHooks") or []:
        stages = hook.get("lifecycleStages") or []
        if not stages:
            raise InvalidParameterException("A lifecycle hook must name at least one lifecycle stage.")
        for stage in stages:
            if stage not in HOOK_STAGES:
                raise InvalidParameterException(f"Invalid lifecycle stage: {stage}.")
            if hook.get("targetType") == "PAUSE" and stage in NO_PAUSE_STAGES:
                raise InvalidParameterException(f"PAUSE lifecycle hooks cannot be configured at the {stage} stage.")
        if hook.get("targetType", "AWS_LAMBDA") == "AWS_LAMBDA" and not hook.get("hookTargetArn"):
            raise InvalidParameterException("hookTargetArn is required for AWS_LAMBDA lifecycle hooks.")


# ---------------------------------------------------------------------------------------------------------
# Service revisions and records


def _new_revision(backend, service, task_definition, target_group=None, rule=None):
    definition = backend.describe_task_definition(task_definition)
    arn = f"arn:aws:ecs:{backend.region_name}:{backend.account_id}:service-revision/{service.cluster_name}/{service.name}/{mock_random.randint(10**18, 10**19 - 1)}"
    revision = {
        "serviceRevisionArn": arn,
        "serviceArn": service.arn,
        "clusterArn": service.cluster_arn,
        "taskDefinition": definition.arn,
        "launchType": service.launch_type,
        "platformVersion": service.platform_version,
        "loadBalancers": copy.deepcopy(service.load_balancers) or None,
        "serviceRegistries": copy.deepcopy(service.service_registries) or None,
        "networkConfiguration": copy.deepcopy(service.network_configuration) or None,
        "containerImages": [{"containerName": c.get("name"), "image": c.get("image")} for c in definition.container_definitions],
        "createdAt": utcnow(),
    }
    if target_group:
        revision["resolvedConfiguration"] = {"loadBalancers": [{"targetGroupArn": target_group, "productionListenerRule": rule}]}
    _state(backend).revisions[arn] = {k: v for k, v in revision.items() if v is not None}
    return arn


def _blue_green(service, state):
    """(blue, green, advancedConfiguration) for the first load balancer with an advancedConfiguration."""
    for lb in service.load_balancers or []:
        advanced = lb.get("advancedConfiguration") or {}
        if advanced.get("alternateTargetGroupArn") and lb.get("targetGroupArn"):
            primary, alternate = lb["targetGroupArn"], advanced["alternateTargetGroupArn"]
            blue = state.serving_tg.get(_key(service), primary)
            return blue, (alternate if blue == primary else primary), advanced
    return None, None, {}


def _new_record(backend, service, kind, source, target, config, now):
    arn = f"arn:aws:ecs:{backend.region_name}:{backend.account_id}:service-deployment/{service.cluster_name}/{service.name}/{_token(21)}"
    record = {
        "serviceDeploymentArn": arn,
        "serviceArn": service.arn,
        "clusterArn": service.cluster_arn,
        "createdAt": now,
        "updatedAt": now,
        "status": "PENDING",
        "deploymentConfiguration": copy.deepcopy(config) or None,
        "_key": _key(service),
        "_kind": kind,  # initial | rolling | native
        "_source": source,
        "_target": target,
        "_entered": now,
        "_released": None,
        "_step": -1,
        "_plan": [],
        "_hooks": [],
        "_prod": 0.0,
        "_test": 0.0,
        "_target_running": 0,
        "_source_running": service.desired_count if source else 0,
        "_failures": 0,  # what the circuit breaker counted (ServiceDeploymentCircuitBreaker.failureCount)
        "_tripped": False,
        "_failing": False,  # the new revision's tasks keep exiting ("fail-" image) and ECS keeps starting more
        "_rolling": kind == "rolling",  # ROLLING strategy, whether it settles at once or walks stages for its hooks
        "_prod_before": 0.0,  # the production weight before the last shift, reported while the snapshot lags
        "_lag_left": 0,
        "_triggered": [],
        "_stuck": False,
        "_seen": False,  # reported by DescribeServiceDeployments since it last changed
    }
    state = _state(backend)
    state.records[arn] = record
    state.latest[_key(service)] = record
    return record


def _set_status(record, status, at, reason=None):
    record["status"] = status
    record["_seen"] = False
    record["updatedAt"] = at
    if reason is not None:
        record["statusReason"] = reason
    if status == "IN_PROGRESS" and "startedAt" not in record:
        record["startedAt"] = at
    if status in FINISHED:
        record["finishedAt"] = at
        record["_hooks"] = [h for h in record["_hooks"] if h["status"] != "AWAITING_ACTION"] + [
            {**h, "status": "FAILED"} for h in record["_hooks"] if h["status"] == "AWAITING_ACTION"
        ]
    if status == "STOPPED":
        record["stoppedAt"] = at


def _weights(percent):
    """ELBv2 weights (source, target) for a percent shifted to the target."""
    if float(percent).is_integer():
        return 100 - int(percent), int(percent)
    tenths = round(percent * 10)
    return 1000 - tenths, tenths


def _summary(backend, record, arn, target):
    summary = {"arn": arn}
    service = _service_of(backend, record)
    desired = service.desired_count if service else 0
    running = record["_target_running"] if target else record["_source_running"]
    summary.update(requestedTaskCount=desired if (target or running) else 0, runningTaskCount=running, pendingTaskCount=max(desired - running, 0) if target and record["status"] in RUNNING else 0)
    if record["_kind"] == "native" and not record["_rolling"]:
        # A snapshot that may lag (ServiceRevisionSummary): with MOTO_ECS_WEIGHT_LAG it still shows the weight before
        # the last shift for that many DescribeServiceDeployments answers.
        prod = record["_prod_before"] if record["_lag_left"] > 0 else record["_prod"]
        summary["requestedProductionTrafficWeight"] = prod if target else 100.0 - prod
        summary["requestedTestTrafficWeight"] = record["_test"] if target else 100.0 - record["_test"]
    return summary


def _reported_stage(record):
    """The lifecycleStage DescribeServiceDeployments shows; PRE_PRODUCTION_TRAFFIC_SHIFT is not in the SDK's stage enum."""
    if record["_step"] < 0:
        return None
    stage = record["_plan"][record["_step"]]["stage"]
    if stage != "PRE_PRODUCTION_TRAFFIC_SHIFT" or PRE_PRODUCTION_STAGE == "hook-stage":
        return stage
    if PRE_PRODUCTION_STAGE == "absent":
        return None
    return next((step["stage"] for step in reversed(record["_plan"][: record["_step"]]) if step["stage"] != "PRE_PRODUCTION_TRAFFIC_SHIFT"), None)


def _public(backend, record):
    out = {k: v for k, v in record.items() if not k.startswith("_") and v is not None}
    out["sourceServiceRevisions"] = [_summary(backend, record, arn, False) for arn in record["_source"]]
    out["targetServiceRevision"] = _summary(backend, record, record["_target"], True)
    if record["_kind"] == "native" and record["status"] not in FINISHED | {"PENDING"}:
        out["lifecycleStage"] = _reported_stage(record)
    if record["_hooks"]:
        out["lifecycleHookDetails"] = [{k: v for k, v in h.items() if v is not None and not k.startswith("_")} for h in record["_hooks"]]
    enabled, _ = _breaker(record)
    if record["_tripped"]:
        cb_status = "TRIGGERED"
    elif not enabled:
        cb_status = "DISABLED"
    else:
        cb_status = "MONITORING" if record["status"] in RUNNING else "MONITORING_COMPLETE"
    desired = _service_of(backend, record).desired_count if _service_of(backend, record) else 0
    out["deploymentCircuitBreaker"] = {"status": cb_status, "failureCount": record["_failures"], "threshold": _threshold(desired)}
    config = record.get("deploymentConfiguration") or {}
    alarms = config.get("alarms") or {}
    if record["_triggered"]:
        alarm_status = "TRIGGERED"
    elif not alarms.get("enable"):
        alarm_status = "DISABLED"
    else:
        alarm_status = "MONITORING" if record["status"] in RUNNING else "MONITORING_COMPLETE"
    out["alarms"] = {"status": alarm_status, "alarmNames": list(alarms.get("alarmNames") or []), "triggeredAlarmNames": list(record["_triggered"])}
    return {k: v for k, v in out.items() if v is not None}


def _brief(record):
    keys = ["serviceDeploymentArn", "serviceArn", "clusterArn", "startedAt", "createdAt", "finishedAt", "status", "statusReason"]
    out = {k: record[k] for k in keys if record.get(k) is not None}
    out["targetServiceRevisionArn"] = record["_target"]
    return out


# ---------------------------------------------------------------------------------------------------------
# Traffic (ELBv2 listener rules in moto)


def _set_forward(elbv2, arn, weighted):
    listener = None
    if ":listener/" in arn:
        listener = elbv2.describe_listeners(None, [arn])[0]
        actions = listener.default_actions
    else:
        rule = elbv2.describe_rules(None, [arn])[0]
        if rule.is_default:
            listener = elbv2.describe_listeners(None, [rule.listener_arn])[0]
        actions = rule.actions
    rewritten, done = [], False
    for action in actions:
        data = copy.deepcopy(action.data)
        if data.get("Type") == "forward" and not done:
            data.pop("TargetGroupArn", None)
            forward = data.get("ForwardConfig") or {}
            forward["TargetGroups"] = [{"TargetGroupArn": tg, "Weight": weight} for tg, weight in weighted]
            data["ForwardConfig"] = forward
            done = True
        rewritten.append(data)
    if not done:
        rewritten.append({"Type": "forward", "ForwardConfig": {"TargetGroups": [{"TargetGroupArn": tg, "Weight": w} for tg, w in weighted]}})
    if listener is not None:
        elbv2.modify_listener(listener.arn, certificates=[], actions=rewritten)
    else:
        elbv2.modify_rule(arn, [], rewritten)


def _apply_traffic(backend, record):
    service = _service_of(backend, record)
    if service is None or not record.get("_blue"):
        return
    from moto.elbv2.models import elbv2_backends

    elbv2 = elbv2_backends[backend.account_id][backend.region_name]
    advanced = record["_advanced"]
    for rule, percent in ((advanced.get("productionListenerRule"), record["_prod"]), (advanced.get("testListenerRule"), record["_test"])):
        if not rule:
            continue
        source, target = _weights(percent)
        try:
            _set_forward(elbv2, rule, [(record["_blue"], source), (record["_green"], target)])
        except Exception as err:  # a wrong ARN in a test should show, not crash the server
            _event(service, f"traffic shift failed: {rule}: {err}")


# ---------------------------------------------------------------------------------------------------------
# The lifecycle


def _plan(config, reconcile):
    strategy = _strategy(config)
    if strategy == "CANARY":
        canary = config.get("canaryConfiguration") or {}
        percent = round(float(canary.get("canaryPercent", 5.0)), 1)
        bake = int(canary.get("canaryBakeTimeInMinutes", 10))
        steps = [(percent, bake), (100.0, 0)] if percent < 100 else [(100.0, 0)]
    elif strategy == "LINEAR":
        linear = config.get("linearConfiguration") or {}
        step = float(linear.get("stepPercent", 10.0))
        bake = int(linear.get("stepBakeTimeInMinutes", 6))
        steps, k = [], 1
        while round(k * step, 1) < 100:
            steps.append((round(k * step, 1), bake))
            k += 1
        steps.append((100.0, 0))
    else:
        steps = [(100.0, 0)]
    plan = [{"stage": "RECONCILE_SERVICE"}] if reconcile else []
    plan += [{"stage": "PRE_SCALE_UP"}, {"stage": "SCALE_UP"}, {"stage": "POST_SCALE_UP"}, {"stage": "TEST_TRAFFIC_SHIFT", "test": 100.0}, {"stage": "POST_TEST_TRAFFIC_SHIFT"}]
    for percent, bake in steps:
        plan += [{"stage": "PRE_PRODUCTION_TRAFFIC_SHIFT"}, {"stage": "PRODUCTION_TRAFFIC_SHIFT", "prod": percent, "bake": bake}]
    plan += [{"stage": "POST_PRODUCTION_TRAFFIC_SHIFT"}, {"stage": "BAKE_TIME", "bake": int(config.get("bakeTimeInMinutes") or 0)}, {"stage": "CLEAN_UP"}]
    return plan


def _hooks_for(record, stage, at):
    details = []
    for hook in (record.get("deploymentConfiguration") or {}).get("lifecycleHooks") or []:
        if stage not in (hook.get("lifecycleStages") or []):
            continue
        if hook.get("targetType") == "PAUSE":
            timeout = hook.get("timeoutConfiguration") or {}
            minutes = int(timeout.get("timeoutInMinutes") or 1440)
            details.append({
                "hookId": f"ecs-pause-{_token(43, string.ascii_letters + string.digits + '_-')}",
                "targetType": "PAUSE",
                "status": "AWAITING_ACTION",
                "expiresAt": at + _ms(minutes * MINUTE_MS),
                "timeoutAction": timeout.get("action") or "ROLLBACK",
            })
        else:  # AWS_LAMBDA: nothing to invoke here; it passes
            details.append({"hookId": f"ecs-lambda-{_token(43, string.ascii_letters + string.digits + '_-')}", "targetType": "AWS_LAMBDA", "targetArn": hook.get("hookTargetArn"), "status": "SUCCEEDED"})
    return details


def _enter(backend, record, index, at):
    step = record["_plan"][index]
    record.update(_step=index, _entered=at, _released=None, updatedAt=at, _seen=False)
    record["_hooks"] = _hooks_for(record, step["stage"], at)
    service = _service_of(backend, record)
    if "test" in step:
        record["_test"] = step["test"]
        _apply_traffic(backend, record)
    if "prod" in step:
        record.update(_prod_before=record["_prod"], _lag_left=WEIGHT_LAG)
        record["_prod"] = step["prod"]
        _apply_traffic(backend, record)
    if step["stage"] == "SCALE_UP" and service is not None:
        images = _images(backend, record["_target_td"])
        if any(":hang-" in image for image in images):
            record["_stuck"] = True
        elif any(":fail-" in image for image in images):
            record["_failing"] = True
            _failing_round(backend, service, record, at)
        else:
            record["_target_running"] = service.desired_count
            ours = _deployment(service, record["_deployment_id"])
            if ours:
                ours.update(runningCount=service.desired_count, pendingCount=0, updatedAt=at)
    if step["stage"] == "CLEAN_UP":
        record["_source_running"] = 0


def _deployment(service, deployment_id):
    return next((d for d in service.deployments if d["id"] == deployment_id), None)


def _due(record):
    """When the next step may happen, or None while something holds it (a PAUSE hook, a hung scale-up)."""
    status = record["status"]
    if status in FINISHED or record["_kind"] == "initial":
        return None
    floor = _ms(STAGE_MS or 0)
    if status == "IN_PROGRESS" and record["_kind"] == "native":
        if record["_stuck"] or any(h["status"] == "AWAITING_ACTION" for h in record["_hooks"]):
            return None
        step = record["_plan"][record["_step"]]
        bake = _ms(step.get("bake", 0) * MINUTE_MS + step.get("bake_ms", 0))
        due = record["_entered"] + max(floor, bake)
        return max(due, record["_released"]) if record["_released"] else due
    if status == "IN_PROGRESS" and record["_kind"] == "rolling" and record["_stuck"]:
        return None
    if status == "IN_PROGRESS" and record["_kind"] == "rolling" and ROLLOUT_MS is not None:
        return max(record["_entered"] + floor, record["createdAt"] + _ms(ROLLOUT_MS))
    return record["_entered"] + floor


def _step(backend, record, at):
    status = record["status"]
    service = _service_of(backend, record)
    if status == "PENDING":
        _set_status(record, "IN_PROGRESS", at)
        record["_entered"] = at
        if record["_kind"] == "native":
            _enter(backend, record, 0, at)
    elif status == "IN_PROGRESS" and record["_kind"] == "rolling":
        if service is not None:
            _settle_rolling(backend, service, record, at)
    elif status == "IN_PROGRESS" and record["_failing"]:
        if service is not None:
            _failing_round(backend, service, record, at)
    elif status == "IN_PROGRESS":
        if record["_step"] + 1 < len(record["_plan"]):
            _enter(backend, record, record["_step"] + 1, at)
        else:
            _finish_native(backend, record, at)
    elif status == "ROLLBACK_REQUESTED":
        _set_status(record, "ROLLBACK_IN_PROGRESS", at)
        record["_entered"] = at
        if record["_kind"] == "native" and not record["_rolling"]:
            record["_prod"] = record["_test"] = 0.0
            _apply_traffic(backend, record)
            if service is not None:
                _native_rollback_on_service(service, record, at)
    elif status == "ROLLBACK_IN_PROGRESS":
        record["_target_running"] = 0
        record["_source_running"] = service.desired_count if service else 0
        _set_status(record, "ROLLBACK_SUCCESSFUL", at)
        if service is not None:
            back = _deployment(service, record.get("_rollback_id"))
            if back:
                back.update(rolloutState="COMPLETED", runningCount=service.desired_count, pendingCount=0, updatedAt=at,
                            rolloutStateReason=f"ECS deployment {back['id']} completed.")
                service.deployments = [back]
                service.running_count, service.pending_count = service.desired_count, 0
                _event(service, "has reached a steady state.")
    elif status == "STOP_REQUESTED":
        _set_status(record, "STOPPED", at)


def _observe(backend, record, tick):
    """Brings a record up to date: alarms and hook timeouts always; then one step per tick, or by the clock."""
    now = utcnow()
    for _ in range(1000):
        _check_timeouts(backend, record, now)
        _check_alarms(backend, record, now)
        due = _due(record)
        if due is None or due > now:
            return
        if STAGE_MS is None:
            if tick and record["_seen"]:
                _step(backend, record, now)
                _check_timeouts(backend, record, now)
                _check_alarms(backend, record, now)
            return
        _step(backend, record, due)


def _check_timeouts(backend, record, now):
    if record["status"] != "IN_PROGRESS":
        return
    for hook in record["_hooks"]:
        if hook["status"] == "AWAITING_ACTION" and hook.get("expiresAt") and hook["expiresAt"] <= now:
            hook["status"] = "TIMED_OUT"
            if hook.get("timeoutAction") == "CONTINUE":
                record["_released"] = hook["expiresAt"]
            else:
                _request_rollback(backend, record, hook["expiresAt"], f"Service deployment rolled back because lifecycle hook {hook['hookId']} timed out.")
                return


def _check_alarms(backend, record, now):
    if record["status"] not in RUNNING or record["_kind"] == "initial":
        return
    alarms = (record.get("deploymentConfiguration") or {}).get("alarms") or {}
    names = alarms.get("alarmNames") or []
    if not alarms.get("enable") or not names:
        return
    from moto.cloudwatch.models import cloudwatch_backends

    known = cloudwatch_backends[backend.account_id][backend.region_name].alarms
    # ECS fails a deployment when an alarm "has gone into" ALARM while it runs; one already there at the start is
    # not taken as this deployment's failure unless MOTO_ECS_ALARM_AT_START=fire.
    since = record.get("_alarms_from") or record["createdAt"]
    fired = [n for n in names if n in known and known[n].state_value == "ALARM" and (ALARM_AT_START == "fire" or _naive(known[n].state_updated_timestamp) >= since)]
    if not fired:
        return
    record["_triggered"] = fired
    if alarms.get("rollback"):
        _request_rollback(backend, record, now, f"Service deployment rolled back because the CloudWatch alarm(s) {', '.join(fired)} went into ALARM.")
    else:
        _stop(backend, record, now, f"Service deployment stopped because the CloudWatch alarm(s) {', '.join(fired)} went into ALARM.")


def _stop(backend, record, at, reason):
    _set_status(record, "STOP_REQUESTED", at, reason)
    record["_entered"] = at
    service = _service_of(backend, record)
    ours = _deployment(service, record.get("_deployment_id")) if service else None
    if ours:
        ours.update(rolloutState="FAILED", rolloutStateReason=reason, updatedAt=at)


def _request_rollback(backend, record, at, reason):
    for hook in record["_hooks"]:
        if hook["status"] == "AWAITING_ACTION":
            hook["status"] = "FAILED"
    _set_status(record, "ROLLBACK_REQUESTED", at, reason)
    record["_entered"] = at
    record["rollback"] = {"reason": reason, "startedAt": at, "serviceRevisionArn": record["_source"][0]}
    service = _service_of(backend, record)
    if record["_rolling"] and service is not None:
        _rolling_rollback_on_service(service, record, at, circuit_breaker=record["_tripped"], reason=reason)


def _rolling_rollback_on_service(service, record, at, circuit_breaker, reason):
    deployment_id, previous = record["_deployment_id"], record["_previous_td"]
    ours = _deployment(service, deployment_id)
    if ours is None:
        return
    why = "ECS deployment circuit breaker: tasks failed to start." if circuit_breaker else reason
    ours.update(status="ACTIVE", rolloutState="FAILED", pendingCount=0, updatedAt=at, rolloutStateReason=why)
    rollback = {**ours, "id": _new_id(), "status": "PRIMARY", "taskDefinition": previous, "failedTasks": 0, "createdAt": at,
                "runningCount": service.desired_count, "rolloutState": "IN_PROGRESS",
                "rolloutStateReason": f"ECS deployment circuit breaker: rolling back to deploymentId {deployment_id}." if circuit_breaker else f"rolling back deployment {deployment_id}: {reason}"}
    service.deployments = [rollback, ours]
    service.task_definition = previous
    record["_rollback_id"] = rollback["id"]
    record["_target_running"] = 0
    if circuit_breaker:
        _event(service, f"deployment {deployment_id} deployment failed: tasks failed to start.")
    else:
        _event(service, f"deployment {deployment_id} is being rolled back: {reason}")
    _event(service, f"rolling back to deployment {rollback['id']}.")


def _native_rollback_on_service(service, record, at):
    ours = _deployment(service, record["_deployment_id"])
    if ours:
        ours.update(status="ACTIVE", rolloutState="FAILED", rolloutStateReason=record.get("statusReason"), updatedAt=at)
    back = next((d for d in service.deployments if d is not ours and d["taskDefinition"] == record["_previous_td"]), None)
    if back is None:
        back = {**(ours or {}), "id": _new_id(), "taskDefinition": record["_previous_td"], "createdAt": at, "failedTasks": 0}
        service.deployments.insert(0, back)
    back.update(status="PRIMARY", rolloutState="IN_PROGRESS", runningCount=service.desired_count, pendingCount=0, updatedAt=at,
                rolloutStateReason=f"rolling back deployment {record['_deployment_id']}")
    service.deployments = [back] + [d for d in service.deployments if d is not back]
    service.task_definition = record["_previous_td"]
    record["_rollback_id"] = back["id"]
    _event(service, f"rolling back to deployment {back['id']}.")


def _finish_native(backend, record, at):
    service = _service_of(backend, record)
    state = _state(backend)
    _set_status(record, "SUCCESSFUL", at, "Service deployment completed successfully.")
    state.current[record["_key"]] = record["_target"]
    if record.get("_green"):
        state.serving_tg[record["_key"]] = record["_green"]
    if service is None:
        return
    ours = _deployment(service, record["_deployment_id"])
    if ours:
        ours.update(rolloutState="COMPLETED", runningCount=service.desired_count, pendingCount=0, updatedAt=at,
                    rolloutStateReason=f"ECS deployment {ours['id']} completed.")
        service.deployments = [ours]
    service.running_count, service.pending_count = service.desired_count, 0
    _event(service, "has reached a steady state.")


def _settle_rolling(backend, service, record, at):
    """The ROLLING deployment's one move: success, or ECS's automatic rollback; "hang-" never moves."""
    ours = _deployment(service, record["_deployment_id"])
    if ours is None:
        return
    if record["status"] == "PENDING":
        _set_status(record, "IN_PROGRESS", at)
    _check_alarms(backend, record, at)
    if record["status"] != "IN_PROGRESS":
        return
    images = _images(backend, ours["taskDefinition"])
    if any(":hang-" in image for image in images):
        record["_stuck"] = True
        return
    ours["updatedAt"] = at
    if any(":fail-" in image for image in images):
        record["_failing"] = True
        _failing_round(backend, service, record, at)
        return
    ours.update(rolloutState="COMPLETED", runningCount=service.desired_count, pendingCount=0,
                rolloutStateReason=f"ECS deployment {record['_deployment_id']} completed.")
    service.deployments = [ours]
    service.running_count, service.pending_count = service.desired_count, 0
    _event(service, "has reached a steady state.")
    record["_target_running"], record["_source_running"] = service.desired_count, 0
    _set_status(record, "SUCCESSFUL", at, "Service deployment completed successfully.")
    _state(backend).current[record["_key"]] = record["_target"]


# ---------------------------------------------------------------------------------------------------------
# Failing tasks and the circuit breaker (off unless the service's deploymentConfiguration enables it)


def _breaker(record):
    """(enable, rollback) of the deploymentCircuitBreaker the deployment runs with; the API's default is off."""
    breaker = (record.get("deploymentConfiguration") or {}).get("deploymentCircuitBreaker") or {}
    return bool(breaker.get("enable")), bool(breaker.get("rollback"))


def _threshold(desired):
    # ServiceDeploymentCircuitBreaker.threshold: 0.5 x the desired count, at least 3 and at most 200.
    return min(200, max(3, math.ceil(desired * 0.5)))


def _stopped_task(backend, service, task_definition, started_by, at):
    """A STOPPED task of the failing revision, as ListTasks/DescribeTasks show it (exit code 1); none without a network."""
    try:
        cluster = backend.clusters[service.cluster_name]
        definition = backend.describe_task_definition(task_definition)
        task = models.Task(cluster, definition, None, None, backend, group=f"service:{service.name}", launch_type=service.launch_type or "FARGATE",
                           started_by=started_by, networking_configuration=service.network_configuration or None)
    except Exception:  # a service without awsvpc subnets in a test: the events still say it
        return None
    task.last_status = task.desired_status = "STOPPED"
    task.stopped_reason = "Essential container in task exited"
    task.stop_code = "EssentialContainerExited"
    task.stopped_at = task.execution_stopped_at = at
    for container in task.containers:
        container.last_status = "STOPPED"
        container.exitCode = 1
    backend.tasks.setdefault(cluster.name, {})[task.task_arn] = task
    return task


def _failing_round(backend, service, record, at):
    """ECS starts the new revision's tasks once more and they exit: failedTasks grows (Deployment.failedTasks), the
    old revision keeps serving. Only an enabled circuit breaker ends it, at its threshold; without one the deployment
    stays IN_PROGRESS and ECS keeps trying (DeploymentCircuitBreaker, Deployment.rolloutState)."""
    ours = _deployment(service, record["_deployment_id"])
    desired = max(service.desired_count, 1)
    failed = (ours.get("failedTasks") or 0) + desired if ours else desired
    record.update(_entered=at, updatedAt=at, _seen=False)
    if ours:
        ours.update(failedTasks=failed, runningCount=0, pendingCount=desired, updatedAt=at)
    for _ in range(min(desired, 2)):
        task = _stopped_task(backend, service, record["_target_td"], record["_deployment_id"], at)
        if task is not None:
            _event(service, f"has started 1 tasks: (task {task.id}).")
            _event(service, f"(task {task.id}) stopped: Essential container in task exited.")
    enabled, rollback = _breaker(record)
    if not enabled:
        return
    record["_failures"] = failed
    if failed < _threshold(service.desired_count):
        return
    record["_tripped"] = True
    if rollback:
        _request_rollback(backend, record, at, "Service deployment rolled back because the circuit breaker threshold was exceeded.")
    else:
        _event(service, f"deployment {record['_deployment_id']} deployment failed: tasks failed to start.")
        _stop(backend, record, at, "Service deployment failed because the circuit breaker threshold was exceeded; rollback is off.")
        if ours:
            ours["rolloutStateReason"] = "ECS deployment circuit breaker: tasks failed to start."


# ---------------------------------------------------------------------------------------------------------
# ROLLING deployments that walk stages: with lifecycle hooks (pause hooks apply to rolling deployments too) or
# deployment alarms (a bake after steady state)


def _alarm_bake_ms(config):
    """How long a rolling deployment with alarms stays IN_PROGRESS after steady state. ECS computes it from the alarms
    and does not publish how: the longest alarm's period x evaluation periods, or MOTO_ECS_ALARM_BAKE_MS."""
    alarms = config.get("alarms") or {}
    if not alarms.get("enable") or not alarms.get("alarmNames"):
        return 0
    if ALARM_BAKE_MS is not None:
        return ALARM_BAKE_MS
    return int(max((_alarm_seconds(name) for name in alarms["alarmNames"]), default=60) / 60 * MINUTE_MS)


def _alarm_seconds(name):
    from moto.cloudwatch.models import cloudwatch_backends

    for regions in cloudwatch_backends.values():
        for backend in regions.values():
            alarm = backend.alarms.get(name)
            if alarm is not None:
                return int(alarm.period or 60) * int(alarm.evaluation_periods or 1)
    return 60


def _walks_stages(config):
    return bool(config.get("lifecycleHooks")) or _alarm_bake_ms(config) > 0


def _plan_rolling(config, reconcile):
    """The stages a ROLLING deployment reports. Which hook stages it passes is not documented: by default the
    scale-up ones; MOTO_ECS_ROLLING_HOOK_STAGES=all adds the traffic hook stages as points where nothing moves."""
    plan = [{"stage": "RECONCILE_SERVICE"}] if reconcile else []
    plan += [{"stage": "PRE_SCALE_UP"}, {"stage": "SCALE_UP"}, {"stage": "POST_SCALE_UP"}]
    if ROLLING_HOOK_STAGES == "all":
        plan += [{"stage": "POST_TEST_TRAFFIC_SHIFT"}, {"stage": "PRE_PRODUCTION_TRAFFIC_SHIFT"}, {"stage": "POST_PRODUCTION_TRAFFIC_SHIFT"}]
    return plan + [{"stage": "BAKE_TIME", "bake_ms": _alarm_bake_ms(config)}]


# ---------------------------------------------------------------------------------------------------------
# Patched backend methods


def create_service(self, cluster_str, service_name, *args, **kwargs):
    service = _create_service(self, cluster_str, service_name, *args, **kwargs)
    if service.deployment_controller["type"] != "ECS" or not service.task_definition:
        return service
    state = _state(self)
    blue, _, advanced = _blue_green(service, state)
    revision = _new_revision(self, service, service.task_definition, blue, advanced.get("productionListenerRule"))
    state.current[_key(service)] = revision
    if blue:
        state.serving_tg[_key(service)] = blue
    now = utcnow()
    record = _new_record(self, service, "initial", [], revision, _config(service), now)
    record["_target_running"] = service.running_count
    completed = service.deployments and service.deployments[0].get("rolloutState") == "COMPLETED"
    _set_status(record, "IN_PROGRESS", now)
    if completed:
        _set_status(record, "SUCCESSFUL", now, "Service deployment completed successfully.")
    return service


def update_service(self, props):
    cluster = props.get("cluster", "default")
    name = props["service"].split("/")[-1]
    before = self._get_service(cluster, name)
    old_task_definition = before.task_definition
    new_task_definition = props.get("task_definition")
    force = props.get("force_new_deployment", False)
    if before.deployment_controller["type"] == "ECS":
        _validate_configuration(props.get("deployment_configuration") or _config(before))
    deployments_before = len(before.deployments)
    desired_before = before.desired_count
    service = _update_service(self, props)
    if service.deployment_controller["type"] != "ECS":
        return service
    if (new_task_definition and new_task_definition != old_task_definition) or force:
        now = utcnow()
        for deployment in service.deployments:
            if deployment["status"] == "PRIMARY" and deployment.get("taskDefinition") == old_task_definition:
                # The revision serving until now keeps its tasks while the new one starts (minimumHealthyPercent 100).
                deployment.update(runningCount=max(deployment.get("runningCount") or 0, desired_before), pendingCount=0)
            deployment["status"] = "ACTIVE"
        ours = {
            "id": _new_id(), "status": "PRIMARY", "taskDefinition": service.task_definition,
            "desiredCount": service.desired_count, "pendingCount": service.desired_count, "runningCount": 0,
            "failedTasks": 0, "createdAt": now, "updatedAt": now, "launchType": service.launch_type,
            "rolloutState": "IN_PROGRESS", "rolloutStateReason": "ECS deployment in progress.",
        }
        service.deployments.insert(0, ours)
        service.running_count, service.pending_count = 0, service.desired_count
        _event(service, f"has started 1 tasks: (deployment {ours['id']}).")
        _start_record(self, service, ours, old_task_definition, deployments_before > 1, now)
    return service


def _start_record(backend, service, ours, previous, reconcile, now):
    state = _state(backend)
    key = _key(service)
    earlier = state.latest.get(key)
    if earlier is not None and earlier["status"] not in FINISHED:
        _set_status(earlier, "STOPPED", now, "Service deployment stopped because a newer service deployment started.")
    source = state.current.get(key) or _new_revision(backend, service, previous)
    state.current[key] = source
    config = _config(service)
    native = _strategy(config) in NATIVE
    blue, green, advanced = _blue_green(service, state) if native else (None, None, {})
    target = _new_revision(backend, service, service.task_definition, green, advanced.get("productionListenerRule"))
    staged = native or _walks_stages(config)
    record = _new_record(backend, service, "native" if staged else "rolling", [source], target, config, now)
    record.update(_deployment_id=ours["id"], _previous_td=previous, _target_td=service.task_definition, _blue=blue, _green=green, _advanced=advanced,
                  _rolling=not native, _alarms_from=now)
    if native:
        record["_plan"] = _plan(config, reconcile)
    elif staged:
        record["_plan"] = _plan_rolling(config, reconcile)


def describe_services(self, cluster_str, names):
    services, failures = _describe_services(self, cluster_str, names)
    state = _state(self)
    for service in services:
        record = state.latest.get(_key(service))
        if record is None:
            continue
        young = ROLLOUT_MS is not None and (utcnow() - record["createdAt"]).total_seconds() * 1000 < ROLLOUT_MS
        if record["_kind"] == "rolling" and record["status"] in RUNNING and not record["_stuck"] and not young:
            _settle_rolling(self, service, record, utcnow())
        else:
            _observe(self, record, tick=False)
    return services, failures


# ---------------------------------------------------------------------------------------------------------
# The service-deployments API, served by moto's ECS response class and serializer


def _find(backend, arn):
    record = _state(backend).records.get(arn)
    if record is None:
        raise _error("ServiceDeploymentNotFoundException", f"The service deployment {arn} does not exist.")
    return record


def list_service_deployments(self):
    backend = self.ecs_backend
    service = backend._get_service(self._get_param("cluster", "default"), self._get_param("service"))
    statuses = self._get_param("status") or []
    created = self._get_param("createdAt") or {}
    max_results = self._get_param("maxResults") or 20
    if not 1 <= int(max_results) <= 100:
        raise InvalidParameterException("maxResults must be between 1 and 100.")
    after = _naive(created["after"]) if created.get("after") is not None else None
    before = _naive(created["before"]) if created.get("before") is not None else None
    records = [r for r in _state(backend).records.values() if r["_key"] == _key(service)]
    for record in records:
        _observe(backend, record, tick=False)
    chosen = [
        r for r in records
        if (not statuses or r["status"] in statuses) and (after is None or r["createdAt"] >= after) and (before is None or r["createdAt"] <= before)
    ]
    chosen.sort(key=lambda r: r["createdAt"], reverse=True)
    start = int(self._get_param("nextToken") or 0)
    page = chosen[start:start + int(max_results)]
    result = {"serviceDeployments": [_brief(r) for r in page]}
    if start + int(max_results) < len(chosen):
        result["nextToken"] = str(start + int(max_results))
    return ActionResult(result)


def describe_service_deployments(self):
    backend = self.ecs_backend
    arns = self._get_param("serviceDeploymentArns") or []
    if not arns or len(arns) > 20:
        raise InvalidParameterException("serviceDeploymentArns must name between 1 and 20 service deployments.")
    found, failures = [], []
    state = _state(backend)
    for arn in arns:
        record = state.records.get(arn)
        if record is None:
            failures.append({"arn": arn, "reason": "MISSING"})
            continue
        _observe(backend, record, tick=True)
        found.append(_public(backend, record))
        record["_seen"] = True
        record["_lag_left"] = max(record["_lag_left"] - 1, 0)
    return ActionResult({"serviceDeployments": found, "failures": failures})


def stop_service_deployment(self):
    backend = self.ecs_backend
    arn = self._get_param("serviceDeploymentArn")
    stop_type = self._get_param("stopType") or "ROLLBACK"
    if stop_type not in ("ROLLBACK", "ABORT"):
        raise InvalidParameterException(f"Invalid stopType: {stop_type}.")
    record = _find(backend, arn)
    _observe(backend, record, tick=False)
    if record["status"] in FINISHED:
        raise _error("ConflictException", f"The service deployment {arn} has already finished ({record['status']}).")
    if record["status"] in ("ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS", "STOP_REQUESTED"):
        return ActionResult({"serviceDeploymentArn": arn})
    if record["_kind"] == "initial":
        raise _error("ConflictException", f"The service deployment {arn} has no earlier service revision to roll back to.")
    if stop_type == "ABORT":
        _stop(backend, record, utcnow(), "Service deployment stopped by StopServiceDeployment.")
    else:
        _request_rollback(backend, record, utcnow(), "Service deployment rolled back by StopServiceDeployment.")
    return ActionResult({"serviceDeploymentArn": arn})


def continue_service_deployment(self):
    backend = self.ecs_backend
    arn = self._get_param("serviceDeploymentArn")
    hook_id = self._get_param("hookId")
    action = self._get_param("action") or "CONTINUE"
    if action not in ("CONTINUE", "ROLLBACK"):
        raise InvalidParameterException(f"Invalid action: {action}.")
    record = _find(backend, arn)
    _observe(backend, record, tick=False)
    if record["status"] != "IN_PROGRESS":
        raise InvalidParameterException(f"The service deployment {arn} is {record['status']}, not IN_PROGRESS.")
    hook = next((h for h in record["_hooks"] if h["hookId"] == hook_id), None)
    if hook is None or hook["status"] != "AWAITING_ACTION":
        raise InvalidParameterException(f"The lifecycle hook {hook_id} is not awaiting action on {arn}.")
    now = utcnow()
    if action == "CONTINUE":
        hook["status"] = "SUCCEEDED"
        record["_released"] = now
        record["updatedAt"] = now
    else:
        hook["status"] = "FAILED"
        stage = record["_plan"][record["_step"]]["stage"]
        _request_rollback(backend, record, now, f"Service deployment rolled back by ContinueServiceDeployment at the {stage} lifecycle hook.")
    return ActionResult({"serviceDeploymentArn": arn})


def describe_service_revisions(self):
    backend = self.ecs_backend
    arns = self._get_param("serviceRevisionArns") or []
    if not arns or len(arns) > 20:
        raise InvalidParameterException("serviceRevisionArns must name between 1 and 20 service revisions.")
    revisions = _state(backend).revisions
    return ActionResult({
        "serviceRevisions": [revisions[a] for a in arns if a in revisions],
        "failures": [{"arn": a, "reason": "MISSING"} for a in arns if a not in revisions],
    })


def create_service_response(self):
    config = self._get_param("deploymentConfiguration")
    if config:
        _validate_configuration(config)
    result = _create_service_response(self)
    if config:
        service = self.ecs_backend._get_service(self._get_param("cluster", "default"), self._get_param("serviceName"))
        service.deployment_configuration = config
        record = _state(self.ecs_backend).latest.get(_key(service))
        if record is not None:
            record["deploymentConfiguration"] = copy.deepcopy(config)
    return result


models.EC2ContainerServiceBackend.create_service = create_service
models.EC2ContainerServiceBackend.update_service = update_service
models.EC2ContainerServiceBackend.describe_services = describe_services
responses.EC2ContainerServiceResponse.create_service = create_service_response
responses.EC2ContainerServiceResponse.list_service_deployments = list_service_deployments
responses.EC2ContainerServiceResponse.describe_service_deployments = describe_service_deployments
responses.EC2ContainerServiceResponse.stop_service_deployment = stop_service_deployment
responses.EC2ContainerServiceResponse.continue_service_deployment = continue_service_deployment
responses.EC2ContainerServiceResponse.describe_service_revisions = describe_service_revisions

moto_codedeploy.install(_set_forward)

if __name__ == "__main__":
    main(sys.argv[1:])
