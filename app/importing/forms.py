from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired

from briefings.messages import msg


class UploadForm(FlaskForm):
    document = FileField("Bestand (.docx, .txt of .md)",
                         validators=[FileRequired(msg("import.kies_bestand"))])
