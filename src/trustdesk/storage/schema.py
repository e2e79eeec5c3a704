"""Every table module, imported so Base.metadata knows them all (migrations and test resets use this)."""

# Feature modules with their own rows register here, one import each.
from trustdesk.storage import (
    tables,  # noqa: F401
    tables_campaigns,  # noqa: F401
    tables_coordination,  # noqa: F401
    tables_intake,  # noqa: F401
    tables_people,  # noqa: F401
    tables_platforms,  # noqa: F401
    tables_proposals,  # noqa: F401
    tables_triage,  # noqa: F401
)
from trustdesk.storage.tables import Base

metadata = Base.metadata
