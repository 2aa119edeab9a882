import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The X account that posted a case, so an account's history shows repeat posters. */
@ObjectType()
@Entity({ name: 'x_accounts' })
export class XAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** X's numeric user ID, once a lookup has told us; null while only the handle is known. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'x_user_id', type: 'text', nullable: true, unique: true })
  xUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  username: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'profile_text', type: 'text', nullable: true })
  profileText: string | null;

  @Field(() => Date)
  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt: Date;

  @Field(() => Date)
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;
}
