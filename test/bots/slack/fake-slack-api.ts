import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call as the fake received it: JSON-valued fields (view, blocks) parsed back. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** What the fake answered. */
  result: Record<string, unknown>;
}

/** Slack's limits the fake holds the app to, as Slack refuses past them. */
export const LIMITS = {
  /** The text of a section block ("invalid_blocks"). */
  sectionText: 3000,
  /** Blocks in a message ("invalid_blocks"); a modal or the Home tab holds 100. */
  messageBlocks: 50,
  viewBlocks: 100,
  /** A message's top-level text ("msg_too_long"). */
  messageText: 40_000,
};

export const BOT = { userId: "UBOT000001", botId: "BBOT000001", teamId: "T0SCHOOL1", appId: "A0SSPR0001" };

/** The DM channel the fake gives each user: "D" + the user id without its "U". */
export const dmOf = (userId: string) => `D${userId.slice(1)}`;

/**
 * A channel as the bot sees it (see `setChannel`). Slack hides a private channel from a bot that is not in
 * it: conversations.info and chat.postMessage answer channel_not_found, as for an id that does not exist.
 * A bot not in a public channel can read it, but may not post there (not_in_channel) without the
 * chat:write.public scope, which the app does not ask for.
 */
export interface FakeChannel {
  isPrivate?: boolean;
  botIsMember?: boolean;
  isArchived?: boolean;
}

/** A message the bot posted, as Slack keeps it now (after any chat.update). */
export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
}

/**
 * A local stand-in for Slack's Web API (point SLACK_API_URL at `url`). Records every call and answers like
 * Slack: auth.test the bot, conversations.open a DM channel, chat.postMessage a ts (the message is kept, and
 * chat.update changes it, or answers message_not_found as Slack does), views.open/update a view
 * with an id, users.info the profile set with `setUser`. `failNext` makes the next call of a method fail;
 * `hang` leaves calls unanswered, `answerTooLate` applies them and leaves them unanswered;
 * `lackScope` makes every call of a method fail for want of a scope. A box the user closed (`closeView`) is
 * gone: views.update of it answers not_found, as Slack does.
 * views.publish keeps each user's Home view with a fresh hash, and refuses (hash_conflict) a publish whose
 * `hash` is not the current one, as Slack does. Like Slack, it refuses a message or view past LIMITS.
 * Channels: one never set with `setChannel` or `removeChannel` is a public channel the bot is in (every DM
 * too); conversations.info and chat.postMessage answer for the others as Slack would.
 */
