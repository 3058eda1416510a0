import { StudentDecidePage } from './student/decide/decide-page';
import { StudentHomePage } from './student/home/home-page';
import { StudentMarketPage } from './student/market/market-page';
import { StudentResultsPage } from './student/results/results-page';
import type { RouteDef } from './ui/routes-types';
import { GraderScoreboardPage } from './grader/scoreboard-page';
import { GraderPresenterPage } from './grader/presenter-page';
import { InstructorCockpitPage } from './instructor/cockpit-page';
import { InstructorGamesPage } from './instructor/games-page';
import { InstructorScenariosPage } from './instructor/scenarios-page';

/**
 * Every page of the console. Each role sees its own pages in the top menu, in this order;
 * the first page with a menu entry is where `/` leads after sign-in.
 */
export const ROUTES: RouteDef[] = [
  { path: '/student/home', roles: ['TEAM'], menuKey: 'home', page: StudentHomePage },
  { path: '/student/market', roles: ['TEAM'], menuKey: 'market', page: StudentMarketPage },
  { path: '/student/decide', roles: ['TEAM'], menuKey: 'decide', page: StudentDecidePage },
  { path: '/student/results', roles: ['TEAM'], menuKey: 'results', page: StudentResultsPage },
  { path: '/grader/scoreboard', roles: ['GRADER'], menuKey: 'scoreboard', page: GraderScoreboardPage },
  { path: '/grader/presenter', roles: ['GRADER'], menuKey: 'presenter', page: GraderPresenterPage },
  { path: '/instructor/games', roles: ['INSTRUCTOR'], menuKey: 'games', page: InstructorGamesPage },
  { path: '/instructor/scenarios', roles: ['INSTRUCTOR'], menuKey: 'scenarios', page: InstructorScenariosPage },
  { path: '/instructor/games/:gameId', roles: ['INSTRUCTOR'], page: InstructorCockpitPage },
  { path: '/instructor/games/:gameId/scoreboard', roles: ['INSTRUCTOR'], page: GraderScoreboardPage },
  { path: '/instructor/games/:gameId/presenter', roles: ['INSTRUCTOR'], page: GraderPresenterPage },
];
