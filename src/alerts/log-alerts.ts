import type { Alert, Alerts } from "../core/ports/alerts.js";
import type { Logger } from "../logging/create-logger.js";

/** Admin alerts written to the log; always on, whatever other alert channels a school configures. */
export class LogAlerts implements Alerts {
  constructor(private readonly logger: Logger) {}

  raise(alert: Alert): void {
    this.logger.warn({ alert }, `admin alert: ${alert.kind} (${alert.subject})`);
  }
}
