import { useEffect, useState } from 'react';
import { onOpenEscalation } from '../escalationLinks';
import { EscalationDrawer } from './EscalationDrawer';

/** The page's one escalation drawer, opened by openEscalation() from the board, banner or bell. */
export function EscalationDrawerHost() {
  const [escalationId, setEscalationId] = useState<string | null>(null);
  useEffect(() => onOpenEscalation(setEscalationId), []);
  return <EscalationDrawer escalationId={escalationId} onClose={() => setEscalationId(null)} />;
}
