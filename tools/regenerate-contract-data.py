#!/usr/bin/env python3
"""Regenerates the project's contract data from Confluent's published definitions.

    python3 tools/regenerate-contract-data.py [CONTRACTS_DIR]    # default ../shared/contracts

CONTRACTS_DIR holds `confluent-cloud-connect-v1.openapi.yaml` (Confluent's Connect v1 OpenAPI spec) and
`fm-templates/<Plugin>.json` + `fm-templates/fm_transforms_list.json` (Confluent's managed-connector templates).
The script keeps facts only (names, types, required flags, defaults, allowed values, which keys are passwords, paths,
methods, status codes, schema shapes) and drops every description, summary, example and display text. Output is
deterministic: run it twice, get the same bytes. The build never runs it and never needs Python; its output is
checked in:

- sdk-connectors/src/main/resources/dev/connectkit/connectors/internal/facts/<Plugin>.json
- sdk-core/src/test/resources/dev/connectkit/contract/connect-v1.openapi.json
- sdk-testing/src/main/resources/dev/connectkit/testing/internal/connect-v1-read-back.json (what a Connect v1 read
  adds to the config that was sent, and the mask it shows for secrets: the fake's Self-Service and Cloud targets)

Needs PyYAML (`python3 -c 'import yaml'`).
"""
import hashlib
import json
import os
import sys

import yaml

