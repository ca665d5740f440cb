"""
A CodeDeploy double for ECS blue/green deployments, loaded by moto_server.py (install() patches moto).

Stock moto accepts CreateApplication/CreateDeploymentGroup/CreateDeployment, but writes times as ISO strings
(the JS SDK wants epoch numbers: "Expected real number"), never moves a deployment out of "Created", and answers
BatchGetDeploymentGroups, Create/GetDeploymentConfig, List/GetDeploymentTarget(s), ContinueDeployment and
StopDeployment with HTTP 500. Here, for applications with computePlatform ECS:

What AWS does, and where it says so
  [TW]  The termination wait on ECS: GetDeployment's instanceTerminationWaitTimeStarted stays false; the ECS target
        turns Succeeded when the wait starts, and the deployment Succeeded when it ends (aws/containers-roadmap#269,
        AWS's answer there). ContinueDeployment TERMINATION_WAIT ends it early (API ContinueDeployment).
  [LBL] A deployment's own target labels its original task set BLUE and its replacement GREEN (API ECSTaskSet.taskSetLabel).
  [RB]  StopDeployment answers status Pending (API StopDeploymentOutput); with autoRollbackEnabled, or the group's
        autoRollbackConfiguration events, a rollback deployment follows, linked both ways by rollbackInfo (API RollbackInfo).
  [ALM] A group's alarmConfiguration stops a deployment whose alarm is in ALARM (errorInformation ALARM_ACTIVE), and
        DEPLOYMENT_STOP_ON_ALARM in its autoRollbackConfiguration rolls it back (API AlarmConfiguration,
        AutoRollbackConfiguration, ErrorInformation).

Variants, where AWS does not say (environment switches; the tests of the affected verdicts run under each)
  MOTO_CODEDEPLOY_TERMINATION_FLAG  false (default, as AWS answers today [TW]) | true (the flag fixed).
  MOTO_CODEDEPLOY_ROLLBACK_LABELS   original (default): a rollback deployment's target keeps the labels (the original
                                    task set BLUE) | swapped: it labels the set it takes traffic from BLUE. The task
                                    set IDs and target groups stay with the sets either way.
  MOTO_CODEDEPLOY_ROLLBACK_INFO     at-stop (default): rollbackInfo shows as soon as the deployment is Stopped or
                                    Failed | later: only after two more reads of it.
  A stopped or failed deployment's own target keeps the weights it had when it ended: a guess, not switchable.

Reads with real timestamps (epoch seconds)
  GetApplication, BatchGetApplications, GetDeploymentGroup, BatchGetDeploymentGroups (unknown names in
  errorMessage), GetDeployment, BatchGetDeployments, ListDeployments (stock, statuses kept in step),
  ListDeploymentTargets and GetDeploymentTarget / BatchGetDeploymentTargets (one ECSTarget per deployment, id
  "<cluster>:<service>", with lifecycleEvents and taskSetsInfo: a Blue and a Green task set with trafficWeight).

Deployment configurations
  The five CodeDeployDefault.ECS* configurations exist; CreateDeploymentConfig takes computePlatform ECS with
  trafficRoutingConfig TimeBasedCanary (canaryPercentage 1-99, canaryInterval >= 1), TimeBasedLinear (same limits)
  or AllAtOnce (InvalidTrafficRoutingConfigurationException otherwise; DeploymentConfigAlreadyExistsException,
  InvalidDeploymentConfigNameException for a CodeDeployDefault. name). GetDeploymentConfig: unknown names are
  DeploymentConfigDoesNotExistException. CreateDeployment with an unknown configuration fails the same way; a
  second deployment while one is active in the group is DeploymentLimitExceededException; an AppSpecContent whose
  sha256 does not match its content is InvalidRevisionException (the content must be JSON or YAML).

The lifecycle of a deployment (status, and the target's lifecycle events)
  Created -> InProgress: BeforeInstall, Install (the Green task set starts with the AppSpec's task definition),
  AfterInstall, AllowTestTraffic (test listeners: 100% to Green), AfterAllowTestTraffic
  -> Ready, only when the group's blueGreenDeploymentConfiguration.deploymentReadyOption.actionOnTimeout is
  STOP_DEPLOYMENT: waits for ContinueDeployment (READY_WAIT), or Stopped after waitTimeInMinutes (0: never)
  -> InProgress: BeforeAllowTraffic, AllowTraffic: production traffic moves per the configuration (canary: N%,
  then 100% after the interval; linear: N% more every interval; all at once: 100%), AfterAllowTraffic
  -> the original (Blue) task set kept for blueGreenDeploymentConfiguration.terminateBlueInstancesOnDeployment-
  Success.terminationWaitTimeInMinutes: AfterAllowTraffic Succeeded, the target Succeeded, instanceTermination-
  WaitTimeStarted as MOTO_CODEDEPLOY_TERMINATION_FLAG says [TW]; ContinueDeployment TERMINATION_WAIT ends it
  -> Succeeded: Blue terminated (running 0, weight 0, status INACTIVE), the Green target
  group serves production from then on, and the ECS service's taskDefinition is the new one.
  - Install fails when the AppSpec names a task definition, container or container port ECS does not know
    (errorInformation ECS_UPDATE_ERROR), or when the new image's tag starts with "fail-"; it never ends when the
    tag starts with "hang-".
  - A failed deployment with the group's autoRollbackConfiguration (enabled, DEPLOYMENT_FAILURE) gets a rollback.
  - StopDeployment (Created, InProgress or Ready; otherwise DeploymentAlreadyCompletedException) -> Stopped
    (errorInformation MANUAL_STOP) at once and answers {status: Pending}; with autoRollbackEnabled it gets a
    rollback. A rollback is a new deployment (creator codeDeployRollback; rollbackInfo links both ways):
    Created -> InProgress (production and test traffic back to 100% Blue) -> Succeeded (Green removed) [RB]; its
    labels and when rollbackInfo shows as the variants say.
  - The group's alarms are checked on every read while the deployment runs [ALM].
  - ContinueDeployment READY_WAIT on a deployment not Ready, or TERMINATION_WAIT outside the termination wait,
    is InvalidDeploymentWaitTypeException / DeploymentIsNotInReadyStateException.
  ELBv2: the group's loadBalancerInfo.targetGroupPairInfoList[0] (two target groups by name, prodTrafficRoute and
  testTrafficRoute listener ARNs): every traffic move rewrites those listeners' default forward action in moto
  with weights (Blue 100-N, Green N), and every other rule of those listeners that forwards to either target
  group the same way, so DescribeListeners / DescribeRules (and a weighted front) see the split.

Pacing (like the ECS double):
  - default: each GetDeployment / BatchGetDeployments moves each deployment it names one step (a lifecycle step
    or a traffic step), only once its current state has been answered to such a read, never before a traffic
    step's interval has passed, never out of Ready without ContinueDeployment.
  - MOTO_CODEDEPLOY_STAGE_MS=<n>: time drives it instead: each step lasts n ms (or its interval if longer); any
    read catches up.
  - MOTO_CODEDEPLOY_MINUTE_MS=<n> (default 60000): how long one "minute" of interval, ready wait or termination
    wait lasts.
State lives on moto's CodeDeploy backend objects, so POST /moto-api/reset wipes it.
"""
import datetime
import hashlib
import json
import os
import string

