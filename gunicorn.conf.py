"""gunicorn settings for `make serve`: everything from the environment (README, "In productie").

    gunicorn -c gunicorn.conf.py "app:create_app()"
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WORKERS", 4))
threads = int(os.environ.get("THREADS", 4))
worker_class = "gthread"
timeout = int(os.environ.get("WORKER_TIMEOUT", 120))
graceful_timeout = 30
# The app logs one line per request with its duration (app/request_log.py); gunicorn's own
# access log would repeat it.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(process)d %(levelname)s %(name)s: "
                                      "%(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line",
                            "stream": "ext://sys.stderr"}},
    "root": {"level": loglevel.upper(), "handlers": ["stderr"]},
    "loggers": {"gunicorn.error": {"level": loglevel.upper(), "handlers": ["stderr"],
                                   "propagate": False}},
}

#: seconds between two looks at the change log by an idle worker (0: only after saves and
#: before searches)
FOLLOW_INTERVAL = float(os.environ.get("INDEX_FOLLOW_INTERVAL", 0.5))


def post_worker_init(worker):
    """Each worker keeps this server's index current with what other servers save."""
    worker.wsgi.extensions["search"].start_follower(FOLLOW_INTERVAL)
