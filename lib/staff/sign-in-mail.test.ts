import { describe, expect, it } from "vitest";
import { renderStaffSignInMail } from "./sign-in-mail";

describe("staff mails", () => {
  it("the sign-in mail speaks the requester's language, states the validity and refuses a non-http link", async () => {
    const mail = await renderStaffSignInMail({
      locale: "ar",
      regionName: "Stadt Testort",
      requestedAt: new Date("2026-11-26T09:30:00Z"),
      validMinutes: 20,
      signInUrl: "http://127.0.0.1:3100/ar/testort/kommune/anmelden/token",
    });
    expect(mail.subject).toBe("رابط تسجيل الدخول الخاص بكم إلى منصة عروض السكن Stadt Testort");
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.text).toContain("20");
    expect(mail.text).toContain("http://127.0.0.1:3100/ar/testort/kommune/anmelden/token");

    await expect(
      renderStaffSignInMail({
        locale: "de",
        regionName: "Stadt Testort",
        requestedAt: new Date(),
        validMinutes: 20,
        signInUrl: "javascript:alert(1)",
      }),
    ).rejects.toThrow("signInUrl must be an http(s) URL");
  });
});
