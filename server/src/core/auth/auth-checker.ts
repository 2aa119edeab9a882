import type { AuthChecker } from 'type-graphql';
import { Forbidden, Unauthenticated } from '../errors/errors';
import type { Role } from '../../modules/users/role';
import type { GraphQLContext } from './context';

/**
 * Coarse authorization: every query and mutation declares @Authorized(roles...). No session →
 * UNAUTHENTICATED; a role not listed → FORBIDDEN. Per-record rules live in each module's policy.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  if (!context.user) throw Unauthenticated();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw Forbidden();
  return true;
};
