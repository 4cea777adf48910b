import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import '../../import-catalogue';
import { defineLabels } from '../../common/labels/catalogue';
import { labelledEnum } from '../../graphql/enums';
import { importLabel, importNames, importSpec } from './import-spec';
import { ImportMode, ImportStatus } from './import-batch.entity';
import './import.labels';

/** The record types that can be imported, named after their lists. */
export const ImportEntity = Object.fromEntries(importNames().map((n) => [n, n])) as Record<string, string>;
defineLabels({
  enums: {
    ImportEntity: Object.fromEntries(importNames().map((n) => [n, importLabel(importSpec(n)!)])),
  },
});
labelledEnum(ImportEntity, 'ImportEntity', { description: '导入内容 What a bulk import creates' });
labelledEnum(ImportMode, 'ImportMode', { description: '试导入或导入 Dry run or commit' });
labelledEnum(ImportStatus, 'ImportStatus', { description: '导入状态 Import status' });

@InputType()
export class ImportInput {
  @Field(() => ImportEntity) entity!: string;
  @Field(() => ImportMode) mode!: ImportMode;
  @Field({ description: 'The file’s name (.csv or .xlsx)' }) @IsNotEmpty() @MaxLength(200) fileName!: string;
  @Field({ nullable: true, defaultValue: false, description: 'Store the upload and check (and write) it in a background job: the upload answers 202 at once; poll importBatch' })
  background?: boolean;
}

@ObjectType({ description: '问题行 A bad row of an import: where and why' })
export class ImportRowErrorView {
  @Field(() => Int, { description: 'The row in the file (the header is row 1)' }) row!: number;
  @Field(() => String, { nullable: true, description: 'The column (import field), or null for the row or the file' }) column!: string | null;
  @Field({ description: 'What is wrong, in the caller’s language' }) message!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType('ImportBatch', { description: '导入批次 A bulk import: upload its file to uploadUrl, poll it for progress' })
export class ImportBatchView {
  @Field(() => ID) id!: string;
  @Field(() => ImportEntity) entity!: string;
  @Field(() => ImportMode) mode!: ImportMode;
  @Field() fileName!: string;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field({ description: 'Checked (and written) by a background job from the stored upload' }) background!: boolean;
  @Field(() => Int) rowsTotal!: number;
  @Field(() => Int) rowsDone!: number;
  @Field(() => Int) rowsImported!: number;
  @Field(() => Int, { description: 'Problems found (each is listed, up to 10,000)' }) errorCount!: number;
  @Field({ description: 'POST the file’s bytes here (same Authorization), once' }) uploadUrl!: string;
  @Field({ description: 'GET an empty template (.csv or .xlsx, headers in the caller’s language)' }) templateUrl!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  /** Not a GraphQL field: the errors, paged by the resolver. */
  allErrors!: Array<{ row: number; column: string | null; zh: string; en: string; value?: string | null }>;
}

