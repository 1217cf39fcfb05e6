import RedisMock from "ioredis-mock";

const PATCHED = Symbol.for("sspr.unsupportedRedisCommandsShared");

/*
 * Each new RedisMock (every test world, every duplicate) gives itself one throwing stub per Redis command it
 * does not implement, several hundred Object.defineProperty calls (about 1% of `npm test`'s CPU). Here the
 * same stubs, taken from a first instance, go on the prototype once: the constructor's `name in this` then
 * finds them and defines none. A call still throws ioredis-mock's own "Unsupported command" TypeError.
 */
export function shareUnsupportedRedisCommands(): void {
  const prototype = RedisMock.prototype as unknown as Record<symbol, boolean>;
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const probe = new RedisMock({ lazyConnect: true });
  for (const name of Object.getOwnPropertyNames(probe)) {
    const property = Object.getOwnPropertyDescriptor(probe, name);
    // The stubs are the only own properties it defines that are not enumerable.
    if (property === undefined || property.enumerable || typeof property.value !== "function") continue;
    if (name in RedisMock.prototype) continue;
    Object.defineProperty(RedisMock.prototype, name, property);
  }
  probe.disconnect();
}
