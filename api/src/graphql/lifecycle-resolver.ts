import 'reflect-metadata';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Lifecycle } from '../common/lifecycle/lifecycle';
import type { Permission } from '../modules/auth/permissions';
import type { Context } from './context';

export interface StepHandler<R> {
  /** The step's input class; its GraphQL name must be the one the lifecycle declares. */
  input: ClassType;
  description: string;
  run(ctx: Context, id: string, input: never): Promise<R>;
}

/**
 * One mutation per lifecycle step, named and typed as the lifecycle declares it (the same
 * table the panel and the tests read from schema/lifecycles.json), each calling its step.
 */
export function stepResolver<A extends string, R>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  lifecycle: Lifecycle<string, A, any>,
  result: ClassType,
  permission: Permission,
  handlers: Record<A, StepHandler<R>>,
): ClassType {
  @Resolver()
  class Steps {}
  const proto = Steps.prototype as unknown as Record<string, unknown>;
  for (const action of lifecycle.actions) {
    const step = lifecycle.step(action);
    const handler = handlers[action];
    const required = step.input.endsWith('!');
    const inputName = step.input.replace(/!$/, '');
    if (handler.input.name !== inputName) throw new Error(`${step.mutation} takes ${inputName}, its handler ${handler.input.name}`);
    proto[step.mutation] = (id: string, input: unknown, ctx: Context) => handler.run(ctx, id, (input ?? {}) as never);
    Reflect.defineMetadata('design:paramtypes', [String, handler.input, Object], proto, step.mutation);
    Reflect.defineMetadata('design:returntype', Promise, proto, step.mutation);
    Arg('id', () => ID)(proto, step.mutation, 0);
    Arg('input', () => handler.input, { nullable: !required })(proto, step.mutation, 1);
    Ctx()(proto, step.mutation, 2);
    const descriptor = Object.getOwnPropertyDescriptor(proto, step.mutation)!;
    Authorized(permission)(proto, step.mutation, descriptor);
    Mutation(() => result, { name: step.mutation, description: handler.description })(proto, step.mutation, descriptor);
  }
  return Steps;
}
