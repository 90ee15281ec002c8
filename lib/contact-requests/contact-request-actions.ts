"use server";

import { checkedBySchema, runFormAction } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/routing";
import { revalidateListing } from "@/lib/offers/listing";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import {
  contactFieldErrors,
  contactRequestSchema,
  formDataToContactRequest,
  submittedContactRequest,
  type ContactRequestInput,
  type ContactRequestState,
} from "./contact-request-schema";
import { requestContact } from "./request-contact";

/**
 * The contact request form posts here, with or without JavaScript. `site`, `offerId` and `locale` are bound by the
 * page; bound arguments travel through the browser, so they are checked like the form's fields.
 */
export async function requestContactAction(
  site: string,
  offerId: string,
  locale: Locale,
  _previous: ContactRequestState,
  formData: FormData,
): Promise<ContactRequestState> {
  return runFormAction<ContactRequestInput, ContactRequestState>({
    name: "requestContactAction",
    locale,
    formData,
    checksForBots: true,
    check: checkedBySchema({
      read: formDataToContactRequest,
      submitted: submittedContactRequest,
      schema: contactRequestSchema,
      fieldErrors: contactFieldErrors,
    }),
    work: async (input, language) => {
      const region = await getRegion(String(site));
      if (!region) return { formError: "offerUnavailable" };
      const outcome = await requestContact(region.slug, String(offerId), input, language, await clientAddressKey());
      if (outcome.outcome !== "sent") return { formError: outcome.outcome };
      if (outcome.listingChanged) revalidateListing(outcome.regionSlug, String(offerId));
      const query = { telefon: input.contactEmail ? undefined : 1 };
      return { next: sitePath(region.site, pagePath("contactSent", { offerId: String(offerId), query })) };
    },
  });
}
