import { describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createStore } from "../../src/store/create-store.js";
import { storeFailureWords } from "../../src/tools/store-failure-words.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { plainLines, runToEnd } from "./run-to-end.js";

// Written by scripts/ci/start-services.sh (scripts/redis-tls.sh): a Redis that takes only TLS, its CA, and
// a CA that did not sign its certificate.
const TLS_URL = process.env.REDIS_TEST_TLS_URL;
const CA_FILE = process.env.REDIS_TEST_TLS_CA_FILE;
const OTHER_CA_FILE = process.env.REDIS_TEST_TLS_OTHER_CA_FILE;
if (TLS_URL === undefined || CA_FILE === undefined || OTHER_CA_FILE === undefined) {
  throw new Error(
    "REDIS_TEST_TLS_URL is not set: start a Redis over TLS with `bash scripts/ci/start-services.sh FILE` and `source FILE`, or `export $(bash scripts/redis-tls.sh start)`",
  );
}
const PREFIX = `sspr-test-tls:${process.pid}-${Date.now()}:`;
const CHAT = { channel: "telegram", chatUserId: "4242" } as const;

const settings = (caFile: string) =>
  redisSettings.parse({ REDIS_URL: TLS_URL, REDIS_TLS_CA_FILE: caFile, REDIS_PREFIX: PREFIX });

describe("a Redis that takes only TLS (rediss:// REDIS_URL), its certificate from the school's own CA", () => {
  it("with that CA in REDIS_TLS_CA_FILE the store works: a dialog is saved and read back", async () => {
    const store = createStore(settings(CA_FILE));
    try {
      const turn = await store.beginChatTurn(CHAT, { dedupeTtlSeconds: 60, lockTtlMs: 5_000, waitMs: 1_000 });
      if (turn.duplicate || turn.token === null) throw new Error("the turn did not begin");
      expect(turn.dialog).toBeNull();
      const json = JSON.stringify({ step: "tls-check" });
      const saved = await store.endChatTurn(CHAT, turn.token, {
        save: { expectedRevision: null, json, idleSeconds: 60 },
      });
      expect(saved).toBe(true);
      expect((await store.loadDialog(CHAT))?.json).toBe(json);
    } finally {
      await store.endDialog(CHAT);
      await store.close();
    }
  });

  it("a certificate the CA in REDIS_TLS_CA_FILE did not sign is refused, and the admin is told so", async () => {
    const logs = new CapturedLogs();
    const store = createStore(settings(OTHER_CA_FILE), { logger: logs.logger });
    try {
      const failed = await store.loadDialog(CHAT).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(Error);
      const words = storeFailureWords(failed, `redis over TLS 127.0.0.1:${new URL(TLS_URL).port}`);
      expect(words).toContain("certificate");
      expect(words).toContain("REDIS_TLS_CA_FILE");
      // The bot's log says it too, once, at error: a setting to fix, not an outage.
      const refusals = logs.lines.filter((line) => line.includes('"event":"redis_tls_refused"'));
      expect(refusals).toHaveLength(1);
      expect(refusals[0]).toContain('"level":50');
      expect(refusals[0]).toContain("REDIS_TLS_CA_FILE");
    } finally {
      await store.close();
    }
  });

  it("npm run audit with the wrong CA stops at once with exit code 2: a setting to fix, not a Redis to wait for", async () => {
    const ended = await runToEnd(["src/tools/audit-export.ts", "--since", "1d"], {
      REDIS_URL: TLS_URL,
      REDIS_TLS_CA_FILE: OTHER_CA_FILE,
    });
    expect(ended.code).toBe(2);
    expect(plainLines(ended.stderr)).toEqual([
      `The audit export failed: Redis's certificate (redis over TLS 127.0.0.1:${new URL(TLS_URL).port}) was not signed by a CA the bot trusts (SELF_SIGNED_CERT_IN_CHAIN): set REDIS_TLS_CA_FILE to the CA certificate (PEM) that signed it, or, if it is set, check that the file holds that CA.`,
    ]);
  });
});
