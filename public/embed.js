/*
 * Wohnraumbörse on a municipal website. The one-line snippet (shown to staff at /{city}/einbetten)
 *
 *   <script src="https://<app>/embed.js" data-region="musterhausen" data-page="anbieten" data-lang="de"
 *           data-title="Wohnraum anbieten – Stadt Musterhausen" async></script>
 *
 * puts the page (anbieten: the offer form, findflats: the listing) into an iframe where the script tag stands and
 * keeps the iframe as tall as the page inside, which posts its height. data-region is left out when the script
 * comes from a region's own hostname. Plain ES2017 without dependencies; it defines no globals.
 */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const { region = "", page = "anbieten", lang = "de", title = "Wohnraumbörse" } = script.dataset;
  if (!/^[a-z0-9-]*$/.test(region) || !["anbieten", "findflats"].includes(page) || !/^[a-z]{2}$/.test(lang)) {
    console.error("embed.js: data-region must be a region's slug, data-page anbieten or findflats, data-lang a language code");
    return;
  }
  // Only the app's own pages may set the frame's height.
  const origin = new URL(script.src).origin;
  // German, the default language, has no prefix in the app's URLs.
  const path = [lang === "de" ? "" : lang, region, "eingebettet", page].filter(Boolean).join("/");

  const frame = document.createElement("iframe");
  frame.src = `${origin}/${path}`;
  frame.title = title;
  frame.setAttribute("loading", "lazy");
  // Until the first message: roughly the form's first screen.
  frame.style.cssText = "display: block; width: 100%; height: 800px; border: 0";
  script.parentNode.insertBefore(frame, script);

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const { data } = event;
    if (data && data.type === "wohnraumboerse:height" && Number.isFinite(data.height) && data.height > 0) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
})();
