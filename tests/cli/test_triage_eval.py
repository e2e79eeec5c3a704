"""`trustdesk triage eval FILE.tsv`: files each text as its own report and prints ROC-AUC and the worst-ranked."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from trustdesk.cli.app import app

TINY = """text\tlang\tclass
I'm ending it tonight, I already have the pills\ten\tselfharm
j'en finis ce soir, j'ai déjà les cachets\tfr\tselfharm
those refugees are vermin and should not be allowed to speak\ten\thate
les migrants c'est des parasites, faut les expulser\tfr\thate
Great recipe, I added more garlic\ten\tbenign
je vais te tuer au Mario Kart mdr\tfr\tbenign
anyone know a good plumber in Lyon?\ten\tbenign
super photos de ton voyage !\tfr\tbenign
"""


def test_eval_prints_roc_auc_overall_per_language_and_class_and_the_worst(tmp_path: Path) -> None:
    file = tmp_path / "tiny.tsv"
    file.write_text(TINY, encoding="utf-8")
    result = CliRunner().invoke(app, ["triage", "eval", str(file), "--worst", "2"],
                                env={"TRUSTDESK_DATA_DIR": str(tmp_path / "data")})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "8 texts" in out
    assert "ROC-AUC overall       1.000  (n=8)" in out
    for name in ("fr", "en", "selfharm", "hate"):
        assert f"ROC-AUC {name}" in out
    assert "self-harm in the top decile: 2/2" in out
    assert "abusive texts ranked lowest:" in out and "benign texts ranked highest:" in out


def test_eval_refuses_a_file_without_the_columns(tmp_path: Path) -> None:
    file = tmp_path / "bad.tsv"
    file.write_text("sentence\tlabel\nhello\t0\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["triage", "eval", str(file)], env={"TRUSTDESK_DATA_DIR": str(tmp_path)})
    assert result.exit_code != 0
