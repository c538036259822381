import { graphql } from '../../gql';

// The refusal every content editor's save and publish mutations select: the form shows it on
// the field it names (field), or above the buttons.
graphql(`
  fragment ContentEditor_error on UserError {
    code
    field
    message
    hint
  }
`);
