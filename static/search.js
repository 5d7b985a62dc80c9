// "Eerder gezegd": load the similar earlier questions when a reader opens the block.
document.addEventListener("toggle", function (event) {
  var details = event.target;
  if (!details.matches || !details.matches("details.earlier") || !details.open) return;
  if (details.dataset.loaded) return;
  details.dataset.loaded = "1";
  var body = details.querySelector(".earlier-body");
  body.textContent = "Bezig met zoeken…";
  fetch(details.dataset.src, { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    })
    .then(function (html) { body.innerHTML = html; })
    .catch(function () {
      body.textContent = "Eerdere antwoorden konden niet worden geladen. Probeer het later opnieuw.";
    });
}, true);
