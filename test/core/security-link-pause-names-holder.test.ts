import { expect, it } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { answersFor, DAY, MINUTE, resetTranscript, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, PRIYA } from "../helpers/staff-helpers.js";
import type { TestWorld } from "../helpers/test-world.js";

/** Three wrong set-up passwords for `id`, each from a chat of its own: her set-up is paused. */
async function pauseFromThrowawayChats(world: TestWorld, id: string): Promise<void> {
  for (const n of [1, 2, 3]) {
    const throwaway = world.chat(`throwaway-${n}`);
    await throwaway.send("/setup");
    await throwaway.send(id);
    await throwaway.send(`Guess-${n}-x`);
  }
}

it("a set-up pause's alert names the chat that holds the ID's link, since when, and what to do if the student did not link it", async () => {
  const { world, clock } = await worldOnSchoolClock();
  // A classmate saw Aisha's password before she set up, and set her up on his own chat.
  const linkedAt = clock.now();
  await world.chat("classmate-phone").setUp("S1002", "River-Kite-34", ["Hippo", "Orange", "Satay"]);
  await world.memoryDirectory.setPassword("S1002", "Brand-New-Secret-99", { mustChange: false });
  clock.advance(3 * DAY);
  // Now he keeps her own set-up paused from chats that are not his.
  await pauseFromThrowawayChats(world, "S1002");
  await world.engine.settled();

  const since = new Date(linkedAt).toISOString().slice(0, 16).replace("T", " ");
  const [alert] = world.alerts.ofKind("link-paused");
  expect(alert?.details).toEqual(
    expect.objectContaining({
      chats: "telegram:throwaway-1, telegram:throwaway-2, telegram:throwaway-3",
      linked: "telegram:classmate-phone",
      linkedSince: since,
    }),
  );
  const text = formatAlert(alert!, clock.now());
  expect(text).toContain(`S1002 is linked now to the chat telegram:classmate-phone (since ${since} UTC).`);
  expect(text).toContain("/clearanswers S1002");
  expect(text).toContain("this does not unlink that chat");
  expect(text).toContain("/unlock S1002");
});

it("a pause of an ID that no chat links says nothing of a link", async () => {
  const { world, clock } = await worldOnSchoolClock();
  await pauseFromThrowawayChats(world, "S1002");
  clock.advance(MINUTE);
  await world.engine.settled();
  const [alert] = world.alerts.ofKind("link-paused");
  expect(alert?.details).not.toHaveProperty("linked");
  expect(formatAlert(alert!, clock.now())).not.toContain("/clearanswers");
});

it("the alert's remedy works: with the password changed, /clearanswers and /unlock let her own /setup take the link back, and his chat cannot reset", async () => {
  const { world, clock } = await worldOnSchoolClock();
  const classmate = world.chat("classmate-phone");
  await classmate.setUp("S1002", "River-Kite-34", ["Hippo", "Orange", "Satay"]);
  await classmate.send("/cancel");
  await world.memoryDirectory.setPassword("S1002", "Brand-New-Secret-99", { mustChange: false });
  clock.advance(DAY);
  await pauseFromThrowawayChats(world, "S1002");

  const admin = world.chat("priya");
  await linkStaff(admin, PRIYA);
  await admin.send("/clearanswers S1002");
  await admin.press("Yes, clear them");
  expect(await world.deps.store.getEnrolment("S1002")).toBeNull();
  // As the alert says: clearing the answers leaves his chat linked.
  expect(await world.deps.store.linkedChat("S1002")).toEqual(classmate.ref);
  await admin.send("/unlock S1002");

  const aisha = world.chat("aisha-phone");
  await aisha.setUp("S1002", "Brand-New-Secret-99", ["Tiger", "Purple", "Laksa"]);
  expect(await world.deps.store.linkedChat("S1002")).toEqual(aisha.ref);
  expect(world.alerts.ofKind("relink")).toHaveLength(1);
  await resetTranscript(classmate, "S1002", answersFor({ animal: "Hippo", colour: "Orange", food: "Satay" }));
  expect(await world.memoryDirectory.authenticate("S1002", "Brand-New-Secret-99")).not.toBeNull();
});

it("a pause from the very chat that holds the link (a student who forgot her password) gets no advice about someone else holding it", async () => {
  const { world, clock } = await worldOnSchoolClock();
  const own = world.chat("aisha-phone");
  await own.setUp("S1002", "River-Kite-34", ["Hippo", "Orange", "Satay"]);
  await own.send("/cancel");
  clock.advance(DAY);
  for (const n of [1, 2, 3]) {
    await own.send("/setup");
    await own.send("S1002");
    await own.send(`Guess-${n}-x`);
  }
  await world.engine.settled();
  const [alert] = world.alerts.ofKind("link-paused");
  expect(alert?.details).toEqual(expect.objectContaining({ chats: "telegram:aisha-phone" }));
  const text = formatAlert(alert!, clock.now());
  expect(text).not.toContain("is linked now to the chat");
  expect(text).not.toContain("/clearanswers");
});
