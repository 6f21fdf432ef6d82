import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

@ObjectType({ description: 'A signed-in session: send `Authorization: Bearer <accessToken>`; renew with `refresh` before it expires.' })
export class AuthPayload {
  @Field(() => String, { description: 'Short-lived (about 15 minutes) JWT for the Authorization header.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token stops working.' })
  accessTokenExpiresAt: Date;

  @Field(() => String, { description: 'Opaque, single-use: `refresh` returns a new pair and revokes it. Keep it secret.' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the refresh token stops working if unused.' })
  refreshTokenExpiresAt: Date;

  @Field(() => User, { description: 'Who signed in.' })
  user: User;
}
