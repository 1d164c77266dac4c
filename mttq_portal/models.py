"""Models shared by every app of the portal."""

import contextlib
import contextvars
import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from .collation import VIETNAMESE
from .documents import DOCUMENT_KINDS, document_kind, validate_document
from .text import clean_line, clean_multiline, name_key, search_key, vietnamese_slugify


class CleanTextModel(models.Model):
    """A model whose text fields are stored without control or invisible characters.

    The one place where stored text is cleaned (mttq_portal.text): every CharField (slugs,
    e-mail addresses and URLs included) as a single line, every field stored as a TextField
    (CKEditor's rich text included) as multi-line text. clean_fields() cleans before validation,
    so that the admin's forms and the Excel imports (which call full_clean()) check lengths,
    choices and uniqueness on what will be stored. save() cleans too, so that no code path that
    saves stores a character a feed, a sitemap or PostgreSQL would refuse: before a subclass's
    own save() (see __init_subclass__), and again once that save() has derived its fields.
    """

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        """Clean the text before the save() a subclass defines, not only after it: that save()
        derives slugs, search keys and sanitized HTML from the text, and they must come from
        what is stored (nh3 even refuses a lone surrogate, which cleaning removes)."""
        super().__init_subclass__(**kwargs)
        own_save = cls.__dict__.get("save")
        if own_save is None:
            return

        @functools.wraps(own_save)
        def save(self, *args, **kwargs):
            self._clean_text_fields(kwargs.get("update_fields"))
            return own_save(self, *args, **kwargs)

        cls.save = save

    def save(self, *args, **kwargs):
        # What the subclass's save() derived (sanitized HTML decodes "&#2;") is cleaned too.
        self._clean_text_fields(kwargs.get("update_fields"))
        collecting = _collected_inserts.get()
        if collecting is not None and collecting[0] is type(self) and self._state.adding:
            collecting[1][id(self)] = self  # inserted with the others (inserts_collected())
            return
        super().save(*args, **kwargs)

    def clean_fields(self, exclude=None):
        self._clean_text_fields()
        super().clean_fields(exclude=exclude)

    def _clean_text_fields(self, only=None):
        """Clean the loaded text fields (those of `only`, when given) in place. A deferred
        field is left alone: reading it would cost a query, and save() does not write it."""
        only = None if only is None else set(only)
        for field in self._meta.concrete_fields:
            if only is not None and field.name not in only and field.attname not in only:
                continue
            # django_ckeditor_5's CKEditor5Field is a plain Field stored as a TextField.
            if field.get_internal_type() == "TextField":
                clean = clean_multiline
            elif isinstance(field, models.CharField):
                clean = clean_line
            else:
                continue
            value = self.__dict__.get(field.attname)
            cleaned = clean(value)
            if cleaned is not value:
                setattr(self, field.attname, cleaned)


