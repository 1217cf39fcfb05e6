import { classNamed } from "./flows/staff/typed-class.js";

/**
 * A class as an audit event names it when the event is about the class and no person ("class:5B", a
 * teacher's refused /coverage 5B): the directory's spelling, so /audit 5B and `npm run audit -- --person
 * class:5B` find every one. Records written before that kept the class as typed ("class:5 b").
 */
const CLASS_PREFIX = "class:";

export function classSubject(className: string): string {
  return `${CLASS_PREFIX}${className}`;
}

/** The class written after "class:" ("class:5B", or "Class: 5b" typed), else null. */
export function classInSubject(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.toLowerCase().startsWith(CLASS_PREFIX)) return null;
  const rest = trimmed.slice(CLASS_PREFIX.length).trim();
  return rest === "" ? null : rest;
}

/** Whether an event's subject is the class `className`, however it was spelt ("class:5 b" is 5B). */
export function isAboutClass(subject: string, className: string): boolean {
  const named = classInSubject(subject);
  return named !== null && classNamed(named, [className]) === className;
}
