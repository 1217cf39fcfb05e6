import { expect, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "./dialog-helpers.js";
import { countArgon2, useSchoolClock } from "./security-helpers.js";
import { TestWorld, type TestChat } from "./test-world.js";

/** Wei Ling set up in her own chat (the practice declined), on the school's clock, argon2 counted from here. */
export async function weiLingSetUpAndCounted(): Promise<{
  world: TestWorld;
  kid: TestChat;
  argon: ReturnType<typeof countArgon2>;
}> {
  useSchoolClock();
  const world = await TestWorld.create();
  const kid = world.chat("wei-ling");
  await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  await kid.press("No thanks");
  return { world, kid, argon: countArgon2() };
}

/** Undoes weiLingSetUpAndCounted: the argon2 count, the world and the clock. */
export async function closeCounted(world: TestWorld, argon: ReturnType<typeof countArgon2>): Promise<void> {
  argon.restore();
  await world.close();
  vi.useRealTimers();
}

/**
 * Words at an answer prompt that are no answer (a command word, "I don't know") cost nothing: no argon2
 * check, no suspension or alert for Wei Ling, no pause of `chat`, no attempt about her.
 */
export async function expectNothingCounted(
  world: TestWorld,
  argon: ReturnType<typeof countArgon2>,
  chat: TestChat,
): Promise<void> {
  expect(argon.verifications).toBe(0);
  expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
  const ctx = { chat: chat.ref, now: Date.now(), deps: world.deps };
  expect(await world.deps.limits.chatBlockedUntil(ctx)).toBeNull();
  expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);
  expect(world.alerts.ofKind("suspension")).toEqual([]);
}
