import re

from django import forms

from mttq_portal.searching import QUERY_MAX_WORDS, Terms

SCORE_ERROR = "Điểm đánh giá phải là một số nguyên từ 1 đến 5."
# Longer queries are cut here before anything else looks at them.
QUERY_MAX_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


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
    """`cleaned_data["q"]` is the query to show; `cleaned_data["terms"]` what to look for
    (mttq_portal.searching.Terms: at most QUERY_MAX_WORDS distinct words) and
    `cleaned_data["words"]` its words, which the highlighting marks."""

    q = QueryField(required=False, strip=False)

    def clean(self):
        cleaned = super().clean()
        terms = Terms.parse(cleaned["q"], max_words=QUERY_MAX_WORDS)
        cleaned["terms"], cleaned["words"] = terms, list(terms.words)
        return cleaned
