// Loaded before the project's scripts (`tsx --import ./lib/server-script.mjs …`: migrations, seed, region, bench):
// they run on the server like the app, so the marker package "server-only", which keeps database and secret modules
// out of browser bundles, resolves for them as in React Server Components: to its empty module.
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier !== "server-only") return nextResolve(specifier, context);
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  },
});
