"""The auditor's PDF: the report (reportlab), PAdES signatures and verification (pyHanko).

Qt-free by contract: nothing here imports PySide6 or app.ui. The GUI calls
`app.report.export.export_report` from a worker thread.
"""
