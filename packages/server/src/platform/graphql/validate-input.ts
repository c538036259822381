import { validate } from 'class-validator';
import { DomainError } from './domain-error';

/**
 * Shape validation for input classes. Failures become a VALIDATION_FAILED payload error naming
 * the field, instead of a thrown GraphQL error, because bad input is an expected failure.
 */
export async function validateInput(input: object): Promise<void> {
  const errors = await validate(input, { forbidUnknownValues: false });
  const first = firstError(errors);
  if (first) {
    throw new DomainError('VALIDATION_FAILED', first.message, {
      field: first.field,
      hint: 'Correct the field and try again.',
    });
  }
}

type ValidationErrorLike = {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
};

function firstError(
  errors: ValidationErrorLike[],
  prefix = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field, message };
    const nested = firstError(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}
