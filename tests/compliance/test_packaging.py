"""Both learned compliance models are packaged by one helper: weights plus the key they were fitted on."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.compliance import classifier, mention
from assistant.compliance.classifier import Example, write_packaged
from assistant.softmax import fit, load


def _rows() -> list[Example]:
    return [
        Example("回扣我私下给您", "kickback", "zh", "plain"),
        Example("我们不给回扣", "clean", "zh", "refusal"),
        Example("pay my own account", "personal_account", "en", "plain"),
        Example("never pay a personal account", "clean", "en", "notice"),
    ]


def test_write_packaged_writes_weights_and_key(tmp_path: Path) -> None:
    model = fit(np.eye(4, dtype=np.float32), np.array([0, 1, 0, 1]), ("use", "mention"), steps=5)
    target = write_packaged(model, tmp_path / "m.npz", "abc123")
    assert target == tmp_path / "m.npz"
    assert (tmp_path / "m.key").read_text(encoding="utf-8") == "abc123\n"
    assert load(target).labels == ("use", "mention")


@pytest.mark.parametrize("module", [classifier, mention])
def test_package_goes_through_the_shared_helper(
    module: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _rows()
    monkeypatch.setattr(module, "load_examples", lambda path: rows)
    monkeypatch.setattr(module, "training_vectors", lambda examples, path: np.eye(4, dtype=np.float32))
    monkeypatch.setattr(module, "PACKAGED", tmp_path / "packaged.npz")
    written: list[str] = []
    real = write_packaged

    def spy(model, target, key):  # type: ignore[no-untyped-def]
        written.append(key)
        return real(model, target, key)

    monkeypatch.setattr(module, "write_packaged", spy)
    out = module.package(tmp_path / "training.jsonl")  # type: ignore[attr-defined]
    assert out == tmp_path / "packaged.npz" and out.is_file()
    assert written and (tmp_path / "packaged.key").read_text(encoding="utf-8") == written[0] + "\n"
    assert set(load(out).labels) <= set(classifier.LABELS) | set(mention.LABELS)
