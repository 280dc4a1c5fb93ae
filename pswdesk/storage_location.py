"""Where a database file lives: refuse network drives and synced folders.

An SQLite file on an SMB/NFS share or in a OneDrive/Dropbox folder is how small
offices lose databases: file locking over the network is unreliable, and a sync
client can copy a half-written file (or the main file without its ``-wal``) and
write a "conflicted copy" back over it. The shared-server set-up (PostgreSQL) is the way
to share one agency database between PCs (docs/ARCHITECTURE.md, Security model).

Two app instances on one file on this PC's own disk stay allowed: WAL and
SQLite's locking (``BEGIN IMMEDIATE``, the busy timeout; see ``pswdesk.db``) make
them queue safely.

The check runs at every start, so it reads only what the platform already has at
hand (``/proc/self/mountinfo``, ``GetDriveTypeW``, ``statfs``), starts no process,
and takes about half a millisecond on Linux. It is a guard, not a gate: anything it
cannot read counts as "no problem" and it never raises. The parsing is in pure
functions so that tests feed them real-format text.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath


def shared_folder_problem(path: Path) -> str | None:
    """Why ``path`` must not hold a live database (one sentence), or None when it may."""
    try:
        return _problem(path)
    except Exception:  # a guard must never stop a good local file from opening
        return None


def _problem(path: Path) -> str | None:
    given = os.path.abspath(path)
    real = os.path.realpath(given)  # a symlink or (on Windows) a mapped drive shows its target
    candidates = list(dict.fromkeys((given, real)))
    service = next(filter(None, map(_synced_service, candidates)), None)
    if service:
        return (
            f"{path} is in a folder synced by {service}, which can copy a half-written "
            f"database and damage it: {_advice(', outside synced folders')}"
        )
    # Where the file really is decides; on Windows the drive letter given counts too.
    where = _network_location(candidates if sys.platform == "win32" else [real])
    if where:
        return (
            f"{path} is on {where}, where file locking is unreliable and the database can be "
            f"damaged: {_advice('')}"
        )
    return None


def _advice(where_locally: str) -> str:
    return (
        f"keep the file on this PC's own disk{where_locally}, or use the shared-server set-up "
        "(PostgreSQL) to share one database between PCs"
    )


def _synced_service(path: str) -> str | None:
    service = synced_service(_folder_parts(path)) or synced_by_environment(path, os.environ)
    if service is None and sys.platform == "win32" and _windows_cloud_files(path):
        service = "OneDrive or another sync client"
    return service


def _folder_parts(path: str) -> tuple[str, ...]:
    """The folders holding ``path`` (not its anchor, not the file's own name)."""
    pure: PurePath = PureWindowsPath(path) if sys.platform == "win32" else PurePath(path)
    parts = pure.parts
    return parts[1:-1] if pure.anchor else parts[:-1]


# -- synced folders, by name (every platform) ------------------------------------------

# Whole folder names, matched case-insensitively: "Dropbox" and "Dropbox (Contoso)"
# are synced, "dropboxes" is an ordinary folder.
_SYNCED_NAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), service)
    for pattern, service in (
        # "OneDrive", "OneDrive - Contoso" (Windows), "OneDrive-Contoso" (macOS CloudStorage)
        (r"onedrive(?:\s*-\s*.+)?", "OneDrive"),
        # "Dropbox", "Dropbox (Contoso)", "Dropbox-Personal"
        (r"dropbox(?:\s*\(.+\)|\s*-\s*.+)?", "Dropbox"),
        # "Google Drive", "My Drive" / "Shared drives" (Drive for desktop), "GoogleDrive-a@b.org"
        (r"google\s?drive(?:\s*-\s*.+)?|my drive|shared drives", "Google Drive"),
        # "iCloudDrive" (Windows), "Mobile Documents/com~apple~CloudDocs" (macOS)
        (r"icloud\s?drive(?:\s*\(.+\))?|mobile documents|com~apple~clouddocs", "iCloud Drive"),
        (r"nextcloud\d*", "Nextcloud"),
        (r"owncloud\d*", "ownCloud"),
        (r"box(?: sync|-box)?", "Box"),
        (r"pcloud(?:\s?drive)?", "pCloud"),
        (r"mega(?:sync)?", "MEGA"),
        # Sync.com's and Syncthing's default folder are both plain "Sync".
        (r"sync|sync\.com", "Sync.com or Syncthing"),
        (r"seafile", "Seafile"),
        (r"yandex\.disk", "Yandex Disk"),
        (r"proton\s?drive(?:\s*-\s*.+)?", "Proton Drive"),
        (r"creative cloud files", "Adobe Creative Cloud"),
    )
)


def synced_service(folders: Sequence[str]) -> str | None:
    """The sync service whose folder is one of ``folders`` (path components), if any."""
    for index, name in enumerate(folders):
        service = _named_service(name)
        if service:
            return service
        # macOS keeps every File Provider sync (Dropbox, Google Drive, Box, ...) here.
        if (
            name.casefold() == "cloudstorage"
            and index > 0
            and folders[index - 1].casefold() == "library"
        ):
            provider = folders[index + 1] if index + 1 < len(folders) else ""
            return _named_service(provider) or provider.split("-", 1)[0] or "macOS cloud storage"
    return None


