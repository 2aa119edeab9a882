// Every migration, in order. Imported (not globbed) so the same list works compiled and under jest.
import { InitialSchema1764300000000 } from './1764300000000-InitialSchema';

export const migrations = [InitialSchema1764300000000];
