import gc

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
    gc.unfreeze()  # whatever an earlier test froze: this one starts with nothing frozen
    with old_objects_frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with old_objects_frozen():
            pass
        assert gc.get_freeze_count() == frozen  # a caller's freeze is kept
    finally:
        gc.unfreeze()
