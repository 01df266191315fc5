/* A print link for step and route pages (the print stylesheet leaves out navigation and forms). */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var link = document.getElementById("print-link");
  if (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.print();
    });
  }
});
