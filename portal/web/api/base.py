"""The API's Blueprint class: invalid parameters are a 400 (not webargs' 422)."""
from flask_smorest import Blueprint as _Blueprint
from webargs.flaskparser import FlaskParser


class ArgumentsParser(FlaskParser):
    # A wrong query parameter is a bad request; the OpenAPI document then lists 400 too.
    DEFAULT_VALIDATION_STATUS = 400


class Blueprint(_Blueprint):
    """Use this instead of ``flask_smorest.Blueprint`` for every API module."""
    ARGUMENTS_PARSER = ArgumentsParser()
