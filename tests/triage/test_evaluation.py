"""ROC-AUC and the report the eval command prints, on hand-made scores."""

from __future__ import annotations

from trustdesk.triage.evaluation import Example, Scored, evaluate, format_report, roc_auc


def test_roc_auc_counts_ties_as_half_and_needs_both_classes() -> None:
    assert roc_auc([True, False], [0.9, 0.1]) == 1.0
    assert roc_auc([True, False], [0.1, 0.9]) == 0.0
    assert roc_auc([True, False, True, False], [0.5, 0.5, 0.5, 0.5]) == 0.5
    assert roc_auc([True, True], [0.1, 0.2]) is None


def test_the_report_names_per_language_and_class_and_the_self_harm_top_decile() -> None:
    rows = [Scored(Example(f"benign {i}", "fr" if i % 2 else "en", "benign"), float(i)) for i in range(20)]
    rows += [Scored(Example("I'm ending it", "en", "selfharm"), 99.0),
             Scored(Example("scam", "fr", "scam"), 5.5)]
    report = evaluate(rows, worst=1)
    assert report.urgent_in_top_decile == (1, 1)
    assert report.by_class["selfharm"] == (1.0, 21)
    assert report.worst_missed[0].example.label == "scam"
    lines = format_report(report)
    assert lines[0].startswith("ROC-AUC overall")
    assert any(line.startswith("ROC-AUC fr") for line in lines)
