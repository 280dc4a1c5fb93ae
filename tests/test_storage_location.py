"""Where the database lives: network drives and synced folders are refused, local disks not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pswdesk.cli import main
from pswdesk.db import Database
from pswdesk.errors import DatabaseError
from pswdesk.storage_location import (
    Mount,
    is_cloud_placeholder,
    macos_network_type,
    mount_of,
    network_kind,
    parse_mountinfo,
    parse_mounts,
    shared_folder_problem,
    synced_by_environment,
    synced_service,
    unc_share,
    unescape_mount_field,
)
from tests.conftest import PASSWORD

# A real /proc/self/mountinfo (Ubuntu with a CIFS share whose names hold spaces, an
# NFS home project folder with a local tmpfs inside it, sshfs, WSL2's drive C: and
# a Windows share WSL mounted with drvfs).
MOUNTINFO = r"""22 29 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
23 29 0:22 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw
29 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
35 29 8:3 / /home rw,relatime shared:30 - ext4 /dev/sda3 rw
612 29 0:58 / /mnt/office\040share rw,relatime shared:310 - cifs //fileserver/Case\040Notes rw,vers=3.1.1,cache=strict,username=alice,uid=1000,noforceuid,gid=1000,noforcegid,addr=192.168.1.10,file_mode=0755,dir_mode=0755,soft,nounix,serverino,mapposix,rsize=4194304,wsize=4194304,bsize=1048576,echo_interval=60,actimeo=1,closetimeo=1
700 35 0:60 / /home/alice/projects rw,relatime shared:400 - nfs4 nas.local:/export/projects rw,vers=4.2,rsize=1048576,wsize=1048576,namlen=255,hard,proto=tcp,timeo=600,retrans=2,sec=sys,clientaddr=10.0.0.7,local_lock=none,addr=10.0.0.5
701 700 0:61 / /home/alice/projects/scratch rw,nosuid,nodev,relatime shared:401 - tmpfs tmpfs rw,size=1048576k,mode=755,uid=1000,gid=1000
720 35 0:62 / /home/alice/server rw,nosuid,nodev,relatime shared:410 - fuse.sshfs alice@files.example.org:/srv rw,user_id=1000,group_id=1000
83 29 0:63 / /mnt/c rw,noatime shared:50 - 9p C:\134 rw,dirsync,aname=drvfs;path=C:\;uid=1000;gid=1000;symlinkroot=/mnt/,mmap,access=client,msize=65536,trans=fd,rfd=5,wfd=5
84 29 0:64 / /mnt/z rw,noatime shared:51 - 9p \134\134fileserver\134agency rw,dirsync,aname=drvfs;path=\\fileserver\agency;uid=1000;gid=1000,mmap,access=client,msize=65536,trans=fd,rfd=5,wfd=5
"""  # noqa: E501

# The same machine's /proc/mounts (the older table, used when mountinfo is missing).
MOUNTS = r"""proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime,errors=remount-ro 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//fileserver/Case\040Notes /mnt/office\040share cifs rw,relatime,vers=3.1.1,cache=strict,username=alice,addr=192.168.1.10 0 0
nas.local:/export/projects /home/alice/projects nfs4 rw,relatime,vers=4.2,addr=10.0.0.5 0 0
tmpfs /home/alice/projects/scratch tmpfs rw,nosuid,nodev,relatime,size=1048576k 0 0
"""  # noqa: E501


def kind_of(path: str, text: str = MOUNTINFO) -> str | None:
    mount = mount_of(path, parse_mountinfo(text))
    return network_kind(mount) if mount else None


# -- mount tables ----------------------------------------------------------------------


def test_escaped_names_are_unescaped() -> None:
    assert unescape_mount_field(r"/mnt/office\040share") == "/mnt/office share"
    assert unescape_mount_field(r"tab\011and\012newline\134back") == "tab\tand\nnewline\\back"
    mounts = parse_mountinfo(MOUNTINFO)
    cifs = next(m for m in mounts if m.fstype == "cifs")
    assert cifs == Mount(
        point="/mnt/office share",
        fstype="cifs",
        source="//fileserver/Case Notes",
        options=cifs.options,
    )
    assert cifs.options.startswith("rw,vers=3.1.1")


def test_a_file_on_the_cifs_share_is_on_the_network() -> None:
    assert kind_of("/mnt/office share/pswdesk.db") == "cifs"
    assert kind_of("/mnt/office share") == "cifs"
    # A sibling whose name merely starts the same is the root disk's.
    assert kind_of("/mnt/office shared/pswdesk.db") is None
    assert kind_of("/mnt/office/pswdesk.db") is None


def test_nested_mounts_the_longest_mount_point_decides() -> None:
    assert kind_of("/home/alice/pswdesk.db") is None  # ext4
    assert kind_of("/home/alice/projects/agency/pswdesk.db") == "nfs4"
    assert kind_of("/home/alice/projects/scratch/pswdesk.db") is None  # tmpfs inside NFS
    assert kind_of("/home/alice/server/pswdesk.db") == "fuse.sshfs"


def test_the_later_of_two_mounts_on_one_point_hides_the_earlier() -> None:
    over = MOUNTINFO + "800 35 0:70 / /home rw - nfs nas.local:/home rw,addr=10.0.0.5\n"
    assert kind_of("/home/bob/pswdesk.db", over) == "nfs"
    assert kind_of("/home/alice/projects/scratch/a.db", over) is None  # still its own tmpfs


def test_wsl_drives_are_this_pc_but_a_share_they_carry_is_not() -> None:
    assert kind_of("/mnt/c/Users/alice/pswdesk.db") is None
    kind = kind_of("/mnt/z/pswdesk.db")
    assert kind is not None
    assert "\\\\fileserver\\agency" in kind
    assert network_kind(Mount("/srv/vm", "virtiofs", "hostshare")) is None


def test_the_older_mounts_table_gives_the_same_answers() -> None:
    mounts = parse_mounts(MOUNTS)
    assert [m.point for m in mounts][:4] == ["/proc", "/", "/home", "/mnt/office share"]
    cases = {
        "/mnt/office share/a.db": "cifs",
        "/home/alice/projects/a.db": "nfs4",
        "/home/alice/projects/scratch/a.db": None,
        "/home/alice/a.db": None,
    }
    for path, expected in cases.items():
        mount = mount_of(path, mounts)
        assert mount is not None
        assert network_kind(mount) == expected, path


def test_lines_that_do_not_parse_are_skipped() -> None:
    assert parse_mountinfo("garbage\n\n1 2 3\n") == []
    assert parse_mounts("x\n") == []
    assert mount_of("/anything", []) is None


@pytest.mark.parametrize(
    ("fstype", "source", "network"),
    [
        ("smb3", "//nas/share", True),
        ("nfs", "nas:/export", True),
        ("fuse.rclone", "gdrive:", True),
        ("fuse.gvfsd-fuse", "gvfsd-fuse", True),
        ("glusterfs", "gluster1:/vol", True),
        ("fuse", "sshfs#alice@host:/srv", True),
        ("ext4", "/dev/nvme0n1p2", False),
        ("btrfs", "/dev/sda1", False),
        ("fuseblk", "/dev/sdb1", False),  # ntfs-3g on a local disk
        ("overlay", "overlay", False),
    ],
)
def test_file_system_types(fstype: str, source: str, network: bool) -> None:
    assert (network_kind(Mount("/m", fstype, source)) is not None) is network


# -- Windows and macOS, as far as their answers can be given here -------------------------


def test_unc_paths() -> None:
    assert unc_share(r"\\fileserver\agency\notes\pswdesk.db") == r"\\fileserver\agency"
    assert unc_share("//fileserver/agency/pswdesk.db") == r"\\fileserver\agency"
    assert unc_share(r"\\?\UNC\fileserver\agency\pswdesk.db") == r"\\fileserver\agency"
    assert unc_share(r"\\?\C:\Users\alice\pswdesk.db") is None
    assert unc_share(r"C:\Users\alice\pswdesk.db") is None
    assert unc_share(r"\\wsl$\Ubuntu\home\alice\pswdesk.db") is None
    assert unc_share(r"\\wsl.localhost\Ubuntu\home\alice\pswdesk.db") is None


def test_cloud_files_attributes() -> None:
    assert is_cloud_placeholder(0, 0x9000601A)  # what OneDrive's folders carry
    assert is_cloud_placeholder(0, 0x9000001A)
    assert is_cloud_placeholder(0x00400000, 0)  # FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
    assert not is_cloud_placeholder(0x10, 0)  # a plain folder
    assert not is_cloud_placeholder(0x410, 0xA000000C)  # a symbolic link


def test_macos_file_system_names() -> None:
    assert macos_network_type("smbfs") == "smbfs"
    assert macos_network_type("afpfs") == "afpfs"
    assert macos_network_type("webdav") == "webdav"
    assert macos_network_type("apfs") is None
    assert macos_network_type("") is None


# -- synced folders --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folders", "service"),
    [
        (("Users", "alice", "OneDrive", "Documents"), "OneDrive"),
        (("Users", "alice", "OneDrive - Contoso", "Case notes"), "OneDrive"),
        (("Users", "alice", "onedrive - contoso"), "OneDrive"),
        (("home", "alice", "Dropbox"), "Dropbox"),
        (("home", "alice", "DROPBOX", "agency"), "Dropbox"),
        (("Users", "alice", "Dropbox (Riverside Peer Support)"), "Dropbox"),
        (("G:", "My Drive", "agency"), "Google Drive"),
        (("Users", "alice", "Google Drive"), "Google Drive"),
        (("Users", "alice", "iCloudDrive"), "iCloud Drive"),
        (("Users", "alice", "Library", "Mobile Documents", "com~apple~CloudDocs"), "iCloud Drive"),
        (("Users", "alice", "Library", "CloudStorage", "GoogleDrive-a@b.org", "x"), "Google Drive"),
        (("Users", "alice", "Library", "CloudStorage", "OneDrive-Contoso"), "OneDrive"),
        (("Users", "alice", "Library", "CloudStorage", "ProtonDrive-a@b.org"), "Proton Drive"),
        (("Users", "alice", "Library", "CloudStorage", "Egnyte-agency"), "Egnyte"),
        (("home", "alice", "Nextcloud"), "Nextcloud"),
        (("home", "alice", "ownCloud"), "ownCloud"),
        (("Users", "alice", "Box"), "Box"),
        (("home", "alice", "pCloudDrive"), "pCloud"),
        (("home", "alice", "MEGA"), "MEGA"),
        (("Users", "alice", "Sync"), "Sync.com or Syncthing"),
        # Ordinary folders whose names only contain a service's name.
        (("home", "alice", "dropboxes"), None),
        (("home", "alice", "my dropbox notes"), None),
        (("home", "alice", "OneDriveBackup"), None),
        (("home", "alice", "megabytes", "boxes", "syncing"), None),
        (("Users", "alice", "Documents", "Google Drive backup"), None),
        (("Users", "alice", "Library", "Application Support", "pswdesk"), None),
        ((), None),
    ],
)
def test_synced_folders_by_name(folders: tuple[str, ...], service: str | None) -> None:
    assert synced_service(folders) == service


def test_onedrive_folders_named_by_its_environment_variables() -> None:
    env = {"OneDriveCommercial": r"D:\Company Files", "OneDrive": ""}
    assert synced_by_environment(r"d:\company files\Case notes\pswdesk.db", env) == "OneDrive"
    assert synced_by_environment(r"D:\Company Files 2\pswdesk.db", env) is None
    assert synced_by_environment(r"C:\Users\alice\pswdesk.db", env) is None
    assert synced_by_environment(r"D:\Company Files\pswdesk.db", {}) is None


# -- the real check, on this machine's disk ------------------------------------------------


def test_a_local_folder_is_allowed(tmp_path: Path) -> None:
    assert shared_folder_problem(tmp_path / "pswdesk.db") is None
    (tmp_path / "dropboxes").mkdir()
    assert shared_folder_problem(tmp_path / "dropboxes" / "pswdesk.db") is None


def test_a_synced_folder_is_refused_even_through_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "Dropbox").mkdir()
    problem = shared_folder_problem(tmp_path / "Dropbox" / "pswdesk.db")
    assert problem is not None
    assert "synced by Dropbox" in problem
    assert "shared-server set-up (PostgreSQL)" in problem
    os.symlink(tmp_path / "Dropbox", tmp_path / "notes")
    via_link = shared_folder_problem(tmp_path / "notes" / "pswdesk.db")
    assert via_link is not None
    assert "synced by Dropbox" in via_link


def test_the_check_never_raises() -> None:
    assert shared_folder_problem(Path("bad\0name.db")) is None


def test_opening_a_database_in_a_synced_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "agency.db"
    with pytest.raises(DatabaseError) as caught:
        Database(f"sqlite:///{path}")
    message = str(caught.value)
    assert message == shared_folder_problem(path)
    assert message.startswith(f"{path} is in a folder synced by Dropbox")
    assert not path.exists()


def test_init_in_a_synced_folder_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PSWDESK_PASSWORD", PASSWORD)
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "agency.db"
    code = main(["--db", str(path), "init", "--agency", "Riverside", "--admin", "director"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.splitlines() == [f"pswdesk: {shared_folder_problem(path)}"]
    assert "synced by Dropbox" in err
    assert not path.exists()
