"""Folding of names for sorting and duplicate matching."""

from cimicdesk.domain.text import fold


def test_fold_ignores_case_accents_and_spacing():
    assert fold("  Élisabeth   NGAÏKOUMON ") == "elisabeth ngaikoumon"
    assert fold("Croix-Rouge centrafricaine") == "croix-rouge centrafricaine"
    assert fold("") == ""
    assert sorted(["Vakaga", "Élise", "eric"], key=fold) == ["Élise", "eric", "Vakaga"]
