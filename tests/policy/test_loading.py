"""Loading a policy: the shipped default, operator overrides, and clear errors for bad files."""

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from tests.policy.conftest import POTUS, decide
from trustdesk.domain.actions import SEVERITY, ActionType, Severity
from trustdesk.policy import PolicyError, RiskTier, SafeguardPolicy
from trustdesk.policy.loader import DEFAULT_DIR, SCHEMA_FILE

DEFAULT_CEDAR = (DEFAULT_DIR / "safeguards.cedar").read_text()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def load_error(source: Path | str) -> str:
    with pytest.raises(PolicyError) as info:
        SafeguardPolicy.load(source)
    return str(info.value)


def test_invalid_policy_file_gives_a_clear_policy_error(tmp_path: Path):
    bad = DEFAULT_CEDAR.replace('action == Action::"restore", resource', 'action == Action::"restore" resource')
    path = write(tmp_path, "safeguards.cedar", bad)
    message = load_error(path)
    line = bad.splitlines().index(next(x for x in bad.splitlines() if x.startswith('@id("restore")'))) + 1
    assert message.startswith(f"{path}: line {line}: cannot parse:")


def test_a_policy_that_does_not_fit_the_schema_names_the_file_and_policy(tmp_path: Path):
    path = write(tmp_path, "p.cedar", '@id("oops")\n@reason("r")\npermit (principal, action == Action::"warn", '
                 'resource) when { resource.followers > 10 };\n')
    message = load_error(path)
    assert f"{path}: policy oops:" in message and "followers" in message


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ('when { resource.tier == "critcal" }', "tier is never 'critcal'"),
        ('when { principal in Role::"senoir" }', 'Role::"senoir" is not a role'),
        ('when { resource.protective_tags.contains("newsworthy") }', "protective_tags is never 'newsworthy'"),
    ],
)
def test_a_typo_that_would_silently_switch_a_rule_off_is_rejected(tmp_path: Path, text: str, complaint: str):
    path = write(tmp_path, "p.cedar", f'@id("t")\n@reason("r")\nforbid (principal, action, resource) {text};\n'
                 .replace("(principal, action,", '(principal, action in Action::"high-impact",'))
    assert complaint in load_error(path)


@pytest.mark.parametrize(
    ("annotations", "complaint"),
    [
        ('@reason("r")', "has no @id"),
        ('@id("a")', "needs a @reason"),
        ('@id("a") @reason("r") @aprovals("2")', "unknown annotation @aprovals"),
        ('@id("a") @reason("r") @approvals("2")', "needs @approver_roles"),
        ('@id("a") @reason("r") @approvals("two") @approver_roles("senior")', "whole number"),
        ('@id("a") @reason("r") @approvals("1") @approver_roles("boss")', "unknown role 'boss'"),
        ('@id("a") @reason("r") @delay("soon")', '@delay must be "tier" or minutes'),
        ('@id("a") @reason("r") @steer_to("interstitial")', "no meaning on a permit"),
        ('@id("a") @reason("at most {per_hour}")', "{per_hour}, which is not a setting"),
    ],
)
def test_bad_annotations_are_named(tmp_path: Path, annotations: str, complaint: str):
    path = write(tmp_path, "p.cedar", f"{annotations}\npermit (principal, action, resource);\n")
    assert complaint in load_error(path)


def test_two_policies_with_one_name_are_rejected(tmp_path: Path):
    text = '@id("a") @reason("r") permit (principal, action, resource);\n' * 2
    assert "two policies are named @id('a')" in load_error(write(tmp_path, "p.cedar", text))


def test_operator_can_set_a_thirty_minute_delay_for_critical_subjects(tmp_path: Path):
    settings = write(tmp_path, "settings.toml", "[delay_minutes]\ncritical = 30\n")
    policy = SafeguardPolicy.load(settings)
    decision = decide(policy, ActionType.DEACTIVATE, POTUS)
    assert decision.delay == timedelta(minutes=30)
    assert "a 30-minute delay" in decision.explain()
    assert policy.settings.high_impact_per_hour == 10  # untouched keys keep their defaults


