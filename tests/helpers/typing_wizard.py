"""A wizard process that types into a question like a user, for the SIGKILL crash test.

Run as `python -m tests.helpers.typing_wizard`; it prints `TYPED <chars> <unix time>` after every
burst of typing and keeps typing until it is killed.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.core.forms import load_question_bank
from app.resources import forms_dir
from app.ui.main_window import MainWindow

WORD = "minutes "


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(load_question_bank(forms_dir()), offer_recovery=False)
    window.show()
    typed = 0

    def burst() -> None:
        nonlocal typed
        field = window.findChild(QPlainTextEdit, "text_processing_description")
        if field is None:
            return
        QTest.keyClicks(field, WORD)
        typed += len(WORD)
        print(f"TYPED {typed} {time.time():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(burst)
    timer.start(200)
    app.exec()


if __name__ == "__main__":
    main()
