import { graphql } from '../../generated';

export const StudentDecideQuery = graphql(`
  query StudentDecide($gameId: ID!) {
    game(id: $gameId) {
      id
      currentRound
      rounds {
        number
        status
      }
      scenario {
        ...ScenarioFacts
      }
    }
    myStatus {
      cashCents
      stock {
        product
        location
        units
      }
    }
    myDecisions {
      module
      version
      round
      payload
    }
  }
`);

export const PreviousDecisionsQuery = graphql(`
  query StudentPreviousDecisions($round: Int!) {
    myDecisions(round: $round) {
      module
      round
      payload
    }
  }
`);

/** Why decisions were not (or would not be) accepted: every problem with its field path, or a closed round. */
export const DecisionRefusal = graphql(`
  fragment DecisionRefusal on ValidateDecisionsResult {
    ... on DecisionsRejected {
      errorCode
      message
      errors {
        module
        code
        path
        message
      }
    }
    ... on RoundNotOpen {
      errorCode
      message
    }
  }
`);

export const ValidateMutation = graphql(`
  mutation StudentValidate($input: SubmitDecisionsInput!) {
    validateDecisions(input: $input) {
      __typename
      ...DecisionRefusal
    }
  }
`);

export const SubmitMutation = graphql(`
  mutation StudentSubmit($input: SubmitDecisionsInput!) {
    submitDecisions(input: $input) {
      __typename
      ... on DecisionsAccepted {
        round
        modules {
          module
          version
        }
      }
      ...DecisionRefusal
    }
  }
`);
