import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { findVisible } from '../../graphql/crud';
import { toDefinition } from '../query/query.inputs';
import { ExportRun } from './export-run.entity';
import { ExportInput } from './export.inputs';
import './export.policy';
import { startExport } from './export.service';
import { ExportRunView } from './export.types';

function view(run: ExportRun, ctx: Context): ExportRunView {
  return {
    id: run.id,
    format: run.format,
    title: run.title,
    fileName: run.fileName,
    status: run.status,
    total: run.total ?? null,
    rowsDone: run.rowsDone,
    error: (ctx.lang === 'en' ? run.errorEn : run.errorZh) ?? null,
    background: run.background,
    url: `exports/${run.id}`,
    expiresAt: run.expiresAt ?? null,
    createdAt: run.createdAt,
    startedAt: run.startedAt ?? null,
    finishedAt: run.finishedAt ?? null,
  };
}

/** Server-side exports of query results and lists: start one, then download it and watch it. */
@Resolver()
export class ExportResolver {
  @Authorized()
  @Mutation(() => ExportRunView, { description: '导出 Starts an export (CSV or XLSX) of a query, a saved query, a list as filtered or a report; download it from url (a background one when its status is DONE)' })
  async startExport(@Arg('input', () => ExportInput) input: ExportInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ExportRunView> {
    const run = await startExport(ctx, info.schema, {
      format: input.format,
      query: input.query ? toDefinition(input.query) : undefined,
      savedQueryId: input.savedQueryId,
      list: input.list,
      filter: input.filter,
      sortField: input.sortField,
      sortOrder: input.sortOrder,
      report: input.report,
      reportParams: input.reportParams,
      delivery: input.delivery ?? undefined,
    }, ctx.queue);
    return view(run, ctx);
  }

  @Authorized()
  @Query(() => ExportRunView, { description: 'An export the caller started (administrators: any), with its progress' })
  async exportRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ExportRunView> {
    return view(await findVisible(ExportRun, ctx, id), ctx);
  }
}
