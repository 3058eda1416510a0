import { graphql } from '../../generated';

export const StudentMarketQuery = graphql(`
  query StudentMarket($gameId: ID!) {
    game(id: $gameId) {
      id
      rounds {
        number
        status
      }
      scenario {
        ...ScenarioFacts
      }
    }
  }
`);

export const RivalsQuery = graphql(`
  query StudentRivals($gameId: ID!, $round: Int!) {
    rivalListings(gameId: $gameId, round: $round) {
      kind
      seller
      market
      product
      priceCents
      rating
    }
  }
`);
