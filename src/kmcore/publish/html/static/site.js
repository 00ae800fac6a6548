/* kmcore intranet site: list filters, directory filter and search. Loaded last on every page.
   No network access: the search index is a script file (search-index.js) loaded with a
   <script> tag, so it works from file:// as well as from a web server. Pages work without
   this file: every list shows all its items, and filters only hide some. */
(function () {
  "use strict";

  function words(text) {
    return (text || "").toLowerCase().split(/\s+/).filter(Boolean);
  }

  // Lower case, without accents, punctuation as spaces: "Café, Wi-Fi" -> "cafe wi fi".
  function fold(text) {
    var t = (text || "").toLowerCase();
    if (t.normalize) { t = t.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); }
    return t.replace(/[^0-9a-z\u00c0-\uffff]+/g, " ");
  }

  // A word's stem and its other spellings, as " stem" strings to find at a word start.
  var SPELLINGS = [[/our(s|ed|ing|al|ite)?$/, "or$1"], [/or(s|ed|ing|al|ite)?$/, "our$1"],
    [/is(e|es|ed|ing|ation|ations)$/, "iz$1"], [/iz(e|es|ed|ing|ation|ations)$/, "is$1"],
    [/ys(e|es|ed|ing)$/, "yz$1"], [/yz(e|es|ed|ing)$/, "ys$1"], [/^haem/, "hem"],
    [/^hem/, "haem"], [/^paed/, "ped"], [/^ped/, "paed"], [/^anaes/, "anes"],
    [/^anes/, "anaes"], [/^oe/, "e"], [/aemia/, "emia"], [/emia/, "aemia"],
    [/rrhoea/, "rrhea"], [/rrhea/, "rrhoea"], [/([tb])re(s)?$/, "$1er$2"],
    [/([tb])er(s)?$/, "$1re$2"], [/ogue(s)?$/, "og$1"]];
  function stem(word) {
    return word.length > 4 ? word.replace(/(ings|ing|ed|es|s)$/, "") : word;
  }
  function forms(word) {
    var out = [" " + stem(word)];
    SPELLINGS.forEach(function (rule) {
      var other = word.replace(rule[0], rule[1]);
      if (other !== word && out.indexOf(" " + stem(other)) === -1) { out.push(" " + stem(other)); }
    });
    return out;
  }
  function has(text, options) {
    return options.some(function (o) { return text.indexOf(o) !== -1; });
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
    // Ranked like `kmcore search` where a browser can: records with every word first, then
    // records with some; a word in the title counts most, then the summary, then the rest
    // (docs/search.md). Words match at the start of a word, with a light stem and British and
    // American spellings; there is no BM25 here, and no phrases or prefixes.
    var prepared = index.map(function (row) {
      return { row: row, title: " " + fold(row[0]), summary: " " + fold(row[3]),
               rest: " " + fold(row[1] + " " + row[4]) };
    });
    function run(query) {
      var terms = words(fold(query)).filter(function (t) { return t.length > 1; })
        .slice(0, 24).map(forms);
      while (results.firstChild) { results.removeChild(results.firstChild); }
      if (!terms.length) { status.textContent = ""; return; }
      var found = [];
      prepared.forEach(function (p) {
        var hits = 0, score = 0;
        terms.forEach(function (options) {
          var t = has(p.title, options), s = has(p.summary, options), r = has(p.rest, options);
          if (t || s || r) { hits += 1; }
          score += (t ? 10 : 0) + (s ? 5 : 0) + (r ? 1 : 0);
        });
        if (hits) { found.push({ row: p.row, title: p.title, all: hits === terms.length,
                                 hits: hits, score: score }); }
      });
      found.sort(function (a, b) {
        return (b.all - a.all) || (b.hits - a.hits) || (b.score - a.score) ||
          (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
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
