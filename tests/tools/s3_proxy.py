#!/usr/bin/env python3
"""An HTTP proxy in front of a local S3 server (moto) for recap's fault tests.

    python3 tests/tools/s3_proxy.py PORT UPSTREAM_PORT LOG [--after N] [--slowdown N]
                                    [--drop N] [--exit-on-stdin-eof]

It listens on 127.0.0.1:PORT (0 picks a free port; a given port is reused at once, so a test
can stop the proxy and start it again where recap expects the server), prints the port as the
first line of its standard output, and passes every request unchanged (its Host header too, so
signatures still match) to 127.0.0.1:UPSTREAM_PORT. Each request is appended to LOG as
`STATUS METHOD PATH` once it is answered.

--after N      pass the first N PUT requests unharmed: the faults below start mid-run.
--slowdown N   answer the next N PUT requests with 503 SlowDown, as S3 does when throttling.
--drop N       close the connection of the next N PUT requests (after --slowdown's) without
               an answer, as a dropped connection does.
--exit-on-stdin-eof
               stop when standard input closes: a test that gives the proxy a pipe as its
               standard input never leaves it running, even when the test is killed.

Only the standard library.
"""

import argparse
import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOWDOWN = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>"
    b"<RequestId>recap-test</RequestId></Error>"
)


class State:
    def __init__(self, after, slowdown, drop, log):
        self.lock = threading.Lock()
        self.after = after
        self.slowdown = slowdown
        self.drop = drop
        self.log = open(log, "a", buffering=1)

    def fault(self, method):
        """What to do with this request: 'slowdown', 'drop' or None."""
        if method != "PUT":
            return None
        with self.lock:
            if self.after > 0:
                self.after -= 1
                return None
            if self.slowdown > 0:
                self.slowdown -= 1
                return "slowdown"
            if self.drop > 0:
                self.drop -= 1
                return "drop"
        return None

    def record(self, status, method, path):
        with self.lock:
            self.log.write(f"{status} {method} {path}\n")


def handler(state, upstream):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def relay(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            fault = state.fault(self.command)
            if fault == "drop":
                state.record("drop", self.command, self.path)
                self.close_connection = True
                self.connection.close()
                return
            if fault == "slowdown":
                state.record(503, self.command, self.path)
                self.send_response(503)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(SLOWDOWN)))
                self.end_headers()
                self.wfile.write(SLOWDOWN)
                return
            conn = http.client.HTTPConnection("127.0.0.1", upstream, timeout=60)
            headers = {k: v for k, v in self.headers.items()}
            conn.request(self.command, self.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            self.send_response(r.status)
            for k, v in r.getheaders():
                if k.lower() not in ("content-length", "transfer-encoding", "connection", "server", "date"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
            conn.close()
            state.record(r.status, self.command, self.path)

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = relay

    return Handler


def main():
    p = argparse.ArgumentParser()
    p.add_argument("port", type=int)
    p.add_argument("upstream", type=int)
    p.add_argument("log")
    p.add_argument("--after", type=int, default=0)
    p.add_argument("--slowdown", type=int, default=0)
    p.add_argument("--drop", type=int, default=0)
    p.add_argument("--exit-on-stdin-eof", action="store_true")
    a = p.parse_args()
    ThreadingHTTPServer.allow_reuse_address = True
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(
        ("127.0.0.1", a.port), handler(State(a.after, a.slowdown, a.drop, a.log), a.upstream)
    )
    print(server.server_address[1], flush=True)
    if a.exit_on_stdin_eof:
        def watch():
            sys.stdin.read()
            server.shutdown()
        threading.Thread(target=watch, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
