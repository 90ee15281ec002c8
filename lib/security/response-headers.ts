/**
 * Headers every response carries (next.config.ts). The Content-Security-Policy is set per page by proxy.ts, since it
 * depends on the page (nonce, embedding).
 */
export function securityHeaders({ https }: { https: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Nothing here needs a camera, the location or other powerful features; embedding sites cannot grant them either.
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
    // Only on HTTPS deployments: a browser that saw it refuses plain HTTP to this host for two years.
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
