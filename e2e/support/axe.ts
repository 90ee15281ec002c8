import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** One readable line per failing element: rule, impact, what is wrong, and where. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) ${violation.help}: ${node.target.join(" ")}\n    ${node.html}\n    ${node.failureSummary?.replaceAll("\n", "\n    ")}`,
    ),
  );
  expect(found, `axe-core violations on ${page.url()}`).toEqual([]);
}