import yaml
from moto.codedeploy import responses
from moto.codedeploy.exceptions import CodeDeployException
from moto.core.utils import utcnow
from moto.moto_api._internal import mock_random

STAGE_MS = int(os.environ["MOTO_CODEDEPLOY_STAGE_MS"]) if os.environ.get("MOTO_CODEDEPLOY_STAGE_MS") else None
MINUTE_MS = int(os.environ.get("MOTO_CODEDEPLOY_MINUTE_MS") or 60000)
FINISHED = {"Succeeded", "Failed", "Stopped"}
# Where AWS is silent, these pick among the plausible behaviours (the header's "Variants" says which and why).
TERMINATION_FLAG = (os.environ.get("MOTO_CODEDEPLOY_TERMINATION_FLAG") or "false") == "true"
ROLLBACK_LABELS = os.environ.get("MOTO_CODEDEPLOY_ROLLBACK_LABELS") or "original"
ROLLBACK_INFO = os.environ.get("MOTO_CODEDEPLOY_ROLLBACK_INFO") or "at-stop"
for _name, _value, _allowed in (
    ("MOTO_CODEDEPLOY_TERMINATION_FLAG", os.environ.get("MOTO_CODEDEPLOY_TERMINATION_FLAG") or "false", {"false", "true"}),
    ("MOTO_CODEDEPLOY_ROLLBACK_LABELS", ROLLBACK_LABELS, {"original", "swapped"}),
    ("MOTO_CODEDEPLOY_ROLLBACK_INFO", ROLLBACK_INFO, {"at-stop", "later"}),
):
    if _value not in _allowed:
        raise SystemExit(f"{_name}={_value}: expected one of {', '.join(sorted(_allowed))}")
