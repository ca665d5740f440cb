"""
How test/support/moto.ts starts moto_server.py: `python3 moto_boot.py moto_server.py ARGS...`. Two things change,
neither what any AWS call answers:

- The server exits as soon as its stdin reaches its end, that is when the process that started it is gone, however
  it ended: a server kept for a jest worker must not outlive the worker, and jest may kill a worker outright, which
  skips its exit handlers.
- moto's server lists moto's package directory (a stat per entry, some 170) on every request, to see whether the Host
  header names a service module. The listing cannot change while the server runs, so it is made once: about a
  third of moto's CPU per request.

Then moto_server.py runs as __main__, exactly as `python3 moto_server.py ARGS...` would run it.
"""
import functools
import os
import runpy
import sys
import threading

from moto import backends


def _exit_with_parent():
    sys.stdin.buffer.read()
    os._exit(0)


threading.Thread(target=_exit_with_parent, daemon=True).start()
backends.list_of_moto_modules = functools.cache(lambda _list=backends.list_of_moto_modules: tuple(_list()))

sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))
runpy.run_path(sys.argv[0], run_name="__main__")
