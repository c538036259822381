import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ERROR_CODES, type ErrorCode, type Role, type RuleViolation } from '@foyer/shared';
import { RoleEnum } from './enums';
import type { DomainError } from './domain-error';

export const ErrorCodeEnum = Object.fromEntries(
  ERROR_CODES.map((code: ErrorCode) => [code, code]),
) as {
  [K in ErrorCode]: K;
};
registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: 'Every error code a client may switch on.',
});

@ObjectType({ description: 'One reason an action was refused, with what to do instead.' })
export class UserErrorReason {
  @Field(() => ErrorCodeEnum)
  code: ErrorCode;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  hint: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role: Role | null;
}

@ObjectType({ description: 'Why a mutation did not happen. Nothing was changed.' })
export class UserError extends UserErrorReason {
  @Field(() => String, {
    nullable: true,
    description: 'The input field at fault, when there is one.',
  })
  field: string | null;

  @Field(() => [UserErrorReason], {
    description: 'Every reason the rules gave, the first one included.',
  })
  reasons: UserErrorReason[];
}

export function toUserError(error: DomainError): UserError {
  const reasons = (error.details.reasons ?? []).map(fromViolation);
  const main = {
    code: error.code,
    message: error.message,
    hint: error.details.hint ?? null,
    role: error.details.role ?? null,
  };
  return Object.assign(new UserError(), main, {
    field: error.details.field ?? null,
    reasons: reasons.length > 0 ? reasons : [Object.assign(new UserErrorReason(), main)],
  });
}

function fromViolation(violation: RuleViolation): UserErrorReason {
  return Object.assign(new UserErrorReason(), {
    code: violation.code,
    message: violation.message,
    hint: violation.hint,
    role: violation.role ?? null,
  });
}
