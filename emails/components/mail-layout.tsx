import { Body, Container, Head, Heading, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { isolate, type MailTranslator } from "./i18n";
import { textDirection } from "../../lib/i18n/direction";
import type { Locale } from "../../lib/i18n/routing";
import { operator } from "../../lib/legal/operator";
import type { RegionIdentity } from "../../lib/regions/identity";

/** Colours with at least 7:1 contrast against their background (WCAG AAA for body text). */
export const colors = {
  text: "#1a1a1a",
  muted: "#4d4d4d",
  page: "#f4f6f8",
  surface: "#ffffff",
  accent: "#1f4e79",
  onAccent: "#ffffff",
  border: "#8a8f98",
} as const;

const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

export const textStyle: CSSProperties = {
  color: colors.text,
  fontSize: "16px",
  lineHeight: "24px",
  margin: "0 0 16px",
};

export const linkStyle: CSSProperties = {
  color: colors.accent,
  textDecoration: "underline",
};

/** What a mail shows of its region besides the name (lib/regions/identity.ts keeps white text on the colour readable). */
export type MailIdentity = Pick<RegionIdentity, "logoUrl" | "accentColor">;

type MailLayoutProps = {
  locale: Locale;
  t: MailTranslator;
  regionName: string;
  /** The region's logo and accent colour; without it, the mail has no logo and the default accent. */
  identity?: MailIdentity;
  /** Inbox preview line; not part of the visible mail or its plain text. */
  preview: string;
  heading: string;
  children: ReactNode;
};

/** Frame of every mail: region logo and accent band, greeting, content, sign-off and the BCC/operator footer. */
export function MailLayout({ locale, t, regionName, identity, preview, heading, children }: MailLayoutProps) {
  // Inside sentences the name is its own directional run; alone in the band, it has no sentence to be mixed into.
  const region = isolate(regionName);
  return (
    <Html lang={locale} dir={textDirection(locale)}>
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>{heading}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.page, margin: 0, padding: "24px 0", fontFamily }}>
        <Container style={{ maxWidth: "600px", backgroundColor: colors.surface, border: `1px solid ${colors.border}` }}>
          {identity?.logoUrl && (
            // Fixed height, width from the logo's proportions; the plain text leaves images out.
            <Section style={{ padding: "16px 24px 12px" }}>
              <Img src={identity.logoUrl} alt={regionName} height="48" style={{ height: "48px", width: "auto" }} />
            </Section>
          )}
          <Section style={{ backgroundColor: identity?.accentColor ?? colors.accent, padding: "16px 24px" }}>
            <Text style={{ color: colors.onAccent, fontSize: "14px", lineHeight: "20px", margin: 0 }}>
              {t("siteName")}
            </Text>
            <Text style={{ color: colors.onAccent, fontSize: "22px", lineHeight: "30px", fontWeight: 700, margin: 0 }}>
              {regionName}
            </Text>
          </Section>
          <Section style={{ padding: "8px 24px 16px" }}>
            <Heading as="h1" style={{ color: colors.text, fontSize: "24px", lineHeight: "32px", margin: "16px 0" }}>
              {heading}
            </Heading>
            <Text style={textStyle}>{t("greeting")}</Text>
            {children}
            <Text style={{ ...textStyle, margin: "24px 0 0" }}>{t("regards")}</Text>
            <Text style={textStyle}>{t("signature", { regionName: region })}</Text>
          </Section>
          <Hr style={{ borderColor: colors.border, margin: 0 }} />
          <Section style={{ backgroundColor: colors.page, padding: "8px 24px" }}>
            <Text style={{ ...textStyle, color: colors.muted, fontSize: "14px", lineHeight: "20px", margin: "8px 0" }}>
              {t("footer.bcc", { regionName: region })}
            </Text>
            <Text style={{ ...textStyle, color: colors.muted, fontSize: "14px", lineHeight: "20px", margin: "8px 0" }}>
              {t("footer.operator", { operator: isolate(operator.name) })}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
