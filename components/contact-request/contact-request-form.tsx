import { connection } from "next/server";
import { ClientMessages } from "@/components/client-messages";
import { signFormStart } from "@/lib/abuse/bot-check";
import { ContactRequestFormClient, type ContactRequestFormProps } from "./contact-request-form-client";

/** The contact request form, stamped with the signed time at which it is shown (lib/abuse/bot-check.ts). */
export async function ContactRequestForm(props: Omit<ContactRequestFormProps, "formStartedAt">) {
  // The stamp must be the time of this request, never of a page rendered ahead of time.
  await connection();
  return (
    <ClientMessages namespaces={["ContactRequest", "Enums"]}>
      <ContactRequestFormClient {...props} formStartedAt={signFormStart()} />
    </ClientMessages>
  );
}