export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  url = "";
  /** The Enterprise Grid organisation auth.test names (set before the channel starts); none by default. */
  enterpriseId: string | undefined;
  private nextId = 1;
  private readonly users = new Map<string, Record<string, unknown>>();
  private readonly failures = new Map<string, string[]>();
  private readonly missingScopes = new Map<string, string>();
  private readonly homes = new Map<string, Record<string, unknown>>();
  private readonly messages = new Map<string, PostedMessage>();
  private readonly closedViews = new Set<string>();
  /** Channels set by the test; `null`: no such channel. */
  private readonly channels = new Map<string, FakeChannel | null>();
  /** What was uploaded to each file id's upload URL (raw request bodies). */
  readonly uploads = new Map<string, string>();
  private readonly hanging = new Map<string, (args: Record<string, unknown>) => boolean>();
  private readonly late = new Map<string, (args: Record<string, unknown>) => boolean>();
  /** Calls that were never answered (see `hang` and `answerTooLate`). */
  hungCalls = 0;
  private readonly server: Server = createServer((req, res) => {
    void this.answer(req).then((body) => {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });

  static async start(): Promise<FakeSlackApi> {
    const api = new FakeSlackApi();
    await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
    api.url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/api/`;
    return api;
  }

  /** What users.info returns for a user: a member of the bot's workspace unless `user` names another team_id. */
  setUser(userId: string, user: Record<string, unknown>): void {
    this.users.set(userId, { id: userId, team_id: BOT.teamId, ...user });
  }

  /** Calls of `method` (whose arguments `which` picks) are read and never answered, like a Slack that hangs. */
  hang(method: string, which: (args: Record<string, unknown>) => boolean = () => true): void {
    this.hanging.set(method, which);
  }

  /**
   * Calls of `method` (whose arguments `which` picks) take effect, as Slack applies them, but their answer
   * comes only after the app has given up waiting (here: never), so every try times out. The app cannot
   * tell such a call from one Slack never got.
   */
  answerTooLate(method: string, which: (args: Record<string, unknown>) => boolean = () => true): void {
    this.late.set(method, which);
  }

  /** The next call of `method` answers `{ ok: false, error }`, as Slack does (HTTP 200). */
  failNext(method: string, error: string): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /**
   * Every call of `method` answers `missing_scope` naming the `needed` scope, as Slack does for an app
   * installed without it, until `grantScope`.
   */
  lackScope(method: string, needed: string): void {
    this.missingScopes.set(method, needed);
  }

  /** The app was reinstalled with the scope `method` needs. */
  grantScope(method: string): void {
    this.missingScopes.delete(method);
  }

  /** How `channelId` looks to the bot from now on (e.g. the bot invited: `botIsMember: true`). */
  setChannel(channelId: string, channel: FakeChannel): void {
    this.channels.set(channelId, channel);
  }

  /** There is no channel `channelId` (a mistyped id, or a channel deleted). */
  removeChannel(channelId: string): void {
    this.channels.set(channelId, null);
  }

  /** The user closed the box `viewId` (Cancel or X). */
  closeView(viewId: string): void {
    this.closedViews.add(viewId);
  }

  /** The Home view a user sees now (as Slack reports it: with its id and hash), or undefined. */
  homeOf(userId: string): Record<string, unknown> | undefined {
    return this.homes.get(userId);
  }

  /** A message the bot posted, as it is now (chat.update applied), or undefined. */
  messageNow(channel: string, ts: string): PostedMessage | undefined {
    return this.messages.get(`${channel}/${ts}`);
  }

  callsTo(...methods: string[]): ApiCall[] {
    return this.calls.filter((call) => methods.includes(call.method));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage): Promise<Record<string, unknown>> {
    const method = /\/api\/([\w.]+)$/.exec(req.url ?? "")?.[1] ?? "unknown";
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    // The file itself goes to the URL files.getUploadURLExternal gave out, not to a Web API method.
    const upload = /^\/upload\/(\w+)$/.exec(req.url ?? "");
    if (upload !== null) {
      this.uploads.set(upload[1]!, Buffer.concat(chunks).toString("utf8"));
      return { ok: true };
    }
    const args: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) {
      args[key] = ["view", "blocks"].includes(key) ? JSON.parse(value) : value;
    }
    if (this.hanging.get(method)?.(args) === true) {
      this.hungCalls += 1;
      return new Promise<never>(() => undefined);
    }
    const failure = this.failures.get(method)?.shift() ?? refusal(method, args);
    const needed = this.missingScopes.get(method);
    const result =
      needed !== undefined
        ? { ok: false, error: "missing_scope", needed, provided: "commands,chat:write,im:write,im:history" }
        : failure !== undefined
          ? { ok: false, error: failure }
          : { ok: true, ...this.result(method, args) };
    this.calls.push({ method, args, result });
    if (this.late.get(method)?.(args) === true) {
      this.hungCalls += 1;
      return new Promise<never>(() => undefined);
    }
    return result;
  }

  private result(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const id = this.nextId++;
    switch (method) {
      case "auth.test":
        return {
          user_id: BOT.userId,
          bot_id: BOT.botId,
          team_id: BOT.teamId,
          ...(this.enterpriseId === undefined ? {} : { enterprise_id: this.enterpriseId }),
          app_id: BOT.appId,
          user: "sspr",
          team: "School",
        };
      case "conversations.open":
        return { channel: { id: dmOf(String(args.users)) } };
      case "conversations.info": {
        const channelId = String(args.channel);
        const channel = this.channelAsSeen(channelId);
        if (channel === null) return { ok: false, error: "channel_not_found" };
        return {
          channel: {
            id: channelId,
            name: `channel-${channelId.toLowerCase()}`,
            is_channel: true,
            is_private: channel.isPrivate === true,
            is_archived: channel.isArchived === true,
            is_member: channel.botIsMember !== false,
          },
        };
      }
      case "chat.postMessage": {
        const refused = this.postRefusal(String(args.channel));
        if (refused !== undefined) return { ok: false, error: refused };
        const ts = `1700000000.${String(id).padStart(6, "0")}`;
        const message = { channel: String(args.channel), ts, text: String(args.text ?? "") };
        this.messages.set(`${message.channel}/${ts}`, {
          ...message,
          blocks: (args.blocks as unknown[]) ?? [],
        });
        return { channel: args.channel, ts };
      }
      case "chat.update": {
        const message = this.messages.get(`${String(args.channel)}/${String(args.ts)}`);
        if (message === undefined) return { ok: false, error: "message_not_found" };
        message.text = String(args.text ?? message.text);
        if (args.blocks !== undefined) message.blocks = args.blocks as unknown[];
        return { channel: message.channel, ts: message.ts, text: message.text };
      }
      case "chat.postEphemeral":
        return { message_ts: `1700000000.${String(id).padStart(6, "0")}` };
      case "views.publish": {
        const userId = String(args.user_id);
        const current = this.homes.get(userId);
        if (args.hash !== undefined && current !== undefined && args.hash !== current.hash) {
          return { ok: false, error: "hash_conflict" };
        }
        const view = { id: `VHOME${userId}`, hash: `${Date.now()}.h${id}`, ...(args.view as object) };
        this.homes.set(userId, view);
        return { view };
      }
      case "views.open":
        return { view: { id: `V${String(id).padStart(8, "0")}`, ...(args.view as object) } };
      case "views.update":
        if (this.closedViews.has(String(args.view_id))) return { ok: false, error: "not_found" };
        return { view: { id: args.view_id, ...(args.view as object) } };
      case "files.getUploadURLExternal":
        return { file_id: `F${id}`, upload_url: `${this.url.replace(/\/api\/$/, "")}/upload/F${id}` };
      case "files.completeUploadExternal":
        return { files: [{ id: "F0", title: "audit" }] };
      case "users.info": {
        const user = this.users.get(String(args.user));
        return user === undefined ? { ok: false, error: "user_not_found" } : { user };
      }
      default:
        return {};
    }
  }

  /** The channel as the bot may see it: null when Slack shows it no such channel. */
  private channelAsSeen(channelId: string): FakeChannel | null {
    const channel = this.channels.get(channelId);
    if (channel === undefined) return {};
    if (channel === null || (channel.isPrivate === true && channel.botIsMember === false)) return null;
    return channel;
  }

  /** Why Slack refuses the bot's message in `channelId`, if it does. */
  private postRefusal(channelId: string): string | undefined {
    const channel = this.channelAsSeen(channelId);
    if (channel === null) return "channel_not_found";
    if (channel.isArchived === true) return "is_archived";
    if (channel.botIsMember === false) return "not_in_channel";
    return undefined;
  }
}

/** What Slack refuses whatever the fake was told: blocks or a text past its limits (see LIMITS). */
function refusal(method: string, args: Record<string, unknown>): string | undefined {
  const view = args.view as { blocks?: unknown[] } | undefined;
  const blocks = (method === "chat.postMessage" ? args.blocks : view?.blocks) as
    { type?: string; text?: { text?: string } }[] | undefined;
  const mostBlocks = method === "chat.postMessage" ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (blocks !== undefined && blocks.length > mostBlocks) return "invalid_blocks";
  const longSection = (blocks ?? []).some(
    (b) => b.type === "section" && (b.text?.text ?? "").length > LIMITS.sectionText,
  );
  if (longSection) return "invalid_blocks";
  if (method === "chat.postMessage" && String(args.text ?? "").length > LIMITS.messageText)
    return "msg_too_long";
  return undefined;
}
