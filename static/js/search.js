/* Search suggestions for the search boxes: a progressive enhancement. Without this script the
 * search forms work as plain GET forms. With it, typing two or more letters fills a native
 * <datalist> with the titles of matching pages (accessible without custom ARIA). */
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest]");
  Array.prototype.forEach.call(inputs, function (input, index) {
    if (!window.fetch) return;
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions-" + index;
    input.parentNode.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var latest = "";
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var value = input.value.trim();
      if (value.length < 2) {
        list.textContent = "";
        return;
      }
      timer = window.setTimeout(function () {
        latest = value;
        var url = input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(value);
        fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (value !== latest) return;
            list.textContent = "";
            (data.suggestions || []).forEach(function (title) {
              var option = document.createElement("option");
              option.value = title;
              list.appendChild(option);
            });
          })
          .catch(function () { list.textContent = ""; });
      }, 200);
    });
  });
})();
