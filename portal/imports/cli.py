"""``flask --app portal catalogue ...``"""
import click
from flask.cli import AppGroup

catalogue_cli = AppGroup("catalogue", help="Import and manage the procedure catalogue.")
