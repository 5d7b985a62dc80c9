"""The domain of Annotatiewerkbank: models, workflow rules, import and export.

Nothing in this package imports Flask: every service can run from a script or a test.
"""
