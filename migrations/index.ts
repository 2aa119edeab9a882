// Every migration, in order. Imported (not globbed) so the same list works compiled and under jest.
import { InitialSchema1764300000000 } from './1764300000000-InitialSchema';
import { CaseWorkflow1764400000000 } from './1764400000000-CaseWorkflow';
import { UserAdministration1764600000000 } from './1764600000000-UserAdministration';
import { ReplyTemplates1764500000000 } from './1764500000000-ReplyTemplates';
import { ReplyDelivery1764700000000 } from './1764700000000-ReplyDelivery';
import { Statistics1764800000000 } from './1764800000000-Statistics';
import { MonthlyReports1764810000000 } from './1764810000000-MonthlyReports';
import { AccountSecurity1764900000000 } from './1764900000000-AccountSecurity';
import { Retention1764910000000 } from './1764910000000-Retention';

import { AccountNotifications1765000000000 } from './1765000000000-AccountNotifications';
import { Escalations1765100000000 } from './1765100000000-Escalations';
import { Alerts1765200000000 } from './1765200000000-Alerts';
import { PerformanceIndexes1765300000000 } from './1765300000000-PerformanceIndexes';
import { EscalationFollowUp1765400000000 } from './1765400000000-EscalationFollowUp';
import { RollupShards1765500000000 } from './1765500000000-RollupShards';
import { CaseChangeNotify1765600000000 } from './1765600000000-CaseChangeNotify';

export const migrations = [
  InitialSchema1764300000000,
  CaseWorkflow1764400000000,
  ReplyTemplates1764500000000,
  UserAdministration1764600000000,
  ReplyDelivery1764700000000,
  Statistics1764800000000,
  MonthlyReports1764810000000,
  AccountSecurity1764900000000,
  Retention1764910000000,
  AccountNotifications1765000000000,
  Escalations1765100000000,
  Alerts1765200000000,
  PerformanceIndexes1765300000000,
  EscalationFollowUp1765400000000,
  RollupShards1765500000000,
  CaseChangeNotify1765600000000,
];
