import type { AlertsSettings } from "../config/alerts-settings.js";
import type { Dedupe } from "../core/ports/dedupe.js";
import type { WindowCounts } from "../core/ports/window-counts.js";
import type { Logger } from "../logging/create-logger.js";
import type { AlertSink } from "./alert-sink.js";
import { AlertService, type AlertServiceOptions } from "./alert-service.js";

/**
 * The application's admin alerts, from configuration: the log always, plus `sinks` (build them with
 * telegramAlertSinks and SlackAlertSink from ADMIN_ALERT_TELEGRAM_CHATS / ADMIN_ALERT_SLACK_CHANNEL).
 * Close it on shutdown, before the store.
 */
export function createAlerts(
  config: { alerts: AlertsSettings; core?: { defaultLanguage: string } },
  store: Dedupe & WindowCounts,
  logger: Logger,
  sinks: AlertSink[] = [],
  extra: Pick<AlertServiceOptions, "delivery" | "onDelivery" | "directorySettings"> = {},
): AlertService {
  return new AlertService({
    store,
    logger: logger.child({ component: "alerts" }),
    sinks,
    dedupeMs: config.alerts.dedupeMs,
    maxPerKind: config.alerts.maxPerKind,
    ...(config.core === undefined ? {} : { language: config.core.defaultLanguage }),
    ...extra,
  });
}
