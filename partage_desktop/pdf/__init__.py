"""ReportLab documents: agreements, reports, guide prints."""

from partage_desktop.pdf._import_costs import install as _put_off_import_costs

_put_off_import_costs()
