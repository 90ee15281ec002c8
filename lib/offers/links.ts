import "server-only";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import type { LinkMessage, LinkState, TokenLinkFlow } from "@/lib/routes/token-links";
import {
  changeContactRequests,
  confirmationDeadline,
  confirmOffer,
  deleteOffer,
  extendOffer,
  extendedExpiry,
  findOfferByToken,
  isStillActive,
  latestExpiry,
  type OfferByToken,
} from "./lifecycle";
import { revalidateListing } from "./listing";

/** Which way the requests button changes them: the page names it, so a page left open never toggles twice. */
function postedChange(form: FormData | null): "pause" | "resume" {
  const change = form?.get("change");
  return change === "resume" ? "resume" : "pause";
}

/**
 * The offer's mail buttons (confirm, delete, placed, extend, requests; the change page is the offer form,
 * app/[locale]/[city]/angebot/[token]/aendern): opened by the landlord, or the municipality, who got the same mail.
 */
export const offerLinks: TokenLinkFlow<"offer", OfferByToken> = {
  link: "offer",

  async find(token, region) {
    const offer = await findOfferByToken(token);
    return offer?.regionSlug === region.slug ? offer : null;
  },

  state(offer, action, outcome, now): LinkState {
    const expiresAt = offer.expiresAt ?? now;
    const removes = action === "delete" || action === "placed";
    const info = (key: string, values?: LinkMessage["values"]): LinkMessage => ({ key, values, tone: "info" });
    const success = (key: string, values?: LinkMessage["values"]): LinkMessage => ({ key, values, tone: "success" });
    if (offer.status === "DELETED") {
      if (outcome === "deleted" && removes) return { message: success(`${action}.done`), canAct: false };
      return { message: info(offer.deletionReason === "PLACED" ? "alreadyPlaced" : "alreadyDeleted"), canAct: false };
    }
    if (offer.status === "IN_REVIEW") {
      // Waiting for the municipality's check: it can be changed or deleted, not yet extended.
      if (action === "confirm") return { message: outcome === "inReview" ? success("confirm.inReview") : info("alreadyInReview"), canAct: false };
      if (action === "extend" || action === "requests") return { message: info("extend.inReview"), canAct: false };
      return { message: null, canAct: true };
    }
    if (!isStillActive(offer, now) && offer.status !== "PENDING_CONFIRMATION") {
      return { message: removes ? null : info("expired"), canAct: removes };
    }
    if (offer.status === "PENDING_CONFIRMATION") {
      if (action === "confirm") {
        const canAct = confirmationDeadline(offer) > now;
        return { message: canAct ? null : info("confirm.windowPassed"), canAct };
      }
      if (action === "extend" || action === "requests") return { message: info("extend.notConfirmed"), canAct: false };
      return { message: null, canAct: true };
    }
    if (action === "requests") {
      // Pausing and taking requests again: the page shows the state and the button that changes it.
      const changed = outcome === "paused" || outcome === "resumed";
      return { message: changed ? success(`requests.${outcome}`) : null, canAct: true };
    }
    if (action === "confirm") {
      return {
        message: outcome === "confirmed" ? success("confirm.done", { date: expiresAt }) : info("alreadyActive", { date: expiresAt }),
        canAct: false,
      };
    }
    if (action === "extend") {
      if (outcome === "extended") return { message: success("extend.done", { date: expiresAt }), canAct: false };
      if (extendedExpiry(expiresAt) > latestExpiry(now)) return { message: info("extend.limitReached", { date: expiresAt }), canAct: false };
    }
    return { message: null, canAct: true };
  },

  async run(token, action, form) {
    const result =
      action === "confirm"
        ? await confirmOffer(token)
        : action === "extend"
          ? await extendOffer(token)
          : action === "requests"
            ? await changeContactRequests(token, postedChange(form))
            : await deleteOffer(token, action === "placed" ? "PLACED" : "BY_LANDLORD");
    if (result?.listingChanged) revalidateListing(result.regionSlug, result.offerId);
    deliverAfterResponse();
    return result && { outcome: result.outcome };
  },
};
