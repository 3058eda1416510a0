import { graphql } from '../generated';

export const InstructorScenariosQuery = graphql(`
  query InstructorScenarios {
    scenarios {
      id
      version
      key
      origin
      title {
        en
        zh
      }
      roundCount
      markets {
        code
      }
      rounds {
        number
        modules
      }
    }
  }
`);

export const ImportScenarioMutation = graphql(`
  mutation InstructorImport($source: String!, $format: ScenarioFormat!) {
    importScenario(source: $source, format: $format) {
      __typename
      ... on ScenarioImported {
        created
        scenario {
          key
        }
        warnings {
          line
          column
          path
          message
        }
      }
      ... on ScenarioInvalid {
        errorCode
        message
        errors {
          line
          column
          path
          message
        }
      }
    }
  }
`);

export const InstructorGamesQuery = graphql(`
  query InstructorGames {
    games {
      id
      name
      status
      scenarioKey
      currentRound
      roundCount
      createdAt
    }
  }
`);

export const CreateGameMutation = graphql(`
  mutation InstructorCreateGame($input: CreateGameInput!) {
    createGame(input: $input) {
      game {
        id
        name
      }
      teams {
        token
        team {
          code
          name
          botStrategy
        }
      }
      graderToken
    }
  }
`);

export const CockpitQuery = graphql(`
  query InstructorCockpit($gameId: ID!) {
    game(id: $gameId) {
      id
      name
      status
      currentRound
      roundCount
      freezeAfterRound
      roundMinutes
      scenario {
        key
        rounds {
          number
          modules
        }
      }
      teams {
        id
        code
        name
        botStrategy
      }
      rounds {
        number
        status
        deadline
        openedAt
        closedAt
        outcomeHash
        submissions {
          team {
            id
          }
          operations
          selection
          ads
          fulfillment
        }
      }
    }
    adjustments(gameId: $gameId) {
      id
      round
      points
      reason
      createdBy
      createdAt
      teamId
    }
    gameTokens(gameId: $gameId) {
      role
      teamId
      state
      createdAt
      expiresAt
    }
  }
`);

export const CockpitRoundChanged = graphql(`
  subscription InstructorRoundChanged($gameId: ID!) {
    roundChanged(gameId: $gameId) {
      gameId
      round
      status
    }
  }
`);

export const OpenRoundMutation = graphql(`
  mutation InstructorOpenRound($gameId: ID!, $deadline: String) {
    openRound(gameId: $gameId, deadline: $deadline) {
      __typename
      ... on RoundActionError {
        errorCode
        message
      }
    }
  }
`);

export const CloseRoundMutation = graphql(`
  mutation InstructorCloseRound($gameId: ID!) {
    closeRound(gameId: $gameId) {
      __typename
      ... on RoundModel {
        number
        outcomeHash
      }
      ... on RoundActionError {
        errorCode
        message
      }
    }
  }
`);

export const FreezeMutation = graphql(`
  mutation InstructorFreeze($gameId: ID!, $afterRound: Int!) {
    freezeScoreboard(gameId: $gameId, afterRound: $afterRound) {
      id
      freezeAfterRound
    }
  }
`);

export const RevealMutation = graphql(`
  mutation InstructorReveal($gameId: ID!) {
    revealScoreboard(gameId: $gameId) {
      id
      freezeAfterRound
    }
  }
`);

export const RotateTeamTokenMutation = graphql(`
  mutation InstructorRotate($teamId: ID!) {
    rotateTeamToken(teamId: $teamId) {
      token
      team {
        code
        name
      }
    }
  }
`);

export const RevokeTeamTokenMutation = graphql(`
  mutation InstructorRevoke($teamId: ID!) {
    revokeTeamToken(teamId: $teamId) {
      revoked
    }
  }
`);

export const AdjustScoreMutation = graphql(`
  mutation InstructorAdjust($input: AdjustScoreInput!) {
    adjustScore(input: $input) {
      id
    }
  }
`);

export const ClassViewQuery = graphql(`
  query InstructorClassView($gameId: ID!, $round: Int!) {
    scoreboard(gameId: $gameId, round: $round) {
      rows {
        team {
          code
          name
        }
        total
        modules {
          module
          score
        }
      }
    }
    marketReport(gameId: $gameId, round: $round) {
      market
      shoppers
      searches
      orders
      gmvCents
      averagePriceCents
      averageCpcCents
      averageDeliveryDays
    }
  }
`);

export const SetDeadlineMutation = graphql(`
  mutation InstructorSetDeadline($gameId: ID!, $deadline: String) {
    setDeadline(gameId: $gameId, deadline: $deadline) {
      __typename
      ... on RoundActionError {
        errorCode
        message
      }
    }
  }
`);

export const AddBotMutation = graphql(`
  mutation InstructorAddBot($gameId: ID!, $strategy: BotStrategy!, $name: String) {
    addBotTeam(gameId: $gameId, strategy: $strategy, name: $name) {
      id
      code
    }
  }
`);

export const ValidateScenarioQuery = graphql(`
  query InstructorValidate($source: String!, $format: ScenarioFormat!) {
    validateScenario(source: $source, format: $format) {
      ok
      key
      errors {
        line
        column
        path
        message
      }
      warnings {
        line
        column
        path
        message
      }
    }
  }
`);

export const RotateGraderMutation = graphql(`
  mutation InstructorRotateGrader($gameId: ID!) {
    rotateGraderToken(gameId: $gameId) {
      token
    }
  }
`);

export const AuditLogQuery = graphql(`
  query InstructorAuditLog($gameId: ID!, $limit: Int!, $offset: Int!, $action: String) {
    auditLog(gameId: $gameId, limit: $limit, offset: $offset, action: $action) {
      total
      entries {
        id
        at
        action
        actorRole
        actorTeam
        detail
      }
    }
  }
`);
