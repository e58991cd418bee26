"""Citizen-facing pages."""
from flask import render_template

from ...catalogue import queries
from . import bp


@bp.get("/")
def home():
    counts = queries.level_counts()
    return render_template("public/home.html", counts=counts, total=sum(counts.values()))
