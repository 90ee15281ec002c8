import { getTranslations } from "next-intl/server";
import { CopyButton } from "./copy-button";
import styles from "./snippet.module.css";

/** `groupHeadingId`: the heading of the page the snippet embeds, which names the section together with its own. */
type Props = { id: string; groupHeadingId: string; heading: string; text: string; code: string };

/** One embed snippet for a municipality's web team: what it is for, the code to paste and a copy button. */
export async function Snippet({ id, groupHeadingId, heading, text, code }: Props) {
  const t = await getTranslations("Embed.snippets");
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={`${groupHeadingId} ${headingId}`}>
      <h3 id={headingId}>{heading}</h3>
      <p>{text}</p>
      {/* Code reads left to right, also on an Arabic page. */}
      <pre className={styles.code} dir="ltr">
        <code>{code}</code>
      </pre>
      <CopyButton
        text={code}
        label={t("copy")}
        copiedMessage={t("copied")}
        failedMessage={t("copyFailed")}
        describedBy={headingId}
      />
    </section>
  );
}
