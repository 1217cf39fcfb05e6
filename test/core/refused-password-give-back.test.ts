import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PasswordRejectedError, StoreUnavailableError } from "../../src/core/errors.js";
import { WEI_LING, openStep, reachNewPasswordChoice } from "../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const NEW_PASSWORD = "Paper-Boat-Sunny-62";

/**
 * The school refuses the child's new password (its own rule: used before). The reset the bot held for it is
 * given back; when Redis fails just then, the child still hears why, and the next password goes through.
 */
describe("a new password the school refused, while the give-back fails", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    const release = world.deps.store.releaseReset.bind(world.deps.store);
    vi.spyOn(world.deps.store, "releaseReset")
      .mockRejectedValueOnce(new StoreUnavailableError())
      .mockImplementation(release);
    await kid.press("I'll type my own");
    // The password she has now: the school's history rule refuses it.
    await kid.send(WEI_LING.password);
    await kid.send(WEI_LING.password);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  it("tells the child why, and asks for another password", async () => {
    expect(kid.lastText).toContain("you have used that password before");
    expect(kid.lastText).not.toContain("Something went wrong");
    expect(await openStep(world, kid)).toBe("reset.newPassword");
  });

  it("takes her next password at once: the reset held for the refused one does not stand in its way", async () => {
    await kid.send(NEW_PASSWORD);
    await kid.send(NEW_PASSWORD);
    expect(kid.lastText).toContain("Done! Your new password is ready.");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, NEW_PASSWORD)).not.toBeNull();
  });
});

describe("a guided reset's password the school refused, while the give-back fails", () => {
  let world: TestWorld;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
  });
  afterEach(async () => {
    vi.restoreAllMocks();
  });

  it("tells the teacher why, as when the give-back works", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    vi.spyOn(world.directory, "setPassword").mockRejectedValueOnce(new PasswordRejectedError("too-simple"));
    vi.spyOn(world.deps.store, "releaseReset").mockRejectedValueOnce(new StoreUnavailableError());
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toContain("did not take the password I made for");
    expect(teacher.lastText).not.toContain("Something went wrong");
  });
});
