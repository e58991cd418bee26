"""Imports every model module so that the metadata knows every table."""
from .accounts.models import ApiToken, User, UserSession, user_agency  # noqa: F401
from .audit.models import AuditEntry  # noqa: F401
from .catalogue.models import (  # noqa: F401
    Agency, Channel, DossierDocument, Field, LegalBasis, Procedure, ProcedureAgency,
    ProcedureApplicant, ProcedureTier, Step,
)
from .levels.models import LevelChange  # noqa: F401
from .levels.models import Target  # noqa: F401
from .analytics.models import SearchLog, SearchWeekly  # noqa: F401
from .feedback.models import Feedback  # noqa: F401
from .forms.models import FormFile  # noqa: F401
from .links.models import LinkCheck  # noqa: F401
from .search.models import SearchChange, SynonymGroup  # noqa: F401
