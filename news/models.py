import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django_ckeditor_5.fields import CKEditor5Field
from simple_history.models import HistoricalRecords

from mttq_portal.collation import VIETNAMESE
from mttq_portal.documents import document_kind
from mttq_portal.models import (
    CleanTextModel,
    OneRecordPerName,
    SlugNamedModel,
    StoredDocument,
    document_file_field,
    name_key_field,
    unique_slug,
)
from mttq_portal.searching import matching as matching_keys
from mttq_portal.searching import ranked, text_search_query
from mttq_portal.text import clean_line, name_key, search_key, vietnamese_slugify

from .sanitizer import html_text, sanitize_html
from .text_search import (
    at_most,
    newest_ids,
    rows_from_the_text_index,
    rows_planned_each_time,
    title_rank,
)


class CategoryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_navigation(self):
        """Return the active categories as (name, url) pairs, kept in this process for the
        current content version (a category saved in the admin announces a change)."""
        from mttq_portal.pagecache import current_version, kept

        return kept(
            current_version(),
            "navigation",
            lambda: [(c.name, c.get_absolute_url()) for c in self.active()],
        )


class Category(OneRecordPerName, CleanTextModel):
    name = models.CharField("tên chuyên mục", max_length=120, unique=True, db_collation=VIETNAMESE)
    slug = models.SlugField("đường dẫn", max_length=140, unique=True, blank=True)
    description = models.TextField("mô tả", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)
    is_active = models.BooleanField("đang hiển thị", default=True)
    # The category's desk (news.desks): who writes and who reviews here. An empty list leaves
    # the category to every member of that role, as before desks existed.
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name="biên tập viên của chuyên mục",
        blank=True,
        related_name="editor_desks",
        help_text="Để trống: mọi biên tập viên đều viết được ở chuyên mục này.",
    )
    publishers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name="người duyệt bài của chuyên mục",
        blank=True,
        related_name="publisher_desks",
        help_text="Để trống: mọi người duyệt bài đều duyệt được ở chuyên mục này.",
    )
    name_key = name_key_field()
    search_text = models.TextField(blank=True, editable=False)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def __str__(self):
        return self.name

    def identity_keys(self):
        return {"name_key": name_key(self.name)}

    def save(self, *args, **kwargs):
        if not self.slug:
            # Unique: "Hà" and "Hạ" are two names and one slug.
            self.slug = unique_slug(
                Category, self.name, exclude_pk=self.pk, fallback="chuyen-muc", max_length=130
            )
        self.search_text = search_key(self.name, self.description)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})


class TopicQuerySet(models.QuerySet):
    def with_public_articles(self):
        """Return the rows having at least one article the public may see."""
        public = Article.objects.published().filter(
            **{self.model.articles_link: models.OuterRef("pk")}
        )
        return self.filter(models.Exists(public))


class Topic(SlugNamedModel):
    """What articles of several categories may share and readers follow on a page of its own:
    a tag (Tag) or an event series (EventSeries). One name, one record (OneRecordPerName)."""

    name = models.CharField("tên", max_length=120, unique=True, db_collation=VIETNAMESE)
    slug = models.SlugField("đường dẫn", max_length=140, unique=True, blank=True)

    slug_fallback = "chu-de"
    slug_max_length = 130
    objects = TopicQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]


