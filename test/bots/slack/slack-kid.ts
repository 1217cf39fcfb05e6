import type { ApiCall } from "./fake-slack-api.js";
import { BOT, dmOf } from "./fake-slack-api.js";
import type { SlackWorld } from "./slack-world.js";

interface Block {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { type: string; text?: { text: string } | string; value?: string; action_id?: string }[];
  element?: { action_id: string };
}

interface View {
  type: string;
  callback_id?: string;
  private_metadata?: string;
  blocks: Block[];
}

/** The words of some blocks (sections, headers, context), one per line. */
export function blockWords(blocks: Block[]): string {
  return blocks
    .flatMap((b) => [
      b.text?.text,
      ...(b.elements ?? []).map((e) => (typeof e.text === "string" ? e.text : undefined)),
    ])
    .filter((t): t is string => t !== undefined)
    .join("\n");
}

function buttonsOf(blocks: Block[]) {
  return blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === "button");
}

/**
 * One Slack user talking to the app through signed requests, as Slack would send them, who keeps track of
 * the modal open in front of them (`box`) and of what the bot said in the last step (`said`).
 */
export class SlackKid {
  /** The modal open now: its id and the view, as the app last sent it. */
  box: { id: string; view: View } | null = null;
  /** The words of the DM messages the bot posted during the last step. */
  said = "";
  /** The words of the messages only this user saw (chat.postEphemeral in the DM) during the last step. */
  saidPrivately = "";
  /** The HTTP response of the last request. */
  response: { status: number; body: string } = { status: 0, body: "" };
  /** Every view shown to this user, from API calls and from response_action answers. */
  readonly views: { source: string; view: View }[] = [];

  constructor(
    private readonly world: SlackWorld,
    readonly userId = "U0KID00001",
  ) {}

  get dm(): string {
    return dmOf(this.userId);
  }

  get boxText(): string {
    return this.box === null ? "" : blockWords(this.box.view.blocks);
  }

  /** Types `/sspr <text>` (in the DM with the bot unless another channel is given). */
  command(text: string, channelId = this.dm): Promise<void> {
    const body = new URLSearchParams({
      token: "unused-verification-token",
      team_id: "T0SCHOOL1",
      team_domain: "school",
      channel_id: channelId,
      channel_name: channelId.startsWith("D") ? "directmessage" : "general",
      user_id: this.userId,
      user_name: "kid",
      command: "/sspr",
      text,
      api_app_id: "A0SSPR0001",
      response_url: "https://hooks.slack.invalid/commands/1",
      trigger_id: this.world.newTriggerId(),
    }).toString();
    return this.step(() => this.world.post(body, "application/x-www-form-urlencoded"));
  }

  /** Types a message in the DM with the bot (a message.im event). */
  message(text: string, options: { eventId?: string; retryNum?: number } = {}): Promise<void> {
    return this.step(() =>
      this.world.postEvent(
        {
          type: "message",
          channel: this.dm,
          channel_type: "im",
          user: this.userId,
          text,
          ts: `${Date.now() / 1000}`,
        },
        {
          ...(options.eventId === undefined ? {} : { eventId: options.eventId }),
          ...(options.retryNum === undefined
            ? {}
            : {
                headers: {
                  "x-slack-retry-num": String(options.retryNum),
                  "x-slack-retry-reason": "http_timeout",
                },
              }),
        },
      ),
    );
  }

  /**
   * Edits one of her DM messages from `previous` to `text` (a message_changed event: the new words in
   * `message`). Slack sends the same event when it adds a link's preview (`unfurl`): the text is unchanged.
   */
  editMessage(
    text: string,
    previous: string,
    options: { eventId?: string; unfurl?: true } = {},
  ): Promise<void> {
    const ts = `${Date.now() / 1000}`;
    const original = { type: "message", user: this.userId, text: previous, ts: "1700000000.000100" };
    return this.step(() =>
      this.world.postEvent(
        {
          type: "message",
          subtype: "message_changed",
          channel: this.dm,
          channel_type: "im",
          hidden: true,
          ts,
          message: {
            ...original,
            text,
            ...(options.unfurl === true
              ? { attachments: [{ from_url: "https://school.example/", title: "School" }] }
              : { edited: { user: this.userId, ts } }),
          },
          previous_message: original,
        },
        options.eventId === undefined ? {} : { eventId: options.eventId },
      ),
    );
  }

