import { StudentHomePage } from './student/home/home-page';
import type { RouteDef } from './ui/routes-types';

/**
 * Every page of the console. Each role sees its own pages in the top menu, in this order;
 * the first page with a menu entry is where `/` leads after sign-in.
 */
export const ROUTES: RouteDef[] = [{ path: '/student/home', roles: ['TEAM'], menuKey: 'home', page: StudentHomePage }];
