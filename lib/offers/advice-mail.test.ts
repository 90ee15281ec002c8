import { describe, expect, it } from "vitest";
import { renderAdviceRequestedMail } from "./advice-mail";

const offer = { id: "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11", title: "Zimmer am Park", place: "Innenstadt", postalCode: "86150" };

describe("staff mails", () => {
  it("the advice mail keeps what the landlord typed out of the headers and escapes it in the HTML", async () => {
    const mail = await renderAdviceRequestedMail({
      regionName: "Stadt Testort",
      landlord: { name: "<b>Anna</b>", email: "anna@example.test", phone: null, language: "ar" },
      offer: { ...offer, title: "Zimmer\r\nBcc: victim@example.test" },
      requestedAt: new Date("2026-11-26T09:30:00Z"),
      adviceListUrl: "http://127.0.0.1:3100/testort/kommune/beratung",
    });
    expect(mail.subject).toBe("Beratungswunsch: Zimmer Bcc: victim@example.test");
    expect(mail.html).not.toContain("<b>Anna</b>");
    expect(mail.html).toContain("&lt;b&gt;Anna&lt;/b&gt;");
    expect(mail.text).toContain("Telefon: nicht angegeben");
    // The landlord used the Arabic form: the clerk knows which language to answer in.
    expect(mail.text).toContain("Sprache: Arabisch");
    expect(mail.text).toContain("26. November 2026 um 10:30");
    expect(mail.text).toContain("http://127.0.0.1:3100/testort/kommune/beratung");
  });
});
