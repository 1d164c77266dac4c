/* Loaded in <head>, before the page is first drawn: marks the document as running scripts, so
   that the style sheets draw the main menu collapsed from the start (site-nav.js wires its
   buttons once the page is parsed). Drawn open and then collapsed, the menu pushed the whole
   page up on phones: a layout shift of 0.75 (Cumulative Layout Shift; "poor" above 0.25). */
document.documentElement.classList.add("js");
