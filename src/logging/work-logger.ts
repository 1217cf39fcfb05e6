import type { Logger } from "pino";
import type { LogContext } from "./log-context.js";

const LEVELS: ReadonlySet<string> = new Set(["fatal", "error", "warn", "info", "debug", "trace"]);
/** Questions about the level, answered by the parent until the child is made: it has the same level. */
const LEVEL_QUESTIONS: ReadonlySet<string> = new Set(["isLevelEnabled", "level", "levelVal"]);

/**
 * `parent.child(ids)` for one unit of work (an update, a request), built only when a line is written at an
 * enabled level. pino redacts a child's bindings when it is made (tens of microseconds with our redact
 * paths, on every update), and most updates write no line at all.
 */
export function workLogger(parent: Logger, ids: LogContext): Logger {
  let child: Logger | undefined;
  const built = (): Logger => (child ??= parent.child(ids));
  return new Proxy(parent, {
    get(target, name) {
      if (child === undefined && typeof name === "string") {
        const idle = LEVELS.has(name) && !target.isLevelEnabled(name);
        if (idle || LEVEL_QUESTIONS.has(name)) {
          const value: unknown = Reflect.get(target, name, target);
          return typeof value === "function" ? value.bind(target) : value;
        }
      }
      const real = built();
      const value: unknown = Reflect.get(real, name, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
    set(_target, name, value: unknown) {
      return Reflect.set(built(), name, value);
    },
  });
}
