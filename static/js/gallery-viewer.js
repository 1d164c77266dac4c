/* The album viewer (templates/galleries/album_detail.html). Without JavaScript each thumbnail
   is a link to its image. With it, a click opens the image large in a modal <dialog> with its
   caption, "Ảnh 3/12" and the buttons «Ảnh trước», «Ảnh sau», «Đóng»; ← and → go through the
   album, Escape closes it, Tab stays on the dialog's buttons, and the focus goes back to the
   thumbnail that opened it. No other script is used. */
(function () {
  "use strict";

  var dialog = document.querySelector("[data-gallery-viewer]");
  var links = Array.prototype.slice.call(document.querySelectorAll("[data-gallery-item]"));
  if (!dialog || !links.length || typeof dialog.showModal !== "function") return;

  var caption = dialog.querySelector("[data-viewer-caption]");
  // Made at the first opening, not in the page: an image in the closed dialog would load
  // for nothing.
  var image = null;
  var position = dialog.querySelector("[data-viewer-position]");
  var previous = dialog.querySelector("[data-viewer-previous]");
  var next = dialog.querySelector("[data-viewer-next]");
  var close = dialog.querySelector("[data-viewer-close]");
  var current = 0;
  var opener = null;

  function captionOf(link) {
    var figure = link.closest("figure");
    var text = figure ? figure.querySelector("figcaption") : null;
    return text ? text.textContent.trim() : "";
  }

  function show(index) {
    if (!image) {
      image = document.createElement("img");
      image.className = "viewer__image";
      image.setAttribute("data-viewer-image", "");
      caption.parentNode.insertBefore(image, caption);
    }
    current = (index + links.length) % links.length;
    var link = links[current];
    var thumbnail = link.querySelector("img");
    image.removeAttribute("srcset");
    image.src = link.href;
    if (link.dataset.srcset) {
      image.srcset = link.dataset.srcset;
      image.sizes = "(min-width: 1100px) 1000px, 100vw";
    }
    if (link.dataset.width && link.dataset.height) {
      image.width = Number(link.dataset.width);
      image.height = Number(link.dataset.height);
    }
    image.alt = thumbnail ? thumbnail.alt : "";
    caption.textContent = captionOf(link);
    position.textContent = "Ảnh " + (current + 1) + "/" + links.length;
    previous.disabled = next.disabled = links.length < 2;
  }

  function open(index, link) {
    opener = link;
    show(index);
    dialog.showModal();
    (next.disabled ? close : next).focus();
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return; // a new tab or window: the link does what it says
      }
      event.preventDefault();
      open(index, link);
    });
  });

  previous.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  close.addEventListener("click", function () { dialog.close(); });

  // A click on the backdrop (outside the frame) closes it too.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close();
  });

  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowRight") {
      event.preventDefault();
      show(current + 1);
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      show(current - 1);
    } else if (event.key === "Tab") {
      // Keep Tab on the dialog's own buttons, also on browsers that let it out.
      var buttons = [previous, next, close].filter(function (b) { return !b.disabled; });
      var at = buttons.indexOf(document.activeElement);
      var to = event.shiftKey ? at - 1 : at + 1;
      event.preventDefault();
      buttons[(to + buttons.length) % buttons.length].focus();
    }
  });

  // Escape closes a modal dialog by itself ("cancel", then "close").
  dialog.addEventListener("close", function () {
    if (opener) opener.focus();
    opener = null;
  });
})();
