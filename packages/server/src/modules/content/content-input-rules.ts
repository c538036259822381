import { IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ITEM_VISIBILITIES, PRODUCT_CODE_PATTERN, type ContentVisibility } from '@foyer/shared';

/*
 * The shape rules every kind of content (articles, updates, courses, announcements) puts on the
 * same fields of its create and update inputs. They live once here so that a slug, a title or a
 * product code is accepted, and refused with the same words, whatever the content is.
 * Each rule is a stack of class-validator decorators; the @Field stays in the input class, since
 * descriptions and defaults belong to each kind's schema.
 */

/** Lower-case words joined by single hyphens: the item's address in the web app. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An optional slug; `example` is a slug of this kind, shown in the message. */
export function SlugRules(example: string): PropertyDecorator {
  return decoratorStack(
    IsOptional(),
    MaxLength(120, { message: 'The slug is too long (120 characters at most).' }),
    Matches(SLUG_PATTERN, {
      message: `Use lower-case letters, digits and single hyphens for the slug, e.g. ${example}.`,
    }),
  );
}

/**
 * A title of 1 to 200 characters, not all spaces (the services trim it, so spaces alone would
 * leave an empty title); an update input passes `{ optional: true }` to leave it as it is.
 */
export function TitleRules({ optional = false } = {}): PropertyDecorator {
  const message = 'Enter a title (up to 200 characters).';
  const rules = [Length(1, 200, { message }), Matches(/\S/, { message })];
  return optional ? decoratorStack(IsOptional(), ...rules) : decoratorStack(...rules);
}

export function SummaryRules(): PropertyDecorator {
  return decoratorStack(
    IsOptional(),
    MaxLength(1000, { message: 'The summary is too long (1,000 characters at most).' }),
  );
}

/**
 * A product code; `example` is a product of this kind's demo world, shown in the message.
 * `optional`: it may be left out. `clearable` (for update inputs): an empty string is accepted
 * too, and clears the product.
 */
export function ProductCodeRules(
  example: string,
  { optional = false, clearable = false } = {},
): PropertyDecorator {
  const matches = Matches(clearable ? PRODUCT_CODE_OR_BLANK : PRODUCT_CODE_PATTERN, {
    message: `Use a product code: lower-case letters, digits and hyphens, e.g. ${example}.`,
  });
  return optional || clearable ? decoratorStack(IsOptional(), matches) : matches;
}

/** An optional visibility out of those the kind offers (`message`: the kind's own words, if any). */
/** Articles, updates and courses name no audience of their own, so a chosen audience is refused. */
export const ITEM_VISIBILITY_MESSAGE =
  'Choose all customers, licence holders of the product, an active service plan, or vendor staff only.';

export function ItemVisibilityRules(): PropertyDecorator {
  return VisibilityRules(ITEM_VISIBILITIES, ITEM_VISIBILITY_MESSAGE);
}

export function VisibilityRules(
  allowed: readonly ContentVisibility[],
  message?: string,
): PropertyDecorator {
  return decoratorStack(
    IsOptional(),
    IsIn(allowed as ContentVisibility[], message === undefined ? undefined : { message }),
  );
}

const PRODUCT_CODE_OR_BLANK = new RegExp(`^$|${PRODUCT_CODE_PATTERN.source}`);

/**
 * Applies the decorators as the same stack written above a property would: the bottom one first.
 * class-validator reports a property's failures in the order they were declared, and the first
 * one is the message the user sees, so the order is kept.
 */
function decoratorStack(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorator of [...decorators].reverse()) decorator(target, property);
  };
}
