"""
moto's server, with ECS service deployments that move the way ECS's do.

Stock moto creates one deployment when a service is created and never replaces it, so UpdateService
never yields a deployment running the new task definition. Here UpdateService starts a new PRIMARY
deployment (IN_PROGRESS, as ECS answers), and the next DescribeServices finds it settled:
  - COMPLETED with every task running, and the old deployment gone; or,
  - when the new revision's image tag starts with "fail-", FAILED by the deployment circuit breaker,
    with ECS's automatic rollback: a new PRIMARY deployment of the previous task definition;
  - when it starts with "hang-", never: the deployment stays IN_PROGRESS with no task running.
Everything else is moto unchanged. Used by the end-to-end tests and the demo; scenario tests cover the
timing subtleties with aws-sdk-client-mock.
"""
import sys

from moto.core.utils import utcnow
from moto.ecs import models
from moto.moto_api._internal import mock_random
from moto.server import main

_update_service = models.EC2ContainerServiceBackend.update_service
_describe_services = models.EC2ContainerServiceBackend.describe_services
_pending = {}


def _new_id():
    return f"ecs-svc/{mock_random.randint(0, 32**12)}"


def _event(service, message):
    service.events.insert(0, {"id": str(mock_random.uuid4()), "createdAt": utcnow(), "message": f"(service {service.name}) {message}"})


def update_service(self, props):
    cluster = props.get("cluster", "default")
    name = props["service"].split("/")[-1]
    before = self._get_service(cluster, name)
    old_task_definition = before.task_definition
    new_task_definition = props.get("task_definition")
    force = props.get("force_new_deployment", False)
    service = _update_service(self, props)
    if service.deployment_controller["type"] != "ECS":
        return service
    if (new_task_definition and new_task_definition != old_task_definition) or force:
        now = utcnow()
        for deployment in service.deployments:
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
        _pending[(cluster.split("/")[-1], name)] = (ours["id"], old_task_definition)
    return service


def describe_services(self, cluster_str, names):
    services, failures = _describe_services(self, cluster_str, names)
    for service in services:
        key = (cluster_str.split("/")[-1], service.name)
        if key not in _pending:
            continue
        deployment_id, previous = _pending[key]
        ours = next((d for d in service.deployments if d["id"] == deployment_id), None)
        if ours is None:  # moto was reset since: the service is a new one
            del _pending[key]
            continue
        definition = self.describe_task_definition(ours["taskDefinition"])
        images = [c.get("image", "") for c in definition.container_definitions]
        if any(":hang-" in image for image in images):
            continue
        del _pending[key]
        ours["updatedAt"] = utcnow()
        if any(":fail-" in image for image in images):
            ours.update(status="ACTIVE", rolloutState="FAILED", failedTasks=3, pendingCount=0,
                        rolloutStateReason="ECS deployment circuit breaker: tasks failed to start.")
            rollback = {**ours, "id": _new_id(), "status": "PRIMARY", "taskDefinition": previous, "failedTasks": 0,
                        "runningCount": service.desired_count, "rolloutState": "IN_PROGRESS",
                        "rolloutStateReason": f"ECS deployment circuit breaker: rolling back to deploymentId {deployment_id}."}
            service.deployments = [rollback, ours]
            service.task_definition = previous
            _event(service, f"deployment {deployment_id} deployment failed: tasks failed to start.")
            _event(service, f"rolling back to deployment {rollback['id']}.")
        else:
            ours.update(rolloutState="COMPLETED", runningCount=service.desired_count, pendingCount=0,
                        rolloutStateReason=f"ECS deployment {deployment_id} completed.")
            service.deployments = [ours]
            service.running_count, service.pending_count = service.desired_count, 0
            _event(service, "has reached a steady state.")
    return services, failures


models.EC2ContainerServiceBackend.update_service = update_service
models.EC2ContainerServiceBackend.describe_services = describe_services

if __name__ == "__main__":
    main(sys.argv[1:])
