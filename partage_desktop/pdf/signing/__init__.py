"""Electronic signatures in agreement PDFs (pyHanko), entirely offline.

- ``fields``: the signature fields a PDF holds (``party-1``, ``party-2``… on the signature lines),
  and adding empty ones;
- ``keys``: reading a PKCS#12 signing key and certificates (PEM, DER);
- ``sign``: signing one field with a visible stamp drawn in an embedded font, as an incremental
  update (earlier signatures stay valid);
- ``check``: validating every signature offline against the certificates we trust, what was added
  after a signature, and the bytes of the file as it was before its first signature.

pyHanko, cryptography and pikepdf are imported inside the functions: the first window never pays
for them.
"""

import logging
import warnings

# An untrusted self-signed certificate is an expected answer here, not a problem to log with its
# traceback (pyHanko logs every one as a warning), and the stamp font's subsetting notes are noise.
logging.getLogger("pyhanko").setLevel(logging.ERROR)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
# cryptography warns, when pyHanko imports it, that DSA keys will go: nothing a user can act on
warnings.filterwarnings("ignore", message="DSA is deprecated", module="pyhanko")
