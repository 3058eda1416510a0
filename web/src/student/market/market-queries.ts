import { graphql } from '../../generated';

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
