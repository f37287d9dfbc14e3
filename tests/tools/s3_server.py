#!/usr/bin/env python3
"""A real S3 API server for recap's tests: moto's server mode on 127.0.0.1.

    python3 tests/tools/s3_server.py

It listens on 127.0.0.1 and a free port, prints the port as the first line of its standard
output, and stops when its standard input closes (a test gives it a pipe, so a killed test
never leaves it running). Set INITIAL_NO_AUTH_ACTION_COUNT=N in its environment for moto to
check every request's signature after the first N (the tests create their IAM user, its
access key and the bucket in those N).

Needs moto[server] (pip install "moto[server]").
"""

import sys

from moto.server import ThreadedMotoServer


def main():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    print(server.get_host_and_port()[1], flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
