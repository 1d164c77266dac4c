"use strict";
// Django's URLify (admin/js/urlify.js), which fills the admin's slug fields, drops the
// Vietnamese letters it has no table for ("ặ") and writes "Đ" as "Dj" (the Serbian letter):
// "Đặng Thanh Giang" would become "djng-thanh-giang". Removing the marks first gives
// "dang-thanh-giang", as mttq_portal.text.vietnamese_slugify does on the server.
// Loaded after urlify.js; prepopulate.js looks URLify up on every keystroke.
(function () {
  const urlify = window.URLify;
  if (typeof urlify !== "function") {
    return;
  }
  function stripVietnameseMarks(value) {
    return String(value)
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
  }
  window.URLify = function (value, numChars, allowUnicode) {
    return urlify(stripVietnameseMarks(value), numChars, allowUnicode);
  };
})();
