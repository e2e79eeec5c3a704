"""The operator's queue file: checked when loaded, routing as the file says, a broken edit never stops intake."""

from __future__ import annotations

import os

import pytest

from trustdesk.domain.staff import Role
from trustdesk.triage.queue_config import QueueConfigError, load_queues, parse_queues

GOOD = """
[[queues]]
name = "threats"
categories = ["threat"]
min_role = "moderator"
sla_minutes = 30

[[queues]]
name = "rest"
sla_minutes = 600
"""


def test_the_default_queues_route_self_harm_protected_french_safety_and_general_in_that_order():
    queues = load_queues()
    assert [q.name for q in queues.queues] == ["self-harm", "self-harm-check", "protected", "french", "safety",
                                               "general"]
    assert queues.route(["spam"], "fr", "critical", ["self_harm_intent"]).name == "self-harm"
    assert queues.route(["other"], "en", "low", ["possible_self_harm"]).name == "self-harm-check"
    assert "3114" in queues.queues[0].resources and "3114" in queues.queues[1].resources
    assert queues.route(["threat"], "fr", "critical").name == "protected"
    assert queues.route(["threat"], "fr", "low").name == "french"
    assert queues.route(["spam", "threat"], "en", "high").name == "safety"
    assert queues.route(["spam"], None, "low").name == "general"
    assert [q.name for q in queues.visible(Role.MODERATOR)] == ["self-harm", "self-harm-check", "french", "safety",
                                                                "general"]
    assert queues.hidden_names(Role.TRIAGE) == ["self-harm", "self-harm-check", "protected", "french", "safety"]


@pytest.mark.parametrize(("text", "problem"), [
    (GOOD.replace('name = "rest"\n', 'name = "rest"\ncategories = ["spam"]\n'), "must have no filters"),
    (GOOD.replace('categories = ["threat"]', 'categories = ["threats"]'), "unknown categories"),
    (GOOD.replace('min_role = "moderator"', 'min_role = "boss"'), "min_role"),
    (GOOD.replace('categories = ["threat"]', 'content = ["suicide"]'), "unknown content"),
    (GOOD.replace("sla_minutes = 30", "sla_minutes = 0"), "sla_minutes"),
    (GOOD.replace('name = "rest"', 'name = "threats"'), "unique"),
    (GOOD.replace("sla_minutes = 30", "sla_minutes = 30\ncolour = 'red'"), "unknown keys"),
    (GOOD.replace('name = "threats"', 'name = "Threats & co"'), "slug"),
    ("[[queues", "not valid TOML"),
])
def test_a_queue_file_with_a_mistake_is_refused_saying_where(text, problem):
    with pytest.raises(QueueConfigError, match=problem):
        parse_queues(text, "queues.toml")


def test_a_broken_edit_keeps_the_last_good_queues_and_a_fixed_one_is_picked_up(tmp_path):
    path = tmp_path / "queues.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert [q.name for q in load_queues(path).queues] == ["threats", "rest"]
    path.write_text("[[queues]]\nname = 'oops'\n", encoding="utf-8")
    os.utime(path, (1, 1))  # a new modification time, as an editor's save gives
    assert [q.name for q in load_queues(path).queues] == ["threats", "rest"]
    path.write_text(GOOD.replace('"threats"', '"urgent"'), encoding="utf-8")
    os.utime(path, (2, 2))
    assert [q.name for q in load_queues(path).queues] == ["urgent", "rest"]


def test_a_queue_file_that_never_parsed_is_an_error(tmp_path):
    path = tmp_path / "queues.toml"
    path.write_text("[[queues]]\nname = 'only'\n", encoding="utf-8")
    with pytest.raises(QueueConfigError):
        load_queues(path)
