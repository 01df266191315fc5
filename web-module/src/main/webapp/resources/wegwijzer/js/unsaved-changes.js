/*
 * Warns before leaving an edit page with changes that are not saved (forms marked
 * js-unsaved-warning). A form whose view already holds unsaved input from an earlier post (the
 * signal form's steps) says so in data-unsaved="true".
 */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var dirty = false;
  var forms = document.querySelectorAll("form.js-unsaved-warning");
  Array.prototype.forEach.call(forms, function (form) {
    if (form.getAttribute("data-unsaved") === "true") {
      dirty = true;
    }
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
    Array.prototype.forEach.call(form.querySelectorAll(".js-saves"), function (button) {
      button.addEventListener("click", function () { dirty = false; });
    });
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
});
