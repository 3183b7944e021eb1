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
