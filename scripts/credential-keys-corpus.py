#!/usr/bin/env python3
"""Writes sdk-core/src/test/resources/credential-keys-corpus.tsv: every property key of Confluent's definitions of the
managed connectors (../shared/contracts/fm-templates, or the directory given) with its type, one `key<TAB>TYPE` a
line, sorted. CredentialKeysTest checks the credential predicate against it. Run by hand when the definitions change."""
import glob, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared', 'contracts', 'fm-templates')
types = {}

def walk(o):
    if isinstance(o, dict):
        if isinstance(o.get('name'), str) and isinstance(o.get('type'), str):
            # A key typed PASSWORD anywhere counts as PASSWORD.
            if types.get(o['name']) != 'PASSWORD':
                types[o['name']] = o['type']
        for v in o.values():
            walk(v)
    elif isinstance(o, list):
        for v in o:
            walk(v)

for f in sorted(glob.glob(os.path.join(source, '*.json'))):
    with open(f) as fh:
        walk(json.load(fh))
out = os.path.join(here, '..', 'sdk-core', 'src', 'test', 'resources', 'credential-keys-corpus.tsv')
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w') as fh:
    for k in sorted(types):
        fh.write(k + '\t' + types[k] + '\n')
print(len(types), 'keys ->', os.path.normpath(out))
