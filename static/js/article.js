/* Article page: copy the link, print, and rate without leaving the page.
   Without JavaScript the share links and the rating form work on their own; this file only
   reveals the two buttons that need it and sends the rating in the background. */
(function () {
  "use strict";

  function say(element, text) {
    if (element) element.textContent = text;
  }

  var shareStatus = document.querySelector("[data-share-status]");

  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-copy-link");
      function copied() { say(shareStatus, "Đã sao chép liên kết bài viết."); }
      function manual() { window.prompt("Sao chép liên kết bài viết:", url); }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(copied, manual);
      } else {
        manual();
      }
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  var form = document.querySelector("[data-rating-form]");
  if (!form || !window.fetch || !window.FormData) return;
  var fieldset = form.querySelector("fieldset");
  var status = form.querySelector("[data-rating-status]");
  var clicked = null;

  // Older browsers lack SubmitEvent.submitter: remember which star was pressed.
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[name=score]");
    if (button) clicked = button.value;
  });

  function starKind(halves, n) {
    if (halves >= 2 * n) return "full";
    return halves === 2 * n - 1 ? "half" : "empty";
  }

  function showTotals(answer) {
    var average = Number(answer.rating_average) || 0;
    var shown = average.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
    say(document.querySelector("[data-rating-sum]"), answer.rating_sum.toLocaleString("vi-VN"));
    say(document.querySelector("[data-rating-count]"), answer.rating_count.toLocaleString("vi-VN"));
    say(document.querySelector("[data-rating-average]"), shown);
    var stars = document.querySelector("[data-rating-stars]");
    if (!stars) return;
    stars.setAttribute("aria-label", "Điểm trung bình " + shown + " trên 5");
    var halves = Math.floor(average * 2 + 0.5);
    stars.querySelectorAll(".star").forEach(function (star, index) {
      star.className = "star star--" + starKind(halves, index + 1);
    });
  }

  form.addEventListener("submit", function (event) {
    var score = (event.submitter && event.submitter.value) || clicked;
    if (!score) return;
    event.preventDefault();
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    var body = new FormData();
    body.append("score", score);
    fieldset.disabled = true;
    say(status, "Đang gửi đánh giá…");
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: {
        "Accept": "application/json",
        "X-Requested-With": "XMLHttpRequest",
        "X-CSRFToken": token ? token.value : ""
      }
    }).then(function (response) {
      return response.json().then(function (answer) {
        return { status: response.status, answer: answer };
      }, function () {
        // Not JSON: a refused CSRF token or a proxy's error page.
        return { status: response.status, answer: {
          ok: false, message: "Chưa gửi được đánh giá. Vui lòng tải lại trang rồi thử lại."
        } };
      });
    }).then(function (result) {
      say(status, result.answer.message);
      if (result.answer.ok) showTotals(result.answer);
      // After a vote, or when this reader had voted already, the control stays disabled.
      fieldset.disabled = result.answer.ok || result.status === 409;
    }).catch(function () {
      fieldset.disabled = false;
      say(status, "Mất kết nối mạng. Vui lòng thử lại.");
    });
  });
})();
