import { SetMetadata } from '@nestjs/common';
import type { Role } from './viewer';

export const ROLES_KEY = 'sandbox:roles';
export const PUBLIC_KEY = 'sandbox:public';

/** The roles allowed to call this operation. Operations without @Roles or @Public are refused. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Callable without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