PLUGINS = ["AzureEventHubsSource", "DatagenSource", "HttpSinkV2", "HttpSourceV2", "S3Source", "SnowflakeSink",
           "SnowflakeSource"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FACTS_DIR = os.path.join(ROOT, "sdk-connectors/src/main/resources/dev/connectkit/connectors/internal/facts")
API_FILE = os.path.join(ROOT, "sdk-core/src/test/resources/dev/connectkit/contract/connect-v1.openapi.json")
READ_BACK_FILE = os.path.join(ROOT, "sdk-testing/src/main/resources/dev/connectkit/testing/internal/connect-v1-read-back.json")
CONFIG_PATH = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config"


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def wire_string(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def connector_facts(contracts, plugin, transforms):
    path = os.path.join(contracts, "fm-templates", plugin + ".json")
    with open(path, encoding="utf-8") as f:
        templates = json.load(f)["templates"]
    # the connector's own template wins over the shared ones it includes
    own = [t for t in templates if t.get("template_id") == plugin]
    ordered = own + [t for t in templates if t.get("template_id") != plugin]
    connector_type = own[0]["connector_type"].lower() if own and own[0].get("connector_type") else None
    defs = {}
    for t in ordered:
        for d in t.get("config_defs", []):
            defs.setdefault(d["name"], d)
    self_switches = {}
    platform_set = set()
    for t in ordered:
        for c in t.get("connector_configs", []):
            name = c["name"]
            switch = c.get("switch")
            if isinstance(switch, dict) and list(switch.keys()) == [name] and name in defs:
                self_switches.setdefault(name, switch[name])
            if ("value" in c or "switch" in c) and name not in defs:
                platform_set.add(name)
    properties = []
    for name in sorted(defs):
        d = defs[name]
        p = {"name": name, "type": d["type"], "required": d.get("required") is True}
        if d.get("default_value") is not None:
            p["default"] = wire_string(d["default_value"])
        allowed = d.get("recommended_values") or []
        if allowed:
            p["allowed"] = [wire_string(v) for v in allowed]
        if name in self_switches:
            # how the platform rewrites a value the user gives (e.g. a display spelling to the wire value)
            p["rewrites"] = {k: wire_string(v) for k, v in sorted(self_switches[name].items())}
        properties.append(p)
    return {
        "plugin": plugin,
        "connectorType": connector_type,
        "source": {"file": plugin + ".json", "sha256": sha256(path)},
        "properties": properties,
        "platformSet": sorted(platform_set),
        "transforms": sorted(transforms[plugin]),
    }


# OpenAPI keys that carry facts; everything else (description, summary, example(s), tags, x-*, operationId,
# code samples, servers, contact) is dropped.
SCHEMA_KEYS = ["$ref", "type", "format", "nullable", "readOnly", "writeOnly", "required", "enum", "properties",
               "additionalProperties", "items", "allOf", "oneOf", "anyOf", "minimum", "maximum", "minItems",
               "maxItems", "minLength", "maxLength", "pattern", "default"]
METHODS = ["get", "put", "post", "delete", "patch"]


def schema(s):
    if not isinstance(s, dict):
        return s
    out = {}
    for k in SCHEMA_KEYS:
        if k not in s:
            continue
        v = s[k]
        if k == "properties":
            v = {name: schema(sub) for name, sub in v.items()}
        elif k in ("items", "additionalProperties"):
            v = schema(v)
        elif k in ("allOf", "oneOf", "anyOf"):
            v = [schema(sub) for sub in v]
        out[k] = v
    return out


def content(c):
    return {media: {"schema": schema(body["schema"])} if "schema" in body else {} for media, body in c.items()}


def parameter(p):
    if "$ref" in p:
        return {"$ref": p["$ref"]}
    out = {k: p[k] for k in ("name", "in", "required", "style", "explode") if k in p}
    if "schema" in p:
        out["schema"] = schema(p["schema"])
    return out


def response(r):
    if "$ref" in r:
        return {"$ref": r["$ref"]}
    out = {"description": ""}  # required by OpenAPI 3; the text itself is prose
    if "headers" in r:
        out["headers"] = {n: {k: h[k] if k != "schema" else schema(h[k]) for k in ("required", "schema") if k in h}
                          for n, h in r["headers"].items()}
    if "content" in r:
        out["content"] = content(r["content"])
    return out


def request_body(b):
    if "$ref" in b:
        return {"$ref": b["$ref"]}
    out = {k: b[k] for k in ("required",) if k in b}
    if "content" in b:
        out["content"] = content(b["content"])
    return out


def operation(op):
    out = {}
    if "parameters" in op:
        out["parameters"] = [parameter(p) for p in op["parameters"]]
    if "requestBody" in op:
        out["requestBody"] = request_body(op["requestBody"])
    if "security" in op:
        out["security"] = op["security"]
    out["responses"] = {str(code): response(r) for code, r in op["responses"].items()}
    return out


def api_facts(contracts):
    path = os.path.join(contracts, "confluent-cloud-connect-v1.openapi.yaml")
    with open(path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    paths = {}
    for p, item in spec["paths"].items():
        out = {}
        if "parameters" in item:
            out["parameters"] = [parameter(x) for x in item["parameters"]]
        for m in METHODS:
            if m in item:
                out[m] = operation(item[m])
        paths[p] = out
    comp = spec.get("components", {})
    components = {
        "schemas": {n: schema(s) for n, s in comp.get("schemas", {}).items()},
        "responses": {n: response(r) for n, r in comp.get("responses", {}).items()},
        "requestBodies": {n: request_body(b) for n, b in comp.get("requestBodies", {}).items()},
        "parameters": {n: parameter(x) for n, x in comp.get("parameters", {}).items()},
        "securitySchemes": {n: {k: v for k, v in s.items() if k != "description"}
                            for n, s in comp.get("securitySchemes", {}).items()},
    }
    return {
        "openapi": spec["openapi"],
        "info": {"title": spec["info"]["title"], "version": str(spec["info"]["version"]),
                 "x-source-sha256": sha256(path)},
        "paths": paths,
        "components": {k: v for k, v in components.items() if v},
    }


def read_back_facts(contracts):
    """Compares the spec's config write (PUT .../config request) with its config read (GET .../config answer): the keys
    only the read has are the ones the server adds, and a redacted key's read value is the mask."""
    path = os.path.join(contracts, "confluent-cloud-connect-v1.openapi.yaml")
    with open(path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    config = spec["paths"][CONFIG_PATH]
    sent_body = config["put"]["requestBody"]["content"]["application/json"]
    read = config["get"]["responses"]["200"]["content"]["application/json"]["example"]
    redacted = sorted(k for k, v in sent_body["schema"].get("properties", {}).items() if v.get("x-redact"))
    masks = sorted({read[k] for k in redacted if k in read})
    if len(masks) != 1:
        sys.exit("expected one mask for the redacted keys " + str(redacted) + ", found " + str(masks))
    return {
        "source": {"file": os.path.basename(path), "sha256": sha256(path)},
        "secretMask": masks[0],
        "serverKeys": sorted(set(read) - set(sent_body["example"])),
    }


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", os.path.relpath(path, ROOT))


def one_line(value):
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def facts_text(facts):
    """One property and one transform per line: compact, and a regeneration diff reads per property."""
    lines = ["{"]
    for key, value in facts.items():
        if isinstance(value, list) and value:
            lines.append(" " + one_line(key) + ":[")
            lines.extend("  " + one_line(v) + ("," if i < len(value) - 1 else "") for i, v in enumerate(value))
            lines.append(" ],")
        else:
            lines.append(" " + one_line(key) + ":" + one_line(value) + ",")
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines) + "\n}\n"


def main():
    contracts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "contracts")
    if not os.path.isdir(os.path.join(contracts, "fm-templates")):
        sys.exit("no fm-templates/ under " + contracts + "; pass the contracts directory as the argument")
    with open(os.path.join(contracts, "fm-templates", "fm_transforms_list.json"), encoding="utf-8") as f:
        transforms = json.load(f)
    for plugin in PLUGINS:
        write(os.path.join(FACTS_DIR, plugin + ".json"), facts_text(connector_facts(contracts, plugin, transforms)))
    write(API_FILE, json.dumps(api_facts(contracts), indent=1, ensure_ascii=True) + "\n")
    write(READ_BACK_FILE, json.dumps(read_back_facts(contracts), indent=1, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
