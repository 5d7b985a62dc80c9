// Folds the header menu behind a "Menu" button on narrow screens (reflow at 320 px).
// Without JavaScript the menu simply wraps onto more lines.
(function () {
  var button = document.querySelector(".menu-button");
  var list = document.getElementById("hoofdmenu");
  if (!button || !list) return;
  var narrow = window.matchMedia("(max-width: 40rem)");
  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    list.hidden = !open;
  }
  function apply() {
    button.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  narrow.addEventListener("change", apply);
  apply();
})();
