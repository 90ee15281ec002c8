import { SMTPServer } from "smtp-server";

/**
 * A mail server that takes `delayMs` to accept each mail, like a busy municipal relay. If submitting an offer
 * waited for its mail, every submission would take at least that long.
 */
export async function startSlowSmtp(port: number, delayMs: number): Promise<{ accepted: () => number; stop: () => Promise<void> }> {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () =>
        setTimeout(() => {
          accepted++;
          callback();
        }, delayMs),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { accepted: () => accepted, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
