import type { Page } from "@playwright/test";
import { escapeRegExp, startsWith, todayInGermany, translator, type TestLocale } from "./offers";

/** The contact request form below an offer (…/findflats/{id}/kontakt), by its labels in one language. */
export function contactForm(page: Page, locale: TestLocale) {
  const t = translator(locale);
  const label = (name: string) => page.getByLabel(startsWith(t(`ContactRequest.fields.${name}.label` as never)));
  const consentLink = /<link>(.*)<\/link>/.exec(t.raw("ContactRequest.fields.privacyConsent.label" as never) as string)?.[1];
  return {
    t,
    name: label("name"),
    adults: label("adults"),
    children: label("children"),
    neededFrom: label("neededFrom"),
    stay: (value: string) => page.getByRole("radio", { name: t(`ContactRequest.stay.${value}` as never), exact: true }),
    language: (value: "uk" | "en" | "de") => page.getByRole("checkbox", { name: t(`Enums.language.${value}`), exact: true }),
    phone: label("contactPhone"),
    email: page.getByRole("textbox", { name: startsWith(t("ContactRequest.fields.contactEmail.label" as never)) }),
    message: label("message"),
    consent: page.getByRole("checkbox", { name: new RegExp(escapeRegExp(consentLink ?? "")) }),
    submit: page.getByRole("button", { name: t("ContactRequest.submit" as never) }),
  };
}

export async function fillContactForm(page: Page, locale: TestLocale, seeker: { email: string; message: string }) {
  const form = contactForm(page, locale);
  await form.name.fill("Olena Kovalenko");
  await form.adults.fill("2");
  await form.children.fill("1");
  await form.neededFrom.fill(todayInGermany());
  await form.stay("MONTHS_3").check();
  await form.language("en").check();
  await form.phone.fill("+49 151 2345678");
  await form.email.fill(seeker.email);
  await form.message.fill(seeker.message);
  await form.consent.check();
  return form;
}
