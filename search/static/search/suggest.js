/*
 * Suggestions as you type, for city and network names (progressive enhancement).
 *
 * Turns the search box that carries data-suggest-url into an ARIA combobox: after two
 * letters it asks /<lang>/search/suggest/?q= and lists the names found; arrow keys move
 * through them, Enter or a click opens that page, Escape closes the list. Enter without a
 * chosen suggestion submits the form as usual, which is also all that happens without
 * this script. Loaded with `defer`; no inline script, so it runs under a strict CSP.
 */
(function () {
  "use strict";

  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch || !window.AbortController) {
    return;
  }
  var endpoint = input.getAttribute("data-suggest-url");
  var list = document.createElement("ul");
  var status = document.createElement("p");
  var options = [];
  var urls = [];
  var active = -1;
  var timer = null;
  var request = null;
  var lastQuery = "";

  list.id = input.id + "-suggestions";
  list.className = "search-suggest__list";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  var label = document.querySelector('label[for="' + input.id + '"]');
  if (label) {
    label.id = label.id || input.id + "-label";
    list.setAttribute("aria-labelledby", label.id);
  }
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  input.parentNode.appendChild(list);
  input.parentNode.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    setActive(-1);
  }

  function open() {
    if (options.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  function setActive(index) {
    options.forEach(function (option, i) {
      option.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function go(url) {
    window.location.assign(url);
  }

  function render(data) {
    list.textContent = "";
    urls = [];
    options = (data.suggestions || []).map(function (suggestion, i) {
      var option = document.createElement("li");
      var name = document.createElement("span");
      var about = document.createElement("small");
      option.id = list.id + "-" + i;
      option.className = "search-suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      name.textContent = suggestion.title;
      about.textContent = [suggestion.type, suggestion.country].filter(Boolean).join(" · ");
      option.appendChild(name);
      option.appendChild(about);
      // mousedown, not click: the input must not lose focus (and close the list) first.
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        go(suggestion.url);
      });
      urls.push(suggestion.url);
      list.appendChild(option);
      return option;
    });
    status.textContent = data.status || "";
    setActive(-1);
    if (options.length) {
      open();
    } else {
      close();
    }
  }

  function suggest() {
    var query = input.value.trim();
    if (query === lastQuery) {
      return;
    }
    lastQuery = query;
    if (request) {
      request.abort();
    }
    if (query.length < 2) {
      render({ suggestions: [], status: "" });
      return;
    }
    request = new AbortController();
    fetch(endpoint + "?q=" + encodeURIComponent(query), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: request.signal,
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [], status: "" };
      })
      .then(render)
      .catch(function () {
        /* Aborted or offline: the form still works. */
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) {
        return;
      }
      event.preventDefault();
      open();
      if (event.key === "ArrowDown") {
        setActive((active + 1) % options.length);
      } else {
        setActive(active <= 0 ? options.length - 1 : active - 1);
      }
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      go(urls[active]);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);
})();
