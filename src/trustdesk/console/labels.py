"""trustdesk's own values as the console shows them (the `label` filter), marked for the catalogue.

tests/console/test_i18n.py checks that every value of these enumerations is here, so a new state or category
cannot reach a French page in English unnoticed."""

from __future__ import annotations

from trustdesk.console.i18n import N_

LABELS = (
    # actions
    N_("dismiss"),
    N_("warn"),
    N_("label"),
    N_("limit"),
    N_("interstitial"),
    N_("remove"),
    N_("suspend"),
    N_("deactivate"),
    N_("restore"),
    # action states
    N_("proposed"),
    N_("pending approval"),
    N_("scheduled"),
    N_("executed"),
    N_("reversed"),
    N_("cancelled"),
    N_("rejected"),
    N_("expired"),
    N_("failed"),
    # states of the other proposals (staff changes, policy versions)
    N_("applied"),
    N_("superseded"),
    # case states
    N_("open"),
    N_("in review"),
    N_("actioned"),
    N_("dismissed"),
    # subject kinds
    N_("account"),
    N_("post"),
    # subject statuses
    N_("active"),
    N_("limited"),
    N_("suspended"),
    N_("deactivated"),
    # visibility
    N_("visible"),
    N_("removed"),
    # report categories
    N_("child safety"),
    N_("threat"),
    N_("self harm"),
    N_("terrorism"),
    N_("hate"),
    N_("harassment"),
    N_("violence"),
    N_("sexual content"),
    N_("impersonation"),
    N_("misinformation"),
    N_("illegal goods"),
    N_("intellectual property"),
    N_("privacy"),
    N_("scam"),
    N_("spam"),
    N_("other"),
    # report sources
    N_("user"),
    N_("automated"),
    N_("trusted flagger"),
    # staff roles
    N_("triage"),
    N_("moderator"),
    N_("senior"),
    N_("admin"),
    # risk tiers
    N_("low"),
    N_("medium"),
    N_("high"),
    N_("critical"),
    # case events
    N_("claimed"),
    N_("released"),
    # notice kinds
    N_("warning"),
    N_("statement"),
    N_("reporter receipt"),
    N_("reporter outcome"),
    N_("appeal outcome"),
    N_("message"),
    # appeal outcomes
    N_("upheld"),
    N_("overturned"),
    # notice deliveries
    N_("queued"),
    N_("failing, will retry"),
    N_("delivered"),
)
