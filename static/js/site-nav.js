/* The main menu (templates/includes/main_nav.html). Without JavaScript every link shows and the
   list wraps. With it (early.js has marked the page, so the style sheets draw the menu collapsed
   from the start), each group is a disclosure button (aria-expanded) opening its links: a
   drop-down from 768 px up, a list inside the menu below, where the whole menu is itself behind
   the «Danh mục» button. Escape closes what is open and gives the focus back to its button. */
(function () {
  "use strict";

  var nav = document.querySelector("[data-main-nav]");
  if (!nav) return;
  var toggle = nav.querySelector(".main-nav__toggle");
  var list = nav.querySelector(".main-nav__list");
  var buttons = Array.prototype.slice.call(nav.querySelectorAll(".main-nav__group-button"));
  var wide = window.matchMedia("(min-width: 768px)");

  function submenu(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function setGroup(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    submenu(button).hidden = !open;
  }

  function closeGroups(except) {
    buttons.forEach(function (button) {
      if (button !== except) setGroup(button, false);
    });
  }

  function setMenu(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }

  closeGroups(null);
  setMenu(false);

  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    setMenu(open);
    if (open) {
      var first = list.querySelector("a, button");
      if (first) first.focus();
    }
  });

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      if (wide.matches) closeGroups(button);
      setGroup(button, open);
    });
  });

  nav.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var openButton = buttons.filter(function (b) {
      return b.getAttribute("aria-expanded") === "true" && submenu(b).contains(event.target);
    })[0];
    if (openButton) {
      setGroup(openButton, false);
      openButton.focus();
    } else if (!wide.matches && nav.classList.contains("is-open")) {
      setMenu(false);
      toggle.focus();
    } else {
      closeGroups(null);
    }
  });

  // A drop-down closes when the focus or a click goes elsewhere (wide screens only: on a phone
  // the groups are part of the open menu).
  document.addEventListener("click", function (event) {
    if (wide.matches && !nav.contains(event.target)) closeGroups(null);
  });
  nav.addEventListener("focusout", function (event) {
    if (wide.matches && event.relatedTarget && !nav.contains(event.relatedTarget)) closeGroups(null);
  });
  wide.addEventListener("change", function () {
    closeGroups(null);
    setMenu(false);
  });
})();
