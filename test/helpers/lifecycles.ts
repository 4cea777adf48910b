import lifecycles from '../../schema/lifecycles.json';

type Steps = Record<string, { from: string[]; to: string; mutation: string; input: string }>;

/** The service-order steps as the contract publishes them (schema/lifecycles.json): mutation and input type per action. */
export const ORDER_STEPS = lifecycles.ServiceOrder.steps as Steps;

export function stepMutation(action: string): string {
  return ORDER_STEPS[action.toUpperCase()].mutation;
}

/** A step mutation's input type, by mutation name (`DispatchInput`). */
export function stepInputType(mutation: string): string {
  const step = Object.values(ORDER_STEPS).find((s) => s.mutation === mutation);
  if (!step) throw new Error(`${mutation} is not a lifecycle step`);
  return step.input.replace(/!$/, '');
}
