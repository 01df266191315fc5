/*
 * Gives the rich-text editors (Quill, inside PrimeFaces' textEditor) the accessible names Quill
 * leaves out: the editing area is named by its label, the heading picker by its select's label.
 * Quill builds its markup after the page loads, so this watches for it.
 */
(function () {
  "use strict";

  function name(root) {
    root.querySelectorAll(".ui-texteditor").forEach(function (container) {
      var label = document.querySelector('label[for="' + container.id + '"]');
      if (!label) {
        return;
      }
      if (!label.id) {
        label.id = container.id + "_label";
      }
      [container, container.querySelector(".ql-editor")].forEach(function (area) {
        if (area && !area.hasAttribute("aria-labelledby")) {
          area.setAttribute("aria-labelledby", label.id);
        }
      });
    });
    root.querySelectorAll(".ql-toolbar select[aria-label]").forEach(function (select) {
      var picker = select.previousElementSibling;
      var button = picker && picker.querySelector(".ql-picker-label");
      if (button && !button.hasAttribute("aria-label")) {
        button.setAttribute("aria-label", select.getAttribute("aria-label"));
      }
    });
  }

  function start() {
    name(document);
    new MutationObserver(function () {
      name(document);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
