#!/usr/bin/env python3
"""Upload-to-READY latency of a running Photostore.

For each real camera photo: request an upload, post the file with the returned presigned form (as a browser
does), then poll GET /api/v1/photos/{id} every 20 ms until it is no longer pending. Prints the time from the end
of the form POST to READY for each photo, and the median, p90 and maximum.

Usage: benchmarks/ingest-latency.py [BASE_URL] [PHOTOS_DIR] [COUNT]
       (defaults: http://localhost:8080, ../shared/data/photos/jpg, 20)
"""
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request
import uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
FOLDER = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data",
                                                            "photos", "jpg")
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 20
TIMEOUT = 30


def call(method, url, body=None, token=None, headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url, method=method, data=data)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            payload = response.read()
            return response.status, json.loads(payload) if payload else {}
    except urllib.error.HTTPError as error:
        payload = error.read()
        return error.code, json.loads(payload) if payload.startswith(b"{") else {}


def multipart(fields, file_name, content):
    boundary = "bench" + uuid.uuid4().hex
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
             for name, value in fields.items()]
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n"
                 f"Content-Type: image/jpeg\r\n\r\n".encode() + content + f"\r\n--{boundary}--\r\n".encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def main():
    user = "bench-" + uuid.uuid4().hex[:8]
    password = "correct horse battery staple"
    call("POST", BASE + "/api/v1/users", {"username": user, "password": password})
    status, login = call("POST", BASE + "/api/v1/sessions", {"username": user, "password": password})
    if status != 201:
        sys.exit(f"log-in failed: {status} {login}")
    token = login["accessToken"]
    files = sorted(f for f in os.listdir(FOLDER) if f.lower().endswith(".jpg") and "corrupt" not in f)[:COUNT]
    latencies = []
    for name in files:
        content = open(os.path.join(FOLDER, name), "rb").read()
        status, ticket = call("POST", BASE + "/api/v1/uploads",
                              {"fileName": name, "contentType": "image/jpeg", "size": len(content)}, token)
        if status != 201:
            print(f"{name}: upload request answered {status}, skipped")
            continue
        body, content_type = multipart(ticket["upload"]["fields"], name, content)
        status, _ = call("POST", ticket["upload"]["url"], raw=body, headers={"Content-Type": content_type})
        posted = time.monotonic()
        photo = {"status": "pending"}
        while photo.get("status") == "pending" and time.monotonic() - posted < TIMEOUT:
            time.sleep(0.02)
            _, photo = call("GET", f"{BASE}/api/v1/photos/{ticket['photoId']}", token=token)
        elapsed = time.monotonic() - posted
        latencies.append(elapsed)
        print(f"{name:45s} {len(content) / 1e6:6.2f} MB  {photo.get('status'):8s} {elapsed * 1000:7.0f} ms")
    latencies.sort()
    print(f"photos: {len(latencies)}  median: {statistics.median(latencies) * 1000:.0f} ms  "
          f"p90: {latencies[int(0.9 * (len(latencies) - 1))] * 1000:.0f} ms  max: {latencies[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
