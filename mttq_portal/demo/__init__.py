"""The demo site that `manage.py load_demo` builds: its content, written for the demo, and the
functions that store it.

Content lives in plain data modules (`articles/`, `registry.py`, `programs.py`,
`recipients.py`); `loader.py` writes it through the models' own `save()`, so slugs, sanitised
bodies and search keys are derived exactly as for content typed in the admin.
"""
