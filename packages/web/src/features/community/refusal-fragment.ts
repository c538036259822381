import { graphql } from '../../gql';

// Community mutations refuse with the reasons behind the refusal (community-rules.ts explains
// them before asking); every one of them selects the same fields, shown by <Refusal>.
graphql(`
  fragment Community_refusal on UserError {
    code
    message
    hint
    reasons {
      code
      message
      hint
    }
  }
`);
