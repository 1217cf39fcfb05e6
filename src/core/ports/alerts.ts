/** The things admins are told about. */
export type AlertKind =
  | "suspension"
  | "failure-spree"
  | "relink"
  | "guided-reset"
  | "directory-error"
  | "staff-question-reset"
  | "chat-throttled"
  | "link-paused"
  | "answer-check-flood"
  | "audit-full";

export interface Alert {
  kind: AlertKind;
  /** Who or what it is about (a person id, a chat key); alerts of one kind and subject are de-duplicated. */
  subject: string;
  /** Plain facts for the admin; never a secret. */
  details?: Record<string, string | number>;
}

/** Where admin alerts go. `raise` must not throw and must not hold up a student's dialog. */
export interface Alerts {
  raise(alert: Alert): void;
}
