"""The one HTML policy for rich text: what CKEditor 5 produces, and nothing that can run."""

import html

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
    "strong", "b", "em", "i", "u", "s", "sub", "sup", "span",
    "ul", "ol", "li", "blockquote", "a",
    "figure", "figcaption", "img",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "target"},
    # No srcset: nh3 checks the URL schemes of href and src only, so srcset could keep a
    # javascript: URL. Uploaded images are re-encoded at a web size and need none.
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
    "col": {"span"},
}
# CKEditor 5 marks images and tables with these classes; the article styles use them.
ALLOWED_CLASSES = {
    "figure": {
        "image", "image_resized", "image-style-side", "image-style-align-left",
        "image-style-align-right", "image-style-align-center", "image-style-block-align-left",
        "image-style-block-align-right", "image-inline", "table",
    },
    "img": {"image_resized"},
    "span": {"text-tiny", "text-small", "text-big", "text-huge"},
}  # fmt: skip
# Elements removed with everything inside them, not just unwrapped.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "svg", "math"}


def sanitize_html(html: str) -> str:
    """Return `html` reduced to the tags, attributes and URL schemes rich text may hold."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def html_text(markup: str) -> str:
    """Return `markup` as plain text: tags removed and entities (&nbsp;, &amp;) decoded. nh3
    removes the tags: many times faster than Django's strip_tags on a long body."""
    return html.unescape(nh3.clean(markup or "", tags=set()))
