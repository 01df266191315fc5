/*
 * Quick exit: leaves for a neutral site and replaces the current history entry, so the back
 * button does not return here. The button works without JavaScript as a plain link; with it, the
 * page is blanked first and the Escape key pressed three times (within two seconds) does the same.
 */
(function () {
  "use strict";
  var neutralSite = "https://www.buienradar.nl/";
  var escapeTimes = [];

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.title = "";
    if (document.body) {
      document.body.style.visibility = "hidden";
    }
    window.location.replace(neutralSite);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    escapeTimes.push(now);
    escapeTimes = escapeTimes.filter(function (time) {
      return now - time < 2000;
    });
    if (escapeTimes.length >= 3) {
      leave(event);
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("quick-exit");
    if (button) {
      neutralSite = button.getAttribute("href") || neutralSite;
      button.addEventListener("click", leave);
    }
  });
})();
