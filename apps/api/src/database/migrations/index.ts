import { InitialSchema1763769600000 } from './1763769600000-initial-schema';
import { PlatformSchema1763856000000 } from './1763856000000-platform-schema';
import { PolicySourceText1764892800000 } from './1764892800000-policy-source-text';

/** Every migration, in order. The schema exists only through these (no synchronize). */
export const MIGRATIONS = [InitialSchema1763769600000, PlatformSchema1763856000000, PolicySourceText1764892800000];