  /** Types `/me <text>` in the DM with the bot (a me_message event, its text without the "/me"). */
  meMessage(text: string): Promise<void> {
    return this.step(() =>
      this.world.postEvent({
        type: "message",
        subtype: "me_message",
        channel: this.dm,
        channel_type: "im",
        user: this.userId,
        text,
        ts: `${Date.now() / 1000}`,
      }),
    );
  }

  /**
   * Shares a file in the DM with the bot, with `comment` typed with it (a file_share message event; Slack puts
   * the words typed with a file in the message's text).
   */
  shareFile(comment: string): Promise<void> {
    return this.step(() =>
      this.world.postEvent({
        type: "message",
        subtype: "file_share",
        channel: this.dm,
        channel_type: "im",
        user: this.userId,
        text: comment,
        upload: true,
        files: [{ id: "F0PHOTO001", name: "photo.jpg", mimetype: "image/jpeg", filetype: "jpg" }],
        ts: `${Date.now() / 1000}`,
      }),
    );
  }

  /** Opens the App Home tab (the event carries the Home view published so far, as Slack's does). */
  openHome(): Promise<void> {
    const view = this.world.api.homeOf(this.userId);
    return this.step(() =>
      this.world.postEvent({
        type: "app_home_opened",
        user: this.userId,
        channel: this.dm,
        tab: "home",
        ...(view === undefined ? {} : { view }),
        event_ts: `${Date.now() / 1000}`,
      }),
    );
  }

  /** The words of the Home tab as the user sees it now ("" if it was never published). */
  get homeText(): string {
    const view = this.world.api.homeOf(this.userId) as View | undefined;
    return view === undefined ? "" : blockWords(view.blocks);
  }

  /** Presses the newest button in the DM whose label contains `label`, as the DM shows it now. */
  pressButton(label: string): Promise<void> {
    return this.pressInDm(label, "now");
  }

  /**
   * Presses the newest button ever posted in the DM whose label contains `label`, even one the bot has since
   * taken away: a Slack client that has not caught up yet (another device, a slow network) still shows it.
   */
  pressOldButton(label: string): Promise<void> {
    return this.pressInDm(label, "asPosted");
  }

  private async pressInDm(label: string, seen: "now" | "asPosted"): Promise<void> {
    const shown = [...this.world.api.callsTo("chat.postMessage")]
      .reverse()
      .filter((c) => c.args.channel === this.dm && c.result.ok === true)
      .map((c) => {
        const ts = String(c.result.ts);
        const now = this.world.api.messageNow(this.dm, ts);
        return seen === "now" && now !== undefined
          ? { ts, text: now.text, blocks: now.blocks as Block[] }
          : { ts, text: String(c.args.text), blocks: c.args.blocks as Block[] };
      });
    const message = shown.find((m) => this.findButton(m.blocks, label) !== undefined);
    if (message === undefined) throw new Error(`no button "${label}" in the DM`);
    const button = this.findButton(message.blocks, label)!;
    return this.press(
      button,
      { type: "message", channel_id: this.dm, message_ts: message.ts, is_ephemeral: false },
      // Slack sends the pressed message with the press, as the client shows it.
      {
        message: {
          type: "message",
          user: BOT.userId,
          bot_id: BOT.botId,
          ts: message.ts,
          text: message.text,
          blocks: message.blocks,
        },
      },
    );
  }

  /** Presses a button of the App Home tab (as it is now); the payload carries the view, as Slack's does. */
  pressHomeButton(label: string): Promise<void> {
    const home = this.world.api.homeOf(this.userId) as (View & { id: string; hash: string }) | undefined;
    const button = home === undefined ? undefined : this.findButton(home.blocks, label);
    if (button === undefined) throw new Error(`no button "${label}" on the Home tab`);
    return this.press(button, { type: "view", view_id: home!.id }, { view: home });
  }

  /** Types `value` into the open box and submits it. */
  submitBox(value: string): Promise<void> {
    return this.submitView(this.box, value);
  }

