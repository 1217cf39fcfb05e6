import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Limits } from "../../src/core/limits/limits.js";
import type { Store } from "../../src/core/ports/store.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import type { Outcome } from "../../src/core/messages.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * Puts `around` between the engine and every store call of the world (it gets the call's name and a way to
 * make it); the returned function puts the store back.
 */
function aroundStoreCalls(
  world: TestWorld,
  around: (name: string, call: () => unknown) => unknown,
): () => void {
  const real = world.deps.store;
  const realLimits = world.deps.limits;
  world.deps.store = new Proxy(real, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        around(String(name), () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  }) as Store;
  // The limits count in the same store: their calls are round trips too.
  world.deps.limits = new Limits(world.deps.store, realLimits.rules, world.alerts);
  return () => {
    world.deps.store = real;
    world.deps.limits = realLimits;
  };
}

/**
 * Every store call is one Redis round trip (the store sends one command or one script per call), so
 * counting the calls an update makes counts its round trips.
 */
function countStoreCalls(world: TestWorld): { calls: string[] } {
  const seen = { calls: [] as string[] };
  aroundStoreCalls(world, (name, call) => {
    seen.calls.push(name);
    return call();
  });
  return seen;
}

describe("Redis round trips per update", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a question choice in an ongoing set-up costs two: begin (dedupe, lock, load with the chat's language) and end (save, unlock)", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    const store = countStoreCalls(world);
    await kid.press("animal");
    expect(kid.lastText).toContain("favourite animal");
    expect(store.calls).toEqual(["beginChatTurn", "endChatTurn"]);
  });

  it("a guided code typed at a reset's question costs two: the reset read the code's end as it started", async () => {
    const teacher = world.chat("teacher-phone");
    await linkStaff(teacher, MRS_NG);
    const kid = world.chat("wei-ling-phone");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Noodles"]);
    await kid.press("No thanks");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const code = world.notices.find((n) => n.chat.chatUserId === kid.ref.chatUserId)?.reply.text.params?.code;
    await kid.send("/reset");
    const store = countStoreCalls(world);
    await kid.send(String(code));
    expect(kid.lastText).toContain("Is that the code I sent you?");
    expect(store.calls).toEqual(["beginChatTurn", "endChatTurn"]);
  });

  it("a redelivered update costs one, and nothing happens", async () => {
    const kid = world.chat();
    await kid.send("/start");
    const store = countStoreCalls(world);
    const outcome = await world.engine.handle({ ...kid.ref, isPrivate: true, updateId: "7", text: "/setup" });
    expect(outcome.duplicate).toBeUndefined();
    store.calls.length = 0;
    const again = await world.engine.handle({ ...kid.ref, isPrivate: true, updateId: "7", text: "/setup" });
    expect(again.duplicate).toBe(true);
    // The chat's pause, which a /setup checks first, is read in the same tick as the turn: one round trip.
    expect(store.calls).toEqual(["beginChatTurn", "blockedUntil", "blockedUntil"]);
  });

  it("/help and /start outside a dialog cost one: the links come with the turn, and no lock is taken", async () => {
    const kid = world.chat();
    await kid.send("/start");
    for (const text of ["/help", "/start"]) {
      const store = countStoreCalls(world);
      await kid.send(text);
      await world.engine.settled();
      expect(store.calls).toEqual(["beginChatTurn"]);
    }
  });

  it("/help mid-dialog reads who the chat is linked to in the turn's first round trip", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    const store = countStoreCalls(world);
    await kid.send("/help");
    expect(store.calls).toEqual(["beginChatTurn", "endChatTurn"]);
  });
});

/**
 * The store round trips an update waits for, one after another, before its reply is ready. Each store call
 * answers a macrotask later (as a network reply would); calls started while others are unanswered share
 * their round trip, and calls still unanswered when the reply is ready did not delay it.
 */
