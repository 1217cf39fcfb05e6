import type { Alert, Alerts } from "../../src/core/ports/alerts.js";

/** Alerts kept in a list, so a test can see what the admins were told. */
export class RecordingAlerts implements Alerts {
  readonly raised: Alert[] = [];

  raise(alert: Alert): void {
    this.raised.push(alert);
  }

  ofKind(kind: Alert["kind"]): Alert[] {
    return this.raised.filter((a) => a.kind === kind);
  }
}
