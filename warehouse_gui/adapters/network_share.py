"""Whether a file lies on a network share, where SQLite's file locking is not reliable.

Read from Linux's ``/proc/self/mountinfo``: the mount whose mount point is the longest
prefix of the file's folder, and its file system type. Pure but for reading that file.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from warehouse_gui.translation import translate

MOUNTINFO = Path("/proc/self/mountinfo")
NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs"}
)


def _unescape(field: str) -> str:
    """A mountinfo path field: space, tab, newline and backslash are written in octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mounts(mountinfo: str) -> list[tuple[str, str]]:
    """Each mount of ``mountinfo``'s text as (mount point, file system type)."""
    found = []
    for line in mountinfo.splitlines():
        before, separator, after = line.partition(" - ")
        fields = before.split()
        if not separator or len(fields) < 5 or not after.split():
            continue
        found.append((_unescape(fields[4]), after.split()[0]))
    return found


def filesystem_type(folder: PurePosixPath, mountinfo: str) -> str | None:
    """The type of the file system ``folder`` (absolute) is on: its longest mount point."""
    best: tuple[int, str] | None = None
    for point, kind in mounts(mountinfo):
        mount = PurePosixPath(point)
        if (folder == mount or mount in folder.parents) and (
            best is None or len(mount.parts) >= best[0]
        ):
            best = (len(mount.parts), kind)
    return best[1] if best else None


def network_share_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The network file system type (``nfs4``, ``cifs``…) ``path``'s folder is on, or
    ``None`` on a local disk or where it cannot be told (no ``/proc``)."""
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    folder = PurePosixPath(os.path.realpath(Path(path).expanduser().absolute().parent))
    kind = filesystem_type(folder, mountinfo)
    return kind if kind is not None and kind in NETWORK_TYPES else None


def warning(path: Path, kind: str) -> str:
    """What a person is told of a SQLite file on a network share."""
    return translate(
        "NetworkShare",
        "The database file {path} is on a network share ({kind}), where SQLite's locking "
        "is not reliable: two desks writing at once can damage it. For several desks, use "
        "a PostgreSQL server (--db postgresql://…).",
    ).format(path=path, kind=kind)
