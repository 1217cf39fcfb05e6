import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { redisSettings } from "../../src/config/redis-settings.js";
import { redisAclOf, refusedSetting, storeFailureWords } from "../../src/tools/store-failure-words.js";

const STORE = "redis 10.0.0.5:6379";
const TLS = "redis over TLS 10.0.0.5:6380";

/** An error as ioredis gives it, wrapped as the store wraps it. */
function wrapped(message: string, extra: Record<string, unknown> = {}): StoreUnavailableError {
  return new StoreUnavailableError(undefined, { cause: Object.assign(new Error(message), extra) });
}

describe("an admin tool that cannot use Redis says why, in words, and what to check", () => {
  it("no password given where Redis needs one", () => {
    const words = storeFailureWords(wrapped("NOAUTH Authentication required."), STORE);
    expect(words).toContain("needs a password");
    expect(words).toContain("REDIS_URL");
    expect(words).toContain(STORE);
  });

  it("a TLS certificate no trusted CA signed: REDIS_TLS_CA_FILE, not whether Redis answers", () => {
    const down = Object.assign(new Error("no answer: the connection to Redis is down"), {
      name: "MaxRetriesPerRequestError",
      cause: Object.assign(new Error("self-signed certificate in certificate chain"), {
        code: "SELF_SIGNED_CERT_IN_CHAIN",
      }),
    });
    const words = storeFailureWords(new StoreUnavailableError(undefined, { cause: down }), TLS);
    expect(words).toContain(`Redis's certificate (${TLS}) was not signed by a CA the bot trusts`);
    expect(words).toContain("SELF_SIGNED_CERT_IN_CHAIN");
    expect(words).toContain("REDIS_TLS_CA_FILE");
    expect(words).not.toContain("did not answer");
    // A setting to fix: the start and the tools stop at once (exit code 2), as for a refused password.
    expect(refusedSetting(new StoreUnavailableError(undefined, { cause: down }))).toBe(true);
  });

  it("a TLS certificate that does not name the address the bot dials: its subjectAltName", () => {
    const words = storeFailureWords(
      wrapped("Hostname/IP does not match certificate's altnames: IP: 10.0.0.5 is not in the cert's list: ", {
        code: "ERR_TLS_CERT_ALTNAME_INVALID",
      }),
      TLS,
    );
    expect(words).toContain("does not name the address the bot connects to");
    expect(words).toContain("subjectAltName");
  });

  it("no password given where a Redis on this host's socket needs one: the unix:// form of it", () => {
    const words = storeFailureWords(
      wrapped("NOAUTH Authentication required."),
      "redis socket /run/redis.sock",
    );
    expect(words).toContain("unix://:PASSWORD@/run/redis.sock");
    expect(words).not.toContain("redis://");
  });

  it("a cluster or sentinels' master that needs a password names REDIS_PASSWORD, not REDIS_URL", () => {
    // A Cluster's own error carries the node's as lastNodeError.
    const cluster = Object.assign(new Error("Failed to refresh slots cache."), {
      lastNodeError: new Error("NOAUTH Authentication required."),
    });
    const words = storeFailureWords(
      new StoreUnavailableError(undefined, { cause: cluster }),
      "redis cluster (3 nodes)",
    );
    expect(words).toContain("needs a password (NOAUTH)");
    expect(words).toContain("REDIS_PASSWORD");
    expect(words).not.toContain("REDIS_URL");
    const wrong = storeFailureWords(new Error("WRONGPASS invalid username-password pair"), "redis sentinel");
    expect(wrong).toContain("refused REDIS_PASSWORD (WRONGPASS)");
    expect(wrong).not.toContain("REDIS_URL");
    const sentinels = new Error(
      "All sentinels are unreachable. Retrying from scratch after 10ms. Last error: NOAUTH Authentication required.",
    );
    expect(storeFailureWords(sentinels, "redis sentinel")).toContain("set REDIS_SENTINEL_PASSWORD");
  });

  it("a wrong password", () => {
    const error = new Error("WRONGPASS invalid username-password pair or user is disabled.");
    expect(storeFailureWords(error, STORE)).toContain("refused the password");
  });

  it("no answer at all (nothing listens there, or ioredis gave up retrying)", () => {
    expect(storeFailureWords(wrapped("no answer within 5000 ms"), STORE)).toContain("did not answer");
    const error = Object.assign(new Error("Reached the max retries per request limit (which is 1)."), {
      name: "MaxRetriesPerRequestError",
    });
    const words = storeFailureWords(error, STORE);
    expect(words).toContain("did not answer");
    expect(words).not.toContain("maxRetriesPerRequest");
  });

  it("no answer over TLS: whether that Redis takes TLS on that port; a plain one: rediss:// if it takes only TLS", () => {
    const tls = storeFailureWords(wrapped("connect ETIMEDOUT"), "redis over TLS 10.0.0.5:6380");
    expect(tls).toContain("did not answer over TLS (redis over TLS 10.0.0.5:6380)");
    expect(tls).toContain("tls-port");
    expect(tls).toContain("redis:// for a Redis without TLS");
    expect(storeFailureWords(wrapped("write EPIPE"), STORE)).toContain("rediss:// if it takes only TLS");
  });

  it("no answer from a Redis on this host's socket: whether it listens there and this user may open it", () => {
    const words = storeFailureWords(wrapped("no answer within 5000 ms"), "redis socket /run/redis.sock");
    expect(words).toContain("did not answer (redis socket /run/redis.sock)");
    expect(words).toContain("unixsocket");
    expect(words).toContain("Redis's group");
  });

  it("a database Redis refuses (?db= beyond its databases, or a user without SELECT)", () => {
    const refused = Object.assign(new Error("database 20: ERR DB index is out of range"), {
      name: "RedisDatabaseRefusedError",
    });
    const words = storeFailureWords(new StoreUnavailableError(undefined, { cause: refused }), STORE);
    expect(words).toContain(`Redis (${STORE}) refused database 20`);
    expect(words).toContain("ERR DB index is out of range");
    expect(words).toContain("REDIS_URL");
    expect(words).toContain("databases");
    expect(words).not.toContain("did not answer");
  });

  it("a database in REDIS_URL but no password where Redis needs one: the password is what to fix", () => {
    // Redis answers the SELECT of /1 with NOAUTH before it says anything about the database.
    const refused = Object.assign(new Error("database 1: NOAUTH Authentication required."), {
      name: "RedisDatabaseRefusedError",
    });
    const words = storeFailureWords(new StoreUnavailableError(undefined, { cause: refused }), STORE);
    expect(words).toContain(`Redis (${STORE}) needs a password`);
    expect(words).not.toContain("Use a database it has");
  });

  it("a command refused (NOPERM) names the ACL user the bot logs in as, and the ACL it needs", () => {
    const acl = redisAclOf(
      redisSettings.parse({
        REDIS_URL: "redis://sspr-bot:Acl-Secret-99@10.0.0.5:6379",
        REDIS_PREFIX: "school:",
      }),
    );
    const words = storeFailureWords(
      wrapped("NOPERM this user has no permissions to run the 'evalsha' command"),
      STORE,
      acl,
    );
    expect(words).toContain(`Redis (${STORE}) refused the bot's commands (NOPERM`);
    expect(words).toContain('the ACL user "sspr-bot" (the user in REDIS_URL)');
    expect(words).toContain("~school:* +@all -@dangerous +info");
    expect(words).not.toContain("Acl-Secret-99");
    expect(JSON.stringify(acl)).not.toContain("Acl-Secret-99");
    // No retry gives the user a permission: a setting to fix (exit code 2), as a refused password is.
    expect(refusedSetting(wrapped("NOPERM this user has no permissions to run the 'evalsha' command"))).toBe(
      true,
    );
  });

  it("a command refused on a cluster with no REDIS_USERNAME: Redis's default user, and REDIS_USERNAME", () => {
    const acl = redisAclOf(
      redisSettings.parse({ REDIS_CLUSTER_NODES: "10.0.0.5:7001", REDIS_PASSWORD: "P-1" }),
    );
    const words = storeFailureWords(
      wrapped("NOPERM No permissions to access a key"),
      "redis cluster (1 nodes)",
      acl,
    );
    expect(words).toContain("Redis's default user (no REDIS_USERNAME is set)");
    expect(words).toContain("~sspr:* +@all -@dangerous +info");
    expect(words).not.toContain("REDIS_URL");
  });

  it("a refused database's words end in one full stop, though Redis's own reason ends in one", () => {
    const refused = Object.assign(
      new Error("database 1: NOPERM this user has no permissions to run the 'select' command."),
      {
        name: "RedisDatabaseRefusedError",
      },
    );
    const words = storeFailureWords(new StoreUnavailableError(undefined, { cause: refused }), STORE);
    expect(words).toContain("'select' command): check the ACL");
    expect(words).not.toContain("..");
  });

  it("a database refused for the user's lack of SELECT: that user's ACL, whichever user it is", () => {
    const refused = Object.assign(
      new Error("database 1: NOPERM this user has no permissions to run the 'select' command"),
      { name: "RedisDatabaseRefusedError" },
    );
    const words = storeFailureWords(new StoreUnavailableError(undefined, { cause: refused }), STORE);
    expect(words).toContain(`Redis (${STORE}) refused database 1 (NOPERM`);
    expect(words).toContain("the user in REDIS_URL, or Redis's default user when REDIS_URL names none");
    expect(words).toContain("or name no database in REDIS_URL");
    expect(words).not.toContain("Use a database it has");
  });

  it("a Redis user that may log in but not run the bot's commands: its ACL, not whether Redis answers", () => {
    const words = storeFailureWords(
      wrapped("NOPERM this user has no permissions to run the 'evalsha' command"),
      STORE,
    );
    expect(words).not.toContain("did not answer");
    expect(words).toContain(`Redis (${STORE}) refused the bot's commands`);
    expect(words).toContain("'evalsha'");
    // With no user in REDIS_URL it is Redis's default user whose ACL is wrong.
    expect(words).toContain("the user in REDIS_URL, or Redis's default user when REDIS_URL names none");
    expect(words).toContain("ACL");
  });

  it("anything else is not a Redis failure to explain", () => {
    expect(storeFailureWords(new TypeError("x is undefined"), STORE)).toBeNull();
  });
});
