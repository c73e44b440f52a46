// plansvar web page: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Feedback: send 👍/👎 in the background and say thanks in place (without script the form posts and redirects).
  document.querySelectorAll("form[data-feedback]").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      var button = ev.submitter;
      if (!button || !window.fetch) return;
      ev.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      body.set("value", button.value);
      fetch(form.action, { method: "POST", body: body, headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
          form.querySelector(".fb-status").textContent = data.message;
        })
        .catch(function () { form.submit(); });
    });
  });

  // Browse filters: a changed filter updates the table and the counts at once (the button still works without it).
  var filters = document.querySelector("form[data-filters]");
  if (filters && window.fetch && window.DOMParser) {
    var timer = null, seq = 0;
    var refresh = function () {
      var params = new URLSearchParams(new FormData(filters));
      Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) params.delete(k); });
      var target = "/browse" + (params.toString() ? "?" + params.toString() : "");
      var mine = ++seq;
      var results = document.getElementById("results");
      results.classList.add("results-loading");
      fetch(target, { headers: { "Accept": "text/html" } })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          if (mine !== seq) return;
          var doc = new DOMParser().parseFromString(html, "text/html");
          var fresh = doc.getElementById("results");
          if (fresh) results.replaceWith(fresh);
          history.replaceState(null, "", target);
        })
        .catch(function () { window.location = target; })
        .finally(function () { var r = document.getElementById("results"); if (r) r.classList.remove("results-loading"); });
    };
    filters.querySelectorAll("select").forEach(function (s) { s.addEventListener("change", refresh); });
    var text = filters.querySelector("input[type=search]");
    if (text) text.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 300); });
    filters.addEventListener("submit", function (ev) { ev.preventDefault(); clearTimeout(timer); refresh(); });
  }
})();
