import { connection } from "next/server";
import { ClientMessages } from "@/components/client-messages";
import { signFormStart } from "@/lib/abuse/bot-check";
import { OfferFormClient, type OfferFormProps } from "./offer-form-client";

/**
 * The landlord's offer form (./offer-form-client.tsx), stamped with the signed time at which it is shown: the
 * server action refuses a form sent back faster than a person can fill it in (lib/abuse/bot-check.ts).
 */
export async function OfferForm(props: OfferFormProps) {
  // The stamp must be the time of this request, never of a page rendered ahead of time.
  await connection();
  return (
    <ClientMessages namespaces={["OfferForm", "Enums"]}>
      <OfferFormClient {...props} formStartedAt={signFormStart()} />
    </ClientMessages>
  );
}
