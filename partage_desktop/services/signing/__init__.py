"""Electronic signatures, one user action per function: sign a party's field (``sign``), keep the
book of trusted certificates (``trust``), read the signatures of a file (``check``)."""
