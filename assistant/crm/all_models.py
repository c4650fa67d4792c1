"""Import every module that defines tables, so ``Base.metadata`` is complete (migrations, tests)."""

from assistant.crm import models  # noqa: F401
