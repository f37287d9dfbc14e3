#!/usr/bin/env python3
"""A local SMTP server for recap's delivery tests: it keeps every message it is given.

    python3 tests/tools/smtp_sink.py PORT FOLDER [--reject CODE] [--auth USER:PASSWORD]
                                                 [--exit-on-stdin-eof]

It listens on 127.0.0.1:PORT (0 picks a free port), prints the port it listens on as the first
line of its standard output, and writes the n-th message it accepts (from 1) to FOLDER as
`<n>.eml` (the bytes received) and `<n>.json` ({"mail_from", "rcpt_tos", "login"}), both
complete before the server answers 250.

--reject CODE      answer every DATA with "CODE X.7.1 relaying denied for test" (X is the
                   code's first digit) and keep nothing.
--auth USER:PASS   offer AUTH PLAIN and LOGIN without TLS, accept only these credentials and
                   refuse MAIL before a login (530).
--exit-on-stdin-eof
                   stop when standard input closes: a test that gives the sink a pipe as its
                   standard input never leaves it running, even when the test is killed.

Needs aiosmtpd (pip install aiosmtpd).
"""

import argparse
import asyncio
import itertools
import json
import os
import sys
import threading
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Sink:
    def __init__(self, folder, reject):
        self.folder = folder
        self.reject = reject
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        if self.reject:
            return f"{self.reject} {self.reject[0]}.7.1 relaying denied for test"
        n = next(self.numbers)
        login = session.auth_data
        if isinstance(login, bytes):
            login = login.decode("utf-8", "replace")
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "login": login,
        }
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        write(os.path.join(self.folder, f"{n}.json"), json.dumps(meta, indent=2).encode())
        write(os.path.join(self.folder, f"{n}.eml"), content)
        return f"250 2.0.0 OK: queued as {n}"


def write(path, data):
    """Writes `data` to `path` whole or not at all."""
    part = path + ".part"
    with open(part, "wb") as f:
        f.write(data)
    os.replace(part, path)


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode("utf-8", "replace") == user
            and auth_data.password.decode("utf-8", "replace") == password
        ):
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    return authenticate


def main():
    p = argparse.ArgumentParser(description="A local SMTP server that keeps what it receives.")
    p.add_argument("port", type=int, help="the port on 127.0.0.1; 0 picks a free one")
    p.add_argument("folder", help="where to write <n>.eml and <n>.json")
    p.add_argument("--reject", metavar="CODE", help="refuse every DATA with this reply code")
    p.add_argument("--auth", metavar="USER:PASSWORD", help="require this login")
    p.add_argument("--exit-on-stdin-eof", action="store_true")
    args = p.parse_args()
    if args.reject and not (len(args.reject) == 3 and args.reject.isdigit()):
        p.error(f"--reject takes a three-digit reply code, not {args.reject!r}")
    os.makedirs(args.folder, exist_ok=True)

    handler = Sink(args.folder, args.reject)
    options = {}
    if args.auth:
        user, sep, password = args.auth.partition(":")
        if not sep:
            p.error("--auth takes USER:PASSWORD")
        # A login without TLS is what this test server is for.
        warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
        options = dict(
            authenticator=authenticator_for(user, password),
            auth_required=True,
            auth_require_tls=False,
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(
            lambda: SMTP(handler, hostname="sink.test", **options), "127.0.0.1", args.port
        )
    )
    print(server.sockets[0].getsockname()[1], flush=True)

    if args.exit_on_stdin_eof:

        def watch():
            while sys.stdin.buffer.read(4096):
                pass
            loop.call_soon_threadsafe(loop.stop)

        threading.Thread(target=watch, daemon=True).start()

    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
