from textwrap import dedent

import pytest

from briefings.importing import parse_document
from tests.importing.docbuilder import docx_from_text


@pytest.fixture(params=["txt", "docx"])
def parse(request):
    """Parse made-up text as a .txt file, and the same text as a real Word document."""
    def _parse(text):
        text = dedent(text).strip("\n")
        if request.param == "txt":
            return parse_document("document.txt", text.encode())
        return parse_document("document.docx", docx_from_text(text))

    _parse.kind = request.param
    return _parse
