import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Unit } from '../units/unit.entity';
import { rolesFor } from '../../core/auth/role-matrix';
import { Role } from './role';

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

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
