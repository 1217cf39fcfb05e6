import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { SlackAlertSink, slackPoster } from "../../src/alerts/slack-alert-sink.js";
import type { Store } from "../../src/core/ports/store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { mockStore, QUICK_DELIVERY } from "./alert-fakes.js";

const TOKEN = "xoxb-SECRET-SLACK-TOKEN";

/** A local stand-in for Slack's Web API: records form posts and answers each with the next scripted body. */
class FakeSlackApi {
  readonly posts: { method: string; fields: Record<string, string> }[] = [];
  readonly answers: unknown[] = [];
  url = "";
  private readonly server: Server = createServer((req, res) => {
    void this.read(req).then((fields) => {
      this.posts.push({ method: req.url?.slice(1) ?? "", fields });
      const body = this.answers.shift() ?? { ok: true, channel: fields.channel, ts: "1.2" };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async read(req: IncomingMessage): Promise<Record<string, string>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString("utf8");
    return req.headers["content-type"]?.includes("json")
      ? (JSON.parse(body) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(body));
  }
}

describe("Slack alert sink, through Bolt's WebClient against a local stand-in", () => {
  let slack: FakeSlackApi;
  let store: Store;
  let logs: CapturedLogs;
  let alerts: AlertService;

  beforeEach(async () => {
    slack = new FakeSlackApi();
    await slack.start();
    store = mockStore();
    logs = new CapturedLogs();
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: slack.url, retryConfig: { retries: 0 } });
    alerts = new AlertService({
      store,
      logger: logs.logger,
      sinks: [new SlackAlertSink(slackPoster(client), "C0ALERTS")],
      dedupeMs: 15 * 60_000,
      // A real WebClient's first request can take longer than the fakes' 100 ms on a busy machine.
      delivery: { ...QUICK_DELIVERY, attemptTimeoutMs: 5_000 },
    });
  });
  afterEach(async () => {
    await alerts.close();
    await store.close();
    await slack.close();
  });

  it("posts the alert to the configured channel", async () => {
    alerts.raise({ kind: "guided-reset", subject: "S1003", details: { by: "T2001", route: "code" } });
    await alerts.flush();
    expect(slack.posts).toEqual([
      {
        method: "chat.postMessage",
        fields: expect.objectContaining({
          channel: "C0ALERTS",
          text: expect.stringContaining("A teacher (T2001) reset the password of S1003"),
        }),
      },
    ]);
  });

  it("posts a name's Slack markup as the words it is: no @channel, no disguised link", async () => {
    // Alerts carry ids and chat keys today, but a directory display name or a class name may reach one.
    alerts.raise({
      kind: "guided-reset",
      subject: "Tan <!channel> Wei Ling",
      details: { by: "Ms <https://evil.example|click here> & <@U0ADMIN>", route: "code" },
    });
    await alerts.flush();
    const text = slack.posts[0]?.fields.text ?? "";
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain("Tan &lt;!channel&gt; Wei Ling");
    expect(text).toContain("Ms &lt;https://evil.example|click here&gt; &amp; &lt;@U0ADMIN&gt;");
  });

  it("retries, then logs Slack's error code without the token", async () => {
    slack.answers.push(...Array(3).fill({ ok: false, error: "not_in_channel" }));
    alerts.raise({ kind: "suspension", subject: "S1001", details: { failures: 5 } });
    await alerts.flush();
    expect(slack.posts).toHaveLength(3);
    expect(logs.text).toContain('"slackError":"not_in_channel"');
    expect(logs.text).not.toContain("SECRET-SLACK-TOKEN");
  });

  // Found in QA: the log said only "not_in_channel"; the admin had to look up what to do about it.
  it("says what to fix for a channel the app is not in, cannot find, or that is archived", async () => {
    const fixes: Record<string, string> = {
      not_in_channel: "invite the app to that channel (/invite @",
      channel_not_found: "ADMIN_ALERT_SLACK_CHANNEL names no channel the app can see",
      is_archived: "the channel of ADMIN_ALERT_SLACK_CHANNEL is archived",
    };
    for (const [error, fix] of Object.entries(fixes)) {
      slack.answers.push(...Array(3).fill({ ok: false, error }));
      alerts.raise({ kind: "suspension", subject: `S-${error}`, details: { failures: 5 } });
      await alerts.flush();
      const line = logs.text.split("\n").find((l) => l.includes(`"slackError":"${error}"`)) ?? "";
      expect(line).toContain(fix);
    }
  });
});
