import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Arg } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { Context } from '../../graphql/context';
import { findVisible } from '../../graphql/crud';
import { ImportBatch } from './import-batch.entity';
import './import.policy';
import { startImport } from './import.batches';
import { ImportBatchView, ImportInput, ImportRowErrorView } from './import.types';

@ArgsType()
class ErrorPage {
  @Field(() => Int, { defaultValue: 100 }) @Min(1) @Max(1000) limit!: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(10_000) offset!: number;
}

export function batchView(b: ImportBatch): ImportBatchView {
  return {
    id: b.id,
    entity: b.entity,
    mode: b.mode,
    fileName: b.fileName,
    status: b.status,
    background: b.background,
    rowsTotal: b.rowsTotal,
    rowsDone: b.rowsDone,
    rowsImported: b.rowsImported,
    errorCount: b.errorCount,
    uploadUrl: `imports/${b.id}`,
    templateUrl: `imports/templates/${b.entity}.xlsx`,
    createdAt: b.createdAt,
    startedAt: b.startedAt ?? null,
    finishedAt: b.finishedAt ?? null,
    allErrors: b.errors ?? [],
  };
}

/** Bulk imports: start a batch (dry run or commit), upload its file, read what was wrong with which row. */
@Resolver(() => ImportBatchView)
export class ImportResolver {
  @Authorized()
  @Mutation(() => ImportBatchView, { description: '导入 Starts a bulk import of customers, products, units, codes, parts or opening stock; POST the file to uploadUrl' })
  async startImport(@Arg('input', () => ImportInput) input: ImportInput, @Ctx() ctx: Context): Promise<ImportBatchView> {
    return batchView(await startImport(ctx, input));
  }

  @Authorized()
  @Query(() => ImportBatchView, { description: 'An import the caller started (administrators: any), with its progress and bad rows' })
  async importBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ImportBatchView> {
    return batchView(await findVisible(ImportBatch, ctx, id));
  }

  @FieldResolver(() => [ImportRowErrorView], { description: 'The bad rows, in row order (a page of them)' })
  errors(@Root() batch: ImportBatchView, @Args(() => ErrorPage) page: ErrorPage, @Ctx() ctx: Context): ImportRowErrorView[] {
    return batch.allErrors.slice(page.offset, page.offset + page.limit).map((e) => ({ row: e.row, column: e.column, message: ctx.lang === 'en' ? e.en : e.zh, value: e.value ?? null }));
  }
}
