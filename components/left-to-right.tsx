import type { ReactNode } from "react";

/**
 * The `<ltr>` tag of a message: a phone number, an e-mail address, an amount or an example number kept left to right
 * as one run inside a sentence of any direction (in Arabic, "+49 821 123456" would otherwise come out as
 * "123456 821 49+").
 */
export function leftToRight(chunks: ReactNode) {
  return <bdi dir="ltr">{chunks}</bdi>;
}