# Reads of a stopped or failed deployment that still show no rollbackInfo with MOTO_CODEDEPLOY_ROLLBACK_INFO=later.
ROLLBACK_INFO_DELAY = 2
EVENTS = ["BeforeInstall", "Install", "AfterInstall", "AllowTestTraffic", "AfterAllowTestTraffic", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic"]
BUILT_IN = {
    "CodeDeployDefault.ECSAllAtOnce": {"type": "AllAtOnce"},
    "CodeDeployDefault.ECSCanary10Percent5Minutes": {"type": "TimeBasedCanary", "timeBasedCanary": {"canaryPercentage": 10, "canaryInterval": 5}},
    "CodeDeployDefault.ECSCanary10Percent15Minutes": {"type": "TimeBasedCanary", "timeBasedCanary": {"canaryPercentage": 10, "canaryInterval": 15}},
    "CodeDeployDefault.ECSLinear10PercentEvery1Minutes": {"type": "TimeBasedLinear", "timeBasedLinear": {"linearPercentage": 10, "linearInterval": 1}},
    "CodeDeployDefault.ECSLinear10PercentEvery3Minutes": {"type": "TimeBasedLinear", "timeBasedLinear": {"linearPercentage": 10, "linearInterval": 3}},
}
_hooks = {"set_forward": None}


def _error(code, message):
    err = CodeDeployException(code, message)
    err.code = 400
    return err


class _State:
    def __init__(self):
        self.configs = {}  # name -> config info (dict)
        self.records = {}  # deployment id -> record
        self.serving = {}  # (application, group) -> index of the target group serving production


def _state(backend):
    # In the backend's own __dict__: moto's reset replaces that dict, so a reset wipes this too.
    state = backend.__dict__.get("_codedeploy_double")
    if state is None:
        state = backend.__dict__["_codedeploy_double"] = _State()
    return state


def _epoch(value):
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return round(value.timestamp(), 3)


def _ms(milliseconds):
    return datetime.timedelta(milliseconds=milliseconds)


def _json(data):
    return json.dumps(data, default=str)


# ---------------------------------------------------------------------------------------------------------
# Plain reads with epoch times


def _application(app):
    out = app.to_dict()
    out["createTime"] = _epoch(app.create_time)
    return out


def _group(backend, group):
    out = group.to_dict()
    if group.application.compute_platform == "ECS" and out["deploymentConfigName"] == "CodeDeployDefault.OneAtATime":
        out["deploymentConfigName"] = "CodeDeployDefault.ECSAllAtOnce"  # moto's default is the EC2 one
    out["alarmConfiguration"] = _alarm_config(group)
    for key in ("targetRevision", "lastSuccessfulDeployment", "lastAttemptedDeployment"):
        out.pop(key, None)
    records = [r for r in _state(backend).records.values() if r["app"] == group.application.application_name and r["group"] == group.deployment_group_name and r["creator"] == "user"]
    if records:
        last = max(records, key=lambda r: r["createTime"])
        out["lastAttemptedDeployment"] = {"deploymentId": last["id"], "status": last["status"], "endTime": _epoch(last.get("completeTime")), "createTime": _epoch(last["createTime"])}
        done = [r for r in records if r["status"] == "Succeeded"]
        if done:
            best = max(done, key=lambda r: r["createTime"])
            out["lastSuccessfulDeployment"] = {"deploymentId": best["id"], "status": "Succeeded", "endTime": _epoch(best.get("completeTime")), "createTime": _epoch(best["createTime"])}
    return {k: v for k, v in out.items() if v is not None}


def _alarm_config(group):
    config = group.alarm_configuration or {}
    if not isinstance(config, dict):
        config = {"enabled": config.enabled, "alarms": config.alarms, "ignorePollAlarmFailure": config.ignore_poll_alarm_failure}
    return {k: v for k, v in config.items() if v is not None}


def get_application(self):
    return _json({"application": _application(self.codedeploy_backend.get_application(self._get_param("applicationName")))})


def batch_get_applications(self):
    apps = self.codedeploy_backend.batch_get_applications(self._get_param("applicationNames") or [])
    return _json({"applicationsInfo": [_application(a) for a in apps]})


def get_deployment_group(self):
    backend = self.codedeploy_backend
    group = backend.get_deployment_group(self._get_param("applicationName"), self._get_param("deploymentGroupName"))
    return _json({"deploymentGroupInfo": _group(backend, group)})


def batch_get_deployment_groups(self):
    backend = self.codedeploy_backend
    app = self._get_param("applicationName")
    backend.get_application(app)
    found, missing = [], []
    for name in self._get_param("deploymentGroupNames") or []:
        group = backend.deployment_groups.get(app, {}).get(name)
        if group is None:
            missing.append(name)
        else:
            found.append(_group(backend, group))
    out = {"deploymentGroupsInfo": found}
    if missing:
        out["errorMessage"] = f"Deployment groups not found: {', '.join(missing)}"
    return _json(out)


# ---------------------------------------------------------------------------------------------------------
# Deployment configurations


def _routing_error(message):
    return _error("InvalidTrafficRoutingConfigurationException", message)


def _check_routing(routing):
    kind = (routing or {}).get("type")
    if kind == "AllAtOnce":
        return
    key, pct, interval = {"TimeBasedCanary": ("timeBasedCanary", "canaryPercentage", "canaryInterval"), "TimeBasedLinear": ("timeBasedLinear", "linearPercentage", "linearInterval")}.get(kind, (None, None, None))
    if key is None:
        raise _routing_error(f"Invalid traffic routing type: {kind}.")
    body = routing.get(key) or {}
    if not isinstance(body.get(pct), int) or not 1 <= body[pct] <= 99:
        raise _routing_error(f"{pct} must be an integer between 1 and 99.")
    if not isinstance(body.get(interval), int) or body[interval] < 1:
        raise _routing_error(f"{interval} must be a positive number of minutes.")


def _config(backend, name):
    if name in BUILT_IN:
        return {"deploymentConfigId": hashlib.md5(name.encode()).hexdigest(), "deploymentConfigName": name, "computePlatform": "ECS", "trafficRoutingConfig": BUILT_IN[name], "createTime": 1420070400}
    found = _state(backend).configs.get(name)
    if found is None:
        raise _error("DeploymentConfigDoesNotExistException", f"The deployment configuration {name} does not exist with the user or AWS account.")
    return found


def create_deployment_config(self):
    backend = self.codedeploy_backend
    name = self._get_param("deploymentConfigName")
    if not name or name.startswith("CodeDeployDefault."):
        raise _error("InvalidDeploymentConfigNameException", f"Invalid deployment configuration name: {name}.")
    if name in _state(backend).configs:
        raise _error("DeploymentConfigAlreadyExistsException", f"A deployment configuration named {name} already exists with the user or AWS account.")
    platform = self._get_param("computePlatform") or "Server"
    routing = self._get_param("trafficRoutingConfig")
    if platform == "ECS":
        _check_routing(routing)
    config = {"deploymentConfigId": str(mock_random.uuid4()), "deploymentConfigName": name, "computePlatform": platform, "createTime": _epoch(utcnow())}
    if routing:
        config["trafficRoutingConfig"] = routing
    if self._get_param("minimumHealthyHosts"):
        config["minimumHealthyHosts"] = self._get_param("minimumHealthyHosts")
    _state(backend).configs[name] = config
    return _json({"deploymentConfigId": config["deploymentConfigId"]})


def get_deployment_config(self):
    return _json({"deploymentConfigInfo": _config(self.codedeploy_backend, self._get_param("deploymentConfigName"))})


def list_deployment_configs(self):
    return _json({"deploymentConfigsList": sorted(BUILT_IN) + sorted(_state(self.codedeploy_backend).configs)})


# ---------------------------------------------------------------------------------------------------------
# Deployments: creation and the plan of steps


def _traffic_steps(routing):
    """[(percent on Green, minutes before the next step)] of production traffic."""
    kind = routing.get("type")
    if kind == "TimeBasedCanary":
        body = routing["timeBasedCanary"]
        return [(body["canaryPercentage"], body["canaryInterval"]), (100, 0)]
    if kind == "TimeBasedLinear":
        body = routing["timeBasedLinear"]
        steps, k = [], 1
        while k * body["linearPercentage"] < 100:
            steps.append((k * body["linearPercentage"], body["linearInterval"]))
            k += 1
        return steps + [(100, 0)]
    return [(100, 0)]


def _plan(group, routing):
    blue_green = group.blue_green_deployment_configuration or {}
    ready = blue_green.get("deploymentReadyOption") or {}
    terminate = blue_green.get("terminateBlueInstancesOnDeploymentSuccess") or {}
    plan = [{"stage": "install", "events": ["BeforeInstall", "Install", "AfterInstall"]},
            {"stage": "test-traffic", "events": ["AllowTestTraffic", "AfterAllowTestTraffic"], "test": 100}]
    if ready.get("actionOnTimeout") == "STOP_DEPLOYMENT":
        plan.append({"stage": "ready", "wait": int(ready.get("waitTimeInMinutes") or 0)})
    for i, (percent, minutes) in enumerate(_traffic_steps(routing)):
        plan.append({"stage": "traffic", "events": (["BeforeAllowTraffic"] if i == 0 else []) + ["AllowTraffic"], "prod": percent, "bake": minutes})
    plan.append({"stage": "after-traffic", "events": ["AfterAllowTraffic"]})
    minutes = 0 if terminate.get("action") == "KEEP_ALIVE" else int(terminate.get("terminationWaitTimeInMinutes") or 0)
    plan.append({"stage": "termination-wait", "bake": minutes, "hold": terminate.get("action") == "KEEP_ALIVE"})
    return plan


def _new_id():
    return "d-" + "".join(mock_random.choice(string.ascii_uppercase + string.digits) for _ in range(9))


def _ecs(backend):
    from moto.ecs.models import ecs_backends

    return ecs_backends[backend.account_id][backend.region_name]


def _service(backend, group):
    entry = (group.ecs_services or [{}])[0]
    cluster = (entry.get("clusterName") or "default").split("/")[-1]
    return cluster, entry.get("serviceName"), _ecs(backend).services.get(f"{cluster}:{entry.get('serviceName')}")


def _parse_appspec(revision):
    if (revision or {}).get("revisionType") != "AppSpecContent":
        return None
    body = revision.get("appSpecContent") or {}
    content = body.get("content") or ""
    if body.get("sha256") and hashlib.sha256(content.encode()).hexdigest() != body["sha256"]:
        raise _error("InvalidRevisionException", "The AppSpec content does not match its sha256.")
    try:
        spec = json.loads(content)
    except ValueError:
        try:
            spec = yaml.safe_load(content)
        except yaml.YAMLError:
            raise _error("InvalidRevisionException", "The AppSpec content is neither JSON nor YAML.")
    try:
        props = spec["Resources"][0]["TargetService"]["Properties"]
        lb = props.get("LoadBalancerInfo") or {}
        return {"taskDefinition": props["TaskDefinition"], "container": lb.get("ContainerName"), "port": lb.get("ContainerPort"), "hooks": spec.get("Hooks") or []}
    except (KeyError, IndexError, TypeError):
        raise _error("InvalidRevisionException", "The AppSpec content has no Resources[0].TargetService.Properties.TaskDefinition.")


def _new_record(backend, deployment, group, creator, plan, appspec, now):
    cluster, service_name, service = _service(backend, group)
    pair = ((group.load_balancer_info or {}).get("targetGroupPairInfoList") or [{}])[0]
    record = {
        "id": deployment.deployment_id, "app": group.application.application_name, "group": group.deployment_group_name,
        "creator": creator, "status": "Created", "createTime": now, "plan": plan, "step": -1, "entered": now,
        "seen": False, "appspec": appspec, "prod": 0, "test": 0, "events": {e: {"status": "Pending"} for e in EVENTS},
        "cluster": cluster, "service": service_name, "serviceArn": service.arn if service else None,
        "desired": service.desired_count if service else 1, "blueTd": service.task_definition if service else None,
        "blue": f"ecs-svc/{mock_random.randint(10**18, 10**19 - 1)}", "green": None, "blueAlive": True, "greenAlive": False,
        "pair": pair, "stuck": False, "waitTerminating": False, "messages": [], "_object": deployment,
    }
    _state(backend).records[record["id"]] = record
    return record


def create_deployment(self):
    backend = self.codedeploy_backend
    app, group_name = self._get_param("applicationName"), self._get_param("deploymentGroupName")
    group = backend.get_deployment_group(app, group_name)
    if group.application.compute_platform != "ECS":
        return _create_deployment(self)
    name = self._get_param("deploymentConfigName") or str(group.deployment_config_name)
    if name == "CodeDeployDefault.OneAtATime":  # moto's default for a group that names none; ECS groups use this
        name = "CodeDeployDefault.ECSAllAtOnce"
    config = _config(backend, name)
    if config.get("computePlatform") != "ECS":
        raise _error("InvalidDeploymentConfigNameException", f"The deployment configuration {name} is not for the ECS compute platform.")
    appspec = _parse_appspec(self._get_param("revision"))
    if appspec is None:
        raise _error("InvalidRevisionException", "An ECS deployment needs a revision of type AppSpecContent here.")
    for r in _state(backend).records.values():
        _observe(backend, r, tick=False)
        if r["app"] == app and r["group"] == group_name and r["status"] not in FINISHED:
            raise _error("DeploymentLimitExceededException", f"The deployment group {group_name} already has an active deployment {r['id']}.")
    stock_id = backend.create_deployment(app, group_name, self._get_param("revision"), name, self._get_param("description"))
    deployment = backend.deployments.pop(stock_id)
    deployment.deployment_id = _new_id()
    backend.deployments[deployment.deployment_id] = deployment
    _new_record(backend, deployment, group, "user", _plan(group, config.get("trafficRoutingConfig") or {"type": "AllAtOnce"}), appspec, utcnow())
    return _json({"deploymentId": deployment.deployment_id})


def _start_rollback(backend, record, at, why):
    group = backend.get_deployment_group(record["app"], record["group"])
    stock_id = backend.create_deployment(record["app"], record["group"], record["_object"].revision, str(record["_object"].deployment_config_name), f"Rollback of {record['id']}")
    deployment = backend.deployments.pop(stock_id)
    deployment.deployment_id = _new_id()
    deployment.creator = "codeDeployRollback"
    backend.deployments[deployment.deployment_id] = deployment
    plan = [{"stage": "rollback-traffic"}]
    rollback = _new_record(backend, deployment, group, "codeDeployRollback", plan, record["appspec"], at)
    rollback.update(blue=record["blue"], green=record["green"], greenAlive=record["greenAlive"], blueTd=record["blueTd"], prod=record["prod"], test=record["test"], pair=record["pair"],
                    rollbackInfo={"rollbackTriggeringDeploymentId": record["id"], "rollbackMessage": f"Rollback of deployment {record['id']}: {why}"})
    record["rollbackInfo"] = {"rollbackDeploymentId": rollback["id"], "rollbackMessage": f"Deployment {record['id']} rolled back by deployment {rollback['id']}: {why}"}
    # When rollbackInfo first shows on the stopped or failed deployment is not documented: at once, or a few reads on.
    record["infoHiddenFor"] = ROLLBACK_INFO_DELAY if ROLLBACK_INFO == "later" else 0


# ---------------------------------------------------------------------------------------------------------
# Moving a deployment


def _set_status(backend, record, status, at):
    record["status"] = status
    record["seen"] = False
    record["_object"].status = status
    if status == "InProgress" and "startTime" not in record:
        record["startTime"] = at
    if status in FINISHED:
        record["completeTime"] = at
        for event in record["events"].values():
            if event["status"] == "InProgress":
                event.update(status="Failed" if status != "Succeeded" else "Succeeded", endTime=at)


def _events(record, names, status, at):
    for name in names:
        event = record["events"][name]
        if status == "InProgress":
            event.update(status="InProgress", startTime=at)
        else:
            event.setdefault("startTime", at)
            event.update(status=status, endTime=at)


def _target_groups(backend, record):
    names = [t.get("name") for t in record["pair"].get("targetGroups") or []]
    if len(names) != 2:
        return None, None
    from moto.elbv2.models import elbv2_backends

    by_name = {tg.name: tg.arn for tg in elbv2_backends[backend.account_id][backend.region_name].target_groups.values()}
    serving = _state(backend).serving.get((record["app"], record["group"]), 0)
    return (names[serving], by_name.get(names[serving])), (names[1 - serving], by_name.get(names[1 - serving]))


def _apply_traffic(backend, record):
    (_, blue), (_, green) = _target_groups(backend, record)
    if not blue or not green or _hooks["set_forward"] is None:
        return
    from moto.elbv2.models import elbv2_backends

    elbv2 = elbv2_backends[backend.account_id][backend.region_name]
    for route, percent in (("prodTrafficRoute", record["prod"]), ("testTrafficRoute", record["test"])):
        for listener in (record["pair"].get(route) or {}).get("listenerArns") or []:
            try:
                # The default action, and every other rule of the listener that forwards to the pair.
                rules = [r.arn for r in elbv2.describe_rules(listener, None) if not r.is_default and _forwards_to(r.actions, {blue, green})]
                for arn in [listener] + rules:
                    _hooks["set_forward"](elbv2, arn, [(blue, 100 - percent), (green, percent)])
            except Exception as err:  # a wrong ARN in a test should show, not crash the server
                record["messages"].append(f"traffic shift failed: {listener}: {err}")


def _forwards_to(actions, arns):
    for action in actions:
        data = action.data
        if data.get("Type") != "forward":
            continue
        named = {data.get("TargetGroupArn")} | {g.get("TargetGroupArn") for g in (data.get("ForwardConfig") or {}).get("TargetGroups") or []}
        if named & arns:
            return True
    return False


def _install_problem(backend, record):
    spec = record["appspec"]
    try:
        definition = _ecs(backend).describe_task_definition(spec["taskDefinition"])
    except Exception:
        return f"The ECS service cannot be updated: task definition {spec['taskDefinition']} does not exist."
    container = next((c for c in definition.container_definitions if c.get("name") == spec["container"]), None)
    if container is None:
        return f"The ECS service cannot be updated: the container {spec['container']} does not exist in the task definition."
    if spec["port"] not in [p.get("containerPort") for p in container.get("portMappings") or []]:
        return f"The ECS service cannot be updated: the container {spec['container']} does not expose port {spec['port']}."
    image = container.get("image") or ""
    if ":fail-" in image:
        return "The ECS service cannot be updated: the replacement task set's tasks failed to start (essential container exited)."
    if ":hang-" in image:
        record["stuck"] = True
    return None


def _fail(backend, record, at, code, message):
    record["errorInformation"] = {"code": code, "message": message}
    record["greenAlive"] = False
    _set_status(backend, record, "Failed", at)
    group = backend.get_deployment_group(record["app"], record["group"])
    auto = group.auto_rollback_configuration or {}
    if auto.get("enabled") and "DEPLOYMENT_FAILURE" in (auto.get("events") or []):
        _start_rollback(backend, record, at, "the deployment failed")


def _enter(backend, record, index, at):
    step = record["plan"][index]
    record.update(step=index, entered=at, seen=False)
    stage = step["stage"]
    if stage == "install":
        _events(record, ["BeforeInstall"], "Succeeded", at)
        _events(record, ["Install"], "InProgress", at)
        problem = _install_problem(backend, record)
        if problem:
            _events(record, ["Install"], "Failed", at)
            _fail(backend, record, at, "ECS_UPDATE_ERROR", problem)
            return
        record.update(green=f"ecs-svc/{mock_random.randint(10**18, 10**19 - 1)}", greenAlive=True)
    elif stage == "test-traffic":
        _events(record, ["Install", "AfterInstall", "AllowTestTraffic", "AfterAllowTestTraffic"], "Succeeded", at)
        record["test"] = 100
        _apply_traffic(backend, record)
    elif stage == "ready":
        _set_status(backend, record, "Ready", at)
    elif stage == "traffic":
        if record["status"] == "Ready":
            _set_status(backend, record, "InProgress", at)
        _events(record, ["BeforeAllowTraffic"], "Succeeded", at)
        _events(record, ["AllowTraffic"], "InProgress", at)
        record["prod"] = step["prod"]
        _apply_traffic(backend, record)
    elif stage == "after-traffic":
        _events(record, ["AllowTraffic"], "Succeeded", at)
        _events(record, ["AfterAllowTraffic"], "InProgress", at)
    elif stage == "termination-wait":
        # On ECS the flag stays false through the wait (aws/containers-roadmap#269; MOTO_CODEDEPLOY_TERMINATION_FLAG=true
        # models the fix); the target reads Succeeded from the start of the wait.
        _events(record, ["AfterAllowTraffic"], "Succeeded", at)
        record["waitTerminating"] = True
        record["_object"].instance_termination_wait_time_started = TERMINATION_FLAG
    elif stage == "rollback-traffic":
        record["prod"] = record["test"] = 0
        _events(record, EVENTS, "Succeeded", at)
        _apply_traffic(backend, record)


def _succeed(backend, record, at):
    if record["creator"] == "codeDeployRollback":
        record["greenAlive"] = False
        _set_status(backend, record, "Succeeded", at)
        return
    record["blueAlive"] = False
    _set_status(backend, record, "Succeeded", at)
    key = (record["app"], record["group"])
    state = _state(backend)
    state.serving[key] = 1 - state.serving.get(key, 0)
    _, _, service = _service(backend, backend.get_deployment_group(record["app"], record["group"]))
    if service is not None:
        service.task_definition = _ecs(backend).describe_task_definition(record["appspec"]["taskDefinition"]).arn


def _due(record):
    if record["status"] in FINISHED or record["stuck"]:
        return None
    floor = _ms(STAGE_MS or 0)
    if record["status"] == "Created":
        return record["entered"] + floor
    step = record["plan"][record["step"]]
    if step["stage"] == "ready" or step.get("hold"):
        return None
    return record["entered"] + max(floor, _ms(step.get("bake", 0) * MINUTE_MS))


def _step(backend, record, at):
    if record["status"] == "Created":
        _set_status(backend, record, "InProgress", at)
        _enter(backend, record, 0, at)
    elif record["step"] + 1 < len(record["plan"]):
        _enter(backend, record, record["step"] + 1, at)
    else:
        _succeed(backend, record, at)


def _check_ready_timeout(backend, record, now):
    if record["status"] != "Ready":
        return
    wait = record["plan"][record["step"]].get("wait") or 0
    if wait and record["entered"] + _ms(wait * MINUTE_MS) <= now:
        record["errorInformation"] = {"code": "TIMEOUT", "message": "The deployment was not continued within the ready wait time."}
        record["greenAlive"] = False
        _set_status(backend, record, "Stopped", record["entered"] + _ms(wait * MINUTE_MS))


def _check_group_alarms(backend, record, now):
    """The group's alarmConfiguration: an alarm in ALARM stops a running deployment (errorInformation ALARM_ACTIVE),
    rolled back when autoRollbackConfiguration has DEPLOYMENT_STOP_ON_ALARM (AlarmConfiguration, AutoRollbackConfiguration)."""
    if record["creator"] != "user" or record["status"] in FINISHED:
        return
    group = backend.get_deployment_group(record["app"], record["group"])
    config = _alarm_config(group)
    names = [a.get("name") for a in config.get("alarms") or [] if a.get("name")]
    if not config.get("enabled") or not names:
        return
    from moto.cloudwatch.models import cloudwatch_backends

    known = cloudwatch_backends[backend.account_id][backend.region_name].alarms
    fired = [n for n in names if n in known and known[n].state_value == "ALARM"]
    if not fired:
        return
    record["errorInformation"] = {"code": "ALARM_ACTIVE", "message": f"One or more alarms have been activated according to the Amazon CloudWatch metrics you selected, and the affected deployments have been stopped. Activated alarms: <{', '.join(fired)}>"}
    _set_status(backend, record, "Stopped", now)
    auto = group.auto_rollback_configuration or {}
    if auto.get("enabled") and "DEPLOYMENT_STOP_ON_ALARM" in (auto.get("events") or []):
        _start_rollback(backend, record, now, f"alarm {', '.join(fired)} went into ALARM")


def _observe(backend, record, tick):
    """Brings a record up to date: one step per tick (once seen), or by the clock with MOTO_CODEDEPLOY_STAGE_MS."""
    now = utcnow()
    for _ in range(1000):
        _check_ready_timeout(backend, record, now)
        _check_group_alarms(backend, record, now)
        due = _due(record)
        if due is None or due > now:
            return
        if STAGE_MS is None:
            if tick and record["seen"]:
                _step(backend, record, now)
            return
        _step(backend, record, due)


# ---------------------------------------------------------------------------------------------------------
# Deployment reads and actions


def _find(backend, deployment_id):
    record = _state(backend).records.get(deployment_id)
    if record is None:
        backend.get_deployment(deployment_id)  # stock error for unknown IDs; stock answer for non-ECS ones
    return record


def _info(record, stock):
    out = stock.to_dict()
    for key in ("previousRevision", "errorInformation", "rollbackInfo", "relatedDeployments", "targetInstances", "externalId", "additionalDeploymentStatusInfo"):
        out.pop(key, None)
    out.update(status=record["status"], createTime=_epoch(record["createTime"]), startTime=_epoch(record.get("startTime")), completeTime=_epoch(record.get("completeTime")),
               creator=record["creator"], instanceTerminationWaitTimeStarted=record["waitTerminating"] and TERMINATION_FLAG, deploymentStatusMessages=list(record["messages"]),
               deploymentStyle={"deploymentType": "BLUE_GREEN", "deploymentOption": "WITH_TRAFFIC_CONTROL"})
    out["deploymentOverview"] = {"Pending": 1 if record["status"] == "Created" else 0, "InProgress": 1 if record["status"] == "InProgress" else 0,
                                 "Succeeded": 1 if record["status"] == "Succeeded" else 0, "Failed": 1 if record["status"] in ("Failed", "Stopped") else 0,
                                 "Skipped": 0, "Ready": 1 if record["status"] == "Ready" else 0}
    if record.get("errorInformation"):
        out["errorInformation"] = record["errorInformation"]
    if record.get("rollbackInfo") and not record.get("infoHiddenFor"):
        out["rollbackInfo"] = record["rollbackInfo"]
    return {k: v for k, v in out.items() if v is not None and v != "" and v != {}}


def get_deployment(self):
    backend = self.codedeploy_backend
    deployment_id = self._get_param("deploymentId")
    record = _find(backend, deployment_id)
    stock = backend.get_deployment(deployment_id)
    if record is None:
        return _json({"deploymentInfo": {**stock.to_dict(), "createTime": _epoch(stock.create_time)}})
    _observe(backend, record, tick=True)
    answer = _json({"deploymentInfo": _info(record, stock)})
    record["seen"] = True
    _read(record)
    return answer


def _read(record):
    if record.get("infoHiddenFor"):
        record["infoHiddenFor"] -= 1


def batch_get_deployments(self):
    backend = self.codedeploy_backend
    found = []
    for deployment_id in self._get_param("deploymentIds") or []:
        record = _state(backend).records.get(deployment_id)
        if record is None:
            continue
        _observe(backend, record, tick=True)
        found.append(_info(record, backend.deployments[deployment_id]))
        record["seen"] = True
        _read(record)
    return _json({"deploymentsInfo": found})


def list_deployments(self):
    backend = self.codedeploy_backend
    for record in _state(backend).records.values():
        _observe(backend, record, tick=False)
    return _list_deployments(self)


def _task_set(identifier, alive, weight, label, target_group, desired, primary):
    out = {"identifer": identifier, "desiredCount": desired if alive else 0, "pendingCount": 0, "runningCount": desired if alive else 0,
           "status": ("PRIMARY" if primary else "ACTIVE") if alive else "INACTIVE", "trafficWeight": float(weight) if alive else 0.0, "taskSetLabel": label}
    if target_group:
        out["targetGroup"] = {"name": target_group}
    return out


def _target(backend, record):
    (blue_name, _), (green_name, _) = _target_groups(backend, record)
    # ECSTaskSet.taskSetLabel: BLUE is a deployment's original task set, GREEN its replacement. Which is which in a
    # rollback deployment is not documented: the sets keep their labels, or (MOTO_CODEDEPLOY_ROLLBACK_LABELS=swapped)
    # the rollback calls the set it takes traffic from its original.
    swapped = record["creator"] == "codeDeployRollback" and ROLLBACK_LABELS == "swapped"
    labels = ("Green", "Blue") if swapped else ("Blue", "Green")
    task_sets = [_task_set(record["blue"], record["blueAlive"], 100 - record["prod"], labels[0], blue_name, record["desired"], not swapped)]
    if record["green"]:
        task_sets.append(_task_set(record["green"], record["greenAlive"], record["prod"], labels[1], green_name, record["desired"], swapped))
    if swapped:
        task_sets.reverse()
    status = {"Created": "Pending", "Stopped": "Failed"}.get(record["status"], record["status"])
    if record["waitTerminating"] and record["status"] == "InProgress":
        status = "Succeeded"  # the target is done when the termination wait starts (aws/containers-roadmap#269)
    events = [{"lifecycleEventName": name, "status": e["status"], **({"startTime": _epoch(e["startTime"])} if e.get("startTime") else {}), **({"endTime": _epoch(e["endTime"])} if e.get("endTime") else {})}
              for name, e in record["events"].items()]
    return {"deploymentTargetType": "ECSTarget", "ecsTarget": {
        "deploymentId": record["id"], "targetId": f"{record['cluster']}:{record['service']}",
        "targetArn": record["serviceArn"] or f"{record['cluster']}:{record['service']}", "lastUpdatedAt": _epoch(record["entered"]),
        "lifecycleEvents": events, "status": status, "taskSetsInfo": task_sets}}


def list_deployment_targets(self):
    backend = self.codedeploy_backend
    record = _find(backend, self._get_param("deploymentId"))
    if record is None:
        return _json({"targetIds": []})
    _observe(backend, record, tick=False)
    return _json({"targetIds": [] if record["status"] == "Created" else [f"{record['cluster']}:{record['service']}"]})


def _target_of(backend, deployment_id, target_id):
    record = _find(backend, deployment_id)
    if record is None or record["status"] == "Created" or target_id != f"{record['cluster']}:{record['service']}":
        raise _error("DeploymentTargetDoesNotExistException", f"The target {target_id} does not exist in deployment {deployment_id}.")
    _observe(backend, record, tick=False)
    return _target(backend, record)


def get_deployment_target(self):
    return _json({"deploymentTarget": _target_of(self.codedeploy_backend, self._get_param("deploymentId"), self._get_param("targetId"))})


def batch_get_deployment_targets(self):
    backend = self.codedeploy_backend
    deployment_id = self._get_param("deploymentId")
    return _json({"deploymentTargets": [_target_of(backend, deployment_id, t) for t in self._get_param("targetIds") or []]})


def continue_deployment(self):
    backend = self.codedeploy_backend
    deployment_id = self._get_param("deploymentId")
    wait_type = self._get_param("deploymentWaitType") or "READY_WAIT"
    record = _find(backend, deployment_id)
    if record is None:
        raise _error("UnsupportedActionForDeploymentTypeException", "ContinueDeployment is for blue/green deployments.")
    _observe(backend, record, tick=False)
    now = utcnow()
    if wait_type == "READY_WAIT":
        if record["status"] != "Ready":
            raise _error("DeploymentIsNotInReadyStateException", f"The deployment {deployment_id} is {record['status']}, not Ready.")
        _enter(backend, record, record["step"] + 1, now)
    elif wait_type == "TERMINATION_WAIT":
        if record["status"] != "InProgress" or not record["waitTerminating"]:
            raise _error("InvalidDeploymentWaitTypeException", f"The deployment {deployment_id} is not waiting to terminate its original task set.")
        _succeed(backend, record, now)
    else:
        raise _error("InvalidDeploymentWaitTypeException", f"Invalid deployment wait type: {wait_type}.")
    return _json({})


def stop_deployment(self):
    backend = self.codedeploy_backend
    deployment_id = self._get_param("deploymentId")
    record = _find(backend, deployment_id)
    if record is None:
        raise _error("UnsupportedActionForDeploymentTypeException", "StopDeployment is supported here for ECS deployments only.")
    _observe(backend, record, tick=False)
    if record["status"] in FINISHED:
        raise _error("DeploymentAlreadyCompletedException", f"The deployment {deployment_id} has already completed ({record['status']}).")
    now = utcnow()
    record["errorInformation"] = {"code": "MANUAL_STOP", "message": "The deployment was stopped by StopDeployment."}
    _set_status(backend, record, "Stopped", now)
    if self._get_param("autoRollbackEnabled"):
        _start_rollback(backend, record, now, "stopped by StopDeployment")
        return _json({"status": "Pending", "statusMessage": f"Stopping deployment {deployment_id}; rolling back with {record['rollbackInfo']['rollbackDeploymentId']}."})
    return _json({"status": "Pending", "statusMessage": f"Stopping deployment {deployment_id}; traffic stays where it is."})


_create_deployment = responses.CodeDeployResponse.create_deployment
_list_deployments = responses.CodeDeployResponse.list_deployments


def install(set_forward):
    """Patches moto's CodeDeploy responses; set_forward(elbv2, listener_or_rule_arn, [(tg_arn, weight)]) rewrites a forward action."""
    _hooks["set_forward"] = set_forward
    for name, fn in {
        "get_application": get_application, "batch_get_applications": batch_get_applications,
        "get_deployment_group": get_deployment_group, "batch_get_deployment_groups": batch_get_deployment_groups,
        "create_deployment_config": create_deployment_config, "get_deployment_config": get_deployment_config,
        "list_deployment_configs": list_deployment_configs, "create_deployment": create_deployment,
        "get_deployment": get_deployment, "batch_get_deployments": batch_get_deployments, "list_deployments": list_deployments,
        "list_deployment_targets": list_deployment_targets, "get_deployment_target": get_deployment_target,
        "batch_get_deployment_targets": batch_get_deployment_targets, "continue_deployment": continue_deployment,
        "stop_deployment": stop_deployment,
    }.items():
        setattr(responses.CodeDeployResponse, name, fn)
