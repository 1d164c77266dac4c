import re

from django import forms

from mttq_portal.text import normalize_search

SCORE_ERROR = "Điểm đánh giá phải là một số nguyên từ 1 đến 5."
# Longer queries are cut here before anything else looks at them.
QUERY_MAX_LENGTH = 200
# Each word is one more condition on the search key; past this many they are ignored.
QUERY_MAX_WORDS = 10
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Punctuation around a word ("hình," or "'điểm'") would never match the text it came from.
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


class RatingForm(forms.Form):
    # The exact strings "1" to "5" only: not "3.0", " 3", "+3" nor a full-width "３".
    score = forms.TypedChoiceField(
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        error_messages={"required": SCORE_ERROR, "invalid_choice": SCORE_ERROR},
    )

    def first_error(self):
        """Return the message to show the reader for a refused score."""
        for errors in self.errors.values():
            return errors[0]
        return SCORE_ERROR


class QueryField(forms.CharField):
    """Any text: cut to QUERY_MAX_LENGTH characters, control characters (NUL included) made
    spaces, runs of spaces made one."""

    def to_python(self, value):
        query = super().to_python(value)[:QUERY_MAX_LENGTH]
        # Lone surrogates cannot be shown nor stored anywhere.
        query = query.encode("utf-8", "ignore").decode("utf-8")
        return " ".join(_CONTROL.sub(" ", query).split())


class SearchForm(forms.Form):
    """`cleaned_data["q"]` is the query to show; `cleaned_data["words"]` the normalised, distinct
    words to look for, at most QUERY_MAX_WORDS."""

    q = QueryField(required=False, strip=False)

    def clean(self):
        cleaned = super().clean()
        words = (_EDGE_PUNCTUATION.sub("", word) for word in normalize_search(cleaned["q"]).split())
        cleaned["words"] = list(dict.fromkeys(filter(None, words)))[:QUERY_MAX_WORDS]
        return cleaned
