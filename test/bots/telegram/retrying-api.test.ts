import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { describeApiError, RetryingApi, type ApiClient } from "../../../src/bots/telegram/retrying-api.js";

/** A client that fails with the given errors, in order, then succeeds. */
function flakyClient(...failures: Error[]) {
  const calls: string[] = [];
  const client: ApiClient = {
    callApi: (async (method: string) => {
      calls.push(method);
      const failure = failures.shift();
      if (failure !== undefined) throw failure;
      return true;
    }) as ApiClient["callApi"],
  };
  return { client, calls };
}

const tooMany = (seconds: number) =>
  new TelegramError({
    error_code: 429,
    description: "Too Many Requests",
    parameters: { retry_after: seconds },
  });
const network = () => Object.assign(new Error("socket hang up"), { name: "FetchError", code: "ECONNRESET" });

describe("the retrying Bot API", () => {
  const policy = (waits: number[]) => ({
    attempts: 3,
    backoffMs: [100, 400],
    maxRetryAfterSeconds: 10,
    sleep: async (ms: number) => waits.push(ms),
  });

  it("waits out a 429 for as long as Telegram asks, and backs off after 5xx and network errors", async () => {
    const waits: number[] = [];
    const { client } = flakyClient(tooMany(2), network());
    expect(await new RetryingApi(client, policy(waits)).call("getMe", {})).toBe(true);
    expect(waits).toEqual([2_000, 400]);
  });

  it("gives up after the last attempt, on a 429 longer than allowed, and at once on a 400", async () => {
    const waits: number[] = [];
    const bad = new TelegramError({ error_code: 400, description: "Bad Request: chat not found" });
    for (const failures of [[network(), network(), network()], [tooMany(60)], [bad]]) {
      const { client, calls } = flakyClient(...failures);
      await expect(new RetryingApi(client, policy(waits)).call("getMe", {})).rejects.toBe(failures.at(-1));
      expect(calls).toHaveLength(failures.length);
    }
  });

  it("describes a failure for the logs without the request payload", () => {
    const error = new TelegramError(
      { error_code: 400, description: "Bad Request" },
      { method: "sendMessage", payload: { text: "Mango-Tiger-Cloud-47" } },
    );
    expect(JSON.stringify(describeApiError(error))).not.toContain("Mango");
    expect(describeApiError(network())).toEqual({ error: "FetchError ECONNRESET" });
  });
});
