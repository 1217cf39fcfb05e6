import type { types, webApi } from "@slack/bolt";
import type { CallObserver } from "../telegram/retrying-api.js";
import type { ReplyFile } from "../../core/messages.js";
import type { SlackMessage } from "./render-blocks.js";

type View = types.View;

/** A DM channel id changes only if the user leaves the workspace; remembering a few thousand is cheap. */
const MAX_REMEMBERED_DMS = 10_000;

/**
 * The Web API calls the adapter makes, each one small and named for its job. Errors are thrown; use
 * `describeSlackError` to log them.
 */
export class SlackApi {
  private readonly dms = new Map<string, string>();

  constructor(readonly client: webApi.WebClient) {}

  /** The bot's DM with a user (conversations.open, remembered). */
  async dmChannel(userId: string): Promise<string> {
    const known = this.dms.get(userId);
    if (known !== undefined) return known;
    const opened = await this.client.conversations.open({ users: userId });
    const channelId = opened.channel?.id;
    if (channelId === undefined) throw new Error("conversations.open returned no channel");
    this.rememberDm(userId, channelId);
    return channelId;
  }

  /** A DM channel id learnt from an event, so no conversations.open is needed for it. */
  rememberDm(userId: string, channelId: string): void {
    if (this.dms.size >= MAX_REMEMBERED_DMS) this.dms.clear();
    this.dms.set(userId, channelId);
  }

  async post(channelId: string, message: SlackMessage): Promise<void> {
    await this.client.chat.postMessage({
      channel: channelId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  }

  /**
   * Shares a small file in a channel with a comment (files.getUploadURLExternal, the upload, then
   * files.completeUploadExternal; files.upload is closed to new apps). Needs the `files:write` scope.
   */
  async uploadFile(channelId: string, file: ReplyFile, comment: string): Promise<void> {
    await this.client.filesUploadV2({
      channel_id: channelId,
      filename: file.name,
      title: file.name,
      content: file.content,
      initial_comment: comment,
    });
  }

  /** A message only `userId` sees, until they reload Slack; kept nowhere. Plain words or a rendered message. */
  async postEphemeral(channelId: string, userId: string, message: string | SlackMessage): Promise<void> {
    await this.client.chat.postEphemeral({
      channel: channelId,
      user: userId,
      ...(typeof message === "string" ? { text: message } : { text: message.text, blocks: message.blocks }),
    });
  }

  /** Replaces a message the bot posted (chat.update). */
  async updateMessage(channelId: string, ts: string, message: SlackMessage): Promise<void> {
    await this.client.chat.update({ channel: channelId, ts, text: message.text, blocks: message.blocks });
  }

  /** Opens a modal on a trigger (valid for 3 seconds after the click); returns the view id. */
  async openView(triggerId: string, view: View): Promise<string> {
    const opened = await this.client.views.open({ trigger_id: triggerId, view });
    const viewId = opened.view?.id;
    if (viewId === undefined) throw new Error("views.open returned no view");
    return viewId;
  }

  async updateView(viewId: string, view: View): Promise<void> {
    await this.client.views.update({ view_id: viewId, view });
  }

  /**
   * Publishes the user's Home tab; returns the new view's hash (Slack's version stamp, not a secret). With
   * `hash`, Slack refuses (hash_conflict) when the Home tab was published again since that version.
   */
  async publishHome(userId: string, view: View, hash?: string): Promise<string | undefined> {
    const published = await this.client.views.publish({
      user_id: userId,
      view,
      ...(hash === undefined ? {} : { hash }),
    });
    return published.view?.hash;
  }
}

/** Slack refused a view change because the view changed since the hash given (someone published first). */
export function isHashConflict(error: unknown): boolean {
  return describeSlackError(error).slackError === "hash_conflict";
}

/**
 * What may be logged about a failed call. Never log the error itself: a request error carries the HTTP
 * request it failed on (`original.config.data`), a modal with a generated password included.
 */
export function describeSlackError(error: unknown): { error: string; code?: string; slackError?: string } {
  if (!(error instanceof Error)) return { error: typeof error };
  const { code, data } = error as { code?: unknown; data?: { error?: unknown } };
  return {
    error: error.name,
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof data?.error === "string" ? { slackError: data.error } : {}),
  };
}

/** The scope Slack named in a missing_scope answer (`needed`), if it is a scope's name (or a list of them). */
export function neededScope(error: unknown): string | undefined {
  const needed = (error as { data?: { needed?: unknown } } | undefined)?.data?.needed;
  return typeof needed === "string" && /^[a-z:.,]{1,80}$/.test(needed) ? needed : undefined;
}

/**
 * Reports every Web API call of this client to `observe`: method, outcome and time, retries included. The
 * client binds its method helpers (chat.postMessage, ...) at construction, so the hook is its request step.
 * Only Web API method names become labels; an upload URL is reported as "file-upload".
 */
export function observeApiCalls(client: webApi.WebClient, observe: CallObserver): void {
  const target = client as unknown as { makeRequest: (url: string, ...rest: unknown[]) => Promise<unknown> };
  const makeRequest = target.makeRequest.bind(client);
  const base = client.slackApiUrl;
  target.makeRequest = async (url: string, ...rest: unknown[]) => {
    const name = url.startsWith(base) ? url.slice(base.length) : url;
    const method = /^[a-z]+(\.[a-zA-Z]+)+$/.test(name) ? name : "file-upload";
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const result = await makeRequest(url, ...rest);
      observe(method, "ok", seconds());
      return result;
    } catch (error) {
      observe(method, isTimeout(error) ? "timeout" : "error", seconds());
      throw error;
    }
  };
}

function isTimeout(error: unknown): boolean {
  const { code, original } = (error ?? {}) as {
    code?: unknown;
    original?: { code?: unknown; message?: unknown };
  };
  const inner = original?.code;
  return (
    inner === "ECONNABORTED" ||
    inner === "ETIMEDOUT" ||
    code === "ETIMEDOUT" ||
    (typeof original?.message === "string" && original.message.includes("timeout"))
  );
}
