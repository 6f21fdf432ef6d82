import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../common/graphql/connection';
import { inputValidationPipe } from '../common/validation';
import { CreateUserInput, UpdateUserInput, UserFilter } from './dto/user.inputs';
import { User } from './user.entity';
import { UsersService } from './users.service';

const UserConnection = ConnectionType(User, 'User');

/** Accounts: admins only (see auth/permissions.ts); `me` is in the auth resolver. */
@Resolver(() => User)
export class UsersResolver {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Query(() => User, { name: 'user', description: 'One user by id (admins).' })
  user(@Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.users.findOne(id);
  }

  @Query(() => UserConnection, { name: 'users', description: 'A page of users matching the filter (admins).' })
  list(
    @Args('filter', { type: () => UserFilter, nullable: true }, inputValidationPipe(UserFilter)) filter?: UserFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 0 to 1000 (default 100).' }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<User>> {
    return this.users.list(filter ?? {}, first ?? undefined, after);
  }

  @Mutation(() => User, { description: 'Creates an account (admins); CONFLICT when the email is taken.' })
  createUser(@Args('input', { type: () => CreateUserInput }, inputValidationPipe(CreateUserInput)) input: CreateUserInput): Promise<User> {
    return this.users.create(input);
  }

  @Mutation(() => User, {
    description: 'Changes an account (admins): re-role, disable (its sessions end at once), new password. The last active admin cannot be removed.',
  })
  updateUser(@Args('input', { type: () => UpdateUserInput }, inputValidationPipe(UpdateUserInput)) input: UpdateUserInput): Promise<User> {
    return this.users.update(input);
  }
}
