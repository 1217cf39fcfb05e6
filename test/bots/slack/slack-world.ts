import { createHmac, randomBytes } from "node:crypto";
import {
  createSlackChannel,
  type SlackChannel,
  type SlackChannelOptions,
} from "../../../src/bots/slack/slack-channel.js";
import type { Directory } from "../../../src/core/ports/directory.js";
import { ChannelWorld, type WorldParts } from "../../helpers/channel-world.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { SlackKid } from "./slack-kid.js";

export const BOT_TOKEN = "xoxb-0000000000-test-token-not-real";
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export interface SignOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  headers?: Record<string, string>;
}

export interface WorldOverrides {
  directory?: Directory;
  slowAfterMs?: number;
  /** More channel options, e.g. the production time limits instead of the tests' "no retries". */
  channel?: (world: SlackWorld) => Partial<SlackChannelOptions>;
  /** Sets Slack up before the channel is built and started (a channel the bot is not in, a scope). */
  beforeStart?: (api: FakeSlackApi) => void;
}

/**
 * The whole product with its Slack channel in HTTP mode, as in production (see ChannelWorld): Bolt mounted
 * under /slack on the shared HTTP server, and a fake Web API recording every call. `post` signs requests as
 * Slack does. `advance` moves the app's clock (the core and the Home-tab clearing poller read it).
 */
export class SlackWorld extends ChannelWorld {
  url = "";
  private triggers = 0;
  private events = 0;

  private constructor(
    readonly api: FakeSlackApi,
    parts: WorldParts,
  ) {
    super(parts);
  }

  channel!: SlackChannel;
  /** False for a replica: the world it copies closes the fake Web API. */
  private ownsApi = true;

  static async create(env: Record<string, string> = {}, overrides: WorldOverrides = {}): Promise<SlackWorld> {
    const api = await FakeSlackApi.start();
    overrides.beforeStart?.(api);
    return SlackWorld.build(api, env, overrides);
  }

  /**
   * Another replica of `world` behind the same load balancer: its own app, channel and URL, over the same
   * Redis and the same Slack (the fake Web API). Close it before `world`.
   */
  static replicaOf(
    world: SlackWorld,
    overrides: Omit<WorldOverrides, "beforeStart"> = {},
  ): Promise<SlackWorld> {
    return SlackWorld.build(world.api, {}, { ...overrides, replicaOf: world });
  }

  private static async build(
    api: FakeSlackApi,
    env: Record<string, string>,
    overrides: WorldOverrides & { replicaOf?: SlackWorld },
  ): Promise<SlackWorld> {
    const parts = await ChannelWorld.assemble({
      prefix: "slack-test",
      env: {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: api.url,
        ...env,
      },
      ...(overrides.directory === undefined ? {} : { directory: overrides.directory }),
      ...(overrides.replicaOf === undefined ? {} : { replicaOf: overrides.replicaOf }),
    });
    const world = new SlackWorld(api, parts);
    world.ownsApi = overrides.replicaOf === undefined;
    world.channel = await createSlackChannel(
      world.app.channelCore,
      world.config.slack!,
      world.logs.logger,
      world.http,
      {
        clientOptions: { retryConfig: { retries: 0 } },
        homeClearing: { pollIntervalMs: 20 },
        ...(overrides.slowAfterMs === undefined ? {} : { slowAfterMs: overrides.slowAfterMs }),
        ...overrides.channel?.(world),
      },
    );
    world.url = `http://127.0.0.1:${await world.run(world.channel)}/slack/events`;
    return world;
  }

  newTriggerId(): string {
    this.lastTriggerId = `${++this.triggers}.${Date.now()}.${randomBytes(4).toString("hex")}`;
    return this.lastTriggerId;
  }

  /** The trigger id of the latest command, button press or box submission, as Slack would have sent it. */
  lastTriggerId = "";

  /** Each HTTP response's status (Slack's acknowledgement) as it came, before its request's work ended. */
  readonly answers: number[] = [];

  newEventId(): string {
    return `Ev${String(++this.events).padStart(8, "0")}`;
  }

  /** POSTs a body to /slack/events signed like Slack (v0 HMAC-SHA256 of `v0:ts:body`); waits for the work. */
  async post(body: string, contentType: string, options: SignOptions = {}): Promise<Response> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = createHmac("sha256", options.secret ?? SIGNING_SECRET)
      .update(`v0:${timestamp}:${body}`)
      .digest("hex");
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": `v0=${signature}`,
        ...options.headers,
      },
      body,
    });
    this.answers.push(response.status);
    await this.channel.idle();
    return response;
  }

  /** An interactivity payload (block_actions, view_submission): form-encoded `payload=<json>`. */
  postPayload(payload: unknown, options?: SignOptions): Promise<Response> {
    return this.post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
      options,
    );
  }

  /** An Events API callback (JSON). */
  postEvent(event: Record<string, unknown>, options: SignOptions & { eventId?: string } = {}) {
    const body = {
      token: "unused-verification-token",
      team_id: "T0SCHOOL1",
      api_app_id: "A0SSPR0001",
      type: "event_callback",
      event_id: options.eventId ?? this.newEventId(),
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: "T0SCHOOL1", user_id: "UBOT000001", is_bot: true }],
      event,
    };
    return this.post(JSON.stringify(body), "application/json", options);
  }

  /** Every chat message the bot posted (chat.postMessage, chat.postEphemeral, chat.update), as JSON. */
  postedMessages(): string {
    return this.api
      .callsTo("chat.postMessage", "chat.postEphemeral", "chat.update")
      .map((c) => JSON.stringify(c.args))
      .join("\n");
  }

  async close(): Promise<void> {
    await this.shutDown(this.channel);
    if (this.ownsApi) await this.api.close();
  }
}

/** The worlds a test built (twoReplicas, closeAfterTest): closeWorlds closes them. */
const worlds: SlackWorld[] = [];

/** Closes `world` with the others at the end of the test (closeWorlds); returns it. */
export function closeAfterTest(world: SlackWorld): SlackWorld {
  worlds.push(world);
  return world;
}

/** Closes the worlds the test built, each replica before the world it copies (that one closes Redis and Slack). */
export async function closeWorlds(): Promise<void> {
  for (const world of worlds.splice(0).reverse()) await world.close();
}

/** Two replicas of the bot over one Redis and one Slack, and the same child talking to either. */
export async function twoReplicas(overrides: Omit<WorldOverrides, "beforeStart"> = {}) {
  const one = closeAfterTest(await SlackWorld.create({}, overrides));
  const other = closeAfterTest(await SlackWorld.replicaOf(one, overrides));
  return { one, other, kidOnOne: new SlackKid(one), kidOnOther: new SlackKid(other) };
}
