import { Field, ObjectType } from 'type-graphql';
import { ErrorCode } from './error-codes.js';
import { DomainError } from './domain-error.js';

@ObjectType({ description: 'An expected failure, shown next to the field it concerns.' })
export class UserError {
  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field(() => String, { nullable: true, description: 'The input field the error belongs to, if any.' })
  field!: string | null;

  @Field(() => String)
  message!: string;
}

export type Payload<K extends string, T> = { [key in K]: T | null } & { errors: UserError[] };

/**
 * Runs a mutation's service call and shapes the result as `{ <key>: result, errors: [] }`,
 * or `{ <key>: null, errors: [UserError] }` when a rule refused it. Anything else is unexpected and rethrown.
 */
export async function toPayload<K extends string, T>(key: K, work: () => Promise<T>): Promise<Payload<K, T>> {
  try {
    const result = await work();
    return { [key]: result, errors: [] } as unknown as Payload<K, T>;
  } catch (error) {
    if (error instanceof DomainError) {
      return { [key]: null, errors: [{ code: error.code, field: error.field, message: error.message }] } as unknown as Payload<K, T>;
    }
    throw error;
  }
}
