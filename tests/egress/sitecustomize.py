"""An audit hook for the no-egress test (tests/test_no_egress.py): with ``COMMUNS_EGRESS_LOG`` set, every Python
process started with this folder on its ``PYTHONPATH`` (the server, its workers, the engines it starts) records
each attempt to connect to, send to or resolve anything but loopback, one line per attempt, in that file; and its
own start in ``<log>.procs``. Without the variable it does nothing."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys

LOG = os.environ.get("COMMUNS_EGRESS_LOG")
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_local(host: object) -> bool:
    if host is None:  # getaddrinfo(None, port): the wildcard, for a server to bind
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    name = str(host).strip("[]").split("%")[0].lower()
    if name in LOCAL_NAMES or name == "":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False  # any other name: a look-up outside
    return address.is_loopback or address.is_unspecified


def _command() -> str:
    """This process's command line (``sys.argv`` is not set yet while ``site`` runs)."""
    try:
        with open("/proc/self/cmdline", "rb") as cmdline:
            return cmdline.read().replace(b"\0", b" ").replace(b"\n", b" ").decode(errors="replace")[:200]
    except OSError:
        return " ".join(sys.argv)


def _record(event: str, target: object) -> None:
    with open(LOG, "a", encoding="utf-8") as out:  # type: ignore[arg-type]
        out.write(f"{os.getpid()} {event} {target!r} {_command()}\n")


def _hook(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[-1]
        if getattr(sock, "family", None) == socket.AF_UNIX or not isinstance(address, tuple):
            return
        host = address[0]
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"):
        host = args[0]
    else:
        return
    if not is_local(host):
        _record(event, host)


if LOG:
    with open(LOG + ".procs", "a", encoding="utf-8") as procs:
        procs.write(f"{os.getpid()} {_command()}\n")
    sys.addaudithook(_hook)
