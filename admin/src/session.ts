import type { Viewer } from '../../schema/generated/graphql';

/** Who is signed in, kept across reloads: the login token and what `me` said about its holder. */
export interface Session {
  token: string;
  expiresAt: string;
  displayName: string;
  viewer: Pick<Viewer, 'id' | 'kind' | 'label' | 'roles' | 'permissions' | 'stationId'> & Partial<Pick<Viewer, 'timeZone' | 'mayTakeOrders' | 'technicianId' | 'reportAbilities'>>;
}

const KEY = 'aftersales.session';

export function readSession(): Session | undefined {
  const raw = localStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    return new Date(session.expiresAt).getTime() > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
