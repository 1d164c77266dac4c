"use strict";
// The admin's live slug preview, made exactly as the server makes slugs
// (mttq_portal.text.vietnamese_slugify, then Django's slugify): Django's URLify
// (admin/js/urlify.js) has no table for most Vietnamese letters ("ặ"), writes "Đ" as "Dj" and
// joins "18/11" into "1811", so the preview and the saved slug differed. Step by step:
// 1. invisible characters (zero-width spaces, soft hyphens) go without a trace;
// 2. đ, Đ and the eth Ð that converters leave for it become d, D; every other mark goes;
// 3. whatever is not a letter, a digit or "_" separates words ("2011–2015", "18/11");
// 4. Django's slugify: ASCII only, lower case, "-" between words, none at either end;
// 5. cut to the field's length, without a "-" at the end.
// Loaded after urlify.js; prepopulate.js looks URLify up on every keystroke.
(function () {
  const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

  function vietnameseSlugify(value, numChars) {
    let slug = String(value)
      .replace(INVISIBLE, "")
      .replace(/[đð]/g, "d")
      .replace(/[ĐÐ]/g, "D")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\p{L}\p{N}_]+/gu, " ")
      .normalize("NFKD")
      .replace(/[^\x00-\x7f]/g, "")
      .toLowerCase()
      .replace(/[^\w\s-]/g, "")
      .replace(/[-\s]+/g, "-")
      .replace(/^[-_]+|[-_]+$/g, "");
    if (numChars > 0) {
      slug = slug.slice(0, numChars).replace(/-+$/, "");
    }
    return slug;
  }

  window.vietnameseSlugify = vietnameseSlugify;
  window.URLify = function (value, numChars) {
    return vietnameseSlugify(value, numChars);
  };
})();