function countWaitedRoundTrips(world: TestWorld): {
  waited: () => number;
  called: () => string[];
  restore: () => void;
} {
  const trips: { open: number }[] = [];
  const calls: string[] = [];
  const restore = aroundStoreCalls(world, (name, call) => {
    calls.push(name);
    const last = trips.at(-1);
    const trip = last !== undefined && last.open > 0 ? last : { open: 0 };
    if (trip !== last) trips.push(trip);
    trip.open++;
    const result = call();
    return new Promise((resolve) => setImmediate(resolve)).then(() => result).finally(() => trip.open--);
  });
  return { waited: () => trips.filter((trip) => trip.open === 0).length, called: () => [...calls], restore };
}

describe("Redis round trips before the reply", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("/help and /start outside a dialog wait for one: the links are read with the turn, and no lock is taken", async () => {
    const kid = world.chat();
    await kid.send("/start");
    for (const text of ["/help", "/start"]) {
      const trips = countWaitedRoundTrips(world);
      const outcome = await world.engine.handle({ ...kid.ref, isPrivate: true, text });
      const waited = trips.waited();
      await world.engine.settled();
      trips.restore();
      expect(outcome.replies.length).toBeGreaterThan(0);
      expect(waited).toBe(1);
    }
    // Mid-dialog, the dialog is saved again (its step moves on) before the reply: two.
    await kid.send("/setup");
    const trips = countWaitedRoundTrips(world);
    await world.engine.handle({ ...kid.ref, isPrivate: true, text: "/help" });
    trips.restore();
    expect(trips.waited()).toBe(2);
    await kid.send("/cancel");
    // The lock was released all the same: the next update is not kept waiting.
    await kid.send("/help");
    expect(kid.lastText).toContain("/reset");
  });

  it("/help that waited for another replica's turn reads the links again: what that turn changed shows", async () => {
    const teacher = world.chat("teacher-phone");
    await linkStaff(teacher, MRS_NG);
    const other = await world.deps.store.beginChatTurn(teacher.ref, {
      dedupeTtlSeconds: 60,
      lockTtlMs: 5_000,
      waitMs: 0,
    });
    if (other.duplicate || other.token === null) throw new Error("no lock");
    // /help has sent its turn and its read of the links; it waits for the chat while the other turn
    // unlinks the teacher, then lets go.
    const help = world.engine.handle({ ...teacher.ref, isPrivate: true, text: "/help" });
    await world.deps.store.unlinkChat(teacher.ref);
    await world.deps.store.endChatTurn(teacher.ref, other.token, {});
    const outcome = await help;
    expect(outcome.replies.map((r) => r.text.key)).toEqual(["help"]);
  });
});

describe("Redis round trips of the wrong password that pauses an ID's set-up", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** The round trips the third wrong password for `id` (the one that pauses it) waits for, and its store calls. */
  async function pausingTryWaits(id: string): Promise<{ waited: number; called: string[] }> {
    for (const n of [1, 2]) {
      const chat = world.chat(`${id}-guess-${n}`);
      await chat.send("/setup");
      await chat.send(id);
      await chat.send(`Guess-${n}-x`);
    }
    const third = world.chat(`${id}-guess-3`);
    await third.send("/setup");
    await third.send(id);
    const trips = countWaitedRoundTrips(world);
    try {
      await world.engine.handle({ ...third.ref, isPrivate: true, text: "Guess-3-x" });
      return { waited: trips.waited(), called: trips.called() };
    } finally {
      await world.engine.settled();
      trips.restore();
    }
  }

  it("a linked ID's makes the same store calls before its reply as a made-up ID's: the chat holding its link is read after it", async () => {
    await world.chat("classmate-phone").setUp("S1002", DEMO_PASSWORDS.S1002, ["Hippo", "Orange", "Satay"]);
    const linked = await pausingTryWaits("S1002");
    const madeUp = await pausingTryWaits("Q9999");
    expect(world.alerts.ofKind("link-paused")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ linked: "telegram:classmate-phone" }) }),
    ]);
    // A real ID and a made-up one cost the prober the same: no read of the link, nor of a trail, to wait for.
    expect(linked.called).toEqual(madeUp.called);
    expect(linked.waited).toBe(madeUp.waited);
  });
});

