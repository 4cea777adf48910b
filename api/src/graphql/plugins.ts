import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import { today } from '../common/dates';
import type { UsageCounter } from '../modules/auth/usage-counter';

/** Errors carry both languages in `extensions.message`; the response speaks the caller's. */
export const localiseErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (contextValue?.lang !== 'en' || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        response.body.singleResult.errors = errors.map((e) => {
          const bilingual = e.extensions?.message as { en?: string } | undefined;
          const fields = e.extensions?.fields as Array<{ messageEn?: string }> | undefined;
          return {
            ...e,
            message: bilingual?.en ?? e.message,
            extensions: {
              ...e.extensions,
              ...(fields ? { fields: fields.map((f) => ({ ...f, message: f.messageEn })) } : {}),
            },
          };
        });
      },
    };
  },
};

/** Counts every partner request per key, day and operation, in the process (see `UsageCounter`). */
export function partnerUsage(counter: UsageCounter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          const actor = contextValue.actor;
          if (actor?.kind !== 'partner') return;
          counter.record(actor.id, today(contextValue.config.timeZone), operationName ?? 'anonymous');
        },
      };
    },
  };
}
