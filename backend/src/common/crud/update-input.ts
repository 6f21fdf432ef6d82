import type { Type } from '@nestjs/common';
import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** The update input of a type: every create field optional, plus the id and the version edited. */
export function UpdateInputType<T>(createInput: Type<T>, typeName: string): Type<Partial<T> & { id: string; version: number }> {
  const Optional = PartialType(createInput, InputType) as Type<object>;

  @InputType(`Update${typeName}Input`, { description: `Changes to a ${typeName}; only given fields change.` })
  class UpdateInput extends Optional {
    @Field(() => ID, { description: `The ${typeName} to change.` })
    @IsUUID('all', { message: 'id must be a uuid' })
    id: string;

    @Field(() => Int, { description: 'The version you edited; STALE_VERSION if it changed since.' })
    @IsInt()
    @Min(1)
    version: number;
  }
  return UpdateInput as unknown as Type<Partial<T> & { id: string; version: number }>;
}
