import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Next.js's own rules (Core Web Vitals, TypeScript) and the house's: imports in one order, no import circles, and
 * the direction of the folders: `lib` is the domain and imports no page or component; components import no page;
 * mails import neither.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: {
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          alphabetize: { order: "asc", caseInsensitive: true },
          "newlines-between": "never",
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // Leaving out fields by destructuring (`const { token, ...rest } = offer`) is how a field is left out here.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./app", "./components"], message: "lib is the domain: pages and components use it, not the other way round." },
            { target: "./components", from: "./app", message: "Components are used by pages, they import none." },
            { target: "./emails", from: ["./app", "./components"], message: "Mails are rendered outside a page." },
          ],
        },
      ],
    },
  },
  {
    // Playwright's fixtures hand their value on with a callback named `use`, which is no React hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**"]),
]);
