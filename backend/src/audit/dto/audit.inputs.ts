import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Type } from 'class-transformer';
import { AUDIT_ACTIONS, AuditActionEnum, type AuditAction } from '../../common/audit/audit-entry.entity';

@InputType({ description: 'Which audit entries to list; all given conditions apply.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Changes made by this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorUserId must be a uuid' })
  actorUserId?: string;

  @Field(() => String, { nullable: true, description: 'GraphQL type name, e.g. Camera.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @Field(() => [AuditActionEnum], { nullable: true, description: 'Only these kinds of change.' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { each: true })
  action?: AuditAction[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or after this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