describe("Redis round trips of a whole set-up and reset, update by update", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** The round trips `update` waits for before its reply, with what it said. */
  async function waitedFor(update: () => Promise<Outcome>): Promise<number> {
    const trips = countWaitedRoundTrips(world);
    try {
      await update();
      return trips.waited();
    } finally {
      await world.engine.settled();
      trips.restore();
    }
  }

  it("each update waits for as few as its checks allow: the audit goes with the save, the chat's pause with the turn", async () => {
    const kid = world.chat();
    const answers = { animal: "Tiger", colour: "Purple", food: "Noodles" } as const;
    const waited: Record<string, number> = {};
    waited["/setup"] = await waitedFor(() => kid.send("/setup"));
    waited["id"] = await waitedFor(() => kid.send("S1001"));
    waited["password"] = await waitedFor(() => kid.send(DEMO_PASSWORDS.S1001));
    for (const [question, answer] of Object.entries(answers)) {
      waited[`pick ${question}`] = await waitedFor(() => kid.press(question));
      waited[`answer ${question}`] = await waitedFor(() => kid.send(answer));
    }
    expect(kid.lastText).toContain("All done");
    waited["no practice"] = await waitedFor(() => kid.press("No thanks"));
    waited["/reset"] = await waitedFor(() => kid.send("/reset"));
    for (let i = 1; i <= 3; i++) {
      const asked = Object.keys(answers).find((q) => kid.lastText.includes(q)) as keyof typeof answers;
      waited[`reset answer ${i}`] = await waitedFor(() => kid.send(answers[asked]));
    }
    waited["make one"] = await waitedFor(() => kid.press("Make one for me"));
    expect(kid.lastText).toContain("new password");
    expect(waited).toEqual({
      // Begin and end, with the chat's pause read in the first.
      "/setup": 2,
      // Before the directory is asked: the chat's lookup paid for, the chat's links (is it full?) and the
      // id's pause, side by side.
      id: 3,
      // The attempt reserved, then the link; the link's audit goes with the save.
      password: 4,
      "pick animal": 2,
      // The answer check paid for before the hash.
      "answer animal": 3,
      "pick colour": 2,
      "answer colour": 3,
      "pick food": 2,
      // Paid for; then the link read with the question names (the store's call), the save; the audit with the end.
      "answer food": 4,
      "no practice": 2,
      // The pause and the links with the turn; the person's records; the links again after her version.
      "/reset": 4,
      // The enrolment, and the chat's budget and the school's in one step, before the hash.
      "reset answer 1": 3,
      "reset answer 2": 3,
      // And after the hash her version and suspension; the audit with the end.
      "reset answer 3": 4,
      // The reservation, the directory; the reset counted and audited, and the linked chat read, with the end.
      "make one": 3,
    });
  });
});

describe("audit events written with the turn's save", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("are in Redis when the reply comes, with the events before them in order", async () => {
    const kid = world.chat();
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Noodles"]);
    const events = (await world.deps.store.recentAudit(10)).map((e) => `${e.event} ${e.outcome}`).reverse();
    expect(events).toEqual(["link ok", "enrol ok"]);
  });

  it("are written when the turn's save fails: a link is never unaudited", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("S1001");
    const real = world.deps.store;
    const failing: Store = Object.create(real) as Store;
    failing.endChatTurn = () => Promise.reject(new Error("Redis refused the write"));
    world.deps.store = failing;
    try {
      await kid.send(DEMO_PASSWORDS.S1001);
    } finally {
      world.deps.store = real;
    }
    expect(kid.lastText).not.toContain("now linked");
    expect(await world.deps.store.linkedPerson(kid.ref)).toBe("s1001");
    const events = (await world.deps.store.recentAudit(10)).map(
      (e) => `${e.event} ${e.outcome} ${e.subject}`,
    );
    expect(events).toEqual(["link ok S1001"]);
  });
});

