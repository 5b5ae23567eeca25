"""Imported by the extraction pool's forkserver, and only there (pool.PRELOAD).

A stop signal (Ctrl-C, `systemctl stop`) reaches the whole process group, the forkserver
included. Killed by it, the forkserver took the pool down in the middle of an orderly
stop: every page in flight failed, and starting their replacement processes raced the
dying server (connection refused), which left a page the crawl waited for forever (CI
hung). The forkserver and each worker it forks ignore the stop signals from birth; the
main process decides when they end (pool.py: the forkserver when the main process
closes its end of the pipe, a worker at the pool's shutdown or the main process's exit).
"""

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
