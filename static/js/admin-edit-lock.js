// The article's change page keeps its edit lock while it is open (news.editing): every minute
// it tells the server so, and shows a warning if someone else has taken the lock over.
"use strict";
(function () {
  const marker = document.querySelector("[data-edit-lock-url]");
  if (!marker) {
    return;
  }
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  function renew() {
    const body = new URLSearchParams({ action: "renew" });
    fetch(marker.dataset.editLockUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": token ? token.value : "" },
    })
      .then((response) => (response.ok ? response.json() : { held: true }))
      .then((answer) => {
        marker.hidden = answer.held;
      })
      .catch(() => {}); // offline for a moment: the next beat tries again
  }
  window.setInterval(renew, 60 * 1000);
})();
