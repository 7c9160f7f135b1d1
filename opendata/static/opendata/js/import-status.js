// The city import's status page reloads itself every few seconds until the import has
// finished (the page says so with data-import-running). Without JavaScript, the editor
// reloads it by hand; the page says so too.
(function () {
  var status = document.querySelector("[data-import-running]");
  if (status) {
    window.setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
