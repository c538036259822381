import 'reflect-metadata';
import type { DomainError } from '../../platform/graphql/domain-error';
import { validateInput } from '../../platform/graphql/validate-input';
import {
  ProductCodeRules,
  SlugRules,
  SummaryRules,
  TitleRules,
  VisibilityRules,
} from './content-input-rules';

class ExampleInput {
  @SlugRules('getting-started')
  slug?: string | null;

  @TitleRules({ optional: true })
  title?: string | null;

  @SummaryRules()
  summary?: string | null;

  @ProductCodeRules('atlas', { clearable: true })
  product?: string | null;

  @VisibilityRules(
    ['ALL_CUSTOMERS', 'VENDOR_ONLY'] as const,
    'Choose all customers or vendor staff only.',
  )
  visibility?: string | null;
}

function failureOf(
  fields: Partial<ExampleInput>,
): Promise<{ field?: string; message: string } | null> {
  return validateInput(Object.assign(new ExampleInput(), fields)).then(
    () => null,
    (error: DomainError) => ({ field: error.details.field, message: error.message }),
  );
}

describe('content input rules', () => {
  it('accepts an input that leaves every field out', async () => {
    expect(await failureOf({})).toBeNull();
  });

  it('names the malformed slug before its length, as the inputs always did', async () => {
    const patternMessage =
      'Use lower-case letters, digits and single hyphens for the slug, e.g. getting-started.';
    expect(await failureOf({ slug: `Bad_${'x'.repeat(130)}` })).toEqual({
      field: 'slug',
      message: patternMessage,
    });
    expect(await failureOf({ slug: 'x'.repeat(121) })).toEqual({
      field: 'slug',
      message: 'The slug is too long (120 characters at most).',
    });
  });

  it('refuses an empty title and a long summary with the words readers know', async () => {
    expect(await failureOf({ title: '' })).toEqual({
      field: 'title',
      message: 'Enter a title (up to 200 characters).',
    });
    // The services trim titles: spaces alone would be saved as an empty title.
    expect(await failureOf({ title: ' \t ' })).toEqual({
      field: 'title',
      message: 'Enter a title (up to 200 characters).',
    });
    expect(await failureOf({ summary: 'x'.repeat(1001) })).toEqual({
      field: 'summary',
      message: 'The summary is too long (1,000 characters at most).',
    });
  });

  it('lets an update clear the product with an empty string but refuses a malformed code', async () => {
    expect(await failureOf({ product: '' })).toBeNull();
    expect(await failureOf({ product: 'Atlas!' })).toEqual({
      field: 'product',
      message: 'Use a product code: lower-case letters, digits and hyphens, e.g. atlas.',
    });
  });

  it('refuses a visibility the kind does not offer, in its own words', async () => {
    expect(await failureOf({ visibility: 'CHOSEN_AUDIENCE' })).toEqual({
      field: 'visibility',
      message: 'Choose all customers or vendor staff only.',
    });
  });
});
