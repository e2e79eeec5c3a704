"""Risk tiers come from the subject alone: tags, reach, verified."""

from tests.policy.conftest import POTUS, account, post
from trustdesk.policy import RiskTier, SafeguardPolicy, TierThresholds, format_followers, risk_tier


def test_unknown_reach_is_high_tier():
    tier, reasons = risk_tier(account("ghost", None))
    assert tier is RiskTier.HIGH
    assert reasons == ("reach unknown",)
    assert risk_tier(post("p", None))[0] is RiskTier.HIGH


def test_reach_thresholds_set_the_tier():
    assert risk_tier(account("a", 9_999))[0] is RiskTier.LOW
    assert risk_tier(account("a", 10_000))[0] is RiskTier.MEDIUM
    assert risk_tier(account("a", 100_000))[0] is RiskTier.HIGH
    assert risk_tier(account("a", 1_000_000))[0] is RiskTier.CRITICAL


def test_protective_tags_make_any_subject_critical():
    assert risk_tier(account("tiny", 3, tags={"protected"})) == (RiskTier.CRITICAL, ("tagged protected",))
    tier, reasons = risk_tier(POTUS)
    assert tier is RiskTier.CRITICAL
    assert reasons == ("tagged public-interest", "41.7M followers", "verified")


def test_a_post_inherits_its_authors_protection_and_reach():
    assert risk_tier(post("p", 5, author_tags={"public-interest"})) == (
        RiskTier.CRITICAL, ("author tagged public-interest",)
    )
    assert risk_tier(post("p", 2_000_000)) == (RiskTier.CRITICAL, ("2M followers",))


def test_verified_is_at_least_high():
    assert risk_tier(account("v", 50, verified=True)) == (RiskTier.HIGH, ("verified",))


def test_ordinary_account_is_low_and_says_why():
    assert risk_tier(account("alice", 120)) == (RiskTier.LOW, ("120 followers",))


def test_thresholds_are_configurable():
    strict = TierThresholds(high=5_000, critical=50_000, medium=1_000)
    assert risk_tier(account("a", 6_000), strict)[0] is RiskTier.HIGH
    assert SafeguardPolicy.default().tier_of(account("a", 6_000))[0] is RiskTier.LOW


def test_follower_counts_read_like_people_write_them():
    assert format_followers(41_700_000) == "41.7M followers"
    assert format_followers(1_000_000) == "1M followers"
    assert format_followers(12_345) == "12.3k followers"
    assert format_followers(9_999) == "9,999 followers"
    assert format_followers(1) == "1 follower"
