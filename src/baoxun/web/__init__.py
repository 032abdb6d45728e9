"""The web reader and HTTP API over an archive (FastAPI + uvicorn, server-rendered).

``create_app(db)`` builds the app (see :mod:`baoxun.web.app`); :func:`serve` runs it.
"""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["create_app", "serve"]

# The environment variable that hands the archive path to worker processes.
DB_ENV = "BAOXUN_WEB_DB"


def create_app(db_path: str | Path):
    """The FastAPI app over the archive at ``db_path`` (opened read-only)."""
    from .app import create_app as _create

    return _create(db_path)


def app_from_env():
    """The app over the archive named by ``$BAOXUN_WEB_DB`` (uvicorn's factory for workers)."""
    return create_app(os.environ[DB_ENV])


def serve(db: Path, host: str = "127.0.0.1", port: int = 8000, *, workers: int = 1,
          access_log: bool = True) -> None:
    """Serve the reader and API over ``db`` until interrupted. Raises
    :class:`~baoxun.errors.BaoxunError` at once when the archive is missing.
    ``workers`` > 1 runs that many processes (each with its own read-only connections)."""
    import uvicorn

    app = create_app(db)               # fails here, before binding, on a missing archive
    if workers <= 1:
        uvicorn.run(app, host=host, port=port, access_log=access_log, log_level="info")
        return
    os.environ[DB_ENV] = str(Path(db).resolve())
    uvicorn.run("baoxun.web:app_from_env", factory=True, host=host, port=port, workers=workers,
                access_log=access_log, log_level="info")
