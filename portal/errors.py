"""Domain exceptions raised by services; the web layer maps them to responses."""


class DomainError(Exception):
    """A rule of the domain was broken; the message is safe to show."""


class ValidationError(DomainError):
    """Input does not satisfy a rule. ``field`` names the offending input."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(DomainError):
    pass


class Forbidden(DomainError):
    pass


class Conflict(DomainError):
    pass
