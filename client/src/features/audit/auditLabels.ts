/** Object types the server writes to the audit log (objectType), for the filter. */
export const AUDIT_OBJECT_TYPES = [
  'Case',
  'Report',
  'User',
  'Unit',
  'Session',
  'ReplyTemplate',
  'AuditLog',
  'Login',
  'MonthlyReport',
  'Bulletin',
  'Retention',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const isAuditObjectType = (value: string): value is AuditObjectType => (AUDIT_OBJECT_TYPES as readonly string[]).includes(value);

/** Prefixes offered in the action filter ("user." finds user.CREATE, user.DEACTIVATE, …). */
export const AUDIT_ACTION_PREFIXES = [
  'case.',
  'report.',
  'user.',
  'session.',
  'unit.',
  'replyTemplate.',
  'audit.',
  'auth.',
  'monthlyReport.',
  'bulletin.',
] as const;

/** The i18n key of an action: `user.CREATE` → `auditAction.user_CREATE`. */
export const auditActionKey = (action: string) => `auditAction.${action.replace('.', '_')}`;
