import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Max, Min } from 'class-validator';
import { IsAmount } from '../../../common/validators';

/** The most of one part a single line may move. */
export const MAX_LINE_QUANTITY = 100_000;
/** The most lines one document may have (a stocktake of every part of a warehouse included). */
export const MAX_LINES = 1000;

@InputType({ description: 'A part and how many' })
export class StockLineInput {
  @Field(() => ID) @IsUUID() partId!: string;
  @Field(() => Int) @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
}

@InputType({ description: 'A part, how many, and what one costs' })
export class CostedLineInput {
  @Field(() => ID) @IsUUID() partId!: string;
  @Field(() => Int) @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
  @Field(() => Float, { nullable: true, description: 'Cost per unit in yuan; left out: the part’s cost price (purchases) or the warehouse’s moving average' })
  @IsAmount()
  unitCost?: number;
}