class SearchKeyModel(CleanTextModel):
    """A model found by the portal's search rules (mttq_portal.searching): its `search_text`
    is written on every save from search_texts(), its name first, then its other texts
    (mttq_portal.text.search_key)."""

    search_text = models.TextField(blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_text = search_key(*self.search_texts())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def search_texts(self) -> tuple[str, ...]:
        """Return (name, *other texts) of the record, as stored."""
        raise NotImplementedError


def document_file_field(upload_to):
    """Return the field of a StoredDocument's file, checked as it is uploaded."""
    return models.FileField(
        "tệp",
        upload_to=upload_to,
        max_length=255,
        validators=[validate_document],
        help_text="PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc OpenDocument (.odt, .ods), "
        "tối đa 20 MB; không có macro.",
    )


class StoredDocument(CleanTextModel):
    """A document file staff upload (an article's attachment, a file of the document library):
    its kind and size as readers are told them. A subclass declares its `file`
    (document_file_field(), with the folder it is stored in) and its `title`."""

    size = models.PositiveBigIntegerField("dung lượng (byte)", default=0, editable=False)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def kind(self):
        """Return the file's kind: its extension ("pdf", "docx" …)."""
        return document_kind(self.file.name)

    @property
    def kind_label(self):
        return DOCUMENT_KINDS.get(self.kind, ("Tệp", ""))[0]

    @property
    def content_type(self):
        return DOCUMENT_KINDS.get(self.kind, ("", "application/octet-stream"))[1]

    @property
    def opens_in_browser(self):
        """PDFs are read in the browser; the other kinds are downloaded."""
        return self.kind == "pdf"

    @property
    def size_display(self):
        """The size as Vietnamese write it: "820 KB", "1,4 MB"."""
        if self.size < 1024 * 1024:
            return f"{max(1, round(self.size / 1024))} KB"
        return f"{self.size / 1024 / 1024:.1f} MB".replace(".", ",")


# (model, {id: new record}) while inserts_collected() is active.
_collected_inserts = contextvars.ContextVar("collected_inserts", default=None)


@contextlib.contextmanager
def inserts_collected(model, collected):
    """Within this block, save() of a new `model` record derives and cleans its fields as
    always, then leaves it in `collected` ({id(record): record}) instead of inserting it: the
    caller inserts them all with bulk_create(), a thousand per statement (an import of 5,000
    rows). Such records send no post_save signal and get their key only once inserted."""
    token = _collected_inserts.set((model, collected))
    try:
        yield collected
    finally:
        _collected_inserts.reset(token)


def is_collecting(model):
    """Return whether new records of `model` are being collected (inserts_collected()): their
    save() inserts nothing, and what needs their neighbours is done for them all at once, by the
    model's before_bulk_insert(records) when it has one."""
    collecting = _collected_inserts.get()
    return collecting is not None and collecting[0] is model


# (model, the slugs it uses) while slugs_in_memory(model) is active.
_slugs_in_memory = contextvars.ContextVar("slugs_in_memory", default=None)


def unique_slug(model, text, *, exclude_pk=None, fallback="muc", max_length=240):
    """Return a slug of `text` (at most `max_length` characters before a "-2", "-3" …) not yet
    used by another row of `model`."""
    base = vietnamese_slugify(text, max_length=max_length) or fallback
    known = _slugs_in_memory.get()
    if known is not None and known[0] is model and exclude_pk is None:
        taken = known[1]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        return slug
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@contextlib.contextmanager
def slugs_in_memory(model):
    """Within this block, unique_slug() gives new records of `model` slugs checked against the
    slugs read once when it began and those it gave since, not by a query each: for imports of
    thousands of rows, which run in one transaction. A slug another writer takes meanwhile is
    refused by the database's unique index, and the import with it."""
    field = next((f for f in model._meta.fields if f.name == "slug" and f.unique), None)
    if field is None:
        yield
        return
    taken = set(model._default_manager.values_list("slug", flat=True))
    token = _slugs_in_memory.set((model, taken))
    try:
        yield
    finally:
        _slugs_in_memory.reset(token)


def name_key_field(verbose_name="khóa tên"):
    """Return the column that holds a name's identity key (mttq_portal.text.name_key)."""
    return models.CharField(verbose_name, max_length=600, default="", editable=False, db_index=True)


class OneRecordPerName(models.Model):
    """A record officers know by its name: one name, one record.

    Two spellings of one name (tone placement, case, Unicode form, spaces, invisible
    characters: mttq_portal.text.name_key) are one record. A subclass stores the keys that
    identify it in columns of its own (name_key_field()) and says how they are made
    (identity_keys()); `identity_scope` lists the other columns that tell records apart (a
    model program's pilot unit); `identity_field` is the field a duplicate's message goes to.
    What is stored and shown stays what was typed (composed and cleaned, CleanTextModel).
    The database keeps the exact uniqueness it had; the keys are checked by validate_unique(),
    which the admin's forms and the imports (full_clean()) run. `manage.py find_duplicates`
    lists what a database already holds twice.
    """

    identity_scope: tuple = ()
    identity_field = "name"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.__dict__.update(self.identity_keys())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *self.identity_keys()}
        super().save(*args, **kwargs)

    def identity_keys(self) -> dict:
        """Return {column: key} of the identity keys of this record, made from its fields."""
        raise NotImplementedError

    def same_records(self):
        """Return the other records of the same name (and scope) as this one."""
        scope = {field: getattr(self, field) for field in self.identity_scope}
        others = type(self)._default_manager.filter(**self.identity_keys(), **scope)
        return others.exclude(pk=self.pk) if self.pk is not None else others

    def duplicate_message(self, existing):
        meta = type(self)._meta
        return (
            f"Đã có {meta.verbose_name} «{existing}» (mã {existing.pk}) cùng tên này, chỉ khác "
            "cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng). Hãy dùng "
            "bản ghi đã có thay vì tạo thêm."
        )

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude=exclude)
        scope_fields = {self.identity_field, *(f.removesuffix("_id") for f in self.identity_scope)}
        if exclude and scope_fields & set(exclude):
            return  # a form without these fields: nothing it changes can duplicate
        existing = self.same_records().first()
        if existing is not None:
            raise ValidationError({self.identity_field: self.duplicate_message(existing)})


