"""A SQLite file on a network share is told apart from one on a local disk, by the type of
the file system its folder is mounted from (a fake /proc/self/mountinfo)."""

from pathlib import Path, PurePosixPath

from warehouse_gui.adapters import network_share

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
31 27 0:40 / /srv/stock rw,relatime - nfs4 files:/export/stock rw,vers=4.2
32 31 0:41 / /srv/stock/local rw,relatime - ext4 /dev/vdb rw
33 27 0:42 / /mnt/office\\040share rw,relatime - cifs //office/share rw
34 27 0:43 / /home/clerk/remote rw,relatime - fuse.sshfs clerk@host: rw
35 27 0:44 / /srv/stockroom rw,relatime - tmpfs tmpfs rw
"""


def share(path):
    return network_share.network_share_type(Path(path), MOUNTINFO)


def test_a_file_on_nfs_smb_or_sshfs_is_on_a_network_share():
    assert share("/srv/stock/warehouse.db") == "nfs4"
    assert share("/srv/stock/deep/down/warehouse.db") == "nfs4"
    assert share("/mnt/office share/warehouse.db") == "cifs", "octal escapes are read"
    assert share("/home/clerk/remote/w.db") == "fuse.sshfs"


def test_the_longest_mount_point_decides_and_names_must_match_whole():
    assert share("/srv/stock/local/warehouse.db") is None, "a local disk mounted inside"
    assert share("/srv/stockroom/warehouse.db") is None, "not under /srv/stock"
    assert share("/home/clerk/warehouse.db") is None


def test_the_same_mount_point_mounted_again_is_read_as_the_last_mount():
    again = MOUNTINFO + "36 27 0:45 / /srv/stock rw - ext4 /dev/vdc rw\n"
    assert network_share.network_share_type(Path("/srv/stock/w.db"), again) is None


def test_unreadable_lines_are_skipped():
    assert network_share.mounts("garbage\n\n1 2 3 - \n") == []
    assert network_share.filesystem_type(PurePosixPath("/x"), "") is None


def test_the_warning_names_the_file_the_share_and_postgresql():
    text = network_share.warning(Path("/srv/stock/w.db"), "nfs4")
    assert "/srv/stock/w.db" in text and "nfs4" in text
    assert "locking" in text and "PostgreSQL" in text


def test_this_machines_own_mounts_are_read(tmp_path):
    assert network_share.network_share_type(tmp_path / "w.db") in (
        None,
        *network_share.NETWORK_TYPES,
    )
