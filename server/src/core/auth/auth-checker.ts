import type { GraphQLResolveInfo } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { Forbidden, Unauthenticated } from '../errors/errors';
import type { Role } from '../../modules/users/role';
import type { GraphQLContext } from './context';
import { PENDING_STEP_OPERATIONS, stepRequiredError } from './login-steps';

/**
 * Coarse authorization: every query and mutation declares @Authorized(roles...). No session →
 * UNAUTHENTICATED; a session that still waits for a login step → that step's code
 * (MFA_REQUIRED, PASSWORD_CHANGE_REQUIRED, MFA_ENROLMENT_REQUIRED); a role not listed → FORBIDDEN.
 * Per-record rules live in each module's policy.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  if (!context.user) throw Unauthenticated();
  // A session still waiting for a login step may do that step (and log out), nothing else. Checked
  // on the operation itself; fields below it are reached only through an operation that passed.
  if (context.sessionStep && isOperation(info)) {
    const allowed: readonly string[] = PENDING_STEP_OPERATIONS[context.sessionStep];
    if (!allowed.includes(info.fieldName)) throw stepRequiredError(context.sessionStep);
  }
  if (roles.length > 0 && !roles.includes(context.user.role)) throw Forbidden();
  return true;
};

const isOperation = (info: GraphQLResolveInfo) =>
  info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
