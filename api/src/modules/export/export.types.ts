import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ExportFormat, ExportStatus } from './export-run.entity';
import './export.inputs';

@ObjectType('ExportRun', { description: '导出 A server-side export: download it from url, poll it for progress' })
export class ExportRunView {
  @Field(() => ID) id!: string;
  @Field(() => ExportFormat) format!: ExportFormat;
  @Field({ description: 'What is exported, in the caller’s language' }) title!: string;
  @Field() fileName!: string;
  @Field(() => ExportStatus) status!: ExportStatus;
  @Field(() => Int, { nullable: true, description: 'Rows the file will hold' }) total?: number | null;
  @Field(() => Int) rowsDone!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, in the caller’s language' }) error?: string | null;
  @Field({ description: 'Written by a background job (poll status until DONE, then download)' }) background!: boolean;
  @Field({ description: 'GET it with the same Authorization or X-Api-Key: streamed, once within 10 minutes; background, when DONE, until expiresAt' }) url!: string;
  @Field(() => Date, { nullable: true, description: 'A background export’s file is deleted after this' }) expiresAt?: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt?: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt?: Date | null;
}
