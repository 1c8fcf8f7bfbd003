"""A throwaway PostgreSQL cluster for tests: ``initdb`` and ``pg_ctl`` in a temporary folder, reached
only through a Unix socket in that folder (no TCP port, so no clash with anything else on the machine).

    cluster = PostgresCluster.start(find_bindir())
    url = cluster.create_database()       # postgresql+psycopg://…, a new empty database
    cluster.stop()                        # the server stops and the folder is removed

The server binaries come from ``$PG_BINDIR``, the ``PATH`` or Debian's ``/usr/lib/postgresql/N/bin``
(``scripts/bootstrap.sh`` installs Debian's ``postgresql`` package when they are missing). PostgreSQL
refuses to run as root: as root the cluster belongs to the ``postgres`` user (else ``nobody``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

PORT = 5432  # names the socket file only: the server listens on no TCP port
SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl``, ``pg_dump`` and ``pg_restore``, or None."""
    candidates: list[Path] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)

    def version(folder: Path) -> int:
        name = folder.parent.name
        return int(name) if name.isdigit() else 0

    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    candidates.extend(debian)
    for folder in candidates:
        if all((folder / tool).exists() for tool in ("initdb", "pg_ctl", "pg_dump", "pg_restore")):
            return folder
    return None


def _server_user() -> tuple[int, int] | None:
    """The (uid, gid) to run the server as when we are root, else None (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in (SUPERUSER, "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_uid, entry.pw_gid
    raise RuntimeError("PostgreSQL does not run as root, and there is no postgres or nobody user")


@dataclass
class PostgresCluster:
    bindir: Path
    root: Path  # the socket's folder; the cluster's data are in root/data
    user: tuple[int, int] | None

    @classmethod
    def start(cls, bindir: Path) -> PostgresCluster:
        # Short path: a Unix socket's path has at most 107 bytes.
        root = Path(tempfile.mkdtemp(prefix="central-pg-", dir="/tmp"))
        cluster = cls(bindir, root, _server_user())
        if cluster.user is not None:
            os.chown(root, *cluster.user)
        try:
            cluster._server_tool(
                "initdb",
                "--pgdata",
                str(root / "data"),
                "--username",
                SUPERUSER,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--locale",
                "C",
                "--no-sync",
            )
            # Throwaway data: no fsync. Enough connections for several servers with their pools.
            options = (
                f"-k {root} -p {PORT} -c listen_addresses='' -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            )
            cluster._server_tool(
                "pg_ctl",
                "start",
                "--pgdata",
                str(root / "data"),
                "--log",
                str(root / "server.log"),
                "--wait",
                "--timeout",
                "60",
                "-o",
                options,
            )
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return cluster

    def _server_tool(self, tool: str, *args: str) -> None:
        """Run a server-side tool as the cluster's owner; a failure raises with its output."""
        user = {} if self.user is None else {"user": self.user[0], "group": self.user[1]}
        proc = subprocess.run(
            [str(self.bindir / tool), *args],
            capture_output=True,
            text=True,
            cwd=self.root,
            timeout=120,
            check=False,
            **user,  # type: ignore[arg-type]
        )
        if proc.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {proc.stdout}{proc.stderr}{tail}")

    def stop(self) -> None:
        try:
            self._server_tool("pg_ctl", "stop", "--pgdata", str(self.root / "data"), "-m", "fast")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # -- databases ------------------------------------------------------------------------------
    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}&port={PORT}"

    def libpq_args(self) -> list[str]:
        """``-h -p -U`` for the client tools (psql, pg_dump, pg_restore)."""
        return ["-h", str(self.root), "-p", str(PORT), "-U", SUPERUSER]

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; its SQLAlchemy URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(
            host=str(self.root), port=PORT, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return self.url(name)

    def client_tool(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        """``pg_dump``, ``pg_restore``, ``psql`` … against this cluster; a failure raises."""
        return subprocess.run(
            [str(self.bindir / tool), *self.libpq_args(), *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
