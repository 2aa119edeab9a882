/**
 * Opens an escalation in the one escalation drawer of the page, from anywhere (the board, the
 * alert banner, the bell menu), without the caller sharing a React tree with the drawer.
 */
type Listener = (escalationId: string) => void;
const listeners = new Set<Listener>();

export function openEscalation(escalationId: string): void {
  for (const listener of listeners) listener(escalationId);
}

export function onOpenEscalation(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
