"""Domain exceptions raised by services; the web layer maps them to responses."""


class DomainError(Exception):
    """A rule of the domain was broken; the message is safe to show."""


class ValidationError(DomainError):
    """Input does not satisfy a rule. ``field`` names the offending input;
    ``errors`` lists every (field, message) the input broke, this one first."""

    def __init__(self, message: str, field: str | None = None,
                 errors: list[tuple[str | None, str]] | None = None):
        super().__init__(message)
        self.field = field
        self.errors = list(errors) if errors else [(field, message)]


class Violations:
    """The rule violations of one record, gathered so the editor sees them all at
    once instead of correcting, saving and meeting the next one."""

    def __init__(self) -> None:
        self.errors: list[tuple[str | None, str]] = []

    def check(self, rule, *args, **kwargs):
        """``rule(*args, **kwargs)``, or None with its violations noted."""
        try:
            return rule(*args, **kwargs)
        except ValidationError as exc:
            self.errors.extend(exc.errors)
            return None

    def add(self, message: str, field: str | None) -> None:
        self.errors.append((field, message))

    def raise_any(self) -> None:
        if self.errors:
            field, message = self.errors[0]
            raise ValidationError(message, field, self.errors)


class NotFound(DomainError):
    pass


class Forbidden(DomainError):
    pass


class Conflict(DomainError):
    pass
