import { Field, ObjectType, type ClassType } from 'type-graphql';
import { UserError } from './user-error.type';

/**
 * The payload type of a mutation that answers with one thing or why not: `{ <field>: T, error }`.
 * Most mutations of a kind (create, update, publish…) share this shape and differ only in name and
 * description, so each kind names its payloads with this instead of declaring the class again.
 * The fields are declared thing first, then error, as the schema has always listed them.
 */
export function resultPayload<Field extends string, T extends object>(
  name: string,
  description: string,
  field: Field,
  type: () => ClassType<T>,
): ClassType<{ [K in Field]?: T | null } & { error: UserError | null }> {
  class ResultPayload {}
  declareField(type, ResultPayload, field);
  declareField(() => UserError, ResultPayload, 'error');
  ObjectType(name, { description })(ResultPayload);
  return ResultPayload as ClassType<{ [K in Field]?: T | null } & { error: UserError | null }>;
}

function declareField(
  type: () => ClassType<object>,
  target: ClassType<object>,
  property: string,
): void {
  Field(type, { nullable: true })(target.prototype, property);
}
