import { graphql } from '../../generated';

export const StudentHomeQuery = graphql(`
  query StudentHome($gameId: ID!) {
    game(id: $gameId) {
      id
      name
      status
      currentRound
      roundCount
      rounds {
        number
        status
        deadline
        openedAt
        closedAt
      }
      scenario {
        title {
          en
          zh
        }
        rounds {
          number
          label
          modules
        }
        products {
          id
          name {
            en
            zh
          }
        }
      }
    }
    myStatus {
      cashCents
      serviceScore
      badges
      stock {
        product
        location
        units
      }
      pipeline {
        product
        location
        units
        arrivesRound
      }
    }
    myDecisions {
      module
      version
      round
    }
  }
`);

export const PreviousRoundQuery = graphql(`
  query StudentPreviousRound($gameId: ID!, $round: Int!) {
    teamReport(gameId: $gameId, round: $round) {
      round
      total
      cashStartCents
      cashEndCents
      scores {
        module
        score
        enabled
      }
    }
  }
`);

export const RoundChangedSubscription = graphql(`
  subscription StudentRoundChanged($gameId: ID!) {
    roundChanged(gameId: $gameId) {
      gameId
      round
      status
      gameStatus
    }
  }
`);
