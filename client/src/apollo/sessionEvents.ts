/**
 * Lets the network layer tell the UI that the session ended (expired for inactivity, or logged
 * out in another tab) without the Apollo client importing React code.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifySessionExpired(): void {
  for (const listener of listeners) listener();
}
