import gc
import subprocess
import sys
import textwrap

from citecheck.gc_pause import collector_paused, old_objects_frozen


def test_the_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_objects_alive_before_the_block_are_out_of_the_collectors_sight_inside_and_back_after():
    # In a fresh interpreter: the freeze is the whole process's, and a thread an earlier test left
    # running (a verify-links run ending) may unfreeze it under this test's feet.
    script = textwrap.dedent("""
        import gc
        from citecheck.gc_pause import old_objects_frozen
        with old_objects_frozen():
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() == 0
        gc.freeze()
        frozen = gc.get_freeze_count()
        with old_objects_frozen():
            pass
        assert gc.get_freeze_count() == frozen  # a caller's freeze is kept
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "ok\n", "")