class SlugNamedModel(OneRecordPerName, CleanTextModel):
    """A named reference row (one per name) whose slug is made from its name when left empty:
    the registry's sectors, campaigns and periods, the news' tags and event series. A subclass
    may narrow `name` and `slug`, and name its slugs' fallback and length."""

    name = models.CharField("tên", max_length=255, unique=True, db_collation=VIETNAMESE)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    name_key = name_key_field()
    search_text = models.TextField(blank=True, editable=False)

    slug_fallback = "muc"
    slug_max_length = 240

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                type(self),
                self.name,
                exclude_pk=self.pk,
                fallback=self.slug_fallback,
                max_length=self.slug_max_length,
            )
        self.search_text = search_key(self.name, getattr(self, "description", ""))
        super().save(*args, **kwargs)

    def identity_keys(self):
        return {"name_key": name_key(self.name)}


class ContentVersion(models.Model):
    """The version of everything the public sees: one row, given a new token each time public
    content changes (mttq_portal.pagecache.announce_change()).

    Cached pages are stored under the token they were rendered with, so a new token retires
    them all at once, on every app server. It lives in the database, not in the cache, so that
    app servers agree on it with or without Redis. `next_due` is when the next scheduled
    article becomes public: pages are not kept past it, and the first server to see it pass
    gives the version a new token.
    """

    token = models.CharField("mã phiên bản", max_length=32)
    next_due = models.DateTimeField("bài hẹn giờ kế tiếp", null=True, blank=True)
    changed_at = models.DateTimeField("thời điểm đổi")

    class Meta:
        verbose_name = "phiên bản nội dung công khai"
        verbose_name_plural = "phiên bản nội dung công khai"

    def __str__(self):
        return self.token


class KeptImport(models.Model):
    """An uploaded import file between its preview and its confirmation
    (mttq_portal.import_store): kept in the database, so that every app server can confirm
    what another one previewed, under a key the server chose, for the user and the target it
    was uploaded for."""

    key = models.UUIDField("mã", primary_key=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người tải lên", on_delete=models.CASCADE
    )
    target = models.CharField("nhập vào", max_length=100)
    file_name = models.CharField("tên tệp", max_length=255)
    file_format = models.CharField("định dạng", max_length=10)
    content = models.BinaryField("nội dung")
    uploaded_at = models.DateTimeField("tải lên lúc", db_index=True)

    class Meta:
        verbose_name = "tệp nhập đang chờ xác nhận"
        verbose_name_plural = "tệp nhập đang chờ xác nhận"

    def __str__(self):
        return self.file_name
