import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum UnitKind {
  /** 生活安全企画課: the only unit that screens cases and posts warnings. */
  DIVISION = 'DIVISION',
  /** 警察署 */
  STATION = 'STATION',
}
registerEnumType(UnitKind, { name: 'UnitKind' });

/** 実施所属: the division or a police station. */
@ObjectType()
@Entity({ name: 'units' })
export class Unit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => UnitKind)
  @Column({ type: 'text' })
  kind: UnitKind;

  /** Optimistic lock: every change bumps it; a stale expectedVersion is a CONFLICT. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
