"""Password policy and hashing.

Hashing is werkzeug's scrypt (memory-hard, the default of
``generate_password_hash`` since Werkzeug 3), so no extra dependency is needed.
"""
from __future__ import annotations

import re

from flask import current_app, has_app_context
from flask_babel import lazy_gettext as _l
from werkzeug.security import check_password_hash, generate_password_hash

from ..errors import ValidationError

MIN_LENGTH = 12

# The commonest passwords, lower-cased: the first entries of the NCSC's
# "PwnedPasswordsTop100k" list (https://www.ncsc.gov.uk/static-assets/documents/PwnedPasswordsTop100k.txt)
# and of SecLists' 10-million-password-list-top-100
# (https://github.com/danielmiessler/SecLists, Passwords/Common-Credentials),
# plus, our additions, long keyboard walks, "matkhau" ("mật khẩu", password) and
# the portal's own name. Short ones matter too: a long password that
# is one of these padded with digits or symbols is refused (see _stem).
COMMON_PASSWORDS = frozenset("""
123456 123456789 qwerty password 111111 12345678 abc123 1234567 password1 12345
1234567890 123123 000000 iloveyou 1234 1q2w3e4r5t qwertyuiop 123 monkey dragon
123456a 654321 123321 666666 1qaz2wsx myspace1 121212 homelesspa 123qwe a123456
123abc 1q2w3e4r qwe123 7777777 qwerty123 target123 tinkle 987654321 qwerty1
222222 zxcvbnm 1g2w3e4r gwerty zag12wsx gwerty123 555555 fuckyou 112233 asdfghjkl
1q2w3e aaaaaa 11111111 princess sunshine football welcome shadow superman letmein
baseball master michael trustno1 jordan23 batman starwars freedom whatever
qazwsx ninja mustang access hello charlie donald passw0rd admin admin123 login
abcdef abcd1234 qwertyuiopasdfghjkl 1qaz2wsx3edc zaq12wsx 147258369 159753
matkhau matkhau123 congdichvu dichvucong
""".split())


def _stem(password: str) -> str:
    # "Password2024!" and "password" are the same guess for an attacker's list.
    return re.sub(r"[\d\W_]+$", "", password.lower())


def check_password_policy(password: str, email: str = "") -> None:
    """Raise ValidationError unless ``password`` is long and not a common one."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            str(_l("Mật khẩu phải có ít nhất %(n)d ký tự.", n=MIN_LENGTH)), "password")
    lowered = password.lower()
    local = email.split("@", 1)[0].lower()
    if (lowered in COMMON_PASSWORDS or _stem(password) in COMMON_PASSWORDS
            or len(set(lowered)) <= 2 or (len(local) >= 4 and local in lowered)):
        raise ValidationError(
            str(_l("Mật khẩu này quá dễ đoán; hãy chọn mật khẩu khác.")), "password")


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password`` (PORTAL_PASSWORD_HASH; see config)."""
    method = current_app.config["PORTAL_PASSWORD_HASH"] if has_app_context() else "scrypt"
    return generate_password_hash(password, method=method)


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches ``password_hash``."""
    try:
        return check_password_hash(password_hash, password)
    except ValueError:  # an unusable hash (e.g. a disabled placeholder)
        return False
