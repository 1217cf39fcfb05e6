import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer } from "../helpers/scripted-resp-server.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

const PASSWORD = "App-Acl-Pass-3131";
/** What a connection needs before any command of the store: these Redis lets through. */
const CONNECTING = new Set(["auth", "hello", "select", "info", "client", "ping"]);

/*
 * The app gives its store's health check the bot's Redis settings: a store-down for a refused command
 * names the ACL user in REDIS_URL, as the running bot's settings say.
 */
describe("the running bot's store-down alert for a Redis user whose ACL refuses it", () => {
  let server: ScriptedRespServer | undefined;
  let app: App | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await app?.close();
    await server?.close();
  });

  it("names that user, from REDIS_URL, never the password", async () => {
    server = new ScriptedRespServer(({ name }) =>
      CONNECTING.has(name) ? undefined : "-NOPERM No permissions to access a key",
    );
    const port = await server.listen();
    const logs = new CapturedLogs();
    app = await createApp(
      loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REDIS_URL: `redis://sspr-bot:${PASSWORD}@127.0.0.1:${port}` }),
      logs.logger,
      { argon2: TEST_ARGON2 },
    );
    const sink = new RecordingSink("telegram:999");
    app.alerts.addSink(sink);
    // The health check's grace on a fake clock; Redis's answers still come over the socket.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    app.storeHealth.start();
    app.storeHealth.noticeFailure();
    for (let second = 0; second < 15 && sink.sent.length === 0; second++) {
      await vi.advanceTimersByTimeAsync(1_000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(sink.sent[0]).toContain('the ACL user "sspr-bot"');
    expect(logs.text).not.toContain(PASSWORD);
  });
});
