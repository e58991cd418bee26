"""Language selection: the user's explicit choice, else Accept-Language, else Vietnamese."""
from flask import current_app, has_request_context, request, session


def select_locale() -> str:
    if not has_request_context():  # CLI commands and services run outside a request
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    locales = current_app.config["PORTAL_LOCALES"]
    chosen = request.args.get("lang") or session.get("lang") or request.cookies.get("lang")
    if chosen in locales:
        return chosen
    return request.accept_languages.best_match(locales) or current_app.config["BABEL_DEFAULT_LOCALE"]
