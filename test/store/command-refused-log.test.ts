import { afterEach, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { explainError } from "../../src/core/explain-error.js";
import { createProbedStore, type ProbedStore } from "../../src/store/create-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer } from "../helpers/scripted-resp-server.js";

const PASSWORD = "Acl-Pass-7171";
/** Redis's words for a key outside the user's ACL (~pattern). */
const NOPERM = "-NOPERM No permissions to access a key";
/** What a connection needs before any step's command: these Redis lets through. */
const CONNECTING = new Set(["auth", "hello", "select", "info", "client", "ping"]);

/*
 * The ACL of the bot's Redis user was changed under a running bot (a new REDIS_PREFIX, an ACL file edited):
 * every student's step is refused with NOPERM. The step's log line names the user the bot logs in as and
 * the ACL it needs, as the start and the tools do, so the IT admin knows which user to fix; never the
 * password.
 */
describe("a step's command Redis refuses (NOPERM) while the bot runs", () => {
  let server: ScriptedRespServer | undefined;
  let probed: ProbedStore | undefined;
  afterEach(async () => {
    await probed?.store.close();
    await server?.close();
  });

  async function refusedStepLog(url: (port: number) => string): Promise<CapturedLogs> {
    server = new ScriptedRespServer(({ name }) => (CONNECTING.has(name) ? undefined : NOPERM));
    const port = await server.listen();
    const logs = new CapturedLogs();
    probed = createProbedStore(redisSettings.parse({ REDIS_URL: url(port), REDIS_PREFIX: "school:" }), {
      logger: logs.logger,
    });
    const error = await probed.store
      .linkedPerson({ channel: "console", chatUserId: "ann" })
      .catch((e: unknown) => e);
    explainError({ logger: logs.logger, alerts: { raise: () => undefined } as never }, error);
    return logs;
  }

  it("names the ACL user in REDIS_URL, the ACL it needs and the docs' section, never the password", async () => {
    const logs = await refusedStepLog((port) => `redis://sspr-bot:${PASSWORD}@127.0.0.1:${port}`);
    const line = logs.lines.find((text) => text.includes('"event":"store_unavailable"'))!;
    const { reason } = JSON.parse(line) as { reason: string };
    expect(reason).toContain("NOPERM");
    expect(reason).toContain('the ACL user "sspr-bot" (the user in REDIS_URL)');
    expect(reason).toContain("~school:* +@all -@dangerous +info");
    expect(reason).toContain(`docs/configuration.md, "The Redis user's ACL"`);
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("names Redis's default user when REDIS_URL names none", async () => {
    const logs = await refusedStepLog((port) => `redis://:${PASSWORD}@127.0.0.1:${port}`);
    const line = logs.lines.find((text) => text.includes('"event":"store_unavailable"'))!;
    expect(JSON.parse(line)).toMatchObject({ reason: expect.stringContaining("Redis's default user") });
    expect(logs.text).not.toContain(PASSWORD);
  });
});
