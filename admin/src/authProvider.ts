import { gql } from '@apollo/client';
import type { AuthProvider } from 'ra-core';
import type { LoginResult, Viewer } from '../../schema/generated/graphql';
import { apolloClient } from './dataProvider/apolloClient';
import { errorCode, sentToken, toHttpError } from './dataProvider/errors';
import { isAllowed, panelPermissions } from './permissions';
import { clearSession, readSession, writeSession } from './session';

const LOGIN = gql`
  mutation login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        displayName
      }
    }
  }
`;

const ME = gql`
  query me {
    me {
      id
      kind
      label
      roles
      permissions
      stationId
      timeZone
      mayTakeOrders
      technicianId
      reportAbilities {
        commission
        confirmSettlement
        adjustCommission
        changeLeaderboardWeights
      }
    }
  }
`;

/** Where a user lands after signing in: parts keepers on their work, everyone else on the first page they may read. */
function landingPage(roles: readonly string[]): string | undefined {
  const keeperOnly = roles.includes('PARTS_KEEPER') && !roles.some((r) => ['ADMIN', 'DISPATCHER'].includes(r));
  return keeperOnly ? '/stockWork' : undefined;
}

/** Signs in with the `login` mutation; what the user may do comes from `me` and is kept with the token. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const { data: login } = await apolloClient.mutate<{ login: LoginResult }>({ mutation: LOGIN, variables: { username, password } });
      const { token, expiresAt, user } = login!.login;
      const { data } = await apolloClient.query<{ me: Viewer }>({
        query: ME,
        context: { headers: { authorization: `Bearer ${token}` } },
      });
      writeSession({ token, expiresAt, displayName: user.displayName, viewer: data.me });
      const landing = landingPage(data.me.roles);
      // react-admin goes where a `redirectTo` says, even when it is undefined: give one only to keepers.
      return landing ? { redirectTo: landing } : undefined;
    } catch (error) {
      throw toHttpError(error);
    }
  },
  async logout() {
    clearSession();
  },
  async checkAuth() {
    if (!readSession()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error) {
    if (errorCode(error) !== 'UNAUTHENTICATED') return;
    // A late answer to a request sent before this sign-in (the dashboard asks while the login
    // page opens) says nothing about the session now held.
    const session = readSession();
    const sent = sentToken(error);
    if (session && sent !== undefined && sent !== session.token) return;
    clearSession();
    throw new Error('ra.notification.logged_out');
  },
  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    return { id: session.viewer.id, fullName: session.displayName };
  },
  async getPermissions() {
    return panelPermissions(readSession()?.viewer);
  },
  async canAccess({ resource, action }) {
    return isAllowed(panelPermissions(readSession()?.viewer), resource, action);
  },
};
