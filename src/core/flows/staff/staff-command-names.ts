/** The commands of teachers (and admins), and the admins' own. */
export const TEACHER_COMMANDS = ["guided", "unlock", "clearanswers", "coverage"] as const;
export const ADMIN_COMMANDS = ["audit", "stats", "export"] as const;
export const STAFF_COMMANDS = [...TEACHER_COMMANDS, ...ADMIN_COMMANDS] as const;
export type StaffCommand = (typeof STAFF_COMMANDS)[number];
