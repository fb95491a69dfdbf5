import os
import stat

import pytest

from citecheck.atomic import write_atomic


def test_a_new_file_gets_the_mode_open_would_give(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.yaml", "references: []\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644


def test_an_existing_file_keeps_its_mode_and_gets_the_new_text(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("old\n")
    path.chmod(0o600)
    write_atomic(path, "new\n")
    assert (path.read_text(), stat.S_IMODE(path.stat().st_mode)) == ("new\n", 0o600)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "new \udcff\n")  # a lone surrogate cannot be encoded
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["refs.yaml"]


def test_an_error_names_the_file_asked_for_not_the_temporary_one(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        write_atomic(tmp_path / "missing" / "refs.yaml", "x\n")
    assert caught.value.filename == str(tmp_path / "missing" / "refs.yaml")
