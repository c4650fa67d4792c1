"""Import every module that defines tables, so ``Base.metadata`` is complete (migrations, tests)."""

from assistant.compliance import models as compliance_models  # noqa: F401
from assistant.crm import models  # noqa: F401
from knowledge import models as knowledge_models  # noqa: F401
