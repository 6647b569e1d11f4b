#!/usr/bin/env python3
"""The official Python SDK's REST client under the same load as the Swift transports:
python-sdk-calls.py PORT CALLS THREADS prints one JSON line of figures (one client per thread,
as the SDK's requests session is not shared between threads)."""
import json
import resource
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from signalwire.rest import RestClient

port, calls, threads = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
local = threading.local()


def one(_):
    client = getattr(local, "client", None)
    if client is None:
        client = local.client = RestClient(project="your-project-id", token="your-api-token", host=f"127.0.0.1:{port}")
    begin = time.perf_counter()
    try:
        client.fabric.sip_endpoints.create(
            username="my-endpoint", caller_id="+15551234567", send_as="+15551234567", encryption="required",
            ciphers=["AEAD_AES_256_GCM_8"], codecs=["OPUS"], call_handler="relay_app",
            calling_handler_resource_id="resource-id")
        return (time.perf_counter() - begin) * 1000, None
    except Exception as error:  # counted, not hidden
        return None, repr(error)


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=threads) as pool:
    results = list(pool.map(one, range(calls)))
seconds = time.perf_counter() - start
latencies = sorted(r[0] for r in results if r[0] is not None)
failures = [r[1] for r in results if r[1] is not None]


def percentile(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p))] if latencies else float("nan")


print(json.dumps({
    "transport": "python-sdk", "in_flight": threads, "calls": calls, "ok": len(latencies), "failed": len(failures),
    "seconds": round(seconds, 3), "rps": round(len(latencies) / seconds), "p50_ms": round(percentile(0.5), 2),
    "p99_ms": round(percentile(0.99), 2), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    "first_failure": failures[0] if failures else "",
}))
