"""The project's own error types. Every user-facing failure is one of these, with a one-line message."""


class DpiaError(Exception):
    """A problem the user can fix; its message says what and where, on one line."""


class AssessmentFileError(DpiaError):
    """A .dpia file that cannot be read, parsed or validated."""


class NewerSchemaError(AssessmentFileError):
    """A .dpia file written by a newer version of the application."""


class FormsError(DpiaError):
    """A forms/ or resources/ data file that is broken."""


class SaveError(DpiaError):
    """Saving failed; the previous file on disk is intact."""
