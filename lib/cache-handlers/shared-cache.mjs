// Loaded by ./page-cache.mjs when REDIS_URL is set, untranspiled like it: hence plain JavaScript.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

/** Every key of the shared cache starts so; other data in the same Redis database is left alone. */
const sharedCacheKeyPrefix = "wohnraum:";

const timeoutMs = 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Next.js's cache for all server instances, in Redis (the redis-strings handler of @fortedigital/nextjs-cache-handler:
 * entries with their tags, so `revalidateTag` on one instance removes the entries every instance reads).
 *
 * While Redis cannot be reached, this instance reads and writes nothing there: it renders from the database, and a
 * change it makes cannot expire the shared entries. So once Redis answers again, the instance first removes every
 * entry of the shared cache (one cold cache instead of a deleted offer shown until its entry times out), then uses
 * it again. The first connection at start removes nothing: a restarted instance answers from the shared cache.
 * @param {string} url
 */
export function sharedCacheHandler(url) {
  const client = createClient({
    url,
    // Give up on an operation at once while disconnected instead of queueing it; reconnect every half second.
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: () => 500 },
  });
  const redis = createRedisHandler({ client, keyPrefix: sharedCacheKeyPrefix, timeoutMs });

  let usable = false;
  /** @type {Promise<void> | null} */
  let recovery = null;

  /** Logged once per outage, without anything of a request: the cause only. */
  function lose(error) {
    if (usable) console.error("shared cache: Redis unavailable, rendering from the database", { error: error?.code ?? error?.name });
    usable = false;
    recovery ??= recover().finally(() => (recovery = null));
  }

  async function recover() {
    for (;;) {
      await sleep(500);
      if (!client.isReady) continue;
      try {
        await clearSharedCache(client);
        usable = true;
        console.error("shared cache: Redis available again; entries from before the outage removed");
        return;
      } catch (error) {
        void error;
      }
    }
  }

  client.on("error", lose);
  client
    .connect()
    .then(() => {
      if (!recovery) usable = true;
    })
    .catch(lose);

  /** Runs `operation` on Redis while it is usable; a failure counts as an outage. */
  const guarded = (operation, otherwise) => async (...args) => {
    if (!usable) return otherwise;
    try {
      return await operation(...args);
    } catch (error) {
      lose(error);
      return otherwise;
    }
  };

  CacheHandler.onCreation(() => ({
    handlers: [
      {
        name: "wohnraum-shared",
        get: guarded(redis.get, null),
        set: guarded(redis.set, undefined),
        delete: guarded(redis.delete, undefined),
        // A tag that could not be expired in Redis is not lost: the recovery removes every entry.
        revalidateTag: async (tag) => {
          if (!usable) return lose(new Error("revalidateTag while Redis is unavailable"));
          await guarded(redis.revalidateTag, undefined)(tag);
        },
      },
    ],
  }));
  return CacheHandler;
}

/** Removes every entry of the shared cache, in batches (SCAN, then UNLINK). */
async function clearSharedCache(client) {
  for await (const keys of client.scanIterator({ MATCH: `${sharedCacheKeyPrefix}*`, COUNT: 1000 })) {
    if (keys.length > 0) await client.unlink(keys);
  }
}

/**
 * Expires entries of the shared cache by their tags from outside a server (`npm run region`): every instance then
 * renders them anew, as after a change made through one of them.
 * @param {string} url
 * @param {string[]} tags
 */
export async function expireSharedTags(url, tags) {
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } });
  await client.connect();
  try {
    const redis = createRedisHandler({ client, keyPrefix: sharedCacheKeyPrefix, timeoutMs });
    for (const tag of tags) await redis.revalidateTag(tag);
  } finally {
    await client.quit();
  }
}
