from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired


class UploadForm(FlaskForm):
    document = FileField("Bestand (.docx, .txt of .md)",
                         validators=[FileRequired("Kies een bestand om te importeren.")])
