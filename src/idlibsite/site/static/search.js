// The search page: a search asked for in the address (search/?q=words) is run on arrival, so that a search
// can be linked or bookmarked.  Pagefind's input runs a search on its own "input" event.
document.addEventListener("DOMContentLoaded", () => customElements.whenDefined("pagefind-input").then(() => {
  const asked = new URLSearchParams(location.search).get("q");
  const input = document.querySelector("pagefind-input input");
  if (asked && input) {
    input.value = asked;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
}));
