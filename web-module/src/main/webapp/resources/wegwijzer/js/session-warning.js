/*
 * Session timeout warning for long forms: a few minutes before the session ends, shows the
 * warning (an alertdialog in the page) and offers to save the draft, which is a normal postback of
 * the form's own "save as draft" button, so nothing typed is lost and the session starts afresh.
 * Without JavaScript nothing is shown; the form works as before.
 */
(function () {
  "use strict";

  function start() {
    var warning = document.getElementById("session-warning");
    if (!warning) {
      return;
    }
    var seconds = parseInt(warning.getAttribute("data-seconds"), 10);
    var warnBefore = parseInt(warning.getAttribute("data-warn-seconds"), 10) || 300;
    if (!seconds || seconds <= 0) {
      return;
    }
    var delay = Math.max(seconds - warnBefore, 10) * 1000;
    window.setTimeout(function () {
      warning.hidden = false;
      var save = document.getElementById("session-save");
      if (save) {
        save.focus();
      }
    }, delay);
    var button = document.getElementById("session-save");
    if (button) {
      button.addEventListener("click", function () {
        var target = document.getElementById(warning.getAttribute("data-save"));
        if (target) {
          target.click();
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
