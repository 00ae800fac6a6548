/* kmcore intranet site: list filters, directory filter and search. Loaded last on every page.
   No network access: the search index is a script file (search-index.js) loaded with a
   <script> tag, so it works from file:// as well as from a web server. Pages work without
   this file: every list shows all its items, and filters only hide some. */
(function () {
  "use strict";

  function words(text) {
    return (text || "").toLowerCase().split(/\s+/).filter(Boolean);
  }

  function params() {
    var out = {};
    var query = window.location.search.replace(/^\?/, "");
    if (!query) { return out; }
    query.split("&").forEach(function (pair) {
      var bits = pair.split("=");
      try {
        out[decodeURIComponent(bits[0])] = decodeURIComponent((bits[1] || "").replace(/\+/g, " "));
      } catch (e) { /* a malformed parameter is ignored */ }
    });
    return out;
  }

  function setupFilters(form) {
    var target = document.getElementById(form.getAttribute("data-filter-for"));
    if (!target) { return; }
    var items = Array.prototype.slice.call(target.children);
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
    var status = form.querySelector(".filter-status");
    var given = params();
    controls.forEach(function (control) {
      var name = control.getAttribute("data-filter");
      if (given[name] !== undefined) { control.value = given[name]; }
    });
    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var ok = controls.every(function (control) {
          var name = control.getAttribute("data-filter");
          var value = control.value;
          if (!value) { return true; }
          if (name === "text") {
            var haystack = item.getAttribute("data-text") || "";
            return words(value).every(function (w) { return haystack.indexOf(w) !== -1; });
          }
          return item.getAttribute("data-" + name) === value;
        });
        item.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (status) {
        var active = controls.some(function (c) { return c.value; });
        status.textContent = active ? "Showing " + shown + " of " + items.length : "";
      }
    }
    controls.forEach(function (control) {
      control.addEventListener(control.tagName === "SELECT" ? "change" : "input", apply);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.hidden = false;
    apply();
  }

  function setupSearch() {
    var form = document.getElementById("search-form");
    var results = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!form || !results) { return; }
    var input = form.querySelector("input[name=q]");
    var index = window.KMCORE_SEARCH_INDEX || [];
    var prepared = index.map(function (row) {
      return { row: row, title: row[0].toLowerCase(),
               text: (row[0] + " " + row[1] + " " + row[3] + " " + row[4]).toLowerCase() };
    });
    function run(query) {
      var terms = words(query);
      while (results.firstChild) { results.removeChild(results.firstChild); }
      if (!terms.length) { status.textContent = ""; return; }
      var found = prepared.filter(function (p) {
        return terms.every(function (t) { return p.text.indexOf(t) !== -1; });
      });
      found.sort(function (a, b) {
        var sa = terms.filter(function (t) { return a.title.indexOf(t) !== -1; }).length;
        var sb = terms.filter(function (t) { return b.title.indexOf(t) !== -1; }).length;
        return sb - sa || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
      });
      status.textContent = found.length + (found.length === 1 ? " result" : " results") +
        (found.length > 100 ? " (showing the first 100)" : "");
      found.slice(0, 100).forEach(function (p) {
        var li = document.createElement("li");
        li.className = "card";
        var h = document.createElement("h2");
        h.className = "card-title";
        var a = document.createElement("a");
        a.href = p.row[2];
        a.textContent = p.row[0];
        h.appendChild(a);
        li.appendChild(h);
        var meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = p.row[1];
        li.appendChild(meta);
        if (p.row[3]) {
          var summary = document.createElement("p");
          summary.textContent = p.row[3];
          li.appendChild(summary);
        }
        results.appendChild(li);
      });
    }
    var given = params();
    if (given.q) { input.value = given.q; run(given.q); }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
      if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      }
    });
    input.addEventListener("input", function () { run(input.value); });
  }

  Array.prototype.slice.call(document.querySelectorAll("form[data-filter-for]")).forEach(setupFilters);
  setupSearch();
}());
