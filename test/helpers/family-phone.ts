import { WEI_LING, WEI_LING_ANSWERS } from "./dialog-helpers.js";
import { DEMO_PASSWORDS } from "./security-helpers.js";
import type { TestChat, TestWorld } from "./test-world.js";

/** Aisha's answers (S1002), as the family-phone tests set them up. */
export const AISHA_ANSWERS: [string, string, string] = ["Rabbit", "Orange", "Dumplings"];

/** A family phone: one chat where Wei Ling (S1001) and then Aisha (S1002) set up, each declining the practice. */
export async function familyPhone(world: TestWorld, name = "mums-phone"): Promise<TestChat> {
  const phone = world.chat(name);
  await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  await phone.press("No thanks");
  await phone.setUp("S1002", DEMO_PASSWORDS.S1002, AISHA_ANSWERS);
  await phone.press("No thanks");
  return phone;
}