/*
 * Regression guards found by review: no test failed when the reply went out before the writes with the save
 * were done (`void writing` for `await writing` in the engine); these two fail then.
 */
describe("writes with the turn's save, and the reply", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** The store, but the link's audit answers only when `release` is called (or fails with `error`). */
  function holdLinkAudit(error?: Error): { started: () => boolean; release: () => void } {
    let started = false;
    let release = () => {};
    const real = world.deps.store;
    const holding: Store = Object.create(real) as Store;
    holding.appendAudit = (event, options) => {
      if (event.event !== "link") return real.appendAudit(event, options);
      started = true;
      return new Promise<void>((resolve) => (release = resolve)).then(() => {
        if (error !== undefined) throw error;
        return real.appendAudit(event, options);
      });
    };
    world.deps.store = holding;
    return { started: () => started, release: () => release() };
  }

  const aWhile = async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  };

  it("the reply waits for the link's audit: it is in the audit trail when the student reads 'linked'", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("S1001");
    const audit = holdLinkAudit();
    let replied = false;
    const reply = kid.send(DEMO_PASSWORDS.S1001).then(() => (replied = true));
    await aWhile();
    expect(audit.started()).toBe(true);
    expect(replied).toBe(false);
    audit.release();
    await reply;
    expect(kid.lastText).toContain("now linked");
    const events = (await world.deps.store.recentAudit(10)).map((e) => `${e.event} ${e.outcome}`);
    expect(events).toEqual(["link ok"]);
  });

  it("a write with the save that fails is logged, and the reply still goes out", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("S1001");
    const audit = holdLinkAudit(new Error("Redis refused the write"));
    const reply = kid.send(DEMO_PASSWORDS.S1001);
    await aWhile();
    audit.release();
    await reply;
    expect(kid.lastText).toContain("now linked");
    expect(world.logs.text).toContain("could not write an audit event");
    // The chat is free for the next message.
    await kid.press("animal");
    expect(kid.lastText).toContain("favourite animal");
  });
});

describe("the chat's pause, read with the turn of a /setup or a /reset", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** Counts failed tries of the chat until it is paused, as its own wrong rounds would. */
  async function pauseChat(chat: { channel: string; chatUserId: string }): Promise<void> {
    const rule = world.deps.limits.rules.chat;
    for (let i = 0; i < rule.maxFailures; i++) {
      await world.deps.store.countFailure("chat", `${chat.channel}:${chat.chatUserId}`, Date.now(), rule);
    }
  }

  for (const command of ["/setup", "/reset"]) {
    it(`${command} in a paused chat is refused, and says how long`, async () => {
      const kid = world.chat();
      await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Noodles"]);
      await kid.press("No thanks");
      await pauseChat(kid.ref);
      await kid.send(command);
      expect(kid.lastText).toContain("too many tries from this chat");
    });

    it(`${command} that waited for another turn of the chat reads its pause again: the pause that turn began holds`, async () => {
      const kid = world.chat();
      await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Noodles"]);
      await kid.press("No thanks");
      const other = await world.deps.store.beginChatTurn(kid.ref, {
        dedupeTtlSeconds: 60,
        lockTtlMs: 5_000,
        waitMs: 0,
      });
      if (other.duplicate || other.token === null) throw new Error("no lock");
      // The command has sent its turn and its read of the pause; it waits for the chat while the other turn
      // pauses it (its last wrong round), then lets go.
      const sent = world.engine.handle({ ...kid.ref, isPrivate: true, text: command });
      await pauseChat(kid.ref);
      await world.deps.store.endChatTurn(kid.ref, other.token, {});
      const outcome = await sent;
      expect(outcome.replies.map((r) => r.text.key)).toEqual([`${command.slice(1)}.throttled`]);
    });
  }
});
