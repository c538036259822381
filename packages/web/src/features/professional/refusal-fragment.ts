import { graphql } from '../../gql';

// The refusal of every mutation on a professional's roles, access or membership: the role rules'
// reasons, each naming the mandatory contact role at stake (role), shown by <Refusal>.
graphql(`
  fragment ProfessionalPanel_refusal on UserError {
    code
    message
    hint
    role
    reasons {
      code
      message
      hint
      role
    }
  }
`);
