import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Public } from './access/decorators.js';
import { IsNotEmpty, MaxLength } from 'class-validator';
import type { Context } from '../../context.js';
import { StaffType } from '../staff/staff.type.js';
import { Staff } from '../staff/staff.entity.js';
import { SESSION_COOKIE, signIn, signOut } from './session.service.js';

@InputType('SignInInput')
class SignInInput {
  @Field(() => String) @IsNotEmpty({ message: 'Enter your email' }) @MaxLength(200) email!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Enter your password' }) @MaxLength(200) password!: string;
}

@ObjectType('SignInPayload')
class SignInPayload {
  @Field(() => String, { description: 'Bearer token for scripts (Authorization: Bearer …). The web app uses the httpOnly cookie instead.' })
  token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => StaffType) staff!: StaffType;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => StaffType, { nullable: true, description: 'The signed-in member of staff, or null.' })
  async me(@Ctx() { viewer, em }: Context): Promise<StaffType | null> {
    if (!viewer) return null;
    return StaffType.from(await em.findOneOrFail(Staff, viewer.id));
  }

  @Public()
  @Mutation(() => SignInPayload, {
    description:
      'Sets the session cookie and returns a bearer token. A wrong email or password answers UNAUTHENTICATED with one message for both. ' +
      'Too many failures for the email or from the address answer TOO_MANY_ATTEMPTS with extensions.retryAfterSeconds, the same for a known and an unknown email.',
  })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() { em, res, config }: Context): Promise<SignInPayload> {
    const { token, expiresAt, staff } = await signIn(em, { email: input.email, password: input.password, address: res.req.ip }, config);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/', expires: expiresAt,
    });
    return Object.assign(new SignInPayload(), { token, expiresAt, staff: StaffType.from(staff) });
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session. Safe to repeat.' })
  async signOut(@Ctx() { em, token, res }: Context): Promise<boolean> {
    if (token) await signOut(em, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