class Tag(Topic):
    """A word or phrase articles are filed under besides their category (thẻ), typed by the
    writer in the article's form; its page is /the/<slug>/."""

    articles_link = "tags"
    kind_label = "Thẻ"
    slug_fallback = "the"

    class Meta(Topic.Meta):
        verbose_name = "thẻ"
        verbose_name_plural = "thẻ"

    def get_absolute_url(self):
        return reverse("news:tag", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if "," in self.name:  # writers type tags separated by commas (the article's form)
            raise ValidationError({"name": "Tên thẻ không được có dấu phẩy."})

    @classmethod
    def from_names(cls, names):
        """Return the tags of `names` (as typed), in their order, one per name key: the
        existing tag of each name whatever its spelling, a new one otherwise."""
        wanted = {}
        for name in names:
            name = " ".join(clean_line(name).split())
            if name and name_key(name) not in wanted:
                wanted[name_key(name)] = name
        existing = {tag.name_key: tag for tag in cls.objects.filter(name_key__in=wanted)}
        tags = []
        for key, name in wanted.items():
            tag = existing.get(key)
            if tag is None:
                tag = cls.objects.create(name=name)
            tags.append(tag)
        return tags


class EventSeries(Topic):
    """An event followed over many articles (dòng sự kiện): a congress, the "Vì người nghèo"
    month. Kept by the publishers; its page is /dong-su-kien/<slug>/."""

    articles_link = "series"
    slug_fallback = "dong-su-kien"
    kind_label = "Dòng sự kiện"

    description = models.TextField("giới thiệu", blank=True)
    is_active = models.BooleanField(
        "đang hiển thị",
        default=True,
        help_text="Bỏ chọn để ẩn trang dòng sự kiện và không cho chọn khi viết bài mới.",
    )

    class Meta(Topic.Meta):
        verbose_name = "dòng sự kiện"
        verbose_name_plural = "dòng sự kiện"

    def get_absolute_url(self):
        return reverse("news:series", kwargs={"slug": self.slug})


def search_topics(terms, limit):
    """Return the event series and tags whose names match `terms` (a Terms), at most `limit` of
    each, those with a public page only: the site search offers them above its articles."""
    found = []
    for topics in (EventSeries.objects.filter(is_active=True), Tag.objects.with_public_articles()):
        found += ranked(
            matching_keys(topics, terms, ("search_text",)), terms, "search_text", "name"
        )[:limit]
    return found


# Search answers with at most this many articles, the newest matches: past them, more words
# are a better way on than more pages.
SEARCH_RESULTS_MAX = 100
# A search looks among this many newest articles first (ArticleQuerySet.search): at most a
# few milliseconds of reading, and enough matches for common words.
SEARCH_RECENT_WINDOW = 1500
# Past this many articles holding the words, the text-search index is not read alone.
SEARCH_INDEX_ROWS_MAX = 20_000
# "Đọc nhiều nhất" ranks this many newest articles.
MOST_READ_AMONG = 500


class CountedView(models.Func):
    """One more view of the article whose id is given, counted by PostgreSQL and returned: the
    new view_count (the function news_article_count_view of migration 0006).

    Django's ORM has no UPDATE ... RETURNING; with this expression in its SELECT, the statement
    that reads an article for its page also counts the reader: one round trip, atomic."""

    function = "news_article_count_view"
    output_field = models.IntegerField()


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Return what the public may see: published, due by now (or by `now`) and not past
        its expiry."""
        now = now or timezone.now()
        return self.filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now),
            status=Article.Status.PUBLISHED,
            published_at__lte=now,
        )

    def for_listing(self):
        """Return the rows with what a list of articles shows: the category, but not the body
        nor the search keys, which can weigh tens of kilobytes each."""
        return self.select_related("category").defer("body", "search_title", "search_text")

    def most_read(self):
        """Return the rows most read first. No index serves this order: an index on
        view_count would make every counted view a non-HOT update touching every index of
        the table (see migration 0004), so callers narrow the rows first (most_read_lately())."""
        return self.order_by("-view_count", "-published_at", "-id")

    def most_read_lately(self, count, among=MOST_READ_AMONG):
        """Return the `count` rows most read among the `among` newest: what readers of a news
        site expect under "most read", at a cost that does not grow with the archive (the
        newest come from article_public_idx)."""
        newest = self.order_by("-published_at", "-id").values("pk")[:among]
        return list(self.filter(pk__in=models.Subquery(newest)).most_read()[:count])

    def with_reader_score(self, voter_key):
        """Return the rows annotated with `reader_score`: the score this reader gave, or None.

        A subquery on the unique (article, voter_key) index, so the article page learns whether
        its reader has voted without a query of its own.
        """
        if not voter_key:
            return self.annotate(reader_score=models.Value(None, models.IntegerField()))
        score = Rating.objects.filter(article=models.OuterRef("pk"), voter_key=voter_key)
        return self.annotate(reader_score=models.Subquery(score.values("score")[:1]))

    def for_page(self, *, count_view=False):
        """Return rows of ARTICLE_PAGE_FIELDS, and `reader_score` when with_reader_score() was
        applied, for Article.from_page_row(). With `count_view` (PostgreSQL only), each row
        read is also a view counted (CountedView), and its view_count the count after it."""
        rows, fields = self, list(ARTICLE_PAGE_FIELDS)
        if count_view:
            rows = rows.annotate(counted_view_count=CountedView("pk"))
            fields[fields.index("view_count")] = "counted_view_count"
        if "reader_score" in self.query.annotations:
            fields.append("reader_score")
        return rows.values_list(*fields)

    def matching(self, terms, *, in_title=False, as_typed=False):
        """Return the rows where each word of `terms` (a mttq_portal.searching.Terms) matches
        a word of the article (of its title only with `in_title`) by the portal's search rules;
        with `as_typed`, each word typed with diacritics must start a word as typed.

        On PostgreSQL the words make a text-search query on `search_document` or
        `search_title_document`, GIN-indexed vectors of the same keys (migration 0005); other
        databases (SQLite) look for them in `search_text` or `search_title` as every other
        search of the portal does.
        """
        if as_typed:
            terms = terms.as_typed()
        if connections[self.db].vendor != "postgresql":
            field = "search_title" if in_title else "search_text"
            return matching_keys(self, terms, (field,))
        column = "search_title_document" if in_title else "search_document"
        return self.filter(
            RawSQL(
                f"{column} @@ to_tsquery('simple', %s)",
                [text_search_query(terms)],
                output_field=models.BooleanField(),
            )
        )

    def newest_matching(self, terms, limit, *, since=None, **options):
        """Return the ids of the newest `limit` rows matching `terms` (matching(**options)).

        PostgreSQL's plan for "the newest rows holding these words" is either to read the
        newest articles until enough match (milliseconds when the words are common) or to read
        the words' index and sort what it finds (milliseconds when they are rare together). It
        cannot estimate which for prefixes, and its wrong choice read every article: 0.7 s for
        six common words found together in few articles. So, given `since` (when the newest
        SEARCH_RECENT_WINDOW articles start), the newest articles are read first, a bounded
        range of article_public_idx; only when they hold fewer than `limit` matches is the
        index read, alone (_newest_from_the_text_index()).
        """
        matches = self.matching(terms, **options)
        if connections[self.db].vendor != "postgresql" or since is None:
            return newest_ids(matches, limit)
        found = newest_ids(matches.filter(published_at__gte=since), limit)
        if len(found) == limit:
            return found
        return self._newest_from_the_text_index(terms, limit, **options)

    def _newest_from_the_text_index(self, terms, limit, **options):
        """newest_matching() through the text-search index: every article holding the words
        (few, or the newest ones would have held enough), the public ones newest first."""
        everywhere = self.model._default_manager.matching(terms, **options).order_by()
        rows = rows_from_the_text_index(
            everywhere.values_list("pk", "status", "published_at")[: SEARCH_INDEX_ROWS_MAX + 1]
        )
        if len(rows) > SEARCH_INDEX_ROWS_MAX:  # old articles only, and many: the slow way
            return newest_ids(self.matching(terms, **options), limit)
        now = timezone.now()
        newest = sorted(
            ((published_at, pk) for pk, status, published_at in rows
             if status == Article.Status.PUBLISHED and published_at and published_at <= now),
            reverse=True,
        )  # fmt: skip
        ids = [pk for _, pk in newest[: 2 * limit]]
        kept = set(self.filter(pk__in=ids).values_list("pk", flat=True))  # this queryset's own
        return [pk for pk in ids if pk in kept][:limit]

    def search(self, terms, limit=SEARCH_RESULTS_MAX):
        """Return the ids of at most `limit` articles matching `terms` (a Terms), ranked:
        first those holding every word typed with diacritics as typed, then by title (every
        word in the title in this order, then every word in the title, then the others);
        newest first within each. A few queries whatever the number of matches: the newest
        `limit` title matches, the newest `limit` exact matches (when words were typed with
        diacritics), the newest `limit` matches (newest_matching())."""
        if not terms:
            return []

        # On PostgreSQL, when the newest SEARCH_RECENT_WINDOW articles start (None: fewer).
        since = None
        if connections[self.db].vendor == "postgresql":
            since = (
                self.order_by("-published_at", "-id")
                .values_list("published_at", flat=True)[
                    SEARCH_RECENT_WINDOW - 1 : SEARCH_RECENT_WINDOW
                ]
                .first()
            )
        # Title matches: 2 with the words in order, else 1; other matches 0 (a title match
        # past the newest `limit` of them ranks after those anyway). Exactness 1 or 0.
        titles = self.matching(terms, in_title=True).order_by("-published_at", "-id")
        in_title = rows_planned_each_time(titles.values_list("pk", "search_title")[:limit])
        ranks = {pk: (0, title_rank(title, terms.words) or 1) for pk, title in in_title}
        exact = set()
        if terms.exact:
            exact = set(self.newest_matching(terms, limit, since=since, as_typed=True))
        for pk in self.newest_matching(terms, limit, since=since):
            ranks.setdefault(pk, (0, 0))
        for pk in exact:
            ranks[pk] = (1, ranks.get(pk, (0, 0))[1])
        return sorted(ranks, key=lambda pk: (-ranks[pk][0], -ranks[pk][1]))[:limit]


class Article(CleanTextModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        PENDING = "pending", "Chờ duyệt"
        PUBLISHED = "published", "Đã xuất bản"
        HIDDEN = "hidden", "Đã gỡ"

    title = models.CharField("tiêu đề", max_length=255, db_collation=VIETNAMESE)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tiêu đề. Không đổi được sau khi xuất bản.",
    )
    summary = models.TextField("tóm tắt (sapo)", blank=True)
    body = CKEditor5Field("nội dung", config_name="article", blank=True)
    cover_image = models.ImageField("ảnh đại diện", upload_to="covers/%Y/%m/", blank=True)
    cover_caption = models.CharField("chú thích ảnh", max_length=300, blank=True)
    category = models.ForeignKey(
        Category, verbose_name="chuyên mục", on_delete=models.PROTECT, related_name="articles"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
    )
    byline = models.CharField("tác giả (ghi trên bài)", max_length=200, blank=True)
    source = models.CharField("nguồn", max_length=200, blank=True)
    status = models.CharField(
        "trạng thái", max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        "thời điểm xuất bản",
        null=True,
        blank=True,
        help_text="Do nút «Xuất bản ngay» hay «Hẹn giờ xuất bản…» đặt; giờ tương lai là giờ hẹn.",
    )
    expires_at = models.DateTimeField(
        "hết hạn hiển thị lúc",
        null=True,
        blank=True,
        help_text="Để trống nếu bài hiển thị mãi. Qua thời điểm này bài rời trang công khai "
        "(trang chủ, chuyên mục, tìm kiếm, RSS, sơ đồ trang) nhưng vẫn còn trong trang quản trị.",
    )
    is_featured = models.BooleanField("tin nổi bật", default=False)
    tags = models.ManyToManyField(Tag, verbose_name="thẻ", blank=True, related_name="articles")
    series = models.ForeignKey(
        EventSeries,
        verbose_name="dòng sự kiện",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
    )
    # Whether the article has a series, tags, related articles or attachments (note_parts()):
    # its page reads them only then, so that a reader of any other costs one statement.
    has_parts = models.BooleanField(default=False, editable=False)
    related = models.ManyToManyField(
        "self",
        verbose_name="tin liên quan (chọn tay)",
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text="Hiện trước tiên ở mục «Tin tức khác» của bài, khi đã xuất bản.",
    )
    view_count = models.PositiveIntegerField("lượt xem", default=0, editable=False)
    rating_sum = models.PositiveIntegerField("tổng điểm đánh giá", default=0, editable=False)
    rating_count = models.PositiveIntegerField("số lượt đánh giá", default=0, editable=False)
    # Search keys derived on save: lower case, without diacritics (mttq_portal.text).
    search_title = models.CharField(max_length=255, blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name="phiên bản bài viết",
        excluded_fields=[
            "view_count",
            "rating_sum",
            "rating_count",
            "search_title",
            "search_text",
            "has_parts",
        ],
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        permissions = [
            ("submit_article", "Có thể gửi bài viết để duyệt"),
            ("publish_article", "Có thể xuất bản, hẹn giờ và gỡ bài viết"),
            ("work_on_all_desks", "Có thể viết và duyệt bài ở mọi chuyên mục (Tổng biên tập)"),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_public_idx"),
            models.Index(
                fields=["category", "status", "-published_at"], name="article_category_idx"
            ),
            # Few articles expire: the next expiry (mttq_portal.pagecache) is read from these.
            models.Index(
                fields=["expires_at"],
                name="article_expiry_idx",
                condition=models.Q(expires_at__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="article_published_has_time",
                violation_error_message="Bài đã xuất bản phải có thời điểm xuất bản.",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.expires_at and self.published_at and self.expires_at <= self.published_at:
            raise ValidationError(
                {"expires_at": "Thời điểm hết hạn phải sau thời điểm xuất bản của bài."}
            )

    def save(self, *args, **kwargs):
        if self.series_id is not None:
            self.has_parts = True  # note_parts() finds out when the last part is gone
        # A published address is printed, shared and indexed: once the article has been
        # published, its slug stays what it was, whatever the form sent.
        published_slug = self._published_slug()
        if published_slug:
            self.slug = published_slug
        if not self.slug:
            self.slug = unique_slug(Article, self.title, exclude_pk=self.pk, fallback="bai-viet")
        self.body = sanitize_html(self.body)
        self.summary = strip_tags(self.summary).strip()
        self.search_title = at_most(search_key(self.title), 255)
        self.search_text = search_key(self.title, self.summary, self.body_text)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:article", kwargs={"slug": self.slug})

    @classmethod
    def from_page_row(cls, row, using="default"):
        """Return the article of a row of ArticleQuerySet.for_page(), `reader_score` set (None
        for a reader who has not voted)."""
        count = len(ARTICLE_PAGE_FIELDS)
        article = cls.from_db(using, ARTICLE_PAGE_FIELDS, row[:count])
        article.reader_score = row[count] if len(row) > count else None
        return article

    def _published_slug(self):
        """Return the stored slug if this article is, or has been, published; else None."""
        if self.pk is None:
            return None
        ever_published = models.Q(
            status__in=[self.Status.PUBLISHED, self.Status.HIDDEN]
        ) | models.Q(status_changes__to_status=self.Status.PUBLISHED)
        return (
            Article.objects.filter(ever_published, pk=self.pk)
            .values_list("slug", flat=True)
            .first()
        )

    def note_parts(self):
        """Store whether the article has a series, tags, related articles, attachments,
        documents or albums (`has_parts`). Called by what changes them: the admin's save of the
        article, the demo. A stale True costs its page a few queries; nothing else reads it.
        Whatever adds a part sets it at once (parts_added(), articles_linked(), connected in
        news.apps, documents.apps, galleries.apps): a page never misses one."""
        has_parts = (
            self.series_id is not None
            or self.attachments.exists()
            or self.tags.exists()
            or self.related.exists()
            # Linked from elsewhere (articles_linked): documents, photo albums.
            or self.documents.exists()
            or self.albums.exists()
        )
        if has_parts != self.has_parts:
            Article.objects.filter(pk=self.pk).update(has_parts=has_parts)
            self.has_parts = has_parts

    def other_news(self, limit, related_ids=None):
        """Return "Tin tức khác" under the article: the hand-picked related articles the public
        may see, newest first, then the latest others of its category, or of the whole site
        when the category has no other; at most `limit`. `related_ids`: the related articles'
        ids, when the caller has them already."""
        if related_ids is None:
            related_ids = list(self.related.values_list("pk", flat=True))
        others = Article.objects.published().for_listing().exclude(pk=self.pk)
        picked = list(others.filter(pk__in=related_ids)[:limit]) if related_ids else []
        rest = others.exclude(pk__in=[a.pk for a in picked])
        same_category = list(rest.filter(category_id=self.category_id)[: limit - len(picked)])
        if not (picked or same_category):
            return list(rest[:limit])
        return picked + same_category

    @property
    def cover_srcset(self):
        """Return the srcset of the cover and the narrower sizes news.uploads wrote next to
        it ("…-480w.jpg 480w, …-960w.jpg 960w, …-1600w.jpg 1600w"), or "" for a cover stored
        otherwise. Read from the file name: no storage access."""
        from .uploads import cover_srcset

        return cover_srcset(self)

    @property
    def cover_list_srcset(self):
        """Return the srcset of the cover shown small in a list (news.uploads
        .image_list_srcset), or "" without sizes."""
        from .uploads import image_list_srcset

        return image_list_srcset(self.cover_image) if self.cover_image else ""

    @property
    def cover_thumbnail_url(self):
        """Return the URL of the cover's narrowest size, for lists; the cover itself if it
        has no sizes, "" without a cover."""
        from .uploads import cover_variants

        if not self.cover_image:
            return ""
        variants = cover_variants(self)
        return variants[0][0] if variants else self.cover_image.url

    @property
    def body_text(self):
        """Return the body as plain text (news.sanitizer.html_text)."""
        return html_text(self.body)

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
            and not self.is_expired
        )

    @property
    def rating_average(self):
        """Return the mean score rounded half up to one decimal (17 points in 4 ratings, 4.25,
        give 4.3; Python's round() would give 4.2), or 0 before the first rating. Computed in
        whole tenths, so no binary fraction decides the rounding."""
        if not self.rating_count:
            return 0
        tenths = (self.rating_sum * 20 + self.rating_count) // (2 * self.rating_count)
        return tenths / 10

    @property
    def rating_stars(self):
        """Return five of "full", "half" and "empty": the average drawn to the nearest half."""
        halves = int(self.rating_average * 2 + 0.5)  # half up, as article.js rounds
        return [
            "full" if halves >= 2 * n else "half" if halves == 2 * n - 1 else "empty"
            for n in range(1, 6)
        ]


# What the article page shows of a published article, in the model's order (Model.from_db()
# takes them so): not its search keys, workflow and bookkeeping columns.
ARTICLE_PAGE_FIELDS = tuple(
    field.attname
    for field in Article._meta.concrete_fields
    if field.name
    not in ("search_title", "search_text", "is_featured", "author", "status", "created_at")
)


def attachment_path(instance, filename):
    """Return where an attachment is stored: a random folder of the upload month, then the name
    it was uploaded with as a slug (what a reader's download is called), its kind's extension."""
    stem = vietnamese_slugify(filename.rsplit(".", 1)[0], max_length=80) or "tep-dinh-kem"
    return (
        f"tep-dinh-kem/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}/"
        f"{stem}.{document_kind(filename)}"
    )


class Attachment(StoredDocument):
    """A document given with an article (the full plan, the guidance): listed under it with
    its kind and size once the article is public. Checked as it is uploaded
    (mttq_portal.documents)."""

    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="attachments"
    )
    file = document_file_field(attachment_path)
    title = models.CharField(
        "tên hiển thị",
        max_length=255,
        blank=True,
        help_text="Để trống để dùng tên tệp.",
    )

    class Meta(StoredDocument.Meta):
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.title and self.file:
            self.title = self.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        super().save(*args, **kwargs)


class Rating(CleanTextModel):
    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="ratings"
    )
    score = models.PositiveSmallIntegerField("điểm")
    # SHA-256 of the reader's signed voter cookie: one vote per reader, and nothing that
    # identifies the reader is stored.
    voter_key = models.CharField("mã người đánh giá", max_length=64)
    created_at = models.DateTimeField("thời điểm", auto_now_add=True)

    class Meta:
        verbose_name = "đánh giá"
        verbose_name_plural = "đánh giá"
        constraints = [
            models.UniqueConstraint(fields=["article", "voter_key"], name="rating_one_per_voter"),
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.article} – {self.score}/5"


class StatusChange(CleanTextModel):
    """One step of an article through the review workflow: who moved it, when, from, to."""

    article = models.ForeignKey(
        Article, verbose_name="bài viết", on_delete=models.CASCADE, related_name="status_changes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    from_status = models.CharField("từ trạng thái", max_length=12, choices=Article.Status.choices)
    to_status = models.CharField("sang trạng thái", max_length=12, choices=Article.Status.choices)
    changed_at = models.DateTimeField("thời điểm", default=timezone.now)
    note = models.CharField("ghi chú", max_length=300, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = "lịch sử trạng thái"
        verbose_name_plural = "lịch sử trạng thái"

    def __str__(self):
        return f"{self.article}: {self.get_from_status_display()} → {self.get_to_status_display()}"


class EditLock(models.Model):
    """Who is editing an article now (news.editing): one holder at a time, renewed while their
    page is open, taken over only by an explicit action."""

    article = models.OneToOneField(
        Article,
        verbose_name="bài viết",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="edit_lock",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người đang sửa",
        on_delete=models.CASCADE,
        related_name="+",
    )
    since = models.DateTimeField("sửa từ")
    seen_at = models.DateTimeField("còn mở lúc")

    class Meta:
        verbose_name = "quyền sửa bài"
        verbose_name_plural = "quyền sửa bài"

    def __str__(self):
        return f"{self.article} – {self.user}"


class NewsroomSettings(models.Model):
    """A staff member's choices about the newsroom's e-mail (news.notifications)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="người dùng",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="newsroom_settings",
    )
    mail_on_submit = models.BooleanField("nhận thư khi có bài gửi duyệt", default=True)

    class Meta:
        verbose_name = "thiết lập thư báo của tòa soạn"
        verbose_name_plural = "thiết lập thư báo của tòa soạn"

    def __str__(self):
        return str(self.user)


def parts_added(sender, instance, action="post_add", reverse=False, pk_set=None, **kwargs):
    """Mark the articles that just got a tag, a related article or an attachment as having
    parts (Article.has_parts), whichever code path added it: the admin, the demo, a shell. A
    receiver of m2m_changed (Article.tags, Article.related) and post_save (Attachment)."""
    if action != "post_add":
        return
    if sender is Attachment:
        ids = [instance.article_id]
    elif reverse:  # tag.articles.add(…)
        ids = list(pk_set or ())
    else:
        ids = [instance.pk]
    Article.objects.filter(pk__in=ids, has_parts=False).update(has_parts=True)
    if not reverse and sender is not Attachment:
        instance.has_parts = True


def articles_linked(sender, instance, action="post_add", reverse=False, pk_set=None, **kwargs):
    """Mark the articles another app's record was just linked to as having parts
    (Article.has_parts): a receiver of m2m_changed for a many-to-many field to Article declared
    on that record (documents.Document.articles, galleries.Album.articles), whichever side adds
    the link."""
    if action != "post_add":
        return
    ids = [instance.pk] if reverse else list(pk_set or ())  # reverse: article.albums.add(…)
    Article.objects.filter(pk__in=ids, has_parts=False).update(has_parts=True)
    if reverse:
        instance.has_parts = True
