/*
 * The public signal form. The counter under the account says how many characters are left (or how
 * many too many), instead of the browser silently cutting pasted text at the limit: with script the
 * field loses its maxlength and the server names a text that is too long, keeping it. Screen readers
 * hear the count once typing pauses. Once the form has been sent, its fields are emptied as the page
 * is left, so that Back never shows what was typed, not even from the back-forward cache.
 */
(function () {
  "use strict";

  function counter(field, shown, spoken) {
    var max = parseInt(shown.getAttribute("data-max"), 10);
    var pause;
    function text() {
      var left = max - field.value.length;
      var pattern = left >= 0 ? shown.getAttribute("data-left") : shown.getAttribute("data-over");
      return pattern.replace("{0}", Math.abs(left).toLocaleString(document.documentElement.lang));
    }
    function update() {
      shown.textContent = text();
      shown.classList.toggle("over", field.value.length > max);
      clearTimeout(pause);
      pause = setTimeout(function () {
        spoken.textContent = text();
      }, 1000);
    }
    field.removeAttribute("maxlength");
    shown.hidden = false;
    field.setAttribute("aria-describedby", field.getAttribute("aria-describedby") + " wat-counter");
    field.addEventListener("input", update);
    shown.textContent = text();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("public-signal");
    var field = document.getElementById("field-wat");
    var shown = document.getElementById("wat-counter");
    var spoken = document.getElementById("wat-counter-live");
    if (!form) {
      return;
    }
    if (field && shown && spoken) {
      counter(field, shown, spoken);
    }
    var sent = false;
    form.addEventListener("submit", function () {
      sent = true;
    });
    window.addEventListener("pagehide", function () {
      if (sent) {
        form.reset();
        Array.prototype.forEach.call(form.querySelectorAll("input[type=text], textarea"), function (input) {
          input.value = "";
        });
      }
    });
  });
})();
