import { InitialSchema1763769600000 } from './1763769600000-initial-schema';
import { PlatformSchema1763856000000 } from './1763856000000-platform-schema';

/** Every migration, in order. The schema exists only through these (no synchronize). */
export const MIGRATIONS = [InitialSchema1763769600000, PlatformSchema1763856000000];
