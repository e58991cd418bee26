"""Account rules: users, their agencies, sign-in and API tokens."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select

from ..audit.services import diff, record_entry
from ..catalogue.models import Agency, utcnow
from ..errors import Forbidden, NotFound, ValidationError
from ..extensions import db
from ..vntext import clean_line, merge_key
from .models import ApiToken, Role, User
from .sessions import end_user_sessions
from .passwords import check_password_policy, hash_password, verify_password


@functools.cache
def _dummy_hash() -> str:
    # Checked against when the e-mail is unknown, so that an unknown user costs as
    # much time as a wrong password and the two cannot be told apart.
    return hash_password("not-a-real-password-only-for-timing")


def normalise_email(email: str) -> str:
    """Addresses are compared trimmed and lower-cased."""
    return clean_line(email).lower()


def find_agency(code_or_name: str) -> Agency:
    """An agency by its code or by its name (compared by merge key)."""
    agency = db.session.scalars(select(Agency).where(or_(
        Agency.code == clean_line(code_or_name), Agency.key == merge_key(code_or_name)))).first()
    if agency is None:
        raise NotFound(str(_l("Không tìm thấy cơ quan %(name)s.", name=code_or_name)))
    return agency


def create_user(email: str, password: str, role: Role, agencies: list[Agency] = (), *,
                actor_id: int | None = None, via: str = "web") -> User:
    """A new active user; the password must satisfy the policy."""
    email = normalise_email(email)
    if "@" not in email or len(email) > 320:
        raise ValidationError(str(_l("Địa chỉ thư điện tử không hợp lệ.")), "email")
    if db.session.scalars(select(User.id).where(User.email == email)).first() is not None:
        raise ValidationError(str(_l("Đã có người dùng với địa chỉ này.")), "email")
    check_password_policy(password, email)
    user = User(email=email, password_hash=hash_password(password), role=Role(role),
                agencies=list(agencies), active=True)
    db.session.add(user)
    db.session.flush()
    record_entry("user", user.id, "create", user_id=actor_id, via=via, changes={
        "email": [None, email], "role": [None, user.role],
        "agencies": [None, [a.name for a in user.agencies]]})
    return user


def update_user(user: User, *, role: Role, agencies: list[Agency], actor_id: int | None,
                via: str = "web") -> User:
    """Set a user's role and agencies."""
    before = {"role": user.role, "agencies": [a.name for a in user.agencies]}
    user.role = Role(role)
    user.agencies = sorted(set(agencies), key=lambda a: a.name)
    after = {"role": user.role, "agencies": [a.name for a in user.agencies]}
    changes = diff(before, after)
    if changes:
        db.session.flush()
        record_entry("user", user.id, "update", user_id=actor_id, changes=changes, via=via)
    return user


def set_user_active(user: User, active: bool, *, actor_id: int | None, via: str = "web") -> User:
    """Disable (or enable again) a user; a disabled user cannot sign in or use tokens."""
    if actor_id == user.id and not active:
        raise Forbidden(str(_l("Bạn không thể tự vô hiệu hóa tài khoản của mình.")))
    if user.active != active:
        record_entry("user", user.id, "enable" if active else "disable", user_id=actor_id,
                     changes={"active": [user.active, active]}, via=via)
        user.active = active
        if not active:
            end_user_sessions(user)
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None (for any reason)."""
    user = db.session.scalars(select(User).where(User.email == normalise_email(email))).first()
    if user is None:
        verify_password(_dummy_hash(), password)
        return None
    if not verify_password(user.password_hash, password) or not user.active:
        user.failed_sign_ins = (user.failed_sign_ins or 0) + 1
        user.last_failed_sign_in_at = utcnow()
        db.session.flush()
        return None
    return user


def take_failed_sign_ins(user: User) -> tuple[int, dt.datetime | None]:
    """The failed sign-ins since the user's last sign-in (count, latest), reset to none."""
    count, last = user.failed_sign_ins or 0, user.last_failed_sign_in_at
    if last is not None and last.tzinfo is None:  # SQLite gives UTC back naive
        last = last.replace(tzinfo=dt.timezone.utc)
    user.failed_sign_ins, user.last_failed_sign_in_at = 0, None
    db.session.flush()
    return count, last


def change_password(user: User, current: str, new: str, *, revoke_tokens: bool = False) -> None:
    """Replace the user's password after checking the current one; every other
    session of the user ends, and with ``revoke_tokens`` every API token too."""
    if not verify_password(user.password_hash, current):
        raise ValidationError(str(_l("Mật khẩu hiện tại không đúng.")), "current_password")
    check_password_policy(new, user.email)
    user.password_hash = hash_password(new)
    # Whoever else holds a session (a stolen cookie, a forgotten computer) is out.
    end_user_sessions(user, keep=user.session_row)
    if revoke_tokens:
        revoke_user_tokens(user)
    record_entry("user", user.id, "change_password", user_id=user.id,
                 changes={"tokens_revoked": [False, True]} if revoke_tokens else None)


def _token_digest(token: str) -> str:
    # Tokens are 256 random bits, so a plain SHA-256 is enough: there is
    # nothing to brute-force that a slow hash would protect.
    return hashlib.sha256(token.encode()).hexdigest()


def create_api_token(user: User, name: str = "") -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the row and the token, shown only once."""
    token = "ptk_" + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, name=clean_line(name)[:200], token_hash=_token_digest(token))
    db.session.add(row)
    db.session.flush()
    return row, token


def revoke_api_token(token: ApiToken, actor: User) -> None:
    """Revoke a token; only its owner or an administrator may."""
    if token.user_id != actor.id and not actor.is_admin:
        raise Forbidden(str(_l("Bạn không có quyền thu hồi mã truy cập này.")))
    if token.revoked_at is None:
        token.revoked_at = utcnow()


def revoke_user_tokens(user: User) -> int:
    """Revoke every live API token of ``user``; returns how many."""
    rows = db.session.scalars(select(ApiToken).where(
        ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))).all()
    for row in rows:
        row.revoked_at = utcnow()
    db.session.flush()
    return len(rows)


def user_for_token(token: str) -> User | None:
    """The active user a valid, unrevoked token belongs to, or None."""
    if not token:
        return None
    row = db.session.scalars(
        select(ApiToken).where(ApiToken.token_hash == _token_digest(token))).first()
    if row is None or row.revoked_at is not None or not row.user.active:
        return None
    return row.user
