"""The agreement as an editable Word document for a lawyer, and the lawyer's file read back safely.

``plan`` lays the document out as plain blocks (pure Python), ``agreement`` writes them with
python-docx, ``reading`` reads a .docx that comes from outside without trusting it.
"""
