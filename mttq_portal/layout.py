"""A page rendered once with slots, then completed for each request by joining strings.

Rendering a whole page with Django's templates costs more than a millisecond; a page that must
be made for every request (the article page counts its reader and carries the reader's CSRF
token) cannot be kept whole in the cache. A Layout is the page's own template rendered once
with a *marker* in place of every value that differs between the pages sharing it. Filling it
joins the parts between the markers with the values: the same HTML a full render gives.

What makes it safe:

* The layout is rendered from a context the caller declares: markers and the flags that choose
  which parts of the template appear, plus whatever every page sharing the layout has in common
  (the site's name, its menu). No article, no reader, no request: a template that names
  anything else prints nothing there, and the test comparing every page with its full render
  fails.
* Markers cannot be written by content: each carries a random token drawn when the layout is
  built, unknown to anyone who stored text earlier, and the layout is split once, when built.
  Values are joined in afterwards and never read again, so no value can be taken for a marker.
* A layout whose markers are not exactly the declared slots, or that still holds the character
  that starts a marker once split (a template filter changed one), is refused (LayoutError):
  the caller renders the page in full instead.
"""

import re
import secrets

from django.template.loader import get_template


class LayoutError(Exception):
    """The template did not give back the declared markers: render the page in full."""


class Layout:
    """`template_name` rendered with `context(markers)`, where `markers` maps each name of
    `slots` to its marker; fill() completes it."""

    def __init__(self, template_name, slots, context):
        token = secrets.token_hex(16)
        markers = {name: f"\ue000{token}:{name}\ue001" for name in slots}
        html = get_template(template_name).render(context(markers))
        parts = re.split(f"\ue000{token}:(\\w+)\ue001", html)
        names = parts[1::2]
        unknown = set(names) - set(slots)
        if unknown or "\ue000" in "".join(parts[0::2]):
            # A filter changed a marker, or text every page shares holds the character that
            # starts one: the page cannot be told apart from its markers.
            raise LayoutError(f"{template_name}: markers altered or unexpected {sorted(unknown)}")
        self.parts, self.names = parts, names

    def fill(self, values):
        """Return the page with each marker replaced by values[name], ready to print: values
        are not escaped here (escape text before)."""
        parts = self.parts[:]
        parts[1::2] = [values[name] for name in self.names]
        return "".join(parts)
