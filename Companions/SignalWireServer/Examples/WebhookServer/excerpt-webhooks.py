#!/usr/bin/env python3
"""Writes webhooks.yaml: the webhooks this example receives, cut from SignalWire's official specs
with every component schema they reach, unchanged. Run from this folder with the specs' folder:

    python3 excerpt-webhooks.py ../../../../../shared/specs/signalwire > webhooks.yaml
"""
import sys
import yaml

WANTED = {
    "compatibility-api.yaml": ["voiceStatusCallback", "smsStatusCallback"],  # sent as forms
    "signalwire-rest.yaml": ["inboundCallWebhook", "messageStatusCallback"],  # sent as JSON
}


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.append(ref.split("/")[-1])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


folder = sys.argv[1]
webhooks, schemas = {}, {}
for name, keys in WANTED.items():
    spec = yaml.safe_load(open(f"{folder}/{name}"))
    pending = []
    for key in keys:
        webhooks[key] = spec["webhooks"][key]
        refs(webhooks[key], pending)
    while pending:
        schema = pending.pop()
        if schema in schemas:
            continue
        schemas[schema] = spec["components"]["schemas"][schema]
        refs(schemas[schema], pending)

document = {
    "openapi": "3.1.0",
    "info": {
        "title": "SignalWire webhooks",
        "version": "1.0.0",
        "description": "Status callbacks of the Compatibility API and webhooks of the SignalWire REST API, "
        "cut unchanged from SignalWire's official specs by excerpt-webhooks.py.",
    },
    "paths": {},
    "webhooks": webhooks,
    "components": {"schemas": dict(sorted(schemas.items()))},
}
print("# Made by excerpt-webhooks.py from SignalWire's official specs; regenerate rather than edit.")
print(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100), end="")
