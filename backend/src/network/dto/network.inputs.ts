import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

const MAX_FAILED = 10_000;

@InputType({ description: 'Elements assumed to fail together in an outage scenario; every id must exist (NOT_FOUND otherwise).' })
export class FailedElementsInput {
  @Field(() => [ID], { nullable: true, description: 'Fiber runs cut.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_FAILED) @IsUUID('all', { each: true, message: 'fiberRunIds must hold uuids' })
  fiberRunIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Network nodes (switches, cabinets, closures, control centre) down.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_FAILED) @IsUUID('all', { each: true, message: 'networkNodeIds must hold uuids' })
  networkNodeIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Poles knocked down (their cameras and the cables through them).' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_FAILED) @IsUUID('all', { each: true, message: 'poleIds must hold uuids' })
  poleIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Power feeds cut.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_FAILED) @IsUUID('all', { each: true, message: 'powerFeedIds must hold uuids' })
  powerFeedIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Power sources out.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_FAILED) @IsUUID('all', { each: true, message: 'powerSourceIds must hold uuids' })
  powerSourceIds?: string[];
}
