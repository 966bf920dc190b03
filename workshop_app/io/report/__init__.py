"""The workshop report: one document model, written as DOCX and (by the canvas) as PDF.

``document`` holds the model and its HTML form, ``html_reader`` reads the snapshot pack's
HTML builders into the model (so the report and the pack say things in the same words),
``content`` builds the report from a session, ``docx_writer`` writes it with python-docx.
"""
