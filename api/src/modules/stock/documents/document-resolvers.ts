import type { ClassType } from 'type-graphql';
import type { Context } from '../../../graphql/context';

type Step = (ctx: Context, id: string, input: never) => Promise<unknown>;

/** A lifecycle step's mutation: its input type, its description and the service that takes it. */
export const step = (input: ClassType, description: string, run: Step) => ({ input, description, run: run as never });
