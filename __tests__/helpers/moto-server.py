# moto_server (same arguments) with Step Functions answering as AWS does where the AWS module's
# state machines meet it, and the tests' boto3 calls answered in its interpreter; moto.ts starts
# every emulator through it.
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
#
# The tests' AWS API calls (moto.ts: call, readObject, callMany) go through boto3 in this
# interpreter, which has it loaded already for moto, on a second port: a POST of
# {"service", "method", "params"} runs that boto3 call on the emulator and answers 200 with its
# result as JSON (without ResponseMetadata; an object's Body as its text; other values JSON has
# no type for as str), or 400 with {"code", "message"}: the AWS error code (NoSuchKey) or the
# Python exception's name, and boto3's message. Its address is a line on stderr,
# "boto3 calls on http://127.0.0.1:<port>", written before the emulator starts.
import copy
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
import botocore.exceptions
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

_boto_session = boto3.session.Session(
    aws_access_key_id="testing",
    aws_secret_access_key="testing",
    region_name=os.environ["MOTO_REGION"],
)
_boto_clients = {}
_boto_clients_lock = threading.Lock()  # a boto3 session is not thread-safe, its clients are


def _boto_client(service):
    with _boto_clients_lock:
        if service not in _boto_clients:
            _boto_clients[service] = _boto_session.client(
                service, endpoint_url=f"http://127.0.0.1:{os.environ['MOTO_PORT']}"
            )
        return _boto_clients[service]


def _boto_call(request):
    client = _boto_client(request["service"])
    method = request["method"]
    if method not in client.meta.method_to_api_mapping:
        raise AttributeError(f"{request['service']} has no operation {method}")
    answer = getattr(client, method)(**request.get("params", {}))
    answer.pop("ResponseMetadata", None)
    if hasattr(answer.get("Body"), "read"):
        answer["Body"] = answer["Body"].read().decode("utf-8")
    return answer


class _BotoCalls(BaseHTTPRequestHandler):
    def do_POST(self):
        try:
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            status, answer = 200, _boto_call(request)
        except botocore.exceptions.ClientError as error:
            status, answer = 400, {"code": error.response["Error"]["Code"], "message": str(error)}
        except Exception as error:  # a bad name or parameter, as boto3 words it
            name = type(error).__name__
            status, answer = 400, {"code": name, "message": f"{name}: {error}"}
        body = json.dumps(answer, default=str).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # moto_server's own log is enough


_boto_calls = ThreadingHTTPServer(("127.0.0.1", 0), _BotoCalls)
threading.Thread(target=_boto_calls.serve_forever, daemon=True).start()
print(f"boto3 calls on http://127.0.0.1:{_boto_calls.server_port}", file=sys.stderr, flush=True)

from moto.server import main  # noqa: E402  (after the patches)

main(sys.argv[1:])
