/*
 * The indicator checklist: ticking counts, nothing is sent or stored. Without JavaScript the
 * advice to contact the coordinator is simply always shown.
 */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var form = document.getElementById("checklist");
  var count = document.getElementById("checklist-count");
  if (!form || !count) {
    return;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  function update() {
    var ticked = form.querySelectorAll("input[type=checkbox]:checked").length;
    count.textContent = count.getAttribute("data-template").replace("{0}", String(ticked));
  }
  form.addEventListener("change", update);
  update();
});