def _named_service(folder: str) -> str | None:
    for pattern, service in _SYNCED_NAMES:
        if pattern.fullmatch(folder):
            return service
    return None


# OneDrive sets these on Windows to its folders, whatever they are called.
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def synced_by_environment(path: str, environ: Mapping[str, str]) -> str | None:
    """ "OneDrive" when ``path`` is under a folder the OneDrive variables name."""
    windows = "\\" in path or re.match(r"[A-Za-z]:", path) is not None
    pure: type[PurePath] = PureWindowsPath if windows else PurePath
    parts = [p.casefold() for p in pure(path).parts]
    for variable in _ONEDRIVE_VARIABLES:
        folder = environ.get(variable, "").strip()
        if not folder:
            continue
        root = [p.casefold() for p in pure(folder).parts]
        if len(root) > 1 and parts[: len(root)] == root:
            return "OneDrive"
    return None


# -- network drives ---------------------------------------------------------------------


def _network_location(paths: Iterable[str]) -> str | None:
    for path in paths:
        if sys.platform == "win32":
            where = _windows_network(path)
        elif sys.platform.startswith("linux"):
            where = _linux_network(path)
        elif sys.platform == "darwin":
            where = _macos_network(path)
        else:
            where = None
        if where:
            return where
    return None


# -- Windows ----------------------------------------------------------------------------

_DRIVE_REMOTE = 4  # GetDriveTypeW
_IO_REPARSE_TAG_CLOUD = (
    0x9000001A  # the Cloud Files API's tags: 0x9000001A, 0x9000101A ... 0x9000F01A
)
_CLOUD_ATTRIBUTES = 0x00080000 | 0x00100000 | 0x00400000  # PINNED, UNPINNED, RECALL_ON_DATA_ACCESS


def unc_share(path: str) -> str | None:
    r"""``\\server\share`` when ``path`` is on a network share, else None.

    ``\\?\C:\...`` is a local drive in long form; ``\\wsl$`` and ``\\wsl.localhost``
    are this PC's own Linux (see the 9p note below).
    """
    text = path.replace("/", "\\")
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        rest = text[4:]
        if not rest.upper().startswith("UNC\\"):
            return None
        text = "\\\\" + rest[4:]
    if not text.startswith("\\\\"):
        return None
    server, _, rest = text[2:].partition("\\")
    share = rest.split("\\", 1)[0]
    if not server or server.casefold() in ("wsl$", "wsl.localhost"):
        return None
    return f"\\\\{server}\\{share}" if share else f"\\\\{server}"


def is_cloud_placeholder(attributes: int, reparse_tag: int) -> bool:
    """Whether a file's Windows attributes say a sync client (Cloud Files API) manages it.

    Catches what names cannot: a SharePoint library OneDrive syncs into a folder
    named after the organisation.
    """
    return (reparse_tag & 0xFFFF0FFF) == _IO_REPARSE_TAG_CLOUD or bool(
        attributes & _CLOUD_ATTRIBUTES
    )


def _windows_network(path: str) -> str | None:
    share = unc_share(path)
    if share:
        return f"the network share {share}"
    if sys.platform != "win32":
        return None
    import ctypes

    drive = PureWindowsPath(path).drive
    if (
        len(drive) == 2
        and drive[1] == ":"
        and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE
    ):
        return f"the network drive {drive.upper()}"
    return None


def _windows_cloud_files(path: str) -> bool:
    current = Path(path)
    for folder in (current, *current.parents):
        try:
            st = os.lstat(folder)
        except OSError:
            continue  # not made yet: its folder decides
        tag = getattr(st, "st_reparse_tag", 0)
        if is_cloud_placeholder(getattr(st, "st_file_attributes", 0), tag):
            return True
    return False


# -- Linux ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mount:
    """One line of the mount table, its names unescaped."""

    point: str
    fstype: str
    source: str
    options: str = ""


# Kernel file systems that reach another machine.
_NETWORK_TYPES = frozenset(
    {
        "cifs", "smb3", "smb2", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "ncp", "coda",
        "davfs", "glusterfs", "ceph", "lustre", "gpfs", "beegfs", "orangefs", "pvfs2",
    }
)  # fmt: skip
# FUSE file systems (``fuse.<name>``) that reach another machine or a cloud drive.
# ``gvfsd-fuse`` is GNOME's view of smb://, sftp:// and cloud accounts.
_NETWORK_FUSE = frozenset(
    {
        "sshfs", "rclone", "davfs2", "s3fs", "gcsfuse", "goofys", "glusterfs", "ceph-fuse",
        "gvfsd-fuse", "curlftpfs", "smbnetfs", "juicefs", "onedriver",
        "google-drive-ocamlfuse",
    }
)  # fmt: skip
# 9p, drvfs and virtiofs carry a VM's or WSL's view of this PC's own disks (WSL2's
# /mnt/c, a QEMU or Docker Desktop shared folder): the same PC, so allowed, unless
# what they carry is itself a network share (WSL's ``mount -t drvfs '\\server\share'``).
_HOST_SHARE_TYPES = frozenset({"9p", "drvfs", "virtiofs"})

