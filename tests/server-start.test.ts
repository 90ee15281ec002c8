import { describe, expect, it, vi } from "vitest";

type WithDatabase = { database?: { $disconnect(): Promise<void> } };

describe("server start", () => {
  it("starts against a migrated database", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const { startServer } = await import("@/lib/server-start");
    await startServer();
    expect(exit).not.toHaveBeenCalled();
    exit.mockRestore();
  });

  it("refuses to serve a database whose migrations are behind and names the command to run", async () => {
    // A fresh, empty database instead of the test setup's migrated one.
    const global = globalThis as WithDatabase;
    const migrated = global.database;
    const settings = { PGLITE_DIR: process.env.PGLITE_DIR, DATABASE_URL: process.env.DATABASE_URL };
    global.database = undefined;
    process.env.PGLITE_DIR = "memory://";
    delete process.env.DATABASE_URL;
    vi.resetModules();
    const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { startServer } = await import("@/lib/server-start");
      await expect(startServer()).rejects.toThrow("exit 1");
      expect(exit).toHaveBeenCalledWith(1);
      expect(log.mock.calls.flat().join(" ")).toMatch(/not applied .*_init.*npm run db:migrate/s);
    } finally {
      exit.mockRestore();
      log.mockRestore();
      await (global as WithDatabase).database?.$disconnect();
      global.database = migrated;
      for (const [name, value] of Object.entries(settings)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
