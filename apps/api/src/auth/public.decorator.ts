import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'banfa:public';

/** Marks an endpoint that needs no login (health, login itself). Everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
