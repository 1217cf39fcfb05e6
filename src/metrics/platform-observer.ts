import type { CallObserver } from "../bots/telegram/retrying-api.js";
import type { Logger } from "../logging/create-logger.js";
import type { BotMetrics } from "./bot-metrics.js";

/**
 * Counts and times every platform API call by method and outcome, and logs a call that hit the time limit
 * (PLATFORM_TIMEOUT_MS): a hung platform is what an operator must hear about first.
 */
export function platformCallObserver(platform: string, metrics: BotMetrics, logger: Logger): CallObserver {
  return (method, outcome, seconds) => {
    metrics.platformCalls.inc({ platform, method, outcome });
    metrics.platformSeconds.observe({ platform, method }, seconds);
    if (outcome === "timeout") {
      logger.warn(
        { event: "platform_timeout", platform, method, seconds: Math.round(seconds * 10) / 10 },
        `${platform} ${method} did not answer in time`,
      );
    }
  };
}
