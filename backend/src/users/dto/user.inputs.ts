import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { ROLES, type Role } from '../../core/domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from '../passwords';

const PASSWORD_RULES = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not easy to guess (zxcvbn score at least ${PASSWORD_MIN_SCORE} of 4, else BAD_USER_INPUT with reason WEAK_PASSWORD)`;
import { RoleEnum } from '../user.entity';

@InputType({ description: 'A new account (admins only).' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in email (unique).' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => RoleEnum, { description: 'What the user may do (one role per user).' })
  @IsIn(ROLES)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The organisation the user works for.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a uuid' })
  organisationId?: string | null;

  @Field(() => String, { description: `Initial password: ${PASSWORD_RULES}.` })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType({ description: 'Changes to an account (admins only); only given fields change.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The account to change.' })
  @IsUUID('all', { message: 'id must be a uuid' })
  id: string;

  @Field(() => Int, { description: 'The version you edited; STALE_VERSION if it changed since.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'Name shown to people.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => RoleEnum, { nullable: true, description: 'A new role applies to tokens already given out.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Moves the user to this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a uuid' })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Disabling ends every session of the user at once.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @Field(() => String, { nullable: true, description: `A new password (${PASSWORD_RULES}); ends every session of the user.` })
  @IsOptional()
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password?: string;
}

@InputType({ description: 'Which users to list; all given conditions apply.' })
export class UserFilter {
  @Field(() => [RoleEnum], { nullable: true, description: 'Only users with one of these roles.' })
  @IsOptional()
  @IsIn(ROLES, { each: true })
  role?: Role[];

  @Field(() => ID, { nullable: true, description: 'Only users of this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a uuid' })
  organisationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only disabled (true) or only active (false) users.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @Field(() => String, { nullable: true, description: 'Text found in the email or name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
