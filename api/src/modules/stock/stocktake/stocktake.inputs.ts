import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { MAX_LINE_QUANTITY, MAX_LINES } from '../documents/document.inputs';
import { StocktakeStatus } from '../stock.enums';

@InputType()
export class StocktakeCreateInput {
  @Field(() => ID) @IsUUID() warehouseId!: string;
  @Field(() => [ID], { nullable: true, description: 'The parts to count; left out: every active part' })
  @ArrayMaxSize(MAX_LINES)
  @IsUUID('all', { each: true })
  partIds?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class StocktakeCountInput {
  @Field(() => ID) @IsUUID() partId!: string;
  @Field(() => Int, { description: '实盘数' }) @Min(0) @Max(MAX_LINE_QUANTITY) countedQuantity!: number;
}

@InputType()
export class StocktakeCountsInput {
  @Field(() => [StocktakeCountInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) counts!: StocktakeCountInput[];
}

/** CSV lines as the import reads them: two cells each, blank lines left out. */
export function csvRows(csv: string): Array<{ line: number; cells: string[] }> {
  return csv
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, cells: text.split(/[,\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1')) }))
    .filter((r) => r.cells.some((c) => c !== ''));
}

/** Two columns on every line (checked before anything is looked up). */
function IsCountCsv(): PropertyDecorator {
  return ValidateBy({
    name: 'isCountCsv',
    validator: {
      validate: (value) => typeof value === 'string' && csvRows(value).length > 0 && csvRows(value).every((r) => r.cells.length === 2 && r.cells.every((c) => c !== '')),
      defaultMessage: () => 'csv must have two columns on every line: part code, counted quantity',
    },
  });
}

@InputType()
export class StocktakeImportInput {
  @Field({ description: 'CSV text: one line per part, `part code,counted quantity` (comma or tab); a first line naming the columns is skipped' })
  @MaxLength(200_000)
  @IsCountCsv()
  csv!: string;
}

@InputType()
export class StocktakeFilter extends ListFilter {
  @Field(() => StocktakeStatus, { nullable: true }) status?: StocktakeStatus;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
