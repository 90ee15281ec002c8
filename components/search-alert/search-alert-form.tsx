import { connection } from "next/server";
import { ClientMessages } from "@/components/client-messages";
import { signFormStart } from "@/lib/abuse/bot-check";
import { SearchAlertFormClient, type SearchAlertFormProps } from "./search-alert-form-client";

/** The search alert form, stamped with the signed time at which it is shown (lib/abuse/bot-check.ts). */
export async function SearchAlertForm(props: Omit<SearchAlertFormProps, "formStartedAt">) {
  // The stamp must be the time of this request, never of a page rendered ahead of time.
  await connection();
  return (
    <ClientMessages namespaces={["SearchAlert"]}>
      <SearchAlertFormClient {...props} formStartedAt={signFormStart()} />
    </ClientMessages>
  );
}
