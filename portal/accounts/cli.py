"""``flask --app portal users ...``: thin wrappers over the account services."""
from __future__ import annotations

import sys

import click
from flask.cli import AppGroup
from sqlalchemy import select

from ..errors import DomainError
from ..extensions import db
from . import services
from .models import Role, User

users_cli = AppGroup("users", help="Manage staff and administrator accounts.")


def _read_password() -> str:
    # Piped input (scripts, CI): one line from standard input, no prompt, no echo.
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--agency", "agencies", multiple=True, metavar="CODE_OR_NAME",
              help="An agency the user works for (repeatable).")
def create(email: str, role: str, agencies: tuple[str, ...]) -> None:
    """Create a user; the password is asked for (or read from standard input)."""
    try:
        found = [services.find_agency(a) for a in agencies]
        user = services.create_user(email, _read_password(), Role(role), found, via="cli")
    except DomainError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"created {user.email} ({user.role.value})")


@users_cli.command("list")
def list_users() -> None:
    """Every user: e-mail, role, state and agencies."""
    for user in db.session.scalars(select(User).order_by(User.email)):
        state = "active" if user.active else "disabled"
        agencies = "; ".join(a.name for a in user.agencies)
        click.echo(f"{user.email}\t{user.role.value}\t{state}\t{agencies}")


@users_cli.command("disable")
@click.argument("email")
def disable(email: str) -> None:
    """Disable a user (they can no longer sign in or use API tokens)."""
    user = db.session.scalars(
        select(User).where(User.email == services.normalise_email(email))).first()
    if user is None:
        raise click.ClickException(f"no user {email}")
    services.set_user_active(user, False, actor_id=None, via="cli")
    db.session.commit()
    click.echo(f"disabled {user.email}")
