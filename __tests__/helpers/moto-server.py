# moto_server (same arguments) with Step Functions answering as AWS does where the AWS module's
# state machines meet it; moto.ts starts every emulator through it.
#
# - Two actions the AWS provider calls on a state machine, which moto lacks (it answers 500, and
#   the provider retries for minutes): ValidateStateMachineDefinition, at plan, answers OK or FAIL
#   with the diagnostic of moto's own ASL parser, the one that runs the definition; and
#   ListStateMachineVersions, after create, lists the versions moto keeps.
#
# moto's interpreter, which runs executions when the test asks for it (startMoto({ stepFunctions:
# true }) in moto.ts), is a port of LocalStack's. Two parts of it differ from AWS, and from
# LocalStack; they are restored here, when the interpreter is first used:
#
# - Service integrations take and give PascalCase ("Cluster", "TaskArns") whatever the API's own
#   casing. LocalStack maps them with botocore's model of the API in _normalise_parameters and
#   _normalise_response; moto keeps those two methods empty, so an ECS call receives "Cluster"
#   and fails. They are filled in here with the same mapping.
# - AWS runs executions of one state machine independently. moto copies the state machine with
#   every earlier execution into each new one, and the copy fails on a running execution's thread
#   lock: the copy is made here without the executions.
#
# The interpreter calls the emulator back on localhost:$MOTO_PORT, which moto.ts sets. The
# interpreter's modules load only when it is used, so the emulator starts as fast as moto_server.
import copy
import sys

import moto.stepfunctions.responses as step_functions
from moto.core.responses import ActionResult
from moto.stepfunctions.models import StateMachineInstance


def _validate_state_machine_definition(self):
    from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser

    try:
        AmazonStateLanguageParser.parse(self._get_param("definition"))
    except Exception as error:  # the parser's own errors, as AWS's diagnostics
        return ActionResult(
            {
                "result": "FAIL",
                "diagnostics": [
                    {"severity": "ERROR", "code": "SCHEMA_VALIDATION_FAILED", "message": str(error)}
                ],
                "truncated": False,
            }
        )
    return ActionResult({"result": "OK", "diagnostics": [], "truncated": False})


def _list_state_machine_versions(self):
    machine = self.stepfunction_backend.describe_state_machine(self._get_param("stateMachineArn"))
    versions = sorted(machine.versions.values(), key=lambda version: -version.version)
    return ActionResult(
        {
            "stateMachineVersions": [
                {"stateMachineVersionArn": version.arn, "creationDate": version.creation_date}
                for version in versions
            ]
        }
    )


def _deepcopy_without_executions(self, memo):
    clone = self.__class__.__new__(self.__class__)
    memo[id(self)] = clone
    for key, value in self.__dict__.items():
        setattr(clone, key, [] if key == "executions" else copy.deepcopy(value, memo))
    return clone


_service_models = {}


def _operation_model(task, boto_service_name, service_action_name):
    from botocore.session import Session
    from moto.stepfunctions.parser.utils import camel_to_snake_case

    service = task._get_boto_service_name(boto_service_name=boto_service_name)
    action = camel_to_snake_case(
        task._get_boto_service_action(service_action_name=service_action_name)
    )
    if service not in _service_models:
        _service_models[service] = Session().get_service_model(service)
    model = _service_models[service]
    for name in model.operation_names:
        if camel_to_snake_case(name) == action:
            return model.operation_model(name)
    raise RuntimeError(f"{service} has no operation {action}")


def _normalise_parameters(self, parameters, boto_service_name=None, service_action_name=None):
    shape = _operation_model(self, boto_service_name, service_action_name).input_shape
    if shape is not None:
        self._to_boto_request(parameters, shape)


def _normalise_response(self, response, boto_service_name=None, service_action_name=None):
    shape = _operation_model(self, boto_service_name, service_action_name).output_shape
    if shape is not None:
        self._from_boto_response(response, shape)


_get_backend = step_functions.get_backend


def _get_backend_with_interpreter(account, region):
    backend = _get_backend(account, region)
    # The interpreter's backend is in use: its task states are loaded, patch them once.
    if type(backend).__module__.endswith(".parser.models"):
        from moto.stepfunctions.parser.asl.component.state.exec.state_task.service.state_task_service import (
            StateTaskService,
        )

        StateTaskService._normalise_parameters = _normalise_parameters
        StateTaskService._normalise_response = _normalise_response
    return backend


step_functions.StepFunctionResponse.validate_state_machine_definition = (
    _validate_state_machine_definition
)
step_functions.StepFunctionResponse.list_state_machine_versions = _list_state_machine_versions
step_functions.get_backend = _get_backend_with_interpreter
StateMachineInstance.__deepcopy__ = _deepcopy_without_executions

from moto.server import main  # noqa: E402  (after the patches)

main(sys.argv[1:])
