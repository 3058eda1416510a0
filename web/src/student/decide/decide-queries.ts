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

export const ValidateMutation = graphql(`
  mutation StudentValidate($input: SubmitDecisionsInput!) {
    validateDecisions(input: $input) {
      __typename
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
  }
`);
