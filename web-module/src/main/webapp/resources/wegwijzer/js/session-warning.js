/*
 * Session timeout warning on staff pages (#session-warning, rendered by the staff template): a few
 * minutes before the session ends it shows the warning (an alertdialog in the page). Where the
 * page has a "save as draft" button (data-save), the warning offers to press it: a normal postback,
 * so nothing typed is lost and the session starts afresh. Elsewhere it offers to stay logged in: a
 * GET to the keep-alive address (data-keep-alive) touches the session without leaving or reloading
 * the page, so what was typed stays where it is. Without JavaScript nothing is shown; the page
 * works as before.
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
    var timer = null;
    var returnFocus = null;

    function show() {
      returnFocus = document.activeElement;
      warning.hidden = false;
      var button = document.getElementById("session-save") || document.getElementById("session-stay");
      if (button) {
        button.focus();
      }
    }

    // Every request the server saw starts the session afresh, and so does this count.
    function restart() {
      window.clearTimeout(timer);
      timer = window.setTimeout(show, Math.max(seconds - warnBefore, 10) * 1000);
    }

    var save = document.getElementById("session-save");
    if (save) {
      save.addEventListener("click", function () {
        var target = document.getElementById(warning.getAttribute("data-save"));
        if (target) {
          target.click();
        }
      });
    }

    var stay = document.getElementById("session-stay");
    if (stay) {
      stay.addEventListener("click", function () {
        var failed = document.getElementById("session-failed");
        // A session that already ended answers with a redirect to the login: not followed, it
        // counts as a failure, and the warning stays with the advice to keep the text elsewhere.
        fetch(warning.getAttribute("data-keep-alive"), {
          credentials: "same-origin",
          redirect: "manual",
          cache: "no-store"
        }).then(function (response) {
          if (!response.ok) {
            throw new Error("session not extended: " + response.status);
          }
          failed.hidden = true;
          warning.hidden = true;
          if (returnFocus && returnFocus.focus) {
            returnFocus.focus();
          }
          restart();
        }).catch(function () {
          failed.hidden = false;
        });
      });
    }

    // PrimeFaces' partial requests (a field updated in place) also reach the server.
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", restart);
    }
    restart();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
