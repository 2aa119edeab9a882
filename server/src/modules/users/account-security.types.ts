import { Field, ObjectType } from 'type-graphql';
import { LoginStep } from '../../core/auth/login-steps';
import { User } from './user.entity';

@ObjectType({ description: 'Where a login stands: DONE, or the step the client must show next.' })
export class SignInResult {
  @Field(() => LoginStep)
  step: LoginStep;

  @Field(() => User, { nullable: true, description: 'The logged-in user, once step is DONE (null before: nothing is shown until every step is passed).' })
  user: User | null;
}

@ObjectType({ description: 'A new authenticator secret: show it once (as a QR code of otpauthUri, or as text to type in).' })
export class MfaEnrolment {
  @Field(() => String, { description: 'Base32 secret, for typing into the app by hand.' })
  secret: string;

  @Field(() => String, { description: 'otpauth://totp/… URI for a QR code.' })
  otpauthUri: string;
}

@ObjectType({ description: 'The second factor is on. Show the recovery codes once: they are never shown again.' })
export class MfaEnrolmentConfirmation {
  @Field(() => [String], { description: 'Single-use codes for when the phone is lost; only their hashes are kept.' })
  recoveryCodes: string[];

  @Field(() => LoginStep)
  step: LoginStep;

  @Field(() => User, { nullable: true })
  user: User | null;
}
