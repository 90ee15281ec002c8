import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, the development mailbox, Next internals and files with an extension.
  matcher: "/((?!api|dev|_next|_vercel|.*\\..*).*)",
};