  /** Submits a box seen earlier (e.g. one that is no longer the newest). */
  submitView(box: SlackKid["box"], value: string): Promise<void> {
    if (box === null) throw new Error("no box is open");
    const input = box.view.blocks.find((b) => b.type === "input")!;
    const payload = {
      type: "view_submission",
      team: { id: "T0SCHOOL1", domain: "school" },
      user: { id: this.userId, username: "kid", name: "kid", team_id: "T0SCHOOL1" },
      api_app_id: "A0SSPR0001",
      token: "unused-verification-token",
      trigger_id: this.world.newTriggerId(),
      view: {
        ...box.view,
        id: box.id,
        team_id: "T0SCHOOL1",
        state: {
          values: { [input.block_id!]: { [input.element!.action_id]: { type: "plain_text_input", value } } },
        },
        hash: `${Date.now()}.abc`,
      },
    };
    return this.step(() => this.world.postPayload(payload));
  }

  /** Closes the open box (Cancel or X): Slack tells the app only if the box asked (notify_on_close). */
  async closeBox(): Promise<void> {
    const box = this.box;
    if (box === null) throw new Error("no box is open");
    this.box = null;
    this.world.api.closeView(box.id);
    if ((box.view as { notify_on_close?: boolean }).notify_on_close !== true) return;
    const payload = {
      type: "view_closed",
      team: { id: "T0SCHOOL1", domain: "school" },
      user: { id: this.userId, username: "kid", name: "kid", team_id: "T0SCHOOL1" },
      api_app_id: "A0SSPR0001",
      token: "unused-verification-token",
      view: { ...box.view, id: box.id, team_id: "T0SCHOOL1", hash: `${Date.now()}.abc` },
      is_cleared: false,
    };
    await this.step(() => this.world.postPayload(payload));
  }

  private findButton(blocks: Block[] | undefined, label: string) {
    return buttonsOf(blocks ?? []).find((b) => typeof b.text === "object" && b.text.text.includes(label));
  }

  private press(
    button: NonNullable<ReturnType<SlackKid["findButton"]>>,
    container: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) {
    const payload = {
      type: "block_actions",
      team: { id: "T0SCHOOL1", domain: "school" },
      user: { id: this.userId, username: "kid", name: "kid", team_id: "T0SCHOOL1" },
      api_app_id: "A0SSPR0001",
      token: "unused-verification-token",
      container,
      ...(container.channel_id === undefined
        ? {}
        : { channel: { id: container.channel_id, name: "directmessage" } }),
      ...extra,
      trigger_id: this.world.newTriggerId(),
      response_url: "https://hooks.slack.invalid/actions/1",
      actions: [
        {
          type: "button",
          action_id: button.action_id,
          block_id: "b1",
          text: button.text,
          value: button.value,
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    };
    return this.step(() => this.world.postPayload(payload));
  }

  /** Sends one request, then notes what the user now sees: the box, and the DM messages of this step. */
  private async step(send: () => Promise<Response>): Promise<void> {
    const before = this.world.api.calls.length;
    const response = await send();
    this.response = { status: response.status, body: await response.text() };
    if (this.response.body.startsWith("{")) {
      const answer = JSON.parse(this.response.body) as { response_action?: string; view?: View };
      if (answer.response_action === "update" && this.box !== null) {
        this.box = { id: this.box.id, view: answer.view! };
        this.views.push({ source: "response_action", view: answer.view! });
      } else if (answer.response_action === "clear") {
        this.box = null;
      }
    }
    // Slack had the response (a box's answer) before any call that followed it (e.g. a late views.update).
    const calls: ApiCall[] = this.world.api.calls.slice(before);
    for (const call of calls) {
      if (call.method === "views.open" && call.result.ok === true) {
        this.box = { id: (call.result.view as { id: string }).id, view: call.args.view as View };
        this.views.push({ source: "views.open", view: this.box.view });
      } else if (call.method === "views.update" && call.result.ok === true) {
        this.box = { id: String(call.args.view_id), view: call.args.view as View };
        this.views.push({ source: "views.update", view: this.box.view });
      } else if (call.method === "views.publish" && call.args.user_id === this.userId) {
        this.views.push({ source: "views.publish", view: call.args.view as View });
      }
    }
    this.said = calls
      .filter((c) => c.method === "chat.postMessage" && c.args.channel === this.dm)
      .map((c) => blockWords(c.args.blocks as Block[]))
      .join("\n");
    this.saidPrivately = calls
      .filter((c) => c.method === "chat.postEphemeral" && c.args.channel === this.dm)
      .map((c) => (c.args.blocks === undefined ? String(c.args.text) : blockWords(c.args.blocks as Block[])))
      .join("\n");
  }
}