_ESCAPE = re.compile(r"\\([0-7]{3})")


def unescape_mount_field(field: str) -> str:
    r"""A mount table field as the name it stands for: ``\040`` a space, ``\134`` a backslash."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts in ``/proc/self/mountinfo`` text, in order; lines that do not parse are skipped.

    A line: id, parent, major:minor, root, mount point, options, optional fields,
    ``-``, file system type, source, super options.
    """
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        try:
            dash = fields.index("-", 6)
        except ValueError:
            continue
        tail = fields[dash + 1 :]
        if len(tail) < 2:
            continue
        mounts.append(
            Mount(
                point=unescape_mount_field(fields[4]),
                fstype=tail[0],
                source=unescape_mount_field(tail[1]),
                options=unescape_mount_field(tail[2]) if len(tail) > 2 else "",
            )
        )
    return mounts


def parse_mounts(text: str) -> list[Mount]:
    """The mounts in ``/proc/mounts`` text: source, mount point, type, options, 0, 0."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mounts.append(
            Mount(
                point=unescape_mount_field(fields[1]),
                fstype=fields[2],
                source=unescape_mount_field(fields[0]),
                options=unescape_mount_field(fields[3]) if len(fields) > 3 else "",
            )
        )
    return mounts


def mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding ``path`` (absolute, symlinks resolved).

    The longest matching mount point wins; of two on the same point, the later,
    which hides the earlier.
    """
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/")
        holds = path == mount.point or path == point or path.startswith(point + "/")
        if holds and (best is None or len(point) >= len(best.point.rstrip("/"))):
            best = mount
    return best


def network_kind(mount: Mount) -> str | None:
    """What reaches another machine through ``mount`` ("cifs", "fuse.sshfs"), or None if local."""
    fstype = mount.fstype.casefold()
    if fstype in _NETWORK_TYPES:
        return mount.fstype
    base, _, subtype = fstype.partition(".")
    if base in ("fuse", "fuseblk") and subtype in _NETWORK_FUSE:
        return mount.fstype
    if base == "fuse" and not subtype and mount.source.startswith("sshfs#"):
        return "sshfs"
    if fstype in _HOST_SHARE_TYPES:
        for carried in (mount.source, *re.findall(r"path=([^;,]*)", mount.options)):
            share = unc_share(carried)
            if share:
                return f"{mount.fstype} carrying {share}"
    return None


def _linux_network(path: str) -> str | None:
    mounts: list[Mount] | None = None
    for table, parse in (("/proc/self/mountinfo", parse_mountinfo), ("/proc/mounts", parse_mounts)):
        try:
            with open(table, "rb") as f:
                mounts = parse(os.fsdecode(f.read()))
            break
        except OSError:
            continue
    if not mounts:
        return None
    mount = mount_of(path, mounts)
    kind = network_kind(mount) if mount else None
    return f"a network drive ({kind})" if kind else None


# -- macOS ------------------------------------------------------------------------------

_MACOS_NETWORK_TYPES = frozenset({"smbfs", "nfs", "afpfs", "webdav", "ftp", "cifs"})
# struct statfs (64-bit inodes, the only kind on Apple silicon): f_fstypename[16]
# follows 2 x 32-bit, 5 x 64-bit, fsid (2 x 32-bit) and 4 x 32-bit fields.
_FSTYPENAME_OFFSET = 72


def macos_network_type(fstypename: str) -> str | None:
    """The statfs type name when it is a network file system (``smbfs``, ``nfs``, ...)."""
    name = fstypename.casefold()
    return name if name in _MACOS_NETWORK_TYPES else None


def _macos_network(path: str) -> str | None:
    if sys.platform != "darwin":
        return None
    import ctypes
    import platform

    libc = ctypes.CDLL(None, use_errno=True)
    # On Intel Macs the 64-bit-inode struct comes from "statfs$INODE64".
    name = "statfs$INODE64" if platform.machine() == "x86_64" else "statfs"
    statfs = getattr(libc, name, None) or getattr(libc, "statfs", None)
    if statfs is None:
        return None
    existing = Path(path)
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    buffer = ctypes.create_string_buffer(4096)  # larger than the struct, in case it grows
    if statfs(os.fsencode(existing), buffer) != 0:
        return None
    raw = buffer.raw[_FSTYPENAME_OFFSET : _FSTYPENAME_OFFSET + 16].split(b"\0", 1)[0]
    kind = macos_network_type(raw.decode("ascii", "replace"))
    return f"a network drive ({kind})" if kind else None
