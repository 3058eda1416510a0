import { graphql } from '../generated';

export const GraderGameQuery = graphql(`
  query GraderGame($gameId: ID!) {
    game(id: $gameId) {
      id
      name
      status
      rounds {
        number
        status
      }
    }
  }
`);

export const GraderBoardQuery = graphql(`
  query GraderBoard($gameId: ID!, $round: Int) {
    scoreboard(gameId: $gameId, round: $round) {
      round
      closedRounds
      frozenAfterRound
      rankBy
      rows {
        rank
        team {
          id
          code
          name
        }
        grade
        luckGrade
        total
        luckTotal
        scored
        adjustment
        absentRounds
        autopilotRounds
        modules {
          module
          score
        }
      }
    }
  }
`);

export const GraderPointsQuery = graphql(`
  query GraderPoints($gameId: ID!, $round: Int!, $teamId: ID!) {
    teamReport(gameId: $gameId, round: $round, teamId: $teamId) {
      round
      total
      lossFactor
      absentModules
      scores {
        module
        score
        enabled
        points {
          kpi
          value
          zeroAt
          fullAt
          points
          maxPoints
          counted
          info {
            id
            unit
            label {
              en
              zh
            }
            definition {
              en
              zh
            }
          }
        }
      }
    }
  }
`);

export const RoundSummaryQuery = graphql(`
  query PresenterRoundSummary($gameId: ID!, $round: Int!) {
    marketReport(gameId: $gameId, round: $round) {
      market
      shoppers
      orders
      gmvCents
      averagePriceCents
      averageCpcCents
      averageDeliveryDays
    }
    scoreboard(gameId: $gameId, round: $round) {
      rows {
        total
        modules {
          module
          score
        }
      }
    }
  }
`);
