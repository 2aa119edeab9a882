import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Unit } from '../units/unit.entity';
import { rolesFor } from '../../core/auth/role-matrix';
import { DeactivationKind, Role } from './role';

@ObjectType()
@Entity({ name: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; login is case-insensitive. */
  @Field(() => String)
  @Column({ type: 'text', unique: true })
  username: string;

  @Field(() => String)
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @Field(() => Unit)
  @ManyToOne(() => Unit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Unit;

  /** Work e-mail for escalation alerts (modules/alerts); set by the chief. Null = no alert mail. */
  @Authorized(...rolesFor('user'))
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** argon2id PHC string; never exposed through GraphQL. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** False once deactivated: the account cannot log in and all its sessions were ended. */
  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** When and why an account was deactivated is a personnel matter: only those who manage users see it. */
  @Authorized(...rolesFor('user'))
  @Field(() => Date, { nullable: true })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Authorized(...rolesFor('user'))
  @Field(() => String, { nullable: true })
  @Column({ name: 'deactivation_reason', type: 'text', nullable: true })
  deactivationReason: string | null;

  /** Why the account was deactivated: by the chief, or automatically after ACCOUNT_INACTIVITY_DAYS without a login. */
  @Authorized(...rolesFor('user'))
  @Field(() => DeactivationKind, { nullable: true })
  @Column({ name: 'deactivation_kind', type: 'text', nullable: true })
  deactivationKind: DeactivationKind | null;

  /** Set when an initial or reset password was given: the next login must choose a new one. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** The last completed login (every step done); the inactivity rule counts from here. */
  @Authorized(...rolesFor('user'))
  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'reactivated_at', type: 'timestamptz', nullable: true })
  reactivatedAt: Date | null;

  /** Locked after too many failed logins; only the chief unlocks (unlockUser). */
  @Authorized(...rolesFor('user'))
  @Field(() => Date, { nullable: true })
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  /** Failed logins before this instant no longer count towards a lockout. */
  @Column({ name: 'unlocked_at', type: 'timestamptz', nullable: true })
  unlockedAt: Date | null;

  /** The confirmed TOTP secret, encrypted (core/auth/totp.ts); never exposed. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  /** A secret being enrolled, until a code from it confirms it. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is good once (ASVS 2.8.4). */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
