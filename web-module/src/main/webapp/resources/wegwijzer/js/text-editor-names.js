/*
 * Gives the rich-text editors (Quill, inside PrimeFaces' textEditor) the accessible names Quill
 * leaves out: the editing area is named by its label, the heading picker by its select's label;
 * and its link dialog the page's texts (from the hidden .rich-texts of includes/rich-text.xhtml,
 * shown by css/text-editor.css) instead of Quill's English. Quill builds its markup after the page
 * loads, so this watches for it.
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

  function translate(root) {
    var texts = document.querySelector(".rich-texts");
    if (!texts) {
      return;
    }
    root.querySelectorAll(".ql-tooltip:not([data-visit])").forEach(function (tooltip) {
      tooltip.setAttribute("data-visit", texts.getAttribute("data-visit"));
      tooltip.setAttribute("data-enter", texts.getAttribute("data-enter"));
      var action = tooltip.querySelector("a.ql-action");
      if (action) {
        action.setAttribute("data-edit", texts.getAttribute("data-edit"));
        action.setAttribute("data-save", texts.getAttribute("data-save"));
      }
      var remove = tooltip.querySelector("a.ql-remove");
      if (remove) {
        remove.setAttribute("data-remove", texts.getAttribute("data-remove"));
      }
      var address = tooltip.querySelector("input[type=text]");
      if (address) {
        address.setAttribute("aria-label", texts.getAttribute("data-address"));
        // Quill's example address (quilljs.com) would read as advice
        address.setAttribute("data-link", "https://");
      }
    });
  }

  function start() {
    name(document);
    translate(document);
    new MutationObserver(function () {
      name(document);
      translate(document);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
