/* Prefix suggestions for the search box (progressive enhancement: the form works without it). */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) { return; }
  var url = input.getAttribute("data-suggest-url");
  var list = document.createElement("ul");
  list.className = "suggestions";
  list.id = input.id + "-suggestions";
  list.hidden = true;
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");
  input.closest("form").appendChild(list);
  var timer = null, last = "";

  function render(names) {
    list.textContent = "";
    names.forEach(function (name) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = input.form.action + "?q=" + encodeURIComponent(name);
      a.textContent = name;
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = names.length === 0;
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q === last) { return; }
    last = q;
    if (q.length < 2) { render([]); return; }
    fetch(url + "?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === q) { render(data.suggestions || []); } })
      .catch(function () { render([]); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { render([]); }
    if (e.key === "ArrowDown" && !list.hidden) { e.preventDefault(); list.querySelector("a").focus(); }
  });
})();
