import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite and Prisma's generated client load WebAssembly at run time; keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  // The start-up check compares the database with the migration folders.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*", "./prisma/schema.prisma"] },
};

export default withNextIntl(nextConfig);
