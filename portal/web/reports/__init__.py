"""Statistics tables, charts and parameters that several audiences show: the administrators'
dashboard (admin), the public progress page (public) and the statistics API (api). No
blueprint here: each audience imports what it shows."""
