export async function register() {
  // The build prerenders without a database; the Edge runtime has none of the Node APIs the check needs.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("@/lib/server-start");
  await startServer();
}