def test_an_operator_directory_brings_its_own_rules_and_settings(tmp_path: Path):
    shutil.copy(DEFAULT_DIR / "safeguards.cedar", tmp_path / "safeguards.cedar")
    write(tmp_path, "settings.toml", "[rate_limits]\nhigh_impact_per_hour = 3\n")
    write(tmp_path, "zz-local.cedar", '@id("no-labels")\n@reason("we do not label here")\n'
          'forbid (principal, action == Action::"label", resource);\n')
    policy = SafeguardPolicy.load(tmp_path)
    assert policy.settings.high_impact_per_hour == 3
    label = decide(policy, ActionType.LABEL, POTUS)
    assert label.policy_ids == ("no-labels",)
    assert next(r for r in policy.rules if r.id == "no-labels").origin == str(tmp_path / "zz-local.cedar")


def test_the_environment_variable_chooses_the_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    write(tmp_path, "settings.toml", "[delay_minutes]\ncritical = 45\n")
    monkeypatch.setenv("TRUSTDESK_POLICY", str(tmp_path / "settings.toml"))
    assert SafeguardPolicy.load().settings.delay_for(RiskTier.CRITICAL) == timedelta(minutes=45)
    assert SafeguardPolicy.default().settings.delay_for(RiskTier.CRITICAL) == timedelta(minutes=10)



@pytest.mark.parametrize(
    ("toml", "complaint"),
    [
        ("[delay_minutes]\ncritcal = 30\n", "unknown key 'critcal' in [delay_minutes]"),
        ("[delays]\ncritical = 30\n", "unknown section [delays]"),
        ("[delay_minutes]\ncritical = true\n", "must be a whole number"),
        ("[delay_minutes]\ncritical = -1\n", "between 0 and"),
        ("[tiers]\nhigh_followers = 5\n", "medium <= high <= critical"),
        ("[delay_minutes\n", "not valid TOML"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, toml: str, complaint: str):
    path = write(tmp_path, "settings.toml", toml)
    message = load_error(path)
    assert message.startswith(str(path)) and complaint in message


def test_a_missing_or_empty_source_is_a_clear_error(tmp_path: Path):
    assert "no such policy file or directory" in load_error(tmp_path / "nope.cedar")
    assert "no .cedar policy file" in load_error(tmp_path)
    assert "contains no policy" in load_error(write(tmp_path, "empty.cedar", "// nothing yet\n"))


def test_the_digest_changes_with_the_rules_and_with_the_settings(tmp_path: Path):
    default = SafeguardPolicy.default()
    assert SafeguardPolicy.default().digest == default.digest
    slower = SafeguardPolicy.load(write(tmp_path, "settings.toml", "[delay_minutes]\ncritical = 11\n"))
    edited = SafeguardPolicy.from_text(DEFAULT_CEDAR + "\n// reviewed 2026\n")
    assert len({default.digest, slower.digest, edited.digest}) == 3
    assert default.source_text == DEFAULT_CEDAR


def test_the_schema_groups_actions_exactly_as_the_domain_rates_their_severity():
    actions = json.loads(SCHEMA_FILE.read_text())[""]["actions"]
    group = {Severity.NONE: "no-impact", Severity.LOW: "low-impact", Severity.MEDIUM: "medium-impact",
             Severity.HIGH: "high-impact"}
    for action in ActionType:
        assert actions[action.value]["memberOf"] == [{"id": group[SEVERITY[action]]}], action


def test_a_rule_cedar_cannot_evaluate_refuses_rather_than_being_skipped():
    # Cedar skips a policy whose evaluation errors; if that were a forbid, skipping would allow.
    text = (
        '@id("everything") @reason("r") permit (principal, action, resource);\n'
        '@id("overflow") @reason("r") forbid (principal, action in Action::"enforcement", resource)\n'
        "when { context.recent_high_impact_count + 9223372036854775807 > 0 };\n"
    )
    policy = SafeguardPolicy.from_text(text)
    decision = decide(policy, ActionType.WARN, POTUS, recent_high_impact_count=1)
    assert not decision.allowed
    assert decision.reasons[0].startswith("the policy could not be evaluated")
