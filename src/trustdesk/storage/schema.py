"""Every table module, imported so Base.metadata knows them all (migrations and test resets use this)."""

from trustdesk.storage import tables  # noqa: F401
from trustdesk.storage.tables import Base

# Feature modules with their own rows register here, one import each.

metadata = Base.metadata
