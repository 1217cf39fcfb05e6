import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DirectoryUnavailableError } from "../../src/core/errors.js";
import type { Person } from "../../src/core/ports/directory.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * The family phone's mark is set when the child links beside her parent, a teacher: the parent's role is
 * read from the directory then. If the directory cannot say who the other link is at that moment (it failed,
 * or the teacher's account was disabled for a while), the phone must still be marked: otherwise the child
 * moves her link to a phone of her own and the family phone acts as the teacher with no password asked.
 */
const ASK = "This phone is also linked to a student, so only";

describe("a family phone is marked even when the directory cannot say who else is linked there", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    await linkStaff(phone, MRS_NG);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  /** The child links on the family phone while the teacher's lookup gives `answer`, then moves away. */
  async function childLinksThenLeaves(answer: () => Promise<Person | null>): Promise<void> {
    const findPerson = world.directory.findPerson.bind(world.directory);
    const spy = vi
      .spyOn(world.directory, "findPerson")
      .mockImplementation(async (id) => (id.toLowerCase() === "t2001" ? answer() : findPerson(id)));
    await phone.send("/setup");
    await phone.send("S1001");
    await phone.send(DEMO_PASSWORDS.S1001);
    await phone.send("/cancel");
    spy.mockRestore();
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001", "s1001"]);
    const own = world.chat("her-own-phone");
    await own.send("/setup");
    await own.send("S1001");
    await own.send(DEMO_PASSWORDS.S1001);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001"]);
  }

  it("when the teacher's lookup failed just then", async () => {
    await childLinksThenLeaves(async () => {
      throw new DirectoryUnavailableError();
    });
    await phone.send("/guided S1003");
    expect(phone.lastText).toContain(ASK);
    expect(phone.lastText).not.toContain("Arjun Kumar");
  });

  it("when the directory did not know the teacher just then (her account disabled for a while)", async () => {
    await childLinksThenLeaves(async () => null);
    await phone.send("/guided S1003");
    expect(phone.lastText).toContain(ASK);
    expect(phone.lastText).not.toContain("Arjun Kumar");
  });

  it("and the child's set-up goes on when the lookup failed: the link is made, the phone marked", async () => {
    const findPerson = world.directory.findPerson.bind(world.directory);
    vi.spyOn(world.directory, "findPerson").mockImplementation(async (id) => {
      if (id.toLowerCase() === "t2001") throw new DirectoryUnavailableError();
      return findPerson(id);
    });
    await phone.send("/setup");
    await phone.send("S1001");
    await phone.send(DEMO_PASSWORDS.S1001);
    expect(phone.lastText).toContain("Great, it's you");
    expect(await world.deps.store.wasSharedWithStudent(phone.ref)).toBe(true);
  });
});
