import type { MessageKey } from '../i18n/ja';

/**
 * Workbench shortcuts (outside text fields). They press the same buttons a mouse would, found by
 * their test IDs, so a shortcut never does what the screen does not offer at that moment.
 */
export interface Shortcut {
  /** For useHotkeys. */
  hotkey: string;
  /** As shown in the help. */
  label: string;
  action: MessageKey;
  /** The button pressed: the first visible one with this test ID. */
  clicks?: string;
}

export const WORKBENCH_SHORTCUTS: Shortcut[] = [
  { hotkey: 't', label: 'T', action: 'shortcuts.take', clicks: 'take-button' },
  // Warning posts a reply on X: Shift as well, never by a stray key.
  { hotkey: 'shift+w', label: 'Shift + W', action: 'shortcuts.warn', clicks: 'warn-submit' },
  { hotkey: 'a', label: 'A', action: 'shortcuts.approval', clicks: 'request-approval' },
  { hotkey: 'n', label: 'N', action: 'shortcuts.notApplicable', clicks: 'not-applicable' },
];

export const NAVIGATION_SHORTCUTS: Array<{ label: string; action: MessageKey; n?: string }> = [
  { label: '1 – 9', action: 'shortcuts.gotoTab', n: 'n' },
  { label: ']', action: 'shortcuts.nextTab' },
  { label: '[', action: 'shortcuts.previousTab' },
  { label: 'R', action: 'shortcuts.refresh' },
  { label: '?', action: 'shortcuts.help' },
];

/** Presses the first visible, enabled button with this test ID; false when there is none. */
export function pressButton(testId: string): boolean {
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>(`[data-testid="${testId}"]`));
  const button = buttons.find((b) => !b.disabled && b.offsetParent !== null);
  if (!button) return false;
  button.focus();
  button.click();
  return true;
}
