import { afterEach, describe, expect, it, vi } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TYPING_AFTER_MS, type StartTimer } from "../../../src/bots/telegram/typing-indicator.js";
import type { Person } from "../../../src/core/ports/directory.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/** The demo school, whose password check waits until the test opens the gate (a slow school server). */
class SlowDirectory extends SwitchableDirectory {
  private opened = Promise.resolve();
  private open = () => {};
  waiting = 0;

  hold(): void {
    this.opened = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open();
  }

  override async authenticate(id: string, password: string): Promise<Person | null> {
    this.waiting++;
    await this.opened;
    this.waiting--;
    return super.authenticate(id, password);
  }
}

/** A timer the test fires by hand: "300 ms passed while the work was still going". */
class HandTimers {
  readonly started: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  readonly start: StartTimer = (callback, ms) => {
    const timer = { ms, fire: callback, cancelled: false };
    this.started.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };

  get pending() {
    return this.started.filter((timer) => !timer.cancelled);
  }
}

describe("Telegram shows typing… while a step takes long", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  let directory: SlowDirectory;
  afterEach(async () => {
    directory.release();
    await world.close(channel);
  });

  async function start(typing?: { startTimer?: StartTimer }) {
    directory = new SlowDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    ({ world, channel } = await TelegramWorld.create({}, { directory, typing }));
    const kid = new TelegramKid(world, 424242);
    await kid.say("/setup");
    await kid.say("S1001");
    return kid;
  }

  const typingCalls = () => world.api.callsTo("sendChatAction");

  it("sends one sendChatAction to the chat before the reply when the directory is slow", async () => {
    const kid = await start();
    const sentBefore = world.api.callsTo("sendMessage").length;
    directory.hold();
    const sending = kid.say(DEMO_PASSWORDS.S1001);
    // The school server answers only once the child has seen "typing…" (after the real 300 ms timer).
    await vi.waitFor(() => expect(typingCalls()).toHaveLength(1), { timeout: 5_000, interval: 20 });
    expect(world.api.callsTo("sendMessage")).toHaveLength(sentBefore);
    directory.release();
    await sending;

    expect(typingCalls()).toHaveLength(1);
    expect(typingCalls()[0]!.payload).toEqual({ chat_id: kid.chat.id, action: "typing" });
    const order = kid.lastCalls.map((call) => call.method);
    expect(order.indexOf("sendChatAction")).toBeLessThan(order.indexOf("sendMessage"));
    expect(kid.texts.join()).toContain("Great, it's you");
  });

  it("sends nothing for a quick step like /help: the timer is cleared before it fires", async () => {
    const timers = new HandTimers();
    const kid = await start({ startTimer: timers.start });
    await kid.say("/help");
    expect(kid.texts.join()).toContain("To stop, type /cancel.");

    expect(timers.started.length).toBeGreaterThan(0);
    expect(timers.started.every((timer) => timer.ms === TYPING_AFTER_MS)).toBe(true);
    expect(timers.pending).toEqual([]);
    expect(typingCalls()).toEqual([]);
  });

  it("shows typing… once when the timer fires during the work; a quick button press clears its own", async () => {
    const timers = new HandTimers();
    const kid = await start({ startTimer: timers.start });
    directory.hold();
    const sending = kid.say(DEMO_PASSWORDS.S1001);
    await vi.waitFor(() => expect(directory.waiting).toBe(1));
    expect(timers.pending).toHaveLength(1);
    timers.pending[0]!.fire();
    directory.release();
    await sending;
    expect(typingCalls()).toHaveLength(1);

    // A question button is quick: its timer is cleared, no second indicator.
    await kid.press("favourite animal");
    expect(kid.texts.join()).toContain("Type your answer");
    expect(timers.pending).toEqual([]);
    expect(typingCalls()).toHaveLength(1);
  });

  it("never shows typing… in a group chat", async () => {
    const timers = new HandTimers();
    await start({ startTimer: timers.start });
    const before = timers.started.length;
    const group = new TelegramKid(world, 515151, { id: -100123, type: "supergroup", title: "4A" });
    await group.say("/reset");
    expect(group.texts.join()).toContain("private message");
    expect(timers.started.length).toBe(before);
    expect(typingCalls()).toEqual([]);
  });

  it("still replies when Telegram refuses the typing… call, and logs it at debug only", async () => {
    const timers = new HandTimers();
    const kid = await start({ startTimer: timers.start });
    world.api.failNext("sendChatAction", 400, { ok: false, error_code: 400, description: "Bad Request" });
    directory.hold();
    const sending = kid.say(DEMO_PASSWORDS.S1001);
    await vi.waitFor(() => expect(directory.waiting).toBe(1));
    timers.pending[0]!.fire();
    await vi.waitFor(() => expect(typingCalls()).toHaveLength(1));
    directory.release();
    await sending;

    expect(typingCalls()).toHaveLength(1); // not retried
    expect(kid.texts.join()).toContain("Great, it's you");
    const line = world.logs.lines.find((l) => l.includes("could not show typing"));
    expect(JSON.parse(line!)).toMatchObject({ level: 20, code: 400 });
    expect(world.logs.text).not.toContain("could not handle a Telegram update");
  });
});
