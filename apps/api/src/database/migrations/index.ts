import { InitialSchema1763769600000 } from './1763769600000-initial-schema';

/** Every migration, in order. The schema exists only through these (no synchronize). */
export const MIGRATIONS = [InitialSchema1763769600000];
