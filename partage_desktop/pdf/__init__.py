"""ReportLab documents: agreements, reports, guide prints."""
