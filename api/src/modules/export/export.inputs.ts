import { Field, ID, InputType } from 'type-graphql';
import { IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { labelledEnum } from '../../graphql/enums';
import { SortOrder } from '../../graphql/list';
import { AdHocQueryInput } from '../query/query.inputs';
import { QueryRoot } from '../query/query.enums';
import { ExportDelivery, ExportFormat, ExportStatus } from './export-run.entity';
import { ReportName } from '../report/report-export';
import './export.labels';

labelledEnum(ExportFormat, 'ExportFormat', { description: '导出格式 Export format' });
labelledEnum(ExportStatus, 'ExportStatus', { description: '导出状态 Export status' });
labelledEnum(ExportDelivery, 'ExportDelivery', { description: '导出方式 Streamed to the download, or written by a background job' });

@InputType({ description: '导出 What to export (exactly one of query, savedQueryId, list, report) and as what' })
export class ExportInput {
  @Field(() => ExportFormat) format!: ExportFormat;

  @Field(() => AdHocQueryInput, { nullable: true, description: 'An ad-hoc query’s result' })
  query?: AdHocQueryInput;

  @Field(() => ID, { nullable: true, description: 'A saved query’s result' })
  @IsUUID()
  savedQueryId?: string;

  @Field(() => QueryRoot, { nullable: true, description: 'A list (by its query name) as filtered, with its default columns' })
  list?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The list’s filter, as the list query takes it' })
  filter?: Record<string, unknown>;

  @Field({ nullable: true, description: 'The list’s sort field' })
  @MaxLength(60)
  sortField?: string;

  @Field(() => SortOrder, { nullable: true })
  sortOrder?: SortOrder;

  @Field(() => ReportName, { nullable: true, description: 'A report, with reportParams as its query’s filter' })
  report?: ReportName;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The report’s filter, as its query takes it' })
  reportParams?: Record<string, unknown>;

  @Field(() => ExportDelivery, { nullable: true, defaultValue: ExportDelivery.STREAM, description: 'STREAM (default): written while downloaded; BACKGROUND: written by a job, downloaded when done; AUTO: BACKGROUND over EXPORT_JOB_ROWS rows' })
  delivery?: ExportDelivery;
}
