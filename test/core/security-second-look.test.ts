import { afterEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { alreadySetUp, DEMO_PASSWORDS, TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** What a second look at the adversary work found, each closed. */
describe("a second look at the limits", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it("a reset started as the chat is unlinked cannot go on: the version is read before the link", async () => {
    world = await TestWorld.create();
    const kid = world.chat("wei-ling");
    await alreadySetUp(world, kid, "S1001", { animal: "Tiger", colour: "Purple", food: "Chicken rice" });
    const store = world.deps.store;
    const read = store.personVersion.bind(store);
    vi.spyOn(store, "personVersion").mockImplementationOnce(async (id) => {
      const version = await read(id);
      await store.unlinkChat(kid.ref); // a teacher unlinks the lost phone right now
      return version;
    });
    await kid.send("/reset");
    expect(kid.lastText).toContain("I can only make a new password in the chat you used to set up");
  });

  it("a dialog that began before a suspension does not learn that its answers were right", async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
    await alreadySetUp(world, world.chat("wei-ling"), "S1001", {
      animal: "Tiger",
      colour: "Purple",
      food: "Chicken rice",
    });
    const guesser = world.chat("guesser");
    await guesser.send("/reset");
    await guesser.send("S1001");
    await guesser.send(weiLingAnswerFor(guesser.lastText));
    await guesser.send(weiLingAnswerFor(guesser.lastText));
    await world.failStudent("S1001", 5); // other dialogs' failures suspend her meanwhile
    await guesser.send(weiLingAnswerFor(guesser.lastText));
    expect(guesser.lastText).toContain("Sorry, that didn't work.");
    expect(guesser.lastText).not.toContain("all 3 answers are right");
  });

  it("a typed number never confirms clearing a student's answers: only the button does", async () => {
    world = await TestWorld.create();
    await world.chat("wei-ling").setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/clearanswers S1001");
    await teacher.send("1");
    expect(teacher.lastText).toContain(
      "Please tap a button, or type yes or no. A typed number does not count at this step",
    );
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
  });

  it("set-up pauses that anyone can cause are counted, never kept in the student's protected trail", async () => {
    world = await TestWorld.create();
    for (const name of ["a", "b", "c"]) {
      const prober = world.chat(`prober-${name}`);
      await prober.send("/setup");
      await prober.send("S1002");
      await prober.send("Guess-1234");
    }
    const trail = await world.deps.store.auditTrailOf("S1002", 20);
    expect(trail.map((e) => e.event)).not.toContain("link-paused");
    const counted = await world.deps.store.attemptCountsOf("S1002");
    expect(counted.map((c) => c.event)).toContain("link-paused");
  });

  it("set-up hashing is paid from the chat's budget: 'answer, back, answer...' cannot keep the server hashing", async () => {
    world = await TestWorld.create();
    const kid = world.chat("kid");
    await kid.send("/setup");
    await kid.send("S1003");
    await kid.send(DEMO_PASSWORDS.S1003);
    let hashed = 0;
    for (let i = 0; i < 40; i++) {
      await kid.press("favourite animal");
      await kid.send(`Elephant${i}`);
      if (kid.lastText.includes("too many tries")) break;
      hashed += 1;
      await kid.send("back");
    }
    expect(kid.lastText).toContain("There have been too many tries from this chat.");
    expect(hashed).toBe(30);
  });
});
