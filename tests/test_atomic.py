import os
import stat
import subprocess
import sys
from pathlib import Path

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


def test_a_symlink_is_written_through_the_link_stays_and_the_file_it_names_changes(tmp_path):
    real = tmp_path / "data" / "refs.yaml"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "refs.yaml"
    link.symlink_to(Path("data") / "refs.yaml")  # relative, as people make them
    write_atomic(link, "new\n")
    assert (link.is_symlink(), os.readlink(link), real.read_text()) == (True, str(Path("data") / "refs.yaml"), "new\n")
    assert sorted(p.name for p in real.parent.iterdir()) == ["refs.yaml"]


def test_a_write_killed_before_its_rename_leaves_a_temporary_file_the_next_write_removes(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("old\n")
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from citecheck.atomic import write_atomic\n"
        "def chunks():\n    yield 'half'\n    print('writing', flush=True)\n    time.sleep(60)\n    yield 'rest'\n"
        f"write_atomic({str(path)!r}, chunks())\n")], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "writing\n"
    writer.kill()  # kill -9: no cleanup runs
    writer.wait()
    [left] = [p.name for p in tmp_path.iterdir() if p.name != "refs.yaml"]
    assert left.startswith(f".refs.yaml.{writer.pid}.") and left.endswith(".tmp")
    write_atomic(path, "new\n")
    assert [p.name for p in tmp_path.iterdir()] == ["refs.yaml"] and path.read_text() == "new\n"


def test_the_temporary_file_of_a_write_still_running_is_left_alone(tmp_path):
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            busy = tmp_path / f".refs.yaml.{running.pid}.x1y2.tmp"
            busy.write_text("half")
            write_atomic(tmp_path / "refs.yaml", "new\n")
            assert busy.exists()
        finally:
            running.kill()


def test_only_temporary_files_of_the_same_target_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    other = tmp_path / f".other.yaml.{pid}.x1y2.tmp"
    mine = tmp_path / f".refs.yaml.{pid}.x1y2.tmp"
    for path in (other, mine):
        path.write_text("half")
    write_atomic(tmp_path / "refs.yaml", "new\n")
    assert (other.exists(), mine.exists()) == (True, False)


def test_a_new_text_its_check_refuses_is_never_put_in_place(tmp_path):
    target = tmp_path / "refs.yaml"
    target.write_text("old\n")
    seen = []

    def refuse(written: Path) -> None:
        seen.append(written.read_text())
        raise ValueError("unreadable")

    with pytest.raises(ValueError, match="unreadable"):
        write_atomic(target, ["new", " text\n"], verify=refuse)
    assert (seen, target.read_text(), sorted(p.name for p in tmp_path.iterdir())) == (
        ["new text\n"], "old\n", ["refs.yaml"])
