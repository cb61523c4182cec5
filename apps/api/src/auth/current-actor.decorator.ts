import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@banfa/permissions';

/** The logged-in user as permissions see them, put on the request by the AuthGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
