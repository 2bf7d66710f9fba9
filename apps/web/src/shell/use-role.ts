import type { Role } from '../gql/graphql';
import { useViewer } from '../layout/viewer';

/** The signed-in person's role; the signed-in layout renders pages only once it is known. */
export function useRole(): Role {
  const { data } = useViewer();
  if (!data) throw new Error('useRole() outside the signed-in layout');
  return data.me.role;
}
