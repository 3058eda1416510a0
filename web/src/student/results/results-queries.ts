import { graphql } from '../../generated';

export const ScoreboardQuery = graphql(`
  query StudentScoreboard($gameId: ID!) {
    scoreboard(gameId: $gameId) {
      complete
      closedRounds
      frozenAfterRound
      rows {
        rank
        total
        grade
        luckGrade
        team {
          id
          code
          name
        }
        modules {
          module
          score
        }
      }
    }
  }
`);

export const RoundReportQuery = graphql(`
  query StudentRoundReport($gameId: ID!, $round: Int!) {
    teamReport(gameId: $gameId, round: $round) {
      round
      total
      luck {
        total
        replays
      }
      lossFactor
      absentModules
      cashStartCents
      cashEndCents
      scores {
        module
        enabled
        score
        points {
          kpi
          value
          zeroAt
          fullAt
          maxPoints
          points
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
        bestGains {
          kpi
          from
          to
          gain
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
      ledger {
        kind
        amountCents
      }
      listings {
        product
        market
        impressions
        clicks
        orders
        revenueCents
        priceCents
        flags
      }
      auctions {
        keyword
        product
        market
        bidCents
        averagePosition
        impressions
        clicks
        cpcCents
        spendCents
        lostToBudget
        qualityScore
      }
      lanes {
        market
        service
        tier
        parcels
        averageDeliveryDays
        late
        lost
        damaged
        costCents
      }
    }
  }
`);
