import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What every editable row has: a uuid, timestamps and a version for optimistic locking. */
@ObjectType({ isAbstract: true })
export abstract class EditableEntity {
  @Field(() => ID, { description: 'Stable identifier (uuid).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: 'Incremented by every change; send it back with an update or delete.' })
  @VersionColumn({ type: 'integer' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the row was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the row was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
