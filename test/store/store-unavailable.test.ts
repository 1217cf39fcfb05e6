import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { guarded } from "../../src/store/store-unavailable.js";

describe("store failures", () => {
  it("come out as StoreUnavailableError without the command's arguments", async () => {
    const redisError = Object.assign(new Error("Connection is closed."), {
      code: "ECONNRESET",
      command: { name: "set", args: ["sspr:{p:ann}:enrolment", '{"answerHashes":["$argon2id$SECRET"]}'] },
    });
    const error = await guarded(() => Promise.reject(redisError), 1_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).code).toBe("store_unavailable");
    expect((error as Error).cause).toMatchObject({ message: "Connection is closed.", code: "ECONNRESET" });
    expect(inspect(error, { depth: 10 })).not.toMatch(/SECRET|\{p:ann\}/);
  });

  it("say what happened instead of ioredis's words about an option no setting changes, stack too", async () => {
    const words =
      'Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option';
    const givenUp = Object.assign(new Error(words), { name: "MaxRetriesPerRequestError" });
    const error = await guarded(() => Promise.reject(givenUp), 1_000).catch((e: unknown) => e);
    const cause = (error as Error).cause as Error;
    expect(cause.message).toContain("the connection to Redis is down");
    expect(cause.stack).toContain("the connection to Redis is down");
    expect(inspect(error, { depth: 10 })).not.toMatch(/Refer to|max retries per request/i);
  });

  it("carry why the connection is down when ioredis gave up (a refused TLS certificate), as the cause's cause", async () => {
    const givenUp = Object.assign(new Error("Reached the max retries per request limit"), {
      name: "MaxRetriesPerRequestError",
    });
    const refused = Object.assign(new Error("self-signed certificate in certificate chain"), {
      code: "SELF_SIGNED_CERT_IN_CHAIN",
      command: { name: "get", args: ["sspr:{p:ann}:SECRET"] },
    });
    const error = await guarded(
      () => Promise.reject(givenUp),
      1_000,
      () => refused,
    ).catch((e: unknown) => e);
    const why = ((error as Error).cause as Error).cause;
    expect(why).toMatchObject({ code: "SELF_SIGNED_CERT_IN_CHAIN", message: refused.message });
    expect(inspect(error, { depth: 10 })).not.toMatch(/SECRET|\{p:ann\}/);
  });

  it("include an operation that never answers, after its time limit", async () => {
    const started = Date.now();
    const error = await guarded(() => new Promise(() => undefined), 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("pass an answer through untouched", async () => {
    expect(await guarded(() => Promise.resolve("OK"), 1_000)).toBe("OK");
  });
});
