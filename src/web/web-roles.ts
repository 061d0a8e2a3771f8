import { SetMetadata } from '@nestjs/common';
import { Role } from '../auth/actor';

export const WEB_ROLES = 'web:roles';
/** Pages only these roles use; a visitor is sent to the login page first. */
export const WebRoles = (...roles: Role[]) => SetMetadata(WEB_ROLES, roles);
