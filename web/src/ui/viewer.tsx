import { createContext, useContext } from 'react';
import type { Role } from './routes-types';

/** Who is signed in, from the `me` query: the role decides which pages the console shows. */
export interface SignedIn {
  role: Role;
  gameId: string | null;
  team: { id: string; code: string; name: string } | null;
  signOut: () => void;
}

export const ViewerContext = createContext<SignedIn | null>(null);

/** The signed-in viewer; pages render only inside the signed-in shell, so it is always there. */
export function useViewer(): SignedIn {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in console');
  return viewer;
}
