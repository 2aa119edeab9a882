// Every migration, in order. Imported (not globbed) so the same list works compiled and under jest.
import { InitialSchema1764300000000 } from './1764300000000-InitialSchema';
import { CaseWorkflow1764400000000 } from './1764400000000-CaseWorkflow';
import { UserAdministration1764600000000 } from './1764600000000-UserAdministration';
import { ReplyTemplates1764500000000 } from './1764500000000-ReplyTemplates';

export const migrations = [InitialSchema1764300000000, CaseWorkflow1764400000000, UserAdministration1764600000000, ReplyTemplates1764500000000];
